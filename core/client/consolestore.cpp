#include "consolestore.h"

#include "clock/instant.h"
#include "protocol/messages.h"
#include "rules/rules.h"
#include "store/database.h"

#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QMutex>
#include <QSqlQuery>
#include <QStringTokenizer>
#include <QThread>
#include <QWaitCondition>

#include <array>
#include <deque>

Q_LOGGING_CATEGORY(lcStore, "firstcall.console.store")

namespace {

using StoredLeads = QList<QPair<LeadState, qint64>>;
const QString kLastSeq = QStringLiteral("last_seq");

// A copy `INSERT ... SELECT ... FROM leads` as kSlices statements over consecutive rowid
// ranges, in rowid order: the same rows in the same order, and a step of progress after each.
constexpr int kSlices = 10;
QStringList inSlices(const QString &copy, const QString &orderBy = {})
{
    QStringList out;
    for (int slice = 0; slice < kSlices; ++slice) {
        // The first slice has no lower bound, the last ends at the last row: every row once.
        const QString from = slice == 0
                                 ? QString()
                                 : QStringLiteral("rowid > (SELECT MAX(rowid) FROM leads) * %1 / %2 AND ")
                                       .arg(slice)
                                       .arg(kSlices);
        out.append(
            copy + QStringLiteral(" WHERE ") + from +
            QStringLiteral("rowid <= (SELECT MAX(rowid) FROM leads) * %1 / %2").arg(slice + 1).arg(kSlices) +
            orderBy);
    }
    return out;
}

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
        // 2: the full lead in a table of its own, so that reading the queue's columns does not
        // read every lead's JSON too. The queue's table is built anew rather than losing a
        // column: that would leave each row alone on a page, and the queue read them all. The
        // copies go in slices, each a step of the progress a big cache's upgrade shows.
        QStringList{
            QStringLiteral("CREATE TABLE lead_bodies (id VARCHAR(250) PRIMARY KEY, body TEXT NOT NULL)"),
        } + inSlices(QStringLiteral("INSERT INTO lead_bodies (id, body) SELECT id, body FROM leads")) +
            QStringList{
                QStringLiteral(
                    "CREATE TABLE queue_leads ("
                    " id VARCHAR(250) PRIMARY KEY,"
                    " seq BIGINT NOT NULL,"
                    " name TEXT, company TEXT, title TEXT, phone TEXT, summary TEXT,"
                    " owner TEXT, claimed_by TEXT, assigned_to TEXT,"
                    " status INTEGER NOT NULL, escalation INTEGER NOT NULL, tier INTEGER NOT NULL,"
                    " score DOUBLE PRECISION NOT NULL,"
                    " alert_at BIGINT, claim_deadline BIGINT, call_deadline BIGINT, first_call_at BIGINT,"
                    " breach INTEGER NOT NULL,"
                    " signals TEXT NOT NULL)"),
            } // In the order the leads first came, which the queue keeps as its last tie-break.
            + inSlices(
                  QStringLiteral(
                      "INSERT INTO queue_leads (id, seq, name, company, title, phone, summary, owner, "
                      "claimed_by, assigned_to, status, escalation, tier, score, alert_at, claim_deadline, "
                      "call_deadline, first_call_at, breach, signals) "
                      "SELECT id, seq, name, company, title, phone, summary, owner, claimed_by, "
                      "assigned_to, status, escalation, tier, score, alert_at, claim_deadline, "
                      "call_deadline, first_call_at, breach, signals FROM leads"),
                  QStringLiteral(" ORDER BY rowid")) +
            QStringList{
                QStringLiteral("DROP TABLE leads"),
                QStringLiteral("ALTER TABLE queue_leads RENAME TO leads"),
            },
        // 3: when a lead was worked, for the Worked view (its rep's done leads of 30 days), and
        // its follow-up tasks (JSON, NULL for none), so that the start reads no lead's body.
        {
            QStringLiteral("ALTER TABLE leads ADD COLUMN done_at BIGINT"),
            QStringLiteral("ALTER TABLE leads ADD COLUMN tasks TEXT"),
        },
        // 4: the follow-up tasks come with the leads from the feed: the table of the console's
        // own is gone
        {
            QStringLiteral("DROP TABLE tasks"),
        },
    };
    return steps;
}

