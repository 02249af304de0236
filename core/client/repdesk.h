#pragma once

#include "consolestore.h"
#include "feedclient.h"
#include "queuelead.h"
#include "rules/rules.h"
#include "team/rep.h"

#include <QCache>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimeZone>
#include <QTimer>
#include <QUrl>

#include <optional>

class Clock;

// Everything the console knows and does, without widgets: the leads this rep may see (from
// the local cache, then the feed), their scores decaying locally, claims, calls and
// availability going out through the outbox (replayed exactly once after a disconnection or
// a restart), follow-up tasks from the band's cadence, and the decision to notify.
class RepDesk final : public QObject
{
    Q_OBJECT

public:
    RepDesk(ConsoleStore &store, FeedClient &client, Clock &clock, QObject *parent = nullptr);
    ~RepDesk() override;

    // Loads the cache (so the queue shows at once), starts rescoring as time passes and
    // connects.
    void start();

    const QHash<QString, QueueLead> &leads() const { return m_leads; }
    // A lead the desk holds, whole, for its detail: the feed's last full value with the desk's
    // newer state over it (an offline claim, the decayed score). From memory: the desk keeps
    // the last kDetailsHeld leads it was handed or asked for; only older ones are read back
    // from the cache file, once.
    std::optional<LeadState> leadDetail(const QString &id) const;
    // The calls on a lead, newest first: the feed's (they travel with the lead: colleagues'
    // too, `rep` their caller) and those this console logged that the feed has not confirmed
    // yet; notes as this console wrote them or the feed returned them to their writer.
    QList<protocol::Request> loggedCalls(const QString &leadId) const;
    static constexpr int kDetailsHeld = 256;
    QString me() const { return m_me; }
    bool isManager() const { return m_role == u"manager"; }
    const Rules *rules() const { return m_rules ? &*m_rules : nullptr; }
    QList<protocol::TeamMember> team() const { return m_team; }
    Rep::Availability availability() const { return m_availability; }
    int pendingCount() const;
    // The open follow-up tasks of the leads I hold, soonest first (the feed's, as they travel
    // with the lead; `id` is the task's id within its lead).
    QList<ConsoleStore::Task> tasks() const { return m_tasks; }

    // Intents; each returns the request id. They work offline: the outbox keeps them.
    QString claim(const QString &leadId);
    QString release(const QString &leadId);
    struct CallLog
    {
        QString leadId;
        qint64 startedAtMs = 0;
        int durationSeconds = 0;
        QString disposition;
        QString notes;
        QJsonObject qualification; // problem, authority, timing
    };
    QString logCall(const CallLog &call);
    // A note on a lead outside a call: stored on the feed with the lead, for me only (like a
    // call's notes), through the outbox. Empty when the text is blank or longer than
    // protocol::kMaxNoteText.
    QString addNote(const QString &leadId, const QString &text);
    // My notes on a lead outside calls, newest first: the feed's (from any of my machines) and
    // those this console wrote that the feed has not confirmed yet.
    QList<LeadNote> notes(const QString &leadId) const;
    // The tel: link for the softphone, empty when the lead has no number. Claiming is the
    // caller's: once the softphone took the call (and undone when no call is logged).
    QUrl dial(const QString &leadId) const;
    QString setAvailability(Rep::Availability availability);
    QString reassign(const QString &leadId, const QString &to);
    // Speed-to-lead metrics from the feed (not queued: they need the feed); the answer comes
    // with metricsReady. Returns the request id, or an empty string when offline.
    QString requestMetrics(const QString &from, const QString &to, const QString &rep);
    // The scoring calibration over a period (managers), answered with calibrationReady.
    QString requestCalibration(const QString &from, const QString &to);
    // The fairness ledger per rep over a period (managers), answered with ledgerReady.
    QString requestLedger(const QString &from, const QString &to);
    // A lead's routing audit (managers), answered with auditReady.
    QString requestAudit(const QString &leadId);
    // The CRM syncs and webhook deliveries that failed or are failing (managers), answered with
    // syncsReady; one of them queued again in the feed's outbox, answered with syncRetried.
    // Not queued here: both need the feed (empty when offline).
    QString requestSyncs();
    QString retrySync(const QString &itemId);
    // A follow-up task of a lead I hold: done, one business day later, or at `dueMs`. Through
    // the outbox like a claim, applied here at once (LeadRules); empty when there is no such
    // open task.
    QString completeTask(const QString &leadId, int taskId);
    QString snoozeTask(const QString &leadId, int taskId);
    QString rescheduleTask(const QString &leadId, int taskId, qint64 dueMs);
    // Where follow-ups count business days here: the system's time zone.
    static QTimeZone taskZone();

