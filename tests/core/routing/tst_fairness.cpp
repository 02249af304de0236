// The managers' fairness ledger from audit rows, as a table of rows in, figures out.
#include "routing/fairness.h"

#include <QTest>

namespace {

FeedStore::AuditRow row(const char *action, const char *detail)
{
    return {0, 0, QString::fromLatin1(action), QStringLiteral("contact:x"), QByteArray(detail), 1, {}};
}

} // namespace

class TestFairness final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ledger();
    void median_data();
    void median();
};

void TestFairness::ledger()
{
    const QList<FeedStore::AuditRow> rows{
        row("offered",
            R"({"to":"ana","reason":"rotation","skipped":[{"rep":"bo","reason":"away"},{"rep":"cy","reason":"at_cap"}]})"),
        row("rerouted",
            R"({"from":"ana","reason":"offline","to":"cy","skipped":[{"rep":"bo","reason":"away"}]})"),
        row("claimed", R"({"rep":"cy","afterMs":120000})"),
        row("called", R"({"rep":"cy","afterMs":300000})"),
        row("offered", R"({"to":["ana","cy"],"skipped":[{"rep":"bo","reason":"off_hours"}]})"),
        row("claimed", R"({"rep":"ana","afterMs":60000,"byCall":true})"),
        row("called", R"({"rep":"ana","afterMs":60000})"),
        row("escalated", R"({"reason":"claim_window","from":"ana","to":"manager queue"})"),
        row("escalated", R"({"reason":"claim_window","from":"ana","to":"cy"})"),
        row("reassign", R"({"from":"ana","to":"bo"})"),
    };
    const QMap<QString, Fairness::RepLedger> ledger = Fairness::ledger(rows);
    QCOMPARE(ledger.keys(), (QStringList{u"ana"_qs, u"bo"_qs, u"cy"_qs}));
    const Fairness::RepLedger ana = ledger.value(u"ana"_qs);
    QCOMPARE(ana.offered, 2);
    QCOMPARE(ana.claimed, 1);
    QCOMPARE(ana.escalatedTo, 0);
    QCOMPARE(ana.skippedTotal(), 0);
    QCOMPARE(Fairness::RepLedger::median(ana.toClaimMs), 60'000);
    const Fairness::RepLedger bo = ledger.value(u"bo"_qs);
    QCOMPARE(bo.offered, 0);
    QCOMPARE(bo.skipped.value(u"away"_qs), 2);
    QCOMPARE(bo.skipped.value(u"off_hours"_qs), 1);
    QCOMPARE(bo.skippedTotal(), 3);
    const Fairness::RepLedger cy = ledger.value(u"cy"_qs);
    QCOMPARE(cy.offered, 1);
    QCOMPARE(cy.escalatedTo, 2); // a reroute and an escalation; the manager queue is nobody's
    QCOMPARE(cy.skipped.value(u"at_cap"_qs), 1);
    QCOMPARE(cy.claimed, 1);
    QCOMPARE(Fairness::RepLedger::median(cy.toFirstCallMs), 300'000);
}

void TestFairness::median_data()
{
    QTest::addColumn<QList<qint64>>("values");
    QTest::addColumn<qint64>("median");
    QTest::addRow("none") << QList<qint64>{} << qint64(0);
    QTest::addRow("one") << QList<qint64>{5} << qint64(5);
    QTest::addRow("odd, unsorted") << QList<qint64>{9, 1, 5} << qint64(5);
    QTest::addRow("even: the middle two's mean") << QList<qint64>{4, 1, 10, 6} << qint64(5);
}

void TestFairness::median()
{
    QFETCH(QList<qint64>, values);
    QFETCH(qint64, median);
    QCOMPARE(Fairness::RepLedger::median(values), median);
}

QTEST_GUILESS_MAIN(TestFairness)
#include "tst_fairness.moc"
