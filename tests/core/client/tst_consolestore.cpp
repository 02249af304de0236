#include "client/consolestore.h"
#include "client/feedclient.h"
#include "client/repdesk.h"
#include "clock/clock.h"

#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

// A lead as the feed sends it, reduced to what the cache keeps in its columns.
QJsonObject lead(const QString &id, const QString &name, double score)
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("status"), QStringLiteral("open")},
                       {QStringLiteral("tier"), 2},
                       {QStringLiteral("score"), score},
                       {QStringLiteral("card"), QJsonObject{{QStringLiteral("name"), name}}}};
}

QList<QPair<QJsonObject, qint64>> batch(int first, int count, qint64 seq, double score = 40)
{
    QList<QPair<QJsonObject, qint64>> leads;
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
int leadRowsInFile(const QString &path)
{
    const QString name = QStringLiteral("tst_consolestore-probe");
    int rows = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("SELECT COUNT(*) FROM leads")) && query.next())
                rows = query.value(0).toInt();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return rows;
}

} // namespace

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
    const auto json = store->leadJson(QStringLiteral("contact:1"));
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
    const auto json = store->leadJson(QStringLiteral("contact:250"));
    QVERIFY(json);
    QCOMPARE(json->value(QStringLiteral("score")).toDouble(), 70.0);
    QCOMPARE(store->leadJson(QStringLiteral("contact:499"))->value(QStringLiteral("score")).toDouble(), 55.0);
    QVERIFY(!store->leadJson(QStringLiteral("contact:500")));

    // The queue read at start waits for the writer: all of it, at its newest.
    const QList<QueueLead> queue = store->loadQueue(nullptr);
    QCOMPARE(queue.size(), 500);
    for (const QueueLead &l : queue)
        QCOMPARE(l.serverScore, l.id == u"contact:250" ? 70.0 : 55.0);
    QCOMPARE(store->leadJson(QStringLiteral("contact:250"))->value(QStringLiteral("score")).toDouble(), 70.0);
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
    QVERIFY(store->enqueue(claim, 1'000));
    QVERIFY(store->recordCall(QJsonObject{{QStringLiteral("id"), QStringLiteral("call-1")},
                                          {QStringLiteral("lead"), QStringLiteral("contact:5")}}));
    QCOMPARE(store->pending().size(), 1);
    store.reset();

    store = open();
    QVERIFY(store);
    const QList<ConsoleStore::Pending> pending = store->pending();
    QCOMPARE(pending.size(), 1);
    QCOMPARE(pending.at(0).request, claim);
    QCOMPARE(store->calls(QStringLiteral("contact:5")).size(), 1);
    QCOMPARE(store->loadQueue(nullptr).size(), 2000);
}

void TestConsoleStore::replaceFollowsEarlierBatches()
{
    // A snapshot replaces the cache after what was saved before it, never under it.
    auto store = open();
    QVERIFY(store);
    store->saveLeads(batch(0, 300, 4), 4);
    QVERIFY(store->replaceAllLeads(QJsonArray{lead(QStringLiteral("contact:new"), QStringLiteral("New"), 90)},
                                   9));
    QCOMPARE(store->lastSeq(), 9);
    QCOMPARE(idsIn(store->loadQueue(nullptr)), QStringList{QStringLiteral("contact:new")});
    QVERIFY(!store->leadJson(QStringLiteral("contact:1")));
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

QTEST_GUILESS_MAIN(TestConsoleStore)
#include "tst_consolestore.moc"
