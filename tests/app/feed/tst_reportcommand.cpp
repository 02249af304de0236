#include "clock/clock.h"
#include "deskrequests.h"
#include "events/segmentreader.h"
#include "metrics/feedcalibration.h"
#include "routing/alertdesk.h"
#include "rules/rules.h"
#include "store/sqlitefeedstore.h"
#include "team/teamstore.h"
#include "testutils.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

qint64 at(const char *iso)
{
    const QDateTime t = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs);
    if (!t.isValid())
        qFatal("bad instant %s", iso);
    return t.toMSecsSinceEpoch();
}

QString latin1(const char *text)
{
    return QString::fromLatin1(text);
}

// What one run of the real firstcall-feed program produced.
struct Run : ProgramRun
{
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
    // "metric,scope,bucket" -> value
    QHash<QString, QString> csv() const
    {
        QHash<QString, QString> rows;
        const QStringList lines = out.split(u'\n', Qt::SkipEmptyParts);
        for (const QString &line : lines.mid(1))
            rows.insert(line.section(u',', 0, 2), line.section(u',', 3));
        return rows;
    }
};

Run runFeed(const QStringList &arguments)
{
    return Run{runProgram(QStringLiteral(FIRSTCALL_FEED_BIN), arguments)};
}

QString leadId(const QString &userId)
{
    return QStringLiteral("contact:") + userId;
}

double number(const QJsonObject &object, const char *path)
{
    QJsonValue v = object;
    for (const QString &key : QString::fromLatin1(path).split(u'.'))
        v = v.toObject().value(key);
    return v.isNull() ? -1 : v.toDouble(-2);
}

// A feed server's state, in process: the database, the team, the hot rules, a clock the test
// moves, and the desk that stores alerts and calls as reps work them.
struct Feed
{
    std::unique_ptr<Database> database;
    std::unique_ptr<SqliteFeedStore> store;
    std::unique_ptr<TeamStore> team;
    std::optional<Rules> rules;
    std::unique_ptr<ManualClock> clock;
    std::unique_ptr<AlertDesk> desk;
    QHash<QString, Rep> reps;
    int requests = 0;
    QStringList refusals; // requests the desk turned down

    bool open(const QString &path, qint64 startMs, QString *error)
    {
        rules = Rules::load(QStringLiteral("hot"), error);
        database = rules ? Database::open(path, error) : nullptr;
        if (!database)
            return false;
        store = std::make_unique<SqliteFeedStore>(*database);
        team = std::make_unique<TeamStore>(*store);
        for (const Rep &rep : team->list())
            reps.insert(rep.name, rep); // a restart: the team is already there
        for (const auto &[name, role] :
             {std::pair{"ann", Rep::Role::Sdr}, std::pair{"bob", Rep::Role::Sdr},
              std::pair{"cat", Rep::Role::Sdr}, std::pair{"mia", Rep::Role::Manager}}) {
            if (reps.contains(QString::fromLatin1(name)))
                continue;
            Rep rep;
            rep.name = QString::fromLatin1(name);
            rep.role = role;
            const auto added = team->add(rep, error);
            if (!added)
                return false;
            reps.insert(rep.name, added->rep);
        }
        clock = std::make_unique<ManualClock>(startMs);
        AlertDesk::Options options;
        options.metricsDatabasePath = path; // as the server runs: metrics read off the routing thread
        desk = std::make_unique<AlertDesk>(*store, *team, *rules, *clock, options);
        return desk->start(error);
    }

    void setNow(const char *instant) { clock->setNowMs(at(instant)); }

    // Segment calls for a contact, stamped now: who they are, and what they did.
    bool ingest(const QString &userId, const QString &source, const QJsonObject &action, QString *error)
    {
        const QDateTime now = QDateTime::fromMSecsSinceEpoch(clock->nowMs(), Qt::UTC);
        QJsonObject act = action;
        act.insert(QStringLiteral("userId"), userId);
        act.insert(QStringLiteral("timestamp"), now.toString(Qt::ISODateWithMs));
        const QJsonObject identify{
            {QStringLiteral("type"), QStringLiteral("identify")},
            {QStringLiteral("userId"), userId},
            {QStringLiteral("timestamp"), now.toString(Qt::ISODateWithMs)},
            {QStringLiteral("traits"),
             QJsonObject{{QStringLiteral("name"), QString(QStringLiteral("Contact ") + userId)},
                         {QStringLiteral("title"), QStringLiteral("VP Sales")},
                         {QStringLiteral("phone"), QStringLiteral("+1 555 0100")},
                         {QStringLiteral("leadSource"), source}}}};
        QList<SegmentCall> calls;
        for (const QJsonObject &object : {identify, act}) {
            const SegmentReader::Result read = SegmentReader::read(object, now);
            if (!read.ok()) {
                *error = read.error->toString();
                return false;
            }
            calls += read.calls;
        }
        return desk->ingest(calls, error).has_value();
    }

    bool demoRequested(const QString &userId, const QString &source, QString *error)
    {
        return ingest(userId, source,
                      QJsonObject{{QStringLiteral("type"), QStringLiteral("track")},
                                  {QStringLiteral("event"), QStringLiteral("Demo Requested")}},
                      error) &&
               alertId(userId) > 0;
    }

    qint64 alertId(const QString &userId) const
    {
        const auto lead = desk->lead(leadId(userId));
        return lead ? lead->alertId : 0;
    }

    QJsonObject request(const QString &rep, QJsonObject message)
    {
        message.insert(QStringLiteral("id"), QStringLiteral("%1-%2").arg(rep).arg(++requests));
        const QJsonObject result = handleRequest(*desk, reps.value(rep), message);
        if (!result.value(QStringLiteral("ok")).toBool())
            refusals.append(QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Compact)));
        return result;
    }

    QJsonObject claim(const QString &rep, const QString &userId)
    {
        return request(rep, QJsonObject{{QStringLiteral("type"), QStringLiteral("claim")},
                                        {QStringLiteral("lead"), leadId(userId)}});
    }

    QJsonObject call(const QString &rep, const QString &userId, const char *startedAt,
                     const char *disposition, bool qualified)
    {
        return request(rep, QJsonObject{{QStringLiteral("type"), QStringLiteral("call")},
                                        {QStringLiteral("lead"), leadId(userId)},
                                        {QStringLiteral("startedAt"), latin1(startedAt)},
                                        {QStringLiteral("durationSeconds"), 120},
                                        {QStringLiteral("disposition"), latin1(disposition)},
                                        {QStringLiteral("qualification"),
                                         QJsonObject{{QStringLiteral("qualified"), qualified}}}});
    }
};

