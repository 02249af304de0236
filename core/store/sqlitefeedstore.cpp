#include "sqlitefeedstore.h"

#include <QLoggingCategory>
#include <QSqlQuery>

namespace {
Q_LOGGING_CATEGORY(lcFeedStore, "firstcall.store")
} // namespace

SqliteFeedStore::SqliteFeedStore(Database &database)
    : SqlFeedStore(database)
{}

const Database::Migrations &SqliteFeedStore::migrations()
{
    static const Database::Migrations steps = {
        // 1: team, events, leads, the feed journal, client actions, calls
        {
            QStringLiteral("CREATE TABLE reps ("
                           " id INTEGER PRIMARY KEY,"
                           " name VARCHAR(200) NOT NULL UNIQUE,"
                           " role VARCHAR(20) NOT NULL,"
                           " segments TEXT NOT NULL,"
                           " backup VARCHAR(200),"
                           " token_hash VARCHAR(64) NOT NULL UNIQUE,"
                           " availability VARCHAR(20) NOT NULL,"
                           " created_at BIGINT NOT NULL)"),
            QStringLiteral("CREATE TABLE events ("
                           " id INTEGER PRIMARY KEY,"
                           " message_id VARCHAR(200) UNIQUE,"
                           " received_at BIGINT NOT NULL,"
                           " body TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE leads ("
                           " id VARCHAR(250) PRIMARY KEY,"
                           " state TEXT NOT NULL,"
                           " updated_seq BIGINT NOT NULL)"),
            QStringLiteral("CREATE TABLE journal ("
                           " seq BIGINT PRIMARY KEY,"
                           " lead_id VARCHAR(250) NOT NULL,"
                           " at BIGINT NOT NULL,"
                           " audience TEXT NOT NULL,"
                           " body TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE actions ("
                           " client_id VARCHAR(200) NOT NULL,"
                           " rep_id BIGINT NOT NULL,"
                           " kind VARCHAR(40) NOT NULL,"
                           " at BIGINT NOT NULL,"
                           " result TEXT NOT NULL,"
                           " PRIMARY KEY (rep_id, client_id))"),
            QStringLiteral("CREATE TABLE calls ("
                           " id INTEGER PRIMARY KEY,"
                           " lead_id VARCHAR(250) NOT NULL,"
                           " rep_id BIGINT NOT NULL,"
                           " client_id VARCHAR(200) NOT NULL,"
                           " started_at BIGINT NOT NULL,"
                           " duration_s INTEGER NOT NULL,"
                           " disposition VARCHAR(40) NOT NULL,"
                           " notes TEXT,"
                           " qualification TEXT,"
                           " logged_at BIGINT NOT NULL)"),
            QStringLiteral("CREATE INDEX calls_lead ON calls (lead_id)"),
            QStringLiteral("CREATE TABLE audit ("
                           " id INTEGER PRIMARY KEY,"
                           " at BIGINT NOT NULL,"
                           " rep_id BIGINT NOT NULL,"
                           " action VARCHAR(40) NOT NULL,"
                           " lead_id VARCHAR(250),"
                           " detail TEXT)"),
            QStringLiteral("CREATE TABLE settings ("
                           " name VARCHAR(100) PRIMARY KEY,"
                           " value TEXT NOT NULL)"),
        },
        // 2: one row per alert raised, and calls linked to their alert, for the metrics
        {
            QStringLiteral("CREATE TABLE alerts ("
                           " id BIGINT PRIMARY KEY,"
                           " lead_id VARCHAR(250) NOT NULL,"
                           " alert_at BIGINT NOT NULL,"
                           " tier INTEGER NOT NULL,"
                           " score DOUBLE PRECISION NOT NULL,"
                           " source VARCHAR(200),"
                           " claimed_by VARCHAR(200),"
                           " claimed_at BIGINT,"
                           " escalation INTEGER NOT NULL,"
                           " breach INTEGER NOT NULL,"
                           " closed_at BIGINT)"),
            QStringLiteral("CREATE INDEX alerts_alert_at ON alerts (alert_at)"),
            QStringLiteral("ALTER TABLE calls ADD COLUMN alert_id BIGINT"),
            QStringLiteral("CREATE INDEX calls_alert ON calls (alert_id)"),
        },
        // 3: reps who lose sight of a lead get a bare notice, not its card
        {
            QStringLiteral("ALTER TABLE journal ADD COLUMN departed TEXT"),
        },
        // 4: routing: several backups, weights, working hours, time zones, emails; the audit
        // of every routing decision, read per lead
        {
            QStringLiteral("ALTER TABLE reps ADD COLUMN backups TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("UPDATE reps SET backups = backup WHERE backup IS NOT NULL"),
            QStringLiteral("ALTER TABLE reps ADD COLUMN weight DOUBLE PRECISION NOT NULL DEFAULT 1"),
            QStringLiteral("ALTER TABLE reps ADD COLUMN hours TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE reps ADD COLUMN time_zone TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE reps ADD COLUMN email TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE audit ADD COLUMN alert_id BIGINT"),
            QStringLiteral("CREATE INDEX audit_lead ON audit (lead_id, at)"),
            QStringLiteral("CREATE INDEX audit_at ON audit (at)"),
        },
        // 5: the integrations' outbox (webhooks, the CRM): sent after the change it reports is stored
        SqlFeedStore::outboxMigration(),
    };
    return steps;
}

qint64 SqliteFeedStore::nextAlertId()
{
    if (m_lastAlertId < 0) {
        QSqlQuery query(database().connection());
        m_lastAlertId = 0;
        if (query.exec(QStringLiteral("SELECT MAX(id) FROM alerts")) && query.next())
            m_lastAlertId = query.value(0).toLongLong();
        else
            qCWarning(lcFeedStore).noquote()
                << database().path() << ": cannot read the last alert id:" << sqlError(query);
    }
    return ++m_lastAlertId;
}

void SqliteFeedStore::alertStored(qint64 id)
{
    if (m_lastAlertId >= 0 && id > m_lastAlertId)
        m_lastAlertId = id;
}