// "type@ms@points;..." : enough to keep decaying a lead's score without parsing its JSON.
QString encodeSignals(const LeadState &lead)
{
    QStringList parts;
    for (const LeadCard::Signal &s : lead.card.signalList)
        parts.append(s.type + u'@' + QString::number(s.atMs) + u'@' + QString::number(s.points));
    // Never null: the column is NOT NULL, and a lead may have no live signal left.
    return parts.isEmpty() ? QStringLiteral("") : parts.join(u';');
}

// Reads encodeSignals()'s text, without allocating but for the list: it runs for every lead
// at start.
void decodeSignals(QStringView encoded, const Rules *rules, QList<QueueLead::Signal> *out)
{
    if (encoded.isEmpty())
        return;
    out->reserve(encoded.count(u';') + 1);
    for (const QStringView part : QStringTokenizer(encoded, u';', Qt::SkipEmptyParts)) {
        std::array<QStringView, 3> fields;
        qsizetype count = 0;
        for (const QStringView field : QStringTokenizer(part, u'@')) {
            if (count < qsizetype(fields.size()))
                fields[count] = field;
            ++count;
        }
        if (count != qsizetype(fields.size()))
            continue;
        out->push_back(QueueLead::Signal{rules ? rules->typeIndex(fields[0]) : -1, fields[1].toLongLong(),
                                         fields[2].toDouble()});
    }
}

