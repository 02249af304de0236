#include "sqlfeedstore.h"

#include "postgresfeedstore.h"
#include "sqlitefeedstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

#include <algorithm>

namespace {

void setError(QString *error, const QString &text)
{
    if (error)
        *error = text;
}

// Binds `values` in order and runs the statement.
bool run(QSqlQuery &query, const QVariantList &values, QString *error)
{
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (query.exec())
        return true;
    setError(error, sqlError(query));
    return false;
}

// JSON is stored as text (binding the bytes would store a blob).
QVariant text(const QByteArray &utf8)
{
    return QString::fromUtf8(utf8);
}

// A list of names as one text: never NULL, empty when there are none.
QVariant lines(const QStringList &names)
{
    const QString joined = names.join(u'\n');
    return joined.isNull() ? QStringLiteral("") : joined;
}

QString encodeSegments(const QList<QPair<QString, QString>> &segments)
{
    QJsonArray array;
    for (const auto &[key, value] : segments)
        array.append(QJsonArray{key, value});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<QPair<QString, QString>> decodeSegments(const QString &text)
{
    QList<QPair<QString, QString>> segments;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const QJsonValue &item : array) {
        const QJsonArray pair = item.toArray();
        if (pair.size() == 2)
            segments.append(qMakePair(pair.at(0).toString(), pair.at(1).toString()));
    }
    return segments;
}

const QLatin1StringView kRepColumns("id, name, role, segments, backups, availability, weight, hours, "
                                    "time_zone, email");

// seq, lead_id, at, audience, body, departed
FeedStore::JournalRow journalRow(const QSqlQuery &query)
{
    FeedStore::JournalRow row;
    row.seq = query.value(0).toLongLong();
    row.leadId = query.value(1).toString();
    row.atMs = query.value(2).toLongLong();
    row.audience = query.value(3).toString().split(u'\n', Qt::SkipEmptyParts);
    row.body = query.value(4).toString().toUtf8();
    row.departed = query.value(5).toString().split(u'\n', Qt::SkipEmptyParts);
    return row;
}

// The row must have been selected with kRepColumns.
Rep repFromRow(const QSqlQuery &query)
{
    Rep rep;
    rep.id = query.value(0).toLongLong();
    rep.name = query.value(1).toString();
    rep.role = Rep::parseRole(query.value(2).toString()).value_or(Rep::Role::Sdr);
    rep.segments = decodeSegments(query.value(3).toString());
    rep.backups = query.value(4).toString().split(u'\n', Qt::SkipEmptyParts);
    rep.availability = Rep::parseAvailability(query.value(5).toString()).value_or(Rep::Availability::Offline);
    rep.weight = query.value(6).toDouble();
    rep.hours = WorkingHours::parse(query.value(7).toString()).value_or(WorkingHours());
    rep.timeZone = query.value(8).toString();
    rep.email = query.value(9).toString();
    return rep;
}

// Text for a NOT NULL column: "" rather than a null string.
QVariant nonNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

// The first backup, also kept in the column older versions read.
QVariant firstBackup(const Rep &rep)
{
    return rep.backups.isEmpty() ? QVariant() : QVariant(rep.backups.constFirst());
}

} // namespace

SqlFeedStore::SqlFeedStore(Database &database)
    : m_database(database)
{}

QStringList SqlFeedStore::outboxMigration()
{
    // TEXT, INTEGER and BIGINT mean the same in SQLite and PostgreSQL.
    return {
        QStringLiteral("CREATE TABLE outbox ("
                       " id TEXT PRIMARY KEY,"
                       " target TEXT NOT NULL,"
                       " type TEXT NOT NULL,"
                       " lead_id TEXT,"
                       " call_id TEXT,"
                       " payload TEXT NOT NULL,"
                       " attempts INTEGER NOT NULL,"
                       " next_at BIGINT NOT NULL,"
                       " state TEXT NOT NULL,"
                       " last_error TEXT,"
                       " unsure INTEGER NOT NULL,"
                       " reference TEXT,"
                       " created_at BIGINT NOT NULL,"
                       " updated_at BIGINT NOT NULL)"),
        QStringLiteral("CREATE INDEX outbox_due ON outbox (state, next_at)"),
        QStringLiteral("CREATE INDEX outbox_lead ON outbox (lead_id)"),
    };
}

