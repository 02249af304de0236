#include "client/feedclient.h"
#include "clock/clock.h"
#include "feedharness.h"
#include "integrations/fakecrm.h"
#include "postgrestest.h"
#include "store/sqlfeedstore.h"
#include "team/teamstore.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <deque>

namespace {

QString contactId(const QString &userId)
{
    return QStringLiteral("contact:") + userId;
}

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1StringView(key)).toString();
}

QJsonObject claim(const QString &lead)
{
    return {{QStringLiteral("type"), QStringLiteral("claim")}, {QStringLiteral("lead"), lead}};
}

// The seqs of the lead messages a console received, in order.
QList<qint64> leadSeqs(const TestConsole &console)
{
    QList<qint64> seqs;
    for (const QJsonObject &m : console.leadMessages())
        seqs.append(qint64(m.value(QStringLiteral("seq")).toDouble()));
    return seqs;
}

bool strictlyIncreasing(const QList<qint64> &seqs)
{
    for (qsizetype i = 1; i < seqs.size(); ++i) {
        if (seqs.at(i) <= seqs.at(i - 1))
            return false;
    }
    return true;
}

} // namespace

// Several real `firstcall-feed serve` processes on one PostgreSQL database (the test run's
// server, a fresh database per test): one journal whichever server wrote a change, one claim
// winner across servers, resume and failover on another server, a server killed under ingest,
// the timers taken over, the database restarted under ingest.
class TestFeedCluster final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void ingestReachesConsolesOnEveryServer();
    void concurrentIngestOnEveryServerIsAcknowledgedOnceInOneJournal();
    void claimRaceHasOneWinnerAcrossServers();
    void killedServerUnderIngestLosesNothing();
    void escalationOnceWhenTheTimerServerDies();
    void databaseRestartedUnderIngest();
    void failedSyncsOnEveryServer();

private:
    // Starts one more server on the test's database.
    FeedProcess *startServer(const QStringList &extra = {}, const QString &uri = {});
    // Starts `count` more: all of them, or none when one could not start (its log says why).
    QList<FeedProcess *> startServers(int count, const QStringList &extra = {}, const QString &uri = {});
    // A console for a rep on a server.
    struct Seat
    {
        TestConsole *console;
        FeedProcess *server;
        QString rep;
    };
    // Opens every seat's console with its rep's token; true once each has its snapshot.
    bool seat(const QList<Seat> &seats);
    // ann and bob (SDRs) and mia (their manager): the team most tests here use.
    static QList<Rep> annBobAndMia();
    // Adds reps (segments "key=value") and returns their tokens.
    void addReps(const QList<Rep> &reps, const QString &uri = {});
    HttpResult ingest(FeedProcess &server, const QJsonObject &batch);
    std::unique_ptr<Database> openDatabase(const QString &uri = {});

    QString m_uri;
    std::unique_ptr<QTemporaryDir> m_logs;
    std::deque<std::unique_ptr<FeedProcess>> m_servers;
    QHash<QString, QString> m_tokens;
    QNetworkAccessManager m_network;
    const QString m_writeKey = QStringLiteral("cluster-key");
};

void TestFeedCluster::init()
{
    QString error;
    m_uri = PostgresTest::createDatabase(&error);
    QVERIFY2(!m_uri.isEmpty(), qPrintable(error));
    m_logs = std::make_unique<QTemporaryDir>();
}

void TestFeedCluster::cleanup()
{
    m_servers.clear(); // killed
    m_tokens.clear();
    if (QTest::currentTestFailed() && m_logs) {
        m_logs->setAutoRemove(false);
        qWarning() << "server logs kept in" << m_logs->path();
    }
    QString error;
    if (!m_uri.isEmpty())
        QVERIFY2(PostgresTest::dropDatabase(m_uri, &error), qPrintable(error));
    m_uri.clear();
}

std::unique_ptr<Database> TestFeedCluster::openDatabase(const QString &uri)
{
    QString error;
    const auto location = StoreLocation::parse(uri.isEmpty() ? m_uri : uri, &error);
    auto database = location ? Database::open(*location, &error) : nullptr;
    if (!database)
        qWarning() << error;
    return database;
}

