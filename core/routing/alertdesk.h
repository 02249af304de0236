#pragma once

#include "events/segmentcall.h"
#include "leadrules.h"
#include "leads/leadgraph.h"
#include "leadstate.h"
#include "protocol/messages.h"
#include "rotation.h"
#include "routingpolicy.h"
#include "rules/rules.h"
#include "scoring/scoringengine.h"
#include "store/feedstore.h"
#include "team/rep.h"
#include "team/repkey.h"

#include <QHash>
#include <QJsonArray>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <deque>
#include <memory>
#include <optional>

class Clock;
class FeedStore;
class TeamStore;

// The feed server's authority over leads: it stores and scores incoming events, raises one
// alert per lead, decides who may see it, arbitrates claims, escalates unclaimed alerts
// (backup rep, then the manager queue), flags SLA breaches, and writes every change to a
// numbered journal that consoles follow and resume from. Runs on one thread; every change is
// durable before it is published.
class AlertDesk final : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        Visibility visibility = Visibility::AllRecords;
        qint64 decayTickMs = 60'000;       // rescore open leads as time passes
        int journalInMemory = 20'000;      // recent entries kept for fast resume
        qint64 journalRetention = 200'000; // entries kept in the database
        int historyInCard = 50;            // newest activities sent with a lead
        // The database file metrics requests read on a connection and thread of their own, so
        // that a dashboard refresh never holds up an alert; empty: read here (in-memory tests).
        QString metricsDatabasePath;
        qint64 maxReplay = 5'000; // a longer backlog is answered with a gap and a snapshot
        // Anti-hoarding: claimed leads not called yet a rep may hold (0: no limit); also the
        // load above which the rotation passes a rep over.
        int maxUncalledClaims = 3;
        qint64 teamPollMs = 2'000; // how often the team's version is checked for edits
        // A rep who let this many leads in a row run out their claim window is passed over
        // for missedCooldownMs after the last one, or until they claim, change their
        // availability or reconnect (0: never).
        int maxMissedClaims = 2;
        qint64 missedCooldownMs = 30 * 60'000;
        // After a start, consoles have this long to reconnect before their leads move on.
        qint64 reconnectGraceMs = 30'000;
        // Several servers on one database (FeedStore::sharedByServers): this server's name in
        // the presence table and the logs, how often it looks for the others' changes (besides
        // their notifications) and says it is alive, and how long a silent server's consoles
        // still count as connected.
        QString instanceName;
        qint64 followPollMs = 1'000;
        qint64 heartbeatMs = 5'000;
        qint64 presenceTimeoutMs = 20'000;
    };

    // One published change: the lead as it is now, and who may receive it.
    struct Entry
    {
        qint64 seq = 0;
        QString leadId;
        QByteArray leadJson; // the lead as compact JSON, as stored and sent
        QString claimedBy;   // who holds it now, if anyone: told even to those who lost sight of it
        QStringList audience;
        QStringList departed; // reps who could see the previous version and cannot see this one

        // The rule every path applies: managers and the audience get the whole lead; those who
        // just lost sight of it learn only that (and who took it).
        bool showsLeadTo(const Rep &rep) const { return rep.isManager() || audience.contains(rep.name); }
        bool concerns(const Rep &rep) const { return showsLeadTo(rep) || departed.contains(rep.name); }
    };

    // What the integrations (core/integrations/) must remember about a change, written in the
    // transaction that stores it: nothing reported is lost on a crash, nothing is invented by a
    // rolled-back change. Returning false rolls the change back.
    class Recorder
    {
    public:
        virtual ~Recorder() = default;
        // `before` is null for a lead that never alerted.
        virtual bool leadChanged(const LeadState *before, const LeadState &after, qint64 atMs,
                                 QString *error) = 0;
        virtual bool callLogged(const FeedStore::CallRow &call, const Rep &rep, const LeadState &lead,
                                QString *error) = 0;
        // Whether each logged call is written to a CRM (its LeadCall::crm starts as waiting).
        virtual bool logsCallsToCrm() const { return false; }
        // The CRM's name as managers know it ("HubSpot", "Salesforce"); empty without one.
        virtual QString crmName() const { return {}; }
    };
    // Who owns a lead's record in the CRM, asked when the lead alerts in owned-records mode. It
    // answers at once from what it knows (never blocking), and may look the answer up for next time.
    class OwnerDirectory
    {
    public:
        struct Answer
        {
            QString rep;    // the rep who owns the record; empty: none to be had
            QString reason; // why none, for the audit ("not known yet", "no contact", ...)
        };
        virtual ~OwnerDirectory() = default;
        virtual Answer ownerOf(const LeadState &lead) = 0;
    };

    AlertDesk(FeedStore &store, TeamStore &team, const Rules &rules, Clock &clock, Options options,
              QObject *parent = nullptr);
    // Both optional, set before start(), owned by the caller.
    void setRecorder(Recorder *recorder) { m_recorder = recorder; }
    void setOwnerDirectory(OwnerDirectory *directory) { m_owners = directory; }
    ~AlertDesk() override;

    // Loads the team, rebuilds the leads from the stored events, restores alerts and timers.
    bool start(QString *error);

    struct IngestResult
    {
        int accepted = 0;
        int duplicates = 0;
    };
    // Stores the calls durably (all or none), then scores them and publishes what changed.
    std::optional<IngestResult> ingest(const QList<SegmentCall> &calls, QString *error);
    // The same with group commit: the calls of every request that arrives while a transaction
    // runs are stored together in the next one (one writer lock, one commit), in the order they
    // came. `reply` runs on this thread once they are durable, or with the error when that
    // transaction failed (then none of its requests' calls is stored).
    using IngestReply = std::function<void(const std::optional<IngestResult> &result, const QString &error)>;
    void ingestLater(QList<SegmentCall> calls, IngestReply reply);
    // Events one group commit takes at most; more wait for the next.
    static constexpr qsizetype kMaxEventsPerCommit = 5'000;

    // A console's request (claim, release, call, availability, reassign, metrics) and its
    // result. A repeated client id returns the first result again.
    protocol::Result handleAction(const Rep &rep, const protocol::Request &request);
    // The same, answered through `reply` on this thread: later for a metrics request when
    // Options::metricsDatabasePath is set (computed on a worker thread), at once otherwise.
    void handleActionLater(const Rep &rep, const protocol::Request &request,
                           const std::function<void(const protocol::Result &)> &reply);

    void setOnline(const QString &repName, bool online);
    void reloadTeam();
    // Reloads the team when `rep edit` (or add, remove) changed it, and applies the change to
    // open leads at once: audiences, and leads whose rep can no longer act move on.
    void pollTeam();
    // The CRM wrote the call `callId` of the lead (or gave up on it): its CRM state, and the
    // link of the lead's record when known, are stored and published like any change. False
    // when the lead or call is not (any longer) known, or the change could not be stored.
    bool setCallCrm(const QString &leadId, const QString &callId, const LeadCall::Crm &crm,
                    const QString &leadCrmUrl, QString *error = nullptr);
    // Every routing decision about a lead, in order (FeedStore's audit).
    std::optional<QList<FeedStore::AuditRow>> auditFor(const QString &leadId, QString *error) const;

    qint64 lastSeq() const { return m_seq; }
    // What this rep missed after `seq`, in order; nullopt when that history is gone (a gap).
    std::optional<QList<Entry>> entriesSince(qint64 seq, const Rep &rep) const;
    // Every open or claimed lead the rep may see, and the leads they worked in the last 30 days,
    // newest alert first.
    QList<LeadState> snapshot(const Rep &rep) const;
    // Every rep with their presence and open load.
    QList<protocol::TeamMember> team() const;
    std::optional<LeadState> lead(const QString &id) const;
    QList<LeadState> leads() const;
    const RoutingPolicy &policy() const { return m_policy; }
    const Rules &rules() const { return m_rules; }
    std::optional<Rep> rep(const QString &name) const;

    // Runs due claim windows and SLA checks and rescores open leads (also on a timer). With
    // several servers on the database, only in the one that holds the timers.
    void processDue();

    // Several servers on one database: takes in what the others committed (events into the
    // lead graph, journal entries into the leads, published to this server's consoles).
    void follow();
    // The database cannot be reached: changes are refused until it can again.
    bool degraded() const { return m_degraded; }
    bool holdsTimers() const { return m_holdsTimers; }

