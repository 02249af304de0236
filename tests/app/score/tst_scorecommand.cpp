#include "testutils.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>

namespace {

// What one run of the real firstcall-score program produced.
struct Run : ProgramRun
{
    QStringList errLines() const { return err.split(u'\n', Qt::SkipEmptyParts); }
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

Run runScore(const QStringList &arguments, const QByteArray &input = {},
             const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    return Run{runProgram(QStringLiteral(FIRSTCALL_SCORE_BIN), arguments, input, environment)};
}

QString dataFile(const QString &name)
{
    return QStringLiteral(FIRSTCALL_TEST_DATA "/score/") + name;
}

// The seed's example as documented, so that the documentation stays true.
QString techCorpFile()
{
    return QDir::cleanPath(QStringLiteral(FIRSTCALL_TEST_DATA "/../../docs/examples/techcorp.jsonl"));
}

QByteArray readAll(const QString &fileName)
{
    QFile file(fileName);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QJsonObject findById(const QJsonArray &items, const QString &id)
{
    for (const QJsonValue &item : items) {
        if (item.toObject().value(QLatin1StringView("id")).toString() == id)
            return item.toObject();
    }
    return {};
}

QStringList ids(const QJsonArray &items)
{
    QStringList out;
    for (const QJsonValue &item : items)
        out.append(item.toObject().value(QLatin1StringView("id")).toString());
    return out;
}

double number(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1StringView(key)).toDouble();
}

QByteArray mismatch(double actual, double expected)
{
    return QByteArray("got ") + QByteArray::number(actual, 'f', 4) + " expected " +
           QByteArray::number(expected, 'f', 4);
}

// A small valid rules file; the broken-rules rows each change one piece of it.
QByteArray minimalRules()
{
    return R"({
  "name": "minimal",
  "signals": {
    "demo_request": { "points": 30, "decay": { "type": "none", "window": "7d" } },
    "pricing_page_visit": { "category": "critical", "points": 25, "decay": { "type": "rate", "percent": 20, "per": "week" } }
  },
  "events": { "Demo Requested": "demo_request" },
  "pages": [ { "path": "/pricing*", "signal": "pricing_page_visit" } ],
  "bands": [ { "name": "Hot", "min": 50, "tier": 1 }, { "name": "Cold", "min": 0 } ],
  "patterns": [ { "name": "Pricing seen", "tier": 1, "all": [ { "signals": ["pricing_page_visit"] } ] } ]
}
)";
}

} // namespace

// QCOMPARE for scores, which the JSON report rounds to two decimals.
#define COMPARE_SCORE(actual, expected)                                                                      \
    QVERIFY2(std::abs((actual) - (expected)) < 0.01, mismatch((actual), (expected)).constData())

class TestScoreCommand final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void techCorpExample_data();
    void techCorpExample();
    void hotPresetDecay_data();
    void hotPresetDecay();
    void contactCap_data();
    void contactCap();
    void tiersAndAlerts_data();
    void tiersAndAlerts();
    void tableFormat();
    void badLinesAreReportedAndTheRestScored_data();
    void badLinesAreReportedAndTheRestScored();

    void checkRulesAcceptsValidRules_data();
    void checkRulesAcceptsValidRules();
    void customRulesFileScores();
    void eventNameVariants();
    void brokenRulesAreRejected_data();
    void brokenRulesAreRejected();
    void usageErrors_data();
    void usageErrors();
    void version();
    void help();
    void translated_data();
    void translated();

private:
    QString writeFile(const QString &name, const QByteArray &contents);

    QTemporaryDir m_dir;
};

QString TestScoreCommand::writeFile(const QString &name, const QByteArray &contents)
{
    const QString fileName = m_dir.filePath(name);
    QFile file(fileName);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(contents) != contents.size())
        return {};
    return fileName;
}

void TestScoreCommand::initTestCase()
{
    QVERIFY2(QFileInfo(QStringLiteral(FIRSTCALL_SCORE_BIN)).isExecutable(), FIRSTCALL_SCORE_BIN);
    QVERIFY2(QFileInfo::exists(techCorpFile()), qPrintable(techCorpFile()));
    QVERIFY(m_dir.isValid());
    QVERIFY(!writeFile(QStringLiteral("minimal.json"), minimalRules()).isEmpty());
}

