#include "repdesk.h"

#include "clock/clock.h"
#include "routing/disposition.h"
#include "routing/leadrules.h"
#include "scoring/scorereport.h"

#include <QLoggingCategory>
#include <QRegularExpression>
#include <QUuid>

#include <algorithm>
#include <tuple>
#include <utility>

Q_LOGGING_CATEGORY(lcDesk, "firstcall.console")

RepDesk::RepDesk(ConsoleStore &store, FeedClient &client, Clock &clock, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_client(client)
    , m_clock(clock)
{
    // Feed updates are applied at once but stored and announced in batches, so that a busy
    // feed costs one transaction and one model update per interval.
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(100);
    connect(&m_flushTimer, &QTimer::timeout, this, &RepDesk::flush);
    connect(&m_rescoreTimer, &QTimer::timeout, this, &RepDesk::rescoreSlice);
    m_decayTimer.setInterval(kDecayIntervalMs);
    connect(&m_decayTimer, &QTimer::timeout, this, &RepDesk::rescore);

    connect(&m_client, &FeedClient::hello, this, [this](const protocol::Hello &hello) {
        m_me = hello.rep;
        m_role = Rep::roleName(hello.role);
        m_store.setMeta(QStringLiteral("rep"), m_me);
        m_store.setMeta(QStringLiteral("role"), m_role);
        // The feed's own rules, so that scores keep decaying here exactly as there.
        const QByteArray &rulesJson = hello.rulesJson;
        if (!rulesJson.isEmpty() && (!m_rules || m_rules->json != rulesJson)) {
            QString error;
            if (auto rules = Rules::parse(rulesJson, QStringLiteral("feed"), &error)) {
                m_rules = std::move(rules);
                m_store.setMeta(QStringLiteral("rules_json"), QString::fromUtf8(rulesJson));
                reloadFromStore(); // signal types are indices into the rules
            } else {
                qCWarning(lcDesk).noquote() << "the feed's rules cannot be read here:" << error;
            }
        }
        Q_EMIT identityChanged();
    });
    connect(&m_client, &FeedClient::snapshot, this, &RepDesk::handleSnapshot);
    connect(&m_client, &FeedClient::leadChanged, this, &RepDesk::applyLead);
    connect(&m_client, &FeedClient::resumed, this, &RepDesk::handleResumed);
    connect(&m_client, &FeedClient::result, this, &RepDesk::handleResult);
    connect(&m_client, &FeedClient::repChanged, this, [this](const protocol::TeamMember &rep) {
        for (protocol::TeamMember &member : m_team) {
            if (member.name == rep.name) {
                // A presence change says nothing about the rep's load: keep what the team said.
                const std::optional<int> openLeads = member.openLeads;
                member = rep;
                if (!member.openLeads)
                    member.openLeads = openLeads;
                Q_EMIT teamChanged(m_team);
                return;
            }
        }
        m_team.append(rep);
        Q_EMIT teamChanged(m_team);
    });
    connect(&m_client, &FeedClient::stateChanged, this, [this](FeedClient::State state) {
        if (state != FeedClient::State::Connected)
            m_inFlight.clear();
    });
    // The server reaches its database again: what it could not take meanwhile goes now.
    connect(&m_client, &FeedClient::serverDegradedChanged, this, [this](bool degraded) {
        if (!degraded && m_client.isConnected())
            replayOutbox();
    });
}

RepDesk::~RepDesk()
{
    // What arrived since the last flush is cached too; nobody is left to hear of it.
    if (!m_unsaved.isEmpty())
        m_store.saveLeads(std::exchange(m_unsaved, {}), m_client.lastSeq());
}

void RepDesk::reloadFromStore()
{
    flush();
    m_leads.clear();
    const qint64 now = m_clock.nowMs();
    QList<QueueLead> cached = m_store.loadQueue(rules());
    m_leads.reserve(cached.size());
    for (QueueLead &lead : cached) {
        if (!visibleToMe(lead))
            continue;
        lead.ordinal = ++m_ordinals; // the cache keeps leads in the order they first came
        lead.rescore(now, rules());
        QString id = lead.id;
        m_leads.emplace(std::move(id), std::move(lead));
    }
    Q_EMIT leadsReset(m_leads);
}

void RepDesk::start()
{
    m_me = m_store.meta(QStringLiteral("rep"));
    m_role = m_store.meta(QStringLiteral("role"));
    // The rules the feed sent last time; until the feed says, no local rescoring.
    const QByteArray rulesJson = m_store.meta(QStringLiteral("rules_json")).toUtf8();
    QString error;
    m_rules = rulesJson.isEmpty() ? std::nullopt : Rules::parse(rulesJson, QStringLiteral("cache"), &error);
    reloadFromStore();
    m_calls = m_store.allCalls();
    // The follow-ups of the leads I hold, from the cache's queue columns (no lead's body read).
    for (const QueueLead &lead : std::as_const(m_leads)) {
        if (!lead.tasks.isEmpty() && lead.claimedBy == m_me && !m_me.isEmpty())
            m_leadTasks.insert(lead.id, lead.tasks);
    }
    reloadTasks();
    m_decayTimer.start();
    const QString lastSeq = m_store.meta(QStringLiteral("last_seq"));
    m_client.setLastSeq(lastSeq.isEmpty() ? -1 : lastSeq.toLongLong());
    qCInfo(lcDesk) << "loaded" << m_leads.size() << "cached leads," << pendingCount() << "pending requests";
    Q_EMIT pendingChanged(pendingCount());
    m_client.start();
}

std::optional<LeadState> RepDesk::leadDetail(const QString &id) const
{
    const auto lead = m_leads.constFind(id);
    if (lead == m_leads.constEnd())
        return std::nullopt;
    const LeadState *held = m_details.object(id);
    if (!held) {
        const std::optional<LeadState> stored = m_store.lead(id);
        if (!stored)
            return std::nullopt;
        holdDetail(*stored);
        held = m_details.object(id);
    }
    LeadState detail = *held;
    detail.claimedBy = lead->claimedBy;
    detail.score = lead->score;
    return detail;
}

void RepDesk::holdDetail(const LeadState &lead) const
{
    m_details.insert(lead.id, new LeadState(lead));
}

void RepDesk::reloadTasks()
{
    QList<ConsoleStore::Task> tasks;
    for (auto it = m_leadTasks.cbegin(); it != m_leadTasks.cend(); ++it) {
        const auto lead = m_leads.constFind(it.key());
        if (lead == m_leads.constEnd() || lead->claimedBy != m_me || lead->status == LeadState::Status::Done)
            continue; // a worked lead's sequence ends with it
        for (const LeadTask &t : it.value()) {
            if (!t.done)
                tasks.append(ConsoleStore::Task{t.id, lead->id, lead->name, t.kind, t.dueMs, t.step, false});
        }
    }
    std::sort(tasks.begin(), tasks.end(), [](const ConsoleStore::Task &a, const ConsoleStore::Task &b) {
        return std::tie(a.dueAtMs, a.leadId, a.step) < std::tie(b.dueAtMs, b.leadId, b.step);
    });
    const auto key = [](const ConsoleStore::Task &t) {
        return std::tuple(t.id, t.leadId, t.leadName, t.channel, t.dueAtMs, t.step);
    };
    const bool same = tasks.size() == m_tasks.size() &&
                      std::equal(tasks.cbegin(), tasks.cend(), m_tasks.cbegin(),
                                 [&](const auto &a, const auto &b) { return key(a) == key(b); });
    if (same)
        return;
    m_tasks = tasks;
    Q_EMIT tasksChanged(m_tasks);
}

void RepDesk::setLeadTasks(const QString &leadId, const QList<LeadTask> &tasks)
{
    if (tasks.isEmpty())
        m_leadTasks.remove(leadId);
    else
        m_leadTasks.insert(leadId, tasks);
}

void RepDesk::noteCrmStates(const LeadState &lead, bool announce)
{
    // A manager's list of failed syncs follows the calls' CRM states, of every lead the feed
    // sends (a connected call closes its lead, which then leaves the manager's queue).
    if (!isManager())
        return;
    bool relevant = false;
    const auto troubled = [](const LeadCall::Crm &crm) {
        return crm.state == u"failed" || !crm.error.isEmpty();
    };
    for (const LeadCall &call : lead.calls) {
        if (call.crm.state.isEmpty())
            continue;
        const auto known = m_crmStates.constFind(call.id);
        if (known == m_crmStates.constEnd()) {
            relevant = relevant || troubled(call.crm);
        } else if (*known != call.crm) {
            relevant = relevant || troubled(call.crm) || troubled(*known);
        } else {
            continue;
        }
        m_crmStates.insert(call.id, call.crm);
    }
    if (relevant && announce)
        Q_EMIT crmStatesChanged();
}

void RepDesk::setLeadCalls(const QString &leadId, const QList<LeadCall> &calls)
{
    if (calls.isEmpty()) {
        m_leadCalls.remove(leadId);
        return;
    }
    // A lead for everyone carries no notes: keep those the feed gave its writer before.
    QList<LeadCall> merged = calls;
    const QList<LeadCall> before = m_leadCalls.value(leadId);
    for (LeadCall &call : merged) {
        if (!call.notes.isEmpty())
            continue;
        for (const LeadCall &known : before) {
            if (known.id == call.id)
                call.notes = known.notes;
        }
    }
    m_leadCalls.insert(leadId, merged);
}

void RepDesk::setLeadNotes(const QString &leadId, const LeadState &state)
{
    // A lead for everyone carries no notes: only a lead that carries mine replaces them.
    if (!state.notes.isEmpty())
        m_leadNotes.insert(leadId, state.notes);
}

QList<LeadNote> RepDesk::notes(const QString &leadId) const
{
    QList<LeadNote> out = m_leadNotes.value(leadId);
    for (const protocol::Request &own : m_calls.value(leadId)) {
        if (own.kind != protocol::Request::Kind::Note)
            continue;
        if (std::none_of(out.cbegin(), out.cend(), [&own](const LeadNote &n) { return n.id == own.id; }))
            out.append(LeadNote{own.id, m_me, own.startedAtMs.value_or(0), own.notes});
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const LeadNote &a, const LeadNote &b) { return a.atMs > b.atMs; });
    return out;
}

