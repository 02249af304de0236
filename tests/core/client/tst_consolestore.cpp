#include "client/consolestore.h"
#include "client/feedclient.h"
#include "client/repdesk.h"
#include "clock/clock.h"
#include "protocol/messages.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

// A lead as the feed sends it, reduced to what the cache keeps in its columns.
LeadState lead(const QString &id, const QString &name, double score)
{
    return *protocol::leadFromJson(QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("status"), QStringLiteral("open")},
        {QStringLiteral("tier"), 2},
        {QStringLiteral("score"), score},
        {QStringLiteral("card"), QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("name"), name}}}});
}

// The lead the cache holds, as the wire would carry it.
std::optional<QJsonObject> leadJson(const ConsoleStore &store, const QString &id)
{
    const std::optional<LeadState> held = store.lead(id);
    return held ? std::optional<QJsonObject>(protocol::leadToJson(*held)) : std::nullopt;
}

protocol::Request request(const QJsonObject &json)
{
    return std::get<protocol::Request>(protocol::decodeRequest(json));
}

QList<QPair<LeadState, qint64>> batch(int first, int count, qint64 seq, double score = 40)
{
    QList<QPair<LeadState, qint64>> leads;
    for (int n = first; n < first + count; ++n)
        leads.append(
            {lead(QStringLiteral("contact:%1").arg(n), QStringLiteral("Lead %1").arg(n), score), seq});
    return leads;
}

QStringList idsIn(const QList<QueueLead> &leads)
{
    QStringList ids;
    for (const QueueLead &l : leads)
        ids.append(l.id);
    ids.sort();
    return ids;
}

// What another program opening the file would find: its own connection, read only.
int rowsInFile(const QString &path, const QString &table)
{
    const QString name = QStringLiteral("tst_consolestore-probe");
    int rows = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table) && query.next())
                rows = query.value(0).toInt();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return rows;
}

int leadRowsInFile(const QString &path)
{
    return rowsInFile(path, QStringLiteral("leads"));
}

// Runs statements on a connection of its own; false (with a warning) at the first that fails.
bool execInFile(const QString &path, const QStringList &statements)
{
    const QString name = QStringLiteral("tst_consolestore-writer");
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery query(db);
        for (const QString &statement : statements) {
            if (!ok)
                break;
            ok = query.exec(statement);
            if (!ok)
                qWarning().noquote() << statement << query.lastError().text();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

QStringList leadColumnsInFile(const QString &path)
{
    const QString name = QStringLiteral("tst_consolestore-probe");
    QStringList columns;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            const QSqlRecord record = db.record(QStringLiteral("leads"));
            for (int i = 0; i < record.count(); ++i)
                columns.append(record.fieldName(i));
        }
    }
    QSqlDatabase::removeDatabase(name);
    return columns;
}

// A console cache as the console wrote it before the leads' JSON had a table of its own
// (schema version 1: the JSON in the `body` column of `leads`), with three leads written in
// the order 2, 0, 1, a position, a pending request and a task.
QStringList schema1Cache()
{
    QStringList sql = {
        QStringLiteral("CREATE TABLE schema_version (version INTEGER NOT NULL, applied_at BIGINT NOT NULL)"),
        QStringLiteral("INSERT INTO schema_version (version, applied_at) VALUES (1, 0)"),
        QStringLiteral("CREATE TABLE meta (name VARCHAR(100) PRIMARY KEY, value TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE leads ("
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
        QStringLiteral("CREATE TABLE outbox (id VARCHAR(200) PRIMARY KEY, created_at BIGINT NOT NULL,"
                       " body TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE calls (id VARCHAR(200) PRIMARY KEY, lead_id VARCHAR(250) NOT NULL,"
                       " body TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX calls_lead ON calls (lead_id)"),
        QStringLiteral("CREATE TABLE tasks (id INTEGER PRIMARY KEY, lead_id VARCHAR(250) NOT NULL,"
                       " lead_name TEXT, channel VARCHAR(20) NOT NULL, step INTEGER NOT NULL,"
                       " due_at BIGINT NOT NULL, done INTEGER NOT NULL)"),
        QStringLiteral("INSERT INTO meta (name, value) VALUES ('last_seq', '12')"),
        QStringLiteral("INSERT INTO outbox (id, created_at, body) VALUES ('req-1', 5,"
                       " '{\"id\":\"req-1\",\"type\":\"claim\",\"lead\":\"contact:0\"}')"),
        QStringLiteral("INSERT INTO tasks (lead_id, lead_name, channel, step, due_at, done)"
                       " VALUES ('contact:0', 'Lead 0', 'call', 1, 9000, 0)"),
    };
    for (const int n : {2, 0, 1}) {
        const QString id = QStringLiteral("contact:%1").arg(n);
        const QString body =
            QString::fromUtf8(protocol::encodeLead(lead(id, QStringLiteral("Lead %1").arg(n), 40 + n)));
        sql.append(
            QStringLiteral("INSERT INTO leads (id, seq, name, company, status, escalation, tier, score,"
                           " call_deadline, breach, signals, body)"
                           " VALUES ('%1', %2, 'Lead %2', 'Acme', 1, 0, 2, %3, 7000, 0,"
                           " 'demo_request@1000@30;pricing@2000@8', '%4')")
                .arg(id)
                .arg(n)
                .arg(40 + n)
                .arg(body));
    }
    return sql;
}

} // namespace