void TestScoreCommand::techCorpExample_data()
{
    QTest::addColumn<bool>("fromStdin");
    QTest::addRow("file") << false;
    QTest::addRow("stdin") << true;
}

void TestScoreCommand::techCorpExample()
{
    QFETCH(bool, fromStdin);
    const QStringList options{QStringLiteral("--rules"),  QStringLiteral("warm"),
                              QStringLiteral("--at"),     QStringLiteral("2026-01-20T12:00:00Z"),
                              QStringLiteral("--format"), QStringLiteral("json")};
    const Run run = fromStdin ? runScore(options + QStringList{QStringLiteral("-")}, readAll(techCorpFile()))
                              : runScore(options + QStringList{techCorpFile()});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    const QJsonObject report = run.json();
    QCOMPARE(report.value(QLatin1StringView("rules")).toString(), QStringLiteral("warm"));
    QCOMPARE(report.value(QLatin1StringView("at")).toString(), QStringLiteral("2026-01-20T12:00:00Z"));

    // PRODUCT.md's check: 290 x 1.5 x 1.3 = 565.5 -> Hot.
    const QJsonArray accounts = report.value(QLatin1StringView("accounts")).toArray();
    QCOMPARE(accounts.size(), 1);
    const QJsonObject techCorp = findById(accounts, QStringLiteral("techcorp"));
    QVERIFY(!techCorp.isEmpty());
    COMPARE_SCORE(number(techCorp, "base"), 290);
    COMPARE_SCORE(number(techCorp, "score"), 290 * 1.5 * 1.3);
    QCOMPARE(techCorp.value(QLatin1StringView("band")).toString(), QStringLiteral("Hot"));
    QCOMPARE(techCorp.value(QLatin1StringView("liveContacts")).toInt(), 3);
    const QJsonArray multipliers = techCorp.value(QLatin1StringView("multipliers")).toArray();
    QCOMPARE(multipliers.size(), 2);
    QHash<QString, double> factors;
    for (const QJsonValue &m : multipliers)
        factors.insert(m.toObject().value(QLatin1StringView("name")).toString(),
                       number(m.toObject(), "factor"));
    QCOMPARE(factors.size(), 2);
    COMPARE_SCORE(factors.value(QStringLiteral("multi_contact")), 1.5);
    COMPARE_SCORE(factors.value(QStringLiteral("c_level")), 1.3);

    const QJsonArray contacts = report.value(QLatin1StringView("contacts")).toArray();
    QCOMPARE(ids(contacts),
             (QStringList{QStringLiteral("sarah"), QStringLiteral("mike"), QStringLiteral("jessica")}));
    const QList<double> expected{135, 115, 40};
    for (qsizetype i = 0; i < contacts.size(); ++i) {
        const double score = number(contacts.at(i).toObject(), "score");
        COMPARE_SCORE(score, expected.at(i));
        QCOMPARE(contacts.at(i).toObject().value(QLatin1StringView("account")).toString(),
                 QStringLiteral("techcorp"));
    }
}

