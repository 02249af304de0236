#include "events/segmentreader.h"
#include "leads/leadgraph.h"
#include "rules/rules.h"
#include "scoring/calibration.h"
#include "scoring/scoringengine.h"
#include "syntheticevents.h"

#include <QTest>

#include <memory>

namespace {

// A history read into a graph for one rules file, with its conversions.
struct History
{
    explicit History(const Rules &rules, const QByteArray &jsonLines,
                     const QStringList &outcomes = {SyntheticHistory::outcome()})
        : graph(rules)
        , engine(rules, graph)
    {
        graph.setRecordHistory(false);
        ConversionLog log(outcomes);
        const QDateTime received = QDateTime::currentDateTimeUtc();
        for (const QByteArray &line : jsonLines.split('\n')) {
            if (line.trimmed().isEmpty())
                continue;
            const SegmentReader::Result result = SegmentReader::readJson(line, received);
            for (const SegmentCall &call : result.calls)
                log.record(call, graph.apply(call));
        }
        conversions = log.conversions(graph);
    }

    LeadGraph graph;
    ScoringEngine engine;
    std::vector<qint64> conversions;
};

Rules hotRules()
{
    QString error;
    return *Rules::load(QStringLiteral("hot"), &error);
}

const SignalLift &row(const Calibration &calibration, const Rules &rules, const QString &type)
{
    return calibration.signalLifts.at(size_t(rules.typeIndex(type)));
}

} // namespace

class TestCalibration final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void peakAndFirstAlertAreAtSignalInstants_data();
    void peakAndFirstAlertAreAtSignalInstants();
    void liftOrderFollowsTheModel();
    void suggestionsFavourPredictiveTypesAndKeepTheScale();
    void tooLittleData_data();
    void tooLittleData();
    void calibratedRulesAreValid();
    void deterministic();

private:
    Rules m_rules = hotRules();
    std::unique_ptr<History> m_synthetic;
};

void TestCalibration::initTestCase()
{
    SyntheticHistory generator;
    generator.seed = 7;
    generator.contacts = 3000;
    m_synthetic = std::make_unique<History>(m_rules, generator.generate());
    QCOMPARE(m_synthetic->graph.contacts().size(), size_t(3000));
}

void TestCalibration::peakAndFirstAlertAreAtSignalInstants_data()
{
    QTest::addColumn<int>("first");
    for (int first = 0; first < 3000; first += 300)
        QTest::addRow("contacts %d-%d", first, first + 29) << first;
}

void TestCalibration::peakAndFirstAlertAreAtSignalInstants()
{
    // Against brute force: every 10 minutes over the contact's history, and every signal instant.
    QFETCH(int, first);
    const History &h = *m_synthetic;
    constexpr qint64 step = 10 * 60 * 1000;
    for (int contact = first; contact < first + 30; ++contact) {
        const Contact &c = h.graph.contact(contact);
        if (c.signalEvents.empty())
            continue;
        const qint64 before = h.conversions[size_t(contact)];
        std::vector<qint64> instants;
        for (const SignalEvent &e : c.signalEvents)
            instants.push_back(e.atMs);
        if (c.account >= 0) {
            for (const SignalEvent &e : h.graph.account(c.account).signalEvents)
                instants.push_back(e.atMs);
        }
        const qint64 from = *std::min_element(instants.cbegin(), instants.cend());
        const qint64 to =
            std::min(before - 1, *std::max_element(instants.cbegin(), instants.cend()) + 40 * 86400000LL);
        for (qint64 at = from; at <= to; at += step)
            instants.push_back(at);
        std::sort(instants.begin(), instants.end());

        double peak = 0;
        qint64 alert = kNoConversion;
        for (qint64 at : instants) {
            if (at >= before)
                break;
            const ContactScore score = h.engine.scoreContact(contact, at);
            peak = std::max(peak, score.score);
            if (score.alert && alert == kNoConversion)
                alert = at;
        }
        QVERIFY2(qFuzzyCompare(1 + peakScore(h.engine, contact, before), 1 + peak), qPrintable(c.id));
        QCOMPARE(firstAlert(h.engine, contact, before), alert);
    }
}

void TestCalibration::liftOrderFollowsTheModel()
{
    const Calibration calibration = calibrate(m_synthetic->engine, m_synthetic->conversions);
    QCOMPARE(calibration.contacts, 3000);
    QVERIFY(calibration.converted >= 30);
    QVERIFY(!calibration.tooFewConversions);
    double weakestPredictive = 1e9;
    for (const QString &type : SyntheticHistory::predictiveTypes()) {
        const SignalLift &r = row(calibration, m_rules, type);
        QVERIFY2(r.lift && *r.lift > 2, qPrintable(type));
        weakestPredictive = std::min(weakestPredictive, *r.lift);
    }
    for (const QString &type : SyntheticHistory::noiseTypes()) {
        const SignalLift &r = row(calibration, m_rules, type);
        QVERIFY2(r.lift && *r.lift < 1.2, qPrintable(type));
        QVERIFY2(*r.lift < weakestPredictive, qPrintable(type));
    }
}

