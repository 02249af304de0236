#include "consolestore.h"

#include "clock/instant.h"
#include "rules/rules.h"
#include "store/database.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace {

const Database::Migrations &consoleMigrations()
{
    static const Database::Migrations steps = {
        {
            QStringLiteral("CREATE TABLE meta (name VARCHAR(100) PRIMARY KEY, value TEXT NOT NULL)"),
            QStringLiteral(
                "CREATE TABLE leads ("
                " id VARCHAR(250) PRIMARY KEY,"
                " seq BIGINT NOT NULL,"
                " name TEXT, company TEXT, title TEXT, phone TEXT, summary TEXT,"
                " owner TEXT, claimed_by TEXT, assigned_to TEXT,"
                " status INTEGER NOT NULL, escalation INTEGER NOT NULL, tier INTEGER NOT NULL,"
                " score DOUBLE PRECISION NOT NULL,"
                " alert_at BIGINT, claim_deadline BIGINT, call_deadline BIGINT, first_call_at BIGINT,"
                " breach INTEGER NOT NULL,"
                " signals TEXT NOT NULL,"
                " body TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE outbox ("
                           " id VARCHAR(200) PRIMARY KEY,"
                           " created_at BIGINT NOT NULL,"
                           " body TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE calls ("
                           " id VARCHAR(200) PRIMARY KEY,"
                           " lead_id VARCHAR(250) NOT NULL,"
                           " body TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX calls_lead ON calls (lead_id)"),
            QStringLiteral("CREATE TABLE tasks ("
                           " id INTEGER PRIMARY KEY,"
                           " lead_id VARCHAR(250) NOT NULL,"
                           " lead_name TEXT,"
                           " channel VARCHAR(20) NOT NULL,"
                           " step INTEGER NOT NULL,"
                           " due_at BIGINT NOT NULL,"
                           " done INTEGER NOT NULL)"),
        },
    };
    return steps;
}

QByteArray compact(const QJsonObject &json)
{
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

// "type@ms@points;..." : enough to keep decaying a lead's score without parsing its JSON.
QString encodeSignals(const QJsonObject &lead)
{
    QStringList parts;
    const QJsonArray signalsJson = lead.value(QStringLiteral("card"))
                                       .toObject()
                                       .value(QStringLiteral("explanation"))
                                       .toObject()
                                       .value(QStringLiteral("signals"))
                                       .toArray();
    for (const QJsonValue &v : signalsJson) {
        const QJsonObject s = v.toObject();
        parts.append(s.value(QStringLiteral("type")).toString() + u'@' +
                     QString::number(parseInstantMs(s.value(QStringLiteral("at")))) + u'@' +
                     QString::number(s.value(QStringLiteral("points")).toDouble()));
    }
    // Never null: the column is NOT NULL, and a lead may have no live signal left.
    return parts.isEmpty() ? QStringLiteral("") : parts.join(u';');
}

} // namespace

ConsoleStore::ConsoleStore(std::unique_ptr<Database> database)
    : m_database(std::move(database))
{}

ConsoleStore::~ConsoleStore() = default;

std::unique_ptr<ConsoleStore> ConsoleStore::open(const QString &path, QString *error)
{
    auto database = Database::open(path, consoleMigrations(), error);
    if (!database)
        return nullptr;
    return std::unique_ptr<ConsoleStore>(new ConsoleStore(std::move(database)));
}

QString ConsoleStore::meta(const QString &name) const
{
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("SELECT value FROM meta WHERE name = ?"));
    query.addBindValue(name);
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

bool ConsoleStore::setMeta(const QString &name, const QString &value)
{
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("UPDATE meta SET value = ? WHERE name = ?"));
    query.addBindValue(value);
    query.addBindValue(name);
    if (!query.exec())
        return false;
    if (query.numRowsAffected() > 0)
        return true;
    query.prepare(QStringLiteral("INSERT INTO meta (name, value) VALUES (?, ?)"));
    query.addBindValue(name);
    query.addBindValue(value);
    return query.exec();
}

qint64 ConsoleStore::lastSeq() const
{
    return meta(QStringLiteral("last_seq")).toLongLong();
}

bool ConsoleStore::saveLeads(const QList<QPair<QJsonObject, qint64>> &leadsWithSeq, qint64 lastSeq)
{
    return m_database->transaction([&] { return writeLeads(leadsWithSeq, lastSeq); });
}