Q_SIGNALS:
    void published(const AlertDesk::Entry &entry);
    void teamChanged(const protocol::TeamMember &rep);
    void teamReloaded();
    void alertRaised(const LeadState &lead);
    // A manager queued a failed sync again (retry_sync): the outbox has an item due now.
    void syncRequeued();
    // The database went away (`degraded`, with the reason) or came back.
    void degradedChanged(bool degraded, const QString &reason);

private:
    // A metrics or calibration request's answer, read from `store` (on any thread); `nowMs`
    // tells the alerts still inside their call SLA ("not yet") from those never called.
    static protocol::Result reportResult(FeedStore &store, const Rules &rules,
                                         const protocol::Request &request, std::pair<qint64, qint64> range,
                                         const QString &rep, qint64 nowMs, const QString &crmName);
    std::optional<protocol::Result> refuseReport(const Rep &rep, const protocol::Request &request) const;
    LeadCard buildCard(const QString &leadId) const;
    protocol::TeamMember member(const Rep &rep) const;
    void evaluate(const LeadGraph::Change &change, qint64 nowMs, QList<LeadState> *changed);
    void evaluateLead(const QString &leadId, bool alert, int tier, double score, int tierBand,
                      qint64 latestSignalMs, qint64 nowMs, QList<LeadState> *changed);
    void openAlert(LeadState *lead, int tierBand, qint64 nowMs);
    QJsonObject segmentsFor(const QString &leadId) const;
    bool routingTraitsChanged(const QJsonObject &before, const QJsonObject &after) const;
    QString chooseOwner(const LeadState &lead, const QString &current);
    void reroute(LeadState *lead, qint64 nowMs);
    Rotation::Pick pickBackup(const LeadState &lead, qint64 nowMs, const QStringList &exclude = {});
    Rotation::Pick pickOwner(const LeadState &lead, qint64 nowMs, const QStringList &exclude = {});
    QList<Rotation::Candidate> candidates() const;
    Rotation::Context routingContext(const LeadState &lead, qint64 nowMs, const QStringList &exclude) const;
    // Moves open leads whose rep can no longer act (away, offline, off hours) to the next one.
    void rescueOrphans(qint64 nowMs, QList<LeadState> *changed);
    bool moveIfOrphaned(LeadState *lead, qint64 nowMs, const QList<Rotation::Candidate> &team);
    void applyTeamChange();
    void audit(const LeadState &lead, const QString &action, const QJsonObject &detail, qint64 repId = 0);
    // detail: the compact JSON text of the audit's detail object.
    void auditCompact(const LeadState &lead, const QString &action, const QByteArray &detail,
                      qint64 repId = 0);
    void saveLedger(const QString &name, const Rotation::Ledger &ledger);
    // The rotation ledgers and the missed-window pass-over, as saved by saveLedger().
    void readRotation();
    // The pass-over of reps who let their leads run out (m_missed), kept in the settings.
    void saveMissed();
    void clearMissed(const QString &repName);
    // How claim windows run: wall clock, or the rules' business hours.
    LeadRules::SlaClock slaClock() const;
    // Follow-ups count business days in the time zone of the rep who holds or owns the lead.
    QTimeZone taskZone(const LeadState &lead) const;
    QStringList audienceFor(const LeadState &lead) const;
    bool persist(QList<LeadState> changed, QString *error,
                 const std::function<bool()> &alsoInTransaction = {});
    void publish(const QList<Entry> &entries);
    protocol::Result performAction(const Rep &rep, const protocol::Request &request, qint64 nowMs,
                                   QList<LeadState> *changed, std::function<bool()> *alsoStore);
    protocol::Result retrySync(const Rep &rep, const protocol::Request &request, qint64 nowMs,
                               QList<LeadState> *changed, std::function<bool()> *alsoStore);
    void scheduleNextDeadline();
    void considerDeadlines(const LeadState &lead);

    // Several servers on one database (FeedStore::sharedByServers(), docs/architecture.md):
    // `work` runs under the database's writer lock after catching up with the other servers;
    // what it publishes goes out once committed. Where one server owns the database: work().
    bool exclusively(const std::function<bool()> &work, QString *error = nullptr);
    // The calls of several requests in one transaction; a result for each.
    std::optional<QList<IngestResult>> ingestGroups(const QList<QList<SegmentCall>> &groups, QString *error);
    std::optional<QList<IngestResult>> ingestNow(const QList<QList<SegmentCall>> &groups, QString *error);
    void commitQueuedIngest();
    protocol::Result handleActionNow(const Rep &rep, const protocol::Request &request);
    bool processDueNow();
    // The lead graph, leads, journal and ledgers as stored.
    bool loadFromStore(qint64 *events, QString *error);
    bool catchUp(bool writer, QString *error);
    bool refreshPresence(QString *error);
    void tick();
    void setDegraded(bool degraded, const QString &reason);
    void checkConnection(const QString &failure);
    void reconnected();
    bool online(const QString &repName) const;
    void putLead(const LeadState &lead);
    void clearLeads();

    FeedStore &m_store;
    TeamStore &m_team;
    const Rules &m_rules;
    Clock &m_clock;
    Options m_options;
    RoutingPolicy m_policy;
    std::unique_ptr<LeadGraph> m_graph;
    std::unique_ptr<ScoringEngine> m_engine;
    std::unique_ptr<ScoreBoard> m_board;
    QList<Rep> m_reps;
    QHash<RepKey, int> m_sessions;     // rep name -> connected consoles
    QHash<QString, LeadState> m_leads; // written through putLead() and clearLeads() only
    QHash<RepKey, int> m_load;         // rep name -> leads counting against them (Rotation::loadOn)
    std::deque<Entry> m_recent;
    qint64 m_seq = 0;
    qint64 m_nextDeadlineMs = 0;
    LeadGraph::Change m_unsavedEvaluation;     // leads to evaluate again after a failed save
    Rotation::Ledger m_ledger;                 // new leads (owned-records)
    Rotation::Ledger m_escalationLedger;       // backups picked by rotation
    QList<FeedStore::AuditRow> m_pendingAudit; // written with the next persist()
    QString m_teamVersion;
    struct Missed
    {
        int count = 0; // claim windows run out on their leads since they acted
        qint64 lastMs = 0;
    };
    QHash<RepKey, Missed> m_missed;
    struct Offered
    {
        QStringList to;
        QList<QPair<QString, Rotation::Skip>> skipped;
        QByteArray detail; // the "offered" audit's, written for the last new lead in all-records
    } m_offered;
    Recorder *m_recorder = nullptr;
    OwnerDirectory *m_owners = nullptr;
    bool m_started = false;
    qint64 m_startedAtMs = 0;
    QTimer m_teamPoll;
    QTimer m_deadlineTimer;
    QTimer m_decayTimer;

    bool m_shared = false;    // several servers on the database
    qint64 m_eventCursor = 0; // the newest stored event in the lead graph
    int m_exclusiveDepth = 0;
    bool m_needsReload = false;  // a change failed to commit: memory is ahead of the database
    QList<Entry> m_unpublished;  // this section's changes, published once committed
    QSet<RepKey> m_remoteOnline; // reps with a console on another live server
    bool m_holdsTimers = true;
    bool m_degraded = false;
    bool m_followScheduled = false;
    qint64 m_lastHeartbeatMs = 0;
    qint64 m_presenceReadMs = 0;
    QTimer m_followTimer;

    struct QueuedIngest
    {
        QList<SegmentCall> calls;
        IngestReply reply;
    };
    std::deque<QueuedIngest> m_ingestQueue; // waiting for the next group commit
    bool m_ingestScheduled = false;
};