std::unique_ptr<SqlFeedStore> SqlFeedStore::create(Database &database)
{
    if (database.dialect() == StoreLocation::Dialect::Postgres)
        return std::make_unique<PostgresFeedStore>(database);
    return std::make_unique<SqliteFeedStore>(database);
}

bool SqlFeedStore::transaction(const std::function<bool()> &work)
{
    if (m_inTransaction)
        return work();
    m_inTransaction = true;
    const bool ok = m_database.transaction(work);
    m_inTransaction = false;
    return ok;
}

bool SqlFeedStore::exclusive(const std::function<bool()> &work)
{
    const QString begin = m_inTransaction ? QString() : beginExclusive();
    if (begin.isEmpty())
        return transaction([&] { return lockWriters() && work(); });
    // BEGIN and the lock in one round trip, the writes held back until something reads (or
    // the end), and they, any notification and the COMMIT in one.
    m_inTransaction = m_inExclusive = true;
    m_database.setDeferWrites(true);
    const bool ok = m_database.transaction(
        work, begin, [this] { return commitExclusive(); },
        [this](const QVariantList &row) {
            // The heads and settings, read with the lock.
            if (row.size() != 2 + m_prefetch.size())
                return;
            m_readHeads = {row.at(0).toLongLong(), row.at(1).toLongLong()};
            for (qsizetype i = 0; i < m_prefetch.size(); ++i) {
                const QVariant &value = row.at(2 + i);
                m_readSettings.insert(m_prefetch.at(i),
                                      value.isNull() ? std::nullopt : std::optional(value.toString()));
            }
        });
    m_readHeads.reset();
    m_readSettings.clear();
    m_database.setDeferWrites(false);
    m_inTransaction = m_inExclusive = false;
    exclusiveEnded();
    return ok;
}

QString SqlFeedStore::headsAndSettingsSql() const
{
    QString sql = QStringLiteral(
        "SELECT (SELECT COALESCE(MAX(id), 0) FROM events), (SELECT COALESCE(MAX(seq), 0) FROM journal)");
    const QSqlDriver *driver = m_database.connection().driver();
    for (const QString &name : m_prefetch) {
        QSqlField field(QString{}, QMetaType(QMetaType::QString));
        field.setValue(name);
        sql +=
            QStringLiteral(", (SELECT value FROM settings WHERE name = %1)").arg(driver->formatValue(field));
    }
    return sql;
}

bool SqlFeedStore::write(const QString &sql, const QVariantList &values, QString *error)
{
    m_readHeads.reset(); // what was read with the lock no longer holds
    m_readSettings.clear();
    return m_database.write(sql, values, error);
}

bool SqlFeedStore::eventsAfter(qint64 afterId,
                               const std::function<void(qint64 id, const QByteArray &body)> &visit,
                               QString *error) const
{
    // Kept prepared (every other server's commit is read with it), and read to the end.
    QSqlQuery &query =
        m_database.prepared(QStringLiteral("SELECT id, body FROM events WHERE id > ? ORDER BY id"));
    query.setForwardOnly(true);
    if (!run(query, {afterId}, error)) {
        query.finish();
        return false;
    }
    while (query.next())
        visit(query.value(0).toLongLong(), query.value(1).toByteArray());
    query.finish();
    return true;
}