void TestScoreCommand::hotPresetDecay_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("at");
    QTest::addColumn<double>("expected");

    // pricing_page_visit: 25 points, losing 20% a week, continuously: 25 * 0.8^(age / 7 days).
    const auto pricing = [](double days) { return 25 * std::pow(1 - 0.20, days / 7); };
    const QString visit = QStringLiteral("pricing_visit.jsonl"); // one visit at 2026-03-01T00:00:00Z
    QTest::addRow("pricing, age 0") << visit << QStringLiteral("2026-03-01T00:00:00Z") << pricing(0);
    QTest::addRow("pricing, 1 hour") << visit << QStringLiteral("2026-03-01T01:00:00Z") << pricing(1 / 24.0);
    QTest::addRow("pricing, 3.5 days") << visit << QStringLiteral("2026-03-04T12:00:00Z") << pricing(3.5);
    QTest::addRow("pricing, 7 days") << visit << QStringLiteral("2026-03-08T00:00:00Z") << pricing(7);
    QTest::addRow("pricing, 7 days, --at with offset")
        << visit << QStringLiteral("2026-03-08T02:00:00+02:00") << pricing(7);
    QTest::addRow("pricing, 7 days, --at with ms")
        << visit << QStringLiteral("2026-03-08T00:00:00.000Z") << pricing(7);
    QTest::addRow("pricing, 14 days") << visit << QStringLiteral("2026-03-15T00:00:00Z") << pricing(14);
    QTest::addRow("pricing, 30 days (rolling window)")
        << visit << QStringLiteral("2026-03-31T00:00:00Z") << pricing(30);
    QTest::addRow("pricing, 30 days + 1 s") << visit << QStringLiteral("2026-03-31T00:00:01Z") << 0.0;
    QTest::addRow("pricing, 31 days") << visit << QStringLiteral("2026-04-01T00:00:00Z") << 0.0;
    QTest::addRow("pricing, not yet happened") << visit << QStringLiteral("2026-02-28T23:00:00Z") << 0.0;

    // demo_request: 30 points while at most 7 days old, then nothing.
    const QString demo = QStringLiteral("demo_request.jsonl"); // one request at 2026-03-01T00:00:00Z
    QTest::addRow("demo, age 0") << demo << QStringLiteral("2026-03-01T00:00:00Z") << 30.0;
    QTest::addRow("demo, 3.5 days") << demo << QStringLiteral("2026-03-04T12:00:00Z") << 30.0;
    QTest::addRow("demo, 7 days exactly") << demo << QStringLiteral("2026-03-08T00:00:00Z") << 30.0;
    QTest::addRow("demo, 7 days + 1 hour") << demo << QStringLiteral("2026-03-08T01:00:00Z") << 0.0;
}

void TestScoreCommand::hotPresetDecay()
{
    QFETCH(QString, file);
    QFETCH(QString, at);
    QFETCH(double, expected);

    const Run run = runScore({QStringLiteral("--rules"), QStringLiteral("hot"), QStringLiteral("--at"), at,
                              QStringLiteral("--format"), QStringLiteral("json"), dataFile(file)});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonArray contacts = run.json().value(QLatin1StringView("contacts")).toArray();
    QCOMPARE(contacts.size(), 1);
    const QJsonObject contact = contacts.first().toObject();
    COMPARE_SCORE(number(contact, "score"), expected);
    COMPARE_SCORE(number(contact, "rawScore"), expected);
    QCOMPARE(contact.value(QLatin1StringView("capped")).toBool(), false);
    // A signal that no longer counts leaves the explanation too.
    const QJsonArray explained = contact.value(QLatin1StringView("explanation"))
                                     .toObject()
                                     .value(QLatin1StringView("signals"))
                                     .toArray();
    QCOMPARE(explained.size(), expected > 0 ? 1 : 0);
    if (expected > 0)
        COMPARE_SCORE(number(explained.first().toObject(), "value"), expected);
}

void TestScoreCommand::contactCap_data()
{
    QTest::addColumn<QString>("at");
    QTest::addColumn<double>("raw");

    // Demo request, contact sales and free trial (30 each) plus a pricing visit (25), all at 09:00.
    QTest::addRow("fresh: above the cap") << QStringLiteral("2026-03-01T09:00:00Z") << 30 + 30 + 30 + 25.0;
    // 8 days later the 7-day demo and contact-sales windows have closed.
    QTest::addRow("8 days later: below the cap")
        << QStringLiteral("2026-03-09T09:00:00Z") << 30 + 25 * std::pow(1 - 0.20, 8 / 7.0);
}

void TestScoreCommand::contactCap()
{
    QFETCH(QString, at);
    QFETCH(double, raw);

    const Run run = runScore({QStringLiteral("--at"), at, QStringLiteral("--format"), QStringLiteral("json"),
                              dataFile(QStringLiteral("capped_contact.jsonl"))});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonObject contact =
        findById(run.json().value(QLatin1StringView("contacts")).toArray(), QStringLiteral("max"));
    QVERIFY(!contact.isEmpty());
    const double cap = 100;
    COMPARE_SCORE(number(contact, "rawScore"), raw);
    COMPARE_SCORE(number(contact, "score"), std::min(raw, cap));
    QCOMPARE(contact.value(QLatin1StringView("capped")).toBool(), raw > cap);
}

