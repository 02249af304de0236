#pragma once

#include "team/rep.h"

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

// Every statement the feed server runs, behind one interface with one implementation per SQL
// dialect (SqliteFeedStore, PostgresFeedStore). Plain values go in and out; JSON documents travel as compact
// UTF-8 and are stored as text. A failed call returns false or nullopt and sets `error` (if
// given) to the driver's message, for the caller to put in its own words. Not thread-safe: one
// store per thread.
class FeedStore
{
public:
    struct EventRow
    {
        QString messageId; // null when the call had none
        qint64 receivedAtMs = 0;
        QByteArray body;
    };
    struct JournalRow
    {
        qint64 seq = 0;
        QString leadId;
        qint64 atMs = 0;
        QStringList audience;
        QByteArray body; // the lead as compact JSON
        QStringList departed;
    };
    // One alert raised; once stored, only what happened to it changes (claim, escalation,
    // breach, close), and its escalation never goes down.
    struct AlertRow
    {
        qint64 id = 0;
        QString leadId;
        qint64 alertAtMs = 0;
        int tier = 0;
        double score = 0;
        QString source;
        QString claimedBy;
        qint64 claimedAtMs = 0;
        int escalation = 0;
        bool breach = false;
        qint64 closedAtMs = 0;
    };
    // A call on an alert raised in a period, with the caller's name (empty if no longer on the team).
    struct AlertCallRow
    {
        qint64 alertId = 0;
        QString rep;
        qint64 startedAtMs = 0;
        QString disposition;
        QByteArray qualification;
    };
    struct ActionRow
    {
        QString clientId;
        qint64 repId = 0;
        QString kind;
        qint64 atMs = 0;
        QByteArray result;
    };
    struct CallRow
    {
        QString leadId;
        qint64 repId = 0;
        QString clientId;
        qint64 startedAtMs = 0;
        qint64 durationSeconds = 0;
        QString disposition;
        QString notes;
        QByteArray qualification;
        qint64 loggedAtMs = 0;
        qint64 alertId = 0;
    };
    // One decision about a lead: a routing step (offered, skipped, claimed, escalated,
    // rerouted, reassigned ...) with its details as JSON. repId 0: the server decided.
    struct AuditRow
    {
        qint64 atMs = 0;
        qint64 repId = 0;
        QString action;
        QString leadId;
        QByteArray detail;
        qint64 alertId = 0;
        QString repName; // read back only: who repId is (empty for the server or a removed rep)
    };

    virtual ~FeedStore() = default;

    // Runs `work` in a transaction: committed when it returns true, rolled back otherwise. A
    // transaction() inside `work` joins the outer one.
    virtual bool transaction(const std::function<bool()> &work) = 0;
    // The connection's last error: why a transaction could not begin or commit.
    virtual QString connectionError() const = 0;

    // Events, in the order they were stored.
    virtual bool addEvent(const EventRow &event, QString *error) = 0;
    virtual bool readEvents(const std::function<void(const QByteArray &body)> &visit,
                            QString *error) const = 0;
    virtual bool readEventsReceived(qint64 fromMs, qint64 toMs,
                                    const std::function<void(const QByteArray &body)> &visit,
                                    QString *error) const = 0;

    // Leads that raised an alert: their current state as JSON, by id.
    virtual bool upsertLead(const QString &id, const QByteArray &state, qint64 seq, QString *error) = 0;
    virtual std::optional<QList<QByteArray>> leadStates(QString *error) const = 0;
    // One lead's stored state (with every call's notes); empty when it has none.
    virtual std::optional<QByteArray> leadState(const QString &id, QString *error) const = 0;

    // The numbered journal consoles resume from.
    virtual bool appendJournal(const JournalRow &entry, QString *error) = 0;
    virtual bool trimJournal(qint64 throughSeq, QString *error) = 0;
    virtual std::optional<QList<JournalRow>> journalTail(int count, QString *error) const = 0; // oldest first
    virtual std::optional<QList<JournalRow>> journalAfter(qint64 seq, QString *error) const = 0;
    // The first seq still kept; nullopt when the journal is empty (or on failure).
    virtual std::optional<qint64> oldestJournalSeq(QString *error) const = 0;

