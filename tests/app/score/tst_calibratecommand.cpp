#include "rules/rules.h"
#include "syntheticevents.h"
#include "testutils.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

namespace {

struct Run : ProgramRun
{
    QJsonDocument document() const { return QJsonDocument::fromJson(out.toUtf8()); }
    QJsonObject json() const { return document().object(); }
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

QJsonObject findRow(const QJsonArray &rows, const char *key, const QString &value)
{
    for (const QJsonValue &row : rows) {
        if (row.toObject().value(QLatin1StringView(key)).toString() == value)
            return row.toObject();
    }
    return {};
}

// A fraction or null, as the JSON carries it: -1 stands for null.
double fraction(const QJsonObject &object, const char *key)
{
    const QJsonValue value = object.value(QLatin1StringView(key));
    return value.isNull() ? -1 : value.toDouble();
}

} // namespace

// QCOMPARE for the rounded fractions of the JSON output.
#define COMPARE_FRACTION(actual, expected)                                                                   \
    QVERIFY2(std::abs((actual) - (expected)) < 0.0001,                                                       \
             qPrintable(QStringLiteral("got %1 expected %2").arg(actual).arg(expected)))

class TestCalibrateCommand final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void countsOfTheHandComputedFile_data();
    void countsOfTheHandComputedFile();
    void bandsOfTheHandComputedFile();
    void backtestOfTheHandComputedFile_data();
    void backtestOfTheHandComputedFile();
    void tooLittleDataIsFlagged();
    void writtenRulesAreValid_data();
    void writtenRulesAreValid();
    void calibratedRulesDoAtLeastAsWellOnHeldOutData();
    void twoRulesSideBySide();
    void tables();
    void optionsBeforeTheCommand();
    void badLinesAreReportedAndTheRestUsed_data();
    void badLinesAreReportedAndTheRestUsed();
    void usageErrors_data();
    void usageErrors();
    void help_data();
    void help();
    void translated();

private:
    QString writeFile(const QString &name, const QByteArray &contents);

    QTemporaryDir m_dir;
    QString m_small;
    QString m_train;
    QString m_heldOut;
};

QString TestCalibrateCommand::writeFile(const QString &name, const QByteArray &contents)
{
    const QString fileName = m_dir.filePath(name);
    QFile file(fileName);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(contents) != contents.size())
        return {};
    return fileName;
}

void TestCalibrateCommand::initTestCase()
{
    QVERIFY2(QFileInfo(QStringLiteral(FIRSTCALL_SCORE_BIN)).isExecutable(), FIRSTCALL_SCORE_BIN);
    QVERIFY(m_dir.isValid());
    m_small = dataFile(QStringLiteral("calibration.jsonl"));
    QVERIFY(QFileInfo::exists(m_small));
    SyntheticHistory train;
    train.seed = 1;
    train.contacts = 4000;
    m_train = writeFile(QStringLiteral("train.jsonl"), train.generate());
    SyntheticHistory heldOut = train;
    heldOut.seed = 2;
    m_heldOut = writeFile(QStringLiteral("held-out.jsonl"), heldOut.generate());
    QVERIFY(!m_train.isEmpty() && !m_heldOut.isEmpty());
}

