#include "client/consolestore.h"
#include "client/feedclient.h"
#include "client/repdesk.h"
#include "clock/clock.h"
#include "demo/demofeed.h"
#include "deskrequests.h"
#include "feed/feedserver.h"
#include "routing/alertdesk.h"
#include "routing/leadrules.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>

namespace {

constexpr int kTimeout = 5'000;
constexpr qint64 kDay = 24 * 3600 * 1000;

QString contactId(const QString &userId)
{
    return QStringLiteral("contact:") + userId;
}

// Posts Segment calls to the demo's ingest endpoint, as a Segment pipeline would.
class Ingest final
{
public:
    explicit Ingest(const DemoFeed &demo)
        : m_demo(demo)
    {}

    int post(const QJsonArray &calls)
    {
        QNetworkRequest request(m_demo.ingestUrl());
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        request.setRawHeader("Authorization",
                             "Basic " + QByteArray(m_demo.writeKey().toUtf8() + ':').toBase64());
        QNetworkReply *reply = m_network.post(
            request,
            QJsonDocument(QJsonObject{{QStringLiteral("batch"), calls}}).toJson(QJsonDocument::Compact));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished() && !finished.wait(kTimeout))
            return 0;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reply->deleteLater();
        return status;
    }

    // A contact who requests a demo: a Tier 2 alert in the hot preset.
    bool raiseAlert(const QString &userId, const QString &name, const QString &company)
    {
        ++m_sent;
        const QString prefix = userId + u'-' + QString::number(m_sent);
        return post(QJsonArray{
                   QJsonObject{{QStringLiteral("type"), QStringLiteral("identify")},
                               {QStringLiteral("messageId"), QString(prefix + QStringLiteral("-identify"))},
                               {QStringLiteral("userId"), userId},
                               {QStringLiteral("traits"),
                                QJsonObject{{QStringLiteral("name"), name},
                                            {QStringLiteral("title"), QStringLiteral("VP Sales")},
                                            {QStringLiteral("phone"), QStringLiteral("+1 555 0100")},
                                            {QStringLiteral("company"), company}}}},
                   QJsonObject{{QStringLiteral("type"), QStringLiteral("track")},
                               {QStringLiteral("messageId"), QString(prefix + QStringLiteral("-demo"))},
                               {QStringLiteral("userId"), userId},
                               {QStringLiteral("event"), QStringLiteral("Demo Requested")}}}) == 200;
    }

private:
    const DemoFeed &m_demo;
    QNetworkAccessManager m_network;
    int m_sent = 0;
};

// The console's parts as the app builds them, on a store file that outlives them.
struct Console
{
    Console(const DemoFeed &demo, const QString &storePath, qint64 nowMs)
        : clock(nowMs)
    {
        QString error;
        store = ConsoleStore::open(storePath, &error);
        if (!store)
            qFatal("cannot open the console store: %s", qPrintable(error));
        client = std::make_unique<FeedClient>(clock);
        client->setServer(demo.feedUrl(), demo.token(demo.consoleRep()));
        desk = std::make_unique<RepDesk>(*store, *client, clock);
    }

    ~Console()
    {
        desk.reset();
        client.reset();
        store.reset();
    }

    QStringList pendingIds() const
    {
        QStringList ids;
        for (const ConsoleStore::Pending &p : store->pending())
            ids.append(p.id);
        return ids;
    }

    ManualClock clock;
    std::unique_ptr<ConsoleStore> store;
    std::unique_ptr<FeedClient> client;
    std::unique_ptr<RepDesk> desk;
};

// The feed server's own record of calls, read from its database file.
struct ServerCall
{
    QString clientId;
    QString disposition;
};

QList<ServerCall> serverCalls(const DemoFeed &demo, const QString &leadId)
{
    QList<ServerCall> out;
    const QString path = QFileInfo(demo.consoleStorePath()).dir().filePath(QStringLiteral("feed.db"));
    if (!QFileInfo::exists(path))
        qFatal("no feed database at %s", qPrintable(path));
    const QString name = QStringLiteral("tst_repdesk-probe");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery query(db);
            query.prepare(
                QStringLiteral("SELECT client_id, disposition FROM calls WHERE lead_id = ? ORDER BY id"));
            query.addBindValue(leadId);
            if (query.exec()) {
                while (query.next())
                    out.append(ServerCall{query.value(0).toString(), query.value(1).toString()});
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return out;
}

QString serverClaimedBy(const DemoFeed &demo, const QString &leadId)
{
    const auto lead = demo.desk().lead(leadId);
    return lead ? lead->claimedBy : QStringLiteral("<no lead>");
}

int countOf(const QSignalSpy &spy, const QString &id)
{
    return int(std::count_if(spy.cbegin(), spy.cend(),
                             [&id](const QList<QVariant> &args) { return args.at(0).toString() == id; }));
}

} // namespace

