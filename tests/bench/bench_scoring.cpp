#include "leads/leadgraph.h"
#include "rules/rules.h"
#include "scoring/scoringengine.h"

#include <QRandomGenerator>
#include <QTest>

#include <memory>

// Scoring throughput: a full rescore of 1M signals over 100k contacts (what the feed and the
// console do as time passes) and incremental updates (what they do per arriving signal).
class BenchScoring final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void fullRescore();
    void incrementalSignal();
    void ingestCall();

private:
    static constexpr int kContacts = 100'000;
    static constexpr int kSignalsPerContact = 10;
    static constexpr int kContactsPerAccount = 10;
    const qint64 m_now = QDateTime(QDate(2026, 3, 2), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch();
    std::unique_ptr<Rules> m_rules;
    std::unique_ptr<LeadGraph> m_graph;
    std::unique_ptr<ScoringEngine> m_engine;
    std::unique_ptr<ScoreBoard> m_board;
};

void BenchScoring::initTestCase()
{
    QString error;
    m_rules = std::make_unique<Rules>(*Rules::load(QStringLiteral("hot"), &error));
    m_graph = std::make_unique<LeadGraph>(*m_rules);
    m_graph->setRecordHistory(false);
    m_engine = std::make_unique<ScoringEngine>(*m_rules, *m_graph);

    QRandomGenerator random(42);
    const int contactTypes = int(m_rules->signalTypes.size());
    const qint64 span = 35LL * 24 * 3600 * 1000; // some signals fall outside the 30-day window
    for (int c = 0; c < kContacts; ++c) {
        const int contact = m_graph->ensureContact(QStringLiteral("user-%1").arg(c));
        const int account = m_graph->ensureAccount(QStringLiteral("account-%1").arg(c / kContactsPerAccount));
        m_graph->setContactAccount(contact, account);
        for (int s = 0; s < kSignalsPerContact; ++s) {
            int type = random.bounded(contactTypes);
            const qint64 at = m_now - qint64(random.generateDouble() * double(span));
            if (m_rules->signalTypes.at(type).scope == SignalScope::Account)
                m_graph->addAccountSignal(account, type, at);
            else
                m_graph->addSignal(contact, type, at);
        }
    }
    m_board = std::make_unique<ScoreBoard>(*m_engine);
    qInfo("%d contacts, %zu accounts, %d signals", kContacts, m_graph->accounts().size(),
          kContacts * kSignalsPerContact);
}

void BenchScoring::fullRescore()
{
    qint64 at = m_now;
    QBENCHMARK
    {
        m_board->rescoreAll(at);
        at += 60'000; // a minute later each time, as the decay tick would
    }
    int alerts = 0;
    for (const ContactScore &s : m_board->contacts())
        alerts += s.alert ? 1 : 0;
    QVERIFY(alerts > 0);
}

void BenchScoring::incrementalSignal()
{
    // One new signal: rescore its contact and its account, nothing else.
    m_board->rescoreAll(m_now);
    const int pricing = m_rules->typeIndex(QStringLiteral("pricing_page_visit"));
    int next = 0;
    QBENCHMARK
    {
        const int contact = (next++ * 7919) % kContacts;
        m_graph->addSignal(contact, pricing, m_now);
        LeadGraph::Change change;
        change.contacts.append(contact);
        change.accounts.append(m_graph->contact(contact).account);
        m_board->update(change, m_now);
    }
}

void BenchScoring::ingestCall()
{
    // A whole Segment call: dedup, identity, mapping, then the incremental rescore.
    m_board->rescoreAll(m_now);
    SegmentCall call;
    call.type = SegmentCall::Type::Page;
    call.properties.insert(QStringLiteral("path"), QStringLiteral("/pricing/enterprise"));
    call.timestamp = QDateTime::fromMSecsSinceEpoch(m_now, Qt::UTC);
    int next = 0;
    QBENCHMARK
    {
        ++next;
        call.messageId = QStringLiteral("bench-%1").arg(next);
        call.userId = QStringLiteral("user-%1").arg((next * 7919) % kContacts);
        m_board->update(m_graph->apply(call), m_now);
    }
}

QTEST_GUILESS_MAIN(BenchScoring)
#include "bench_scoring.moc"