bool SqlFeedStore::newsAfter(qint64 afterId, qint64 afterSeq,
                             const std::function<void(qint64 id, const QByteArray &body)> &visit,
                             QList<JournalRow> *journal, QString *error) const
{
    if (m_database.dialect() != StoreLocation::Dialect::Postgres)
        return FeedStore::newsAfter(afterId, afterSeq, visit, journal, error);
    // Two statements in one round trip (the values are numbers); not forward-only, so that Qt's
    // driver reads both results.
    QSqlQuery query(m_database.connection());
    if (!Database::execAll(query,
                           QStringLiteral("SELECT id, body FROM events WHERE id > %1 ORDER BY id; "
                                          "SELECT seq, lead_id, at, audience, body, departed FROM journal "
                                          "WHERE seq > %2 ORDER BY seq")
                               .arg(afterId)
                               .arg(afterSeq),
                           nullptr, [&](QSqlQuery &result, int statement) {
                               while (result.next()) {
                                   if (statement == 0)
                                       visit(result.value(0).toLongLong(), result.value(1).toByteArray());
                                   else
                                       journal->append(journalRow(result));
                               }
                           })) {
        setError(error, sqlError(query));
        return false;
    }
    return true;
}

std::optional<qint64> SqlFeedStore::lastEventId(QString *error) const
{
    // With the events just written, where they are held back (one round trip).
    // Not forward-only: Qt's driver then reads the results of every statement at once.
    QSqlQuery query(m_database.rawConnectionForWrites());
    if (!m_database.execAfterWrites(query, QStringLiteral("SELECT MAX(id) FROM events")) || !query.next()) {
        setError(error, sqlError(query));
        return std::nullopt;
    }
    return query.value(0).toLongLong(); // NULL (no events) reads as 0
}

std::optional<std::pair<qint64, qint64>> SqlFeedStore::heads(QString *error) const
{
    if (m_readHeads)
        return std::exchange(m_readHeads, std::nullopt); // read with the lock, nothing written since
    QSqlQuery &query = m_database.prepared(QStringLiteral(
        "SELECT (SELECT COALESCE(MAX(id), 0) FROM events), (SELECT COALESCE(MAX(seq), 0) FROM journal)"));
    if (!query.exec() || !query.next()) {
        setError(error, sqlError(query));
        query.finish();
        return std::nullopt;
    }
    const std::pair<qint64, qint64> heads{query.value(0).toLongLong(), query.value(1).toLongLong()};
    query.finish();
    return heads;
}

std::optional<int> SqlFeedStore::moveClaim(qint64 alertId, const QString &from, const QString &to,
                                           qint64 atMs, QString *error)
{
    QSqlQuery &update = m_database.prepared(QStringLiteral(
        "UPDATE alerts SET claimed_by = ?, claimed_at = ? WHERE id = ? AND COALESCE(claimed_by, '') = ?"));
    if (!run(update, {to, atMs, alertId, nonNull(from)}, error))
        return std::nullopt;
    return update.numRowsAffected();
}

QString SqlFeedStore::connectionError() const
{
    if (const QString write = m_database.lastWriteError(); !write.isEmpty())
        return write;
    return m_database.connection().lastError().text();
}

bool SqlFeedStore::addEvent(const EventRow &event, QString *error)
{
    return write(
        QStringLiteral("INSERT INTO events (message_id, received_at, body) VALUES (?, ?, ?)"),
        {event.messageId.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(event.messageId),
         event.receivedAtMs, text(event.body)},
        error);
}

bool SqlFeedStore::readEvents(const std::function<void(const QByteArray &body)> &visit, QString *error) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT body FROM events ORDER BY id"))) {
        setError(error, sqlError(query));
        return false;
    }
    while (query.next())
        visit(query.value(0).toByteArray());
    return true;
}

bool SqlFeedStore::readEventsReceived(qint64 fromMs, qint64 toMs,
                                      const std::function<void(const QByteArray &body)> &visit,
                                      QString *error) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT body FROM events WHERE received_at >= ? AND received_at < ?"));
    if (!run(query, {fromMs, toMs}, error))
        return false;
    while (query.next())
        visit(query.value(0).toByteArray());
    return true;
}

