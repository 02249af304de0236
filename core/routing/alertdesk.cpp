#include "alertdesk.h"

#include "audittext.h"
#include "cardbuilder.h"
#include "clock/clock.h"
#include "disposition.h"
#include "events/segmentreader.h"
#include "fairness.h"
#include "integrations/syncreport.h"
#include "leadrules.h"
#include "metrics/feedcalibration.h"
#include "metrics/metricsstore.h"
#include "protocol/messages.h"
#include "scoring/scorereport.h"
#include "store/database.h"
#include "store/feedstore.h"
#include "store/sqlfeedstore.h"
#include "team/teamstore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFutureWatcher>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSysInfo>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

Q_LOGGING_CATEGORY(lcRouting, "firstcall.routing")

namespace {

QSet<RepKey> repKeys(const QSet<QString> &names)
{
    return QSet<RepKey>(names.cbegin(), names.cend());
}

// `claimedBy` read from the lead unless the caller decodes it anyway and sets it.
AlertDesk::Entry journalEntry(FeedStore::JournalRow row, bool readClaim = true)
{
    AlertDesk::Entry entry;
    entry.seq = row.seq;
    entry.leadId = std::move(row.leadId);
    entry.audience = std::move(row.audience);
    entry.leadJson = std::move(row.body);
    if (readClaim) {
        if (const auto lead = protocol::leadFromJson(QJsonDocument::fromJson(entry.leadJson).object()))
            entry.claimedBy = lead->claimedBy;
    }
    entry.departed = std::move(row.departed);
    return entry;
}

QByteArray compact(const QJsonObject &json)
{
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

} // namespace

AlertDesk::AlertDesk(FeedStore &store, TeamStore &team, const Rules &rules, Clock &clock, Options options,
                     QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_team(team)
    , m_rules(rules)
    , m_clock(clock)
    , m_options(options)
    , m_policy(options.visibility)
    , m_graph(std::make_unique<LeadGraph>(rules))
    , m_engine(std::make_unique<ScoringEngine>(rules, *m_graph))
    , m_board(std::make_unique<ScoreBoard>(*m_engine))
{
    m_deadlineTimer.setSingleShot(true);
    connect(&m_deadlineTimer, &QTimer::timeout, this, &AlertDesk::processDue);
    m_decayTimer.setInterval(int(m_options.decayTickMs));
    connect(&m_decayTimer, &QTimer::timeout, this, [this] {
        reloadTeam(); // reps added, removed or changed while the server runs
        processDue();
    });
    connect(&m_clock, &Clock::jumped, this, &AlertDesk::processDue);
    m_teamPoll.setInterval(int(m_options.teamPollMs));
    connect(&m_teamPoll, &QTimer::timeout, this, &AlertDesk::pollTeam);
}

AlertDesk::~AlertDesk() = default;

bool AlertDesk::loadFromStore(qint64 *events, QString *error)
{
    m_board.reset();
    m_engine.reset();
    m_graph = std::make_unique<LeadGraph>(m_rules);
    m_engine = std::make_unique<ScoringEngine>(m_rules, *m_graph);
    m_board = std::make_unique<ScoreBoard>(*m_engine);
    clearLeads();
    m_recent.clear();
    m_seq = 0;
    m_eventCursor = 0;
    const QDateTime epoch = QDateTime::fromMSecsSinceEpoch(0, Qt::UTC);
    QString failure;
    const bool replayed = m_store.eventsAfter(
        0,
        [&](qint64 id, const QByteArray &body) {
            const SegmentReader::Result read = SegmentReader::readJson(body, epoch);
            for (const SegmentCall &call : read.calls)
                m_graph->apply(call);
            m_eventCursor = id;
            ++*events;
        },
        &failure);
    if (!replayed) {
        *error = tr("cannot read stored events: %1").arg(failure);
        return false;
    }
    const auto states = m_store.leadStates(&failure);
    if (!states) {
        *error = tr("cannot read stored leads: %1").arg(failure);
        return false;
    }
    for (const QByteArray &state : *states) {
        if (auto lead = protocol::leadFromJson(QJsonDocument::fromJson(state).object()))
            putLead(*lead);
    }
    auto journal = m_store.journalTail(m_options.journalInMemory, &failure);
    if (!journal) {
        *error = tr("cannot read the journal: %1").arg(failure);
        return false;
    }
    for (FeedStore::JournalRow &row : *journal) {
        Entry entry = journalEntry(std::move(row));
        m_seq = std::max(m_seq, entry.seq);
        m_recent.push_back(std::move(entry));
    }
    readRotation();
    for (auto it = m_leads.begin(); it != m_leads.end(); ++it)
        it->audience = audienceFor(*it);
    m_board->rescoreAll(m_clock.nowMs());
    return true;
}

bool AlertDesk::start(QString *error)
{
    m_shared = m_store.sharedByServers();
    reloadTeam();
    qint64 events = 0;
    m_teamVersion = m_team.version();
    // Alerts whose trigger holds but that were never raised (the server stopped in between).
    const auto evaluateAll = [&] {
        const qint64 now = m_clock.nowMs();
        LeadGraph::Change all;
        for (int c = 0; c < int(m_graph->contacts().size()); ++c)
            all.contacts.append(c);
        for (int a = 0; a < int(m_graph->accounts().size()); ++a)
            all.accounts.append(a);
        QList<LeadState> changed;
        evaluate(all, now, &changed);
        return persist(changed, error);
    };
    if (m_shared) {
        // Loaded under the writer lock, as every change made here after this.
        if (m_options.instanceName.isEmpty())
            m_options.instanceName =
                QSysInfo::machineHostName() + u':' + QString::number(QCoreApplication::applicationPid());
        m_store.clearPresence(m_options.instanceName, nullptr);
        // readRotation() reads them under the writer lock whenever another server committed.
        m_store.prefetchSettings({QStringLiteral("rotation.ledger"), QStringLiteral("rotation.escalations"),
                                  QStringLiteral("rotation.missed")});
        m_needsReload = true;
        QString failure;
        if (!exclusively([&] { return evaluateAll(); }, &failure)) {
            if (error->isEmpty())
                *error = failure;
            return false;
        }
        events = m_eventCursor;
        m_store.onJournalNotified([this] {
            if (m_followScheduled)
                return;
            m_followScheduled = true; // one catch-up for a burst of news
            QTimer::singleShot(0, this, [this] {
                m_followScheduled = false;
                follow();
            });
        });
        m_holdsTimers = m_store.holdTimers();
        m_followTimer.setInterval(int(m_options.followPollMs));
        connect(&m_followTimer, &QTimer::timeout, this, &AlertDesk::tick);
        m_followTimer.start();
        qCInfo(lcRouting).noquote() << "server" << m_options.instanceName << "shares the database;"
                                    << (m_holdsTimers ? "it runs the timers"
                                                      : "another server runs the timers");
    } else {
        if (!loadFromStore(&events, error) || !evaluateAll())
            return false;
    }
    qCInfo(lcRouting) << "loaded" << events << "events," << m_graph->contacts().size() << "contacts,"
                      << m_leads.size() << "alerted leads, journal at" << m_seq;
    m_decayTimer.start();
    m_teamPoll.start();
    m_started = true;
    m_startedAtMs = m_clock.nowMs();
    processDue();
    return true;
}

bool AlertDesk::exclusively(const std::function<bool()> &work, QString *error)
{
    if (!m_shared || m_exclusiveDepth > 0)
        return work();
    ++m_exclusiveDepth;
    QString failure;
    qint64 committedSeq = m_seq;
    const bool ok = m_store.exclusive([&] {
        if (!catchUp(true, &failure))
            return false;
        committedSeq = m_seq;
        if (!work())
            return false;
        // The others hear of it when it commits.
        return m_unpublished.isEmpty() || m_store.notifyJournal(m_unpublished.constLast().seq, &failure);
    });
    --m_exclusiveDepth;
    const QList<Entry> entries = std::exchange(m_unpublished, {});
    if (!ok) {
        // Rolled back: what this section changed in memory is not in the database. It is
        // read again under the lock before the next change.
        m_seq = committedSeq;
        m_needsReload = true;
        if (failure.isEmpty())
            failure = m_store.connectionError();
        qCWarning(lcRouting).noquote() << "change not stored (rolled back):" << failure;
        if (error && error->isEmpty())
            *error = failure;
        if (!m_degraded)
            checkConnection(failure);
        return false;
    }
    publish(entries);
    return true;
}

void AlertDesk::readRotation()
{
    const auto json = [this](const QString &name) {
        return QJsonDocument::fromJson(m_store.setting(name, nullptr).value_or(QString()).toUtf8()).object();
    };
    m_ledger = Rotation::Ledger::fromJson(json(QStringLiteral("rotation.ledger")));
    m_escalationLedger = Rotation::Ledger::fromJson(json(QStringLiteral("rotation.escalations")));
    // Who let their last leads run out unclaimed is still passed over after a restart (and on
    // every server sharing the database).
    m_missed.clear();
    const QJsonObject missed = json(QStringLiteral("rotation.missed"));
    for (auto it = missed.constBegin(); it != missed.constEnd(); ++it) {
        const QJsonObject m = it.value().toObject();
        if (m.value(QStringLiteral("count")).toInt() > 0)
            m_missed.insert(it.key(), {m.value(QStringLiteral("count")).toInt(),
                                       qint64(m.value(QStringLiteral("lastMs")).toDouble())});
    }
}

bool AlertDesk::catchUp(bool writer, QString *error)
{
    const qint64 now = m_clock.nowMs();
    if (m_needsReload) {
        if (!writer)
            return true; // only under the lock, so that what is read is whole
        const qint64 before = m_seq;
        qint64 events = 0;
        if (!loadFromStore(&events, error))
            return false;
        m_needsReload = false;
        // What the consoles here missed meanwhile.
        if (m_started) {
            for (const Entry &entry : m_recent) {
                if (entry.seq > before)
                    Q_EMIT published(entry);
            }
            scheduleNextDeadline();
        }
    } else {
        // In one round trip: whether anything was committed since this server last looked.
        if (writer) {
            // Whether anything was committed since this server last looked (read with the lock).
            const auto heads = m_store.heads(error);
            if (!heads)
                return false;
            if (heads->first == m_eventCursor && heads->second == m_seq)
                return refreshPresence(error);
        }
        const QDateTime epoch = QDateTime::fromMSecsSinceEpoch(0, Qt::UTC);
        // The others' events go into the lead graph and the scores, not evaluated: the server
        // that took them decided what they changed, and its journal entries follow. Both in
        // one round trip (nothing, when nothing is new).
        QList<FeedStore::JournalRow> rows;
        const bool read = m_store.newsAfter(
            m_eventCursor, m_seq,
            [&](qint64 id, const QByteArray &body) {
                const SegmentReader::Result calls = SegmentReader::readJson(body, epoch);
                for (const SegmentCall &call : calls.calls)
                    m_board->update(m_graph->apply(call), now);
                m_eventCursor = id;
            },
            &rows, error);
        if (!read)
            return false;
        for (FeedStore::JournalRow &row : rows) {
            Entry entry = journalEntry(std::move(row), false);
            const QJsonObject leadJson = QJsonDocument::fromJson(entry.leadJson).object();
            auto lead = protocol::leadFromJson(leadJson);
            if (lead)
                entry.claimedBy = lead->claimedBy; // decoded once
            if (lead && (!lead->calls.isEmpty() || leadJson.value(QLatin1StringView("hasNotes")).toBool())) {
                // What went out keeps call notes to their writers; the stored lead has them all,
                // and this server may be the next to store it.
                const auto stored = m_store.leadState(lead->id, error);
                if (!stored)
                    return false;
                if (auto whole = protocol::leadFromJson(QJsonDocument::fromJson(*stored).object()))
                    lead = std::move(whole);
            }
            if (lead) {
                lead->audience = entry.audience;
                putLead(*lead);
                considerDeadlines(*lead);
            }
            m_seq = entry.seq;
            publish({entry});
        }
    }
    if (writer) {
        // Rotation turns taken elsewhere, and who is connected where.
        readRotation();
        return refreshPresence(error);
    }
    return true;
}

bool AlertDesk::refreshPresence(QString *error)
{
    // Who is connected to the other servers, read at most twice a second by the writer.
    const qint64 wall = QDateTime::currentMSecsSinceEpoch();
    if (wall - m_presenceReadMs < 500)
        return true;
    const auto present =
        m_store.presentElsewhere(m_options.instanceName, wall - m_options.presenceTimeoutMs, error);
    if (!present)
        return false;
    m_remoteOnline = repKeys(*present);
    m_presenceReadMs = wall;
    return true;
}

void AlertDesk::follow()
{
    if (!m_shared || m_degraded || m_exclusiveDepth > 0 || !m_started)
        return;
    if (m_needsReload) {
        exclusively([] { return true; });
        return;
    }
    QString failure;
    if (!catchUp(false, &failure))
        checkConnection(failure);
}

void AlertDesk::checkConnection(const QString &failure)
{
    bool reopened = false;
    QString error;
    if (!m_store.reconnect(&reopened, &error)) {
        m_holdsTimers = false; // the session, and with it the timer lock, is gone
        setDegraded(true, error.isEmpty() ? failure : error);
        return;
    }
    if (reopened)
        reconnected();
}

void AlertDesk::reconnected()
{
    m_holdsTimers = false;
    m_needsReload = true;
    const qint64 wall = QDateTime::currentMSecsSinceEpoch();
    m_store.clearPresence(m_options.instanceName, nullptr);
    for (auto it = m_sessions.cbegin(); it != m_sessions.cend(); ++it)
        m_store.setPresence(m_options.instanceName, it.key(), it.value(), wall, nullptr);
}

void AlertDesk::setDegraded(bool degraded, const QString &reason)
{
    if (degraded == m_degraded)
        return;
    m_degraded = degraded;
    if (degraded)
        qCWarning(lcRouting).noquote() << "database unreachable, changes refused until it is back:" << reason;
    else
        qCInfo(lcRouting).noquote() << "database reachable again";
    Q_EMIT degradedChanged(degraded, reason);
}

void AlertDesk::tick()
{
    if (m_degraded) {
        bool reopened = false;
        QString error;
        if (!m_store.reconnect(&reopened, &error))
            return;
        reconnected();
        if (!exclusively([] { return true; }))
            return;
        setDegraded(false, {});
    }
    if (!m_holdsTimers && m_store.holdTimers()) {
        m_holdsTimers = true;
        qCInfo(lcRouting).noquote() << "server" << m_options.instanceName << "runs the timers now";
        QTimer::singleShot(0, this, &AlertDesk::processDue);
    }
    const qint64 wall = QDateTime::currentMSecsSinceEpoch();
    if (wall - m_lastHeartbeatMs >= m_options.heartbeatMs) {
        m_lastHeartbeatMs = wall;
        m_store.heartbeat(m_options.instanceName, wall, nullptr);
        const auto present =
            m_store.presentElsewhere(m_options.instanceName, wall - m_options.presenceTimeoutMs, nullptr);
        if (QSet<RepKey> now = present ? repKeys(*present) : m_remoteOnline; now != m_remoteOnline) {
            const QSet<RepKey> before = std::exchange(m_remoteOnline, std::move(now));
            bool someoneLeft = false;
            for (const Rep &r : std::as_const(m_reps)) {
                if (before.contains(r.name) == m_remoteOnline.contains(r.name))
                    continue;
                someoneLeft = someoneLeft || before.contains(r.name);
                Q_EMIT teamChanged(member(r));
            }
            // Their open leads move on (a server died, or its consoles went).
            if (someoneLeft && m_holdsTimers)
                QTimer::singleShot(0, this, &AlertDesk::processDue);
        }
    }
    follow();
}

bool AlertDesk::online(const QString &repName) const
{
    return m_sessions.value(repName) > 0 || m_remoteOnline.contains(repName);
}

void AlertDesk::putLead(const LeadState &lead)
{
    // A rep's load is kept as leads change, so that routing a lead costs the team's size, not
    // the number of open leads.
    const auto was = m_leads.constFind(lead.id);
    const QString before = was == m_leads.cend() ? QString() : Rotation::loadOn(*was);
    const QString after = Rotation::loadOn(lead);
    if (before != after) {
        if (!before.isEmpty() && --m_load[before] <= 0)
            m_load.remove(before);
        if (!after.isEmpty())
            ++m_load[after];
    }
    m_leads.insert(lead.id, lead);
}

void AlertDesk::clearLeads()
{
    m_leads.clear();
    m_load.clear();
}

void AlertDesk::reloadTeam()
{
    // A team that cannot be read (the database is away) is not an empty team: consoles of
    // reps who are still on it must not be closed.
    QString error;
    const auto team = m_team.read(&error);
    if (!team) {
        qCWarning(lcRouting).noquote() << "cannot read the team, keeping the one known:" << error;
        return;
    }
    m_reps = *team;
    Q_EMIT teamReloaded();
}

std::optional<Rep> AlertDesk::rep(const QString &name) const
{
    for (const Rep &r : m_reps) {
        if (r.name == name)
            return r;
    }
    return std::nullopt;
}

void AlertDesk::pollTeam()
{
    if (m_degraded)
        return; // nothing can be read now
    const QString version = m_team.version();
    if (version == m_teamVersion)
        return;
    m_teamVersion = version;
    applyTeamChange();
}

void AlertDesk::applyTeamChange()
{
    reloadTeam();
    if (!m_started)
        return;
    // Segments or roles changed: who may see each open lead, and whose leads must move.
    const qint64 now = m_clock.nowMs();
    QList<LeadState> changed;
    exclusively([&] {
        rescueOrphans(now, &changed);
        for (const LeadState &lead : std::as_const(m_leads)) {
            if (lead.status == LeadState::Status::Done || audienceFor(lead) == lead.audience)
                continue;
            if (std::none_of(changed.cbegin(), changed.cend(),
                             [&](const LeadState &c) { return c.id == lead.id; }))
                changed.append(lead);
        }
        return persist(changed, nullptr);
    });
}

std::optional<QList<FeedStore::AuditRow>> AlertDesk::auditFor(const QString &leadId, QString *error) const
{
    return m_store.auditFor(leadId, error);
}

void AlertDesk::saveLedger(const QString &name, const Rotation::Ledger &ledger)
{
    m_store.setSetting(name, QString::fromUtf8(QJsonDocument(ledger.toJson()).toJson(QJsonDocument::Compact)),
                       nullptr);
}

void AlertDesk::saveMissed()
{
    QJsonObject reps;
    for (auto it = m_missed.cbegin(); it != m_missed.cend(); ++it)
        reps.insert(it.key().name(), QJsonObject{{QStringLiteral("count"), it->count},
                                                 {QStringLiteral("lastMs"), double(it->lastMs)}});
    m_store.setSetting(QStringLiteral("rotation.missed"),
                       QString::fromUtf8(QJsonDocument(reps).toJson(QJsonDocument::Compact)), nullptr);
}

void AlertDesk::clearMissed(const QString &repName)
{
    if (m_missed.remove(repName))
        saveMissed();
}

void AlertDesk::audit(const LeadState &lead, const QString &action, const QJsonObject &detail, qint64 repId)
{
    auditCompact(lead, action, compact(detail), repId);
}

void AlertDesk::auditCompact(const LeadState &lead, const QString &action, const QByteArray &detail,
                             qint64 repId)
{
    m_pendingAudit.append({m_clock.nowMs(), repId, action, lead.id, detail, lead.alertId, {}});
}

QList<Rotation::Candidate> AlertDesk::candidates() const
{
    QList<Rotation::Candidate> out;
    out.reserve(m_reps.size());
    for (const Rep &r : m_reps) {
        const Missed missed = m_missed.value(r.name);
        const bool recent = m_clock.nowMs() - missed.lastMs < m_options.missedCooldownMs;
        out.append({r, online(r.name), m_load.value(r.name), recent ? missed.count : 0});
    }
    // Rotation order: by id, so that ties go the same way after a restart.
    std::sort(out.begin(), out.end(), [](const auto &a, const auto &b) { return a.rep.id < b.rep.id; });
    return out;
}

Rotation::Context AlertDesk::routingContext(const LeadState &lead, qint64 nowMs,
                                            const QStringList &exclude) const
{
    return {nowMs, m_options.maxUncalledClaims, m_options.maxMissedClaims, lead.segments, exclude};
}

namespace {

QJsonArray skippedJson(const Rotation::Pick &pick)
{
    QJsonArray skipped;
    for (const auto &[name, why] : pick.skipped) {
        if (why != Rotation::Skip::Excluded)
            skipped.append(QJsonObject{{QStringLiteral("rep"), name},
                                       {QStringLiteral("reason"), Rotation::skipName(why)}});
    }
    return skipped;
}

} // namespace

Rotation::Pick AlertDesk::pickOwner(const LeadState &lead, qint64 nowMs, const QStringList &exclude)
{
    Rotation::Pick pick = Rotation::next(candidates(), m_ledger, routingContext(lead, nowMs, exclude));
    if (pick.rep) {
        m_ledger = pick.ledger;
        saveLedger(QStringLiteral("rotation.ledger"), m_ledger);
    }
    return pick;
}

Rotation::Pick AlertDesk::pickBackup(const LeadState &lead, qint64 nowMs, const QStringList &exclude)
{
    QStringList away = exclude;
    if (!lead.owner.isEmpty())
        away.append(lead.owner);
    const auto primary = rep(lead.owner);
    Rotation::Pick pick = Rotation::backup(primary ? primary->backups : QStringList(), candidates(),
                                           m_escalationLedger, routingContext(lead, nowMs, away));
    if (pick.rep && pick.ledger != m_escalationLedger) {
        m_escalationLedger = pick.ledger;
        saveLedger(QStringLiteral("rotation.escalations"), m_escalationLedger);
    }
    return pick;
}

bool AlertDesk::moveIfOrphaned(LeadState *lead, qint64 nowMs, const QList<Rotation::Candidate> &team)
{
    if (lead->status != LeadState::Status::Open || !lead->claimedBy.isEmpty())
        return false;
    // Consoles reconnecting after a restart are not offline yet.
    const bool grace = nowMs - m_startedAtMs < m_options.reconnectGraceMs;
    const auto presence = [&](const Rotation::Candidate &c) {
        const Rotation::Skip why = Rotation::presence(c, nowMs);
        return why == Rotation::Skip::Offline && grace ? Rotation::Skip::None : why;
    };
    const QString who = Rotation::responsible(*lead);
    QJsonObject detail;
    if (who.isEmpty()) {
        // The pool (all-records): an orphan when no rep who may claim it can act now.
        if (lead->escalation != LeadState::Primary || m_policy.visibility() != Visibility::AllRecords ||
            std::any_of(team.cbegin(), team.cend(), [&](const Rotation::Candidate &c) {
                return !c.rep.isManager() && presence(c) == Rotation::Skip::None &&
                       RoutingPolicy::segmentsMatch(c.rep, lead->segments);
            }))
            return false;
        detail.insert(QStringLiteral("reason"), QStringLiteral("no_rep_available"));
    } else {
        const auto it = std::find_if(team.cbegin(), team.cend(),
                                     [&](const Rotation::Candidate &c) { return c.rep.name == who; });
        const Rotation::Skip why = it == team.cend() ? Rotation::Skip::Offline : presence(*it);
        if (why == Rotation::Skip::None)
            return false;
        detail.insert(QStringLiteral("from"), who);
        detail.insert(QStringLiteral("reason"), Rotation::skipName(why));
    }
    // The owner keeps the lead (and sees it); their backups, or the next rep, act on it now.
    const Rotation::Pick pick = pickBackup(*lead, nowMs, who.isEmpty() ? QStringList() : QStringList{who});
    detail.insert(QStringLiteral("skipped"), skippedJson(pick));
    if (pick.rep) {
        lead->escalation = LeadState::Backup;
        lead->assignedTo = *pick.rep;
    } else {
        lead->escalation = LeadState::ManagerQueue;
        lead->assignedTo.clear();
    }
    lead->claimDeadlineMs =
        pick.rep && lead->claimWindowMs > 0 ? m_rules.slaDeadline(nowMs, lead->claimWindowMs) : 0;
    detail.insert(QStringLiteral("to"), pick.rep.value_or(QStringLiteral("manager queue")));
    audit(*lead, pick.rep ? QStringLiteral("rerouted") : QStringLiteral("escalated"), detail);
    qCInfo(lcRouting).noquote() << lead->id << "rerouted:" << (who.isEmpty() ? QStringLiteral("pool") : who)
                                << detail.value(QStringLiteral("reason")).toString() << "->"
                                << detail.value(QStringLiteral("to")).toString();
    return true;
}

void AlertDesk::rescueOrphans(qint64 nowMs, QList<LeadState> *changed)
{
    const QList<Rotation::Candidate> team = candidates();
    const QList<QString> ids = m_leads.keys();
    for (const QString &id : ids) {
        // The newest version: an earlier step of this call may have changed it already.
        const auto pending =
            std::find_if(changed->begin(), changed->end(), [&](const LeadState &c) { return c.id == id; });
        LeadState lead = pending != changed->end() ? *pending : m_leads.value(id);
        if (!moveIfOrphaned(&lead, nowMs, team))
            continue;
        if (pending != changed->end())
            *pending = lead;
        else
            changed->append(lead);
    }
}

LeadCard AlertDesk::buildCard(const QString &leadId) const
{
    return CardBuilder(*m_engine, *m_board, m_options.historyInCard).build(leadId, m_clock.nowMs());
}

std::optional<AlertDesk::IngestResult> AlertDesk::ingest(const QList<SegmentCall> &calls, QString *error)
{
    const auto results = ingestGroups({calls}, error);
    if (!results)
        return std::nullopt;
    return results->constFirst();
}

void AlertDesk::ingestLater(QList<SegmentCall> calls, IngestReply reply)
{
    m_ingestQueue.push_back({std::move(calls), std::move(reply)});
    if (m_ingestScheduled)
        return;
    // After what the event loop has ready now (other requests, read while the last transaction
    // ran): they share the commit.
    m_ingestScheduled = true;
    QMetaObject::invokeMethod(this, &AlertDesk::commitQueuedIngest, Qt::QueuedConnection);
}

void AlertDesk::commitQueuedIngest()
{
    m_ingestScheduled = false;
    QList<QList<SegmentCall>> groups;
    QList<IngestReply> replies;
    qsizetype events = 0;
    while (!m_ingestQueue.empty() &&
           (groups.isEmpty() || events + m_ingestQueue.front().calls.size() <= kMaxEventsPerCommit)) {
        events += m_ingestQueue.front().calls.size();
        groups.append(std::move(m_ingestQueue.front().calls));
        replies.append(std::move(m_ingestQueue.front().reply));
        m_ingestQueue.pop_front();
    }
    if (!m_ingestQueue.empty()) {
        m_ingestScheduled = true; // the rest in the next one
        QMetaObject::invokeMethod(this, &AlertDesk::commitQueuedIngest, Qt::QueuedConnection);
    }
    if (groups.isEmpty())
        return;
    QString error;
    const auto results = ingestGroups(groups, &error);
    for (qsizetype i = 0; i < replies.size(); ++i)
        replies.at(i)(results ? std::optional<IngestResult>(results->at(i)) : std::nullopt, error);
}

std::optional<QList<AlertDesk::IngestResult>> AlertDesk::ingestGroups(const QList<QList<SegmentCall>> &groups,
                                                                      QString *error)
{
    if (!m_shared)
        return ingestNow(groups, error);
    // Events and what they change in one transaction: all stored, or none (the senders retry).
    std::optional<QList<IngestResult>> result;
    QString failure;
    if (!exclusively(
            [&] {
                result = ingestNow(groups, &failure);
                return result.has_value();
            },
            &failure)) {
        *error = tr("could not store the events: %1").arg(failure);
        return std::nullopt;
    }
    return result;
}

std::optional<QList<AlertDesk::IngestResult>> AlertDesk::ingestNow(const QList<QList<SegmentCall>> &groups,
                                                                   QString *error)
{
    QList<IngestResult> results(groups.size());
    QList<SegmentCall> fresh;
    QSet<QString> inBatch;
    for (qsizetype g = 0; g < groups.size(); ++g) {
        IngestResult &result = results[g];
        for (const SegmentCall &call : groups.at(g)) {
            if (!call.messageId.isEmpty() &&
                (m_graph->hasSeen(call.messageId) || inBatch.contains(call.messageId))) {
                ++result.duplicates;
                continue;
            }
            if (!call.messageId.isEmpty())
                inBatch.insert(call.messageId);
            fresh.append(call);
            ++result.accepted;
        }
    }
    const qint64 now = m_clock.nowMs();
    QString failure;
    const bool stored = m_store.transaction([&] {
        for (const SegmentCall &call : std::as_const(fresh)) {
            if (!m_store.addEvent({call.messageId, now, compact(call.toJson())}, &failure))
                return false;
        }
        return true;
    });
    if (!stored) {
        *error = tr("could not store the events: %1").arg(failure);
        return std::nullopt;
    }
    if (m_shared) {
        // Under the writer lock: the newest events are these.
        const auto last = m_store.lastEventId(&failure);
        if (!last) {
            *error = failure;
            return std::nullopt;
        }
        m_eventCursor = *last;
    }

    LeadGraph::Change touched;
    for (const SegmentCall &call : std::as_const(fresh)) {
        const LeadGraph::Change change = m_graph->apply(call);
        m_board->update(change, now);
        for (int c : change.contacts) {
            if (!touched.contacts.contains(c))
                touched.contacts.append(c);
        }
        for (int a : change.accounts) {
            if (!touched.accounts.contains(a))
                touched.accounts.append(a);
        }
    }
    QList<LeadState> changed;
    evaluate(touched, now, &changed);
    // The events are durable: the sender must not retry them. If the lead changes cannot be
    // stored now, they are raised again when the leads are next evaluated (or at restart).
    QString leadError;
    if (m_shared && !persist(changed, error))
        return std::nullopt; // rolled back with the events
    if (!m_shared && !persist(changed, &leadError)) {
        qCWarning(lcRouting).noquote() << "events stored, but not the lead changes:" << leadError;
        for (int c : std::as_const(touched.contacts))
            m_unsavedEvaluation.contacts.append(c);
        for (int a : std::as_const(touched.accounts))
            m_unsavedEvaluation.accounts.append(a);
        m_deadlineTimer.start(1000);
    }
    return results;
}

void AlertDesk::evaluate(const LeadGraph::Change &change, qint64 nowMs, QList<LeadState> *changed)
{
    for (int c : change.contacts) {
        const Contact &contact = m_graph->contact(c);
        if (contact.mergedInto >= 0)
            continue;
        const ContactScore &s = m_board->contacts()[size_t(c)];
        qint64 latest = 0;
        for (const SignalEvent &e : contact.signalEvents)
            latest = std::max(latest, e.atMs);
        if (contact.account >= 0) {
            for (const SignalEvent &e : m_graph->account(contact.account).signalEvents)
                latest = std::max(latest, e.atMs);
        }
        evaluateLead(contactLeadId(contact.id), s.alert, s.tier, s.score, s.tierBand, latest, nowMs, changed);
    }
    for (int a : change.accounts) {
        const AccountScore &s = m_board->accounts()[size_t(a)];
        const Account &account = m_graph->account(a);
        qint64 latest = 0;
        for (const SignalEvent &e : account.signalEvents)
            latest = std::max(latest, e.atMs);
        for (int member : account.contacts) {
            for (const SignalEvent &e : m_graph->contact(member).signalEvents)
                latest = std::max(latest, e.atMs);
        }
        evaluateLead(accountLeadId(account.id), s.alert, s.tier, s.score, s.tierBand, latest, nowMs, changed);
    }
}

void AlertDesk::evaluateLead(const QString &leadId, bool alert, int tier, double score, int tierBand,
                             qint64 latestSignalMs, qint64 nowMs, QList<LeadState> *changed)
{
    auto it = m_leads.find(leadId);
    const bool open = it != m_leads.end() && it->status != LeadState::Status::Done;
    if (!open && !alert)
        return;
    // A worked alert comes back only with a signal that happened after it was worked, not
    // because the trigger still holds (say, at a restart).
    if (it != m_leads.end() && !open && latestSignalMs <= it->doneAtMs)
        return;
    LeadState lead = it != m_leads.end() ? *it : LeadState{};
    if (!open) {
        // A new alert: the first for this lead, or a fresh one after the last was worked.
        lead.id = leadId;
        lead.tier = tier;
        lead.score = score;
        lead.card = buildCard(leadId);
        openAlert(&lead, tierBand, nowMs);
        changed->append(lead);
        return;
    }
    const LeadCard card = buildCard(leadId);
    const QJsonObject segments = segmentsFor(leadId);
    if (card == lead.card && lead.tier == tier && segments == lead.segments)
        return;
    lead.card = card;
    lead.tier = tier;
    lead.score = score;
    if (segments != lead.segments) {
        // Visibility follows the current traits: persist() recomputes the audience from them.
        const bool moved = routingTraitsChanged(lead.segments, segments);
        lead.segments = segments;
        if (moved)
            reroute(&lead, nowMs);
    }
    changed->append(lead);
}

void AlertDesk::openAlert(LeadState *lead, int tierBand, qint64 nowMs)
{
    const Band &band = m_rules.bands.at(std::max(0, tierBand));
    const QString previousOwner = m_policy.visibility() == Visibility::OwnedRecords ? lead->owner : QString();
    const LeadCard card = lead->card;
    const QString id = lead->id;
    QList<LeadCall> calls = std::move(lead->calls); // the lead's history; a new alert, no follow-ups yet
    QList<LeadNote> notes = std::move(lead->notes);
    *lead = LeadState{};
    lead->id = id;
    lead->card = card;
    lead->calls = std::move(calls);
    lead->notes = std::move(notes);
    lead->tier = card.tier;
    lead->score = card.score;
    lead->alertAtMs = nowMs;
    lead->alertId = m_store.nextAlertId();
    lead->claimWindowMs = qint64(band.claimSlaSeconds * 1000);
    lead->claimDeadlineMs = lead->claimWindowMs > 0 ? m_rules.slaDeadline(nowMs, lead->claimWindowMs) : 0;
    lead->callDeadlineMs =
        band.callSlaSeconds > 0 ? m_rules.slaDeadline(nowMs, qint64(band.callSlaSeconds * 1000)) : 0;

    lead->segments = segmentsFor(lead->id);
    for (const char *key : {"leadSource", "lead_source", "source"}) {
        if (const QString value = lead->segments.value(QLatin1StringView(key)).toString(); !value.isEmpty()) {
            lead->source = value;
            break;
        }
    }
    if (lead->source.isEmpty())
        lead->source = QStringLiteral("direct");

    if (m_policy.visibility() == Visibility::OwnedRecords) {
        const QString owner = chooseOwner(*lead, previousOwner);
        lead->owner = owner;
        if (owner.isEmpty()) {
            lead->escalation = LeadState::ManagerQueue;
            lead->claimDeadlineMs = 0;
        } else {
            moveIfOrphaned(lead, nowMs, candidates()); // a CRM owner who is not there now
        }
    } else {
        // all-records: offered to every rep who can take it now; the others are on record.
        const QList<Rotation::Candidate> team = candidates();
        const Rotation::Pick survey = Rotation::survey(team, routingContext(*lead, nowMs, {}));
        if (m_offered.detail.isEmpty() || survey.eligible != m_offered.to ||
            survey.skipped != m_offered.skipped) {
            // Mostly the same team as for the lead before: the record's text is made once.
            m_offered = {survey.eligible, survey.skipped,
                         compact({{QStringLiteral("to"), QJsonArray::fromStringList(survey.eligible)},
                                  {QStringLiteral("skipped"), skippedJson(survey)}})};
        }
        auditCompact(*lead, QStringLiteral("offered"), m_offered.detail);
        moveIfOrphaned(lead, nowMs, team); // nobody can act on it now
    }
    qCInfo(lcRouting).noquote() << "alert" << lead->id << "tier" << lead->tier << "score" << lead->score
                                << (lead->owner.isEmpty() ? QString()
                                                          : QStringLiteral("owner ") + lead->owner);
    Q_EMIT alertRaised(*lead);
}

QJsonObject AlertDesk::segmentsFor(const QString &leadId) const
{
    // Segments are matched against the account's traits and, for a contact, its own on top.
    const QString subject = leadSubject(leadId);
    if (isAccountLeadId(leadId)) {
        const int a = m_graph->accountIndex(subject);
        return a < 0 ? QJsonObject() : m_graph->account(a).traits;
    }
    const int c = m_graph->contactIndex(subject);
    if (c < 0)
        return {};
    const Contact &contact = m_graph->contact(c);
    QJsonObject segments = contact.account >= 0 ? m_graph->account(contact.account).traits : QJsonObject();
    for (auto t = contact.traits.constBegin(); t != contact.traits.constEnd(); ++t)
        segments.insert(t.key(), t.value());
    return segments;
}

bool AlertDesk::routingTraitsChanged(const QJsonObject &before, const QJsonObject &after) const
{
    // Only the traits someone's segments name (and the CRM owner) decide who gets a lead.
    const auto differs = [&](const QString &key) { return before.value(key) != after.value(key); };
    if (m_policy.visibility() == Visibility::OwnedRecords && differs(QStringLiteral("owner")))
        return true;
    for (const Rep &r : m_reps) {
        for (const auto &segment : r.segments) {
            if (differs(segment.first))
                return true;
        }
    }
    return false;
}

QString AlertDesk::chooseOwner(const LeadState &lead, const QString &current)
{
    // owned-records: the CRM owner named in the traits, or `current` (the previous owner) while
    // their segments still match the lead, when they can act now; else weighted round robin;
    // else nobody (the manager queue).
    const qint64 now = m_clock.nowMs();
    const QList<Rotation::Candidate> team = candidates();
    const auto present = [&](const QString &name) {
        return std::any_of(team.cbegin(), team.cend(), [&](const Rotation::Candidate &c) {
            return c.rep.name == name && Rotation::presence(c, now) == Rotation::Skip::None;
        });
    };
    const QString crmOwner = lead.segments.value(QStringLiteral("owner")).toString();
    const auto offered = [&](const QString &to, const QString &reason, const QJsonArray &skipped = {}) {
        audit(lead, QStringLiteral("offered"),
              {{QStringLiteral("to"), to},
               {QStringLiteral("reason"), reason},
               {QStringLiteral("skipped"), skipped}});
        return to;
    };
    if (!crmOwner.isEmpty() && rep(crmOwner))
        return offered(crmOwner, QStringLiteral("crm_owner")); // absent: openAlert moves it on
    QString noCrmOwner; // why the CRM named nobody, said with whatever rule decides instead
    if (m_owners) {
        const OwnerDirectory::Answer answer = m_owners->ownerOf(lead);
        if (!answer.rep.isEmpty() && rep(answer.rep))
            return offered(answer.rep, QStringLiteral("crm_owner"));
        noCrmOwner = answer.rep.isEmpty() ? answer.reason
                                          : QStringLiteral("owner %1 is not on the team").arg(answer.rep);
    }
    const auto offeredInstead = [&](const QString &to, const QString &reason,
                                    const QJsonArray &skipped = {}) {
        if (noCrmOwner.isEmpty())
            return offered(to, reason, skipped);
        audit(lead, QStringLiteral("offered"),
              {{QStringLiteral("to"), to},
               {QStringLiteral("reason"), reason},
               {QStringLiteral("skipped"), skipped},
               {QStringLiteral("crmOwner"), noCrmOwner}});
        return to;
    };

    if (const auto r = rep(current); r && RoutingPolicy::segmentsMatch(*r, lead.segments) && present(current))
        return offeredInstead(current, QStringLiteral("previous_owner"));
    const Rotation::Pick pick = pickOwner(lead, now);
    if (pick.rep)
        return offeredInstead(*pick.rep, QStringLiteral("rotation"), skippedJson(pick));
    QJsonObject detail{{QStringLiteral("reason"), QStringLiteral("no_rep_available")},
                       {QStringLiteral("to"), QStringLiteral("manager queue")},
                       {QStringLiteral("skipped"), skippedJson(pick)}};
    if (!noCrmOwner.isEmpty())
        detail.insert(QStringLiteral("crmOwner"), noCrmOwner);
    audit(lead, QStringLiteral("escalated"), detail);
    return {};
}

void AlertDesk::reroute(LeadState *lead, qint64 nowMs)
{
    // The traits segments match on changed: whoever was given this open lead for their segments
    // is chosen again, as when the alert fired. A claimed lead stays with whoever holds it.
    if (lead->status != LeadState::Status::Open || !lead->claimedBy.isEmpty())
        return;
    if (m_policy.visibility() == Visibility::OwnedRecords) {
        const QString owner = chooseOwner(*lead, lead->owner);
        if (owner != lead->owner) {
            qCInfo(lcRouting).noquote()
                << lead->id << "traits changed: owner"
                << (lead->owner.isEmpty() ? QStringLiteral("none") : lead->owner) << "->"
                << (owner.isEmpty() ? QStringLiteral("manager queue") : owner);
            lead->owner = owner;
            lead->assignedTo.clear();
            lead->escalation = owner.isEmpty() ? LeadState::ManagerQueue : LeadState::Primary;
            lead->claimDeadlineMs = !owner.isEmpty() && lead->claimWindowMs > 0
                                        ? m_rules.slaDeadline(nowMs, lead->claimWindowMs)
                                        : 0;
            return;
        }
    }
    if (lead->escalation != LeadState::Backup || lead->assignedTo.isEmpty())
        return;
    // A backup stays while pickBackup would still choose them: the owner's named backup, or a
    // rep whose segments match. The claim window keeps running.
    const auto backup = rep(lead->assignedTo);
    const auto primary = rep(lead->owner);
    if (backup && ((primary && primary->backups.contains(backup->name)) ||
                   RoutingPolicy::segmentsMatch(*backup, lead->segments)))
        return;
    const QString previous = lead->assignedTo;
    if (const Rotation::Pick next = pickBackup(*lead, nowMs); next.rep) {
        lead->assignedTo = *next.rep;
    } else {
        lead->escalation = LeadState::ManagerQueue;
        lead->assignedTo.clear();
        lead->claimDeadlineMs = 0;
    }
    qCInfo(lcRouting).noquote() << lead->id << "traits changed: backup" << previous << "->"
                                << (lead->assignedTo.isEmpty() ? QStringLiteral("manager queue")
                                                               : lead->assignedTo);
}

QStringList AlertDesk::audienceFor(const LeadState &lead) const
{
    QStringList audience;
    for (const Rep &r : m_reps) {
        if (m_policy.canSee(r, lead))
            audience.append(r.name);
    }
    return audience;
}

bool AlertDesk::persist(QList<LeadState> changed, QString *error,
                        const std::function<bool()> &alsoInTransaction)
{
    if (changed.isEmpty() && !alsoInTransaction && m_pendingAudit.isEmpty())
        return true;
    const QList<FeedStore::AuditRow> audits = std::exchange(m_pendingAudit, {});
    QList<Entry> entries;
    const qint64 now = m_clock.nowMs();
    qint64 seq = m_seq;
    for (LeadState &lead : changed) {
        const QStringList before =
            m_leads.contains(lead.id) ? m_leads.value(lead.id).audience : QStringList();
        lead.audience = audienceFor(lead);
        QStringList departed;
        for (const QString &name : before) {
            if (!lead.audience.contains(name))
                departed.append(name); // they learn that it left them, and nothing more
        }
        entries.append(
            Entry{++seq, lead.id, protocol::encodeLead(lead), lead.claimedBy, lead.audience, departed});
    }
    QString failure;
    const bool ok = m_store.transaction([&] {
        for (qsizetype i = 0; i < changed.size(); ++i) {
            const Entry &entry = entries.at(i);
            // The stored lead keeps every call's notes; what goes out keeps them to their writer.
            const LeadState &stored = changed.at(i);
            const bool notes =
                !stored.notes.isEmpty() || std::any_of(stored.calls.cbegin(), stored.calls.cend(),
                                                       [](const LeadCall &c) { return !c.notes.isEmpty(); });
            if (!m_store.upsertLead(
                    stored.id, notes ? protocol::encodeLead(stored, protocol::kAllNotes) : entry.leadJson,
                    entry.seq, &failure))
                return false;
            const LeadState &lead = changed.at(i);
            if (m_shared && lead.alertId > 0) {
                // Several servers: the database checks the change of hands too, on top of the
                // writer lock that already serializes the decisions.
                const auto was = m_leads.constFind(lead.id);
                if (was != m_leads.cend() && was->alertId == lead.alertId &&
                    was->claimedBy != lead.claimedBy) {
                    const auto moved = m_store.moveClaim(lead.alertId, was->claimedBy, lead.claimedBy,
                                                         lead.claimedAtMs, &failure);
                    if (!moved)
                        return false;
                    if (*moved != 1) {
                        failure = QStringLiteral("alert %1 is not held by \"%2\" in the database")
                                      .arg(lead.alertId)
                                      .arg(was->claimedBy);
                        return false;
                    }
                }
            }
            if (lead.alertId > 0) {
                const FeedStore::AlertRow alert{
                    lead.alertId,   lead.id,          lead.alertAtMs,  lead.tier,   lead.score,   lead.source,
                    lead.claimedBy, lead.claimedAtMs, lead.escalation, lead.breach, lead.doneAtMs};
                if (!m_store.upsertAlert(alert, &failure))
                    return false;
            }
            // Who lost sight of it with this change: a resume after a restart still tells them.
            if (!m_store.appendJournal(
                    {entry.seq, changed.at(i).id, now, entry.audience, entry.leadJson, entry.departed},
                    &failure))
                return false;
        }
        if (!changed.isEmpty() && seq % 1000 < qint64(changed.size())) {
            if (!m_store.trimJournal(seq - m_options.journalRetention, &failure))
                return false;
        }
        for (const FeedStore::AuditRow &row : audits) {
            if (!m_store.addAudit(row, &failure))
                return false;
        }
        if (m_recorder) {
            // A lead may change twice in one batch: each version against the one before it.
            QHash<QString, const LeadState *> previous;
            for (const LeadState &lead : std::as_const(changed)) {
                const auto stored = m_leads.constFind(lead.id);
                const LeadState *before =
                    previous.value(lead.id, stored == m_leads.cend() ? nullptr : &*stored);
                if (!m_recorder->leadChanged(before, lead, now, &failure))
                    return false;
                previous.insert(lead.id, &lead);
            }
        }
        return !alsoInTransaction || alsoInTransaction();
    });
    if (!ok) {
        if (error)
            *error = tr("could not store lead changes: %1").arg(failure);
        qCWarning(lcRouting).noquote() << "could not store lead changes:" << failure;
        return false;
    }
    m_seq = seq;
    for (const LeadState &lead : std::as_const(changed)) {
        putLead(lead);
        considerDeadlines(lead);
    }
    if (m_exclusiveDepth > 0)
        m_unpublished.append(entries); // once the writer's transaction commits
    else
        publish(entries);
    return true;
}

void AlertDesk::publish(const QList<Entry> &entries)
{
    for (const Entry &entry : entries) {
        m_recent.push_back(entry);
        Q_EMIT published(entry);
    }
    while (m_recent.size() > size_t(m_options.journalInMemory))
        m_recent.pop_front();
}

std::optional<QList<AlertDesk::Entry>> AlertDesk::entriesSince(qint64 seq, const Rep &rep) const
{
    QList<Entry> out;
    if (seq > m_seq || seq < 0)
        return std::nullopt; // a future position: this is not the history the client knows
    if (seq == m_seq)
        return out;
    if (m_seq - seq > m_options.maxReplay)
        return std::nullopt; // a snapshot is cheaper than a long replay
    const auto visible = [&rep](const Entry &e) { return e.concerns(rep); };
    if (!m_recent.empty() && m_recent.front().seq <= seq + 1) {
        for (const Entry &e : m_recent) {
            if (e.seq > seq && visible(e))
                out.append(e);
        }
        return out;
    }
    const auto oldest = m_store.oldestJournalSeq(nullptr);
    if (!oldest || *oldest > seq + 1)
        return std::nullopt;
    auto rows = m_store.journalAfter(seq, nullptr);
    if (!rows)
        return std::nullopt;
    for (FeedStore::JournalRow &row : *rows) {
        Entry e = journalEntry(std::move(row));
        if (visible(e))
            out.append(std::move(e));
    }
    return out;
}

QList<LeadState> AlertDesk::snapshot(const Rep &rep) const
{
    // Their worked leads of the last 30 days come too, for their Worked view.
    const qint64 workedSince = m_clock.nowMs() - 30LL * 24 * 3600 * 1000;
    QList<const LeadState *> visible;
    for (const LeadState &lead : m_leads) {
        if (lead.status == LeadState::Status::Done ? lead.claimedBy == rep.name && lead.doneAtMs > workedSince
                                                   : m_policy.canSee(rep, lead))
            visible.append(&lead);
    }
    std::sort(visible.begin(), visible.end(),
              [](const LeadState *a, const LeadState *b) { return a->alertAtMs > b->alertAtMs; });
    QList<LeadState> out;
    out.reserve(visible.size());
    for (const LeadState *lead : std::as_const(visible))
        out.append(*lead);
    return out;
}

protocol::TeamMember AlertDesk::member(const Rep &r) const
{
    return {r.name, r.role, online(r.name) ? r.availability : Rep::Availability::Offline, std::nullopt};
}

QList<protocol::TeamMember> AlertDesk::team() const
{
    QHash<QString, int> load;
    for (const LeadState &lead : m_leads) {
        if (lead.status == LeadState::Status::Claimed)
            ++load[lead.claimedBy];
    }
    QList<protocol::TeamMember> out;
    for (const Rep &r : m_reps) {
        protocol::TeamMember m = member(r);
        m.openLeads = load.value(r.name);
        out.append(m);
    }
    return out;
}

bool AlertDesk::setCallCrm(const QString &leadId, const QString &callId, const LeadCall::Crm &crm,
                           const QString &leadCrmUrl, QString *error)
{
    bool found = false;
    const bool ok = exclusively(
        [&] {
            // Under the lock, caught up: the lead as the last change of any server left it.
            const auto it = m_leads.constFind(leadId);
            if (it == m_leads.constEnd())
                return true;
            LeadState lead = *it;
            bool changed = false;
            for (LeadCall &call : lead.calls) {
                if (call.id != callId)
                    continue;
                found = true;
                changed = call.crm != crm;
                call.crm = crm;
            }
            if (!found)
                return true;
            if (!leadCrmUrl.isEmpty() && lead.crmUrl != leadCrmUrl) {
                lead.crmUrl = leadCrmUrl;
                changed = true;
            }
            return !changed || persist({lead}, error);
        },
        error);
    return ok && found;
}

std::optional<LeadState> AlertDesk::lead(const QString &id) const
{
    const auto it = m_leads.constFind(id);
    return it == m_leads.constEnd() ? std::nullopt : std::optional<LeadState>(*it);
}

QList<LeadState> AlertDesk::leads() const
{
    return m_leads.values();
}

QTimeZone AlertDesk::taskZone(const LeadState &lead) const
{
    const auto holder = rep(lead.claimedBy.isEmpty() ? lead.owner : lead.claimedBy);
    return holder ? holder->zone() : QTimeZone::utc();
}

LeadRules::SlaClock AlertDesk::slaClock() const
{
    return {m_rules.businessHours, m_rules.businessZone()};
}

void AlertDesk::setOnline(const QString &repName, bool online)
{
    // Reconnected: a fresh start; but not the reconnections that follow a restart of the feed,
    // which are no act of the rep's.
    if (online && !(m_started && m_clock.nowMs() - m_startedAtMs < m_options.reconnectGraceMs))
        clearMissed(repName);
    int &count = m_sessions[repName];
    count += online ? 1 : -1;
    const bool gone = count <= 0;
    const int consoles = std::max(0, count);
    if (gone)
        m_sessions.remove(repName);
    if (m_shared) // the other servers see them too
        m_store.setPresence(m_options.instanceName, repName, consoles, QDateTime::currentMSecsSinceEpoch(),
                            nullptr);
    if (const auto r = rep(repName))
        Q_EMIT teamChanged(member(*r));
    if (gone && !online && m_started && !m_degraded) {
        exclusively([&] {
            QList<LeadState> changed;
            rescueOrphans(m_clock.nowMs(), &changed); // their open leads move on at once
            return persist(changed, nullptr);
        });
    }
}

namespace {

// The read-only requests: answered from the store, never recorded, off this thread when they can.
bool isReport(protocol::Request::Kind kind)
{
    using Kind = protocol::Request::Kind;
    return kind == Kind::Metrics || kind == Kind::Calibration || kind == Kind::Ledger ||
           kind == Kind::Audit || kind == Kind::Syncs;
}

} // namespace

protocol::Result AlertDesk::reportResult(FeedStore &store, const Rules &rules,
                                         const protocol::Request &request, std::pair<qint64, qint64> range,
                                         const QString &rep, qint64 nowMs, const QString &crmName)
{
    QString error;
    const QString action = request.kindName();
    protocol::Result out = protocol::Result::success(request.id, action);
    if (request.kind == protocol::Request::Kind::Syncs) {
        // From the outbox, which every server of the database shares.
        const auto rows = store.outboxTroubles(SyncReport::kLimit, &error);
        if (!rows)
            return protocol::Result::failure(request.id, action, protocol::ErrorCode::Storage, error);
        out.syncs = SyncReport::items(*rows, crmName);
        return out;
    }
    if (request.kind == protocol::Request::Kind::Calibration) {
        const std::optional<FeedCalibration> calibration =
            calibrateFeed(store, rules, range.first, range.second, &error);
        if (!calibration)
            return protocol::Result::failure(request.id, action, protocol::ErrorCode::Storage, error);
        out.calibration = feedCalibrationJson(*calibration, rules);
        return out;
    }
    if (request.kind == protocol::Request::Kind::Ledger || request.kind == protocol::Request::Kind::Audit) {
        const auto rows =
            request.kind == protocol::Request::Kind::Audit
                ? store.auditFor(request.leadId, &error)
                // up to now: this very instant's decisions included
                : store.auditBetween(range.first, range.second + (request.until.isEmpty() ? 1 : 0), &error);
        if (!rows)
            return protocol::Result::failure(request.id, action, protocol::ErrorCode::Storage, error);
        if (request.kind == protocol::Request::Kind::Audit)
            out.audit = AuditText::rowsToJson(*rows);
        else
            out.ledger = Fairness::ledgerRows(Fairness::ledger(*rows));
        return out;
    }
    const SpeedToLead metrics =
        MetricsStore(store).compute(range.first, range.second, rep, &error, &rules, nowMs);
    if (!error.isEmpty())
        return protocol::Result::failure(request.id, action, protocol::ErrorCode::Storage, error);
    out.metrics = metrics.toJson();
    out.csv = metrics.toCsv();
    return out;
}

std::optional<protocol::Result> AlertDesk::refuseReport(const Rep &rep,
                                                        const protocol::Request &request) const
{
    using protocol::Result;
    if (request.kind == protocol::Request::Kind::Calibration && !rep.isManager())
        return Result::failure(request.id, request.kindName(), protocol::ErrorCode::Forbidden,
                               tr("only managers can see the scoring calibration"));
    if (request.kind == protocol::Request::Kind::Ledger && !rep.isManager())
        return Result::failure(request.id, request.kindName(), protocol::ErrorCode::Forbidden,
                               tr("only managers can see the fairness ledger"));
    if (request.kind == protocol::Request::Kind::Audit && !rep.isManager())
        return Result::failure(request.id, request.kindName(), protocol::ErrorCode::Forbidden,
                               tr("only managers can see a lead's routing audit"));
    if (request.kind == protocol::Request::Kind::Syncs && !rep.isManager())
        return Result::failure(request.id, request.kindName(), protocol::ErrorCode::Forbidden,
                               tr("only managers can see the failed CRM syncs"));
    if (!parseMetricsRange(request.from, request.until, m_clock.nowMs()))
        return Result::failure(
            request.id, request.kindName(), protocol::ErrorCode::BadRequest,
            tr("\"from\" and \"to\" are dates (YYYY-MM-DD) or ISO 8601 date-times, from before to"));
    return std::nullopt;
}

void AlertDesk::handleActionLater(const Rep &rep, const protocol::Request &request,
                                  const std::function<void(const protocol::Result &)> &reply)
{
    if (!isReport(request.kind) || m_options.metricsDatabasePath.isEmpty() || refuseReport(rep, request)) {
        reply(handleAction(rep, request)); // answered here, refusals included
        return;
    }
    // Reading a month of events takes long enough to hold up every console's alerts: it runs
    // on a pool thread with a read connection of its own, and the answer comes back here.
    const auto range = parseMetricsRange(request.from, request.until, m_clock.nowMs());
    const QString who = rep.isManager() ? request.rep : rep.name;
    const QString path = m_options.metricsDatabasePath;
    auto *watcher = new QFutureWatcher<protocol::Result>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [watcher, reply] {
        reply(watcher->result());
        watcher->deleteLater();
    });
    const qint64 nowMs = m_clock.nowMs();
    const QString crm = m_recorder ? m_recorder->crmName() : QString();
    watcher->setFuture(QtConcurrent::run([path, request, range = *range, who, rules = m_rules, nowMs, crm] {
        QString error;
        const auto location = StoreLocation::parse(path, &error);
        const std::unique_ptr<Database> database = location ? Database::open(*location, &error) : nullptr;
        if (!database)
            return protocol::Result::failure(request.id, request.kindName(), protocol::ErrorCode::Storage,
                                             error);
        return reportResult(*SqlFeedStore::create(*database), rules, request, range, who, nowMs, crm);
    }));
}

protocol::Result AlertDesk::handleAction(const Rep &rep, const protocol::Request &request)
{
    using protocol::ErrorCode;
    using protocol::Result;
    const QString action = request.kindName();
    if (isReport(request.kind)) {
        // Read-only: a rep sees their own numbers, a manager the team's or any rep's; only a
        // manager the calibration, the ledger and a lead's audit.
        if (auto refusal = refuseReport(rep, request))
            return *refusal;
        return reportResult(m_store, m_rules, request,
                            *parseMetricsRange(request.from, request.until, m_clock.nowMs()),
                            rep.isManager() ? request.rep : rep.name, m_clock.nowMs(),
                            m_recorder ? m_recorder->crmName() : QString());
    }