void TestCalibrateCommand::countsOfTheHandComputedFile_data()
{
    // calibration.jsonl, hot preset. ann: pricing, demo, converts a day later (a second outcome
    // and a later visit change nothing). bob: two pricing visits, docs, webinar, never converts.
    // cleo: an anonymous pricing visit and outcome, then identified. dan: converts with no
    // signal. eve: email click, "Deal Won", contact sales. fay: funding (the account's), a demo
    // at the very instant she converts (not before it), a lower-case outcome (not one). gus: a
    // demo; his outcome repeats the demo's messageId. anon-z is never identified: no contact.
    QTest::addColumn<QStringList>("outcomes");
    QTest::addColumn<int>("converted");
    QTest::addColumn<QList<int>>("perType"); // type, contacts, converted, ... for the listed types

    QTest::addRow("default outcome") << QStringList{} << 4
                                     << QList<int>{/* demo */ 2,          1, /* pricing */ 3, 2,
                                                   /* contact sales */ 1, 0,
                                                   /* docs */ 1,          0, /* webinar */ 1, 0,
                                                   /* email */ 1,         0,
                                                   /* comparison */ 0,    0};
    QTest::addRow("Deal Won") << QStringList{QStringLiteral("--outcome"), QStringLiteral("Deal Won")} << 1
                              << QList<int>{3, 0, 3, 0, 0, 0, 1, 0, 1, 0, 1, 1, 1, 0};
    QTest::addRow("both") << QStringList{QStringLiteral("--outcome"), QStringLiteral("Opportunity Created"),
                                         QStringLiteral("--outcome"), QStringLiteral("Deal Won")}
                          << 5 << QList<int>{2, 1, 3, 2, 0, 0, 1, 0, 1, 0, 1, 1, 0, 0};
}

void TestCalibrateCommand::countsOfTheHandComputedFile()
{
    QFETCH(QStringList, outcomes);
    QFETCH(int, converted);
    QFETCH(QList<int>, perType);

    const Run run = runScore(
        QStringList{QStringLiteral("calibrate"), QStringLiteral("--format"), QStringLiteral("json")} +
        outcomes + QStringList{m_small});
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    const QJsonObject json = run.json();
    QCOMPARE(json.value(QLatin1StringView("contacts")).toInt(), 7);
    QCOMPARE(json.value(QLatin1StringView("converted")).toInt(), converted);
    const double base = converted / 7.0;

    const QJsonArray signalRows = json.value(QLatin1StringView("signals")).toArray();
    QCOMPARE(signalRows.size(), 14); // every type of the hot preset, once
    const QStringList types{QStringLiteral("demo_request"),         QStringLiteral("pricing_page_visit"),
                            QStringLiteral("contact_sales"),        QStringLiteral("technical_documentation"),
                            QStringLiteral("webinar_attendance"),   QStringLiteral("email_click"),
                            QStringLiteral("competitor_comparison")};
    for (qsizetype i = 0; i < types.size(); ++i) {
        const QJsonObject r = findRow(signalRows, "type", types.at(i));
        QVERIFY2(!r.isEmpty(), qPrintable(types.at(i)));
        const int contacts = perType.at(2 * i);
        const int typeConverted = perType.at(2 * i + 1);
        QCOMPARE(r.value(QLatin1StringView("contacts")).toInt(), contacts);
        QCOMPARE(r.value(QLatin1StringView("converted")).toInt(), typeConverted);
        if (contacts == 0) {
            QVERIFY(r.value(QLatin1StringView("conversionRate")).isNull());
            QVERIFY(r.value(QLatin1StringView("lift")).isNull());
        } else {
            const double rate = double(typeConverted) / contacts;
            COMPARE_FRACTION(fraction(r, "conversionRate"), rate);
            QVERIFY(std::abs(fraction(r, "lift") - rate / base) < 0.01);
        }
        // Four or five conversions are too few: every type keeps its points.
        QCOMPARE(r.value(QLatin1StringView("suggestedPoints")).toDouble(),
                 r.value(QLatin1StringView("points")).toDouble());
        QCOMPARE(r.value(QLatin1StringView("tooLittleData")).toBool(), true);
    }
    // Funding is the account's signal, not a contact's.
    QCOMPARE(findRow(signalRows, "type", QStringLiteral("funding_announced"))
                 .value(QLatin1StringView("contacts"))
                 .toInt(),
             0);
}

