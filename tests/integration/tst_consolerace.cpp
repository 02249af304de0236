// End to end: the demo feed server, the console's desk for the demo's user (Alex), and Priya as a second
// console on a raw WebSocket, both claiming the same alerts at (nearly) the same moment.

#include "client/consolestore.h"
#include "client/feedclient.h"
#include "client/repdesk.h"
#include "clock/clock.h"
#include "demo/demofeed.h"
#include "feedharness.h"
#include "routing/alertdesk.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

constexpr int kTimeout = 5'000;
constexpr int kLeads = 20;

QString leadId(int i)
{
    return QStringLiteral("contact:race-%1").arg(i);
}

// kLeads contacts who each request a demo: a Tier 2 alert every rep may claim.
QJsonObject alertBatch()
{
    QJsonArray calls;
    for (int i = 0; i < kLeads; ++i) {
        const QString user = QStringLiteral("race-%1").arg(i);
        calls.append(
            QJsonObject{{QStringLiteral("type"), QStringLiteral("identify")},
                        {QStringLiteral("messageId"), QString(user + QStringLiteral("-identify"))},
                        {QStringLiteral("userId"), user},
                        {QStringLiteral("traits"),
                         QJsonObject{{QStringLiteral("name"), QStringLiteral("Racer %1").arg(i)},
                                     {QStringLiteral("company"), QStringLiteral("Acme")},
                                     {QStringLiteral("phone"), QStringLiteral("+1 555 01%1").arg(i)}}}});
        calls.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("track")},
                                 {QStringLiteral("messageId"), QString(user + QStringLiteral("-demo"))},
                                 {QStringLiteral("userId"), user},
                                 {QStringLiteral("event"), QStringLiteral("Demo Requested")}});
    }
    return QJsonObject{{QStringLiteral("batch"), calls}};
}

QString errorCode(const QJsonObject &result)
{
    return result.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
}

QString errorMessage(const QJsonObject &result)
{
    return result.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString();
}

QString claimedByIn(const QJsonObject &result)
{
    return result.value(QStringLiteral("lead")).toObject().value(QStringLiteral("claimedBy")).toString();
}

} // namespace

class TestConsoleRace final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oneWinnerPerAlert();
};