bool SqlFeedStore::upsertLead(const QString &id, const QByteArray &state, qint64 seq, QString *error)
{
    return write(QStringLiteral("INSERT INTO leads (id, state, updated_seq) VALUES (?, ?, ?) ON "
                                "CONFLICT (id) DO UPDATE "
                                "SET state = excluded.state, updated_seq = excluded.updated_seq"),
                 {id, text(state), seq}, error);
}

std::optional<QList<QByteArray>> SqlFeedStore::leadStates(QString *error) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT state FROM leads"))) {
        setError(error, sqlError(query));
        return std::nullopt;
    }
    QList<QByteArray> states;
    while (query.next())
        states.append(query.value(0).toByteArray());
    return states;
}

std::optional<QByteArray> SqlFeedStore::leadState(const QString &id, QString *error) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT state FROM leads WHERE id = ?"));
    if (!run(query, {id}, error))
        return std::nullopt;
    return query.next() ? query.value(0).toByteArray() : QByteArray();
}

bool SqlFeedStore::appendJournal(const JournalRow &entry, QString *error)
{
    return write(
        QStringLiteral(
            "INSERT INTO journal (seq, lead_id, at, audience, body, departed) VALUES (?, ?, ?, ?, ?, ?)"),
        {entry.seq, entry.leadId, entry.atMs, lines(entry.audience), text(entry.body), lines(entry.departed)},
        error);
}

bool SqlFeedStore::trimJournal(qint64 throughSeq, QString *error)
{
    return write(QStringLiteral("DELETE FROM journal WHERE seq <= ?"), {throughSeq}, error);
}

std::optional<QList<FeedStore::JournalRow>>
SqlFeedStore::readJournal(const QString &sql, const QVariantList &values, QString *error) const
{
    // Kept prepared (a resume, and every other server's commit, read it), and read to the end.
    QSqlQuery &query = m_database.prepared(sql);
    query.setForwardOnly(true);
    if (!run(query, values, error)) {
        query.finish();
        return std::nullopt;
    }
    QList<JournalRow> rows;
    while (query.next())
        rows.append(journalRow(query));
    query.finish();
    return rows;
}

std::optional<QList<FeedStore::JournalRow>> SqlFeedStore::journalTail(int count, QString *error) const
{
    auto rows = readJournal(QStringLiteral("SELECT seq, lead_id, at, audience, body, departed FROM journal "
                                           "ORDER BY seq DESC LIMIT ?"),
                            {count}, error);
    if (rows)
        std::reverse(rows->begin(), rows->end());
    return rows;
}

std::optional<QList<FeedStore::JournalRow>> SqlFeedStore::journalAfter(qint64 seq, QString *error) const
{
    return readJournal(QStringLiteral("SELECT seq, lead_id, at, audience, body, departed FROM journal "
                                      "WHERE seq > ? ORDER BY seq"),
                       {seq}, error);
}

std::optional<qint64> SqlFeedStore::oldestJournalSeq(QString *error) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT MIN(seq) FROM journal")) || !query.next()) {
        setError(error, sqlError(query));
        return std::nullopt;
    }
    if (query.value(0).isNull())
        return std::nullopt;
    return query.value(0).toLongLong();
}