bool writeMeta(const QSqlDatabase &db, const QString &name, const QString &value)
{
    QSqlQuery query(db);
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

// Updates a row in place, or inserts it when there is none: a lead the cache holds keeps its
// rows and their index entries (deleting and inserting it again rewrote several pages per lead).
// Both statements take the same values, the key last.
bool updateOrInsert(QSqlQuery &update, QSqlQuery &insert, const QVariantList &values)
{
    for (const QVariant &v : values)
        update.addBindValue(v);
    if (!update.exec())
        return false;
    if (update.numRowsAffected() > 0)
        return true;
    for (const QVariant &v : values)
        insert.addBindValue(v);
    return insert.exec();
}

bool writeLeads(const QSqlDatabase &db, const StoredLeads &leadsWithSeq)
{
    QSqlQuery update(db);
    QSqlQuery insert(db);
    QSqlQuery updateBody(db);
    QSqlQuery insertBody(db);
    update.prepare(QStringLiteral(
        "UPDATE leads SET seq = ?, name = ?, company = ?, title = ?, phone = ?, summary = ?, owner = ?, "
        "claimed_by = ?, assigned_to = ?, status = ?, escalation = ?, tier = ?, score = ?, alert_at = ?, "
        "claim_deadline = ?, call_deadline = ?, first_call_at = ?, breach = ?, signals = ?, done_at = ?, "
        "tasks = ? WHERE id = ?"));
    insert.prepare(QStringLiteral(
        "INSERT INTO leads (seq, name, company, title, phone, summary, owner, claimed_by, assigned_to, "
        "status, escalation, tier, score, alert_at, claim_deadline, call_deadline, first_call_at, "
        "breach, signals, done_at, tasks, id) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    updateBody.prepare(QStringLiteral("UPDATE lead_bodies SET body = ? WHERE id = ?"));
    insertBody.prepare(QStringLiteral("INSERT INTO lead_bodies (body, id) VALUES (?, ?)"));
    for (const auto &[lead, seq] : leadsWithSeq) {
        const QueueLead q = QueueLead::fromLead(lead, seq, nullptr);
        const bool ok =
            updateOrInsert(
                update, insert,
                {QVariant(seq),
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
                 QVariant(encodeSignals(lead)),
                 QVariant(q.doneAtMs),
                 lead.tasks.isEmpty()
                     ? QVariant(QMetaType::fromType<QString>())
                     : QVariant(QString::fromUtf8(
                           QJsonDocument(protocol::leadToJson(lead).value(QStringLiteral("tasks")).toArray())
                               .toJson(QJsonDocument::Compact))),
                 QVariant(q.id)}) &&
            updateOrInsert(updateBody, insertBody,
                           {QVariant(QString::fromUtf8(protocol::encodeLead(lead, protocol::kAllNotes))),
                            QVariant(q.id)});
        if (!ok)
            return false;
    }
    return true;
}

} // namespace

// Writes batches of leads in order on its own thread, through its own connection (Qt Sql
// connections belong to the thread that opened them; WAL lets the event loop's connection
// read meanwhile). Until a batch is committed its leads and position are kept here, so that
// the store's reads see them.
class ConsoleStore::Writer final
{
public:
    enum Kind
    {
        Save,
        Replace
    };

    explicit Writer(QString path)
        : m_path(std::move(path))
    {}

    ~Writer()
    {
        {
            const QMutexLocker lock(&m_mutex);
            m_stopping = true;
            m_wake.wakeOne();
        }
        if (m_thread)
            m_thread->wait(); // it writes what it was handed first
    }

    bool start(QString *error)
    {
        m_thread.reset(QThread::create([this] { run(); }));
        m_thread->setObjectName(QStringLiteral("console store writer"));
        m_thread->start();
        QMutexLocker lock(&m_mutex);
        while (m_state == Opening)
            m_progress.wait(&m_mutex);
        if (m_state == Failed) {
            *error = m_openError;
            return false;
        }
        return true;
    }

    quint64 submit(StoredLeads leads, qint64 lastSeq, Kind kind)
    {
        const QMutexLocker lock(&m_mutex);
        const quint64 number = ++m_submitted;
        if (kind == Save) {
            for (const auto &[lead, seq] : std::as_const(leads))
                m_unwritten.insert(lead.id, {lead, number});
        }
        m_pendingLastSeq = lastSeq;
        m_queue.push_back(Job{std::move(leads), lastSeq, kind, number});
        m_wake.wakeOne();
        return number;
    }

    // Whether batch `number` was written, once it is done (the caller submits nothing meanwhile).
    bool waitFor(quint64 number)
    {
        QMutexLocker lock(&m_mutex);
        while (m_done < number)
            m_progress.wait(&m_mutex);
        return m_lastFailed != number;
    }

    // Whether every batch was written since the last time this was asked.
    bool waitForAll()
    {
        QMutexLocker lock(&m_mutex);
        while (m_done < m_submitted)
            m_progress.wait(&m_mutex);
        const bool ok = m_lastFailed <= m_failureReported;
        m_failureReported = m_lastFailed;
        return ok;
    }

    std::optional<LeadState> unwritten(const QString &id) const
    {
        const QMutexLocker lock(&m_mutex);
        const auto it = m_unwritten.constFind(id);
        return it == m_unwritten.constEnd() ? std::nullopt : std::optional<LeadState>(it->first);
    }

    std::optional<qint64> pendingLastSeq() const
    {
        const QMutexLocker lock(&m_mutex);
        return m_done < m_submitted ? std::optional<qint64>(m_pendingLastSeq) : std::nullopt;
    }

private:
    struct Job
    {
        StoredLeads leads;
        qint64 lastSeq = 0;
        Kind kind = Save;
        quint64 number = 0;
    };
    enum State
    {
        Opening,
        Open,
        Failed
    };

    void run()
    {
        QString error;
        const auto database = Database::open(m_path, consoleMigrations(), &error);
        {
            const QMutexLocker lock(&m_mutex);
            m_state = database ? Open : Failed;
            m_openError = error;
            m_progress.wakeAll();
            if (!database)
                return;
        }
        for (;;) {
            std::deque<Job> jobs;
            {
                QMutexLocker lock(&m_mutex);
                while (m_queue.empty() && !m_stopping)
                    m_wake.wait(&m_mutex);
                if (m_queue.empty())
                    return; // stopping, and everything is written
                jobs.swap(m_queue);
            }
            // Batches that queued up while the last one was written go in one transaction.
            while (!jobs.empty()) {
                auto end = jobs.begin() + 1;
                if (jobs.front().kind == Save) {
                    while (end != jobs.end() && end->kind == Save)
                        ++end;
                }
                const Job &last = *(end - 1);
                const bool ok = database->transaction([&] {
                    const QSqlDatabase db = database->connection();
                    if (jobs.front().kind == Replace) {
                        QSqlQuery clear(db);
                        if (!clear.exec(QStringLiteral("DELETE FROM leads")) ||
                            !clear.exec(QStringLiteral("DELETE FROM lead_bodies")))
                            return false;
                    }
                    for (auto it = jobs.begin(); it != end; ++it) {
                        if (!writeLeads(db, it->leads))
                            return false;
                    }
                    return writeMeta(db, kLastSeq, QString::number(last.lastSeq));
                });
                if (!ok)
                    qCWarning(lcStore) << "could not write" << m_path;
                finish(jobs.begin(), end, ok);
                jobs.erase(jobs.begin(), end);
            }
        }
    }

    void finish(std::deque<Job>::const_iterator first, std::deque<Job>::const_iterator end, bool ok)
    {
        const QMutexLocker lock(&m_mutex);
        for (auto job = first; job != end; ++job) {
            for (const auto &[lead, seq] : job->leads) {
                const auto it = m_unwritten.find(lead.id);
                if (it != m_unwritten.end() && it->second <= job->number)
                    m_unwritten.erase(it);
            }
            if (!ok)
                m_lastFailed = job->number;
            m_done = job->number;
        }
        m_progress.wakeAll();
    }

    const QString m_path;
    std::unique_ptr<QThread> m_thread;
    mutable QMutex m_mutex;
    QWaitCondition m_wake;     // work for the thread, or time to stop
    QWaitCondition m_progress; // opened, or batches done
    State m_state = Opening;
    QString m_openError;
    std::deque<Job> m_queue;
    quint64 m_submitted = 0;
    quint64 m_done = 0;
    quint64 m_lastFailed = 0;
    quint64 m_failureReported = 0;
    bool m_stopping = false;
    QHash<QString, std::pair<LeadState, quint64>> m_unwritten; // id -> newest body, its batch
    qint64 m_pendingLastSeq = 0;
};

ConsoleStore::ConsoleStore(std::unique_ptr<Database> database, std::unique_ptr<Writer> writer)
    : m_database(std::move(database))
    , m_writer(std::move(writer))
{}

ConsoleStore::~ConsoleStore()
{
    m_writer.reset(); // writes what it was handed, before the connection closes
}

namespace {

// Opens the cache and brings it to the current schema; after a migration, gives the free pages
// it left back (a table built anew leaves the old one's pages free: hundreds of MB for a big
// cache). The progress counts the migrations' statements and the reclaim as one more.
std::unique_ptr<Database> openMigrated(const QString &path, const Database::MigrationProgress &progress,
                                       QString *error, const Database::MigrationStop &stop = {})
{
    int steps = 0;
    auto database = Database::open(
        path, consoleMigrations(), error,
        [&progress, &steps](int done, int total) {
            steps = total + 1;
            if (progress)
                progress(done, steps);
        },
        stop);
    if (!database)
        return nullptr;
    if (steps == 0)
        return database; // nothing to do
    QSqlQuery pragma(database->connection());
    const auto pragmaValue = [&pragma](const char *name) {
        const bool ok = pragma.exec(QLatin1StringView(name)) && pragma.next();
        const qint64 value = ok ? pragma.value(0).toLongLong() : 0;
        pragma.finish();
        return value;
    };
    const qint64 freeBytes = database->versionAtOpen() > 0
                                 ? pragmaValue("PRAGMA freelist_count") * pragmaValue("PRAGMA page_size")
                                 : 0;
    if (freeBytes > 0) {
        // Outside any transaction (VACUUM cannot run in one); the file shrinks at the checkpoint.
        if (!pragma.exec(QStringLiteral("VACUUM")) ||
            !pragma.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")))
            qCWarning(lcStore).noquote() << path << ": could not reclaim the free space:" << sqlError(pragma);
        else
            qCInfo(lcStore).noquote()
                << path << ": migrated;" << freeBytes / (1024 * 1024) << "MiB of free pages reclaimed";
    }
    if (progress)
        progress(steps, steps);
    return database;
}

} // namespace

int ConsoleStore::pendingMigrations(const QString &path)
{
    if (!QFileInfo::exists(path))
        return 0;
    int version = 0;
    const QString name = QStringLiteral("firstcall-cache-check-%1").arg(quintptr(&version));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("SELECT MAX(version) FROM schema_version")) && query.next())
                version = query.value(0).toInt();
        }
    }
    QSqlDatabase::removeDatabase(name);
    // A file without a schema yet is created at once: nothing to wait for.
    return version == 0 ? 0 : std::max(0, int(consoleMigrations().size()) - version);
}