class TestRepDesk final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void failsOverToTheNextServerWithoutAGap();
    void init();
    void cleanup();

    void snapshotThenLiveAlert();
    void startWhileConnecting();
    void claimConfirmedByServer();
    void offlineOutboxReplayedOnce();
    void sendInterruptedIsNotDoubled();
    void quitWithPendingReplaysAtNextStart();
    void offlineRequestsReplayInOrder();
    void outboxKeepsOrderWithinAMillisecond();
    void resumeDeliversOnlyWhatWasMissed();
    void unfillableGapResyncs();
    void cadenceFromTheBand();
    void followUpsFromTheCacheOffline();

private:
    bool startConsole(Console &console, int leads);

    std::unique_ptr<DemoFeed> m_demo;
    std::unique_ptr<Ingest> m_ingest;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Console> m_console;
};

void TestRepDesk::init()
{
    // A member function called on a null socket warns from QCoreApplication::postEvent.
    QTest::failOnWarning(QRegularExpression(QStringLiteral("null receiver")));
    m_demo = std::make_unique<DemoFeed>();
    QString error;
    QVERIFY2(m_demo->start(&error, /*simulate*/ false), qPrintable(error));
    m_ingest = std::make_unique<Ingest>(*m_demo);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_console = std::make_unique<Console>(*m_demo, m_dir->filePath(QStringLiteral("console.db")),
                                          QDateTime::currentMSecsSinceEpoch());
}

void TestRepDesk::cleanup()
{
    m_console.reset();
    m_dir.reset();
    m_ingest.reset();
    m_demo.reset();
}

void TestRepDesk::failsOverToTheNextServerWithoutAGap()
{
    // Two more feed servers in front of the demo's desk, as two instances on one database.
    QVERIFY(m_ingest->raiseAlert(QStringLiteral("ann"), QStringLiteral("Ann Lee"), QStringLiteral("Acme")));
    FeedServerConfig config;
    config.writeKey = m_demo->writeKey();
    auto first = std::make_unique<FeedServer>(config, m_demo->desk(), m_demo->team());
    FeedServer second(config, m_demo->desk(), m_demo->team());
    QString error;
    QVERIFY2(first->listen(&error), qPrintable(error));
    QVERIFY2(second.listen(&error), qPrintable(error));
    const auto url = [](quint16 port) { return QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(port)); };

    QString parseError;
    const auto urls = FeedClient::parseServers(url(first->wsPort()).toString() + QStringLiteral(", ") +
                                                   url(second.wsPort()).toString(),
                                               &parseError);
    QVERIFY2(urls, qPrintable(parseError));
    QCOMPARE(urls->size(), 2);
    QVERIFY(!FeedClient::parseServers(QStringLiteral("ws://a:1/,http://b/"), &parseError));
    QVERIFY2(parseError.contains(QStringLiteral("http://b/")), qPrintable(parseError));

    Console &c = *m_console;
    c.client->setServers(*urls, m_demo->token(m_demo->consoleRep()));
    QSignalSpy snapshots(c.client.get(), &FeedClient::snapshot);
    QSignalSpy resumed(c.client.get(), &FeedClient::resumed);
    QVERIFY(startConsole(c, 1));
    QCOMPARE(c.client->currentServer(), urls->at(0));
    QCOMPARE(snapshots.size(), 1);

    // The first server goes away; an alert comes in meanwhile. The console moves to the second
    // at once and resumes where it was: no snapshot, nothing missed.
    first.reset();
    QVERIFY(m_ingest->raiseAlert(QStringLiteral("bo"), QStringLiteral("Bo Chen"), QStringLiteral("Globex")));
    QTRY_COMPARE_WITH_TIMEOUT(c.desk->leads().size(), 2, kTimeout);
    // What was missed comes first, then `resumed` (the feed threads write them together now,
    // so the lead may be handled before the client has read that it is caught up).
    QTRY_COMPARE_WITH_TIMEOUT(resumed.size(), 1, kTimeout);
    QCOMPARE(c.client->currentServer(), urls->at(1));
    QVERIFY(c.client->isConnected());
    QCOMPARE(snapshots.size(), 1);
    QCOMPARE(resumed.size(), 1);
    QCOMPARE(c.client->lastSeq(), m_demo->desk().lastSeq());
}