void TestCalibrateCommand::bandsOfTheHandComputedFile()
{
    // Highest scores before converting: ann 54.97 (pricing 1 h old + demo), bob 76.8 (two pricing
    // visits, docs, webinar), cleo 25, dan 0, eve 36.8 (contact sales + a 5-day-old email click),
    // fay 15 (funding an hour before she converts), gus 30.
    const Run run =
        runScore({QStringLiteral("calibrate"), QStringLiteral("--format"), QStringLiteral("json"), m_small});
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    const QJsonArray bands = run.json().value(QLatin1StringView("bands")).toArray();
    const QList<std::tuple<QString, int, int, double>> expected{
        {QStringLiteral("Tier 1 Hot"), 0, 0, -1},
        {QStringLiteral("Tier 2 Hot"), 1, 0, 0},
        {QStringLiteral("Tier 3 Warm"), 1, 1, 1},
        {QStringLiteral("Nurture"), 5, 3, 0.6},
    };
    QCOMPARE(bands.size(), expected.size());
    for (qsizetype i = 0; i < bands.size(); ++i) {
        const QJsonObject band = bands.at(i).toObject();
        const auto &[name, contacts, converted, rate] = expected.at(i);
        QCOMPARE(band.value(QLatin1StringView("band")).toString(), name);
        QCOMPARE(band.value(QLatin1StringView("contacts")).toInt(), contacts);
        QCOMPARE(band.value(QLatin1StringView("converted")).toInt(), converted);
        COMPARE_FRACTION(fraction(band, "rate"), rate);
    }
}

void TestCalibrateCommand::backtestOfTheHandComputedFile_data()
{
    // Hot alerts: ann on her demo (24 h before converting), bob on his second pricing visit in
    // 24 h, eve on contact sales, gus on his demo; cleo, dan and fay never alert before converting.
    QTest::addColumn<QStringList>("outcomes");
    QTest::addColumn<int>("converted");
    QTest::addColumn<int>("alerts");
    QTest::addColumn<int>("convertedAlerted");
    QTest::addColumn<double>("medianLeadHours"); // -1: null

    QTest::addRow("default outcome") << QStringList{} << 4 << 4 << 1 << 24.0;
    // eve converts before her contact-sales alert, which no longer counts; fay never converts,
    // so her demo alerts.
    QTest::addRow("Deal Won") << QStringList{QStringLiteral("--outcome"), QStringLiteral("Deal Won")} << 1
                              << 4 << 0 << -1.0;
}

void TestCalibrateCommand::backtestOfTheHandComputedFile()
{
    QFETCH(QStringList, outcomes);
    QFETCH(int, converted);
    QFETCH(int, alerts);
    QFETCH(int, convertedAlerted);
    QFETCH(double, medianLeadHours);

    const Run run =
        runScore(QStringList{QStringLiteral("backtest"), QStringLiteral("--format"), QStringLiteral("json")} +
                 outcomes + QStringList{m_small});
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    const QJsonObject json = run.json();
    QCOMPARE(json.value(QLatin1StringView("rules")).toString(), QStringLiteral("hot"));
    QCOMPARE(json.value(QLatin1StringView("contacts")).toInt(), 7);
    QCOMPARE(json.value(QLatin1StringView("converted")).toInt(), converted);
    QCOMPARE(json.value(QLatin1StringView("alerts")).toInt(), alerts);
    QCOMPARE(json.value(QLatin1StringView("convertedAlerted")).toInt(), convertedAlerted);
    COMPARE_FRACTION(fraction(json, "precision"), double(convertedAlerted) / alerts);
    COMPARE_FRACTION(fraction(json, "recall"), double(convertedAlerted) / converted);
    COMPARE_FRACTION(fraction(json, "medianLeadHours"), medianLeadHours);
}