// The history every test reads, hour by hour (UTC). Minutes from alert to first attempt:
//   2026-03-02  u1 Paid search  ann claims at 1, calls at 3: meeting booked, qualified
//               u2 Webinar      bob claims at 2; his call at 4 (connected) is logged at 40
//               u3 Referral     never claimed nor called: breaches its 60-minute call SLA
//               u4 Paid search  cat calls unclaimed at 12 (no answer), at 20 connected, qualified
//               u8 (no alert)   reads the blog
//   2026-03-03  u5 Webinar      ann claims at 5, calls at 45: meeting booked, qualified
//               u6 Paid search  bob calls at exactly 5:00: voicemail
//   2026-03-04  u7 Paid search  ann calls at 1: connected (outside the period the tests ask for)
void buildHistory(Feed &feed, const QString &path)
{
    QString error;
    QVERIFY2(feed.open(path, at("2026-03-02T08:00:00Z"), &error), qPrintable(error));
    feed.setNow("2026-03-02T09:00:00Z");
    QVERIFY2(feed.demoRequested(QStringLiteral("u1"), QStringLiteral("Paid search"), &error),
             qPrintable(error));
    QVERIFY2(feed.ingest(QStringLiteral("u8"), QStringLiteral("Organic"),
                         QJsonObject{{QStringLiteral("type"), QStringLiteral("page")},
                                     {QStringLiteral("properties"),
                                      QJsonObject{{QStringLiteral("path"), QStringLiteral("/blog")}}}},
                         &error),
             qPrintable(error));
    QCOMPARE(feed.alertId(QStringLiteral("u8")), 0);
    feed.setNow("2026-03-02T09:01:00Z");
    feed.claim(QStringLiteral("ann"), QStringLiteral("u1"));
    feed.setNow("2026-03-02T09:03:00Z");
    feed.call(QStringLiteral("ann"), QStringLiteral("u1"), "2026-03-02T09:03:00Z", "meeting_booked", true);

    feed.setNow("2026-03-02T10:00:00Z");
    QVERIFY2(feed.demoRequested(QStringLiteral("u2"), QStringLiteral("Webinar"), &error), qPrintable(error));
    feed.setNow("2026-03-02T10:02:00Z");
    feed.claim(QStringLiteral("bob"), QStringLiteral("u2"));
    feed.setNow("2026-03-02T10:40:00Z"); // bob's console was offline: his call replays now
    feed.call(QStringLiteral("bob"), QStringLiteral("u2"), "2026-03-02T10:04:00Z", "connected", false);

    feed.setNow("2026-03-02T11:00:00Z");
    QVERIFY2(feed.demoRequested(QStringLiteral("u3"), QStringLiteral("Referral"), &error), qPrintable(error));

    feed.setNow("2026-03-02T13:00:00Z");
    QVERIFY(feed.desk->lead(QStringLiteral("contact:u3"))->breach);
    QVERIFY2(feed.demoRequested(QStringLiteral("u4"), QStringLiteral("Paid search"), &error),
             qPrintable(error));
    feed.setNow("2026-03-02T13:12:00Z");
    feed.call(QStringLiteral("cat"), QStringLiteral("u4"), "2026-03-02T13:12:00Z", "no_answer", false);
    feed.setNow("2026-03-02T13:20:00Z");
    feed.call(QStringLiteral("cat"), QStringLiteral("u4"), "2026-03-02T13:20:00Z", "connected", true);

    feed.setNow("2026-03-03T09:00:00Z");
    QVERIFY2(feed.demoRequested(QStringLiteral("u5"), QStringLiteral("Webinar"), &error), qPrintable(error));
    feed.setNow("2026-03-03T09:05:00Z");
    feed.claim(QStringLiteral("ann"), QStringLiteral("u5"));
    feed.setNow("2026-03-03T09:45:00Z");
    feed.call(QStringLiteral("ann"), QStringLiteral("u5"), "2026-03-03T09:45:00Z", "meeting_booked", true);

    feed.setNow("2026-03-03T10:00:00Z");
    QVERIFY2(feed.demoRequested(QStringLiteral("u6"), QStringLiteral("Paid search"), &error),
             qPrintable(error));
    feed.setNow("2026-03-03T10:05:00Z");
    feed.call(QStringLiteral("bob"), QStringLiteral("u6"), "2026-03-03T10:05:00Z", "left_voicemail", false);

    feed.setNow("2026-03-04T09:00:00Z");
    QVERIFY2(feed.demoRequested(QStringLiteral("u7"), QStringLiteral("Paid search"), &error),
             qPrintable(error));
    feed.setNow("2026-03-04T09:01:00Z");
    feed.call(QStringLiteral("ann"), QStringLiteral("u7"), "2026-03-04T09:01:00Z", "connected", false);
    feed.setNow("2026-03-04T12:00:00Z");
    QVERIFY2(feed.refusals.isEmpty(), qPrintable(feed.refusals.join(u'\n')));
}

} // namespace

class TestReportCommand final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void deskStoredAlertsAndCalls();
    void teamAsJson();
    void teamAsCsv();
    void repFilter_data();
    void repFilter();
    void periodBounds_data();
    void periodBounds();
    void refusedArguments_data();
    void refusedArguments();
    void missingDatabaseIsNotCreated();
    void calibrateFromTheFeed();
    void backtestFromTheFeed();
    void calibrateNeedsADatabase();
    void calibrationRequest();
    void ledgerAndAuditRequests();
    void syncsAndRetrySyncRequests();

    void metricsRequest_data();
    void metricsRequest();
    void aLeadInsideItsSlaIsNotYetNever();
    void metricsRequestWithBadRange();
    void restartRaisesNoAlertForWorkedLeads();

private:
    QStringList report(const QStringList &arguments) const;

    QTemporaryDir m_dir;
    QString m_db;
};

void TestReportCommand::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("firstcall.*.info=false"));
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("feed.db"));
    Feed feed;
    buildHistory(feed, m_db);
    // `feed` goes out of scope here: the desk and its database are closed before any report.
}

QStringList TestReportCommand::report(const QStringList &arguments) const
{
    return QStringList{QStringLiteral("report"), QStringLiteral("--db"), m_db} + arguments;
}