    // The id for a new alert, before it is stored: never given twice by this store, even when
    // the transaction that used it is rolled back (like a sequence).
    virtual qint64 nextAlertId() = 0;
    virtual bool upsertAlert(const AlertRow &alert, QString *error) = 0;
    // Metrics reads: alerts raised in [fromMs, toMs) by time raised, and the calls on them.
    virtual std::optional<QList<AlertRow>> alertsRaised(qint64 fromMs, qint64 toMs, QString *error) const = 0;
    virtual std::optional<QList<AlertCallRow>> callsOnAlertsRaised(qint64 fromMs, qint64 toMs,
                                                                   QString *error) const = 0;

    // Console requests, answered once per (rep, client id); nullopt when not answered yet.
    virtual std::optional<QByteArray> actionResult(qint64 repId, const QString &clientId,
                                                   QString *error) const = 0;
    virtual bool recordAction(const ActionRow &action, QString *error) = 0;
    virtual bool addCall(const CallRow &call, QString *error) = 0;
    virtual bool addAudit(const AuditRow &audit, QString *error) = 0;
    // A lead's audit in the order it was written.
    virtual std::optional<QList<AuditRow>> auditFor(const QString &leadId, QString *error) const = 0;
    // Every lead's audit written in [fromMs, toMs), in order.
    virtual std::optional<QList<AuditRow>> auditBetween(qint64 fromMs, qint64 toMs, QString *error) const = 0;

    // The team. Adding returns the new rep's id; the updates return how many reps changed.
    virtual std::optional<qint64> addRep(const Rep &rep, const QString &tokenHash, qint64 createdAtMs,
                                         QString *error) = 0;
    virtual bool removeRep(const QString &name, QString *error) = 0; // and clears it as anyone's backup
    // Everything about the rep with rep.id but the id, name, token and availability.
    virtual std::optional<int> updateRep(const Rep &rep, QString *error) = 0;
    virtual std::optional<int> setRepTokenHash(const QString &name, const QString &tokenHash,
                                               QString *error) = 0;
    virtual std::optional<int> setRepAvailability(qint64 id, Rep::Availability availability,
                                                  QString *error) = 0;
    virtual std::optional<QList<Rep>> reps(QString *error) const = 0; // by name, ignoring case
    virtual std::optional<Rep> repNamed(const QString &name) const = 0;
    virtual std::optional<Rep> repWithId(qint64 id) const = 0;
    virtual std::optional<Rep> repWithTokenHash(const QString &tokenHash) const = 0;

    // Named values the server keeps between runs; nullopt when unset.
    virtual std::optional<QString> setting(const QString &name, QString *error) const = 0;
    virtual bool setSetting(const QString &name, const QString &value, QString *error) = 0;