QList<protocol::Request> RepDesk::loggedCalls(const QString &leadId) const
{
    QList<LeadCall> calls = m_leadCalls.value(leadId);
    if (calls.isEmpty()) {
        if (const std::optional<LeadState> detail = leadDetail(leadId))
            calls = detail->calls;
    }
    const QList<protocol::Request> mine = m_calls.value(leadId);
    QList<protocol::Request> out;
    QSet<QString> known;
    for (const LeadCall &c : std::as_const(calls)) {
        protocol::Request r;
        r.kind = protocol::Request::Kind::Call;
        r.id = c.id;
        r.leadId = leadId;
        r.rep = c.rep;
        r.startedAtMs = c.startedAtMs;
        r.durationSeconds = c.durationSeconds;
        r.disposition = c.disposition;
        r.notes = c.notes;
        r.qualification = c.qualification;
        for (const protocol::Request &own : mine) {
            if (own.id == c.id && r.notes.isEmpty())
                r.notes = own.notes;
        }
        known.insert(c.id);
        out.append(r);
    }
    for (const protocol::Request &own : mine) {
        if (known.contains(own.id) || own.kind != protocol::Request::Kind::Call)
            continue;
        protocol::Request r = own;
        r.rep = m_me;
        out.append(r);
    }
    std::stable_sort(out.begin(), out.end(), [](const protocol::Request &a, const protocol::Request &b) {
        return a.startedAtMs.value_or(0) > b.startedAtMs.value_or(0);
    });
    return out;
}