bool ConsoleStore::writeLeads(const QList<QPair<QJsonObject, qint64>> &leadsWithSeq, qint64 lastSeq)
{
    {
        // A lead the cache holds is updated in place, which keeps its row and its index entry;
        // deleting and inserting it again rewrote several pages per lead.
        QSqlQuery update(m_database->connection());
        QSqlQuery insert(m_database->connection());
        update.prepare(QStringLiteral(
            "UPDATE leads SET seq = ?, name = ?, company = ?, title = ?, phone = ?, summary = ?, owner = ?, "
            "claimed_by = ?, assigned_to = ?, status = ?, escalation = ?, tier = ?, score = ?, alert_at = ?, "
            "claim_deadline = ?, call_deadline = ?, first_call_at = ?, breach = ?, signals = ?, body = ? "
            "WHERE id = ?"));
        insert.prepare(QStringLiteral(
            "INSERT INTO leads (seq, name, company, title, phone, summary, owner, claimed_by, assigned_to, "
            "status, escalation, tier, score, alert_at, claim_deadline, call_deadline, first_call_at, "
            "breach, signals, body, id) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        for (const auto &[json, seq] : leadsWithSeq) {
            const QueueLead q = QueueLead::fromJson(json, seq, nullptr);
            const QString signalsText = encodeSignals(json);
            const QString body = QString::fromUtf8(compact(json));
            const auto bind = [&](QSqlQuery &query) {
                for (const QVariant &v : {QVariant(seq),
                                          QVariant(q.name),
                                          QVariant(q.company),
                                          QVariant(q.title),
                                          QVariant(q.phone),
                                          QVariant(q.summary),
                                          QVariant(q.owner),
                                          QVariant(q.claimedBy),
                                          QVariant(q.assignedTo),
                                          QVariant(int(q.status)),
                                          QVariant(q.escalation),
                                          QVariant(q.tier),
                                          QVariant(q.serverScore),
                                          QVariant(q.alertAtMs),
                                          QVariant(q.claimDeadlineMs),
                                          QVariant(q.callDeadlineMs),
                                          QVariant(q.firstCallAtMs),
                                          QVariant(q.breach ? 1 : 0),
                                          QVariant(signalsText),
                                          QVariant(body),
                                          QVariant(q.id)})
                    query.addBindValue(v);
            };
            bind(update);
            if (!update.exec())
                return false;
            if (update.numRowsAffected() > 0)
                continue;
            bind(insert);
            if (!insert.exec())
                return false;
        }
        return setMeta(QStringLiteral("last_seq"), QString::number(lastSeq));
    }
}

bool ConsoleStore::replaceAllLeads(const QJsonArray &leads, qint64 seq)
{
    QList<QPair<QJsonObject, qint64>> all;
    for (const QJsonValue &v : leads)
        all.append({v.toObject(), seq});
    // One transaction: a crash in between must not leave an empty cache with the old position.
    return m_database->transaction([&] {
        QSqlQuery clear(m_database->connection());
        return clear.exec(QStringLiteral("DELETE FROM leads")) && writeLeads(all, seq);
    });
}

QList<QueueLead> ConsoleStore::loadQueue(const Rules *rules) const
{
    QList<QueueLead> out;
    QSqlQuery query(m_database->connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, seq, name, company, title, phone, summary, owner, claimed_by, "
                                   "assigned_to, status, escalation, "
                                   "tier, score, alert_at, claim_deadline, call_deadline, first_call_at, "
                                   "breach, signals FROM leads")))
        return out;
    while (query.next()) {
        QueueLead q;
        q.id = query.value(0).toString();
        q.seq = query.value(1).toLongLong();
        q.name = query.value(2).toString();
        q.company = query.value(3).toString();
        q.title = query.value(4).toString();
        q.phone = query.value(5).toString();
        q.summary = query.value(6).toString();
        q.owner = query.value(7).toString();
        q.claimedBy = query.value(8).toString();
        q.assignedTo = query.value(9).toString();
        q.status = LeadState::Status(query.value(10).toInt());
        q.escalation = query.value(11).toInt();
        q.tier = query.value(12).toInt();
        q.serverScore = q.score = query.value(13).toDouble();
        q.alertAtMs = query.value(14).toLongLong();
        q.claimDeadlineMs = query.value(15).toLongLong();
        q.callDeadlineMs = query.value(16).toLongLong();
        q.firstCallAtMs = query.value(17).toLongLong();
        q.breach = query.value(18).toInt() != 0;
        const QString encoded = query.value(19).toString();
        for (const QStringView part : QStringView(encoded).split(u';', Qt::SkipEmptyParts)) {
            const auto fields = part.split(u'@');
            if (fields.size() != 3)
                continue;
            q.liveSignals.push_back(QueueLead::Signal{rules ? rules->typeIndex(fields.at(0).toString()) : -1,
                                                      fields.at(1).toLongLong(), fields.at(2).toDouble()});
        }
        out.append(std::move(q));
    }
    return out;
}