// A number the file's own pragma gives (page_count, freelist_count ...).
qint64 pragmaInFile(const QString &path, const char *pragma)
{
    const QString name = QStringLiteral("tst_consolestore-pragma");
    qint64 value = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("PRAGMA ") + QLatin1StringView(pragma)) && query.next())
                value = query.value(0).toLongLong();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

bool tableInFile(const QString &path, const QString &table)
{
    const QString name = QStringLiteral("tst_consolestore-tables");
    bool found = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        found = db.open() && db.tables().contains(table);
    }
    QSqlDatabase::removeDatabase(name);
    return found;
}

class TestConsoleStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void savedLeadsAreFoundAfterReopening();
    void readsSeeLeadsHandedToTheWriter();
    void closingWritesWhatWasHandedOver();
    void outboxIsDurableAtOnce();
    void replaceFollowsEarlierBatches();
    void unflushedDeskLeadsAreCachedAtQuit();
    void newestCardIsFoundAfterRestart();
    void cacheFromSchema1IsMigrated();
    void migrationReportsProgressAndReclaimsSpace();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("console.db")); }
    std::unique_ptr<ConsoleStore> open();

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestConsoleStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestConsoleStore::cleanup()
{
    m_dir.reset();
}

std::unique_ptr<ConsoleStore> TestConsoleStore::open()
{
    QString error;
    auto store = ConsoleStore::open(path(), &error);
    if (!store)
        qWarning().noquote() << error;
    return store;
}

void TestConsoleStore::savedLeadsAreFoundAfterReopening()
{
    auto store = open();
    QVERIFY(store);
    store->saveLeads(batch(0, 3, 7), 7);
    QVERIFY(store->waitForWrites());
    QCOMPARE(leadRowsInFile(path()), 3); // in the file, for any connection
    store.reset();

    store = open();
    QVERIFY(store);
    QCOMPARE(
        idsIn(store->loadQueue(nullptr)),
        (QStringList{QStringLiteral("contact:0"), QStringLiteral("contact:1"), QStringLiteral("contact:2")}));
    QCOMPARE(store->lastSeq(), 7);
    const auto json = leadJson(*store, QStringLiteral("contact:1"));
    QVERIFY(json);
    QCOMPARE(json->value(QStringLiteral("card")).toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("Lead 1"));
}

void TestConsoleStore::readsSeeLeadsHandedToTheWriter()
{
    // Written or still queued, a lead handed over is what the store answers with, newest first.
    auto store = open();
    QVERIFY(store);
    store->saveLeads(batch(0, 500, 1, 40), 1);
    store->saveLeads(batch(0, 500, 2, 55), 2);
    store->saveLeads(batch(250, 1, 3, 70), 3);
    QCOMPARE(store->lastSeq(), 3);
    QCOMPARE(store->meta(QStringLiteral("last_seq")), QStringLiteral("3"));
    const auto json = leadJson(*store, QStringLiteral("contact:250"));
    QVERIFY(json);
    QCOMPARE(json->value(QStringLiteral("score")).toDouble(), 70.0);
    QCOMPARE(leadJson(*store, QStringLiteral("contact:499"))->value(QStringLiteral("score")).toDouble(),
             55.0);
    QVERIFY(!leadJson(*store, QStringLiteral("contact:500")));

    // The queue read at start waits for the writer: all of it, at its newest.
    const QList<QueueLead> queue = store->loadQueue(nullptr);
    QCOMPARE(queue.size(), 500);
    for (const QueueLead &l : queue)
        QCOMPARE(l.serverScore, l.id == u"contact:250" ? 70.0 : 55.0);
    QCOMPARE(leadJson(*store, QStringLiteral("contact:250"))->value(QStringLiteral("score")).toDouble(),
             70.0);
}