void TestReportCommand::deskStoredAlertsAndCalls()
{
    QString error;
    const auto database = Database::open(m_db, &error);
    QVERIFY2(database, qPrintable(error));
    QSqlQuery query(database->connection());
    QVERIFY(query.exec(
        QStringLiteral("SELECT COUNT(*), SUM(breach), SUM(COALESCE(claimed_by, '') = '') FROM alerts")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 7);
    QCOMPARE(query.value(1).toInt(), 1); // u3
    QCOMPARE(query.value(2).toInt(), 1); // u3
    QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*), COUNT(alert_id) FROM calls")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 7);
    QCOMPARE(query.value(1).toInt(), 7);
    // bob's offline call: started at 10:04, logged at 10:40.
    QVERIFY(query.exec(QStringLiteral("SELECT c.started_at, c.logged_at FROM calls c JOIN alerts a ON a.id = "
                                      "c.alert_id WHERE a.lead_id = 'contact:u2'")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toLongLong(), at("2026-03-02T10:04:00Z"));
    QCOMPARE(query.value(1).toLongLong(), at("2026-03-02T10:40:00Z"));
}

void TestReportCommand::teamAsJson()
{
    const Run run =
        runFeed(report({QStringLiteral("--from"), QStringLiteral("2026-03-02"), QStringLiteral("--to"),
                        QStringLiteral("2026-03-03"), QStringLiteral("--format"), QStringLiteral("json")}));
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    const QJsonObject m = run.json();
    QVERIFY2(!m.isEmpty(), run.describe().constData());

    QCOMPARE(m.value(QStringLiteral("from")).toString(), QStringLiteral("2026-03-02T00:00:00Z"));
    QCOMPARE(m.value(QStringLiteral("to")).toString(), QStringLiteral("2026-03-04T00:00:00Z"));
    QVERIFY(m.value(QStringLiteral("rep")).isNull());
    QCOMPARE(number(m, "alerts"), 6.0); // u7 is on 03-04
    // Contacts with events in the period: u1-u6 and u8; six of them raised an alert.
    QCOMPARE(number(m, "allLeads"), 7.0);
    QCOMPARE(number(m, "hotLeadShare"), 0.8571);

    // First attempts 3 4 5 12 45 (u2 counted at 4, when bob called, not at 40).
    QCOMPARE(number(m, "responseToAttempt.count"), 5.0);
    QCOMPARE(number(m, "responseToAttempt.p50Minutes"), 5.0);
    QCOMPARE(number(m, "responseToAttempt.p95Minutes"), 45.0);
    // First connects 3 4 20 45 (u6 only reached voicemail).
    QCOMPARE(number(m, "responseToConnect.count"), 4.0);
    QCOMPARE(number(m, "responseToConnect.p50Minutes"), 4.0);
    QCOMPARE(number(m, "responseToConnect.p95Minutes"), 45.0);
    // Claim to call: u1 2, u2 2, u4 0 and u6 0 (the call claimed them), u5 40.
    QCOMPARE(number(m, "claimToCall.count"), 5.0);
    QCOMPARE(number(m, "claimToCall.p50Minutes"), 2.0);
    QCOMPARE(number(m, "claimToCall.p95Minutes"), 40.0);

    const QJsonObject byRep = m.value(QStringLiteral("byRep")).toObject();
    QCOMPARE(byRep.keys(),
             (QStringList{QStringLiteral("ann"), QStringLiteral("bob"), QStringLiteral("cat")}));
    QCOMPARE(number(byRep, "ann.attempt.p50Minutes"), 3.0);
    QCOMPARE(number(byRep, "ann.attempt.p95Minutes"), 45.0);
    QCOMPARE(number(byRep, "bob.attempt.count"), 2.0);
    QCOMPARE(number(byRep, "bob.attempt.p50Minutes"), 4.0);
    QCOMPARE(number(byRep, "bob.attempt.p95Minutes"), 5.0);
    QCOMPARE(number(byRep, "bob.connect.count"), 1.0);
    QCOMPARE(number(byRep, "cat.attempt.p50Minutes"), 12.0);
    QCOMPARE(number(byRep, "cat.connect.p50Minutes"), 20.0);

    // within_5m: u1 u2 u6; 5_30m: u4; beyond: u5; never: u3.
    const QJsonArray buckets = m.value(QStringLiteral("buckets")).toArray();
    QCOMPARE(buckets.size(), 4);
    const QList<std::tuple<const char *, int, double, double>> expected{
        {"within_5m", 3, 0.6667, 0.3333}, {"5_30m", 1, 1, 1}, {"beyond_30m", 1, 1, 1}, {"never", 1, 0, 0}};
    for (qsizetype b = 0; b < buckets.size(); ++b) {
        const QJsonObject bucket = buckets.at(b).toObject();
        const auto &[name, alerts, connectRate, conversionRate] = expected.at(b);
        QCOMPARE(bucket.value(QStringLiteral("bucket")).toString(), QString::fromLatin1(name));
        QCOMPARE(number(bucket, "alerts"), double(alerts));
        QCOMPARE(number(bucket, "connectRate"), connectRate);
        QCOMPARE(number(bucket, "conversionRate"), conversionRate);
    }

    const QJsonObject sources = m.value(QStringLiteral("opportunitiesBySource")).toObject();
    QCOMPARE(sources.keys(), (QStringList{QStringLiteral("Paid search"), QStringLiteral("Referral"),
                                          QStringLiteral("Webinar")}));
    QCOMPARE(number(sources, "Paid search.within_5m"), 1.0);
    QCOMPARE(number(sources, "Paid search.5_30m"), 0.0);
    QCOMPARE(number(sources, "Webinar.beyond_30m"), 1.0);
    QCOMPARE(number(sources, "Referral.never"), 0.0);

    const QJsonArray days = m.value(QStringLiteral("days")).toArray();
    QCOMPARE(days.size(), 2);
    const QJsonObject first = days.at(0).toObject();
    QCOMPARE(first.value(QStringLiteral("day")).toString(), QStringLiteral("2026-03-02"));
    QCOMPARE(number(first, "hotLeads"), 4.0);
    QCOMPARE(number(first, "unclaimed"), 1.0);
    QCOMPARE(number(first, "breaches"), 1.0);
    QCOMPARE(number(first, "attempt.p50Minutes"), 4.0);
    QCOMPARE(number(first, "attempt.p95Minutes"), 12.0);
    const QJsonObject second = days.at(1).toObject();
    QCOMPARE(second.value(QStringLiteral("day")).toString(), QStringLiteral("2026-03-03"));
    QCOMPARE(number(second, "hotLeads"), 2.0);
    QCOMPARE(number(second, "unclaimed"), 0.0);
    QCOMPARE(number(second, "breaches"), 0.0);
    QCOMPARE(number(second, "attempt.p50Minutes"), 5.0);
    QCOMPARE(number(second, "attempt.p95Minutes"), 45.0);
}

void TestReportCommand::teamAsCsv()
{
    for (const QStringList &format :
         {QStringList{QStringLiteral("--format"), QStringLiteral("csv")}, QStringList{}}) {
        const Run run = runFeed(report(QStringList{QStringLiteral("--from"), QStringLiteral("2026-03-02"),
                                                   QStringLiteral("--to"), QStringLiteral("2026-03-03")} +
                                       format));
        QVERIFY2(run.exitCode == 0, run.describe().constData());
        QVERIFY(run.out.startsWith(QStringLiteral("metric,scope,bucket,value\n")));
        const QHash<QString, QString> rows = run.csv();
        const QList<std::pair<const char *, const char *>> expected{
            {"alerts,team,", "6"},
            {"hot_lead_share,team,", "0.8571"},
            {"response_to_attempt_p50_minutes,team,", "5"},
            {"response_to_attempt_p95_minutes,team,", "45"},
            {"response_to_connect_p50_minutes,team,", "4"},
            {"claim_to_call_p95_minutes,team,", "40"},
            {"response_to_attempt_p50_minutes,bob,", "4"},
            {"response_to_connect_p95_minutes,cat,", "20"},
            {"alerts,team,within_5m", "3"},
            {"alerts,team,never", "1"},
            {"connect_rate,team,within_5m", "0.6667"},
            {"conversion_rate,team,within_5m", "0.3333"},
            {"connect_rate,team,beyond_30m", "1.0000"},
            {"connect_rate,team,never", "0.0000"},
            {"opportunities,source:Paid search,within_5m", "1"},
            {"opportunities,source:Webinar,beyond_30m", "1"},
            {"opportunities,source:Referral,never", "0"},
            {"hot_leads,2026-03-02,", "4"},
            {"unclaimed,2026-03-02,", "1"},
            {"breaches,2026-03-02,", "1"},
            {"hot_leads,2026-03-03,", "2"},
            {"response_to_attempt_p95_minutes,2026-03-03,", "45"},
        };
        for (const auto &[key, value] : expected)
            QCOMPARE(rows.value(QString::fromLatin1(key), QStringLiteral("missing")),
                     QString::fromLatin1(value));
        QVERIFY(!rows.contains(QStringLiteral("hot_leads,2026-03-04,")));
    }
}

void TestReportCommand::repFilter_data()
{
    QTest::addColumn<QString>("rep");
    QTest::addColumn<int>("alerts");
    QTest::addColumn<QList<int>>("buckets");
    QTest::addColumn<double>("p50");
    QTest::addColumn<double>("p95");

    // ann: u1 at 3 and u5 at 45; bob: u2 at 4 and u6 at 5:00; cat: u4 at 12; u3 is nobody's.
    QTest::addRow("ann") << QStringLiteral("ann") << 2 << QList<int>{1, 0, 1, 0} << 3.0 << 45.0;
    QTest::addRow("bob") << QStringLiteral("bob") << 2 << QList<int>{2, 0, 0, 0} << 4.0 << 5.0;
    QTest::addRow("cat") << QStringLiteral("cat") << 1 << QList<int>{0, 1, 0, 0} << 12.0 << 12.0;
    QTest::addRow("a manager who called nobody")
        << QStringLiteral("mia") << 0 << QList<int>{0, 0, 0, 0} << -1.0 << -1.0;
    QTest::addRow("no such rep") << QStringLiteral("zed") << 0 << QList<int>{0, 0, 0, 0} << -1.0 << -1.0;
}

void TestReportCommand::repFilter()
{
    QFETCH(QString, rep);
    QFETCH(int, alerts);
    QFETCH(QList<int>, buckets);
    QFETCH(double, p50);
    QFETCH(double, p95);

    const QStringList period{QStringLiteral("--from"), QStringLiteral("2026-03-02"),
                             QStringLiteral("--to"),   QStringLiteral("2026-03-03"),
                             QStringLiteral("--rep"),  rep};
    const Run json =
        runFeed(report(period + QStringList{QStringLiteral("--format"), QStringLiteral("json")}));
    QVERIFY2(json.exitCode == 0, json.describe().constData());
    const QJsonObject m = json.json();
    QCOMPARE(m.value(QStringLiteral("rep")).toString(), rep);
    QCOMPARE(number(m, "alerts"), double(alerts));
    QCOMPARE(number(m, "allLeads"), 0.0); // the share is the team's
    QVERIFY(m.value(QStringLiteral("hotLeadShare")).isNull());
    QCOMPARE(number(m, "responseToAttempt.p50Minutes"), p50);
    QCOMPARE(number(m, "responseToAttempt.p95Minutes"), p95);
    const QJsonArray bucketsJson = m.value(QStringLiteral("buckets")).toArray();
    QList<int> actual;
    for (const QJsonValue &b : bucketsJson)
        actual.append(b.toObject().value(QStringLiteral("alerts")).toInt());
    QCOMPARE(actual, buckets);

    const Run csv = runFeed(report(period));
    QVERIFY2(csv.exitCode == 0, csv.describe().constData());
    const QHash<QString, QString> rows = csv.csv();
    QCOMPARE(rows.value(QStringLiteral("alerts,") + rep + u',', QStringLiteral("missing")),
             QString::number(alerts));
    QVERIFY(!rows.contains(QStringLiteral("alerts,team,")));
    QVERIFY(!rows.contains(QStringLiteral("hot_lead_share,") + rep + u','));
}

void TestReportCommand::periodBounds_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<int>("alerts");
    QTest::addColumn<double>("p50");

    QTest::addRow("first day") << QStringLiteral("2026-03-02") << QStringLiteral("2026-03-02") << 4 << 4.0;
    QTest::addRow("second day") << QStringLiteral("2026-03-03") << QStringLiteral("2026-03-03") << 2 << 5.0;
    QTest::addRow("all three days") << QStringLiteral("2026-03-02") << QStringLiteral("2026-03-04") << 7
                                    << 4.0;
    // Instants: from is included, to is not.
    QTest::addRow("from the u2 alert to the u4 alert")
        << QStringLiteral("2026-03-02T10:00:00Z") << QStringLiteral("2026-03-02T13:00:00Z") << 2 << 4.0;
    // u3 and u4 (at 13:00, now inside).
    QTest::addRow("one ms after the u2 alert") << QStringLiteral("2026-03-02T10:00:00.001Z")
                                               << QStringLiteral("2026-03-02T13:00:00.001Z") << 2 << 12.0;
    QTest::addRow("the day before") << QStringLiteral("2026-03-01") << QStringLiteral("2026-03-01") << 0
                                    << -1.0;
}

