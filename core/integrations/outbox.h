#pragma once

#include "store/feedstore.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <functional>

class Clock;
class QNetworkReply;

// What one attempt to deliver an outbox item came to.
struct OutboxResult
{
    enum class Kind
    {
        Sent,     // delivered (reference: what the target made of it)
        Retry,    // a transient refusal (429, 408, 5xx): again later, after retryAfterMs if given
        Rejected, // the target refused this item (another 4xx): tried a few times, then failed
        Unknown,  // no answer (timeout, connection lost): it may have arrived; again later
        Failed,   // can never be delivered (no such target, nothing to deliver it to)
    };
    Kind kind = Kind::Unknown;
    QString error;
    QString reference;
    qint64 retryAfterMs = -1;
    // Sent: the link of the record the item is about (the call's contact or Lead), when known.
    QString subjectUrl = {};

    static OutboxResult sent(const QString &reference = {}, const QString &subjectUrl = {})
    {
        return {Kind::Sent, {}, reference, -1, subjectUrl};
    }
    static OutboxResult failed(const QString &error) { return {Kind::Failed, error, {}, -1}; }
    // From a finished reply: its status, Retry-After (seconds or an HTTP date) and the start
    // of the body for the error.
    static OutboxResult fromReply(QNetworkReply *reply);
};

// Where outbox items go: a webhook, a CRM. send() answers through `done` exactly once, on the
// thread of the Outbox.
class OutboxTarget
{
public:
    virtual ~OutboxTarget() = default;
    // `item.unsure`: an earlier attempt went unanswered and may have been stored.
    virtual void send(const FeedStore::OutboxRow &item, std::function<void(const OutboxResult &)> done) = 0;
};

// Delivers the integrations' outbox (FeedStore) on the main thread: each item on its own
// schedule, a few at a time, so that an item that keeps failing never holds up those behind
// it. Transient failures are retried with exponential backoff and jitter, a 429's Retry-After
// is honoured (never sooner); an item the target rejects (a 4xx) is tried maxRejections times
// and then marked failed and logged. Before each attempt the item is marked unsure in the
// store, so that after a crash the target knows to look for it before sending it again.
class Outbox final : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        int maxInFlight = 4;
        qint64 baseBackoffMs = 1'000;
        qint64 maxBackoffMs = 10 * 60'000;
        int maxRejections = 3;
        qint64 attemptTimeoutMs = 30'000; // the targets' own transfer timeout; for the schedule
    };

    Outbox(FeedStore &store, Clock &clock, Options options, QObject *parent = nullptr);
    ~Outbox() override;

    // Items whose target is `name` go to `target` (owned by the caller).
    void addTarget(const QString &name, OutboxTarget *target);
    // Looks for due items now and whenever the next one is due.
    void start();
    // New items may have been stored.
    void wake();
    int inFlight() const { return int(m_inFlight.size()); }
    // How often an idle outbox looks for items other servers of its database stored.
    static constexpr qint64 kSharedLookMs = 5'000;

    // The delay before attempt `attempts + 1` after a transient failure, jitter included.
    static qint64 backoffMs(int attempts, const Options &options);
    // A target's error text without the call notes it may quote back (a CRM's validation error
    // can echo the values it refused): the error is shown to managers and travels with the
    // lead, and a call's notes reach no one but their writer.
    static QString withoutNotes(const QString &error, const QByteArray &payload);

Q_SIGNALS:
    // An attempt ended; `item` as stored after it.
    void attempted(const FeedStore::OutboxRow &item, const OutboxResult &result);

private:
    void pump();
    void begin(FeedStore::OutboxRow item);
    void settle(FeedStore::OutboxRow item, const OutboxResult &result);
    void schedule();

    FeedStore &m_store;
    Clock &m_clock;
    Options m_options;
    QHash<QString, OutboxTarget *> m_targets;
    QSet<QString> m_inFlight;
    QTimer m_timer;
    bool m_started = false;
    bool m_pumpQueued = false;
};

Q_DECLARE_METATYPE(FeedStore::OutboxRow)
Q_DECLARE_METATYPE(OutboxResult)