FeedProcess *TestFeedCluster::startServer(const QStringList &extra, const QString &uri)
{
    const int n = int(m_servers.size());
    auto server = std::make_unique<FeedProcess>(QStringLiteral(FIRSTCALL_FEED_BIN),
                                                uri.isEmpty() ? m_uri : uri, m_writeKey);
    server->setExtraArguments(QStringList{QStringLiteral("--instance-name"), QStringLiteral("s%1").arg(n)} +
                              extra);
    server->setLogFile(m_logs->filePath(QStringLiteral("s%1.log").arg(n)));
    QString error;
    if (!server->start(&error)) {
        qWarning() << error;
        return nullptr;
    }
    m_servers.push_back(std::move(server));
    return m_servers.back().get();
}

QList<FeedProcess *> TestFeedCluster::startServers(int count, const QStringList &extra, const QString &uri)
{
    QList<FeedProcess *> servers;
    for (int i = 0; i < count; ++i) {
        FeedProcess *server = startServer(extra, uri);
        if (!server)
            return {};
        servers.append(server);
    }
    return servers;
}

bool TestFeedCluster::seat(const QList<Seat> &seats)
{
    for (const Seat &seat : seats)
        seat.console->open(seat.server->wsPort(), m_tokens.value(seat.rep));
    return std::all_of(seats.cbegin(), seats.cend(),
                       [](const Seat &seat) { return seat.console->waitReady(); });
}

void TestFeedCluster::addReps(const QList<Rep> &reps, const QString &uri)
{
    const auto database = openDatabase(uri);
    QVERIFY(database);
    const auto store = SqlFeedStore::create(*database);
    TeamStore team(*store);
    for (const Rep &rep : reps) {
        QString error;
        const auto added = team.add(rep, &error);
        QVERIFY2(added, qPrintable(error));
        m_tokens.insert(rep.name, added->token);
    }
}

HttpResult TestFeedCluster::ingest(FeedProcess &server, const QJsonObject &batch)
{
    QUrl url(QStringLiteral("http://127.0.0.1/v1/batch"));
    url.setPort(server.httpPort());
    return httpRequest(m_network, url, "POST", QJsonDocument(batch).toJson(QJsonDocument::Compact),
                       basicAuthorization(m_writeKey));
}

namespace {

Rep makeRep(const QString &name, Rep::Role role, const QList<QPair<QString, QString>> &segments = {})
{
    Rep rep;
    rep.name = name;
    rep.role = role;
    rep.segments = segments;
    return rep;
}

} // namespace

QList<Rep> TestFeedCluster::annBobAndMia()
{
    return {makeRep(QStringLiteral("ann"), Rep::Role::Sdr), makeRep(QStringLiteral("bob"), Rep::Role::Sdr),
            makeRep(QStringLiteral("mia"), Rep::Role::Manager)};
}