void TestCalibrateCommand::tooLittleDataIsFlagged()
{
    // Enough conversions overall in the synthetic history, but its free trials are rare.
    const Run run =
        runScore({QStringLiteral("calibrate"), QStringLiteral("--format"), QStringLiteral("json"), m_train});
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    const QJsonObject json = run.json();
    QVERIFY(json.value(QLatin1StringView("converted")).toInt() >= 30);
    QCOMPARE(json.value(QLatin1StringView("tooLittleData")).toBool(), false);
    const QJsonArray rows = json.value(QLatin1StringView("signals")).toArray();
    const QJsonObject trial = findRow(rows, "type", QStringLiteral("free_trial_start"));
    QVERIFY(trial.value(QLatin1StringView("contacts")).toInt() > 0);
    QVERIFY(trial.value(QLatin1StringView("contacts")).toInt() < 20);
    QCOMPARE(trial.value(QLatin1StringView("tooLittleData")).toBool(), true);
    QCOMPARE(trial.value(QLatin1StringView("suggestedPoints")).toDouble(), 30.0);
    const QJsonObject pricing = findRow(rows, "type", QStringLiteral("pricing_page_visit"));
    QCOMPARE(pricing.value(QLatin1StringView("tooLittleData")).toBool(), false);
    QVERIFY(pricing.value(QLatin1StringView("suggestedPoints")).toDouble() > 25);

    // The table says so too.
    const Run table = runScore({QStringLiteral("calibrate"), m_train});
    QVERIFY2(table.exitCode == 0, table.describe().constData());
    const QStringList lines = table.out.split(u'\n');
    const auto trialLine = std::find_if(lines.cbegin(), lines.cend(), [](const QString &line) {
        return line.startsWith(u"Free trial start");
    });
    QVERIFY(trialLine != lines.cend());
    QVERIFY2(trialLine->contains(QLatin1StringView("too little data")), qPrintable(*trialLine));
    const Run small = runScore({QStringLiteral("calibrate"), m_small});
    QVERIFY2(small.out.contains(QLatin1StringView("Too little data: 4 conversions")), qPrintable(small.out));
}

void TestCalibrateCommand::writtenRulesAreValid_data()
{
    QTest::addColumn<QString>("rules");
    QTest::addRow("hot preset") << QStringLiteral("hot");
    QTest::addRow("warm preset") << QStringLiteral("warm");
    QTest::addRow("rules file") << QStringLiteral(FIRSTCALL_TEST_DATA "/../../resources/rules/hot.json");
}

void TestCalibrateCommand::writtenRulesAreValid()
{
    QFETCH(QString, rules);
    const QString out = m_dir.filePath(QStringLiteral("calibrated.json"));
    QFile::remove(out);
    const Run run =
        runScore({QStringLiteral("calibrate"), QStringLiteral("--rules"), rules, QStringLiteral("--format"),
                  QStringLiteral("json"), QStringLiteral("--write-rules"), out, m_train});
    QVERIFY2(run.exitCode == 0, run.describe().constData());

    QString error;
    const std::optional<Rules> original = Rules::load(rules, &error);
    QVERIFY2(original, qPrintable(error));
    const std::optional<Rules> written = Rules::load(out, &error);
    QVERIFY2(written, qPrintable(error));
    QCOMPARE(written->name, original->name + QStringLiteral("-calibrated"));
    QCOMPARE(written->signalTypes.size(), original->signalTypes.size());
    const QJsonArray rows = run.json().value(QLatin1StringView("signals")).toArray();
    QCOMPARE(rows.size(), original->signalTypes.size());
    for (const QJsonValue &v : rows) {
        const QJsonObject row = v.toObject();
        const QString id = row.value(QLatin1StringView("type")).toString();
        const SignalType &type = written->signalTypes.at(written->typeIndex(id));
        const SignalType &before = original->signalTypes.at(original->typeIndex(id));
        QCOMPARE(type.points, row.value(QLatin1StringView("suggestedPoints")).toDouble());
        QCOMPARE(type.decay, before.decay);
        QCOMPARE(type.windowSeconds, before.windowSeconds);
        QCOMPARE(type.ratePercent, before.ratePercent);
        QCOMPARE(type.label, before.label);
    }
    // Everything but the name and the points is as it was.
    QJsonObject a = QJsonDocument::fromJson(original->json).object();
    QJsonObject b = QJsonDocument::fromJson(written->json).object();
    for (QJsonObject *o : {&a, &b}) {
        o->remove(QStringLiteral("name"));
        QJsonObject signalsJson = o->value(QLatin1StringView("signals")).toObject();
        for (const QString &key : signalsJson.keys()) {
            QJsonObject type = signalsJson.value(key).toObject();
            type.remove(QStringLiteral("points"));
            signalsJson.insert(key, type);
        }
        o->insert(QStringLiteral("signals"), signalsJson);
    }
    QCOMPARE(b, a);

    const Run check = runScore({QStringLiteral("--check-rules"), out});
    QVERIFY2(check.exitCode == 0, check.describe().constData());
    QVERIFY2(check.out.startsWith(out + QStringLiteral(": OK")), qPrintable(check.out));
}