void TestScoreCommand::tiersAndAlerts_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<double>("score");
    QTest::addColumn<QString>("band");
    QTest::addColumn<int>("tier");
    QTest::addColumn<QString>("tierReason"); // what it starts with
    QTest::addColumn<int>("callMinutes");    // SLA of the tier; 0: none
    QTest::addColumn<bool>("alert");

    // All evaluated at 2026-03-02T09:00:00Z.
    QTest::addRow("demo + pricing 24h later + case study: Tier 1 by pattern")
        << QStringLiteral("dana") << 70.0 << QStringLiteral("Tier 2 Hot") << 1 << QStringLiteral("pattern:")
        << 15 << true;
    QTest::addRow("pricing 49h after the demo: no pattern")
        << QStringLiteral("fred") << 70.0 << QStringLiteral("Tier 2 Hot") << 2 << QStringLiteral("score")
        << 60 << true;
    // An alerting lead is at least Tier 2 (alert.min_tier), so it has a 60-minute call SLA.
    QTest::addRow("demo request 6h ago: alert below 70, tier 2 by the alert")
        << QStringLiteral("erin") << 30.0 << QStringLiteral("Nurture") << 2 << QStringLiteral("alert") << 60
        << true;
    QTest::addRow("customer at 85: no alert")
        << QStringLiteral("carl") << 85.0 << QStringLiteral("Tier 1 Hot") << 1 << QStringLiteral("score")
        << 15 << false;
}

void TestScoreCommand::tiersAndAlerts()
{
    QFETCH(QString, id);
    QFETCH(double, score);
    QFETCH(QString, band);
    QFETCH(int, tier);
    QFETCH(QString, tierReason);
    QFETCH(int, callMinutes);
    QFETCH(bool, alert);

    const Run run =
        runScore({QStringLiteral("--at"), QStringLiteral("2026-03-02T09:00:00Z"), QStringLiteral("--format"),
                  QStringLiteral("json"), dataFile(QStringLiteral("tier_patterns.jsonl"))});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonObject contact = findById(run.json().value(QLatin1StringView("contacts")).toArray(), id);
    QVERIFY(!contact.isEmpty());
    COMPARE_SCORE(number(contact, "score"), score);
    QCOMPARE(contact.value(QLatin1StringView("band")).toString(), band);
    QCOMPARE(contact.value(QLatin1StringView("tier")).toInt(), tier);
    QCOMPARE(contact.value(QLatin1StringView("tierBand")).toString(),
             QStringLiteral("Tier %1 Hot").arg(tier));
    const QString reason = contact.value(QLatin1StringView("tierReason")).toString();
    QVERIFY2(reason.startsWith(tierReason), qPrintable(reason));
    QCOMPARE(
        contact.value(QLatin1StringView("sla")).toObject().value(QLatin1StringView("callMinutes")).toInt(),
        callMinutes);
    QCOMPARE(contact.value(QLatin1StringView("alert")).toBool(), alert);
    QCOMPARE(contact.value(QLatin1StringView("alertReasons")).toArray().isEmpty(), !alert);
}