    // Several feed servers on one database (PostgreSQL, docs/architecture.md "Several servers
    // on one database"). Where only one server can use the database (SQLite) they are trivial:
    // no lock, no notifications, every timer here, nobody else present.
    virtual bool sharedByServers() const { return false; }
    // Runs `work` in a transaction that first takes the database-wide writer lock, held until
    // it commits or rolls back: writers of every server on the database one at a time.
    virtual bool exclusive(const std::function<bool()> &work) { return transaction(work); }
    // Events stored after the one with id `afterId`, in order, with their ids.
    virtual bool eventsAfter(qint64 afterId,
                             const std::function<void(qint64 id, const QByteArray &body)> &visit,
                             QString *error) const = 0;
    // Events after `afterId` (as eventsAfter()) and journal entries after `afterSeq` (as
    // journalAfter()), in one round trip where that counts.
    virtual bool newsAfter(qint64 afterId, qint64 afterSeq,
                           const std::function<void(qint64 id, const QByteArray &body)> &visit,
                           QList<JournalRow> *journal, QString *error) const
    {
        if (!eventsAfter(afterId, visit, error))
            return false;
        auto rows = journalAfter(afterSeq, error);
        if (!rows)
            return false;
        *journal = std::move(*rows);
        return true;
    }
    // The id of the newest event; 0 when there is none.
    virtual std::optional<qint64> lastEventId(QString *error) const = 0;
    // Tells the other servers, when the transaction commits, that the journal reached `seq`.
    virtual bool notifyJournal(qint64 /*seq*/, QString * /*error*/) { return true; }
    // `callback` runs (on this thread) when another server tells it committed journal entries.
    virtual void onJournalNotified(const std::function<void()> & /*callback*/) {}
    // Whether this server runs the timers (claim windows, escalation, breach, decay): true for
    // the one server holding the timer lock, taken here when it is free.
    virtual bool holdTimers() { return true; }
    // Who is connected where: `consoles` of the rep on this server (0: none), and that the
    // server is alive.
    virtual bool setPresence(const QString & /*instance*/, const QString & /*rep*/, int /*consoles*/,
                             qint64 /*nowMs*/, QString * /*error*/)
    {
        return true;
    }
    virtual bool heartbeat(const QString & /*instance*/, qint64 /*nowMs*/, QString * /*error*/)
    {
        return true;
    }
    virtual bool clearPresence(const QString & /*instance*/, QString * /*error*/) { return true; }
    // Reps with a console on another server that was alive at `aliveSinceMs` or later.
    virtual std::optional<QSet<QString>> presentElsewhere(const QString & /*instance*/,
                                                          qint64 /*aliveSinceMs*/, QString * /*error*/) const
    {
        return QSet<QString>();
    }
    // The newest event id and journal seq (0 when there is none): whether anything was
    // committed since, in one round trip.
    virtual std::optional<std::pair<qint64, qint64>> heads(QString *error) const = 0;
    // Settings a writer reads in every exclusive() transaction: where round trips count, read
    // with the lock (setting() then answers from what was read, until the transaction writes).
    virtual void prefetchSettings(const QStringList & /*names*/) {}
    // The database's own check of a change of hands (claim, release, reassign, a call that
    // claims): the alert moves from `from` (empty: nobody) to `to` only if `from` holds it
    // now. How many alerts changed: 1, or 0 when someone else holds it.
    virtual std::optional<int> moveClaim(qint64 alertId, const QString &from, const QString &to, qint64 atMs,
                                         QString *error) = 0;
    // Whether the connection works; reopens it when it does not (the database came back).
    // `reopened` is set when it was opened again (session state such as the timer lock is gone).
    virtual bool reconnect(bool *reopened, QString * /*error*/)
    {
        *reopened = false;
        return true;
    }
    // The outbox of the integrations (core/integrations/): one item per message for a webhook or
    // the CRM, written in the transaction of the change it reports, then sent, retried and
    // settled by the Outbox on the main thread.
    enum class OutboxState
    {
        Waiting,
        Sent,
        Failed
    };
    struct OutboxRow
    {
        QString id;     // stable: the same on every attempt
        QString target; // "webhook:<url>" or "crm"
        QString type;   // "lead.claimed", "call.logged", ...
        QString leadId;
        QString callId; // for call.logged: the call's own id
        QByteArray payload;
        int attempts = 0;
        qint64 nextAtMs = 0;
        OutboxState state = OutboxState::Waiting;
        QString lastError;
        bool unsure = false; // an attempt was sent and no answer came: it may have arrived
        QString reference;   // what the target made of it (the CRM record's link)
        qint64 createdAtMs = 0;
        qint64 updatedAtMs = 0;
    };
    virtual bool addOutbox(const OutboxRow &item, QString *error) = 0;
    // Waiting items due at nowMs, the earliest first.
    virtual std::optional<QList<OutboxRow>> dueOutbox(qint64 nowMs, int limit, QString *error) const = 0;
    // When the next waiting item is due; nullopt when none waits (or on failure).
    virtual std::optional<qint64> nextOutboxAtMs(QString *error) const = 0;
    // Stores attempts, next time, state, last error, unsure, reference and updatedAtMs.
    virtual bool updateOutbox(const OutboxRow &item, QString *error) = 0;
    virtual std::optional<OutboxRow> outboxItem(const QString &id, QString *error) const = 0;
    // A lead's items, or every item in a state (newest first, at most limit).
    virtual std::optional<QList<OutboxRow>> outboxForLead(const QString &leadId, QString *error) const = 0;
    virtual std::optional<QList<OutboxRow>> outboxInState(OutboxState state, int limit,
                                                          QString *error) const = 0;
    // The items in trouble, the last tried first (at most limit): those that failed for good,
    // and those waiting again after an attempt that failed.
    virtual std::optional<QList<OutboxRow>> outboxTroubles(int limit, QString *error) const = 0;
};