void TestConsoleStore::closingWritesWhatWasHandedOver()
{
    auto store = open();
    QVERIFY(store);
    for (int i = 0; i < 20; ++i)
        store->saveLeads(batch(i * 100, 100, i + 1), i + 1);
    store.reset(); // no wait: closing the store writes what it was handed

    QCOMPARE(leadRowsInFile(path()), 2000);
    store = open();
    QVERIFY(store);
    QCOMPARE(store->lastSeq(), 20);
    QCOMPARE(store->loadQueue(nullptr).size(), 2000);
}

void TestConsoleStore::outboxIsDurableAtOnce()
{
    // A rep's action is in the file when enqueue returns, while the writer is busy with leads.
    auto store = open();
    QVERIFY(store);
    store->saveLeads(batch(0, 2000, 1), 1);
    const QJsonObject claim{{QStringLiteral("id"), QStringLiteral("req-1")},
                            {QStringLiteral("type"), QStringLiteral("claim")},
                            {QStringLiteral("lead"), QStringLiteral("contact:5")}};
    QVERIFY(store->enqueue(request(claim), 1'000));
    QVERIFY(store->recordCall(
        request(QJsonObject{{QStringLiteral("type"), QStringLiteral("call")},
                            {QStringLiteral("id"), QStringLiteral("call-1")},
                            {QStringLiteral("lead"), QStringLiteral("contact:5")},
                            {QStringLiteral("disposition"), QStringLiteral("no_answer")}})));
    QCOMPARE(store->pending().size(), 1);
    store.reset();

    store = open();
    QVERIFY(store);
    const QList<ConsoleStore::Pending> pending = store->pending();
    QCOMPARE(pending.size(), 1);
    QCOMPARE(pending.at(0).request.toJson(), claim);

    // A request the feed could never accept (a call log left open for more than a day) leaves
    // the outbox instead of waiting in it forever.
    protocol::Request tooLong =
        request(QJsonObject{{QStringLiteral("type"), QStringLiteral("call")},
                            {QStringLiteral("id"), QStringLiteral("call-2")},
                            {QStringLiteral("lead"), QStringLiteral("contact:5")},
                            {QStringLiteral("disposition"), QStringLiteral("no_answer")}});
    tooLong.durationSeconds = 90'000;
    QVERIFY(store->enqueue(tooLong, 2'000));
    QCOMPARE(rowsInFile(path(), QStringLiteral("outbox")), 2);
    QCOMPARE(store->pending().size(), 1);
    QCOMPARE(rowsInFile(path(), QStringLiteral("outbox")), 1);
    QCOMPARE(store->calls(QStringLiteral("contact:5")).size(), 1);
    QCOMPARE(store->loadQueue(nullptr).size(), 2000);
}

void TestConsoleStore::replaceFollowsEarlierBatches()
{
    // A snapshot replaces the cache after what was saved before it, never under it.
    auto store = open();
    QVERIFY(store);
    store->saveLeads(batch(0, 300, 4), 4);
    QVERIFY(store->replaceAllLeads(
        QList<LeadState>{lead(QStringLiteral("contact:new"), QStringLiteral("New"), 90)}, 9));
    QCOMPARE(store->lastSeq(), 9);
    QCOMPARE(idsIn(store->loadQueue(nullptr)), QStringList{QStringLiteral("contact:new")});
    QVERIFY(!leadJson(*store, QStringLiteral("contact:1")));
    store->saveLeads(batch(0, 1, 10), 10);
    store.reset();

    store = open();
    QVERIFY(store);
    QCOMPARE(idsIn(store->loadQueue(nullptr)),
             (QStringList{QStringLiteral("contact:0"), QStringLiteral("contact:new")}));
    QCOMPARE(store->lastSeq(), 10);
}

void TestConsoleStore::unflushedDeskLeadsAreCachedAtQuit()
{
    // Leads the desk applied but had not stored yet (the flush comes every 100 ms) are written
    // when the console quits.
    auto store = open();
    QVERIFY(store);
    {
        ManualClock clock(1'000'000);
        FeedClient client(clock);
        RepDesk desk(*store, client, clock); // not started: offline
        desk.applyLeads(batch(0, 2, 1));
        QCOMPARE(desk.leads().size(), 2);
    }
    store.reset();

    store = open();
    QVERIFY(store);
    QCOMPARE(idsIn(store->loadQueue(nullptr)),
             (QStringList{QStringLiteral("contact:0"), QStringLiteral("contact:1")}));
}

void TestConsoleStore::newestCardIsFoundAfterRestart()
{
    // The card a rep opens after a restart is the newest the console was handed, written or
    // not when it quit; leads a snapshot dropped have none.
    auto store = open();
    QVERIFY(store);
    store->saveLeads(batch(0, 3, 1, 40), 1);
    QVERIFY(store->waitForWrites());
    store->saveLeads(batch(1, 1, 2, 65), 2);
    store.reset();

    store = open();
    QVERIFY(store);
    const auto updated = leadJson(*store, QStringLiteral("contact:1"));
    QVERIFY(updated);
    QCOMPARE(updated->value(QStringLiteral("score")).toDouble(), 65.0);
    QCOMPARE(updated->value(QStringLiteral("card")).toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("Lead 1"));
    QCOMPARE(leadJson(*store, QStringLiteral("contact:2"))->value(QStringLiteral("score")).toDouble(), 40.0);

    QVERIFY(store->replaceAllLeads(
        QList<LeadState>{lead(QStringLiteral("contact:9"), QStringLiteral("Nine"), 80)}, 5));
    store.reset();

    store = open();
    QVERIFY(store);
    QVERIFY(!leadJson(*store, QStringLiteral("contact:1")));
    const auto nine = leadJson(*store, QStringLiteral("contact:9"));
    QVERIFY(nine);
    QCOMPARE(nine->value(QStringLiteral("card")).toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("Nine"));
}

void TestConsoleStore::cacheFromSchema1IsMigrated()
{
    QVERIFY(execInFile(path(), schema1Cache()));
    QVERIFY(leadColumnsInFile(path()).contains(QStringLiteral("body")));

    auto store = open();
    QVERIFY(store);
    QVERIFY(!leadColumnsInFile(path()).contains(QStringLiteral("body")));

    // The leads, in the order they came (the queue's last tie-break), with every column.
    const QList<QueueLead> queue = store->loadQueue(nullptr);
    QCOMPARE(queue.size(), 3);
    for (int i = 0; i < 3; ++i) {
        const QueueLead &l = queue.at(i);
        const int n = QList<int>{2, 0, 1}.at(i);
        QCOMPARE(l.id, QStringLiteral("contact:%1").arg(n));
        QCOMPARE(l.seq, n);
        QCOMPARE(l.name, QStringLiteral("Lead %1").arg(n));
        QCOMPARE(l.company, QStringLiteral("Acme"));
        QVERIFY(l.title.isNull());
        QCOMPARE(l.status, LeadState::Status::Claimed);
        QCOMPARE(l.tier, 2);
        QCOMPARE(l.serverScore, 40.0 + n);
        QCOMPARE(l.callDeadlineMs, 7000);
        QCOMPARE(l.claimDeadlineMs, 0);
        QCOMPARE(l.liveSignals.size(), 2);
        QCOMPARE(l.liveSignals.at(1).atMs, 2000);
        QCOMPARE(l.liveSignals.at(1).points, 8.0);
    }
    // Their cards, and everything else the cache held.
    for (const int n : {0, 1, 2}) {
        const auto json = leadJson(*store, QStringLiteral("contact:%1").arg(n));
        QVERIFY(json);
        QCOMPARE(*json, protocol::leadToJson(lead(QStringLiteral("contact:%1").arg(n),
                                                  QStringLiteral("Lead %1").arg(n), 40 + n)));
    }
    QCOMPARE(store->lastSeq(), 12);
    QCOMPARE(store->pending().size(), 1);
    QCOMPARE(store->pending().at(0).request.leadId, QStringLiteral("contact:0"));
    // The console's own tasks table is gone (tasks come with the leads from the feed).
    QVERIFY(!tableInFile(path(), QStringLiteral("tasks")));

    // The migrated cache takes updates and new leads, and keeps them.
    store->saveLeads({{lead(QStringLiteral("contact:0"), QStringLiteral("Lead 0"), 77), 13},
                      {lead(QStringLiteral("contact:3"), QStringLiteral("Lead 3"), 50), 13}},
                     13);
    store.reset();
    store = open();
    QVERIFY(store);
    QCOMPARE(store->lastSeq(), 13);
    QStringList order;
    for (const QueueLead &l : store->loadQueue(nullptr))
        order.append(l.id);
    QCOMPARE(order, (QStringList{QStringLiteral("contact:2"), QStringLiteral("contact:0"),
                                 QStringLiteral("contact:1"), QStringLiteral("contact:3")}));
    QCOMPARE(leadJson(*store, QStringLiteral("contact:0"))->value(QStringLiteral("score")).toDouble(), 77.0);
    QCOMPARE(leadJson(*store, QStringLiteral("contact:3"))->value(QStringLiteral("score")).toDouble(), 50.0);
}

void TestConsoleStore::migrationReportsProgressAndReclaimsSpace()
{
    // A schema-1 cache with 2,000 leads of some size: the migration reports each step, in
    // order, to the end, and the pages the old leads table left free go back to the system.
    QStringList sql = schema1Cache();
    const QString padding(1500, u'x');
    sql.append(QStringLiteral("BEGIN"));
    for (int n = 3; n < 2003; ++n) {
        const QString id = QStringLiteral("contact:%1").arg(n);
        LeadState l = lead(id, QStringLiteral("Lead %1").arg(n), 40);
        l.card.summary = padding;
        sql.append(
            QStringLiteral("INSERT INTO leads (id, seq, name, company, status, escalation, tier, score,"
                           " breach, signals, body) VALUES ('%1', %2, 'Lead', 'Acme', 1, 0, 2, 40, 0, '',"
                           " '%3')")
                .arg(id)
                .arg(n)
                .arg(QString::fromUtf8(protocol::encodeLead(l))));
    }
    sql.append(QStringLiteral("COMMIT"));
    QVERIFY(execInFile(path(), sql));
    QVERIFY(execInFile(path(), {QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")}));
    const qint64 sizeBefore = QFileInfo(path()).size();
    QVERIFY(sizeBefore > 3'000'000);
    QCOMPARE(ConsoleStore::pendingMigrations(path()), 3);

    QList<std::pair<int, int>> reports;
    QString error;
    QVERIFY2(ConsoleStore::migrate(
                 path(),
                 [&reports](int done, int total) {
                     reports.append({done, total});
                 },
                 &error),
             qPrintable(error));
    QVERIFY(reports.size() >= 20); // the copies of migration 2 in slices, each a step
    for (qsizetype i = 1; i < reports.size(); ++i) {
        QVERIFY(reports.at(i).first > reports.at(i - 1).first);
        QCOMPARE(reports.at(i).second, reports.at(0).second);
    }
    QCOMPARE(reports.constLast().first, reports.constLast().second);
    QCOMPARE(ConsoleStore::pendingMigrations(path()), 0);
    QCOMPARE(pragmaInFile(path(), "freelist_count"), 0);
    // The bodies were copied to a table of their own and the old table dropped: left as it was,
    // the file would keep both copies' pages (twice the size); reclaimed, it is its old size.
    const qint64 sizeAfter = QFileInfo(path()).size();
    QVERIFY2(sizeAfter < sizeBefore * 5 / 4,
             qPrintable(QStringLiteral("%1 -> %2").arg(sizeBefore).arg(sizeAfter)));

    // Nothing lost; a current cache migrates no more.
    auto store = open();
    QVERIFY(store);
    QCOMPARE(store->loadQueue(nullptr).size(), 2003);
    QCOMPARE(store->lead(QStringLiteral("contact:2002"))->card.summary, padding);
    store.reset();
    reports.clear();
    QVERIFY(ConsoleStore::migrate(
        path(),
        [&reports](int done, int total) {
            reports.append({done, total});
        },
        &error));
    QVERIFY(reports.isEmpty());
}

QTEST_GUILESS_MAIN(TestConsoleStore)
#include "tst_consolestore.moc"