void TestScoreCommand::tableFormat()
{
    const Run run = runScore({QStringLiteral("--at"), QStringLiteral("2026-03-02T09:00:00Z"),
                              dataFile(QStringLiteral("tier_patterns.jsonl"))});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QStringList lines = run.out.split(u'\n');
    const qsizetype headerAt = lines.indexOf(QRegularExpression(QStringLiteral("CONTACT .*")));
    QVERIFY2(headerAt >= 0, qPrintable(run.out));
    const QString header = lines.at(headerAt);
    for (const char *column : {"SCORE", "BAND", "TIER"})
        QVERIFY2(header.contains(QLatin1StringView(column)), qPrintable(header));
    // Numbers are right-aligned: each ends where its column's header ends.
    const qsizetype scoreEnd = header.indexOf(QLatin1StringView("SCORE")) + 5;
    const qsizetype tierEnd = header.indexOf(QLatin1StringView("TIER")) + 4;
    const qsizetype bandStart = header.indexOf(QLatin1StringView("BAND"));

    struct Row
    {
        QString name;
        QString score;
        QString band;
        QString tier;
        QString why;
    };
    // Hottest first: tier before score, so Dana's pattern puts her above Fred at the same score.
    // BAND is the tier's band (whose SLA applies), never a score band that disagrees with TIER.
    const QList<Row> expected{
        {QStringLiteral("Carl Customer"), QStringLiteral("85"), QStringLiteral("Tier 1 Hot"),
         QStringLiteral("1"), QStringLiteral("score")},
        {QStringLiteral("Dana Demo"), QStringLiteral("70"), QStringLiteral("Tier 1 Hot"), QStringLiteral("1"),
         QStringLiteral("pattern: ")},
        {QStringLiteral("Fred Late"), QStringLiteral("70"), QStringLiteral("Tier 2 Hot"), QStringLiteral("2"),
         QStringLiteral("score")},
        {QStringLiteral("Erin Early"), QStringLiteral("30"), QStringLiteral("Tier 2 Hot"),
         QStringLiteral("2"), QStringLiteral("alert trigger")},
    };
    const qsizetype whyStart = header.indexOf(QLatin1StringView("WHY"));
    QVERIFY2(whyStart > tierEnd, qPrintable(header));
    QVERIFY(lines.size() > headerAt + expected.size() + 1);
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const QString row = lines.at(headerAt + 1 + i);
        const Row &want = expected.at(i);
        QVERIFY2(row.startsWith(want.name), qPrintable(row));
        QVERIFY2(row.size() > scoreEnd && row.at(scoreEnd) == u' ', qPrintable(row));
        QCOMPARE(row.left(scoreEnd).section(u' ', -1), want.score);
        QVERIFY2(row.mid(bandStart).startsWith(want.band), qPrintable(row));
        QCOMPARE(row.left(tierEnd).section(u' ', -1), want.tier);
        QVERIFY2(row.mid(whyStart).startsWith(want.why), qPrintable(row));
    }
    QCOMPARE(lines.at(headerAt + 1 + expected.size()), QString()); // no further contact rows
}

void TestScoreCommand::badLinesAreReportedAndTheRestScored_data()
{
    QTest::addColumn<bool>("fromStdin");
    QTest::addRow("file") << false;
    QTest::addRow("stdin") << true;
}

void TestScoreCommand::badLinesAreReportedAndTheRestScored()
{
    QFETCH(bool, fromStdin);
    const QString file = dataFile(QStringLiteral("bad_lines.jsonl"));
    const QStringList options{QStringLiteral("--at"), QStringLiteral("2026-03-01T10:00:00Z"),
                              QStringLiteral("--format"), QStringLiteral("json")};
    const Run run = fromStdin ? runScore(options + QStringList{QStringLiteral("-")}, readAll(file))
                              : runScore(options + QStringList{file});
    QCOMPARE(run.exitCode, 1);

    const QString where = fromStdin ? QStringLiteral("<stdin>") : file;
    // Line 4 is blank: skipped, but still counted.
    const QStringList expected{
        where + QStringLiteral(":2: not valid JSON"), where + QStringLiteral(":3: userId: "),
        where + QStringLiteral(":5: type: "),         where + QStringLiteral(":6: event: "),
        where + QStringLiteral(":7: timestamp: "),    where + QStringLiteral(":8: userId: "),
    };
    const QStringList errors = run.errLines();
    QCOMPARE(errors.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i)
        QVERIFY2(errors.at(i).startsWith(expected.at(i)), qPrintable(errors.at(i)));
    QVERIFY2(errors.at(2).contains(QLatin1StringView("\"foo\"")), qPrintable(errors.at(2)));

    // Every valid line still counts, including the ones after the bad lines.
    const QJsonArray contacts = run.json().value(QLatin1StringView("contacts")).toArray();
    QCOMPARE(ids(contacts),
             (QStringList{QStringLiteral("bob"), QStringLiteral("cleo"), QStringLiteral("ann")}));
    const double annPricing = 25 * std::pow(1 - 0.20, (1 / 24.0) / 7);
    COMPARE_SCORE(number(findById(contacts, QStringLiteral("ann")), "score"), annPricing);
    COMPARE_SCORE(number(findById(contacts, QStringLiteral("bob")), "score"), 30);
    // Cleo's demo request arrived under an anonymousId that her identify call linked later.
    COMPARE_SCORE(number(findById(contacts, QStringLiteral("cleo")), "score"), 30);
}