bool TestRepDesk::startConsole(Console &console, int leads)
{
    console.desk->start();
    return QTest::qWaitFor(
        [&] { return console.client->isConnected() && console.desk->leads().size() == leads; }, kTimeout);
}

void TestRepDesk::snapshotThenLiveAlert()
{
    QVERIFY(m_ingest->raiseAlert(QStringLiteral("ann"), QStringLiteral("Ann Lee"), QStringLiteral("Acme")));
    QVERIFY(m_ingest->raiseAlert(QStringLiteral("bo"), QStringLiteral("Bo Chen"), QStringLiteral("Globex")));
    Console &c = *m_console;
    QSignalSpy resets(c.desk.get(), &RepDesk::leadsReset);
    QSignalSpy snapshots(c.client.get(), &FeedClient::snapshot);
    QSignalSpy hot(c.desk.get(), &RepDesk::hotLead);
    QVERIFY(startConsole(c, 2));

    QCOMPARE(snapshots.count(), 1);
    QCOMPARE(c.desk->me(), DemoFeed::userName());
    QVERIFY(!c.desk->isManager());
    QCOMPARE(c.desk->team().size(), 4);
    const QueueLead ann = c.desk->leads().value(contactId(QStringLiteral("ann")));
    QCOMPARE(ann.name, QStringLiteral("Ann Lee"));
    QCOMPARE(ann.company, QStringLiteral("Acme"));
    QCOMPARE(ann.title, QStringLiteral("VP Sales"));
    QCOMPARE(ann.tier, 2);
    QCOMPARE(ann.status, LeadState::Status::Open);
    QVERIFY(ann.claimedBy.isEmpty());
    QVERIFY(ann.callDeadlineMs > 0);
    QVERIFY(c.desk->leadDetail(ann.id).has_value());
    QVERIFY(resets.count() >= 2); // the cache, then the snapshot
    QCOMPARE(hot.count(), 0);     // a snapshot is not news
    QCOMPARE(c.store->lastSeq(), m_demo->desk().lastSeq());
    QCOMPARE(c.store->loadQueue(c.desk->rules()).size(), 2);

    // A new alert arrives live, in a batch, and is announced.
    QSignalSpy changed(c.desk.get(), &RepDesk::leadsChanged);
    QVERIFY(m_ingest->raiseAlert(QStringLiteral("cy"), QStringLiteral("Cy Diaz"), QStringLiteral("Initech")));
    const QString cy = contactId(QStringLiteral("cy"));
    QTRY_COMPARE_WITH_TIMEOUT(hot.count(), 1, kTimeout);
    QCOMPARE(hot.at(0).at(0).toString(), cy);
    QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), kTimeout);
    QVERIFY(changed.at(0).at(0).value<LeadBatch>().contains(cy));
    QCOMPARE(c.desk->leads().value(cy).name, QStringLiteral("Cy Diaz"));
    QCOMPARE(c.desk->leads().size(), 3);
    QTRY_COMPARE_WITH_TIMEOUT(c.store->lastSeq(), m_demo->desk().lastSeq(), kTimeout);

    // Another signal for the same contact updates the alert; it is not a new one.
    QVERIFY(m_ingest->raiseAlert(QStringLiteral("cy"), QStringLiteral("Cy Diaz"), QStringLiteral("Initech")));
    QTRY_COMPARE_WITH_TIMEOUT(c.store->lastSeq(), m_demo->desk().lastSeq(), kTimeout);
    QCOMPARE(hot.count(), 1);
    QCOMPARE(c.desk->leads().size(), 3);
}

void TestRepDesk::startWhileConnecting()
{
    // Starting again while the first attempt is under way replaces it cleanly: one session.
    Console &c = *m_console;
    QSignalSpy hellos(c.client.get(), &FeedClient::hello);
    c.desk->start();
    QCOMPARE(c.client->state(), FeedClient::State::Connecting);
    c.client->start();
    QCOMPARE(c.client->state(), FeedClient::State::Connecting);
    QTRY_VERIFY_WITH_TIMEOUT(c.client->isConnected(), kTimeout);
    QCOMPARE(hellos.count(), 1);
    QVERIFY(c.desk->leads().isEmpty());
}