bool SqlFeedStore::upsertAlert(const AlertRow &alert, QString *error)
{
    // What happened to the alert changes; the furthest point it reached in the fallback chain
    // is kept.
    const QString upsert = QStringLiteral(
        "INSERT INTO alerts (id, lead_id, alert_at, tier, score, source, claimed_by, claimed_at, escalation, "
        "breach, closed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
        "claimed_by = excluded.claimed_by, claimed_at = excluded.claimed_at, breach = excluded.breach, "
        "escalation = CASE WHEN alerts.escalation > excluded.escalation THEN alerts.escalation "
        "ELSE excluded.escalation END, closed_at = excluded.closed_at");
    if (alert.id <= 0) {
        setError(error, QStringLiteral("no alert id"));
        return false;
    }
    // A bool: 1 or 0 in SQLite's INTEGER column, TRUE or FALSE in PostgreSQL's BOOLEAN.
    if (!write(upsert,
               {alert.id, alert.leadId, alert.alertAtMs, alert.tier, alert.score, alert.source,
                alert.claimedBy, alert.claimedAtMs, alert.escalation, alert.breach, alert.closedAtMs},
               error))
        return false;
    alertStored(alert.id);
    return true;
}

std::optional<QList<FeedStore::AlertRow>> SqlFeedStore::alertsRaised(qint64 fromMs, qint64 toMs,
                                                                     QString *error) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT id, lead_id, alert_at, tier, score, source, claimed_by, claimed_at, "
                       "escalation, breach, closed_at FROM alerts WHERE alert_at >= ? AND alert_at < ? "
                       "ORDER BY alert_at"));
    if (!run(query, {fromMs, toMs}, error))
        return std::nullopt;
    QList<AlertRow> rows;
    while (query.next()) {
        AlertRow a;
        a.id = query.value(0).toLongLong();
        a.leadId = query.value(1).toString();
        a.alertAtMs = query.value(2).toLongLong();
        a.tier = query.value(3).toInt();
        a.score = query.value(4).toDouble();
        a.source = query.value(5).toString();
        a.claimedBy = query.value(6).toString();
        a.claimedAtMs = query.value(7).toLongLong();
        a.escalation = query.value(8).toInt();
        a.breach = query.value(9).toBool();
        a.closedAtMs = query.value(10).toLongLong();
        rows.append(a);
    }
    return rows;
}

std::optional<QList<FeedStore::AlertCallRow>> SqlFeedStore::callsOnAlertsRaised(qint64 fromMs, qint64 toMs,
                                                                                QString *error) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT c.alert_id, r.name, c.started_at, c.disposition, c.qualification "
                                 "FROM calls c JOIN alerts a ON a.id = c.alert_id "
                                 "LEFT JOIN reps r ON r.id = c.rep_id "
                                 "WHERE a.alert_at >= ? AND a.alert_at < ?"));
    if (!run(query, {fromMs, toMs}, error))
        return std::nullopt;
    QList<AlertCallRow> rows;
    while (query.next()) {
        rows.append(AlertCallRow{query.value(0).toLongLong(), query.value(1).toString(),
                                 query.value(2).toLongLong(), query.value(3).toString(),
                                 query.value(4).toByteArray()});
    }
    return rows;
}

std::optional<QByteArray> SqlFeedStore::actionResult(qint64 repId, const QString &clientId,
                                                     QString *error) const
{
    // Not forward-only: one row, read whole at exec(), so the connection is idle after it
    // (Database::prepared).
    QSqlQuery &query =
        m_database.prepared(QStringLiteral("SELECT result FROM actions WHERE rep_id = ? AND client_id = ?"));
    if (!run(query, {repId, clientId}, error) || !query.next()) {
        query.finish();
        return std::nullopt;
    }
    const QByteArray result = query.value(0).toByteArray();
    query.finish();
    return result;
}

bool SqlFeedStore::recordAction(const ActionRow &action, QString *error)
{
    return write(
        QStringLiteral("INSERT INTO actions (client_id, rep_id, kind, at, result) VALUES (?, ?, ?, ?, ?)"),
        {action.clientId, action.repId, action.kind, action.atMs, text(action.result)}, error);
}

bool SqlFeedStore::addCall(const CallRow &call, QString *error)
{
    return write(
        QStringLiteral(
            "INSERT INTO calls (lead_id, rep_id, client_id, started_at, duration_s, disposition, notes, "
            "qualification, logged_at, alert_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {call.leadId, call.repId, call.clientId, call.startedAtMs, call.durationSeconds, call.disposition,
         call.notes, text(call.qualification), call.loggedAtMs, call.alertId},
        error);
}