void TestFeedCluster::ingestReachesConsolesOnEveryServer()
{
    addReps(annBobAndMia());
    const QList<FeedProcess *> servers = startServers(3);
    QVERIFY(!servers.isEmpty());
    FeedProcess *s0 = servers.at(0);
    FeedProcess *s1 = servers.at(1);
    FeedProcess *s2 = servers.at(2);
    TestConsole ann, bob, mia;
    QVERIFY(seat({{&ann, s0, QStringLiteral("ann")},
                  {&bob, s1, QStringLiteral("bob")},
                  {&mia, s2, QStringLiteral("mia")}}));

    // Ingest on one server reaches the consoles on all three, with one seq.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const HttpResult first = ingest(*s0, FeedHarness::alertBatchAt(QStringLiteral("p1"), 1, now));
    QVERIFY2(first.status == 200, first.describe().constData());
    const QString p1 = contactId(QStringLiteral("p1"));
    QTRY_VERIFY_WITH_TIMEOUT(ann.hasLead(p1) && bob.hasLead(p1) && mia.hasLead(p1), 10'000);
    QCOMPARE(bob.lastSeq(), ann.lastSeq());
    QCOMPARE(mia.lastSeq(), ann.lastSeq());
    QCOMPARE(mia.lead(p1).value(QStringLiteral("tier")).toInt(), 1);

    // A claim on another server: everyone sees who has it.
    const QJsonObject claimed = bob.request(claim(p1));
    QVERIFY2(claimed.value(QStringLiteral("ok")).toBool(), QJsonDocument(claimed).toJson().constData());
    QTRY_COMPARE_WITH_TIMEOUT(str(mia.lead(p1), "claimedBy"), QStringLiteral("bob"), 10'000);
    QTRY_COMPARE_WITH_TIMEOUT(str(ann.lead(p1), "claimedBy"), QStringLiteral("bob"), 10'000);
    QVERIFY(ann.sync() && mia.sync());

    // Bob goes; meanwhile changes come from every server.
    const qint64 since = bob.lastSeq();
    bob.close();
    QVERIFY(bob.waitClosed());
    QCOMPARE(ingest(*s2, FeedHarness::alertBatchAt(QStringLiteral("p2"), 1, now)).status, 200);
    QCOMPARE(ingest(*s1, FeedHarness::alertBatchAt(QStringLiteral("p3"), 2, now)).status, 200);
    const QString p2 = contactId(QStringLiteral("p2"));
    const QString p3 = contactId(QStringLiteral("p3"));
    QTRY_VERIFY_WITH_TIMEOUT(ann.hasLead(p2) && ann.hasLead(p3), 10'000);
    const QJsonObject annClaim = ann.request(claim(p2));
    QVERIFY2(annClaim.value(QStringLiteral("ok")).toBool(), QJsonDocument(annClaim).toJson().constData());
    QTRY_COMPARE_WITH_TIMEOUT(str(mia.lead(p2), "claimedBy"), QStringLiteral("ann"), 10'000);
    QVERIFY(mia.sync());

    // Every console saw one journal: strictly increasing, the same entries in the same order.
    QVERIFY(strictlyIncreasing(leadSeqs(ann)));
    QVERIFY(strictlyIncreasing(leadSeqs(mia)));
    QCOMPARE(leadSeqs(ann), leadSeqs(mia)); // all-records, no segments: both see every change

    // Bob resumes on a server he was never on and gets exactly what he missed.
    TestConsole resumed;
    resumed.open(s2->wsPort(), m_tokens.value(QStringLiteral("bob")), since);
    QVERIFY(resumed.waitReady());
    QVERIFY(resumed.messagesOfType(QStringLiteral("gap")).isEmpty());
    QVERIFY(resumed.messagesOfType(QStringLiteral("snapshot")).isEmpty());
    QList<qint64> missed;
    for (qint64 seq : leadSeqs(mia)) {
        if (seq > since)
            missed.append(seq);
    }
    QCOMPARE(leadSeqs(resumed), missed);
    QCOMPARE(str(resumed.lead(p2), "claimedBy"), QStringLiteral("ann"));
    QVERIFY(resumed.hasLead(p3));
}

void TestFeedCluster::failedSyncsOnEveryServer()
{
    // A webhook refuses a lead's alert three times: a manager on either server sees the same
    // failed item, a rep on neither; a retry asked on one server is sent by the one that sends
    // the outbox.
    FakeCrm receiver(FakeCrm::Kind::Webhook);
    QVERIFY(receiver.listen());
    receiver.fault(QStringLiteral("/"), {422, {}, false, {"lead.alerted"}}, 3);
    const QString secret = m_logs->filePath(QStringLiteral("webhook.secret"));
    QFile file(secret);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("whsec_cluster\n");
    file.close();
    addReps(
        {makeRep(QStringLiteral("ann"), Rep::Role::Sdr), makeRep(QStringLiteral("mia"), Rep::Role::Manager)});
    const QStringList webhook{QStringLiteral("--webhook"), receiver.baseUrl().toString(),
                              QStringLiteral("--webhook-secret-file"), secret};
    const QList<FeedProcess *> servers = startServers(2, webhook);
    QVERIFY(!servers.isEmpty());
    FeedProcess *s0 = servers.at(0);
    FeedProcess *s1 = servers.at(1);
    TestConsole mia0, mia1, ann;
    QVERIFY(seat({{&mia0, s0, QStringLiteral("mia")},
                  {&mia1, s1, QStringLiteral("mia")},
                  {&ann, s1, QStringLiteral("ann")}}));

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QCOMPARE(ingest(*s1, FeedHarness::alertBatchAt(QStringLiteral("p1"), 1, now)).status, 200);
    const auto syncs = [](TestConsole &console) {
        return console.request(QJsonObject{{QStringLiteral("type"), QStringLiteral("syncs")}})
            .value(QStringLiteral("syncs"))
            .toArray();
    };
    const auto failed = [&syncs](TestConsole &console) {
        const QJsonArray items = syncs(console);
        return items.size() == 1 && str(items.at(0).toObject(), "state") == u"failed";
    };
    // Three attempts a second and two apart (the backoff), then failed.
    QTRY_VERIFY_WITH_TIMEOUT(failed(mia0), 30'000);
    QCOMPARE(syncs(mia1), syncs(mia0));
    const QJsonObject item = syncs(mia1).at(0).toObject();
    QCOMPARE(str(item, "target"), QStringLiteral("webhook"));
    QCOMPARE(str(item, "type"), QStringLiteral("lead.alerted"));
    QCOMPARE(str(item, "lead"), contactId(QStringLiteral("p1")));
    QVERIFY(str(item, "error").startsWith(u"HTTP 422"));
    const QJsonObject refused = ann.request(QJsonObject{{QStringLiteral("type"), QStringLiteral("syncs")}});
    QCOMPARE(refused.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
             QStringLiteral("forbidden"));

    // Retried on one server, sent by the one that sends the outbox (whichever): delivered
    // once, the list empty on both; the other server then refuses to retry it again.
    const QJsonObject retry{{QStringLiteral("type"), QStringLiteral("retry_sync")},
                            {QStringLiteral("item"), item.value(QStringLiteral("id"))}};
    const QJsonObject retried = mia1.request(retry);
    QVERIFY2(retried.value(QStringLiteral("ok")).toBool(), QJsonDocument(retried).toJson().constData());
    const auto delivered = [&receiver] {
        int alerted = 0;
        for (const QJsonObject &record : receiver.records())
            alerted += str(record, "type") == u"lead.alerted" ? 1 : 0;
        return alerted;
    };
    QTRY_COMPARE_WITH_TIMEOUT(delivered(), 1, 15'000);
    QTRY_VERIFY_WITH_TIMEOUT(syncs(mia0).isEmpty() && syncs(mia1).isEmpty(), 10'000);
    QCOMPARE(mia0.request(retry)
                 .value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("code"))
                 .toString(),
             QStringLiteral("bad_request"));
    QTest::qWait(500);
    QCOMPARE(delivered(), 1);
}

void TestFeedCluster::claimRaceHasOneWinnerAcrossServers()
{
    // 1,000 races at once: lead i is visible to two reps only (segment team=t(i % kPairs)), one
    // connected to each server, and both claim it at the same time.
    constexpr int kLeads = 1000;
    constexpr int kPairs = 20; // 50 claims per console: within its burst allowance
    QList<Rep> reps;
    for (int t = 0; t < kPairs; ++t) {
        const QList<QPair<QString, QString>> segment{{QStringLiteral("team"), QStringLiteral("t%1").arg(t)}};
        reps.append(makeRep(QStringLiteral("a%1").arg(t), Rep::Role::Sdr, segment));
        reps.append(makeRep(QStringLiteral("b%1").arg(t), Rep::Role::Sdr, segment));
    }
    addReps(reps);
    const QStringList noCap{QStringLiteral("--max-uncalled-claims"), QStringLiteral("0")};
    const QList<FeedProcess *> servers = startServers(2, noCap);
    QVERIFY(!servers.isEmpty());
    FeedProcess *s0 = servers.at(0);
    FeedProcess *s1 = servers.at(1);
    std::vector<std::unique_ptr<TestConsole>> a, b;
    for (int t = 0; t < kPairs; ++t) {
        a.push_back(std::make_unique<TestConsole>());
        a.back()->open(s0->wsPort(), m_tokens.value(QStringLiteral("a%1").arg(t)));
        b.push_back(std::make_unique<TestConsole>());
        b.back()->open(s1->wsPort(), m_tokens.value(QStringLiteral("b%1").arg(t)));
    }
    for (int t = 0; t < kPairs; ++t)
        QVERIFY(a.at(size_t(t))->waitReady() && b.at(size_t(t))->waitReady());

    // The leads, ingested on both servers.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (int start = 0; start < kLeads; start += 100) {
        QJsonArray calls;
        for (int i = start; i < start + 100; ++i) {
            const QJsonObject one =
                FeedHarness::alertBatchAt(QStringLiteral("r%1").arg(i), 1, now,
                                          {{QStringLiteral("team"), QStringLiteral("t%1").arg(i % kPairs)}});
            for (const QJsonValue &call : one.value(QStringLiteral("batch")).toArray())
                calls.append(call);
        }
        const HttpResult result = ingest((start / 100) % 2 ? *s1 : *s0, FeedHarness::batch(calls));
        QVERIFY2(result.status == 200, result.describe().constData());
    }
    const auto leadsOf = [&](int t) {
        QStringList leads;
        for (int i = t; i < kLeads; i += kPairs)
            leads.append(contactId(QStringLiteral("r%1").arg(i)));
        return leads;
    };
    QTRY_VERIFY_WITH_TIMEOUT(
        std::all_of(a.cbegin(), a.cend(),
                    [&](const auto &c) { return c->seenLeadIds().size() >= kLeads / kPairs; }) &&
            std::all_of(b.cbegin(), b.cend(),
                        [&](const auto &c) { return c->seenLeadIds().size() >= kLeads / kPairs; }),
        60'000);

    // Every claim sent before any answer is read.
    QHash<QString, QPair<QString, QString>> ids; // lead -> (a's request id, b's request id)
    for (int t = 0; t < kPairs; ++t) {
        for (const QString &lead : leadsOf(t)) {
            QJsonObject fromA = claim(lead);
            QJsonObject fromB = claim(lead);
            const QString idA = a.at(size_t(t))->nextId();
            const QString idB = b.at(size_t(t))->nextId();
            fromA.insert(QStringLiteral("id"), idA);
            fromB.insert(QStringLiteral("id"), idB);
            a.at(size_t(t))->send(fromA);
            b.at(size_t(t))->send(fromB);
            ids.insert(lead, {idA, idB});
        }
    }
    const auto answered = [&] {
        for (int t = 0; t < kPairs; ++t) {
            for (const QString &lead : leadsOf(t)) {
                if (!a.at(size_t(t))->resultFor(ids.value(lead).first) ||
                    !b.at(size_t(t))->resultFor(ids.value(lead).second))
                    return false;
            }
        }
        return true;
    };
    QTRY_VERIFY_WITH_TIMEOUT(answered(), 60'000);

    QHash<QString, QString> winners;
    for (int t = 0; t < kPairs; ++t) {
        for (const QString &lead : leadsOf(t)) {
            const QJsonObject ra = *a.at(size_t(t))->resultFor(ids.value(lead).first);
            const QJsonObject rb = *b.at(size_t(t))->resultFor(ids.value(lead).second);
            const bool aWon = ra.value(QStringLiteral("ok")).toBool();
            const bool bWon = rb.value(QStringLiteral("ok")).toBool();
            QVERIFY2(aWon != bWon, qPrintable(lead + u' ' + QString::fromUtf8(QJsonDocument(ra).toJson()) +
                                              QString::fromUtf8(QJsonDocument(rb).toJson())));
            const QJsonObject lost = aWon ? rb : ra;
            QCOMPARE(lost.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
                     QStringLiteral("already_claimed"));
            winners.insert(lead, aWon ? QStringLiteral("a%1").arg(t) : QStringLiteral("b%1").arg(t));
        }
    }
    QCOMPARE(winners.size(), kLeads);
    // The database agrees: one alert per lead, held by the winner.
    const auto database = openDatabase();
    QVERIFY(database);
    QString error;
    const auto alerts = SqlFeedStore::create(*database)->alertsRaised(0, now + 3'600'000, &error);
    QVERIFY2(alerts, qPrintable(error));
    QCOMPARE(alerts->size(), kLeads);
    for (const FeedStore::AlertRow &alert : *alerts)
        QCOMPARE(alert.claimedBy, winners.value(alert.leadId));
}

void TestFeedCluster::killedServerUnderIngestLosesNothing()
{
    addReps({makeRep(QStringLiteral("ann"), Rep::Role::Sdr)});
    const QList<FeedProcess *> servers = startServers(3);
    QVERIFY(!servers.isEmpty());
    FeedProcess *s0 = servers.at(0);
    FeedProcess *s1 = servers.at(1);
    FeedProcess *s2 = servers.at(2);

    // The console's own client, with the servers it fails over to.
    SystemClock clock;
    FeedClient client(clock);
    const auto wsUrl = [](FeedProcess *server) {
        QUrl url(QStringLiteral("ws://127.0.0.1/"));
        url.setPort(server->wsPort());
        return url;
    };
    client.setServers({wsUrl(s0), wsUrl(s1)}, m_tokens.value(QStringLiteral("ann")));
    QList<qint64> seqs;
    QSet<QString> leads;
    int snapshots = 0;
    connect(&client, &FeedClient::snapshot, this, [&](const QList<LeadState> &list, const auto &, qint64) {
        ++snapshots;
        for (const LeadState &lead : list)
            leads.insert(lead.id);
    });
    connect(&client, &FeedClient::leadChanged, this, [&](const LeadState &lead, qint64 seq) {
        seqs.append(seq);
        leads.insert(lead.id);
    });
    client.start();
    QTRY_VERIFY_WITH_TIMEOUT(client.isConnected() && snapshots == 1, 10'000);

    // Ingest into the server that is killed, then into the next when it does not answer.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QStringList acknowledged;
    QList<FeedProcess *> targets{s0, s2};
    bool killed = false;
    for (int i = 0; i < 60; ++i) {
        const QString user = QStringLiteral("k%1").arg(i);
        if (i == 30) {
            s0->kill(); // SIGKILL, under ingest and with the console on it
            killed = true;
        }
        FeedProcess *target = killed ? s2 : s0;
        const HttpResult result = ingest(*target, FeedHarness::alertBatchAt(user, 2, now));
        if (result.status == 200)
            acknowledged.append(user);
    }
    QCOMPARE(acknowledged.size(), 60);

    // Every acknowledged lead reached the console, through the server it failed over to, in
    // order, once each, with no snapshot (no gap).
    QTRY_VERIFY_WITH_TIMEOUT(leads.size() == 60, 15'000);
    QCOMPARE(client.currentServer(), wsUrl(s1));
    QCOMPARE(snapshots, 1);
    QVERIFY(strictlyIncreasing(seqs));
    for (const QString &user : std::as_const(acknowledged))
        QVERIFY2(leads.contains(contactId(user)), qPrintable(user));

    // And every acknowledged event is stored, and the journal has no hole the console skipped.
    const auto database = openDatabase();
    QVERIFY(database);
    const auto store = SqlFeedStore::create(*database);
    QString error;
    QSet<QString> stored;
    QVERIFY(store->readEvents(
        [&](const QByteArray &body) {
            stored.insert(QJsonDocument::fromJson(body).object().value(QStringLiteral("userId")).toString());
        },
        &error));
    for (const QString &user : std::as_const(acknowledged))
        QVERIFY2(stored.contains(user), qPrintable(user));
    const auto journal = store->journalAfter(seqs.constFirst() - 1, &error);
    QVERIFY2(journal, qPrintable(error));
    QList<qint64> all;
    for (const FeedStore::JournalRow &row : *journal)
        all.append(row.seq);
    QCOMPARE(seqs, all);
    client.stop();
}

void TestFeedCluster::escalationOnceWhenTheTimerServerDies()
{
    // The hot rules with a claim window of a few seconds: unclaimed, a Tier 1 alert goes to a
    // backup, then to the manager queue. The server that runs the timers dies before either.
    QFile hot(QStringLiteral(FIRSTCALL_TEST_DATA "/../../resources/rules/hot.json"));
    QVERIFY(hot.open(QIODevice::ReadOnly));
    QString rules = QString::fromUtf8(hot.readAll());
    QVERIFY(rules.contains(QLatin1StringView("\"claim\": \"5m\"")));
    rules.replace(QLatin1StringView("\"claim\": \"5m\""), QLatin1StringView("\"claim\": \"4s\""));
    const QString rulesPath = m_logs->filePath(QStringLiteral("rules.json"));
    QFile out(rulesPath);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(rules.toUtf8());
    out.close();

    addReps(annBobAndMia());
    const QList<FeedProcess *> servers = startServers(3, {QStringLiteral("--rules"), rulesPath});
    QVERIFY(!servers.isEmpty());
    FeedProcess *timers = servers.at(0); // first: it takes the timers
    FeedProcess *s1 = servers.at(1);
    FeedProcess *s2 = servers.at(2);
    TestConsole ann, bob, mia;
    QVERIFY(seat({{&ann, s1, QStringLiteral("ann")},
                  {&bob, s2, QStringLiteral("bob")},
                  {&mia, s1, QStringLiteral("mia")}}));

    QCOMPARE(ingest(*timers,
                    FeedHarness::alertBatchAt(QStringLiteral("e1"), 1, QDateTime::currentMSecsSinceEpoch()))
                 .status,
             200);
    const QString lead = contactId(QStringLiteral("e1"));
    QTRY_VERIFY_WITH_TIMEOUT(mia.hasLead(lead), 10'000);
    timers->kill();

    // Another server takes the timers over and runs both steps, each once.
    QTRY_COMPARE_WITH_TIMEOUT(str(mia.lead(lead), "escalation"), QStringLiteral("manager"), 30'000);
    QVERIFY(mia.sync());
    const auto database = openDatabase();
    QVERIFY(database);
    QString error;
    const auto audit = SqlFeedStore::create(*database)->auditFor(lead, &error);
    QVERIFY2(audit, qPrintable(error));
    QStringList steps;
    for (const FeedStore::AuditRow &row : *audit) {
        const QJsonObject detail = QJsonDocument::fromJson(row.detail).object();
        if (row.action == u"escalated" || row.action == u"rerouted")
            steps.append(row.action + u':' + str(detail, "reason") + u':' + str(detail, "to"));
    }
    QCOMPARE(steps.size(), 2);
    QVERIFY2(steps.at(0).startsWith(QLatin1StringView("escalated:claim_window:")),
             qPrintable(steps.join(u' ')));
    QCOMPARE(steps.at(1), QStringLiteral("escalated:claim_window:manager queue"));
    // The consoles saw each step once: one journal entry per step.
    int escalations = 0;
    QString last;
    for (const QJsonObject &m : mia.leadMessages()) {
        const QString level = str(m.value(QStringLiteral("lead")).toObject(), "escalation");
        if (level != last && !last.isEmpty())
            ++escalations;
        last = level;
    }
    QCOMPARE(escalations, 2);
}

void TestFeedCluster::databaseRestartedUnderIngest()
{
    // A PostgreSQL server of this test's own, to stop and start again.
    QTemporaryDir state;
    const QString fixture = QStringLiteral(FIRSTCALL_PG_FIXTURE);
    const auto pg = [&](const QString &command) {
        return QProcess::execute(QStringLiteral("bash"), {fixture, command, state.path()});
    };
    QCOMPARE(pg(QStringLiteral("start")), 0);
    const auto stopServer = qScopeGuard([&] { pg(QStringLiteral("stop")); });
    QFile uriFile(state.filePath(QStringLiteral("uri")));
    QVERIFY(uriFile.open(QIODevice::ReadOnly));
    const QString uri = QString::fromUtf8(uriFile.readAll()).trimmed();

    addReps({makeRep(QStringLiteral("ann"), Rep::Role::Sdr)}, uri);
    const QList<FeedProcess *> servers = startServers(2, {}, uri);
    QVERIFY(!servers.isEmpty());
    FeedProcess *s0 = servers.at(0);
    FeedProcess *s1 = servers.at(1);
    TestConsole ann;
    QVERIFY(seat({{&ann, s1, QStringLiteral("ann")}}));
    // And the console's own client on the other server, which shows the state in the window.
    SystemClock clock;
    FeedClient client(clock);
    QUrl s0Url(QStringLiteral("ws://127.0.0.1/"));
    s0Url.setPort(s0->wsPort());
    client.setServer(s0Url, m_tokens.value(QStringLiteral("ann")));
    QSignalSpy degradedChanges(&client, &FeedClient::serverDegradedChanged);
    client.start();
    QTRY_VERIFY_WITH_TIMEOUT(client.isConnected(), 10'000);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QCOMPARE(ingest(*s0, FeedHarness::alertBatchAt(QStringLiteral("d1"), 2, now)).status, 200);
    QTRY_VERIFY_WITH_TIMEOUT(ann.hasLead(contactId(QStringLiteral("d1"))), 10'000);

    {
        // The test server commits asynchronously (synchronous_commit=off): what was committed
        // is written out before it is made to crash.
        const auto database = openDatabase(uri);
        QVERIFY(database);
        QSqlQuery checkpoint(database->connection());
        QVERIFY(checkpoint.exec(QStringLiteral("CHECKPOINT")));
    }
    QCOMPARE(pg(QStringLiteral("halt")), 0);
    // Ingest is refused with a JSON error (the sender keeps the events), the console stays
    // connected, is told, and its requests are refused as unavailable.
    const HttpResult refused = ingest(*s0, FeedHarness::alertBatchAt(QStringLiteral("d2"), 2, now));
    QCOMPARE(refused.status, 503);
    QVERIFY2(!refused.json.value(QStringLiteral("error")).toString().isEmpty(),
             refused.describe().constData());
    const QJsonObject claimed = ann.request(claim(contactId(QStringLiteral("d1"))));
    QCOMPARE(claimed.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
             QStringLiteral("unavailable"));
    QTRY_VERIFY_WITH_TIMEOUT(!ann.messagesOfType(QStringLiteral("status")).isEmpty(), 10'000);
    QVERIFY(
        ann.messagesOfType(QStringLiteral("status")).constLast().value(QStringLiteral("degraded")).toBool());
    QVERIFY(ann.isConnected());
    QTRY_VERIFY_WITH_TIMEOUT(client.serverDegraded(), 10'000);
    QVERIFY(client.isConnected());

    // Back: both servers reconnect by themselves; the sender's retry is taken and reaches the
    // console on the other server, which hears that all is well again.
    QCOMPARE(pg(QStringLiteral("resume")), 0);
    HttpResult retried;
    QTRY_VERIFY_WITH_TIMEOUT(
        (retried = ingest(*s0, FeedHarness::alertBatchAt(QStringLiteral("d2"), 2, now))).status == 200,
        20'000);
    QTRY_VERIFY_WITH_TIMEOUT(ann.hasLead(contactId(QStringLiteral("d2"))), 10'000);
    QTRY_VERIFY_WITH_TIMEOUT(
        !ann.messagesOfType(QStringLiteral("status")).constLast().value(QStringLiteral("degraded")).toBool(),
        10'000);
    const QJsonObject again = ann.request(claim(contactId(QStringLiteral("d1"))));
    QVERIFY2(again.value(QStringLiteral("ok")).toBool(), QJsonDocument(again).toJson().constData());
    QVERIFY(strictlyIncreasing(leadSeqs(ann)));
    QTRY_VERIFY_WITH_TIMEOUT(!client.serverDegraded(), 10'000);
    QCOMPARE(degradedChanges.size(), 2); // degraded, then well again, on the same connection
    QVERIFY(client.isConnected());
    client.stop();
    m_servers.clear(); // before the database server stops
}

void TestFeedCluster::concurrentIngestOnEveryServerIsAcknowledgedOnceInOneJournal()
{
    // Many requests at once on every server (pipelined, so that each server stores those it
    // reads together in one transaction, group commit): every one answered 200 once stored,
    // every call in the database, every lead at every console in one strictly increasing journal.
    addReps(annBobAndMia());
    const QList<FeedProcess *> servers = startServers(3);
    QVERIFY(!servers.isEmpty());
    TestConsole ann, bob, mia;
    QVERIFY(seat({{&ann, servers.at(0), QStringLiteral("ann")},
                  {&bob, servers.at(1), QStringLiteral("bob")},
                  {&mia, servers.at(2), QStringLiteral("mia")}}));

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    constexpr int kPerServer = 30;
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    qint64 calls = 0;
    for (int s = 0; s < int(servers.size()); ++s) {
        auto socket = std::make_unique<QTcpSocket>();
        socket->connectToHost(QHostAddress::LocalHost, servers.at(s)->httpPort());
        QVERIFY(socket->waitForConnected(5000));
        QByteArray bytes;
        for (int i = 0; i < kPerServer; ++i) {
            const QJsonObject batch =
                FeedHarness::alertBatchAt(QStringLiteral("c%1-%2").arg(s).arg(i), 2, now);
            calls += batch.value(QStringLiteral("batch")).toArray().size();
            const QByteArray body = QJsonDocument(batch).toJson(QJsonDocument::Compact);
            bytes += "POST /v1/batch HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: " +
                     basicAuthorization(m_writeKey) +
                     "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
        }
        socket->write(bytes);
        sockets.push_back(std::move(socket));
    }
    // Each connection's answers, in order: all 200.
    for (auto &socket : sockets) {
        QByteArray raw;
        QElapsedTimer clock;
        clock.start();
        while (raw.count("HTTP/1.1 ") < kPerServer && clock.elapsed() < 30'000) {
            if (!socket->bytesAvailable())
                QTest::qWait(5);
            raw += socket->readAll();
        }
        QCOMPARE(raw.count("HTTP/1.1 200 OK"), kPerServer);
    }
    const auto database = openDatabase();
    QVERIFY(database);
    QSqlQuery count(database->connection());
    QVERIFY(count.exec(QStringLiteral("SELECT COUNT(*) FROM events")) && count.next());
    QCOMPARE(count.value(0).toLongLong(), calls);

    const int leads = kPerServer * int(servers.size());
    for (TestConsole *console : {&ann, &bob, &mia})
        QTRY_COMPARE_WITH_TIMEOUT(console->seenLeadIds().size(), qsizetype(leads), 15'000);
    QVERIFY(strictlyIncreasing(leadSeqs(ann)));
    QCOMPARE(leadSeqs(bob), leadSeqs(ann));
    QCOMPARE(leadSeqs(mia), leadSeqs(ann));
    // Each server's requests keep their order in the journal.
    for (int s = 0; s < int(servers.size()); ++s) {
        QList<int> order; // by first appearance
        QSet<QString> seen;
        for (const QJsonObject &m : ann.leadMessages()) {
            const QString id = str(m.value(QStringLiteral("lead")).toObject(), "id");
            if (id.startsWith(QStringLiteral("contact:c%1-").arg(s)) && !seen.contains(id)) {
                seen.insert(id);
                order.append(id.section(u'-', 1).toInt());
            }
        }
        QCOMPARE(order.size(), kPerServer);
        QVERIFY(std::is_sorted(order.cbegin(), order.cend()));
    }
}

QTEST_MAIN(TestFeedCluster)
#include "tst_feedcluster.moc"