const Database::Migrations &ConsoleStore::migrations()
{
    return consoleMigrations();
}

bool ConsoleStore::migrate(const QString &path, const Database::MigrationProgress &progress, QString *error,
                           const Database::MigrationStop &stop)
{
    return openMigrated(path, progress, error, stop) != nullptr;
}

std::unique_ptr<ConsoleStore> ConsoleStore::open(const QString &path, QString *error)
{
    auto database = openMigrated(path, {}, error);
    if (!database)
        return nullptr;
    auto writer = std::make_unique<Writer>(path);
    if (!writer->start(error))
        return nullptr;
    return std::unique_ptr<ConsoleStore>(new ConsoleStore(std::move(database), std::move(writer)));
}

QString ConsoleStore::meta(const QString &name) const
{
    if (name == kLastSeq) {
        if (const auto pending = m_writer->pendingLastSeq())
            return QString::number(*pending);
    }
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("SELECT value FROM meta WHERE name = ?"));
    query.addBindValue(name);
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

bool ConsoleStore::setMeta(const QString &name, const QString &value)
{
    return writeMeta(m_database->connection(), name, value);
}

qint64 ConsoleStore::lastSeq() const
{
    return meta(kLastSeq).toLongLong();
}

void ConsoleStore::saveLeads(QList<QPair<LeadState, qint64>> leadsWithSeq, qint64 lastSeq)
{
    m_writer->submit(std::move(leadsWithSeq), lastSeq, Writer::Save);
}