void TestScoreCommand::checkRulesAcceptsValidRules_data()
{
    QTest::addColumn<QString>("rules");
    QTest::addRow("hot preset") << QStringLiteral("hot");
    QTest::addRow("warm preset") << QStringLiteral("warm");
    QTest::addRow("minimal file") << m_dir.filePath(QStringLiteral("minimal.json"));
}

void TestScoreCommand::checkRulesAcceptsValidRules()
{
    QFETCH(QString, rules);
    const Run run = runScore({QStringLiteral("--check-rules"), rules});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    QVERIFY2(run.out.startsWith(rules + QStringLiteral(": OK")), qPrintable(run.out));
}

void TestScoreCommand::eventNameVariants()
{
    // The presets map the usual names of their own signals; nothing to report.
    for (const char *preset : {"hot", "warm"}) {
        const Run run = runScore({QStringLiteral("--check-rules"), QLatin1StringView(preset)});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(!run.out.contains(QStringLiteral("note:")), qPrintable(run.out));
    }
    // A rules file that maps only "Demo Requested" hears about "Demo Request".
    const Run check =
        runScore({QStringLiteral("--check-rules"), m_dir.filePath(QStringLiteral("minimal.json"))});
    QVERIFY2(check.exitCode == 0, qPrintable(check.err));
    QVERIFY2(
        check.out.contains(QStringLiteral("\"Demo Request\" maps to no signal but looks like demo_request")),
        qPrintable(check.out));

    // "Contact Sales" and "Demo Request" score in the hot preset; "Pricing Viewed" does not map
    // and is reported, not silently ignored.
    const QByteArray events =
        R"({"type":"track","userId":"sal","messageId":"v1","timestamp":"2026-03-01T10:00:00Z","event":"Contact Sales"}
{"type":"track","userId":"dee","messageId":"v2","timestamp":"2026-03-01T10:00:00Z","event":"Demo Request"}
{"type":"track","userId":"pia","messageId":"v3","timestamp":"2026-03-01T10:00:00Z","event":"Pricing Viewed"}
{"type":"track","userId":"pia","messageId":"v4","timestamp":"2026-03-01T10:05:00Z","event":"Pricing Viewed"}
)";
    const Run run = runScore({QStringLiteral("--at"), QStringLiteral("2026-03-01T11:00:00Z"),
                              QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("-")},
                             events);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonArray contacts = run.json().value(QLatin1StringView("contacts")).toArray();
    COMPARE_SCORE(number(findById(contacts, QStringLiteral("sal")), "score"), 30);
    QVERIFY(number(findById(contacts, QStringLiteral("dee")), "score") > 0);
    QCOMPARE(run.err.count(QStringLiteral("\"Pricing Viewed\" maps to no signal")), 1);
    QVERIFY2(run.err.contains(QStringLiteral("looks like pricing_page_visit")), qPrintable(run.err));

    // An unknown preset names the presets there are.
    const Run unknown =
        runScore({QStringLiteral("--rules"), QStringLiteral("nosuch"), QStringLiteral("-")}, events);
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY2(unknown.err.contains(QStringLiteral("hot, warm")), qPrintable(unknown.err));
}