void TestCalibrateCommand::calibratedRulesDoAtLeastAsWellOnHeldOutData()
{
    const QString calibrated = m_dir.filePath(QStringLiteral("hot-calibrated.json"));
    const Run calibration =
        runScore({QStringLiteral("calibrate"), QStringLiteral("--write-rules"), calibrated, m_train});
    QVERIFY2(calibration.exitCode == 0, calibration.describe().constData());

    const Run run = runScore({QStringLiteral("backtest"), QStringLiteral("--rules"), QStringLiteral("hot"),
                              QStringLiteral("--rules"), calibrated, QStringLiteral("--format"),
                              QStringLiteral("json"), m_heldOut});
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    const QJsonArray results = run.document().array();
    QCOMPARE(results.size(), 2);
    const QJsonObject preset = results.at(0).toObject();
    const QJsonObject candidate = results.at(1).toObject();
    qInfo("held out: preset precision %.4f recall %.4f lead %.1f h; calibrated precision %.4f recall %.4f "
          "lead %.1f h",
          fraction(preset, "precision"), fraction(preset, "recall"), fraction(preset, "medianLeadHours"),
          fraction(candidate, "precision"), fraction(candidate, "recall"),
          fraction(candidate, "medianLeadHours"));
    QVERIFY(fraction(preset, "precision") > 0);
    QVERIFY(fraction(candidate, "precision") >= fraction(preset, "precision"));
    QVERIFY(fraction(candidate, "recall") >= fraction(preset, "recall") - 0.05);
}

void TestCalibrateCommand::twoRulesSideBySide()
{
    const Run json = runScore({QStringLiteral("backtest"), QStringLiteral("--rules"), QStringLiteral("hot"),
                               QStringLiteral("--rules"), QStringLiteral("warm"), QStringLiteral("--format"),
                               QStringLiteral("json"), m_small});
    QVERIFY2(json.exitCode == 0, json.describe().constData());
    const QJsonArray results = json.document().array();
    QCOMPARE(results.size(), 2);
    QCOMPARE(results.at(0).toObject().value(QLatin1StringView("rules")).toString(), QStringLiteral("hot"));
    QCOMPARE(results.at(1).toObject().value(QLatin1StringView("rules")).toString(), QStringLiteral("warm"));
    // Conversions do not depend on the rules; alerts do. Warm alerts ann (demo), bob (pricing
    // 75 + 75), gus (demo); eve's contact sales is not a warm signal.
    for (const QJsonValue &v : results) {
        QCOMPARE(v.toObject().value(QLatin1StringView("contacts")).toInt(), 7);
        QCOMPARE(v.toObject().value(QLatin1StringView("converted")).toInt(), 4);
    }
    QCOMPARE(results.at(0).toObject().value(QLatin1StringView("alerts")).toInt(), 4);
    QCOMPARE(results.at(1).toObject().value(QLatin1StringView("alerts")).toInt(), 3);

    const Run table = runScore({QStringLiteral("backtest"), QStringLiteral("--rules"), QStringLiteral("hot"),
                                QStringLiteral("--rules"), QStringLiteral("warm"), m_small});
    QVERIFY2(table.exitCode == 0, table.describe().constData());
    const QStringList lines = table.out.split(u'\n', Qt::SkipEmptyParts);
    QVERIFY2(lines.size() >= 7, qPrintable(table.out));
    static const QRegularExpression header(QStringLiteral("^RULES +hot +warm$"));
    static const QRegularExpression alerts(QStringLiteral("^alerted contacts +4 +3$"));
    static const QRegularExpression precision(QStringLiteral("^precision +25% +33.3%$"));
    QVERIFY2(lines.filter(header).size() == 1, qPrintable(table.out));
    QVERIFY2(lines.filter(alerts).size() == 1, qPrintable(table.out));
    QVERIFY2(lines.filter(precision).size() == 1, qPrintable(table.out));

    // The same rules twice: columns named by where they came from.
    const QString file = QStringLiteral(FIRSTCALL_TEST_DATA "/../../resources/rules/hot.json");
    const Run same = runScore({QStringLiteral("backtest"), QStringLiteral("--rules"), QStringLiteral("hot"),
                               QStringLiteral("--rules"), file, m_small});
    QVERIFY2(same.exitCode == 0, same.describe().constData());
    QVERIFY2(same.out.contains(file), qPrintable(same.out));
}