void TestReportCommand::periodBounds()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(int, alerts);
    QFETCH(double, p50);

    const Run run = runFeed(report({QStringLiteral("--from"), from, QStringLiteral("--to"), to,
                                    QStringLiteral("--format"), QStringLiteral("json")}));
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    QCOMPARE(number(run.json(), "alerts"), double(alerts));
    QCOMPARE(number(run.json(), "responseToAttempt.p50Minutes"), p50);
}

void TestReportCommand::refusedArguments_data()
{
    QTest::addColumn<QStringList>("arguments"); // after "report"
    QTest::addColumn<QString>("named");         // what stderr must name

    const QString db = m_db;
    const QString dbOption = QStringLiteral("--db");
    QTest::addRow("malformed --from")
        << QStringList{dbOption, db, QStringLiteral("--from"), QStringLiteral("2026-13-01")}
        << QStringLiteral("--from");
    QTest::addRow("--from after --to") << QStringList{dbOption,
                                                      db,
                                                      QStringLiteral("--from"),
                                                      QStringLiteral("2026-03-04"),
                                                      QStringLiteral("--to"),
                                                      QStringLiteral("2026-03-02")}
                                       << QStringLiteral("--from");
    QTest::addRow("malformed --to") << QStringList{dbOption, db, QStringLiteral("--to"),
                                                   QStringLiteral("tomorrow")}
                                    << QStringLiteral("--to");
    QTest::addRow("missing --db") << QStringList{QStringLiteral("--from"), QStringLiteral("2026-03-02")}
                                  << QStringLiteral("--db");
    QTest::addRow("unknown format") << QStringList{dbOption, db, QStringLiteral("--format"),
                                                   QStringLiteral("xml")}
                                    << QStringLiteral("--format");
    QTest::addRow("unknown option") << QStringList{dbOption, db, QStringLiteral("--since"),
                                                   QStringLiteral("2026-03-02")}
                                    << QStringLiteral("since");
}

void TestReportCommand::refusedArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, named);

    const Run run = runFeed(QStringList{QStringLiteral("report")} + arguments);
    QVERIFY2(run.exitCode == 2, run.describe().constData());
    QVERIFY2(run.out.isEmpty(), run.describe().constData());
    QVERIFY2(run.err.contains(named), run.describe().constData());
}

void TestReportCommand::missingDatabaseIsNotCreated()
{
    const QString missing = m_dir.filePath(QStringLiteral("no-such.db"));
    const Run run = runFeed({QStringLiteral("report"), QStringLiteral("--db"), missing});
    QVERIFY2(run.exitCode == 2, run.describe().constData());
    QVERIFY2(run.err.contains(missing), run.describe().constData());
    QVERIFY(run.out.isEmpty());
    QVERIFY(!QFile::exists(missing));
}