void TestRepDesk::claimConfirmedByServer()
{
    QVERIFY(m_ingest->raiseAlert(QStringLiteral("ann"), QStringLiteral("Ann Lee"), QStringLiteral("Acme")));
    Console &c = *m_console;
    QVERIFY(startConsole(c, 1));
    const QString id = contactId(QStringLiteral("ann"));
    QSignalSpy finished(c.desk.get(), &RepDesk::actionFinished);

    const QString request = c.desk->claim(id);
    // Shown at once, confirmed later.
    QCOMPARE(c.desk->leads().value(id).claimedBy, DemoFeed::userName());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kTimeout);
    QCOMPARE(finished.at(0).at(0).toString(), request);
    QVERIFY2(finished.at(0).at(1).toBool(), qPrintable(finished.at(0).at(2).toString()));
    QCOMPARE(serverClaimedBy(*m_demo, id), DemoFeed::userName());
    QTRY_COMPARE_WITH_TIMEOUT(c.desk->leads().value(id).seq, m_demo->desk().lastSeq(), kTimeout);
    QCOMPARE(c.desk->leads().value(id).claimedBy, DemoFeed::userName());
    QCOMPARE(c.desk->leads().value(id).status, LeadState::Status::Claimed);
    QCOMPARE(c.desk->pendingCount(), 0);
}

void TestRepDesk::offlineOutboxReplayedOnce()
{
    QVERIFY(m_ingest->raiseAlert(QStringLiteral("ann"), QStringLiteral("Ann Lee"), QStringLiteral("Acme")));
    Console &c = *m_console;
    QVERIFY(startConsole(c, 1));
    const QString id = contactId(QStringLiteral("ann"));

    c.client->stop();
    QCOMPARE(c.client->state(), FeedClient::State::Idle);
    QSignalSpy pendingChanged(c.desk.get(), &RepDesk::pendingChanged);
    const QString claim = c.desk->claim(id);
    const QString call = c.desk->logCall(RepDesk::CallLog{
        id, c.clock.nowMs(), 42, QStringLiteral("no_answer"), QStringLiteral("rang out"), {}});
    QCOMPARE(c.pendingIds(), (QStringList{claim, call}));
    QCOMPARE(c.desk->pendingCount(), 2);
    QCOMPARE(pendingChanged.last().at(0).toInt(), 2);
    QCOMPARE(c.store->pending().at(1).request.disposition, QStringLiteral("no_answer"));
    // The console shows them at once; the server has not heard of them.
    QCOMPARE(c.desk->leads().value(id).claimedBy, DemoFeed::userName());
    QCOMPARE(c.desk->loggedCalls(id).size(), 1);
    QVERIFY(serverClaimedBy(*m_demo, id).isEmpty());
    QVERIFY(serverCalls(*m_demo, id).isEmpty());

    QSignalSpy finished(c.desk.get(), &RepDesk::actionFinished);
    c.client->start();
    QTRY_COMPARE_WITH_TIMEOUT(c.desk->pendingCount(), 0, kTimeout);
    QCOMPARE(pendingChanged.last().at(0).toInt(), 0);
    QCOMPARE(countOf(finished, claim), 1);
    QCOMPARE(countOf(finished, call), 1);
    for (const QList<QVariant> &args : std::as_const(finished))
        QVERIFY2(args.at(1).toBool(), qPrintable(args.at(2).toString()));
    QCOMPARE(serverClaimedBy(*m_demo, id), DemoFeed::userName());
    QVERIFY(m_demo->desk().lead(id)->firstCallAtMs > 0);
    QList<ServerCall> calls = serverCalls(*m_demo, id);
    QCOMPARE(calls.size(), 1);
    QCOMPARE(calls.at(0).clientId, call);
    QCOMPARE(calls.at(0).disposition, QStringLiteral("no_answer"));

    // Another reconnection sends nothing again.
    QSignalSpy resumed(c.client.get(), &FeedClient::resumed);
    c.client->stop();
    c.client->start();
    QTRY_COMPARE_WITH_TIMEOUT(resumed.count(), 1, kTimeout);
    QVERIFY(c.client->isConnected());
    QCOMPARE(finished.count(), 2);
    QCOMPARE(serverCalls(*m_demo, id).size(), 1);
    QCOMPARE(c.desk->loggedCalls(id).size(), 1);
}