bool SqlFeedStore::addAudit(const AuditRow &audit, QString *error)
{
    return write(
        QStringLiteral(
            "INSERT INTO audit (at, rep_id, action, lead_id, detail, alert_id) VALUES (?, ?, ?, ?, ?, ?)"),
        {audit.atMs, audit.repId, audit.action, audit.leadId, text(audit.detail),
         audit.alertId > 0 ? QVariant(audit.alertId) : QVariant()},
        error);
}

std::optional<QList<FeedStore::AuditRow>>
SqlFeedStore::readAudit(const QString &where, const QVariantList &values, QString *error) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT a.at, a.rep_id, a.action, a.lead_id, a.detail, a.alert_id, r.name "
                       "FROM audit a LEFT JOIN reps r ON r.id = a.rep_id WHERE %1 ORDER BY a.at, a.id")
            .arg(where));
    if (!run(query, values, error))
        return std::nullopt;
    QList<AuditRow> rows;
    while (query.next()) {
        rows.append({query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toString(),
                     query.value(3).toString(), query.value(4).toString().toUtf8(),
                     query.value(5).toLongLong(), query.value(6).toString()});
    }
    return rows;
}

std::optional<QList<FeedStore::AuditRow>> SqlFeedStore::auditFor(const QString &leadId, QString *error) const
{
    return readAudit(QStringLiteral("a.lead_id = ?"), {leadId}, error);
}

std::optional<QList<FeedStore::AuditRow>> SqlFeedStore::auditBetween(qint64 fromMs, qint64 toMs,
                                                                     QString *error) const
{
    return readAudit(QStringLiteral("a.at >= ? AND a.at < ?"), {fromMs, toMs}, error);
}

std::optional<qint64> SqlFeedStore::addRep(const Rep &rep, const QString &tokenHash, qint64 createdAtMs,
                                           QString *error)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT INTO reps (name, role, segments, backup, token_hash, availability, "
                                 "created_at, backups, weight, hours, time_zone, email) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    if (!run(query,
             {rep.name, Rep::roleName(rep.role), encodeSegments(rep.segments), firstBackup(rep), tokenHash,
              Rep::availabilityName(rep.availability), createdAtMs, lines(rep.backups), rep.weight,
              nonNull(rep.hours.toString()), nonNull(rep.timeZone), nonNull(rep.email)},
             error))
        return std::nullopt;
    if (!query.next()) {
        setError(error, sqlError(query));
        return std::nullopt;
    }
    const qint64 id = query.value(0).toLongLong();
    query.finish();
    return id;
}

bool SqlFeedStore::removeRep(const QString &name, QString *error)
{
    return transaction([&] {
        const auto team = reps(error);
        if (!team)
            return false;
        for (Rep rep : *team) {
            if (rep.backups.removeAll(name) > 0 && !updateRep(rep, error))
                return false;
        }
        QSqlQuery query(m_database.connection());
        query.prepare(QStringLiteral("DELETE FROM reps WHERE name = ?"));
        return run(query, {name}, error);
    });
}

std::optional<int> SqlFeedStore::updateRep(const Rep &rep, QString *error)
{
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("UPDATE reps SET role = ?, segments = ?, backup = ?, backups = ?, weight = ?, "
                       "hours = ?, time_zone = ?, email = ? WHERE id = ?"));
    if (!run(query,
             {Rep::roleName(rep.role), encodeSegments(rep.segments), firstBackup(rep), lines(rep.backups),
              rep.weight, nonNull(rep.hours.toString()), nonNull(rep.timeZone), nonNull(rep.email), rep.id},
             error))
        return std::nullopt;
    return query.numRowsAffected();
}