void TestCalibrateCommand::tables()
{
    const Run run = runScore({QStringLiteral("calibrate"), m_small});
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    QVERIFY2(run.out.startsWith(
                 QStringLiteral("Calibration of rules \"hot\": 7 contacts, 4 converted (57.1%); outcome: "
                                "\"Opportunity Created\"\n")),
             qPrintable(run.out));
    const QStringList lines = run.out.split(u'\n');
    static const QRegularExpression pricing(
        QStringLiteral("^Pricing page visit +3 +2 +66.7% +1.17 +25 +25 +too little data: points kept$"));
    static const QRegularExpression nurture(QStringLiteral("^Nurture +5 +3 +60%$"));
    QVERIFY2(lines.filter(pricing).size() == 1, qPrintable(run.out));
    QVERIFY2(lines.filter(nurture).size() == 1, qPrintable(run.out));
}

void TestCalibrateCommand::optionsBeforeTheCommand()
{
    const Run run = runScore({QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--rules"),
                              QStringLiteral("warm"), QStringLiteral("backtest"), m_small});
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    QCOMPARE(run.json().value(QLatin1StringView("rules")).toString(), QStringLiteral("warm"));
    QCOMPARE(run.json().value(QLatin1StringView("alerts")).toInt(), 3);
}

void TestCalibrateCommand::badLinesAreReportedAndTheRestUsed_data()
{
    QTest::addColumn<QString>("command");
    QTest::addRow("calibrate") << QStringLiteral("calibrate");
    QTest::addRow("backtest") << QStringLiteral("backtest");
}

void TestCalibrateCommand::badLinesAreReportedAndTheRestUsed()
{
    QFETCH(QString, command);
    const QString file = dataFile(QStringLiteral("bad_lines.jsonl"));
    const Run run = runScore({command, QStringLiteral("--format"), QStringLiteral("json"), file});
    QCOMPARE(run.exitCode, 1);
    const QStringList errors = run.err.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(errors.size(), 6);
    for (int line : {2, 3, 5, 6, 7, 8})
        QVERIFY2(run.err.contains(file + u':' + QString::number(line) + QStringLiteral(": ")),
                 qPrintable(run.err));
    // ann, bob and cleo (linked to anon-1): the good lines still count.
    QCOMPARE(run.json().value(QLatin1StringView("contacts")).toInt(), 3);
}