void TestScoreCommand::customRulesFileScores()
{
    const Run run =
        runScore({QStringLiteral("--rules"), m_dir.filePath(QStringLiteral("minimal.json")),
                  QStringLiteral("--at"), QStringLiteral("2026-03-04T12:00:00Z"), QStringLiteral("--format"),
                  QStringLiteral("json"), dataFile(QStringLiteral("pricing_visit.jsonl"))});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonObject report = run.json();
    QCOMPARE(report.value(QLatin1StringView("rules")).toString(), QStringLiteral("minimal"));
    const QJsonObject contact =
        findById(report.value(QLatin1StringView("contacts")).toArray(), QStringLiteral("pat"));
    const double expected = 25 * std::pow(1 - 0.20, 3.5 / 7);
    COMPARE_SCORE(number(contact, "score"), expected);
    QCOMPARE(contact.value(QLatin1StringView("band")).toString(), QStringLiteral("Cold"));
    QCOMPARE(contact.value(QLatin1StringView("tier")).toInt(), 1);
    QCOMPARE(contact.value(QLatin1StringView("tierReason")).toString(),
             QStringLiteral("pattern: Pricing seen"));
}

void TestScoreCommand::brokenRulesAreRejected_data()
{
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");
    QTest::addColumn<QString>("fieldPath"); // empty: the file is not JSON

    QTest::addRow("points is a string")
        << QByteArray(R"("points": 30)") << QByteArray(R"("points": "thirty")")
        << QStringLiteral("signals.demo_request.points");
    QTest::addRow("misspelt field") << QByteArray(R"("points": 25)") << QByteArray(R"("pionts": 25)")
                                    << QStringLiteral("signals.pricing_page_visit.pionts");
    QTest::addRow("unknown decay type")
        << QByteArray(R"("type": "none")") << QByteArray(R"("type": "linear")")
        << QStringLiteral("signals.demo_request.decay.type");
    QTest::addRow("malformed duration")
        << QByteArray(R"("window": "7d")") << QByteArray(R"("window": "a week")")
        << QStringLiteral("signals.demo_request.decay.window");
    QTest::addRow("decay of 100%%") << QByteArray(R"("percent": 20)") << QByteArray(R"("percent": 100)")
                                    << QStringLiteral("signals.pricing_page_visit.decay.percent");
    QTest::addRow("event maps to an unknown type")
        << QByteArray(R"("Demo Requested": "demo_request")") << QByteArray(R"("Demo Requested": "demo")")
        << QStringLiteral("events.Demo Requested");
    QTest::addRow("page pattern without a slash")
        << QByteArray(R"("/pricing*")") << QByteArray(R"("pricing*")") << QStringLiteral("pages[0].path");
    QTest::addRow("bands out of order")
        << QByteArray(R"("min": 50)") << QByteArray(R"("min": 0)") << QStringLiteral("bands[1].min");
    QTest::addRow("pattern tier without a band")
        << QByteArray(R"("tier": 1, "all")") << QByteArray(R"("tier": 2, "all")")
        << QStringLiteral("patterns[0].tier");
    QTest::addRow("pattern names an unknown type")
        << QByteArray(R"(["pricing_page_visit"])") << QByteArray(R"(["pricing_visit"])")
        << QStringLiteral("patterns[0].all[0].signals[0]");
    QTest::addRow("name missing") << QByteArray(R"("name": "minimal",)") << QByteArray()
                                  << QStringLiteral("name");
    QTest::addRow("not JSON") << QByteArray(R"("name": "minimal",)") << QByteArray(R"("name": "minimal")")
                              << QString();
}

void TestScoreCommand::brokenRulesAreRejected()
{
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QFETCH(QString, fieldPath);

    QVERIFY(minimalRules().contains(from));
    const QString file = writeFile(QStringLiteral("broken.json"), minimalRules().replace(from, to));
    QVERIFY(!file.isEmpty());
    const QString expected = fieldPath.isEmpty() ? QString(file + QStringLiteral(": not valid JSON"))
                                                 : QString(file + QStringLiteral(": ") + fieldPath + u':');

    const QList<QStringList> invocations{
        {QStringLiteral("--check-rules"), file},
        {QStringLiteral("--rules"), file, QStringLiteral("--at"), QStringLiteral("2026-03-01T00:00:00Z"),
         dataFile(QStringLiteral("pricing_visit.jsonl"))},
    };
    for (const QStringList &arguments : invocations) {
        const Run run = runScore(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.out.isEmpty(), qPrintable(run.out));
        QCOMPARE(run.errLines().size(), 1);
        QVERIFY2(run.err.startsWith(expected), qPrintable(run.err));
    }
}