    // The batch entry point: applies leads exactly as the feed's `lead` messages are applied
    // (stored and announced with the next flush), for callers that receive them together.
    void applyLeads(const QList<QPair<LeadState, qint64>> &leadsWithSeq);

    void setFlushIntervalMs(int ms) { m_flushTimer.setInterval(ms); }
    // Scores decay as time passes: from start() on, the desk rescores every interval by its
    // clock's time (kDecayIntervalMs; tests move a ManualClock and shorten the interval).
    void setDecayIntervalMs(int ms) { m_decayTimer.setInterval(ms); }
    static constexpr int kDecayIntervalMs = 15'000;
    // Rescores every lead at the clock's now (the decay timer does this every interval), in
    // slices of kRescoreSlice leads an event-loop turn so that a big queue never stalls the
    // window; the changes are stored and announced with the flush after the last slice.
    void rescore();
    bool isRescoring() const { return !m_rescoreIds.isEmpty(); }
    static constexpr qsizetype kRescoreSlice = 2500;

Q_SIGNALS:
    void leadsReset(const QHash<QString, QueueLead> &leads);
    void leadsChanged(const LeadBatch &batch); // added, changed or gone since the last one
    void hotLead(const QString &id);           // a new Tier 1 or 2 alert for me
    void leadTaken(const QString &id, const QString &by);
    void actionFinished(const QString &requestId, bool ok, const QString &message);
    void pendingChanged(int count);
    void tasksChanged(const QList<ConsoleStore::Task> &tasks);
    void teamChanged(const QList<protocol::TeamMember> &team);
    void identityChanged();
    void metricsReady(const QString &requestId, const QJsonObject &metrics, const QString &csv,
                      const QString &error);
    void calibrationReady(const QString &requestId, const QJsonObject &calibration, const QString &error);
    void ledgerReady(const QString &requestId, const QList<protocol::LedgerRow> &reps, const QString &error);
    void auditReady(const QString &requestId, const QString &leadId, const QJsonArray &decisions,
                    const QString &error);
    void syncsReady(const QString &requestId, const QList<protocol::SyncItem> &items, const QString &error);
    void syncRetried(const QString &requestId, const QString &error);
    // Managers: a call's CRM state failed, got a new reason, or recovered (on any lead).
    void crmStatesChanged();

private:
    void reloadFromStore();
    QString submit(protocol::Request request);
    void applyLead(const LeadState &lead, qint64 seq);
    bool visibleToMe(const QueueLead &lead) const;
    void handleSnapshot(const QList<LeadState> &leads, const QList<protocol::TeamMember> &team, qint64 seq);
    void handleResumed(const QList<protocol::TeamMember> &team, qint64 seq);
    void handleResult(const protocol::Result &result);
    void replayOutbox();
    void flush();
    QString changeTask(protocol::Request::Kind kind, const QString &leadId, int taskId, qint64 dueMs);
    void setLeadTasks(const QString &leadId, const QList<LeadTask> &tasks);
    void setLeadCalls(const QString &leadId, const QList<LeadCall> &calls);
    void noteCrmStates(const LeadState &lead, bool announce);
    void setLeadNotes(const QString &leadId, const LeadState &state);
    void rescoreSlice();
    void reloadTasks();
    void holdDetail(const LeadState &lead) const;

    ConsoleStore &m_store;
    FeedClient &m_client;
    Clock &m_clock;
    std::optional<Rules> m_rules;
    QString m_me;
    QString m_role;
    Rep::Availability m_availability = Rep::Availability::Available;
    QList<protocol::TeamMember> m_team;
    QHash<QString, QueueLead> m_leads;
    mutable QCache<QString, LeadState> m_details{kDetailsHeld}; // the feed's full values
    QHash<QString, QList<protocol::Request>> m_calls;
    QList<ConsoleStore::Task> m_tasks;
    QHash<QString, QList<LeadTask>> m_leadTasks; // the leads I hold that have tasks
    QHash<QString, QList<LeadCall>> m_leadCalls; // the feed's calls of the leads held in memory
    QHash<QString, LeadCall::Crm> m_crmStates;   // managers: every call's CRM state, by call id
    QHash<QString, QList<LeadNote>> m_leadNotes; // my notes the feed returned (snapshots carry them)
    qint64 m_ordinals = 0; // leads held so far: the queue's last tie-break before the id
    QList<QPair<LeadState, qint64>> m_unsaved;
    QSet<QString> m_changed;
    QSet<QString> m_inFlight;                // outbox ids sent on this connection
    QHash<QString, QString> m_claimRequests; // request id -> lead, to undo a refused claim
    QHash<QString, QString> m_auditRequests; // request id -> lead
    QTimer m_flushTimer;
    QStringList m_rescoreIds; // the leads a rescore has still to go through
    qint64 m_rescoreNowMs = 0;
    QTimer m_rescoreTimer;
    QTimer m_decayTimer;
};
