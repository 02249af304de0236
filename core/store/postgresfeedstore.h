#pragma once

#include "sqlfeedstore.h"

// The feed store on PostgreSQL (Qt's QPSQL driver): the feed schema's migrations for it, and
// alert ids from a sequence, so that servers sharing the database never hand out one twice.
// JSON documents are text (byte-exact, as the consoles receive them), times and ids bigint.
class PostgresFeedStore final : public SqlFeedStore
{
public:
    explicit PostgresFeedStore(Database &database);

    // Migration i brings the feed schema to version i + 1.
    static const Database::Migrations &migrations();

    // From the alert_ids sequence; 0 (which upsertAlert() refuses) when it cannot be read.
    qint64 nextAlertId() override;

    // Several servers on this database: the writer lock is a transaction-level advisory lock,
    // the timer lock a session-level one; journal news travel by LISTEN/NOTIFY on
    // kJournalChannel; who is connected where is in the presence table.
    bool sharedByServers() const override { return true; }
    bool notifyJournal(qint64 seq, QString *error) override;
    void onJournalNotified(const std::function<void()> &callback) override;
    bool holdTimers() override;
    bool setPresence(const QString &instance, const QString &rep, int consoles, qint64 nowMs,
                     QString *error) override;
    bool heartbeat(const QString &instance, qint64 nowMs, QString *error) override;
    bool clearPresence(const QString &instance, QString *error) override;
    std::optional<QSet<QString>> presentElsewhere(const QString &instance, qint64 aliveSinceMs,
                                                  QString *error) const override;
    bool reconnect(bool *reopened, QString *error) override;

    static constexpr qint64 kWriterLock = 7403916583; // advisory lock keys, the same in every server
    static constexpr qint64 kTimerLock = 7403916584;
    static constexpr QLatin1StringView kJournalChannel{"firstcall_journal"};

protected:
    void alertStored(qint64 id) override;
    bool lockWriters() override;
    QString beginExclusive() override;
    QString commitExclusive() override;
    void exclusiveEnded() override;

private:
    void subscribe();

    qint64 m_highestKnownId = 0; // the sequence is known to be past this
    // Inside exclusive(): ids taken from the sequence in one round trip, given out in order
    // (also in later transactions); those left when the server stops are never used.
    QList<qint64> m_idPool;
    int m_idsTaken = 0;    // in this transaction
    int m_idsLastTime = 0; // in the previous one: about what the next will need
    bool m_holdsTimers = false;
    std::function<void()> m_notified;
    bool m_subscribed = false;
    qint64 m_pendingNotify = 0; // the journal position to announce when exclusive() commits
};