void TestScoreCommand::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("mentions"); // what stderr must name

    const QString events = dataFile(QStringLiteral("pricing_visit.jsonl"));
    const QString missingEvents = dataFile(QStringLiteral("no-such-events.jsonl"));
    const QString missingRules = dataFile(QStringLiteral("no-such-rules.json"));
    QTest::addRow("--format xml") << QStringList{QStringLiteral("--format"), QStringLiteral("xml"), events}
                                  << QStringList{QStringLiteral("--format"), QStringLiteral("table or json"),
                                                 QStringLiteral("\"xml\"")};
    QTest::addRow("--at garbage") << QStringList{QStringLiteral("--at"), QStringLiteral("garbage"), events}
                                  << QStringList{QStringLiteral("--at"), QStringLiteral("\"garbage\"")};
    QTest::addRow("--at without a value")
        << QStringList{QStringLiteral("--at")} << QStringList{QStringLiteral("--at")};
    QTest::addRow("missing events file") << QStringList{missingEvents} << QStringList{missingEvents};
    QTest::addRow("missing rules file")
        << QStringList{QStringLiteral("--rules"), missingRules, events} << QStringList{missingRules};
    QTest::addRow("unknown option") << QStringList{QStringLiteral("--colour"), events}
                                    << QStringList{QStringLiteral("colour")};
    QTest::addRow("no events file") << QStringList{} << QStringList{QStringLiteral("events file")};
    QTest::addRow("two events files")
        << QStringList{events, events} << QStringList{QStringLiteral("events file")};
}

void TestScoreCommand::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, mentions);

    const Run run = runScore(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.out.isEmpty(), qPrintable(run.out));
    for (const QString &text : mentions)
        QVERIFY2(run.err.contains(text), qPrintable(run.err));
}

void TestScoreCommand::version()
{
    const Run run = runScore({QStringLiteral("--version")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    static const QRegularExpression pattern(QStringLiteral("^firstcall-score \\d+\\.\\d+(\\.\\d+)?\\n$"));
    QVERIFY2(pattern.match(run.out).hasMatch(), qPrintable(run.out));
}

void TestScoreCommand::help()
{
    const Run run = runScore({QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
    for (const char *option : {"--rules", "--at", "--format", "--check-rules", "FILE|-"})
        QVERIFY2(run.out.contains(QLatin1StringView(option)), option);
}

void TestScoreCommand::translated_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("expected"); // on stderr
    QTest::addColumn<QString>("english");      // what the same run prints in English, not there

    const QString misspelt = writeFile(QStringLiteral("misspelt.json"),
                                       minimalRules().replace(R"("points": 25)", R"("pionts": 25)"));
    QTest::addRow("de: misspelt field in a rules file")
        << QStringLiteral("de_DE") << QStringList{QStringLiteral("--check-rules"), misspelt} << 2
        << QStringList{QStringLiteral("pricing_page_visit.pionts: unbekanntes Feld")}
        << QStringLiteral("unknown field");
    QTest::addRow("es: bad Segment calls")
        << QStringLiteral("es_ES")
        << QStringList{QStringLiteral("--at"), QStringLiteral("2026-03-01T10:00:00Z"),
                       dataFile(QStringLiteral("bad_lines.jsonl"))}
        << 1
        << QStringList{QStringLiteral(":6: event: es obligatorio en una llamada track"),
                       QStringLiteral(":8: userId: debe ser una cadena")}
        << QStringLiteral("is required");
}

void TestScoreCommand::translated()
{
    QFETCH(QString, locale);
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QStringList, expected);
    QFETCH(QString, english);

    const Run run = runScore(arguments, {}, localeEnvironment(locale));
    QCOMPARE(run.exitCode, exitCode);
    for (const QString &text : expected)
        QVERIFY2(run.err.contains(text), run.describe().constData());
    QVERIFY2(!run.err.contains(english), run.describe().constData());
}

QTEST_GUILESS_MAIN(TestScoreCommand)
#include "tst_scorecommand.moc"