QTimeZone RepDesk::taskZone()
{
    return QTimeZone::systemTimeZone();
}

int RepDesk::pendingCount() const
{
    return int(m_store.pending().size());
}

bool RepDesk::visibleToMe(const QueueLead &lead) const
{
    if (lead.status == LeadState::Status::Done) // worked: in my Worked view for 30 days
        return !m_me.isEmpty() && lead.claimedBy == m_me && lead.doneAtMs > m_clock.nowMs() - kWorkedDaysMs;
    if (isManager() || lead.claimedBy.isEmpty())
        return true;
    return lead.isMine(m_me);
}

void RepDesk::applyLead(const LeadState &state, qint64 seq)
{
    noteCrmStates(state, true);
    QueueLead lead = QueueLead::fromLead(state, seq, rules());
    lead.rescore(m_clock.nowMs(), rules());
    const auto previous = m_leads.constFind(lead.id);
    const bool known = previous != m_leads.constEnd();
    if (known && !lead.claimedBy.isEmpty() && previous->claimedBy != lead.claimedBy &&
        lead.claimedBy != m_me && !isManager())
        Q_EMIT leadTaken(lead.id, lead.claimedBy);
    if (visibleToMe(lead)) {
        const bool hot =
            !known && lead.status == LeadState::Status::Open && (lead.tier == 1 || lead.tier == 2);
        const bool escalatedToMe = known && previous->assignedTo != m_me && lead.assignedTo == m_me;
        lead.ordinal = known ? previous->ordinal : ++m_ordinals;
        m_leads.insert(lead.id, lead);
        holdDetail(state);
        setLeadCalls(lead.id, state.calls);
        setLeadNotes(lead.id, state);
        setLeadTasks(lead.id, lead.claimedBy == m_me ? state.tasks : QList<LeadTask>());
        if (hot || escalatedToMe)
            Q_EMIT hotLead(lead.id);
    } else {
        m_leads.remove(lead.id);
        m_details.remove(lead.id);
        m_leadCalls.remove(lead.id);
        m_leadTasks.remove(lead.id);
    }
    reloadTasks();
    m_unsaved.append({state, seq});
    m_changed.insert(lead.id);
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void RepDesk::applyLeads(const QList<QPair<LeadState, qint64>> &leadsWithSeq)
{
    for (const auto &[lead, seq] : leadsWithSeq)
        applyLead(lead, seq);
}

void RepDesk::flush()
{
    m_flushTimer.stop();
    if (!m_unsaved.isEmpty())
        m_store.saveLeads(std::exchange(m_unsaved, {}), m_client.lastSeq());
    if (!m_changed.isEmpty()) {
        LeadBatch batch;
        batch.leads.reserve(m_changed.size());
        for (const QString &id : std::as_const(m_changed)) {
            const auto it = m_leads.constFind(id);
            if (it != m_leads.constEnd())
                batch.leads.append(*it);
            else
                batch.removed.append(id);
        }
        m_changed.clear();
        Q_EMIT leadsChanged(batch);
    }
}

void RepDesk::handleSnapshot(const QList<LeadState> &leads, const QList<protocol::TeamMember> &team,
                             qint64 seq)
{
    m_flushTimer.stop();
    m_unsaved.clear();
    m_changed.clear();
    m_leads.clear();
    m_details.clear();
    m_leadCalls.clear();
    m_leadNotes.clear();
    m_leadTasks.clear();
    const qint64 now = m_clock.nowMs();
    m_crmStates.clear();
    for (const LeadState &state : leads) {
        noteCrmStates(state, false); // the list is read when the Team tab shows
        QueueLead lead = QueueLead::fromLead(state, seq, rules());
        lead.rescore(now, rules());
        lead.ordinal = ++m_ordinals;
        if (visibleToMe(lead)) {
            holdDetail(state);
            setLeadCalls(lead.id, state.calls);
            setLeadNotes(lead.id, state);
            if (lead.claimedBy == m_me)
                setLeadTasks(lead.id, state.tasks);
            m_leads.insert(lead.id, lead);
        }
    }
    reloadTasks();
    if (!m_store.replaceAllLeads(leads, seq))
        qCWarning(lcDesk) << "could not write the local cache";
    m_team = team;
    Q_EMIT teamChanged(m_team);
    Q_EMIT leadsReset(m_leads);
    replayOutbox();
}

void RepDesk::handleResumed(const QList<protocol::TeamMember> &team, qint64 seq)
{
    Q_UNUSED(seq)
    flush();
    m_team = team;
    Q_EMIT teamChanged(m_team);
    replayOutbox();
}

void RepDesk::replayOutbox()
{
    // Paced under the feed's rate limit (20 a second, bursts of 60): a long offline session
    // must not get its own requests refused.
    constexpr int kPerSecond = 15;
    const QList<ConsoleStore::Pending> pending = m_store.pending();
    int sent = 0;
    for (const ConsoleStore::Pending &p : pending) {
        if (m_inFlight.contains(p.id))
            continue;
        if (sent == kPerSecond) {
            QTimer::singleShot(1000, this, [this] {
                if (m_client.isConnected())
                    replayOutbox();
            });
            break;
        }
        if (!m_client.send(p.request))
            break;
        m_inFlight.insert(p.id);
        ++sent;
    }
    if (sent > 0)
        qCInfo(lcDesk) << "replayed" << sent << "of" << pending.size() << "pending requests";
}

QString RepDesk::submit(protocol::Request request)
{
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    request.id = id;
    if (!m_store.enqueue(request, m_clock.nowMs()))
        qCWarning(lcDesk) << "could not store a request in the outbox";
    if (m_client.send(request))
        m_inFlight.insert(id);
    Q_EMIT pendingChanged(pendingCount());
    return id;
}

QString RepDesk::requestMetrics(const QString &from, const QString &to, const QString &rep)
{
    protocol::Request request;
    request.kind = protocol::Request::Kind::Metrics;
    request.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    request.from = from;
    request.until = to;
    request.rep = rep;
    return m_client.send(request) ? request.id : QString();
}

QString RepDesk::requestCalibration(const QString &from, const QString &to)
{
    protocol::Request request;
    request.kind = protocol::Request::Kind::Calibration;
    request.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    request.from = from;
    request.until = to;
    return m_client.send(request) ? request.id : QString();
}

QString RepDesk::requestLedger(const QString &from, const QString &to)
{
    protocol::Request request;
    request.kind = protocol::Request::Kind::Ledger;
    request.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    request.from = from;
    request.until = to;
    return m_client.send(request) ? request.id : QString();
}

QString RepDesk::requestAudit(const QString &leadId)
{
    protocol::Request request;
    request.kind = protocol::Request::Kind::Audit;
    request.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    request.leadId = leadId;
    if (!m_client.send(request))
        return {};
    m_auditRequests.insert(request.id, leadId);
    return request.id;
}

QString RepDesk::requestSyncs()
{
    protocol::Request request;
    request.kind = protocol::Request::Kind::Syncs;
    request.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    return m_client.send(request) ? request.id : QString();
}

QString RepDesk::retrySync(const QString &itemId)
{
    protocol::Request request;
    request.kind = protocol::Request::Kind::RetrySync;
    request.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    request.item = itemId;
    return m_client.send(request) ? request.id : QString();
}

void RepDesk::handleResult(const protocol::Result &result)
{
    const QString &id = result.id;
    const QString message = result.error ? result.error->message : QString();
    if (result.action == protocol::Request::kindName(protocol::Request::Kind::Metrics)) {
        Q_EMIT metricsReady(id, result.metrics, result.csv, message);
        return;
    }
    if (result.action == protocol::Request::kindName(protocol::Request::Kind::Calibration)) {
        Q_EMIT calibrationReady(id, result.calibration, message);
        return;
    }
    if (result.action == protocol::Request::kindName(protocol::Request::Kind::Ledger)) {
        Q_EMIT ledgerReady(id, result.ledger, message);
        return;
    }
    if (result.action == protocol::Request::kindName(protocol::Request::Kind::Audit)) {
        Q_EMIT auditReady(id, m_auditRequests.take(id), result.audit, message);
        return;
    }
    if (result.action == protocol::Request::kindName(protocol::Request::Kind::Syncs)) {
        Q_EMIT syncsReady(id, result.syncs, message);
        return;
    }
    if (result.action == protocol::Request::kindName(protocol::Request::Kind::RetrySync)) {
        Q_EMIT syncRetried(id, message);
        return;
    }
    m_inFlight.remove(id);
    // The server could not store it (or reach its database): keep it and try again later.
    if (!result.error || (result.error->code != protocol::ErrorCode::Storage &&
                          result.error->code != protocol::ErrorCode::Unavailable))
        m_store.remove(id);
    if (!result.ok() && result.lead) {
        applyLead(*result.lead, m_client.lastSeq()); // the truth, e.g. who won
    } else if (!result.ok() && result.action == protocol::Request::kindName(protocol::Request::Kind::Claim)) {
        // Refused without the lead (not visible, not found): it is not ours, whatever we showed.
        const QString leadId = m_claimRequests.value(id);
        auto it = m_leads.find(leadId);
        if (it != m_leads.end() && it->claimedBy == m_me) {
            m_leads.erase(it);
            m_details.remove(leadId);
            m_changed.insert(leadId);
            flush();
        }
    }
    m_claimRequests.remove(id);
    Q_EMIT pendingChanged(pendingCount());
    Q_EMIT actionFinished(id, result.ok(), message);
}

namespace {

protocol::Request request(protocol::Request::Kind kind, const QString &leadId = {})
{
    protocol::Request r;
    r.kind = kind;
    r.leadId = leadId;
    return r;
}

} // namespace

QString RepDesk::claim(const QString &leadId)
{
    auto it = m_leads.find(leadId);
    if (it != m_leads.end() && it->claimedBy.isEmpty()) {
        it->claimedBy = m_me;
        it->status = LeadState::Status::Claimed;
        m_changed.insert(leadId);
        flush();
    }
    const QString id = submit(request(protocol::Request::Kind::Claim, leadId));
    m_claimRequests.insert(id, leadId);
    return id;
}

QString RepDesk::release(const QString &leadId)
{
    return submit(request(protocol::Request::Kind::Release, leadId));
}

QString RepDesk::reassign(const QString &leadId, const QString &to)
{
    protocol::Request r = request(protocol::Request::Kind::Reassign, leadId);
    r.to = to;
    return submit(r);
}

QString RepDesk::setAvailability(Rep::Availability availability)
{
    m_availability = availability;
    protocol::Request r = request(protocol::Request::Kind::Availability);
    r.availability = availability;
    return submit(r);
}

QUrl RepDesk::dial(const QString &leadId) const
{
    const auto it = m_leads.constFind(leadId);
    if (it == m_leads.constEnd() || it->phone.isEmpty())
        return {};
    QString digits = it->phone;
    digits.remove(QRegularExpression(QStringLiteral("[^0-9+]")));
    return QUrl(QStringLiteral("tel:") + digits);
}

QString RepDesk::logCall(const CallLog &call)
{
    const qint64 now = m_clock.nowMs();
    protocol::Request logged = request(protocol::Request::Kind::Call, call.leadId);
    logged.startedAtMs = call.startedAtMs > 0 ? call.startedAtMs : now;
    logged.durationSeconds = call.durationSeconds;
    logged.disposition = call.disposition;
    logged.notes = call.notes;
    logged.qualification = call.qualification;
    auto it = m_leads.find(call.leadId);
    if (it != m_leads.end()) {
        // What the server will make of the call, at once (the same rule: LeadRules::applyCall).
        const LeadRules::CallEffect effect =
            LeadRules::applyCall(it->status, it->claimedBy, it->firstCallAtMs, m_me, call.disposition,
                                 call.startedAtMs > 0 ? call.startedAtMs : now);
        it->status = effect.status;
        it->claimedBy = effect.claimedBy;
        it->firstCallAtMs = effect.firstCallAtMs;
        if (effect.doneNow)
            it->doneAtMs = now;
        const QueueLead lead = *it;
        if (!visibleToMe(lead)) { // worked: it moves to my Worked view, or leaves
            m_leads.erase(it);
            m_details.remove(lead.id);
        }
        m_changed.insert(call.leadId);
        // What the feed will make of its follow-ups, at once (LeadRules::tasksAfterCall); a
        // worked alert's sequence ends with it.
        if (lead.status == LeadState::Status::Done) {
            m_leadTasks.remove(lead.id);
        } else if (m_rules) {
            int band = m_rules->bandForTier(lead.tier);
            if (band < 0)
                band = m_rules->bandForTier(m_rules->alert.minTier);
            setLeadTasks(lead.id,
                         LeadRules::tasksAfterCall(
                             m_leadTasks.value(lead.id),
                             band >= 0 ? &m_rules->bands.at(band).cadence : nullptr, call.disposition,
                             call.startedAtMs > 0 ? call.startedAtMs : now, taskZone()));
        }
        reloadTasks();
        flush();
    }
    logged.id = submit(logged);
    m_store.recordCall(logged);
    m_calls[call.leadId].prepend(logged);
    return logged.id;
}

QString RepDesk::addNote(const QString &leadId, const QString &text)
{
    // The feed refuses a longer one: it would never reach any of my machines.
    if (text.trimmed().isEmpty() || text.trimmed().size() > protocol::kMaxNoteText ||
        !m_leads.contains(leadId))
        return {};
    protocol::Request note = request(protocol::Request::Kind::Note, leadId);
    note.notes = text.trimmed();
    note.startedAtMs = m_clock.nowMs();
    note.id = submit(note);
    m_store.recordCall(note); // kept with my calls, so that it shows before the feed confirms it
    m_calls[leadId].prepend(note);
    return note.id;
}

QString RepDesk::changeTask(protocol::Request::Kind kind, const QString &leadId, int taskId, qint64 dueMs)
{
    const auto queued = m_leads.constFind(leadId);
    const QList<LeadTask> tasks = m_leadTasks.value(leadId);
    const bool open = std::any_of(tasks.cbegin(), tasks.cend(),
                                  [taskId](const LeadTask &t) { return t.id == taskId && !t.done; });
    if (queued == m_leads.constEnd() || !open)
        return {};
    // The same rule as the feed's, on what this console knows of the lead.
    LeadState lead;
    lead.id = leadId;
    lead.claimedBy = queued->claimedBy;
    lead.tasks = tasks;
    Rep me;
    me.name = m_me;
    me.role = isManager() ? Rep::Role::Manager : Rep::Role::Sdr;
    using Kind = protocol::Request::Kind;
    const LeadRules::Decision d = kind == Kind::CompleteTask ? LeadRules::completeTask(lead, taskId, me)
                                  : kind == Kind::SnoozeTask
                                      ? LeadRules::snoozeTask(lead, taskId, me, m_clock.nowMs(), taskZone())
                                      : LeadRules::rescheduleTask(lead, taskId, me, dueMs, taskZone());
    if (!d.ok())
        return {};
    setLeadTasks(leadId, d.lead.tasks);
    reloadTasks();
    protocol::Request r = request(kind, leadId);
    r.taskId = taskId;
    r.dueMs = dueMs;
    return submit(r);
}

QString RepDesk::completeTask(const QString &leadId, int taskId)
{
    return changeTask(protocol::Request::Kind::CompleteTask, leadId, taskId, 0);
}

QString RepDesk::snoozeTask(const QString &leadId, int taskId)
{
    return changeTask(protocol::Request::Kind::SnoozeTask, leadId, taskId, 0);
}

QString RepDesk::rescheduleTask(const QString &leadId, int taskId, qint64 dueMs)
{
    return changeTask(protocol::Request::Kind::RescheduleTask, leadId, taskId, dueMs);
}

void RepDesk::rescore()
{
    // A rescore still under way starts over at the new now: every lead gets the latest time.
    m_rescoreNowMs = m_clock.nowMs();
    m_rescoreIds = m_leads.keys();
    rescoreSlice();
    if (isRescoring())
        m_rescoreTimer.start(0);
}

void RepDesk::rescoreSlice()
{
    // Leads that came or went since the rescore began are looked up, not assumed: a new one
    // was scored when it came, one that went is skipped.
    const qsizetype count = std::min(kRescoreSlice, m_rescoreIds.size());
    for (qsizetype i = 0; i < count; ++i) {
        const auto it = m_leads.find(m_rescoreIds.at(i));
        if (it != m_leads.end() && it->rescore(m_rescoreNowMs, rules()))
            m_changed.insert(it.key());
    }
    m_rescoreIds.remove(0, count);
    if (!isRescoring())
        m_rescoreTimer.stop();
    // The flush waits for the last slice, so that one rescore is one batch for the models.
    if (!isRescoring() && !m_changed.isEmpty() && !m_flushTimer.isActive())
        m_flushTimer.start();
}
