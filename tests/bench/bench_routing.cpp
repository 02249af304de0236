// A team day in compressed time against the real AlertDesk (real SQLite store, the hot rules, a
// ManualClock): 8 SDRs and a manager, 200 hot leads over eight hours, reps who are fast, slow,
// away for a while, dropping off the network, never claiming, one weighted double and one who
// clicks fast and calls slowly. Prints, for both visibility modes: orphans (open leads nobody
// can act on), share per rep against its weight, escalations, and alert->claim and alert->first
// call P50/P95 per rep. Figures: docs/benchmarks.md. Options: --leads N, --seed S, --cap N.

#include "clock/clock.h"
#include "events/segmentreader.h"
#include "routing/alertdesk.h"
#include "rules/rules.h"
#include "store/sqlitefeedstore.h"
#include "team/teamstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <deque>
#include <map>

namespace {

constexpr qint64 kSecond = 1000;
constexpr qint64 kMinute = 60 * kSecond;
constexpr qint64 kStep = 5 * kSecond;
constexpr qint64 kDetection = 25 * kSecond; // a silent console is dropped 20-30 s after it went

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

struct Behaviour
{
    QString name;
    double weight = 1;
    double reactMin = 30, reactMax = 120; // seconds from seeing a lead to claiming it
    double callMin = 120, callMax = 300;  // seconds a call takes (the next starts after it)
    bool neverClaims = false;
    QList<QPair<int, int>> away; // minutes after the start of the day
    QList<QPair<int, int>> dropped;
};

struct SimRep
{
    Behaviour b;
    qint64 id = 0;
    bool away = false;
    bool connected = true; // the truth: is the network up
    bool serverOnline = true;
    qint64 detectAt = 0;
    std::map<QString, qint64> planned; // lead -> when they will try to claim it
    std::deque<QString> toCall;
    QString calling;
    qint64 callStart = 0, callEnd = 0;
};

QJsonObject call(const QString &type, const QString &user, qint64 atMs, const QJsonObject &fields)
{
    QJsonObject c = fields;
    c.insert(QStringLiteral("type"), type);
    c.insert(QStringLiteral("userId"), user);
    c.insert(QStringLiteral("timestamp"),
             QDateTime::fromMSecsSinceEpoch(atMs, Qt::UTC).toString(Qt::ISODateWithMs));
    return c;
}

QByteArray leadEvents(const QString &user, int tier, qint64 atMs)
{
    const auto track = [&](const char *event) {
        return call(QStringLiteral("track"), user, atMs,
                    {{QStringLiteral("event"), QString::fromLatin1(event)}});
    };
    QJsonArray calls{call(QStringLiteral("identify"), user, atMs,
                          {{QStringLiteral("traits"), QJsonObject{{QStringLiteral("name"), user}}}}),
                     track("Demo Requested")};
    if (tier == 1) {
        calls.append(track("Contact Sales Submitted"));
        calls.append(call(QStringLiteral("page"), user, atMs,
                          {{QStringLiteral("properties"),
                            QJsonObject{{QStringLiteral("path"), QStringLiteral("/pricing")}}}}));
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("type"), QStringLiteral("batch")},
                                     {QStringLiteral("batch"), calls}})
        .toJson(QJsonDocument::Compact);
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype index = std::min<qsizetype>(values.size() - 1, qsizetype(p * double(values.size())));
    return values.at(index);
}

QString minutes(double ms)
{
    return QString::number(ms / kMinute, 'f', 1);
}

struct DayResult
{
    int leads = 0;
    int orphanLeads = 0;            // leads with any time where nobody could act on them
    double orphanSeconds = 0;       // in total
    double maxOrphanSeconds = 0;    // the longest for one lead
    int orphansBeyondDetection = 0; // orphaned longer than the dead-peer detection allows
};