bool ConsoleStore::waitForWrites() const
{
    return m_writer->waitForAll();
}

bool ConsoleStore::replaceAllLeads(const QList<LeadState> &leads, qint64 seq)
{
    StoredLeads all;
    all.reserve(leads.size());
    for (const LeadState &lead : leads)
        all.append({lead, seq});
    // One transaction: a crash in between must not leave an empty cache with the old position.
    return m_writer->waitFor(m_writer->submit(std::move(all), seq, Writer::Replace));
}

QList<QueueLead> ConsoleStore::loadQueue(const Rules *rules) const
{
    waitForWrites();
    QList<QueueLead> out;
    QSqlQuery query(m_database->connection());
    query.setForwardOnly(true);
    if (query.exec(QStringLiteral("SELECT COUNT(*) FROM leads")) && query.next())
        out.reserve(query.value(0).toLongLong());
    // In the order the leads first came (a lead is updated in place): the queue's last tie-break.
    if (!query.exec(QStringLiteral("SELECT id, seq, name, company, title, phone, summary, owner, claimed_by, "
                                   "assigned_to, status, escalation, "
                                   "tier, score, alert_at, claim_deadline, call_deadline, first_call_at, "
                                   "breach, signals, done_at, tasks FROM leads ORDER BY rowid")))
        return out;
    while (query.next()) {
        QueueLead &q = out.emplace_back();
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
        decodeSignals(query.value(19).toString(), rules, &q.liveSignals);
        q.doneAtMs = query.value(20).toLongLong();
        if (const QString tasks = query.value(21).toString(); !tasks.isEmpty())
            q.tasks = protocol::leadFromJson(QJsonObject{{QStringLiteral("id"), q.id},
                                                         {QStringLiteral("tasks"),
                                                          QJsonDocument::fromJson(tasks.toUtf8()).array()}})
                          .value_or(LeadState())
                          .tasks;
    }
    return out;
}

