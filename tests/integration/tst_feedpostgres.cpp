#include "feedharness.h"
#include "postgrestest.h"
#include "store/sqlfeedstore.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QTest>

namespace {

QString contactId(const QString &userId)
{
    return QStringLiteral("contact:") + userId;
}

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1StringView(key)).toString();
}

} // namespace

// The real `firstcall-feed` on the test run's PostgreSQL server (a fresh database per test):
// the team made with `rep add`, events over HTTP, a console's claim, and all of it still there
// after the server is killed and started again.
class TestFeedPostgres final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void serveIngestClaimRestart();
    void unreachableDatabaseIsAClearError();

private:
    QString m_uri;
};

void TestFeedPostgres::init()
{
    QString error;
    m_uri = PostgresTest::createDatabase(&error);
    QVERIFY2(!m_uri.isEmpty(), qPrintable(error));
}

void TestFeedPostgres::cleanup()
{
    QString error;
    if (!m_uri.isEmpty())
        QVERIFY2(PostgresTest::dropDatabase(m_uri, &error), qPrintable(error));
    m_uri.clear();
}

void TestFeedPostgres::serveIngestClaimRestart()
{
    const QString program = QStringLiteral(FIRSTCALL_FEED_BIN);
    const QString db = QStringLiteral("--db");
    QString out;
    QCOMPARE(FeedProcess::run(program,
                              {QStringLiteral("rep"), QStringLiteral("add"), QStringLiteral("ann"),
                               QStringLiteral("--role"), QStringLiteral("sdr"), db, m_uri},
                              &out),
             0);
    const QString token = out.split(u'\n', Qt::SkipEmptyParts).constLast().trimmed();
    QVERIFY(token.startsWith(u"fc_"));
    QCOMPARE(FeedProcess::run(program, {QStringLiteral("rep"), QStringLiteral("list"), db, m_uri}, &out), 0);
    QVERIFY2(out.contains(QLatin1StringView("ann   sdr")), qPrintable(out));

    const QString writeKey = QStringLiteral("pg-test-key");
    FeedProcess server(program, m_uri, writeKey);
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));

    TestConsole console;
    console.open(server.wsPort(), token);
    QVERIFY(console.waitReady());

    QNetworkAccessManager network;
    QUrl url(QStringLiteral("http://127.0.0.1/v1/batch"));
    url.setPort(server.httpPort());
    const HttpResult ingest = httpRequest(
        network, url, "POST",
        QJsonDocument(FeedHarness::alertBatchAt(QStringLiteral("p1"), 1, QDateTime::currentMSecsSinceEpoch()))
            .toJson(QJsonDocument::Compact),
        basicAuthorization(writeKey));
    QVERIFY2(ingest.status == 200, ingest.describe().constData());

    const QString lead = contactId(QStringLiteral("p1"));
    QTRY_VERIFY(console.hasLead(lead));
    QCOMPARE(console.lead(lead).value(QStringLiteral("tier")).toInt(), 1);
    const QJsonObject claimed = console.request(
        QJsonObject{{QStringLiteral("type"), QStringLiteral("claim")}, {QStringLiteral("lead"), lead}});
    QVERIFY2(claimed.value(QStringLiteral("ok")).toBool(), QJsonDocument(claimed).toJson().constData());
    QTRY_COMPARE(str(console.lead(lead), "claimedBy"), QStringLiteral("ann"));
    const qint64 since = console.lastSeq();
    QVERIFY(since > 0);
    console.close();
    QVERIFY(console.waitClosed());

    // No clean shutdown: what was acknowledged is in PostgreSQL.
    server.kill();
    QVERIFY2(server.start(&error), qPrintable(error));

    TestConsole after;
    after.open(server.wsPort(), token);
    QVERIFY(after.waitReady());
    QCOMPARE(str(after.lead(lead), "claimedBy"), QStringLiteral("ann"));
    QCOMPARE(str(after.lead(lead), "status"), QStringLiteral("claimed"));
    // A resume from where the console was finds nothing missed and no gap.
    TestConsole resumed;
    resumed.open(server.wsPort(), token, since);
    QVERIFY(resumed.waitReady());
    QVERIFY(resumed.messagesOfType(QStringLiteral("gap")).isEmpty());
    QVERIFY(resumed.leadMessages().isEmpty());
    // A replayed request gets its stored answer, not a second claim.
    const QJsonObject replay = after.request(QJsonObject{{QStringLiteral("type"), QStringLiteral("claim")},
                                                         {QStringLiteral("lead"), lead},
                                                         {QStringLiteral("id"), str(claimed, "id")}});
    QVERIFY2(replay.value(QStringLiteral("replayed")).toBool(), QJsonDocument(replay).toJson().constData());

    // The same rows as the store reads them, and the report on them.
    {
        const auto location = StoreLocation::parse(m_uri, &error);
        QVERIFY2(location, qPrintable(error));
        const auto database = Database::open(*location, &error);
        QVERIFY2(database, qPrintable(error));
        const auto store = SqlFeedStore::create(*database);
        qint64 events = 0;
        QVERIFY(store->readEvents([&](const QByteArray &) { ++events; }, &error));
        QCOMPARE(events, 4); // identify, two tracks, a page
        const auto alerts = store->alertsRaised(0, QDateTime::currentMSecsSinceEpoch() + 1, &error);
        QVERIFY2(alerts, qPrintable(error));
        QCOMPARE(alerts->size(), 1);
        QCOMPARE(alerts->constFirst().claimedBy, QStringLiteral("ann"));
    }
    QCOMPARE(FeedProcess::run(
                 program,
                 {QStringLiteral("report"), db, m_uri, QStringLiteral("--format"), QStringLiteral("json")},
                 &out),
             0);
    QVERIFY2(out.contains(QLatin1StringView("\"alerts\"")), qPrintable(out));
}

void TestFeedPostgres::unreachableDatabaseIsAClearError()
{
    // A database that does not exist, with a password that must not be repeated.
    QString uri = PostgresTest::withDatabase(m_uri, QStringLiteral("no_such_db"));
    uri.replace(QLatin1StringView("postgresql://"), QLatin1StringView("postgresql://postgres:hunter2@"));
    for (const QStringList &command :
         {QStringList{QStringLiteral("serve"), QStringLiteral("--write-key"), QStringLiteral("k")},
          QStringList{QStringLiteral("rep"), QStringLiteral("list")},
          QStringList{QStringLiteral("report")}}) {
        QProcess process;
        process.start(QStringLiteral(FIRSTCALL_FEED_BIN), command + QStringList{QStringLiteral("--db"), uri});
        QVERIFY(process.waitForFinished(30'000));
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QCOMPARE(process.exitCode(), 2);
        QVERIFY2(err.contains(QLatin1StringView("no_such_db")), qPrintable(err));
        QVERIFY2(err.contains(QLatin1StringView("cannot connect to PostgreSQL")), qPrintable(err));
        QVERIFY2(!err.contains(QLatin1StringView("hunter2")), qPrintable(err));
    }
}

QTEST_MAIN(TestFeedPostgres)
#include "tst_feedpostgres.moc"
