#pragma once

#include "database.h"
#include "feedstore.h"

#include <memory>

// The feed store's statements in the SQL that SQLite and PostgreSQL share (INSERT ... ON
// CONFLICT upserts, RETURNING), on an open Database that keeps the per-event writes prepared
// once. Each dialect's subclass (SqliteFeedStore, PostgresFeedStore) has its own migrations
// and hands out alert ids its own way.
class SqlFeedStore : public FeedStore
{
public:
    // The store for the database's dialect.
    static std::unique_ptr<SqlFeedStore> create(Database &database);

    Database &database() const { return m_database; }

    bool transaction(const std::function<bool()> &work) override;
    QString connectionError() const override;

    bool addEvent(const EventRow &event, QString *error) override;
    bool readEvents(const std::function<void(const QByteArray &body)> &visit, QString *error) const override;
    bool readEventsReceived(qint64 fromMs, qint64 toMs,
                            const std::function<void(const QByteArray &body)> &visit,
                            QString *error) const override;

    bool upsertLead(const QString &id, const QByteArray &state, qint64 seq, QString *error) override;
    std::optional<QList<QByteArray>> leadStates(QString *error) const override;
    std::optional<QByteArray> leadState(const QString &id, QString *error) const override;

    bool appendJournal(const JournalRow &entry, QString *error) override;
    bool trimJournal(qint64 throughSeq, QString *error) override;
    std::optional<QList<JournalRow>> journalTail(int count, QString *error) const override;
    std::optional<QList<JournalRow>> journalAfter(qint64 seq, QString *error) const override;
    std::optional<qint64> oldestJournalSeq(QString *error) const override;

    bool upsertAlert(const AlertRow &alert, QString *error) override;
    std::optional<QList<AlertRow>> alertsRaised(qint64 fromMs, qint64 toMs, QString *error) const override;
    std::optional<QList<AlertCallRow>> callsOnAlertsRaised(qint64 fromMs, qint64 toMs,
                                                           QString *error) const override;

    std::optional<QByteArray> actionResult(qint64 repId, const QString &clientId,
                                           QString *error) const override;
    bool recordAction(const ActionRow &action, QString *error) override;
    bool addCall(const CallRow &call, QString *error) override;
    bool addAudit(const AuditRow &audit, QString *error) override;
    std::optional<QList<AuditRow>> auditFor(const QString &leadId, QString *error) const override;
    std::optional<QList<AuditRow>> auditBetween(qint64 fromMs, qint64 toMs, QString *error) const override;

    std::optional<qint64> addRep(const Rep &rep, const QString &tokenHash, qint64 createdAtMs,
                                 QString *error) override;
    bool removeRep(const QString &name, QString *error) override;
    std::optional<int> updateRep(const Rep &rep, QString *error) override;
    std::optional<int> setRepTokenHash(const QString &name, const QString &tokenHash,
                                       QString *error) override;
    std::optional<int> setRepAvailability(qint64 id, Rep::Availability availability, QString *error) override;
    std::optional<QList<Rep>> reps(QString *error) const override;
    std::optional<Rep> repNamed(const QString &name) const override;
    std::optional<Rep> repWithId(qint64 id) const override;
    std::optional<Rep> repWithTokenHash(const QString &tokenHash) const override;

    std::optional<QString> setting(const QString &name, QString *error) const override;
    bool setSetting(const QString &name, const QString &value, QString *error) override;

    bool exclusive(const std::function<bool()> &work) override;
    bool eventsAfter(qint64 afterId, const std::function<void(qint64 id, const QByteArray &body)> &visit,
                     QString *error) const override;
    std::optional<qint64> lastEventId(QString *error) const override;
    bool newsAfter(qint64 afterId, qint64 afterSeq,
                   const std::function<void(qint64 id, const QByteArray &body)> &visit,
                   QList<JournalRow> *journal, QString *error) const override;
    std::optional<std::pair<qint64, qint64>> heads(QString *error) const override;
    void prefetchSettings(const QStringList &names) override { m_prefetch = names; }
    std::optional<int> moveClaim(qint64 alertId, const QString &from, const QString &to, qint64 atMs,
                                 QString *error) override;
    bool addOutbox(const OutboxRow &item, QString *error) override;
    std::optional<QList<OutboxRow>> dueOutbox(qint64 nowMs, int limit, QString *error) const override;
    std::optional<qint64> nextOutboxAtMs(QString *error) const override;
    bool updateOutbox(const OutboxRow &item, QString *error) override;
    std::optional<OutboxRow> outboxItem(const QString &id, QString *error) const override;
    std::optional<QList<OutboxRow>> outboxForLead(const QString &leadId, QString *error) const override;
    std::optional<QList<OutboxRow>> outboxTroubles(int limit, QString *error) const override;
    std::optional<QList<OutboxRow>> outboxInState(OutboxState state, int limit,
                                                  QString *error) const override;

protected:
    explicit SqlFeedStore(Database &database);
    // The migration that adds the integrations' outbox: the same statements in both dialects.
    static QStringList outboxMigration();
    // After an alert with this id was stored (an id may come from elsewhere than nextAlertId()).
    virtual void alertStored(qint64 id) = 0;
    // Takes the writer lock for the transaction under way; nothing to do where one server
    // uses the database.
    virtual bool lockWriters() { return true; }
    // How exclusive() begins and commits (Database::transaction); empty: as transaction() does.
    virtual QString beginExclusive() { return {}; }
    // What beginExclusive() appends to read the heads and prefetched settings with the lock
    // (one row: event id, journal seq, then each setting); empty: nothing.
    QString headsAndSettingsSql() const;
    virtual QString commitExclusive() { return {}; }
    virtual void exclusiveEnded() {}
    // Inside exclusive() begun with beginExclusive().
    bool exclusiveUnderWay() const { return m_inExclusive; }

private:
    std::optional<QList<JournalRow>> readJournal(const QString &sql, const QVariantList &values,
                                                 QString *error) const;
    std::optional<Rep> findRep(QLatin1StringView column, const QVariant &value) const;
    std::optional<QList<AuditRow>> readAudit(const QString &where, const QVariantList &values,
                                             QString *error) const;
    std::optional<QList<OutboxRow>> readOutbox(const QString &where, const QVariantList &values,
                                               QString *error) const;

    // Writes a row (Database::write: held back inside exclusive() on PostgreSQL).
    bool write(const QString &sql, const QVariantList &values, QString *error);

    Database &m_database;
    QStringList m_prefetch;
    // Read with the lock in this exclusive() transaction, until it writes.
    mutable std::optional<std::pair<qint64, qint64>> m_readHeads;
    mutable QHash<QString, std::optional<QString>> m_readSettings;
    bool m_inTransaction = false;
    bool m_inExclusive = false;
};