std::optional<LeadState> ConsoleStore::lead(const QString &id) const
{
    if (auto lead = m_writer->unwritten(id))
        return lead;
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("SELECT body FROM lead_bodies WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return protocol::leadFromJson(QJsonDocument::fromJson(query.value(0).toByteArray()).object());
}

namespace {

// A request the console stored itself; one that no longer reads (written by a newer console,
// say) is left out and said so.
std::optional<protocol::Request> storedRequest(const QByteArray &body)
{
    auto decoded = protocol::decodeRequest(QJsonDocument::fromJson(body).object());
    if (auto *request = std::get_if<protocol::Request>(&decoded))
        return std::move(*request);
    qCWarning(lcStore).noquote() << "skipping a stored request:"
                                 << std::get<protocol::Result>(decoded).error->message;
    return std::nullopt;
}

} // namespace

bool ConsoleStore::enqueue(const protocol::Request &request, qint64 nowMs)
{
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("INSERT INTO outbox (id, created_at, body) VALUES (?, ?, ?)"));
    query.addBindValue(request.id);
    query.addBindValue(nowMs);
    query.addBindValue(QString::fromUtf8(request.encode()));
    return query.exec();
}

QList<ConsoleStore::Pending> ConsoleStore::pending()
{
    QList<Pending> out;
    QSqlQuery query(m_database->connection());
    // Insertion order: requests made within one millisecond must not swap (claim, then release).
    if (!query.exec(QStringLiteral("SELECT id, created_at, body FROM outbox ORDER BY rowid")))
        return out;
    QStringList unreadable;
    while (query.next()) {
        if (auto request = storedRequest(query.value(2).toByteArray()))
            out.append(Pending{query.value(0).toString(), std::move(*request), query.value(1).toLongLong()});
        else
            unreadable.append(query.value(0).toString());
    }
    // The feed would refuse such a request too: it leaves the outbox rather than wait forever.
    query.finish();
    for (const QString &id : std::as_const(unreadable))
        remove(id);
    return out;
}

bool ConsoleStore::remove(const QString &id)
{
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("DELETE FROM outbox WHERE id = ?"));
    query.addBindValue(id);
    return query.exec();
}

QHash<QString, QList<protocol::Request>> ConsoleStore::allCalls() const
{
    QHash<QString, QList<protocol::Request>> out;
    QSqlQuery query(m_database->connection());
    if (query.exec(QStringLiteral("SELECT lead_id, body FROM calls ORDER BY rowid DESC"))) {
        while (query.next()) {
            if (auto call = storedRequest(query.value(1).toByteArray()))
                out[query.value(0).toString()].append(std::move(*call));
        }
    }
    return out;
}

bool ConsoleStore::recordCall(const protocol::Request &call)
{
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("INSERT INTO calls (id, lead_id, body) VALUES (?, ?, ?)"));
    query.addBindValue(call.id);
    query.addBindValue(call.leadId);
    query.addBindValue(QString::fromUtf8(call.encode()));
    return query.exec();
}

QList<protocol::Request> ConsoleStore::calls(const QString &leadId) const
{
    QList<protocol::Request> out;
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("SELECT body FROM calls WHERE lead_id = ? ORDER BY rowid DESC"));
    query.addBindValue(leadId);
    if (query.exec()) {
        while (query.next()) {
            if (auto call = storedRequest(query.value(0).toByteArray()))
                out.append(std::move(*call));
        }
    }
    return out;
}