DayResult runDay(Visibility visibility, int leadCount, quint32 seed, int cap)
{
    QTemporaryDir dir;
    QString error;
    const auto rules = Rules::load(QStringLiteral("hot"), &error);
    const auto database = Database::open(dir.filePath(QStringLiteral("bench.db")), &error);
    if (!rules || !database) {
        out() << "setup failed: " << error << Qt::endl;
        return {};
    }
    SqliteFeedStore store(*database);
    TeamStore team(store);
    // Tuesday 2026-03-10, 09:00 UTC: an eight-hour day.
    const qint64 start = QDateTime(QDate(2026, 3, 10), QTime(9, 0), Qt::UTC).toMSecsSinceEpoch();
    const qint64 end = start + 8 * 60 * kMinute;
    ManualClock clock(start);

    QList<Behaviour> behaviours;
    const auto normal = [](const QString &name) {
        Behaviour b;
        b.name = name;
        return b;
    };
    behaviours << normal(QStringLiteral("ana")) << normal(QStringLiteral("ben"));
    Behaviour fast = normal(QStringLiteral("fay"));
    fast.reactMin = 3, fast.reactMax = 10, fast.callMin = 480,
    fast.callMax = 900; // clicks fast, calls slowly
    Behaviour slow = normal(QStringLiteral("sol"));
    slow.reactMin = 180, slow.reactMax = 420, slow.callMin = 240, slow.callMax = 480;
    Behaviour away = normal(QStringLiteral("abe"));
    away.away = {{20, 30}, {60, 120}, {150, 165}, {210, 220}, {300, 330}, {400, 410}};
    Behaviour flaky = normal(QStringLiteral("dot"));
    flaky.dropped = {{15, 17},   {45, 52},   {95, 97},   {130, 133},
                     {170, 185}, {240, 243}, {330, 336}, {400, 404}};
    Behaviour never = normal(QStringLiteral("nil"));
    never.neverClaims = true;
    Behaviour heavy = normal(QStringLiteral("hal"));
    heavy.weight = 2;
    behaviours << fast << slow << away << flaky << never << heavy;

    QList<SimRep> reps;
    for (const Behaviour &b : std::as_const(behaviours)) {
        Rep rep;
        rep.name = b.name;
        rep.weight = b.weight;
        const auto added = team.add(rep, &error);
        SimRep sim;
        sim.b = b;
        sim.id = added ? added->rep.id : 0;
        reps.append(sim);
    }
    Rep boss;
    boss.name = QStringLiteral("max");
    boss.role = Rep::Role::Manager;
    team.add(boss, &error);

    AlertDesk::Options options;
    options.visibility = visibility;
    options.maxUncalledClaims = cap;
    options.reconnectGraceMs = 0;
    AlertDesk desk(store, team, *rules, clock, options);
    if (!desk.start(&error)) {
        out() << "start failed: " << error << Qt::endl;
        return {};
    }
    for (const SimRep &r : std::as_const(reps))
        desk.setOnline(r.b.name, true);
    desk.setOnline(QStringLiteral("max"), true);

    QRandomGenerator random(seed);
    QList<qint64> arrivals;
    for (int i = 0; i < leadCount; ++i)
        arrivals.append(start + qint64(random.generateDouble() * double(end - start - 30 * kMinute)));
    std::sort(arrivals.begin(), arrivals.end());
    qsizetype nextArrival = 0;
    int requestId = 0;
    const auto request = [&](SimRep *r, protocol::Request::Kind kind) {
        protocol::Request q;
        q.kind = kind;
        q.id = QStringLiteral("r%1").arg(++requestId);
        Q_UNUSED(r);
        return q;
    };
    const auto repNamed = [&](const QString &name) { return desk.rep(name).value_or(Rep()); };
    QHash<QString, double> orphanSeconds;
    QHash<QString, qint64> managerSeen;

    for (qint64 t = start; t <= end; t += kStep) {
        clock.setNowMs(t); // runs due claim windows and SLA checks
        const int minute = int((t - start) / kMinute);
        // New leads.
        while (nextArrival < arrivals.size() && arrivals.at(nextArrival) <= t) {
            const QString user = QStringLiteral("lead%1").arg(nextArrival);
            const int tier = random.bounded(4) == 0 ? 2 : 1;
            const auto read = SegmentReader::readJson(leadEvents(user, tier, t),
                                                      QDateTime::fromMSecsSinceEpoch(t, Qt::UTC));
            desk.ingest(read.calls, &error);
            ++nextArrival;
        }
        // Presence: away windows (the rep says so), network drops (the server notices later).
        for (SimRep &r : reps) {
            const bool shouldBeAway = std::any_of(r.b.away.cbegin(), r.b.away.cend(), [&](const auto &w) {
                return minute >= w.first && minute < w.second;
            });
            if (shouldBeAway != r.away) {
                r.away = shouldBeAway;
                protocol::Request q = request(&r, protocol::Request::Kind::Availability);
                q.availability = shouldBeAway ? Rep::Availability::Away : Rep::Availability::Available;
                desk.handleAction(repNamed(r.b.name), q);
            }
            const bool shouldBeDown =
                std::any_of(r.b.dropped.cbegin(), r.b.dropped.cend(),
                            [&](const auto &w) { return minute >= w.first && minute < w.second; });
            if (shouldBeDown && r.connected) {
                r.connected = false;
                r.detectAt = t + kDetection;
            }
            if (!r.connected && r.serverOnline && t >= r.detectAt) {
                r.serverOnline = false;
                desk.setOnline(r.b.name, false);
            }
            if (!shouldBeDown && !r.connected) {
                r.connected = true;
                if (!r.serverOnline) {
                    r.serverOnline = true;
                    desk.setOnline(r.b.name, true);
                }
            }
        }
        // Reps act on what they see: plan a claim, claim when the moment comes, call in turn.
        const QList<LeadState> leads = desk.leads();
        for (SimRep &r : reps) {
            const bool canAct = r.connected && !r.away;
            const Rep rep = repNamed(r.b.name);
            if (canAct && !r.b.neverClaims) {
                for (const LeadState &lead : leads) {
                    if (lead.status != LeadState::Status::Open || !lead.claimedBy.isEmpty() ||
                        r.planned.count(lead.id))
                        continue;
                    const bool mine = visibility == Visibility::AllRecords
                                          ? desk.policy().canSee(rep, lead)
                                          : Rotation::responsible(lead) == rep.name;
                    if (mine)
                        r.planned[lead.id] =
                            t +
                            qint64((r.b.reactMin + random.generateDouble() * (r.b.reactMax - r.b.reactMin)) *
                                   kSecond);
                }
                for (auto it = r.planned.begin(); it != r.planned.end();) {
                    const auto lead = desk.lead(it->first);
                    if (!lead || lead->status != LeadState::Status::Open) {
                        it = r.planned.erase(it);
                        continue;
                    }
                    if (it->second > t) {
                        ++it;
                        continue;
                    }
                    protocol::Request q = request(&r, protocol::Request::Kind::Claim);
                    q.leadId = it->first;
                    const protocol::Result result = desk.handleAction(rep, q);
                    if (result.ok()) {
                        r.toCall.push_back(it->first);
                        it = r.planned.erase(it);
                    } else if (result.error->code == protocol::ErrorCode::ClaimLimit) {
                        it->second = std::max(r.callEnd, t) + kStep; // after the call in progress
                        ++it;
                    } else {
                        it = r.planned.erase(it);
                    }
                }
            }
            if (!r.calling.isEmpty() && t >= r.callEnd) {
                protocol::Request q = request(&r, protocol::Request::Kind::Call);
                q.leadId = r.calling;
                q.disposition = QStringLiteral("no_answer");
                q.startedAtMs = r.callStart;
                q.durationSeconds = (r.callEnd - r.callStart) / kSecond;
                desk.handleAction(rep, q);
                r.calling.clear();
            }
            if (r.calling.isEmpty() && !r.toCall.empty()) {
                r.calling = r.toCall.front();
                r.toCall.pop_front();
                r.callStart = t;
                r.callEnd = t + qint64((r.b.callMin + random.generateDouble() * (r.b.callMax - r.b.callMin)) *
                                       kSecond);
            }
        }
        // The manager gives what reached their queue to the least loaded rep who is there.
        for (const LeadState &lead : desk.leads()) {
            if (lead.status != LeadState::Status::Open || lead.escalation != LeadState::ManagerQueue ||
                !lead.claimedBy.isEmpty())
                continue;
            if (!managerSeen.contains(lead.id))
                managerSeen.insert(lead.id, t);
            if (t - managerSeen.value(lead.id) < 2 * kMinute)
                continue;
            const SimRep *best = nullptr;
            for (const SimRep &r : std::as_const(reps)) {
                if (!r.connected || r.away || r.b.neverClaims)
                    continue;
                if (!best || r.toCall.size() < best->toCall.size())
                    best = &r;
            }
            if (!best)
                continue;
            protocol::Request q;
            q.kind = protocol::Request::Kind::Reassign;
            q.id = QStringLiteral("m%1").arg(++requestId);
            q.leadId = lead.id;
            q.to = best->b.name;
            if (desk.handleAction(repNamed(QStringLiteral("max")), q).ok()) {
                for (SimRep &r : reps) {
                    if (r.b.name == best->b.name)
                        r.toCall.push_back(lead.id);
                }
            }
        }
        // Orphans, by the truth (not the server's belief): an open, unclaimed lead whose rep
        // cannot act on it, or in the pool with no rep who can.
        for (const LeadState &lead : desk.leads()) {
            if (lead.status != LeadState::Status::Open || !lead.claimedBy.isEmpty() ||
                lead.escalation == LeadState::ManagerQueue)
                continue;
            const QString who = Rotation::responsible(lead);
            const auto able = [&](const SimRep &r) { return r.connected && !r.away && !r.b.neverClaims; };
            bool orphan = false;
            if (!who.isEmpty()) {
                orphan = std::none_of(reps.cbegin(), reps.cend(), [&](const SimRep &r) {
                    return r.b.name == who && r.connected && !r.away;
                });
            } else {
                orphan = std::none_of(reps.cbegin(), reps.cend(), able);
            }
            if (orphan)
                orphanSeconds[lead.id] += double(kStep) / kSecond;
        }
    }

    // ---- figures ----
    DayResult day;
    const QList<LeadState> leads = desk.leads();
    day.leads = int(leads.size());
    for (auto it = orphanSeconds.cbegin(); it != orphanSeconds.cend(); ++it) {
        ++day.orphanLeads;
        day.orphanSeconds += it.value();
        day.maxOrphanSeconds = std::max(day.maxOrphanSeconds, it.value());
        if (it.value() > 30)
            ++day.orphansBeyondDetection;
    }
    QHash<QString, int> offered, claims, escalatedTo;
    QHash<QString, double> owed;
    int escalations = 0, reroutes = 0, reassigned = 0;
    QHash<QString, QList<double>> toClaim, toCall;
    for (const LeadState &lead : leads) {
        if (!lead.claimedBy.isEmpty()) {
            if (qEnvironmentVariableIsSet("BENCH_ROUTING_DEBUG") &&
                lead.claimedAtMs - lead.alertAtMs > 30 * kMinute) {
                out() << lead.id << " tier " << lead.tier << " claimed by " << lead.claimedBy << " after "
                      << minutes(double(lead.claimedAtMs - lead.alertAtMs)) << " min:";
                for (const auto &row : desk.auditFor(lead.id, nullptr).value_or(QList<FeedStore::AuditRow>()))
                    out() << " [" << minutes(double(row.atMs - lead.alertAtMs)) << " " << row.action << " "
                          << QString::fromUtf8(row.detail) << "]";
                out() << "\n";
            }
            ++claims[lead.claimedBy];
            toClaim[lead.claimedBy].append(double(lead.claimedAtMs - lead.alertAtMs));
            if (lead.firstCallAtMs > 0)
                toCall[lead.claimedBy].append(double(lead.firstCallAtMs - lead.alertAtMs));
        }
        for (const FeedStore::AuditRow &row :
             desk.auditFor(lead.id, nullptr).value_or(QList<FeedStore::AuditRow>())) {
            const QJsonObject d = QJsonDocument::fromJson(row.detail).object();
            if (row.action == u"offered" && d.value(QStringLiteral("reason")).toString() == u"rotation") {
                const QString to = d.value(QStringLiteral("to")).toString();
                ++offered[to];
                // Who was eligible: everyone in the rotation but those skipped.
                QStringList eligible;
                for (const SimRep &r : std::as_const(reps))
                    eligible.append(r.b.name);
                for (const QJsonValue &skip : d.value(QStringLiteral("skipped")).toArray())
                    eligible.removeAll(skip.toObject().value(QStringLiteral("rep")).toString());
                double total = 0;
                for (const SimRep &r : std::as_const(reps))
                    total += eligible.contains(r.b.name) ? r.b.weight : 0;
                for (const SimRep &r : std::as_const(reps))
                    owed[r.b.name] += eligible.contains(r.b.name) ? r.b.weight / total : 0;
            } else if (row.action == u"escalated" &&
                       d.value(QStringLiteral("reason")).toString() == u"claim_window") {
                ++escalations;
                ++escalatedTo[d.value(QStringLiteral("to")).toString()];
            } else if (row.action == u"rerouted") {
                ++reroutes;
            } else if (row.action == u"reassign") {
                ++reassigned;
            }
        }
    }
    int totalClaims = 0;
    for (const int c : std::as_const(claims))
        totalClaims += c;
    out() << "\n## " << visibilityName(visibility) << " (" << day.leads << " alerts, cap " << cap << ", seed "
          << seed << ")\n\n";
    out() << "orphans: " << day.orphanLeads << " leads, " << day.orphanSeconds << " s in total, longest "
          << day.maxOrphanSeconds << " s; beyond the 30 s dead-peer detection: " << day.orphansBeyondDetection
          << "\n";
    out() << "escalations (claim window ran out): " << escalations << ", reroutes (rep left): " << reroutes
          << ", manager reassignments: " << reassigned << "\n";
    if (!escalatedTo.isEmpty()) {
        out() << "escalated to:";
        for (auto it = escalatedTo.cbegin(); it != escalatedTo.cend(); ++it)
            out() << " " << it.key() << " " << it.value();
        out() << "\n";
    }
    out() << "\n| rep | weight | behaviour | offered by rotation | owed by weight | deviation | claims | "
             "share of claims | alert->claim P50/P95 min | alert->first call P50/P95 min |\n";
    out() << "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n";
    const QHash<QString, QString> kinds{
        {QStringLiteral("ana"), QStringLiteral("normal")},
        {QStringLiteral("ben"), QStringLiteral("normal")},
        {QStringLiteral("fay"), QStringLiteral("fast clicker, slow caller")},
        {QStringLiteral("sol"), QStringLiteral("slow")},
        {QStringLiteral("abe"), QStringLiteral("away 6 times, 2 h 15 in all")},
        {QStringLiteral("dot"), QStringLiteral("network drops 8 times")},
        {QStringLiteral("nil"), QStringLiteral("never claims")},
        {QStringLiteral("hal"), QStringLiteral("normal, weight 2")}};
    for (const SimRep &r : std::as_const(reps)) {
        const QString name = r.b.name;
        const double o = owed.value(name);
        const QString deviation = o > 0
                                      ? QString::number(100.0 * (offered.value(name) - o) / o, 'f', 1) + u'%'
                                      : QStringLiteral("-");
        out() << "| " << name << " | " << r.b.weight << " | " << kinds.value(name) << " | "
              << offered.value(name) << " | " << QString::number(o, 'f', 1) << " | " << deviation << " | "
              << claims.value(name) << " | "
              << QString::number(totalClaims ? 100.0 * claims.value(name) / totalClaims : 0, 'f', 1) << "% | "
              << minutes(percentile(toClaim.value(name), 0.5)) << " / "
              << minutes(percentile(toClaim.value(name), 0.95)) << " | "
              << minutes(percentile(toCall.value(name), 0.5)) << " / "
              << minutes(percentile(toCall.value(name), 0.95)) << " |\n";
    }
    out().flush();
    return day;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("firstcall.*.info=false"));
    QCommandLineParser parser;
    const QCommandLineOption leads(QStringLiteral("leads"), QStringLiteral("Alerts in the day (200)."),
                                   QStringLiteral("N"), QStringLiteral("200"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Random seed (15)."),
                                  QStringLiteral("S"), QStringLiteral("15"));
    const QCommandLineOption cap(QStringLiteral("cap"), QStringLiteral("--max-uncalled-claims (3)."),
                                 QStringLiteral("N"), QStringLiteral("3"));
    parser.addOptions({leads, seed, cap});
    parser.addHelpOption();
    parser.process(app);
    out() << "# Team day: 8 SDRs and a manager, compressed time (5 s steps)\n";
    int failures = 0;
    for (const Visibility visibility : {Visibility::OwnedRecords, Visibility::AllRecords}) {
        const DayResult day = runDay(visibility, parser.value(leads).toInt(), parser.value(seed).toUInt(),
                                     parser.value(cap).toInt());
        failures += day.orphansBeyondDetection > 0 ? 1 : 0;
    }
    return failures == 0 ? 0 : 1;
}