void TestRepDesk::sendInterruptedIsNotDoubled()
{
    // A request sent just before the link drops may or may not have reached the server; it is
    // sent again with the same id and the server applies it once.
    QVERIFY(m_ingest->raiseAlert(QStringLiteral("ann"), QStringLiteral("Ann Lee"), QStringLiteral("Acme")));
    Console &c = *m_console;
    QVERIFY(startConsole(c, 1));
    const QString id = contactId(QStringLiteral("ann"));
    QSignalSpy finished(c.desk.get(), &RepDesk::actionFinished);
    const QString call = c.desk->logCall(
        RepDesk::CallLog{id, c.clock.nowMs(), 30, QStringLiteral("left_voicemail"), QString(), {}});
    c.client->stop();
    QCOMPARE(c.pendingIds(), QStringList{call});

    c.client->start();
    QTRY_COMPARE_WITH_TIMEOUT(c.desk->pendingCount(), 0, kTimeout);
    QCOMPARE(countOf(finished, call), 1);
    QVERIFY(finished.at(0).at(1).toBool());
    const QList<ServerCall> calls = serverCalls(*m_demo, id);
    QCOMPARE(calls.size(), 1);
    QCOMPARE(calls.at(0).clientId, call);
}

void TestRepDesk::quitWithPendingReplaysAtNextStart()
{
    QVERIFY(m_ingest->raiseAlert(QStringLiteral("ann"), QStringLiteral("Ann Lee"), QStringLiteral("Acme")));
    QVERIFY(m_ingest->raiseAlert(QStringLiteral("bo"), QStringLiteral("Bo Chen"), QStringLiteral("Globex")));
    const QString ann = contactId(QStringLiteral("ann"));
    const QString bo = contactId(QStringLiteral("bo"));
    const QString path = m_dir->filePath(QStringLiteral("console.db"));
    QString claim;
    QString call;
    {
        Console &c = *m_console;
        QVERIFY(startConsole(c, 2));
        c.client->stop();
        claim = c.desk->claim(bo);
        call =
            c.desk->logCall(RepDesk::CallLog{ann, c.clock.nowMs(), 12, QStringLiteral("no_answer"), {}, {}});
        QCOMPARE(c.desk->pendingCount(), 2);
    }
    // Quit: everything goes away but the file.
    m_console.reset();
    QVERIFY(serverClaimedBy(*m_demo, bo).isEmpty());
    QVERIFY(serverCalls(*m_demo, ann).isEmpty());

    m_console = std::make_unique<Console>(*m_demo, path, QDateTime::currentMSecsSinceEpoch());
    Console &c = *m_console;
    QCOMPARE(c.pendingIds(), (QStringList{claim, call}));
    QSignalSpy snapshots(c.client.get(), &FeedClient::snapshot);
    QSignalSpy resumed(c.client.get(), &FeedClient::resumed);
    QSignalSpy finished(c.desk.get(), &RepDesk::actionFinished);
    c.desk->start();
    // The cached queue shows before the feed answers, and so do the cards.
    QCOMPARE(c.desk->leads().size(), 2);
    const auto card = c.desk->leadDetail(bo);
    QVERIFY(card);
    QCOMPARE(card->card.name, QStringLiteral("Bo Chen"));
    QCOMPARE(c.desk->me(), DemoFeed::userName());
    QCOMPARE(c.desk->pendingCount(), 2);

    QTRY_COMPARE_WITH_TIMEOUT(c.desk->pendingCount(), 0, kTimeout);
    QCOMPARE(snapshots.count(), 0); // resumed from the stored position
    QCOMPARE(resumed.count(), 1);
    QCOMPARE(countOf(finished, claim), 1);
    QCOMPARE(countOf(finished, call), 1);
    QCOMPARE(serverClaimedBy(*m_demo, bo), DemoFeed::userName());
    QCOMPARE(serverClaimedBy(*m_demo, ann), DemoFeed::userName()); // calling claims
    const QList<ServerCall> calls = serverCalls(*m_demo, ann);
    QCOMPARE(calls.size(), 1);
    QCOMPARE(calls.at(0).clientId, call);
    QCOMPARE(c.desk->loggedCalls(ann).size(), 1);
}

void TestRepDesk::offlineRequestsReplayInOrder()
{
    // Claims and releases made offline within one millisecond replay in the order they were
    // made: a claim then a release leaves the lead open, not claimed.
    const QStringList users = {QStringLiteral("a1"), QStringLiteral("a2"), QStringLiteral("a3"),
                               QStringLiteral("a4"), QStringLiteral("a5"), QStringLiteral("a6")};
    for (const QString &user : users)
        QVERIFY(m_ingest->raiseAlert(user, user.toUpper(), QStringLiteral("Acme")));
    Console &c = *m_console;
    QVERIFY(startConsole(c, int(users.size())));
    c.client->stop();
    QStringList made;
    for (const QString &user : users) {
        made.append(c.desk->claim(contactId(user)));
        made.append(c.desk->release(contactId(user)));
    }
    QCOMPARE(c.pendingIds(), made);

    QSignalSpy finished(c.desk.get(), &RepDesk::actionFinished);
    c.client->start();
    QTRY_COMPARE_WITH_TIMEOUT(c.desk->pendingCount(), 0, kTimeout);
    QCOMPARE(finished.count(), made.size());
    for (const QList<QVariant> &args : std::as_const(finished))
        QVERIFY2(args.at(1).toBool(), qPrintable(args.at(2).toString()));
    for (const QString &user : users)
        QVERIFY2(serverClaimedBy(*m_demo, contactId(user)).isEmpty(), qPrintable(user));
    QTRY_VERIFY_WITH_TIMEOUT(
        std::all_of(
            users.cbegin(), users.cend(),
            [&](const QString &user) { return c.desk->leads().value(contactId(user)).claimedBy.isEmpty(); }),
        kTimeout);
}