std::optional<int> SqlFeedStore::setRepTokenHash(const QString &name, const QString &tokenHash,
                                                 QString *error)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE reps SET token_hash = ? WHERE name = ?"));
    if (!run(query, {tokenHash, name}, error))
        return std::nullopt;
    return query.numRowsAffected();
}

std::optional<int> SqlFeedStore::setRepAvailability(qint64 id, Rep::Availability availability, QString *error)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE reps SET availability = ? WHERE id = ?"));
    if (!run(query, {Rep::availabilityName(availability), id}, error))
        return std::nullopt;
    return query.numRowsAffected();
}

std::optional<QList<Rep>> SqlFeedStore::reps(QString *error) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT %1 FROM reps ORDER BY LOWER(name), name").arg(kRepColumns))) {
        setError(error, sqlError(query));
        return std::nullopt;
    }
    QList<Rep> reps;
    while (query.next())
        reps.append(repFromRow(query));
    return reps;
}

std::optional<Rep> SqlFeedStore::findRep(QLatin1StringView column, const QVariant &value) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM reps WHERE %2 = ?").arg(kRepColumns, column));
    if (!run(query, {value}, nullptr) || !query.next())
        return std::nullopt;
    return repFromRow(query);
}

std::optional<Rep> SqlFeedStore::repNamed(const QString &name) const
{
    return findRep(QLatin1StringView("name"), name);
}

std::optional<Rep> SqlFeedStore::repWithId(qint64 id) const
{
    return findRep(QLatin1StringView("id"), id);
}

std::optional<Rep> SqlFeedStore::repWithTokenHash(const QString &tokenHash) const
{
    return findRep(QLatin1StringView("token_hash"), tokenHash);
}

std::optional<QString> SqlFeedStore::setting(const QString &name, QString *error) const
{
    if (const auto read = m_readSettings.constFind(name); read != m_readSettings.cend())
        return *read; // read with the lock, not written since
    // Kept prepared (a writer reads the rotation's settings in every transaction, every server
    // the team's version at each poll). Not forward-only: one row, read whole at exec(), so the
    // connection is idle after it (Database::prepared).
    QSqlQuery &query = m_database.prepared(QStringLiteral("SELECT value FROM settings WHERE name = ?"));
    if (!run(query, {name}, error) || !query.next()) {
        query.finish();
        return std::nullopt;
    }
    const QString value = query.value(0).toString();
    query.finish();
    return value;
}

bool SqlFeedStore::setSetting(const QString &name, const QString &value, QString *error)
{
    return write(QStringLiteral("INSERT INTO settings (name, value) VALUES (?, ?) "
                                "ON CONFLICT (name) DO UPDATE SET value = excluded.value"),
                 {name, value}, error);
}