void TestConsoleRace::oneWinnerPerAlert()
{
    TestDatabase database; // SQLite, or PostgreSQL under FIRSTCALL_TEST_BACKEND=postgres
    QVERIFY2(database.isValid(), qPrintable(database.error()));
    DemoFeed demo;
    demo.setDatabase(database.location());
    demo.setMaxUncalledClaims(0); // a race for every lead, not a hoard: no cap here
    QString error;
    QVERIFY2(demo.start(&error, /*simulate*/ false), qPrintable(error));

    // The console, as the app builds it.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    SystemClock clock;
    auto store = ConsoleStore::open(dir.filePath(QStringLiteral("console.db")), &error);
    QVERIFY2(store, qPrintable(error));
    FeedClient client(clock);
    client.setServer(demo.feedUrl(), demo.token(demo.consoleRep()));
    RepDesk desk(*store, client, clock);
    QHash<QString, QJsonObject> myResults;
    connect(&client, &FeedClient::result, this, [&myResults](const protocol::Result &message) {
        const QJsonObject result = message.toJson();
        QVERIFY2(!myResults.contains(result.value(QStringLiteral("id")).toString()), "a second result");
        myResults.insert(result.value(QStringLiteral("id")).toString(), result);
    });
    QSignalSpy taken(&desk, &RepDesk::leadTaken);
    QSignalSpy finished(&desk, &RepDesk::actionFinished);
    desk.start();

    // Priya, on a plain WebSocket with her token.
    TestConsole priya;
    priya.open(quint16(demo.feedUrl().port()), demo.token(QStringLiteral("Priya")));
    QVERIFY(priya.waitReady());

    QNetworkAccessManager network;
    const HttpResult posted = httpRequest(network, demo.ingestUrl(), "POST",
                                          QJsonDocument(alertBatch()).toJson(QJsonDocument::Compact),
                                          basicAuthorization(demo.writeKey()));
    QVERIFY2(posted.status == 200, posted.describe().constData());
    QTRY_COMPARE_WITH_TIMEOUT(desk.leads().size(), kLeads, kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(priya.hasLead(leadId(kLeads - 1)), kTimeout);

    const quint32 seed = QRandomGenerator::global()->generate();
    qInfo("race order seed %u", seed);
    QRandomGenerator random(seed);
    QStringList mine;
    QStringList priyas;
    for (int i = 0; i < kLeads; ++i) {
        const QString lead = leadId(i);
        const QString priyaRequest = QStringLiteral("priya-%1").arg(i);
        const QJsonObject priyaClaim{{QStringLiteral("type"), QStringLiteral("claim")},
                                     {QStringLiteral("id"), priyaRequest},
                                     {QStringLiteral("lead"), lead}};
        // Who asks first is random, and so is the head start: none (both requests leave in the
        // same turn of the event loop), a few turns, or (in the first two rounds, so that each
        // side surely loses once) until the server has a winner.
        const bool priyaFirst = i < 2 ? i == 0 : random.bounded(2) == 0;
        const int headStart = i < 2 ? -1 : int(random.bounded(4));
        QString myRequest;
        const auto claimFirst = [&] {
            if (priyaFirst)
                priya.send(priyaClaim);
            else
                myRequest = desk.claim(lead);
        };
        const auto claimSecond = [&] {
            if (priyaFirst)
                myRequest = desk.claim(lead);
            else
                priya.send(priyaClaim);
        };
        claimFirst();
        if (headStart < 0)
            QTRY_VERIFY_WITH_TIMEOUT(!demo.desk().lead(lead)->claimedBy.isEmpty(), kTimeout);
        for (int turn = 0; turn < headStart; ++turn)
            QCoreApplication::processEvents();
        claimSecond();
        QTRY_VERIFY_WITH_TIMEOUT(priya.resultFor(priyaRequest) && myResults.contains(myRequest), kTimeout);

        const QJsonObject theirs = *priya.resultFor(priyaRequest);
        const QJsonObject ours = myResults.value(myRequest);
        const QString winner = demo.desk().lead(lead)->claimedBy;
        QVERIFY2(winner == DemoFeed::userName() || winner == u"Priya", qPrintable(winner));
        QVERIFY2(ours.value(QStringLiteral("ok")).toBool() != theirs.value(QStringLiteral("ok")).toBool(),
                 qPrintable(lead));
        const QJsonObject &won = winner == DemoFeed::userName() ? ours : theirs;
        const QJsonObject &lost = winner == DemoFeed::userName() ? theirs : ours;
        QVERIFY(won.value(QStringLiteral("ok")).toBool());
        QCOMPARE(claimedByIn(won), winner);
        QVERIFY(!lost.value(QStringLiteral("ok")).toBool());
        QCOMPARE(errorCode(lost), QStringLiteral("already_claimed"));
        QCOMPARE(errorMessage(lost), QStringLiteral("already claimed by %1").arg(winner));
        QCOMPARE(claimedByIn(lost), winner); // the loser is told the truth at once
        (winner == DemoFeed::userName() ? mine : priyas).append(lead);
    }
    qInfo("you won %lld, Priya won %lld", qlonglong(mine.size()), qlonglong(priyas.size()));
    QCOMPARE(mine.size() + priyas.size(), kLeads);
    QVERIFY(mine.contains(leadId(1)));
    QVERIFY(priyas.contains(leadId(0)));

    // The console keeps what it won and drops what Priya won; nothing is left pending.
    QTRY_COMPARE_WITH_TIMEOUT(desk.leads().size(), mine.size(), kTimeout);
    for (const QString &lead : std::as_const(mine)) {
        QCOMPARE(desk.leads().value(lead).claimedBy, DemoFeed::userName());
        QCOMPARE(desk.leads().value(lead).status, LeadState::Status::Claimed);
    }
    for (const QString &lead : std::as_const(priyas))
        QVERIFY2(!desk.leads().contains(lead), qPrintable(lead));
    QCOMPARE(desk.pendingCount(), 0);
    QCOMPARE(finished.count(), kLeads);
    for (const QList<QVariant> &args : std::as_const(finished)) {
        if (!args.at(1).toBool())
            QCOMPARE(args.at(2).toString(), QStringLiteral("already claimed by Priya"));
    }
    QStringList takenIds;
    for (const QList<QVariant> &args : std::as_const(taken)) {
        QCOMPARE(args.at(1).toString(), QStringLiteral("Priya"));
        takenIds.append(args.at(0).toString());
    }
    takenIds.sort();
    QStringList expectedTaken = priyas;
    expectedTaken.sort();
    QCOMPARE(takenIds, expectedTaken);

    // Priya's view agrees: every lead has the same owner on both sides.
    QVERIFY(priya.sync());
    for (int i = 0; i < kLeads; ++i)
        QCOMPARE(priya.lead(leadId(i)).value(QStringLiteral("claimedBy")).toString(),
                 demo.desk().lead(leadId(i))->claimedBy);

    // Reconnecting changes nothing: the feed and the console already agree.
    QSignalSpy resumed(&client, &FeedClient::resumed);
    client.stop();
    client.start();
    QTRY_COMPARE_WITH_TIMEOUT(resumed.count(), 1, kTimeout);
    QCOMPARE(desk.leads().size(), mine.size());
}

QTEST_GUILESS_MAIN(TestConsoleRace)
#include "tst_consolerace.moc"