void TestRepDesk::outboxKeepsOrderWithinAMillisecond()
{
    QString error;
    auto store = ConsoleStore::open(m_dir->filePath(QStringLiteral("outbox.db")), &error);
    QVERIFY2(store, qPrintable(error));
    QStringList made;
    for (int i = 0; i < 12; ++i) {
        // Ids that sort against the order they were made in.
        const QString id = QStringLiteral("z-%1").arg(99 - i);
        protocol::Request claim;
        claim.id = id;
        QVERIFY(store->enqueue(claim, 1'000));
        made.append(id);
    }
    protocol::Request later;
    later.id = QStringLiteral("a-later");
    QVERIFY(store->enqueue(later, 1'001));
    made.append(QStringLiteral("a-later"));
    QVERIFY(store->remove(QStringLiteral("z-95")));
    made.removeOne(QStringLiteral("z-95"));
    QStringList pending;
    for (const ConsoleStore::Pending &p : store->pending())
        pending.append(p.id);
    QCOMPARE(pending, made);
}

void TestRepDesk::resumeDeliversOnlyWhatWasMissed()
{
    QVERIFY(m_ingest->raiseAlert(QStringLiteral("ann"), QStringLiteral("Ann Lee"), QStringLiteral("Acme")));
    QVERIFY(m_ingest->raiseAlert(QStringLiteral("bo"), QStringLiteral("Bo Chen"), QStringLiteral("Globex")));
    Console &c = *m_console;
    QVERIFY(startConsole(c, 2));
    const QString ann = contactId(QStringLiteral("ann"));
    QSignalSpy changes(c.client.get(), &FeedClient::leadChanged);
    QSignalSpy snapshots(c.client.get(), &FeedClient::snapshot);
    QSignalSpy resumed(c.client.get(), &FeedClient::resumed);
    QSignalSpy taken(c.desk.get(), &RepDesk::leadTaken);

    c.client->stop();
    const qint64 position = c.client->lastSeq();
    QCOMPARE(position, m_demo->desk().lastSeq());
    // While away: two new alerts, and a colleague takes Ann.
    QVERIFY(m_ingest->raiseAlert(QStringLiteral("cy"), QStringLiteral("Cy Diaz"), QStringLiteral("Initech")));
    QVERIFY(m_ingest->raiseAlert(QStringLiteral("di"), QStringLiteral("Di Fox"), QStringLiteral("Hooli")));
    const auto priya = m_demo->desk().rep(QStringLiteral("Priya"));
    QVERIFY(priya);
    const QJsonObject result = handleRequest(m_demo->desk(), *priya,
                                             QJsonObject{{QStringLiteral("type"), QStringLiteral("claim")},
                                                         {QStringLiteral("id"), QStringLiteral("priya-1")},
                                                         {QStringLiteral("lead"), ann}});
    QVERIFY(result.value(QStringLiteral("ok")).toBool());
    const auto rep = m_demo->desk().rep(DemoFeed::userName());
    const auto missed = m_demo->desk().entriesSince(position, *rep);
    QVERIFY(missed && !missed->isEmpty());

    c.client->start();
    QTRY_COMPARE_WITH_TIMEOUT(resumed.count(), 1, kTimeout);
    QCOMPARE(snapshots.count(), 0);
    QList<qint64> seqs;
    for (const QList<QVariant> &args : std::as_const(changes))
        seqs.append(args.at(1).toLongLong());
    QList<qint64> expected;
    for (const AlertDesk::Entry &entry : *missed)
        expected.append(entry.seq);
    QCOMPARE(seqs, expected); // each missed version once, in order, nothing seen before
    QVERIFY(seqs.first() > position);
    QCOMPARE(c.client->lastSeq(), m_demo->desk().lastSeq());
    QTRY_VERIFY_WITH_TIMEOUT(c.desk->leads().contains(contactId(QStringLiteral("di"))), kTimeout);
    QVERIFY(c.desk->leads().contains(contactId(QStringLiteral("cy"))));
    QVERIFY(!c.desk->leads().contains(ann));
    QCOMPARE(taken.count(), 1);
    QCOMPARE(taken.at(0).at(1).toString(), QStringLiteral("Priya"));
    QTRY_COMPARE_WITH_TIMEOUT(c.store->lastSeq(), m_demo->desk().lastSeq(), kTimeout);

    // Nothing missed: resumed at once, nothing delivered twice.
    c.client->stop();
    c.client->start();
    QTRY_COMPARE_WITH_TIMEOUT(resumed.count(), 2, kTimeout);
    QCOMPARE(changes.count(), expected.size());
    QCOMPARE(snapshots.count(), 0);
    QCOMPARE(c.desk->leads().size(), 3);
}

void TestRepDesk::unfillableGapResyncs()
{
    QVERIFY(m_ingest->raiseAlert(QStringLiteral("ann"), QStringLiteral("Ann Lee"), QStringLiteral("Acme")));
    Console &c = *m_console;
    QVERIFY(startConsole(c, 1));
    c.client->stop();
    QVERIFY(m_ingest->raiseAlert(QStringLiteral("bo"), QStringLiteral("Bo Chen"), QStringLiteral("Globex")));

    // The console claims a position the server never reached (another database, say): the
    // server cannot fill what lies in between.
    QSignalSpy resets(c.desk.get(), &RepDesk::leadsReset);
    QSignalSpy snapshots(c.client.get(), &FeedClient::snapshot);
    c.client->setLastSeq(m_demo->desk().lastSeq() + 1'000);
    c.client->start();
    QTRY_COMPARE_WITH_TIMEOUT(snapshots.count(), 1, kTimeout);
    QVERIFY(c.client->isConnected());
    QCOMPARE(resets.count(), 1);
    QCOMPARE(c.client->lastSeq(), m_demo->desk().lastSeq());
    QCOMPARE(c.desk->leads().size(), 2);
    QVERIFY(c.desk->leads().contains(contactId(QStringLiteral("bo"))));
    QCOMPARE(c.store->lastSeq(), m_demo->desk().lastSeq());

    // No silent hole: what comes next arrives.
    QVERIFY(m_ingest->raiseAlert(QStringLiteral("cy"), QStringLiteral("Cy Diaz"), QStringLiteral("Initech")));
    QTRY_VERIFY_WITH_TIMEOUT(c.desk->leads().contains(contactId(QStringLiteral("cy"))), kTimeout);
    QTRY_COMPARE_WITH_TIMEOUT(c.store->lastSeq(), m_demo->desk().lastSeq(), kTimeout);
}

void TestRepDesk::cadenceFromTheBand()
{
    QVERIFY(m_ingest->raiseAlert(QStringLiteral("ann"), QStringLiteral("Ann Lee"), QStringLiteral("Acme")));
    Console &c = *m_console;
    QVERIFY(startConsole(c, 1));
    const QString id = contactId(QStringLiteral("ann"));
    QCOMPARE(c.desk->leads().value(id).tier, 2);
    const qint64 t0 = c.clock.nowMs();
    const QTimeZone zone = RepDesk::taskZone();
    const auto describe = [&](const QList<ConsoleStore::Task> &tasks) {
        QStringList out;
        for (const ConsoleStore::Task &t : tasks) {
            int days = 0;
            while (LeadRules::addBusinessDays(t0, days, zone) < t.dueAtMs && days < 30)
                ++days;
            out.append(QStringLiteral("%1 %2 +%3bd step %4")
                           .arg(t.leadName, t.channel)
                           .arg(LeadRules::addBusinessDays(t0, days, zone) == t.dueAtMs ? days : -1)
                           .arg(t.step));
        }
        return out;
    };

    // No answer: the Tier 2 cadence (call and email now, then call +1, call +3, email +5, call
    // +7 business days), at once here and then as the feed has it: the call was step 1.
    c.desk->logCall(RepDesk::CallLog{id, t0, 25, QStringLiteral("no_answer"), {}, {}});
    const QStringList started{
        QStringLiteral("Ann Lee email +0bd step 2"), QStringLiteral("Ann Lee call +1bd step 3"),
        QStringLiteral("Ann Lee call +3bd step 4"), QStringLiteral("Ann Lee email +5bd step 5"),
        QStringLiteral("Ann Lee call +7bd step 6")};
    QCOMPARE(describe(c.desk->tasks()), started);
    QCOMPARE(c.desk->leads().value(id).claimedBy, DemoFeed::userName());
    QTRY_COMPARE_WITH_TIMEOUT(m_demo->desk().lead(id)->tasks.size(), 6, kTimeout);
    QTRY_COMPARE_WITH_TIMEOUT(c.desk->pendingCount(), 0, kTimeout);
    QCOMPARE(describe(c.desk->tasks()), started);
    // The call travels with the lead: the feed's, with my notes as I wrote them.
    QCOMPARE(c.desk->loggedCalls(id).size(), 1);
    QCOMPARE(c.desk->loggedCalls(id).constFirst().rep, DemoFeed::userName());

    // A day later the next call, voicemail: it completes the next call step.
    c.clock.advance(kDay);
    c.desk->logCall(RepDesk::CallLog{id, c.clock.nowMs(), 40, QStringLiteral("left_voicemail"), {}, {}});
    QCOMPARE(describe(c.desk->tasks()), (QStringList{QStringLiteral("Ann Lee email +0bd step 2"),
                                                     QStringLiteral("Ann Lee call +3bd step 4"),
                                                     QStringLiteral("Ann Lee email +5bd step 5"),
                                                     QStringLiteral("Ann Lee call +7bd step 6")}));

    // A task done by hand leaves the list, here and on the feed.
    const ConsoleStore::Task email = c.desk->tasks().at(0);
    QVERIFY(!c.desk->completeTask(id, int(email.id)).isEmpty());
    QVERIFY(c.desk->completeTask(id, int(email.id)).isEmpty()); // done already
    QCOMPARE(c.desk->tasks().size(), 3);
    QTRY_COMPARE_WITH_TIMEOUT(c.desk->pendingCount(), 0, kTimeout);
    QVERIFY(m_demo->desk().lead(id)->tasks.at(1).done);

    // Connected and a meeting booked: the alert is worked, so the sequence ends here.
    c.clock.advance(2 * kDay);
    c.desk->logCall(RepDesk::CallLog{id, c.clock.nowMs(), 300, QStringLiteral("meeting_booked"), {}, {}});
    QCOMPARE(c.desk->leads().value(id).status, LeadState::Status::Done); // in my Worked view
    QCOMPARE(c.desk->tasks().size(), 0);

    QTRY_COMPARE_WITH_TIMEOUT(c.desk->pendingCount(), 0, kTimeout);
    QCOMPARE(serverCalls(*m_demo, id).size(), 3);
    QCOMPARE(m_demo->desk().lead(id)->status, LeadState::Status::Done);
    QCOMPARE(m_demo->desk().lead(id)->calls.size(), 3);
}

void TestRepDesk::followUpsFromTheCacheOffline()
{
    // The feed's follow-ups are cached with the lead: a console started offline shows them.
    QVERIFY(m_ingest->raiseAlert(QStringLiteral("ann"), QStringLiteral("Ann Lee"), QStringLiteral("Acme")));
    const QString id = contactId(QStringLiteral("ann"));
    const QString path = m_dir->filePath(QStringLiteral("console.db"));
    QList<ConsoleStore::Task> before;
    {
        Console &c = *m_console;
        QVERIFY(startConsole(c, 1));
        c.desk->logCall(RepDesk::CallLog{id, c.clock.nowMs(), 25, QStringLiteral("no_answer"), {}, {}});
        QTRY_COMPARE_WITH_TIMEOUT(c.desk->pendingCount(), 0, kTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(c.store->lastSeq(), m_demo->desk().lastSeq(), kTimeout);
        before = c.desk->tasks();
        QCOMPARE(before.size(), 5);
    }
    const qint64 now = m_console->clock.nowMs();
    m_console.reset();
    m_console = std::make_unique<Console>(*m_demo, path, now);
    Console &c = *m_console;
    c.client->setServer(QUrl(QStringLiteral("ws://127.0.0.1:9/v1/feed")),
                        QStringLiteral("nobody")); // offline
    c.desk->start();
    const QList<ConsoleStore::Task> after = c.desk->tasks();
    QCOMPARE(after.size(), before.size());
    for (qsizetype i = 0; i < after.size(); ++i) {
        QCOMPARE(after.at(i).id, before.at(i).id);
        QCOMPARE(after.at(i).dueAtMs, before.at(i).dueAtMs);
        QCOMPARE(after.at(i).channel, before.at(i).channel);
    }
}

QTEST_GUILESS_MAIN(TestRepDesk)
#include "tst_repdesk.moc"