    if (!m_shared)
        return handleActionNow(rep, request);
    // The decision under the writer lock, on the leads as every server committed them: one
    // claim wins, wherever the consoles are connected.
    std::optional<Result> out;
    if (!exclusively([&] {
            out = handleActionNow(rep, request);
            return out->ok() || out->error->code != ErrorCode::Storage;
        }) &&
        (!out || out->ok() || out->error->code != ErrorCode::Storage))
        return Result::failure(request.id, action, ErrorCode::Unavailable,
                               tr("the server cannot reach its database; try again shortly"));
    return *out;
}

protocol::Result AlertDesk::handleActionNow(const Rep &rep, const protocol::Request &request)
{
    using protocol::ErrorCode;
    using protocol::Result;
    const QString action = request.kindName();
    if (const auto answered = m_store.actionResult(rep.id, request.id, nullptr)) {
        return Result::replay(QJsonDocument::fromJson(*answered).object());
    }

    const qint64 now = m_clock.nowMs();
    QList<LeadState> changed;
    std::function<bool()> alsoStore;
    Result out = performAction(rep, request, now, &changed, &alsoStore);
    if (!out.ok() && changed.isEmpty() && !alsoStore)
        return out; // refusals are not recorded: the same request may succeed later
    const auto record = [&] {
        return m_store.recordAction({request.id, rep.id, action, now, protocol::encode(out)}, nullptr) &&
               (!alsoStore || alsoStore());
    };
    // The lead's new state is stored with the record of the request, so a replay after a
    // crash never applies it twice.
    QString error;
    if (!persist(changed, &error, record))
        return Result::failure(request.id, action, ErrorCode::Storage, error);
    if (out.lead && m_leads.contains(out.lead->id))
        out.lead = m_leads.value(out.lead->id);
    return out;
}

protocol::Result AlertDesk::performAction(const Rep &rep, const protocol::Request &request, qint64 nowMs,
                                          QList<LeadState> *changed, std::function<bool()> *alsoStore)
{
    using protocol::ErrorCode;
    using protocol::Result;
    using Kind = protocol::Request::Kind;
    const QString &id = request.id;
    const QString action = request.kindName();
    const auto refusal = [&](LeadRules::Refusal r, const QString &message,
                             const std::optional<LeadState> &lead = std::nullopt) {
        return Result::failure(id, action, protocol::errorCodeFor(r), message, lead);
    };
    if (request.kind == Kind::Availability) {
        QString error;
        if (!m_team.setAvailability(rep.id, request.availability, &error))
            return Result::failure(id, action, ErrorCode::Storage, error);
        for (Rep &r : m_reps) {
            if (r.id == rep.id)
                r.availability = request.availability;
        }
        qCInfo(lcRouting).noquote() << rep.name << "is" << Rep::availabilityName(request.availability);
        setOnline(rep.name, true); // announce the new availability
        setOnline(rep.name, false);
        clearMissed(rep.name);         // back (or away): a fresh start
        rescueOrphans(nowMs, changed); // an away rep's open leads move on at once
        *alsoStore = [] { return true; };
        return Result::success(id, action);
    }
    if (request.kind == Kind::RetrySync)
        return retrySync(rep, request, nowMs, changed, alsoStore);

    const QString &leadId = request.leadId;
    auto it = m_leads.find(leadId);
    if (leadId.isEmpty() || it == m_leads.end())
        return Result::failure(id, action, ErrorCode::NotFound, tr("no alert for lead \"%1\"").arg(leadId));
    LeadState lead = *it;
    // A rep who just lost a claim race no longer sees the lead, but is told who won it.
    const bool lostClaim =
        request.kind == Kind::Claim && !lead.claimedBy.isEmpty() && lead.status != LeadState::Status::Done &&
        m_policy.visibility() == Visibility::AllRecords && RoutingPolicy::segmentsMatch(rep, lead.segments);
    if (!m_policy.canSee(rep, lead) && request.kind != Kind::Call && !lostClaim)
        return Result::failure(id, action, ErrorCode::NotVisible,
                               tr("lead \"%1\" is not in your queue").arg(leadId));

    switch (request.kind) {
    case Kind::Claim: {
        const int held = LeadRules::uncalledClaims(m_leads.values(), rep.name);
        const LeadRules::Decision d =
            LeadRules::claim(lead, rep.name, nowMs, held, m_options.maxUncalledClaims);
        if (d.refusal == LeadRules::Refusal::ClaimLimit)
            return refusal(d.refusal,
                           tr("you hold %1 claimed leads not called yet, the most allowed; call or release "
                              "one before claiming another")
                               .arg(held),
                           lead);
        if (d.refusal == LeadRules::Refusal::Closed)
            return refusal(d.refusal, tr("this alert has already been worked"), lead);
        if (d.refusal == LeadRules::Refusal::AlreadyClaimed)
            return refusal(d.refusal, tr("already claimed by %1").arg(lead.claimedBy), lead);
        if (d.changed) {
            qCInfo(lcRouting).noquote() << lead.id << "claimed by" << rep.name;
            clearMissed(rep.name);
            audit(d.lead, QStringLiteral("claimed"),
                  {{QStringLiteral("rep"), rep.name},
                   {QStringLiteral("afterMs"), double(nowMs - lead.alertAtMs)}},
                  rep.id);
            changed->append(d.lead);
        }
        return Result::success(id, action, d.lead);
    }
    case Kind::Release: {
        const LeadRules::Decision d = LeadRules::release(lead, rep, m_policy.visibility(), nowMs, slaClock());
        if (d.refusal == LeadRules::Refusal::NotClaimed)
            return refusal(d.refusal, tr("this lead is not claimed"), lead);
        if (d.refusal == LeadRules::Refusal::NotOwner)
            return refusal(d.refusal, tr("only %1 can release this lead").arg(lead.claimedBy));
        audit(d.lead, QStringLiteral("released"), {{QStringLiteral("rep"), lead.claimedBy}}, rep.id);
        changed->append(d.lead);
        return Result::success(id, action, d.lead);
    }
    case Kind::Reassign: {
        if (!rep.isManager())
            return refusal(LeadRules::Refusal::Forbidden, tr("only managers can reassign leads"));
        const auto target = this->rep(request.to);
        if (!target)
            return Result::failure(id, action, ErrorCode::BadRequest,
                                   tr("no rep named \"%1\"").arg(request.to));
        const QString from = lead.claimedBy.isEmpty() ? lead.owner : lead.claimedBy;
        const LeadRules::Decision d = LeadRules::reassign(lead, rep, target->name, nowMs);
        changed->append(d.lead);
        qCInfo(lcRouting).noquote() << lead.id << "reassigned by" << rep.name << "to" << target->name;
        *alsoStore = [this, rep, lead = d.lead, from, nowMs] {
            return m_store.addAudit(
                {nowMs,
                 rep.id,
                 QStringLiteral("reassign"),
                 lead.id,
                 compact(QJsonObject{{QStringLiteral("from"), from}, {QStringLiteral("to"), lead.claimedBy}}),
                 lead.alertId,
                 {}},
                nullptr);
        };
        return Result::success(id, action, d.lead);
    }
    case Kind::Call: {
        // A call is a fact: it is kept even when a colleague took the lead meanwhile (a call
        // logged offline, say), from a rep who could see the lead while it was open. Such a
        // call changes nothing about the lead and tells the caller nothing more about it.
        const bool visible = m_policy.canSee(rep, lead) || lead.claimedBy == rep.name;
        const bool couldSee = visible || (m_policy.visibility() == Visibility::AllRecords &&
                                          RoutingPolicy::segmentsMatch(rep, lead.segments));
        if (!couldSee)
            return Result::failure(id, action, ErrorCode::NotVisible,
                                   tr("lead \"%1\" is not in your queue").arg(leadId));
        // A call cannot have started in the future (a skewed clock, or a way to dodge a breach).
        const qint64 startedAt = std::min(request.startedAtMs.value_or(nowMs), nowMs);
        if (visible) {
            // Calling claims the lead, unless a colleague already has it (LeadRules::applyCall).
            const LeadState before = lead;
            lead = LeadRules::applyCall(lead, rep.name, request.disposition, startedAt, nowMs);
            if (before.claimedBy.isEmpty() && lead.claimedBy == rep.name)
                clearMissed(rep.name);
            if (before.claimedBy.isEmpty() && lead.claimedBy == rep.name)
                audit(lead, QStringLiteral("claimed"),
                      {{QStringLiteral("rep"), rep.name},
                       {QStringLiteral("byCall"), true},
                       {QStringLiteral("afterMs"), double(nowMs - lead.alertAtMs)}},
                      rep.id);
            if (before.firstCallAtMs == 0)
                audit(lead, QStringLiteral("called"),
                      {{QStringLiteral("rep"), rep.name},
                       {QStringLiteral("afterMs"), double(startedAt - lead.alertAtMs)}},
                      rep.id);
            // The call travels with the lead, and a call that did not connect starts the
            // cadence of the band that carries its tier (or completes its next call step).
            lead.calls.append(LeadCall{request.id, rep.name, startedAt, request.durationSeconds,
                                       request.disposition, request.notes, request.qualification,
                                       LeadCall::Crm{}});
            if (m_recorder && m_recorder->logsCallsToCrm())
                lead.calls.last().crm.state = QStringLiteral("waiting");
            if (lead.calls.size() > LeadState::kMaxCalls)
                lead.calls.remove(0, lead.calls.size() - LeadState::kMaxCalls);
            int band = m_rules.bandForTier(lead.tier);
            if (band < 0)
                band = m_rules.bandForTier(m_rules.alert.minTier);
            lead.tasks =
                LeadRules::tasksAfterCall(lead.tasks, band >= 0 ? &m_rules.bands.at(band).cadence : nullptr,
                                          request.disposition, startedAt, taskZone(lead));
            changed->append(lead);
        }
        const qint64 alertId = lead.alertId;
        *alsoStore = [this, rep, request, alertId, startedAt, nowMs, lead] {
            const FeedStore::CallRow call{request.leadId,
                                          rep.id,
                                          request.id,
                                          startedAt,
                                          request.durationSeconds,
                                          request.disposition,
                                          request.notes,
                                          compact(request.qualification),
                                          nowMs,
                                          alertId};
            return m_store.addCall(call, nullptr) &&
                   (!m_recorder || m_recorder->callLogged(call, rep, lead, nullptr));
        };
        qCInfo(lcRouting).noquote() << lead.id << "call logged by" << rep.name << request.disposition;
        return visible ? Result::success(id, action, lead) : Result::success(id, action);
    }
    case Kind::Availability:
    case Kind::CompleteTask:
    case Kind::SnoozeTask:
    case Kind::RescheduleTask: {
        if (!m_policy.canSee(rep, lead) && lead.claimedBy != rep.name)
            return Result::failure(id, action, ErrorCode::NotVisible,
                                   tr("lead \"%1\" is not in your queue").arg(leadId));
        const QTimeZone zone = taskZone(lead);
        const LeadRules::Decision d =
            request.kind == Kind::CompleteTask ? LeadRules::completeTask(lead, request.taskId, rep)
            : request.kind == Kind::SnoozeTask
                ? LeadRules::snoozeTask(lead, request.taskId, rep, nowMs, zone)
                : LeadRules::rescheduleTask(lead, request.taskId, rep, request.dueMs, zone);
        if (d.refusal == LeadRules::Refusal::NotOwner)
            return refusal(d.refusal, tr("only %1 or a manager can change this lead's follow-ups")
                                          .arg(lead.claimedBy.isEmpty() ? tr("its holder") : lead.claimedBy));
        if (d.refusal == LeadRules::Refusal::NoSuchTask)
            return refusal(d.refusal,
                           tr("lead \"%1\" has no follow-up task %2").arg(leadId).arg(request.taskId), lead);
        if (d.changed)
            changed->append(d.lead);
        *alsoStore = [] { return true; }; // recorded, so that a replay answers the same
        return Result::success(id, action, d.lead);
    }
    case Kind::Note: {
        // Kept with the lead like a call's notes, for its writer only (protocol::leadToJson).
        lead.notes.append(LeadNote{request.id, rep.name, std::min(request.startedAtMs.value_or(nowMs), nowMs),
                                   request.notes});
        if (lead.notes.size() > LeadState::kMaxNotes)
            lead.notes.remove(0, lead.notes.size() - LeadState::kMaxNotes);
        changed->append(lead);
        *alsoStore = [] { return true; }; // recorded, so that a replay answers the same
        return Result::success(id, action, lead);
    }
    case Kind::Metrics:
    case Kind::Calibration:
    case Kind::Ledger:
    case Kind::Audit:
    case Kind::Syncs:
    case Kind::RetrySync:
        break;
    }
    return Result::failure(id, action, ErrorCode::BadRequest, tr("unexpected request"));
}

protocol::Result AlertDesk::retrySync(const Rep &rep, const protocol::Request &request, qint64 nowMs,
                                      QList<LeadState> *changed, std::function<bool()> *alsoStore)
{
    using protocol::ErrorCode;
    using protocol::Result;
    const QString action = request.kindName();
    if (!rep.isManager())
        return Result::failure(request.id, action, ErrorCode::Forbidden,
                               tr("only managers can retry a failed CRM sync"));
    QString error;
    std::optional<FeedStore::OutboxRow> item = m_store.outboxItem(request.item, &error);
    if (!item && !error.isEmpty())
        return Result::failure(request.id, action, ErrorCode::Storage, error);
    if (!item)
        return Result::failure(request.id, action, ErrorCode::NotFound,
                               tr("no sync \"%1\" in the outbox").arg(request.item));
    if (item->state == FeedStore::OutboxState::Sent)
        return Result::failure(request.id, action, ErrorCode::BadRequest,
                               tr("this sync was delivered already"));
    // Due now, with a fresh allowance of attempts. Whether an earlier attempt may have arrived
    // (unsure) stays: the CRM looks for such a record before creating it again.
    item->state = FeedStore::OutboxState::Waiting;
    item->attempts = 0;
    item->nextAtMs = nowMs;
    item->updatedAtMs = nowMs;
    qCInfo(lcRouting).noquote() << rep.name << "queued" << item->type << item->id << "to"
                                << SyncReport::safeTarget(item->target) << "again";
    // A call's CRM state goes back to waiting, for every console that shows it.
    if (item->target == u"crm" && item->type == u"call.logged") {
        const QString callId =
            QJsonDocument::fromJson(item->payload).object().value(QStringLiteral("leadCallId")).toString();
        if (const auto it = m_leads.constFind(item->leadId); it != m_leads.constEnd() && !callId.isEmpty()) {
            LeadState lead = *it;
            const LeadCall::Crm waiting{QStringLiteral("waiting"), {}, {}};
            bool moved = false;
            for (LeadCall &call : lead.calls) {
                if (call.id == callId && call.crm != waiting) {
                    call.crm = waiting;
                    moved = true;
                }
            }
            if (moved)
                changed->append(lead);
        }
    }
    *alsoStore = [this, stored = *item] { return m_store.updateOutbox(stored, nullptr); };
    Q_EMIT syncRequeued(); // the outbox looks once this event-loop turn is over
    return Result::success(request.id, action);
}

void AlertDesk::processDue()
{
    if (!m_shared) {
        processDueNow();
        return;
    }
    // Once for all servers: in the one holding the timers, under the writer lock.
    if (!m_holdsTimers || m_degraded || !m_started)
        return;
    if (!exclusively([this] { return processDueNow(); }))
        m_deadlineTimer.start(5000);
}

bool AlertDesk::processDueNow()
{
    const qint64 now = m_clock.nowMs();
    m_board->rescoreAll(now);
    if (!m_unsavedEvaluation.contacts.isEmpty() || !m_unsavedEvaluation.accounts.isEmpty()) {
        QList<LeadState> retried;
        evaluate(m_unsavedEvaluation, now, &retried);
        if (!persist(retried, nullptr)) {
            m_deadlineTimer.start(5000); // the database is unwell: try again in a while, do not spin
            return false;
        }
        m_unsavedEvaluation = {};
    }
    QList<LeadState> changed;
    rescueOrphans(now, &changed); // reps whose working hours ended
    for (LeadState lead : std::as_const(m_leads)) {
        if (lead.status == LeadState::Status::Done)
            continue;
        bool dirty = false;
        if (const auto moved = std::find_if(changed.cbegin(), changed.cend(),
                                            [&](const LeadState &c) { return c.id == lead.id; });
            moved != changed.cend()) {
            lead = *moved; // rerouted above: go on from that version
            changed.erase(moved);
            dirty = true;
        }
        if (LeadRules::claimWindowDue(lead, now)) {
            // The backup is picked only where the lead goes to one (the pick may take a turn).
            const bool primary = lead.escalation == LeadState::Primary;
            const QString from = Rotation::responsible(lead);
            if (!from.isEmpty()) {
                Missed &missed = m_missed[from];
                ++missed.count;
                missed.lastMs = now;
                saveMissed();
            }
            const Rotation::Pick pick = primary ? pickBackup(lead, now) : Rotation::Pick{};
            const std::optional<Rep> backup = pick.rep ? rep(*pick.rep) : std::nullopt;
            lead = LeadRules::escalate(lead, backup ? std::optional<QString>(backup->name) : std::nullopt,
                                       now, slaClock());
            audit(lead, QStringLiteral("escalated"),
                  {{QStringLiteral("reason"), QStringLiteral("claim_window")},
                   {QStringLiteral("from"), from.isEmpty() ? QStringLiteral("pool") : from},
                   {QStringLiteral("to"), backup ? backup->name : QStringLiteral("manager queue")},
                   {QStringLiteral("skipped"), skippedJson(pick)}});
            if (backup)
                qCInfo(lcRouting).noquote() << lead.id << "unclaimed: escalated to backup" << lead.assignedTo;
            else if (primary)
                qCInfo(lcRouting).noquote() << lead.id << "unclaimed, no backup available: manager queue";
            else
                qCInfo(lcRouting).noquote() << lead.id << "unclaimed by the backup: manager queue";
            dirty = true;
        }
        if (LeadRules::callSlaDue(lead, now)) {
            lead.breach = true;
            audit(lead, QStringLiteral("breach"), {{QStringLiteral("rep"), lead.claimedBy}});
            qCInfo(lcRouting).noquote() << lead.id << "SLA breach: no call by the deadline";
            dirty = true;
        }
        // Decay: keep the card's numbers current.
        const QString subject = lead.subjectId();
        int tier = lead.tier;
        double score = lead.score;
        if (lead.isAccount()) {
            if (const int a = m_graph->accountIndex(subject); a >= 0) {
                tier = m_board->accounts()[size_t(a)].tier;
                score = m_board->accounts()[size_t(a)].score;
            }
        } else if (const int c = m_graph->contactIndex(subject); c >= 0) {
            tier = m_board->contacts()[size_t(c)].tier;
            score = m_board->contacts()[size_t(c)].score;
        }
        if (tier != lead.tier || roundScore(score) != roundScore(lead.score)) {
            lead.tier = tier;
            lead.score = score;
            lead.card = buildCard(lead.id);
            dirty = true;
        }
        if (dirty)
            changed.append(lead);
    }
    if (!persist(changed, nullptr)) {
        m_deadlineTimer.start(5000); // the database is unwell: try again in a while, do not spin
        return false;
    }
    scheduleNextDeadline();
    return true;
}

void AlertDesk::considerDeadlines(const LeadState &lead)
{
    // Cheaper than a full scan after every change: only an earlier deadline moves the timer.
    // A deadline that went away makes the timer fire early, which is harmless.
    const qint64 deadline = LeadRules::nextDeadline(lead);
    if (deadline > 0 && (m_nextDeadlineMs == 0 || deadline < m_nextDeadlineMs)) {
        m_nextDeadlineMs = deadline;
        m_deadlineTimer.start(int(std::clamp<qint64>(deadline - m_clock.nowMs(), 0, m_options.decayTickMs)));
    }
}

void AlertDesk::scheduleNextDeadline()
{
    qint64 next = 0;
    QSet<QString> responsible;
    for (const LeadState &lead : std::as_const(m_leads)) {
        const qint64 deadline = LeadRules::nextDeadline(lead);
        if (deadline > 0 && (next == 0 || deadline < next))
            next = deadline;
        if (const QString who = Rotation::responsible(lead); !who.isEmpty())
            responsible.insert(who);
    }
    // The end of the working hours of a rep with open leads to act on: they move on then.
    const qint64 now = m_clock.nowMs();
    for (const Rep &r : std::as_const(m_reps)) {
        if (!responsible.contains(r.name) || r.hours.isAlways())
            continue;
        const qint64 change = r.hours.nextChange(now, r.zone());
        if (change > 0 && (next == 0 || change < next))
            next = change;
    }
    m_nextDeadlineMs = next;
    if (next == 0) {
        m_deadlineTimer.stop();
        return;
    }
    m_deadlineTimer.start(int(std::clamp<qint64>(next - m_clock.nowMs(), 0, m_options.decayTickMs)));
}
