#include "events/segmentreader.h"
#include "leads/leadgraph.h"
#include "rules/rules.h"
#include "scoring/calibration.h"
#include "scoring/scoringengine.h"
#include "syntheticevents.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// Calibration and backtest over a synthetic history of 100k contacts and about 1M Segment
// calls (tests/syntheticevents.h): reading it into a graph, the two computations alone, and the
// two commands end to end on the same file.
class BenchCalibration final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void readHistory();
    void calibrate();
    void backtest();
    void calibrateCommand();
    void backtestCommand();

private:
    void runCommand(const QStringList &arguments);

    static constexpr int kContacts = 100'000;
    QTemporaryDir m_dir;
    QString m_file;
    QByteArray m_history;
    qsizetype m_calls = 0;
    std::unique_ptr<Rules> m_rules;
    std::unique_ptr<LeadGraph> m_graph;
    std::unique_ptr<ScoringEngine> m_engine;
    std::vector<qint64> m_conversions;
};

void BenchCalibration::initTestCase()
{
    SyntheticHistory generator;
    generator.seed = 42;
    generator.contacts = kContacts;
    generator.minNoise = 3;
    m_history = generator.generate();
    m_calls = m_history.count('\n');
    QVERIFY(m_dir.isValid());
    m_file = m_dir.filePath(QStringLiteral("history.jsonl"));
    QFile file(m_file);
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write(m_history) == m_history.size());
    file.close();
    QString error;
    m_rules = std::make_unique<Rules>(*Rules::load(QStringLiteral("hot"), &error));
    qInfo("%d contacts, %lld calls, %.0f MB", kContacts, qlonglong(m_calls), double(m_history.size()) / 1e6);
}

void BenchCalibration::readHistory()
{
    // What both commands do first: parse every line, build the graph, log the conversions.
    QBENCHMARK_ONCE
    {
        m_graph = std::make_unique<LeadGraph>(*m_rules);
        m_graph->setRecordHistory(false);
        ConversionLog log({SyntheticHistory::outcome()});
        const QDateTime received = QDateTime::currentDateTimeUtc();
        qsizetype from = 0;
        while (from < m_history.size()) {
            const qsizetype end = m_history.indexOf('\n', from);
            const SegmentReader::Result result =
                SegmentReader::readJson(QByteArrayView(m_history).sliced(from, end - from), received);
            for (const SegmentCall &call : result.calls)
                log.record(call, m_graph->apply(call));
            from = end + 1;
        }
        m_conversions = log.conversions(*m_graph);
    }
    m_engine = std::make_unique<ScoringEngine>(*m_rules, *m_graph);
    QCOMPARE(m_graph->contacts().size(), size_t(kContacts));
}

void BenchCalibration::calibrate()
{
    QVERIFY(m_engine);
    Calibration result;
    QBENCHMARK
    {
        result = ::calibrate(*m_engine, m_conversions);
    }
    QCOMPARE(result.contacts, kContacts);
    qInfo("%d converted", result.converted);
}

void BenchCalibration::backtest()
{
    QVERIFY(m_engine);
    Backtest result;
    QBENCHMARK
    {
        result = ::backtest(*m_engine, m_conversions);
    }
    QCOMPARE(result.contacts, kContacts);
    qInfo("%d alerts, precision %.3f, recall %.3f", result.alerts, *result.precision, *result.recall);
}

void BenchCalibration::runCommand(const QStringList &arguments)
{
    QProcess process;
    process.setStandardOutputFile(QProcess::nullDevice());
    process.start(QStringLiteral(FIRSTCALL_SCORE_BIN), arguments);
    QVERIFY(process.waitForStarted());
    QVERIFY(process.waitForFinished(300'000));
    QCOMPARE(process.exitCode(), 0);
}

void BenchCalibration::calibrateCommand()
{
    const QString out = m_dir.filePath(QStringLiteral("calibrated.json"));
    QBENCHMARK_ONCE
    {
        runCommand({QStringLiteral("calibrate"), QStringLiteral("--write-rules"), out, m_file});
    }
}

void BenchCalibration::backtestCommand()
{
    const QString calibrated = m_dir.filePath(QStringLiteral("calibrated.json"));
    QVERIFY(QFile::exists(calibrated));
    QBENCHMARK_ONCE
    {
        runCommand({QStringLiteral("backtest"), QStringLiteral("--rules"), QStringLiteral("hot"),
                    QStringLiteral("--rules"), calibrated, m_file});
    }
}

QTEST_GUILESS_MAIN(BenchCalibration)
#include "bench_calibration.moc"