namespace {

const QLatin1StringView
    kOutboxColumns("id, target, type, lead_id, call_id, payload, attempts, next_at, state, "
                   "last_error, unsure, reference, created_at, updated_at");

QString outboxStateName(FeedStore::OutboxState state)
{
    switch (state) {
    case FeedStore::OutboxState::Waiting:
        return QStringLiteral("waiting");
    case FeedStore::OutboxState::Sent:
        return QStringLiteral("sent");
    case FeedStore::OutboxState::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

FeedStore::OutboxState outboxState(const QString &name)
{
    if (name == u"sent")
        return FeedStore::OutboxState::Sent;
    if (name == u"failed")
        return FeedStore::OutboxState::Failed;
    return FeedStore::OutboxState::Waiting;
}

} // namespace

bool SqlFeedStore::addOutbox(const OutboxRow &item, QString *error)
{
    QSqlQuery &insert = m_database.prepared(QStringLiteral(
        "INSERT INTO outbox (id, target, type, lead_id, call_id, payload, attempts, next_at, state, "
        "last_error, "
        "unsure, reference, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    return run(insert,
               {item.id, item.target, item.type, item.leadId, item.callId, text(item.payload), item.attempts,
                item.nextAtMs, outboxStateName(item.state), item.lastError, item.unsure ? 1 : 0,
                item.reference, item.createdAtMs, item.updatedAtMs},
               error);
}

std::optional<QList<FeedStore::OutboxRow>>
SqlFeedStore::readOutbox(const QString &where, const QVariantList &values, QString *error) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT ") + kOutboxColumns + QStringLiteral(" FROM outbox ") + where);
    if (!run(query, values, error))
        return std::nullopt;
    QList<OutboxRow> rows;
    while (query.next()) {
        OutboxRow row;
        row.id = query.value(0).toString();
        row.target = query.value(1).toString();
        row.type = query.value(2).toString();
        row.leadId = query.value(3).toString();
        row.callId = query.value(4).toString();
        row.payload = query.value(5).toString().toUtf8();
        row.attempts = query.value(6).toInt();
        row.nextAtMs = query.value(7).toLongLong();
        row.state = outboxState(query.value(8).toString());
        row.lastError = query.value(9).toString();
        row.unsure = query.value(10).toInt() != 0;
        row.reference = query.value(11).toString();
        row.createdAtMs = query.value(12).toLongLong();
        row.updatedAtMs = query.value(13).toLongLong();
        rows.append(row);
    }
    return rows;
}

std::optional<QList<FeedStore::OutboxRow>> SqlFeedStore::dueOutbox(qint64 nowMs, int limit,
                                                                   QString *error) const
{
    return readOutbox(
        QStringLiteral("WHERE state = 'waiting' AND next_at <= ? ORDER BY next_at, created_at, id "
                       "LIMIT ?"),
        {nowMs, limit}, error);
}

std::optional<qint64> SqlFeedStore::nextOutboxAtMs(QString *error) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT MIN(next_at) FROM outbox WHERE state = 'waiting'"));
    if (!run(query, {}, error) || !query.next() || query.value(0).isNull())
        return std::nullopt;
    return query.value(0).toLongLong();
}

bool SqlFeedStore::updateOutbox(const OutboxRow &item, QString *error)
{
    QSqlQuery &update = m_database.prepared(
        QStringLiteral("UPDATE outbox SET attempts = ?, next_at = ?, state = ?, last_error = ?, unsure = ?, "
                       "reference = ?, updated_at = ? WHERE id = ?"));
    return run(update,
               {item.attempts, item.nextAtMs, outboxStateName(item.state), item.lastError,
                item.unsure ? 1 : 0, item.reference, item.updatedAtMs, item.id},
               error);
}

std::optional<FeedStore::OutboxRow> SqlFeedStore::outboxItem(const QString &id, QString *error) const
{
    const auto rows = readOutbox(QStringLiteral("WHERE id = ?"), {id}, error);
    if (!rows || rows->isEmpty())
        return std::nullopt;
    return rows->constFirst();
}

std::optional<QList<FeedStore::OutboxRow>> SqlFeedStore::outboxForLead(const QString &leadId,
                                                                       QString *error) const
{
    return readOutbox(QStringLiteral("WHERE lead_id = ? ORDER BY created_at, id"), {leadId}, error);
}

std::optional<QList<FeedStore::OutboxRow>> SqlFeedStore::outboxInState(OutboxState state, int limit,
                                                                       QString *error) const
{
    return readOutbox(QStringLiteral("WHERE state = ? ORDER BY updated_at DESC, id LIMIT ?"),
                      {outboxStateName(state), limit}, error);
}

std::optional<QList<FeedStore::OutboxRow>> SqlFeedStore::outboxTroubles(int limit, QString *error) const
{
    return readOutbox(QStringLiteral("WHERE state = 'failed' OR (state = 'waiting' AND attempts > 0 AND "
                                     "COALESCE(last_error, '') <> '') ORDER BY updated_at DESC, id LIMIT ?"),
                      {limit}, error);
}