std::optional<QJsonObject> ConsoleStore::leadJson(const QString &id) const
{
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("SELECT body FROM leads WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return QJsonDocument::fromJson(query.value(0).toByteArray()).object();
}

bool ConsoleStore::enqueue(const QJsonObject &request, qint64 nowMs)
{
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("INSERT INTO outbox (id, created_at, body) VALUES (?, ?, ?)"));
    query.addBindValue(request.value(QStringLiteral("id")).toString());
    query.addBindValue(nowMs);
    query.addBindValue(QString::fromUtf8(compact(request)));
    return query.exec();
}

QList<ConsoleStore::Pending> ConsoleStore::pending() const
{
    QList<Pending> out;
    QSqlQuery query(m_database->connection());
    // Insertion order: requests made within one millisecond must not swap (claim, then release).
    if (!query.exec(QStringLiteral("SELECT id, created_at, body FROM outbox ORDER BY rowid")))
        return out;
    while (query.next())
        out.append(Pending{query.value(0).toString(),
                           QJsonDocument::fromJson(query.value(2).toByteArray()).object(),
                           query.value(1).toLongLong()});
    return out;
}

bool ConsoleStore::remove(const QString &id)
{
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("DELETE FROM outbox WHERE id = ?"));
    query.addBindValue(id);
    return query.exec();
}

bool ConsoleStore::recordCall(const QJsonObject &call)
{
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("INSERT INTO calls (id, lead_id, body) VALUES (?, ?, ?)"));
    query.addBindValue(call.value(QStringLiteral("id")).toString());
    query.addBindValue(call.value(QStringLiteral("lead")).toString());
    query.addBindValue(QString::fromUtf8(compact(call)));
    return query.exec();
}

QJsonArray ConsoleStore::calls(const QString &leadId) const
{
    QJsonArray out;
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("SELECT body FROM calls WHERE lead_id = ? ORDER BY rowid DESC"));
    query.addBindValue(leadId);
    if (query.exec()) {
        while (query.next())
            out.append(QJsonDocument::fromJson(query.value(0).toByteArray()).object());
    }
    return out;
}

bool ConsoleStore::addTasks(const QList<Task> &tasks)
{
    return m_database->transaction([&] {
        QSqlQuery query(m_database->connection());
        query.prepare(QStringLiteral(
            "INSERT INTO tasks (lead_id, lead_name, channel, step, due_at, done) VALUES (?, ?, ?, ?, ?, 0)"));
        for (const Task &t : tasks) {
            query.addBindValue(t.leadId);
            query.addBindValue(t.leadName);
            query.addBindValue(t.channel);
            query.addBindValue(t.step);
            query.addBindValue(t.dueAtMs);
            if (!query.exec())
                return false;
        }
        return true;
    });
}

QList<ConsoleStore::Task> ConsoleStore::openTasks() const
{
    QList<Task> out;
    QSqlQuery query(m_database->connection());
    if (!query.exec(QStringLiteral("SELECT id, lead_id, lead_name, channel, step, due_at FROM tasks WHERE "
                                   "done = 0 ORDER BY due_at, id")))
        return out;
    while (query.next())
        out.append(Task{query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                        query.value(3).toString(), query.value(5).toLongLong(), query.value(4).toInt(),
                        false});
    return out;
}

bool ConsoleStore::completeCallTask(const QString &leadId)
{
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral(
        "SELECT id FROM tasks WHERE lead_id = ? AND channel = 'call' AND done = 0 ORDER BY due_at, id"));
    query.addBindValue(leadId);
    if (!query.exec() || !query.next())
        return false;
    return completeTask(query.value(0).toLongLong());
}

bool ConsoleStore::completeTask(qint64 id)
{
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("UPDATE tasks SET done = 1 WHERE id = ? AND done = 0"));
    query.addBindValue(id);
    return query.exec() && query.numRowsAffected() > 0;
}