void TestCalibrateCommand::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("mentions");

    const QString missing = dataFile(QStringLiteral("no-such-events.jsonl"));
    QTest::addRow("calibrate --format xml")
        << QStringList{QStringLiteral("calibrate"), QStringLiteral("--format"), QStringLiteral("xml"),
                       m_small}
        << QStringList{QStringLiteral("--format"), QStringLiteral("\"xml\"")};
    QTest::addRow("backtest --format xml")
        << QStringList{QStringLiteral("backtest"), QStringLiteral("--format"), QStringLiteral("xml"), m_small}
        << QStringList{QStringLiteral("--format"), QStringLiteral("\"xml\"")};
    QTest::addRow("calibrate: no events file")
        << QStringList{QStringLiteral("calibrate")} << QStringList{QStringLiteral("events file")};
    QTest::addRow("backtest: two events files") << QStringList{QStringLiteral("backtest"), m_small, m_small}
                                                << QStringList{QStringLiteral("events file")};
    QTest::addRow("calibrate: missing events file")
        << QStringList{QStringLiteral("calibrate"), missing} << QStringList{missing};
    QTest::addRow("calibrate: two rules")
        << QStringList{QStringLiteral("calibrate"), QStringLiteral("--rules"), QStringLiteral("hot"),
                       QStringLiteral("--rules"),   QStringLiteral("warm"),    m_small}
        << QStringList{QStringLiteral("--rules")};
    QTest::addRow("backtest: missing rules file")
        << QStringList{QStringLiteral("backtest"),
                       QStringLiteral("--rules"),
                       QStringLiteral("hot"),
                       QStringLiteral("--rules"),
                       dataFile(QStringLiteral("no-such-rules.json")),
                       m_small}
        << QStringList{QStringLiteral("no-such-rules.json")};
    QTest::addRow("backtest: --write-rules is calibrate's")
        << QStringList{QStringLiteral("backtest"), QStringLiteral("--write-rules"), QStringLiteral("x.json"),
                       m_small}
        << QStringList{QStringLiteral("write-rules")};
    QTest::addRow("calibrate: unwritable rules")
        << QStringList{QStringLiteral("calibrate"), QStringLiteral("--write-rules"),
                       QStringLiteral("/no-such-dir/x.json"), m_small}
        << QStringList{QStringLiteral("/no-such-dir/x.json")};
}

void TestCalibrateCommand::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, mentions);
    const Run run = runScore(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.out.isEmpty(), qPrintable(run.out));
    for (const QString &text : mentions)
        QVERIFY2(run.err.contains(text), qPrintable(run.err));
}

void TestCalibrateCommand::help_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("mentions");
    QTest::addRow("calibrate") << QStringList{QStringLiteral("calibrate"), QStringLiteral("--help")}
                               << QStringList{QStringLiteral("calibrate"),     QStringLiteral("--rules"),
                                              QStringLiteral("--outcome"),     QStringLiteral("--format"),
                                              QStringLiteral("--write-rules"), QStringLiteral("FILE|-")};
    QTest::addRow("backtest") << QStringList{QStringLiteral("backtest"), QStringLiteral("--help")}
                              << QStringList{QStringLiteral("backtest"), QStringLiteral("--rules"),
                                             QStringLiteral("--outcome"), QStringLiteral("--format")};
    QTest::addRow("the main help names both") << QStringList{QStringLiteral("--help")}
                                              << QStringList{QStringLiteral("firstcall-score calibrate"),
                                                             QStringLiteral("firstcall-score backtest")};
}

void TestCalibrateCommand::help()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, mentions);
    const Run run = runScore(arguments);
    QCOMPARE(run.exitCode, 0);
    for (const QString &text : mentions)
        QVERIFY2(run.out.contains(text), qPrintable(run.out));
}

void TestCalibrateCommand::translated()
{
    const Run de =
        runScore({QStringLiteral("backtest"), m_small}, {}, localeEnvironment(QStringLiteral("de_DE")));
    QCOMPARE(de.exitCode, 0);
    QVERIFY2(!de.out.contains(QLatin1StringView("precision")), qPrintable(de.out));
    QVERIFY2(de.out.contains(QStringLiteral("Präzision")), qPrintable(de.out));
    const Run es =
        runScore({QStringLiteral("calibrate"), m_small}, {}, localeEnvironment(QStringLiteral("es_ES")));
    QCOMPARE(es.exitCode, 0);
    QVERIFY2(es.out.contains(QLatin1StringView("pocos datos")), qPrintable(es.out));
}

QTEST_GUILESS_MAIN(TestCalibrateCommand)
#include "tst_calibratecommand.moc"