void TestReportCommand::calibrateFromTheFeed()
{
    // The feed's own history: 8 contacts; a meeting booked (u1, u5) or a qualified connect (u4)
    // converts, an unqualified connect (u2, u7) or a voicemail (u6) does not.
    const Run run = runFeed({QStringLiteral("calibrate"), QStringLiteral("--db"), m_db,
                             QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(json.value(QStringLiteral("contacts")).toInt(), 8);
    QCOMPARE(json.value(QStringLiteral("converted")).toInt(), 3);
    QCOMPARE(json.value(QStringLiteral("outcomes")).toArray().size(), 2);
    // Every contact with a demo request had it before converting, if it converted.
    for (const QJsonValue &v : json.value(QStringLiteral("signals")).toArray()) {
        const QJsonObject row = v.toObject();
        if (row.value(QStringLiteral("type")).toString() == u"demo_request") {
            QCOMPARE(row.value(QStringLiteral("contacts")).toInt(), 7);
            QCOMPARE(row.value(QStringLiteral("converted")).toInt(), 3);
            QVERIFY(row.value(QStringLiteral("tooLittleData")).toBool()); // 7 contacts, 3 conversions
        }
    }

    // An outcome event counts too: each demo request is then a conversion, at its own instant.
    const Run withEvent =
        runFeed({QStringLiteral("calibrate"), QStringLiteral("--db"), m_db, QStringLiteral("--outcome"),
                 QStringLiteral("Demo Requested"), QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(withEvent.exitCode == 0, withEvent.describe().constData());
    QCOMPARE(
        QJsonDocument::fromJson(withEvent.out.toUtf8()).object().value(QStringLiteral("converted")).toInt(),
        7);

    // The table names the conversions it counted.
    const Run table = runFeed({QStringLiteral("calibrate"), QStringLiteral("--db"), m_db});
    QVERIFY2(table.exitCode == 0, table.describe().constData());
    QVERIFY2(table.out.contains(QStringLiteral("8 contacts, 3 converted")), table.describe().constData());
    QVERIFY2(table.out.contains(QStringLiteral("call: meeting_booked")), table.describe().constData());
}

void TestReportCommand::backtestFromTheFeed()
{
    const Run run = runFeed({QStringLiteral("backtest"), QStringLiteral("--db"), m_db,
                             QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(json.value(QStringLiteral("contacts")).toInt(), 8);
    QCOMPARE(json.value(QStringLiteral("converted")).toInt(), 3);
    QCOMPARE(json.value(QStringLiteral("alerts")).toInt(), 7); // every demo request; not u8's blog visit
    QCOMPARE(json.value(QStringLiteral("convertedAlerted")).toInt(), 3);
    QCOMPARE(json.value(QStringLiteral("recall")).toDouble(), 1.0);
    QVERIFY(qAbs(json.value(QStringLiteral("precision")).toDouble() - 3.0 / 7) < 1e-4); // four decimals
    // Alert to conversion: 3, 20 and 45 minutes.
    QVERIFY(qAbs(json.value(QStringLiteral("medianLeadHours")).toDouble() - 20.0 / 60) <
            0.005); // two decimals
}

void TestReportCommand::calibrateNeedsADatabase()
{
    const QString missing = m_dir.filePath(QStringLiteral("no-such-calibrate.db"));
    const Run run = runFeed({QStringLiteral("calibrate"), QStringLiteral("--db"), missing});
    QVERIFY2(run.exitCode == 2, run.describe().constData());
    QVERIFY2(run.err.contains(missing), run.describe().constData());
    QVERIFY(!QFile::exists(missing));
    const Run none = runFeed({QStringLiteral("backtest")});
    QVERIFY2(none.exitCode == 2, none.describe().constData());
    QVERIFY2(none.err.contains(QStringLiteral("--db")), none.describe().constData());
    const Run file =
        runFeed({QStringLiteral("calibrate"), QStringLiteral("--db"), m_db, QStringLiteral("events.jsonl")});
    QVERIFY2(file.exitCode == 2, file.describe().constData());
    QVERIFY2(file.err.contains(QStringLiteral("events.jsonl")), file.describe().constData());
}

void TestReportCommand::calibrationRequest()
{
    // The Scoring page's request: the feed's calibration over a period, for managers only.
    Feed feed;
    QString error;
    QVERIFY2(feed.open(m_db, at("2026-03-05T00:00:00Z"), &error), qPrintable(error));
    const QJsonObject message{{QStringLiteral("type"), QStringLiteral("calibration")},
                              {QStringLiteral("from"), QStringLiteral("2026-03-01")},
                              {QStringLiteral("to"), QStringLiteral("2026-03-04")}};
    const QJsonObject answer = feed.request(QStringLiteral("mia"), message);
    QVERIFY2(answer.value(QStringLiteral("ok")).toBool(), QJsonDocument(answer).toJson().constData());
    const QJsonObject json = answer.value(QStringLiteral("calibration")).toObject();
    const FeedCalibration figures = feedCalibrationFromJson(json, *feed.rules);
    QCOMPARE(figures.calibration.contacts, 8);
    QCOMPARE(figures.calibration.converted, 3);
    QCOMPARE(figures.current.alerts, 7);
    QCOMPARE(figures.current.convertedAlerted, 3);
    QVERIFY(figures.suggestedRulesName.endsWith(QStringLiteral("-calibrated")));
    QCOMPARE(int(figures.calibration.signalLifts.size()), int(feed.rules->signalTypes.size()));
    // Alerts by tier: every alert raised in the period, and the three that converted after it.
    int alerts = 0;
    int converted = 0;
    for (const TierConversion &t : figures.tiers) {
        alerts += t.alerts;
        converted += t.converted;
    }
    QCOMPARE(alerts, 7);
    QCOMPARE(converted, 3);

    // The same answer from a pool thread, as the server runs it.
    std::optional<QJsonObject> later;
    QJsonObject laterMessage = message;
    laterMessage.insert(QStringLiteral("id"), QStringLiteral("later-calibration"));
    feed.desk->handleActionLater(feed.reps.value(QStringLiteral("mia")),
                                 std::get<protocol::Request>(protocol::decodeRequest(laterMessage)),
                                 [&later](const protocol::Result &result) { later = result.toJson(); });
    QTRY_VERIFY(later.has_value());
    QCOMPARE(later->value(QStringLiteral("calibration")).toObject(), json);

    // A rep may not see it; a period that is not one is refused.
    const QJsonObject refused = feed.request(QStringLiteral("ann"), message);
    QCOMPARE(refused.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
             QStringLiteral("forbidden"));
    QJsonObject backwards = message;
    backwards.insert(QStringLiteral("from"), QStringLiteral("2026-03-09"));
    const QJsonObject bad = feed.request(QStringLiteral("mia"), backwards);
    QCOMPARE(bad.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
             QStringLiteral("bad_request"));
}

void TestReportCommand::ledgerAndAuditRequests()
{
    // The Team tab's fairness ledger and a lead's audit over the protocol, for managers only:
    // what `firstcall-feed audit` prints, read off the routing thread as the server runs.
    Feed feed;
    QString error;
    QVERIFY2(feed.open(m_db, at("2026-03-05T00:00:00Z"), &error), qPrintable(error));
    const auto later = [&feed](const QString &rep, QJsonObject message) {
        message.insert(QStringLiteral("id"), QStringLiteral("later-%1").arg(++feed.requests));
        std::optional<QJsonObject> answer;
        feed.desk->handleActionLater(feed.reps.value(rep),
                                     std::get<protocol::Request>(protocol::decodeRequest(message)),
                                     [&answer](const protocol::Result &result) { answer = result.toJson(); });
        if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 10'000))
            return QJsonObject(); // no answer: the checks below say so
        return *answer;
    };
    const QJsonObject ledgerMessage{{QStringLiteral("type"), QStringLiteral("ledger")},
                                    {QStringLiteral("from"), QStringLiteral("2026-03-01")},
                                    {QStringLiteral("to"), QStringLiteral("2026-03-04")}};
    const QJsonObject ledger = later(QStringLiteral("mia"), ledgerMessage);
    QVERIFY2(ledger.value(QStringLiteral("ok")).toBool(), QJsonDocument(ledger).toJson().constData());
    const Run cli =
        runFeed({QStringLiteral("audit"), QStringLiteral("--ledger"), QStringLiteral("--format"),
                 QStringLiteral("json"), QStringLiteral("--from"), QStringLiteral("2026-03-01"),
                 QStringLiteral("--to"), QStringLiteral("2026-03-04"), QStringLiteral("--db"), m_db});
    QVERIFY2(cli.exitCode == 0, cli.describe().constData());
    const QJsonArray reps = ledger.value(QStringLiteral("ledger")).toArray();
    QCOMPARE(reps, cli.json().value(QStringLiteral("reps")).toArray());
    QJsonObject ann;
    for (const QJsonValue &rep : reps) {
        if (rep.toObject().value(QStringLiteral("rep")).toString() == u"ann")
            ann = rep.toObject();
    }
    QVERIFY2(ann.value(QStringLiteral("claimed")).toInt() >= 2, QJsonDocument(ann).toJson().constData());

    const QJsonObject auditMessage{{QStringLiteral("type"), QStringLiteral("audit")},
                                   {QStringLiteral("lead"), leadId(QStringLiteral("u1"))}};
    const QJsonObject audit = later(QStringLiteral("mia"), auditMessage);
    QVERIFY2(audit.value(QStringLiteral("ok")).toBool(), QJsonDocument(audit).toJson().constData());
    const Run cliAudit = runFeed({QStringLiteral("audit"), QStringLiteral("--format"), QStringLiteral("json"),
                                  QStringLiteral("--db"), m_db, leadId(QStringLiteral("u1"))});
    QVERIFY2(cliAudit.exitCode == 0, cliAudit.describe().constData());
    const QJsonArray decisions = audit.value(QStringLiteral("audit")).toArray();
    QCOMPARE(decisions, cliAudit.json().value(QStringLiteral("entries")).toArray());
    QStringList actions;
    for (const QJsonValue &d : decisions)
        actions.append(d.toObject().value(QStringLiteral("action")).toString());
    QVERIFY2(actions.contains(QStringLiteral("claimed")), qPrintable(actions.join(u',')));

    // A rep may see neither, here or on the pool thread.
    for (const QJsonObject &message : {ledgerMessage, auditMessage}) {
        QCOMPARE(feed.request(QStringLiteral("ann"), message)
                     .value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("code"))
                     .toString(),
                 QStringLiteral("forbidden"));
        QCOMPARE(later(QStringLiteral("ann"), message)
                     .value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("code"))
                     .toString(),
                 QStringLiteral("forbidden"));
    }
}

void TestReportCommand::syncsAndRetrySyncRequests()
{
    // The Team tab's failed syncs: the outbox items that failed for good or are failing, from
    // the database (here and on the pool thread), for managers only; a manager queues one again.
    Feed feed;
    QString error;
    const QString path = m_dir.filePath(QStringLiteral("syncs.db"));
    QVERIFY2(feed.open(path, at("2026-03-05T10:00:00Z"), &error), qPrintable(error));
    const qint64 callAt = at("2026-03-05T09:00:00Z");
    const QJsonObject call{{QStringLiteral("rep"), QStringLiteral("ann")},
                           {QStringLiteral("startedAtMs"), callAt},
                           {QStringLiteral("name"), QStringLiteral("Ada Byron")},
                           {QStringLiteral("company"), QStringLiteral("Acme")},
                           {QStringLiteral("leadCallId"), QStringLiteral("c-1")}};
    const auto item = [&](const char *id, const QString &target, const QString &type,
                          const QByteArray &payload, FeedStore::OutboxState state, int attempts,
                          const QString &lastError, qint64 updatedAt) {
        FeedStore::OutboxRow row;
        row.id = QString::fromLatin1(id);
        row.target = target;
        row.type = type;
        row.leadId = leadId(QStringLiteral("u1"));
        row.payload = payload;
        row.state = state;
        row.attempts = attempts;
        row.lastError = lastError;
        row.createdAtMs = callAt;
        row.updatedAtMs = updatedAt;
        row.nextAtMs = updatedAt + 60'000;
        return feed.store->addOutbox(row, &error);
    };
    const QByteArray callPayload = QJsonDocument(call).toJson(QJsonDocument::Compact);
    const QByteArray webhookPayload =
        QJsonDocument(QJsonObject{{QStringLiteral("id"), QStringLiteral("evt_2")},
                                  {QStringLiteral("type"), QStringLiteral("lead.claimed")},
                                  {QStringLiteral("data"),
                                   QJsonObject{{QStringLiteral("name"), QStringLiteral("Ada Byron")},
                                               {QStringLiteral("claimedBy"), QStringLiteral("bob")}}}})
            .toJson(QJsonDocument::Compact);
    const QString webhook = QStringLiteral("webhook:https://hooks.example.com/catch/123/secret?key=k");
    using State = FeedStore::OutboxState;
    QVERIFY2(item("call_failed", QStringLiteral("crm"), QStringLiteral("call.logged"), callPayload,
                  State::Failed, 3, QStringLiteral("HTTP 400: Property values were not valid"),
                  callAt + 3000),
             qPrintable(error));
    QVERIFY2(item("evt_2", webhook, QStringLiteral("lead.claimed"), webhookPayload, State::Waiting, 2,
                  QStringLiteral("HTTP 503"), callAt + 5000),
             qPrintable(error));
    // Not in trouble: delivered, not tried yet, and being sent for the first time.
    QVERIFY(item("call_sent", QStringLiteral("crm"), QStringLiteral("call.logged"), callPayload, State::Sent,
                 1, QString(), callAt + 1000));
    QVERIFY(item("call_new", QStringLiteral("crm"), QStringLiteral("call.logged"), callPayload,
                 State::Waiting, 0, QString(), callAt + 1000));
    QVERIFY(item("call_sending", QStringLiteral("crm"), QStringLiteral("call.logged"), callPayload,
                 State::Waiting, 1, QString(), callAt + 1000));

    const auto later = [&feed](const QString &rep, QJsonObject message) {
        message.insert(QStringLiteral("id"), QStringLiteral("later-%1").arg(++feed.requests));
        std::optional<QJsonObject> answer;
        feed.desk->handleActionLater(feed.reps.value(rep),
                                     std::get<protocol::Request>(protocol::decodeRequest(message)),
                                     [&answer](const protocol::Result &result) { answer = result.toJson(); });
        if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 10'000))
            return QJsonObject();
        return *answer;
    };
    const QJsonObject syncsMessage{{QStringLiteral("type"), QStringLiteral("syncs")}};
    const QJsonObject answer = later(QStringLiteral("mia"), syncsMessage);
    QVERIFY2(answer.value(QStringLiteral("ok")).toBool(), QJsonDocument(answer).toJson().constData());
    const QJsonArray syncs = answer.value(QStringLiteral("syncs")).toArray();
    QCOMPARE(syncs.size(), 2);
    // The last tried first.
    const QJsonObject failing = syncs.at(0).toObject();
    const QJsonObject failed = syncs.at(1).toObject();
    QCOMPARE(failed.value(QStringLiteral("id")).toString(), QStringLiteral("call_failed"));
    QCOMPARE(failed.value(QStringLiteral("target")).toString(), QStringLiteral("crm"));
    QCOMPARE(failed.value(QStringLiteral("state")).toString(), QStringLiteral("failed"));
    QCOMPARE(failed.value(QStringLiteral("rep")).toString(), QStringLiteral("ann"));
    QCOMPARE(failed.value(QStringLiteral("name")).toString(), QStringLiteral("Ada Byron"));
    QCOMPARE(failed.value(QStringLiteral("callAt")).toString(), QStringLiteral("2026-03-05T09:00:00Z"));
    QCOMPARE(failed.value(QStringLiteral("attempts")).toInt(), 3);
    QCOMPARE(failed.value(QStringLiteral("error")).toString(),
             QStringLiteral("HTTP 400: Property values were not valid"));
    QCOMPARE(failed.value(QStringLiteral("lastTryAt")).toString(), QStringLiteral("2026-03-05T09:00:03Z"));
    QVERIFY(!failed.contains(QStringLiteral("nextTryAt")));
    QCOMPARE(failing.value(QStringLiteral("id")).toString(), QStringLiteral("evt_2"));
    QCOMPARE(failing.value(QStringLiteral("target")).toString(), QStringLiteral("webhook"));
    QCOMPARE(failing.value(QStringLiteral("to")).toString(),
             QStringLiteral("hooks.example.com")); // no secret
    QCOMPARE(failing.value(QStringLiteral("state")).toString(), QStringLiteral("retrying"));
    QCOMPARE(failing.value(QStringLiteral("rep")).toString(), QStringLiteral("bob"));
    QCOMPARE(failing.value(QStringLiteral("nextTryAt")).toString(), QStringLiteral("2026-03-05T09:01:05Z"));
    QVERIFY(!failing.contains(QStringLiteral("callAt")));
    // The same answer on the routing thread.
    QCOMPARE(feed.request(QStringLiteral("mia"), syncsMessage).value(QStringLiteral("syncs")).toArray(),
             syncs);

    const auto code = [](const QJsonObject &result) {
        return result.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
    };
    const QJsonObject retryMessage{{QStringLiteral("type"), QStringLiteral("retry_sync")},
                                   {QStringLiteral("item"), QStringLiteral("call_failed")}};
    // A rep may neither see them nor retry one.
    QCOMPARE(code(feed.request(QStringLiteral("ann"), syncsMessage)), QStringLiteral("forbidden"));
    QCOMPARE(code(later(QStringLiteral("ann"), syncsMessage)), QStringLiteral("forbidden"));
    QCOMPARE(code(feed.request(QStringLiteral("ann"), retryMessage)), QStringLiteral("forbidden"));
    QCOMPARE(feed.store->outboxItem(QStringLiteral("call_failed"), nullptr)->state, State::Failed);

    // A manager queues it again: due now, with three fresh attempts.
    const QJsonObject retried = feed.request(QStringLiteral("mia"), retryMessage);
    QVERIFY2(retried.value(QStringLiteral("ok")).toBool(), QJsonDocument(retried).toJson().constData());
    const auto requeued = feed.store->outboxItem(QStringLiteral("call_failed"), nullptr);
    QCOMPARE(requeued->state, State::Waiting);
    QCOMPARE(requeued->attempts, 0);
    QCOMPARE(requeued->nextAtMs, feed.clock->nowMs());
    QCOMPARE(later(QStringLiteral("mia"), syncsMessage).value(QStringLiteral("syncs")).toArray().size(), 1);
    // Delivered or unknown items are refused, with the reason.
    QJsonObject sent = retryMessage;
    sent.insert(QStringLiteral("item"), QStringLiteral("call_sent"));
    QCOMPARE(code(feed.request(QStringLiteral("mia"), sent)), QStringLiteral("bad_request"));
    QJsonObject unknown = retryMessage;
    unknown.insert(QStringLiteral("item"), QStringLiteral("call_nope"));
    QCOMPARE(code(feed.request(QStringLiteral("mia"), unknown)), QStringLiteral("not_found"));
}

void TestReportCommand::metricsRequest_data()
{
    QTest::addColumn<QString>("asker");
    QTest::addColumn<QString>("askedRep"); // "rep" in the request
    QTest::addColumn<QString>("rep");      // whose figures come back; empty: the team's
    QTest::addColumn<int>("alerts");
    QTest::addColumn<int>("allLeads");
    QTest::addColumn<double>("p50");
    QTest::addColumn<double>("p95");

    // A rep only ever gets their own figures, whatever they ask for.
    QTest::addRow("rep: own figures")
        << QStringLiteral("ann") << QString() << QStringLiteral("ann") << 2 << 0 << 3.0 << 45.0;
    QTest::addRow("rep asking for a colleague gets their own")
        << QStringLiteral("ann") << QStringLiteral("bob") << QStringLiteral("ann") << 2 << 0 << 3.0 << 45.0;
    QTest::addRow("rep with one alert")
        << QStringLiteral("cat") << QString() << QStringLiteral("cat") << 1 << 0 << 12.0 << 12.0;
    QTest::addRow("manager: the team")
        << QStringLiteral("mia") << QString() << QString() << 6 << 7 << 5.0 << 45.0;
    QTest::addRow("manager: one rep")
        << QStringLiteral("mia") << QStringLiteral("bob") << QStringLiteral("bob") << 2 << 0 << 4.0 << 5.0;
}

void TestReportCommand::aLeadInsideItsSlaIsNotYetNever()
{
    // A lead claimed a minute ago and not called yet: inside its call SLA, so "not yet", counted
    // apart from "never"; once its SLA has run out, "never".
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Feed feed;
    QString error;
    QVERIFY2(feed.open(dir.filePath(QStringLiteral("feed.db")), at("2026-03-02T08:00:00Z"), &error),
             qPrintable(error));
    feed.setNow("2026-03-02T09:00:00Z");
    QVERIFY2(feed.demoRequested(QStringLiteral("u1"), QStringLiteral("Paid search"), &error),
             qPrintable(error));
    feed.setNow("2026-03-02T09:00:30Z");
    feed.claim(QStringLiteral("ann"), QStringLiteral("u1"));
    feed.setNow("2026-03-02T09:01:30Z");
    const QJsonObject message{{QStringLiteral("type"), QStringLiteral("metrics")},
                              {QStringLiteral("from"), QStringLiteral("2026-03-02")},
                              {QStringLiteral("to"), QStringLiteral("2026-03-02")}};
    const auto never = [](const QJsonObject &metrics) {
        for (const QJsonValue &b : metrics.value(QStringLiteral("buckets")).toArray()) {
            if (b.toObject().value(QStringLiteral("bucket")).toString() == u"never")
                return b.toObject().value(QStringLiteral("alerts")).toInt();
        }
        return -1;
    };
    QJsonObject result = feed.request(QStringLiteral("mia"), message);
    QVERIFY2(result.value(QStringLiteral("ok")).toBool(), QJsonDocument(result).toJson().constData());
    QJsonObject m = result.value(QStringLiteral("metrics")).toObject();
    QCOMPARE(number(m, "alerts"), 1.0);
    QCOMPARE(number(m, "notYet"), 1.0);
    QCOMPARE(never(m), 0);
    QVERIFY2(result.value(QStringLiteral("csv")).toString().contains(QStringLiteral("\nnot_yet,team,,1\n")),
             qPrintable(result.value(QStringLiteral("csv")).toString()));
    // ann asks for her own figures: the same.
    QCOMPARE(number(feed.request(QStringLiteral("ann"), message).value(QStringLiteral("metrics")).toObject(),
                    "notYet"),
             1.0);

    feed.setNow("2026-03-02T12:00:00Z"); // hours later, never called
    result = feed.request(QStringLiteral("mia"), message);
    m = result.value(QStringLiteral("metrics")).toObject();
    QCOMPARE(number(m, "notYet"), 0.0);
    QCOMPARE(never(m), 1);
}

void TestReportCommand::metricsRequest()
{
    QFETCH(QString, asker);
    QFETCH(QString, askedRep);
    QFETCH(QString, rep);
    QFETCH(int, alerts);
    QFETCH(int, allLeads);
    QFETCH(double, p50);
    QFETCH(double, p95);

    // The same history in a live desk, asked over the protocol's "metrics" request.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Feed feed;
    buildHistory(feed, dir.filePath(QStringLiteral("feed.db")));
    if (QTest::currentTestFailed())
        return;
    QJsonObject message{{QStringLiteral("type"), QStringLiteral("metrics")},
                        {QStringLiteral("from"), QStringLiteral("2026-03-02")},
                        {QStringLiteral("to"), QStringLiteral("2026-03-03")}};
    if (!askedRep.isEmpty())
        message.insert(QStringLiteral("rep"), askedRep);
    const QJsonObject result = feed.request(asker, message);
    QVERIFY2(result.value(QStringLiteral("ok")).toBool(), QJsonDocument(result).toJson().constData());
    QCOMPARE(result.value(QStringLiteral("action")).toString(), QStringLiteral("metrics"));

    const QJsonObject m = result.value(QStringLiteral("metrics")).toObject();
    QCOMPARE(m.value(QStringLiteral("rep")).toString(), rep);
    QCOMPARE(m.value(QStringLiteral("rep")).isNull(), rep.isEmpty());
    QCOMPARE(number(m, "alerts"), double(alerts));
    QCOMPARE(number(m, "allLeads"), double(allLeads));
    QCOMPARE(number(m, "responseToAttempt.p50Minutes"), p50);
    QCOMPARE(number(m, "responseToAttempt.p95Minutes"), p95);

    const QString csv = result.value(QStringLiteral("csv")).toString();
    QVERIFY(csv.startsWith(QStringLiteral("metric,scope,bucket,value\n")));
    const QString scope = rep.isEmpty() ? QStringLiteral("team") : rep;
    QVERIFY2(csv.contains(QStringLiteral("\nalerts,%1,,%2\n").arg(scope).arg(alerts)), qPrintable(csv));

    // Reading figures changes nothing and is not recorded as an action.
    const QJsonObject again = feed.request(asker, message);
    QCOMPARE(again.value(QStringLiteral("metrics")).toObject(), m);

    // As the server answers it: on a pool thread with a read connection of its own, the answer
    // coming back later on the desk's thread. The same numbers.
    std::optional<QJsonObject> later;
    QJsonObject laterMessage = message;
    laterMessage.insert(QStringLiteral("id"), QStringLiteral("later-1"));
    feed.desk->handleActionLater(feed.reps.value(asker),
                                 std::get<protocol::Request>(protocol::decodeRequest(laterMessage)),
                                 [&later](const protocol::Result &answer) { later = answer.toJson(); });
    QVERIFY(!later);
    QTRY_VERIFY(later.has_value());
    QCOMPARE(later->value(QStringLiteral("id")).toString(), QStringLiteral("later-1"));
    QCOMPARE(later->value(QStringLiteral("metrics")).toObject(), m);
    QCOMPARE(later->value(QStringLiteral("csv")).toString(), csv);
    QSqlQuery query(feed.database->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM actions WHERE kind = 'metrics'")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 0);
}

void TestReportCommand::metricsRequestWithBadRange()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Feed feed;
    QString error;
    QVERIFY2(feed.open(dir.filePath(QStringLiteral("feed.db")), at("2026-03-02T08:00:00Z"), &error),
             qPrintable(error));
    for (const auto &[from, to] : {std::pair{"2026-03-04", "2026-03-02"}, std::pair{"last week", ""}}) {
        const QJsonObject result = feed.request(
            QStringLiteral("mia"), QJsonObject{{QStringLiteral("type"), QStringLiteral("metrics")},
                                               {QStringLiteral("from"), latin1(from)},
                                               {QStringLiteral("to"), latin1(to)}});
        QVERIFY(!result.value(QStringLiteral("ok")).toBool());
        QCOMPARE(result.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
                 QStringLiteral("bad_request"));
        QVERIFY(!result.contains(QStringLiteral("metrics")));
    }
    // No alerts yet: an empty but well-formed answer.
    const QJsonObject empty =
        feed.request(QStringLiteral("mia"), QJsonObject{{QStringLiteral("type"), QStringLiteral("metrics")}});
    QVERIFY(empty.value(QStringLiteral("ok")).toBool());
    QCOMPARE(number(empty.value(QStringLiteral("metrics")).toObject(), "alerts"), 0.0);
}

void TestReportCommand::restartRaisesNoAlertForWorkedLeads()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("feed.db"));
    {
        Feed feed;
        buildHistory(feed, path);
        if (QTest::currentTestFailed())
            return;
    }
    {
        // The server restarts three hours after ann worked u7, whose demo request is still fresh.
        Feed restarted;
        QString error;
        QVERIFY2(restarted.open(path, at("2026-03-04T12:00:00Z"), &error), qPrintable(error));
    }
    const Run run =
        runFeed({QStringLiteral("report"), QStringLiteral("--db"), path, QStringLiteral("--from"),
                 QStringLiteral("2026-03-04"), QStringLiteral("--to"), QStringLiteral("2026-03-04"),
                 QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    QCOMPARE(number(run.json(), "alerts"), 1.0);
}

QTEST_GUILESS_MAIN(TestReportCommand)
#include "tst_reportcommand.moc"