void TestCalibration::suggestionsFavourPredictiveTypesAndKeepTheScale()
{
    const Calibration calibration = calibrate(m_synthetic->engine, m_synthetic->conversions);
    double before = 0;
    double after = 0;
    for (const SignalLift &r : calibration.signalLifts) {
        QVERIFY(r.suggestedPoints >= 0);
        if (r.tooLittleData) {
            QCOMPARE(r.suggestedPoints, r.points);
            continue;
        }
        QCOMPARE(r.suggestedPoints, std::round(r.suggestedPoints));
        before += r.points * r.contacts;
        after += r.suggestedPoints * r.contacts;
        const bool predictive =
            SyntheticHistory::predictiveTypes().contains(m_rules.signalTypes.at(r.type).id);
        if (predictive)
            QVERIFY2(r.suggestedPoints > r.points, qPrintable(m_rules.signalTypes.at(r.type).id));
        else
            QVERIFY2(r.suggestedPoints < r.points, qPrintable(m_rules.signalTypes.at(r.type).id));
    }
    // The points contacts collected add up as before, but for rounding to whole points.
    QVERIFY2(std::abs(after - before) / before < 0.02,
             qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(after)));
}

void TestCalibration::tooLittleData_data()
{
    QTest::addColumn<int>("contacts");
    QTest::addColumn<bool>("tooFewConversions");
    QTest::addRow("100 contacts: too few conversions") << 100 << true;
    QTest::addRow("3000 contacts: enough, but not for free trials") << 3000 << false;
}

void TestCalibration::tooLittleData()
{
    QFETCH(int, contacts);
    QFETCH(bool, tooFewConversions);
    SyntheticHistory generator;
    generator.seed = 11;
    generator.contacts = contacts;
    const History h(m_rules, generator.generate());
    const Calibration calibration = calibrate(h.engine, h.conversions);
    QCOMPARE(calibration.tooFewConversions, tooFewConversions);
    QCOMPARE(calibration.tooFewConversions, calibration.converted < 30);
    for (const SignalLift &r : calibration.signalLifts) {
        const bool expected = tooFewConversions || r.contacts < 20;
        QCOMPARE(r.tooLittleData, expected);
        if (expected)
            QCOMPARE(r.suggestedPoints, r.points);
    }
    // The model's free trials are rare, firmographic signals belong to accounts.
    QVERIFY(row(calibration, m_rules, QStringLiteral("free_trial_start")).contacts < 20);
    QVERIFY(row(calibration, m_rules, QStringLiteral("free_trial_start")).tooLittleData);
    QCOMPARE(row(calibration, m_rules, QStringLiteral("funding_announced")).contacts, 0);
    QVERIFY(!row(calibration, m_rules, QStringLiteral("funding_announced")).conversionRate);
    QVERIFY(!row(calibration, m_rules, QStringLiteral("funding_announced")).lift);
}

void TestCalibration::calibratedRulesAreValid()
{
    const Calibration calibration = calibrate(m_synthetic->engine, m_synthetic->conversions);
    const QByteArray json = calibratedRulesJson(m_rules, calibration);
    QString error;
    const std::optional<Rules> calibrated = Rules::parse(json, QStringLiteral("calibrated.json"), &error);
    QVERIFY2(calibrated, qPrintable(error));
    QCOMPARE(calibrated->name, QStringLiteral("hot-calibrated"));
    QCOMPARE(calibrated->signalTypes.size(), m_rules.signalTypes.size());
    for (const SignalLift &r : calibration.signalLifts) {
        const SignalType &type =
            calibrated->signalTypes.at(calibrated->typeIndex(m_rules.signalTypes.at(r.type).id));
        QCOMPARE(type.points, r.suggestedPoints);
        QCOMPARE(type.windowSeconds, m_rules.signalTypes.at(r.type).windowSeconds);
        QCOMPARE(type.ratePercent, m_rules.signalTypes.at(r.type).ratePercent);
    }
    QCOMPARE(calibrated->bands.size(), m_rules.bands.size());
    QCOMPARE(calibrated->patterns.size(), m_rules.patterns.size());
    QCOMPARE(*calibrated->alert.minScore, *m_rules.alert.minScore);
    QCOMPARE(calibrated->eventMap, m_rules.eventMap);
}

void TestCalibration::deterministic()
{
    SyntheticHistory generator;
    generator.seed = 7;
    generator.contacts = 3000;
    QCOMPARE(generator.generate(), generator.generate());
    const History again(m_rules, generator.generate());
    const Calibration a = calibrate(m_synthetic->engine, m_synthetic->conversions);
    const Calibration b = calibrate(again.engine, again.conversions);
    QCOMPARE(calibrationJson(a, m_rules), calibrationJson(b, m_rules));
    QCOMPARE(backtestJson(backtest(m_synthetic->engine, m_synthetic->conversions), m_rules),
             backtestJson(backtest(again.engine, again.conversions), m_rules));
}

QTEST_GUILESS_MAIN(TestCalibration)
#include "tst_calibration.moc"
