#include "metrics/speedtolead.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

#include <cmath>

namespace {

const qint64 kMinute = 60'000;

qint64 at(const char *iso)
{
    const QDateTime t = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs);
    if (!t.isValid())
        qFatal("bad instant %s", iso);
    return t.toMSecsSinceEpoch();
}

struct CallSpec
{
    const char *rep;
    double minutes; // after the alert; negative: before it
    const char *disposition;
    bool qualified = false;
};

AlertRecord alert(qint64 id, const char *alertAt, const char *source, const char *claimer,
                  double claimMinutes, bool breach, std::initializer_list<CallSpec> calls)
{
    AlertRecord a;
    a.id = id;
    a.leadId = QStringLiteral("contact:u%1").arg(id);
    a.alertAtMs = at(alertAt);
    a.tier = 2;
    a.source = QString::fromLatin1(source);
    a.claimedBy = QString::fromLatin1(claimer);
    a.claimedAtMs = a.claimedBy.isEmpty() ? 0 : a.alertAtMs + std::llround(claimMinutes * kMinute);
    a.breach = breach;
    for (const CallSpec &spec : calls)
        a.calls.append(CallRecord{QString::fromLatin1(spec.rep),
                                  a.alertAtMs + std::llround(spec.minutes * kMinute),
                                  QString::fromLatin1(spec.disposition), spec.qualified});
    return a;
}

// Twenty alerts over three days (2026-03-02 to 03-04 UTC) for ann, bob and cat, plus one just
// before and one exactly at the end of the period. Minutes to the first attempt, by alert:
//   day 1:  1: 2   2: 4   3: 5:00   4: 5:01   5: 12   6: never   7: 30:00
//   day 2:  8: 1   9: 30:01   10: 3   11: 8   12: 6 (logged late)   13: 50   14: never (claimed)
//   day 3: 15: 2.5   16: 15   17: 25   18: 3 (ann calls, bob claims)   20: 0 (clock skew)   19: never
const qint64 kFrom = at("2026-03-02T00:00:00Z");
const qint64 kTo = at("2026-03-05T00:00:00Z");
const double k501 = 5 + 1 / 60.0;   // 5:01
const double k3001 = 30 + 1 / 60.0; // 30:01

QList<AlertRecord> history()
{
    return {
        alert(100, "2026-03-01T23:59:59.999Z", "Paid search", "ann", 1, false,
              {{"ann", 1, "meeting_booked", true}}),

        alert(1, "2026-03-02T00:00:00Z", "Paid search", "ann", 1, false,
              {{"ann", 2, "meeting_booked", true}}),
        alert(2, "2026-03-02T09:00:00Z", "Paid search", "ann", 1, false, {{"ann", 4, "connected", true}}),
        alert(3, "2026-03-02T10:00:00Z", "Webinar", "bob", 3, false,
              {{"bob", 5, "no_answer"}, {"bob", 40, "connected"}}),
        alert(4, "2026-03-02T11:00:00Z", "Referral", "bob", 2, false, {{"bob", k501, "left_voicemail"}}),
        alert(5, "2026-03-02T12:00:00Z", "Paid search", "cat", 10, false, {{"cat", 12, "not_interested"}}),
        alert(6, "2026-03-02T13:00:00Z", "Webinar", "", 0, true, {}),
        alert(7, "2026-03-02T14:00:00Z", "", "cat", 20, false, {{"cat", 30, "meeting_booked", true}}),

        alert(8, "2026-03-03T08:00:00Z", "Paid search", "ann", 0.5, false, {{"ann", 1, "connected", true}}),
        alert(9, "2026-03-03T09:30:00Z", "Referral", "bob", 5, false,
              {{"bob", k3001, "meeting_booked", true}}),
        alert(10, "2026-03-03T10:00:00Z", "Webinar", "ann", 2, false, {{"ann", 3, "wrong_number"}}),
        alert(11, "2026-03-03T11:00:00Z", "Paid search", "cat", 1, false,
              {{"cat", 8, "no_answer"}, {"cat", 20, "connected"}}),
        // The call at 6 minutes was logged offline and arrived after the one at 90.
        alert(12, "2026-03-03T12:00:00Z", "Referral", "ann", 4, false,
              {{"ann", 90, "no_answer"}, {"ann", 6, "connected", true}}),
        alert(13, "2026-03-03T15:00:00Z", "Webinar", "bob", 45, true, {{"bob", 50, "no_answer"}}),
        alert(14, "2026-03-03T16:00:00Z", "Paid search", "cat", 3, false, {}),

        alert(15, "2026-03-04T09:00:00Z", "Paid search", "ann", 1, false,
              {{"ann", 2.5, "meeting_booked", true}}),
        alert(16, "2026-03-04T10:00:00Z", "Referral", "bob", 1, false, {{"bob", 15, "connected"}}),
        alert(17, "2026-03-04T11:00:00Z", "Webinar", "cat", 2, false,
              {{"cat", 25, "left_voicemail"}, {"cat", 70, "meeting_booked", true}}),
        alert(18, "2026-03-04T12:00:00Z", "Paid search", "bob", 6, false,
              {{"ann", 3, "no_answer"}, {"bob", 10, "connected"}}),
        alert(20, "2026-03-04T13:00:00Z", "Referral", "cat", 1, false, {{"cat", -0.5, "connected"}}),
        alert(19, "2026-03-04T23:59:00Z", "Webinar", "", 0, true, {}),

        alert(101, "2026-03-05T00:00:00Z", "Paid search", "bob", 1, false, {{"bob", 1, "connected"}}),
    };
}

// -1: no value.
double value(const std::optional<double> &v)
{
    return v.value_or(-1);
}

QList<int> bucketsOf(const SpeedToLead &m)
{
    return QList<int>(std::begin(m.buckets), std::end(m.buckets));
}

// "metric,scope,bucket" -> value, from toCsv().
QHash<QString, QString> csvRows(const QString &csv)
{
    QHash<QString, QString> rows;
    const QStringList lines = csv.split(u'\n', Qt::SkipEmptyParts);
    for (const QString &line : lines.mid(1))
        rows.insert(line.section(u',', 0, 2), line.section(u',', 3));
    return rows;
}

} // namespace

class TestSpeedToLead final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void percentiles_data();
    void percentiles();
    void bucketOf_data();
    void bucketOf();
    void bucketNames();

    void historyTotals();
    void historyPercentiles_data();
    void historyPercentiles();
    void historyDays_data();
    void historyDays();
    void historyOpportunities_data();
    void historyOpportunities();
    void neverCalledLeads();
    void lateLoggedCallCountsWhenItHappened();
    void repFilter_data();
    void repFilter();
    void periodBounds_data();
    void periodBounds();
    void callsBeforeTheAlertBelongToAnEarlierOne();
    void emptyPeriod();

    void parseMetricsRange_data();
    void parseMetricsRange();

    void toJsonShape();
    void fromJsonGivesTheSameFigures();
    void toCsvShape();
    void toCsvQuotesFields();
    void notYetOrNever_data();
    void notYetOrNever();
    void notYetIsCountedApart();
    void wideCsv();
    void wideCsvRefusesMalformedInput();
};

void TestSpeedToLead::percentiles_data()
{
    QTest::addColumn<QList<double>>("sample");
    QTest::addColumn<int>("count");
    QTest::addColumn<double>("p50");
    QTest::addColumn<double>("p95");

    // Nearest rank: the value at rank ceil(p * n) of the sorted sample.
    QTest::addRow("n=0: no values") << QList<double>{} << 0 << -1.0 << -1.0;
    QTest::addRow("n=1: both are the value") << QList<double>{7.5} << 1 << 7.5 << 7.5;
    // ranks: p50 ceil(1) = 1, p95 ceil(1.9) = 2
    QTest::addRow("n=2") << QList<double>{9, 3} << 2 << 3.0 << 9.0;
    // ranks: p50 ceil(1.5) = 2, p95 ceil(2.85) = 3
    QTest::addRow("n=3") << QList<double>{4, 1, 2} << 3 << 2.0 << 4.0;
    QTest::addRow("n=4 with ties") << QList<double>{5, 1, 5, 5} << 4 << 5.0 << 5.0;
    // sorted 0.5 1 2 3 3 7 9 12 30 45; ranks: p50 5, p95 ceil(9.5) = 10
    QTest::addRow("n=10") << QList<double>{0.5, 12, 3, 3, 45, 7, 1, 30, 2, 9} << 10 << 3.0 << 45.0;

    // 1.5, 3, ..., 30 scrambled; ranks: p50 10, p95 19 (0.95 x 20 is exactly 19)
    QList<double> twenty;
    for (int i = 0; i < 20; ++i)
        twenty.append(1.5 * ((i * 7) % 20 + 1));
    QTest::addRow("n=20") << twenty << 20 << 15.0 << 28.5;

    // 2, 4, ..., 42 scrambled; ranks: p50 ceil(10.5) = 11, p95 ceil(19.95) = 20
    QList<double> twentyOne;
    for (int i = 0; i < 21; ++i)
        twentyOne.append(2.0 * ((i * 5) % 21 + 1));
    QTest::addRow("n=21") << twentyOne << 21 << 22.0 << 40.0;
}

void TestSpeedToLead::percentiles()
{
    QFETCH(QList<double>, sample);
    QFETCH(int, count);
    QFETCH(double, p50);
    QFETCH(double, p95);

    const SpeedToLead::Percentiles p = SpeedToLead::percentiles(sample);
    QCOMPARE(p.count, count);
    QCOMPARE(p.p50Minutes.has_value(), p50 >= 0);
    QCOMPARE(p.p95Minutes.has_value(), p95 >= 0);
    QCOMPARE(value(p.p50Minutes), p50);
    QCOMPARE(value(p.p95Minutes), p95);
}

void TestSpeedToLead::bucketOf_data()
{
    QTest::addColumn<QList<qint64>>("callsAfterMs"); // first attempts, relative to the alert
    QTest::addColumn<int>("bucket");

    const qint64 s = 1000;
    QTest::addRow("never called") << QList<qint64>{} << int(SpeedToLead::Never);
    QTest::addRow("at once") << QList<qint64>{0} << int(SpeedToLead::Within5);
    QTest::addRow("exactly 5:00") << QList<qint64>{300 * s} << int(SpeedToLead::Within5);
    QTest::addRow("5:00.001") << QList<qint64>{300 * s + 1} << int(SpeedToLead::Within30);
    QTest::addRow("5:01") << QList<qint64>{301 * s} << int(SpeedToLead::Within30);
    QTest::addRow("exactly 30:00") << QList<qint64>{1800 * s} << int(SpeedToLead::Within30);
    QTest::addRow("30:01") << QList<qint64>{1801 * s} << int(SpeedToLead::Beyond30);
    QTest::addRow("two hours") << QList<qint64>{7200 * s} << int(SpeedToLead::Beyond30);
    QTest::addRow("the earliest call decides, not the first listed")
        << QList<qint64>{40 * kMinute, 4 * kMinute} << int(SpeedToLead::Within5);
    QTest::addRow("59 s before the alert: clock skew, counts as 0")
        << QList<qint64>{-59 * s} << int(SpeedToLead::Within5);
    QTest::addRow("2 min before the alert: an earlier alert's call")
        << QList<qint64>{-2 * kMinute} << int(SpeedToLead::Never);
    QTest::addRow("an earlier alert's call, then one at 10 min")
        << QList<qint64>{-2 * kMinute, 10 * kMinute} << int(SpeedToLead::Within30);
}

void TestSpeedToLead::bucketOf()
{
    QFETCH(QList<qint64>, callsAfterMs);
    QFETCH(int, bucket);

    AlertRecord a;
    a.alertAtMs = at("2026-03-02T09:00:00Z");
    for (qint64 after : std::as_const(callsAfterMs))
        a.calls.append(
            CallRecord{QStringLiteral("ann"), a.alertAtMs + after, QStringLiteral("no_answer"), false});
    QCOMPARE(SpeedToLead::bucketName(SpeedToLead::bucketOf(a)), SpeedToLead::bucketName(bucket));
    QCOMPARE(SpeedToLead::bucketOf(a), bucket);
}

void TestSpeedToLead::bucketNames()
{
    QCOMPARE(SpeedToLead::bucketName(SpeedToLead::Within5), QStringLiteral("within_5m"));
    QCOMPARE(SpeedToLead::bucketName(SpeedToLead::Within30), QStringLiteral("5_30m"));
    QCOMPARE(SpeedToLead::bucketName(SpeedToLead::Beyond30), QStringLiteral("beyond_30m"));
    QCOMPARE(SpeedToLead::bucketName(SpeedToLead::Never), QStringLiteral("never"));
}

void TestSpeedToLead::historyTotals()
{
    const SpeedToLead m = SpeedToLead::compute(history(), kFrom, kTo);
    QCOMPARE(m.fromMs, kFrom);
    QCOMPARE(m.toMs, kTo);
    QVERIFY(m.rep.isEmpty());
    QCOMPARE(m.alerts, 20);
    QCOMPARE(m.allLeads, 0); // not known to the pure computation

    // within_5m: 1 2 3 8 10 15 18 20; 5_30m: 4 5 7 11 12 16 17; beyond: 9 13; never: 6 14 19
    QCOMPARE(bucketsOf(m), (QList<int>{8, 7, 2, 3}));
    // Connects: within 7 of 8 (not 10), 5_30m 6 of 7 (not 4), beyond 1 of 2 (9).
    QCOMPARE(m.connectRate[SpeedToLead::Within5], 7.0 / 8);
    QCOMPARE(m.connectRate[SpeedToLead::Within30], 6.0 / 7);
    QCOMPARE(m.connectRate[SpeedToLead::Beyond30], 1.0 / 2);
    QCOMPARE(m.connectRate[SpeedToLead::Never], 0.0);
    // Qualified: within 1 2 8 15; 5_30m 7 12 17; beyond 9.
    QCOMPARE(m.conversionRate[SpeedToLead::Within5], 4.0 / 8);
    QCOMPARE(m.conversionRate[SpeedToLead::Within30], 3.0 / 7);
    QCOMPARE(m.conversionRate[SpeedToLead::Beyond30], 1.0 / 2);
    QCOMPARE(m.conversionRate[SpeedToLead::Never], 0.0);

    QCOMPARE(m.attemptByRep.keys(),
             (QStringList{QStringLiteral("ann"), QStringLiteral("bob"), QStringLiteral("cat")}));
    QCOMPARE(m.connectByRep.keys(), m.attemptByRep.keys());
    QCOMPARE(m.days.keys(), (QStringList{QStringLiteral("2026-03-02"), QStringLiteral("2026-03-03"),
                                         QStringLiteral("2026-03-04")}));
}

void TestSpeedToLead::historyPercentiles_data()
{
    QTest::addColumn<QString>("rep"); // empty: the team
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("count");
    QTest::addColumn<double>("p50");
    QTest::addColumn<double>("p95");

    // Team attempts, sorted: 0 1 2 2.5 3 3 4 5 5:01 6 8 12 15 25 30 30:01 50 (n 17: ranks 9, 17)
    QTest::addRow("team attempt") << QString() << QStringLiteral("attempt") << 17 << k501 << 50.0;
    // Team connects: 0 1 2 2.5 4 6 10 12 15 20 30 30:01 40 70 (n 14: ranks 7, 14)
    QTest::addRow("team connect") << QString() << QStringLiteral("connect") << 14 << 10.0 << 70.0;
    // Claim to first attempt: 0 0 0.5 1 1 1.5 2 2 2 3 3:01 5 7 10 14 23 25:01 (18 and 20 clamp to 0)
    QTest::addRow("team claim to call")
        << QString() << QStringLiteral("claimToCall") << 17 << 2.0 << 25 + 1 / 60.0;
    // ann first-called 1 2 8 10 12 15 18: 1 2 2.5 3 3 4 6 (ranks 4, 7)
    QTest::addRow("ann attempt") << QStringLiteral("ann") << QStringLiteral("attempt") << 7 << 3.0 << 6.0;
    // ann's first-called alerts connected: 1 2 2.5 4 6 10 (18's connect by bob counts for ann)
    QTest::addRow("ann connect") << QStringLiteral("ann") << QStringLiteral("connect") << 6 << 2.5 << 10.0;
    // bob: 5 5:01 15 30:01 50
    QTest::addRow("bob attempt") << QStringLiteral("bob") << QStringLiteral("attempt") << 5 << 15.0 << 50.0;
    // bob connects: 15 30:01 40 (ranks 2, 3)
    QTest::addRow("bob connect") << QStringLiteral("bob") << QStringLiteral("connect") << 3 << k3001 << 40.0;
    // cat: 0 8 12 25 30 (14 was claimed, never called)
    QTest::addRow("cat attempt") << QStringLiteral("cat") << QStringLiteral("attempt") << 5 << 12.0 << 30.0;
    // cat connects: 0 12 20 30 70
    QTest::addRow("cat connect") << QStringLiteral("cat") << QStringLiteral("connect") << 5 << 20.0 << 70.0;
}

void TestSpeedToLead::historyPercentiles()
{
    QFETCH(QString, rep);
    QFETCH(QString, kind);
    QFETCH(int, count);
    QFETCH(double, p50);
    QFETCH(double, p95);

    const SpeedToLead m = SpeedToLead::compute(history(), kFrom, kTo);
    SpeedToLead::Percentiles p;
    if (rep.isEmpty()) {
        p = kind == u"attempt" ? m.attempt : kind == u"connect" ? m.connect : m.claimToCall;
    } else {
        const QMap<QString, SpeedToLead::Percentiles> &byRep =
            kind == u"attempt" ? m.attemptByRep : m.connectByRep;
        QVERIFY(byRep.contains(rep));
        p = *byRep.constFind(rep);
    }
    QCOMPARE(p.count, count);
    QCOMPARE(value(p.p50Minutes), p50);
    QCOMPARE(value(p.p95Minutes), p95);
}

void TestSpeedToLead::historyDays_data()
{
    QTest::addColumn<QString>("day");
    QTest::addColumn<int>("hotLeads");
    QTest::addColumn<int>("unclaimed");
    QTest::addColumn<int>("breaches");
    QTest::addColumn<int>("attempts");
    QTest::addColumn<double>("p50");
    QTest::addColumn<double>("p95");

    // 1-7 (1 at midnight); 6 neither claimed nor called. Attempts 2 4 5 5:01 12 30.
    QTest::addRow("2026-03-02") << QStringLiteral("2026-03-02") << 7 << 1 << 1 << 6 << 5.0 << 30.0;
    // 8-14; 14 claimed but not called. Attempts 1 3 6 8 30:01 50.
    QTest::addRow("2026-03-03") << QStringLiteral("2026-03-03") << 7 << 0 << 1 << 6 << 6.0 << 50.0;
    // 15-20 (19 at 23:59). Attempts 0 2.5 3 15 25.
    QTest::addRow("2026-03-04") << QStringLiteral("2026-03-04") << 6 << 1 << 1 << 5 << 3.0 << 25.0;
}

void TestSpeedToLead::historyDays()
{
    QFETCH(QString, day);
    QFETCH(int, hotLeads);
    QFETCH(int, unclaimed);
    QFETCH(int, breaches);
    QFETCH(int, attempts);
    QFETCH(double, p50);
    QFETCH(double, p95);

    const SpeedToLead m = SpeedToLead::compute(history(), kFrom, kTo);
    QVERIFY(m.days.contains(day));
    const SpeedToLead::Day d = m.days.value(day);
    QCOMPARE(d.hotLeads, hotLeads);
    QCOMPARE(d.unclaimed, unclaimed);
    QCOMPARE(d.breaches, breaches);
    QCOMPARE(d.attempt.count, attempts);
    QCOMPARE(value(d.attempt.p50Minutes), p50);
    QCOMPARE(value(d.attempt.p95Minutes), p95);
}

void TestSpeedToLead::historyOpportunities_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QList<int>>("perBucket"); // within_5m, 5_30m, beyond_30m, never

    // Meetings booked: 1 and 15 (Paid search, within), 7 (no source, 30:00), 9 (Referral, 30:01),
    // 17 (Webinar, first attempt at 25).
    QTest::addRow("Paid search") << QStringLiteral("Paid search") << QList<int>{2, 0, 0, 0};
    QTest::addRow("Referral") << QStringLiteral("Referral") << QList<int>{0, 0, 1, 0};
    QTest::addRow("Webinar") << QStringLiteral("Webinar") << QList<int>{0, 1, 0, 0};
    QTest::addRow("no source") << QStringLiteral("unknown") << QList<int>{0, 1, 0, 0};
}

void TestSpeedToLead::historyOpportunities()
{
    QFETCH(QString, source);
    QFETCH(QList<int>, perBucket);

    const SpeedToLead m = SpeedToLead::compute(history(), kFrom, kTo);
    QCOMPARE(m.opportunitiesBySource.size(), 4);
    QCOMPARE(m.opportunitiesBySource.value(source), perBucket);
}

void TestSpeedToLead::neverCalledLeads()
{
    // 6 and 19 raised, never claimed nor called; 14 claimed by cat and never called.
    const QList<AlertRecord> all = history();
    QList<AlertRecord> never;
    for (const AlertRecord &a : all) {
        if (a.id == 6 || a.id == 14 || a.id == 19)
            never.append(a);
    }
    const SpeedToLead m = SpeedToLead::compute(never, kFrom, kTo);
    QCOMPARE(m.alerts, 3);
    QCOMPARE(bucketsOf(m), (QList<int>{0, 0, 0, 3}));
    QCOMPARE(m.attempt.count, 0);
    QVERIFY(!m.attempt.p50Minutes);
    QVERIFY(!m.connect.p95Minutes);
    QCOMPARE(m.claimToCall.count, 0);
    QVERIFY(m.attemptByRep.isEmpty());
    QCOMPARE(m.connectRate[SpeedToLead::Never], 0.0);
    QCOMPARE(m.days.value(QStringLiteral("2026-03-02")).unclaimed, 1);
    QCOMPARE(m.days.value(QStringLiteral("2026-03-03")).unclaimed, 0);
    QCOMPARE(m.days.value(QStringLiteral("2026-03-03")).hotLeads, 1);
    QCOMPARE(m.days.value(QStringLiteral("2026-03-04")).attempt.count, 0);
    // Still attributed to cat, who claimed it: cat's own figures include it.
    QCOMPARE(SpeedToLead::compute(never, kFrom, kTo, QStringLiteral("cat")).alerts, 1);
}

void TestSpeedToLead::lateLoggedCallCountsWhenItHappened()
{
    // Alert 12: ann's call at 6 minutes was made offline and logged after her call at 90.
    AlertRecord late;
    for (const AlertRecord &a : history()) {
        if (a.id == 12)
            late = a;
    }
    QCOMPARE(late.calls.size(), 2);
    QVERIFY(late.calls.first().startedAtMs > late.calls.last().startedAtMs);
    QCOMPARE(SpeedToLead::bucketOf(late), int(SpeedToLead::Within30));

    const SpeedToLead m = SpeedToLead::compute({late}, kFrom, kTo);
    QCOMPARE(value(m.attempt.p50Minutes), 6.0);
    QCOMPARE(value(m.connect.p50Minutes), 6.0);
    QCOMPARE(value(m.claimToCall.p50Minutes), 2.0);
    QCOMPARE(m.connectRate[SpeedToLead::Within30], 1.0);
    QCOMPARE(m.conversionRate[SpeedToLead::Within30], 1.0);

    // Listed in the order they happened, the figures are the same.
    std::reverse(late.calls.begin(), late.calls.end());
    const SpeedToLead ordered = SpeedToLead::compute({late}, kFrom, kTo);
    QCOMPARE(value(ordered.attempt.p50Minutes), 6.0);
    QCOMPARE(bucketsOf(ordered), bucketsOf(m));
}

void TestSpeedToLead::repFilter_data()
{
    QTest::addColumn<QString>("rep");
    QTest::addColumn<int>("alerts");
    QTest::addColumn<QList<int>>("buckets");
    QTest::addColumn<int>("attempts");
    QTest::addColumn<double>("p50");
    QTest::addColumn<double>("p95");
    QTest::addColumn<QStringList>("byRep");

    // Alerts the rep claimed or first called. ann: 1 2 8 10 12 15 and 18 (she called first);
    // attempts 1 2 2.5 3 3 4 6.
    QTest::addRow("ann") << QStringLiteral("ann") << 7 << QList<int>{6, 1, 0, 0} << 7 << 3.0 << 6.0
                         << QStringList{QStringLiteral("ann")};
    // bob: 3 4 9 13 16 and 18 (he claimed it); attempts 3 5 5:01 15 30:01 50.
    QTest::addRow("bob") << QStringLiteral("bob") << 6 << QList<int>{2, 2, 2, 0} << 6 << k501 << 50.0
                         << QStringList{QStringLiteral("ann"), QStringLiteral("bob")};
    // cat: 5 7 11 14 17 20; attempts 0 8 12 25 30.
    QTest::addRow("cat") << QStringLiteral("cat") << 6 << QList<int>{1, 4, 0, 1} << 5 << 12.0 << 30.0
                         << QStringList{QStringLiteral("cat")};
    QTest::addRow("nobody's") << QStringLiteral("dan") << 0 << QList<int>{0, 0, 0, 0} << 0 << -1.0 << -1.0
                              << QStringList{};
}

void TestSpeedToLead::repFilter()
{
    QFETCH(QString, rep);
    QFETCH(int, alerts);
    QFETCH(QList<int>, buckets);
    QFETCH(int, attempts);
    QFETCH(double, p50);
    QFETCH(double, p95);
    QFETCH(QStringList, byRep);

    const SpeedToLead m = SpeedToLead::compute(history(), kFrom, kTo, rep);
    QCOMPARE(m.rep, rep);
    QCOMPARE(m.alerts, alerts);
    QCOMPARE(bucketsOf(m), buckets);
    QCOMPARE(m.attempt.count, attempts);
    QCOMPARE(value(m.attempt.p50Minutes), p50);
    QCOMPARE(value(m.attempt.p95Minutes), p95);
    QCOMPARE(m.attemptByRep.keys(), byRep);
    int perDay = 0;
    for (const SpeedToLead::Day &d : m.days)
        perDay += d.hotLeads;
    QCOMPARE(perDay, alerts);
}

void TestSpeedToLead::periodBounds_data()
{
    QTest::addColumn<QString>("alertAt");
    QTest::addColumn<bool>("counted");

    // The period is [from, to): 2026-03-02T00:00Z to 2026-03-05T00:00Z.
    QTest::addRow("1 ms before from") << QStringLiteral("2026-03-01T23:59:59.999Z") << false;
    QTest::addRow("exactly at from") << QStringLiteral("2026-03-02T00:00:00.000Z") << true;
    QTest::addRow("inside") << QStringLiteral("2026-03-03T12:00:00.000Z") << true;
    QTest::addRow("1 ms before to") << QStringLiteral("2026-03-04T23:59:59.999Z") << true;
    QTest::addRow("exactly at to") << QStringLiteral("2026-03-05T00:00:00.000Z") << false;
}

void TestSpeedToLead::periodBounds()
{
    QFETCH(QString, alertAt);
    QFETCH(bool, counted);

    const AlertRecord a =
        alert(1, qPrintable(alertAt), "Paid search", "ann", 1, false, {{"ann", 2, "connected"}});
    const SpeedToLead m = SpeedToLead::compute({a}, kFrom, kTo);
    QCOMPARE(m.alerts, counted ? 1 : 0);
    QCOMPARE(m.attempt.count, counted ? 1 : 0);
    QCOMPARE(m.days.size(), counted ? 1 : 0);
    QCOMPARE(m.opportunitiesBySource.isEmpty(), !counted);

    // The whole history: the alerts just before from and exactly at to are left out.
    QCOMPARE(SpeedToLead::compute(history(), kFrom, kTo).alerts, 20);
    QCOMPARE(SpeedToLead::compute(history(), kFrom - 1, kTo + 1).alerts, 22);
}

void TestSpeedToLead::callsBeforeTheAlertBelongToAnEarlierOne()
{
    // ann's meeting two hours before this alert worked the lead's previous alert (her log came in
    // late, linked to this one); bob answered this alert at 3 minutes.
    const AlertRecord a = alert(1, "2026-03-02T09:00:00Z", "Paid search", "bob", 1, false,
                                {{"ann", -120, "meeting_booked", true}, {"bob", 3, "no_answer"}});
    const SpeedToLead m = SpeedToLead::compute({a}, kFrom, kTo);
    QCOMPARE(bucketsOf(m), (QList<int>{1, 0, 0, 0}));
    QCOMPARE(m.attemptByRep.keys(), QStringList{QStringLiteral("bob")});
    QCOMPARE(value(m.attemptByRep.value(QStringLiteral("bob")).p50Minutes), 3.0);
    QCOMPARE(m.connect.count, 0);
    QCOMPARE(m.connectRate[SpeedToLead::Within5], 0.0);
    QCOMPARE(m.conversionRate[SpeedToLead::Within5], 0.0);
    QCOMPARE(m.opportunitiesBySource.value(QStringLiteral("Paid search")), (QList<int>{0, 0, 0, 0}));
    QCOMPARE(SpeedToLead::compute({a}, kFrom, kTo, QStringLiteral("ann")).alerts, 0);
    QCOMPARE(SpeedToLead::compute({a}, kFrom, kTo, QStringLiteral("bob")).alerts, 1);
}

void TestSpeedToLead::emptyPeriod()
{
    const SpeedToLead m = SpeedToLead::compute({}, kFrom, kTo);
    QCOMPARE(m.alerts, 0);
    QCOMPARE(bucketsOf(m), (QList<int>{0, 0, 0, 0}));
    QCOMPARE(m.connectRate[SpeedToLead::Within5], 0.0);
    QVERIFY(m.days.isEmpty());
    QVERIFY(m.opportunitiesBySource.isEmpty());
    const QJsonObject json = m.toJson();
    QVERIFY(json.value(QStringLiteral("hotLeadShare")).isNull());
    QVERIFY(json.value(QStringLiteral("responseToAttempt"))
                .toObject()
                .value(QStringLiteral("p50Minutes"))
                .isNull());
    const QHash<QString, QString> rows = csvRows(m.toCsv());
    QCOMPARE(rows.value(QStringLiteral("alerts,team,")), QStringLiteral("0"));
    QCOMPARE(rows.value(QStringLiteral("response_to_attempt_p50_minutes,team,"), QStringLiteral("missing")),
             QString());
}

void TestSpeedToLead::parseMetricsRange_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<qint64>("now");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qint64>("fromMs");
    QTest::addColumn<qint64>("toMs");

    const qint64 now = at("2026-03-10T12:34:56.789Z");
    const qint64 day = 24 * 60 * kMinute;
    QTest::addRow("dates: to counts whole")
        << QStringLiteral("2026-03-02") << QStringLiteral("2026-03-04") << now << true
        << at("2026-03-02T00:00:00Z") << at("2026-03-05T00:00:00Z");
    QTest::addRow("one day") << QStringLiteral("2026-03-02") << QStringLiteral("2026-03-02") << now << true
                             << at("2026-03-02T00:00:00Z") << at("2026-03-03T00:00:00Z");
    QTest::addRow("instants") << QStringLiteral("2026-03-02T09:30:00Z")
                              << QStringLiteral("2026-03-02T10:00:00.500Z") << now << true
                              << at("2026-03-02T09:30:00Z") << at("2026-03-02T10:00:00.500Z");
    QTest::addRow("instant without a zone is UTC")
        << QStringLiteral("2026-03-02T09:30:00") << QStringLiteral("2026-03-03") << now << true
        << at("2026-03-02T09:30:00Z") << at("2026-03-04T00:00:00Z");
    QTest::addRow("instant with an offset")
        << QStringLiteral("2026-03-02T11:30:00+02:00") << QStringLiteral("2026-03-02T12:00:00+02:00") << now
        << true << at("2026-03-02T09:30:00Z") << at("2026-03-02T10:00:00Z");
    QTest::addRow("empty to: now") << QStringLiteral("2026-03-01") << QString() << now << true
                                   << at("2026-03-01T00:00:00Z") << now;
    QTest::addRow("empty from: 30 days before to")
        << QString() << QStringLiteral("2026-03-31") << now << true << at("2026-03-02T00:00:00Z")
        << at("2026-04-01T00:00:00Z");
    QTest::addRow("both empty: the last 30 days")
        << QString() << QString() << now << true << now - 30 * day << now;
    QTest::addRow("from after to") << QStringLiteral("2026-03-05") << QStringLiteral("2026-03-04") << now
                                   << false << qint64(0) << qint64(0);
    QTest::addRow("from equal to an instant to")
        << QStringLiteral("2026-03-02T10:00:00Z") << QStringLiteral("2026-03-02T10:00:00Z") << now << false
        << qint64(0) << qint64(0);
    QTest::addRow("from after now, to empty")
        << QStringLiteral("2026-03-11") << QString() << now << false << qint64(0) << qint64(0);
    QTest::addRow("malformed from") << QStringLiteral("yesterday") << QStringLiteral("2026-03-04") << now
                                    << false << qint64(0) << qint64(0);
    QTest::addRow("day first") << QStringLiteral("03/02/2026") << QStringLiteral("2026-03-04") << now << false
                               << qint64(0) << qint64(0);
    QTest::addRow("no such day") << QStringLiteral("2026-03-02") << QStringLiteral("2026-02-30") << now
                                 << false << qint64(0) << qint64(0);
}

void TestSpeedToLead::parseMetricsRange()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(qint64, now);
    QFETCH(bool, valid);
    QFETCH(qint64, fromMs);
    QFETCH(qint64, toMs);

    const auto range = ::parseMetricsRange(from, to, now);
    QCOMPARE(range.has_value(), valid);
    if (!range)
        return;
    QCOMPARE(QDateTime::fromMSecsSinceEpoch(range->first, QTimeZone::utc()),
             QDateTime::fromMSecsSinceEpoch(fromMs, QTimeZone::utc()));
    QCOMPARE(QDateTime::fromMSecsSinceEpoch(range->second, QTimeZone::utc()),
             QDateTime::fromMSecsSinceEpoch(toMs, QTimeZone::utc()));
}

void TestSpeedToLead::fromJsonGivesTheSameFigures()
{
    // What the console reads back is what the feed computed: the same JSON once more.
    SpeedToLead m = SpeedToLead::compute(history(), kFrom, kTo, {}, kTo);
    m.allLeads = 40;
    m.hotActiveLeads = 18;
    const QJsonObject json = m.toJson();
    const SpeedToLead back = SpeedToLead::fromJson(json);
    QCOMPARE(back.toJson(), json);
    QCOMPARE(back.alerts, m.alerts);
    QCOMPARE(back.attempt.p50Minutes.has_value(), m.attempt.p50Minutes.has_value());
    QCOMPARE(back.attemptByRep.keys(), m.attemptByRep.keys());
    QCOMPARE(back.days.keys(), m.days.keys());
    QCOMPARE(back.hotActiveLeads, 18);
    // A figure that is not there stays unknown rather than zero.
    QVERIFY(!SpeedToLead::fromJson({}).attempt.p50Minutes);
}

void TestSpeedToLead::toJsonShape()
{
    SpeedToLead m = SpeedToLead::compute(history(), kFrom, kTo);
    m.allLeads = 40;
    m.hotActiveLeads = 18;
    const QJsonObject json = m.toJson();

    QCOMPARE(json.value(QStringLiteral("from")).toString(), QStringLiteral("2026-03-02T00:00:00Z"));
    QCOMPARE(json.value(QStringLiteral("to")).toString(), QStringLiteral("2026-03-05T00:00:00Z"));
    QVERIFY(json.value(QStringLiteral("rep")).isNull());
    QCOMPARE(json.value(QStringLiteral("alerts")).toInt(), 20);
    QCOMPARE(json.value(QStringLiteral("allLeads")).toInt(), 40);
    QCOMPARE(json.value(QStringLiteral("hotLeadShare")).toDouble(), 0.45);

    // Minutes rounded to two decimals.
    const QJsonObject attempt = json.value(QStringLiteral("responseToAttempt")).toObject();
    QCOMPARE(attempt.value(QStringLiteral("count")).toInt(), 17);
    QCOMPARE(attempt.value(QStringLiteral("p50Minutes")).toDouble(), 5.02);
    QCOMPARE(attempt.value(QStringLiteral("p95Minutes")).toDouble(), 50.0);
    QCOMPARE(json.value(QStringLiteral("responseToConnect"))
                 .toObject()
                 .value(QStringLiteral("p50Minutes"))
                 .toDouble(),
             10.0);
    QCOMPARE(
        json.value(QStringLiteral("claimToCall")).toObject().value(QStringLiteral("p95Minutes")).toDouble(),
        25.02);

    const QJsonObject byRep = json.value(QStringLiteral("byRep")).toObject();
    QCOMPARE(byRep.keys(),
             (QStringList{QStringLiteral("ann"), QStringLiteral("bob"), QStringLiteral("cat")}));
    const QJsonObject bob = byRep.value(QStringLiteral("bob")).toObject();
    QCOMPARE(bob.value(QStringLiteral("attempt")).toObject().value(QStringLiteral("p50Minutes")).toDouble(),
             15.0);
    QCOMPARE(bob.value(QStringLiteral("connect")).toObject().value(QStringLiteral("p50Minutes")).toDouble(),
             30.02);
    QCOMPARE(bob.value(QStringLiteral("connect")).toObject().value(QStringLiteral("count")).toInt(), 3);

    const QJsonArray buckets = json.value(QStringLiteral("buckets")).toArray();
    QCOMPARE(buckets.size(), 4);
    const QStringList names{QStringLiteral("within_5m"), QStringLiteral("5_30m"),
                            QStringLiteral("beyond_30m"), QStringLiteral("never")};
    const QList<int> alerts{8, 7, 2, 3};
    const QList<double> connectRates{0.875, 0.8571, 0.5, 0};
    const QList<double> conversionRates{0.5, 0.4286, 0.5, 0};
    for (int b = 0; b < 4; ++b) {
        const QJsonObject bucket = buckets.at(b).toObject();
        QCOMPARE(bucket.value(QStringLiteral("bucket")).toString(), names.at(b));
        QCOMPARE(bucket.value(QStringLiteral("alerts")).toInt(), alerts.at(b));
        QCOMPARE(bucket.value(QStringLiteral("connectRate")).toDouble(), connectRates.at(b));
        QCOMPARE(bucket.value(QStringLiteral("conversionRate")).toDouble(), conversionRates.at(b));
    }

    const QJsonObject sources = json.value(QStringLiteral("opportunitiesBySource")).toObject();
    QCOMPARE(sources.keys(), (QStringList{QStringLiteral("Paid search"), QStringLiteral("Referral"),
                                          QStringLiteral("Webinar"), QStringLiteral("unknown")}));
    const QJsonObject paid = sources.value(QStringLiteral("Paid search")).toObject();
    QCOMPARE(paid.value(QStringLiteral("within_5m")).toInt(), 2);
    QCOMPARE(paid.value(QStringLiteral("never")).toInt(), 0);
    QCOMPARE(sources.value(QStringLiteral("Referral")).toObject().value(QStringLiteral("beyond_30m")).toInt(),
             1);

    const QJsonArray days = json.value(QStringLiteral("days")).toArray();
    QCOMPARE(days.size(), 3);
    const QJsonObject first = days.at(0).toObject();
    QCOMPARE(first.value(QStringLiteral("day")).toString(), QStringLiteral("2026-03-02"));
    QCOMPARE(first.value(QStringLiteral("hotLeads")).toInt(), 7);
    QCOMPARE(first.value(QStringLiteral("unclaimed")).toInt(), 1);
    QCOMPARE(first.value(QStringLiteral("breaches")).toInt(), 1);
    QCOMPARE(first.value(QStringLiteral("attempt")).toObject().value(QStringLiteral("p95Minutes")).toDouble(),
             30.0);
    QCOMPARE(days.at(2).toObject().value(QStringLiteral("day")).toString(), QStringLiteral("2026-03-04"));

    // A rep's figures name the rep.
    QCOMPARE(SpeedToLead::compute(history(), kFrom, kTo, QStringLiteral("ann"))
                 .toJson()
                 .value(QStringLiteral("rep")),
             QJsonValue(QStringLiteral("ann")));
}

void TestSpeedToLead::toCsvShape()
{
    SpeedToLead m = SpeedToLead::compute(history(), kFrom, kTo);
    const QString csv = m.toCsv();
    QVERIFY(csv.endsWith(u'\n'));
    const QStringList lines = csv.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.first(), QStringLiteral("metric,scope,bucket,value"));
    for (const QString &line : lines)
        QCOMPARE(line.count(u','), 3);
    // alerts, not_yet; 3 x (p50, p95); 3 reps x 4; 4 buckets x 3; 4 sources x 4 buckets; 3 days x 5
    QCOMPARE(lines.size(), 1 + 2 + 6 + 12 + 12 + 16 + 15);

    const QHash<QString, QString> rows = csvRows(csv);
    const QList<std::pair<const char *, const char *>> expected{
        {"alerts,team,", "20"},
        {"not_yet,team,", "0"},
        {"response_to_attempt_p50_minutes,team,", "5.02"},
        {"response_to_attempt_p95_minutes,team,", "50"},
        {"response_to_connect_p50_minutes,team,", "10"},
        {"claim_to_call_p95_minutes,team,", "25.02"},
        {"response_to_attempt_p50_minutes,ann,", "3"},
        {"response_to_connect_p50_minutes,bob,", "30.02"},
        {"response_to_connect_p95_minutes,cat,", "70"},
        {"alerts,team,within_5m", "8"},
        {"alerts,team,never", "3"},
        {"connect_rate,team,within_5m", "0.8750"},
        {"connect_rate,team,5_30m", "0.8571"},
        {"conversion_rate,team,5_30m", "0.4286"},
        {"conversion_rate,team,never", "0.0000"},
        {"opportunities,source:Paid search,within_5m", "2"},
        {"opportunities,source:unknown,5_30m", "1"},
        {"opportunities,source:Webinar,never", "0"},
        {"hot_leads,2026-03-02,", "7"},
        {"unclaimed,2026-03-03,", "0"},
        {"breaches,2026-03-04,", "1"},
        {"response_to_attempt_p50_minutes,2026-03-03,", "6"},
    };
    for (const auto &[key, v] : expected)
        QCOMPARE(rows.value(QString::fromLatin1(key), QStringLiteral("missing")), QString::fromLatin1(v));
    QVERIFY(!rows.contains(QStringLiteral("hot_lead_share,team,")));

    m.allLeads = 40;
    m.hotActiveLeads = 18;
    QCOMPARE(csvRows(m.toCsv()).value(QStringLiteral("hot_lead_share,team,")), QStringLiteral("0.4500"));

    // A rep's table is scoped to the rep.
    const QHash<QString, QString> bob =
        csvRows(SpeedToLead::compute(history(), kFrom, kTo, QStringLiteral("bob")).toCsv());
    QCOMPARE(bob.value(QStringLiteral("alerts,bob,")), QStringLiteral("6"));
    QCOMPARE(bob.value(QStringLiteral("alerts,bob,beyond_30m")), QStringLiteral("2"));
    QVERIFY(!bob.contains(QStringLiteral("alerts,team,")));
}

void TestSpeedToLead::toCsvQuotesFields()
{
    const AlertRecord a = alert(1, "2026-03-02T09:00:00Z", "Trade show, \"Berlin\"", "ann", 1, false,
                                {{"ann", 2, "meeting_booked"}});
    const QStringList lines = SpeedToLead::compute({a}, kFrom, kTo).toCsv().split(u'\n', Qt::SkipEmptyParts);
    QVERIFY2(
        lines.contains(QStringLiteral("opportunities,\"source:Trade show, \"\"Berlin\"\"\",within_5m,1")),
        qPrintable(lines.join(u'\n')));
}

void TestSpeedToLead::notYetOrNever_data()
{
    QTest::addColumn<QString>("claimer");
    QTest::addColumn<double>("callMinutes"); // after the alert; negative: no call
    QTest::addColumn<bool>("breach");
    QTest::addColumn<bool>("closed");
    QTest::addColumn<double>("dueMinutes"); // the call SLA's deadline after the alert; 0: no SLA
    QTest::addColumn<double>("nowMinutes"); // negative: no "now" given
    QTest::addColumn<QString>("expected");  // "not_yet" or a bucket name

    QTest::newRow("claimed a minute ago, inside its 15-minute SLA")
        << "ann" << -1.0 << false << false << 15.0 << 1.0 << "not_yet";
    QTest::newRow("unclaimed, inside its SLA") << "" << -1.0 << false << false << 15.0 << 1.0 << "not_yet";
    QTest::newRow("a second before the deadline")
        << "ann" << -1.0 << false << false << 15.0 << 15.0 - 1 / 60.0 << "not_yet";
    QTest::newRow("at the deadline") << "ann" << -1.0 << false << false << 15.0 << 15.0 << "never";
    QTest::newRow("past the deadline") << "ann" << -1.0 << false << false << 15.0 << 16.0 << "never";
    QTest::newRow("breach flagged") << "ann" << -1.0 << true << false << 15.0 << 1.0 << "never";
    QTest::newRow("released without a call") << "ann" << -1.0 << false << true << 15.0 << 1.0 << "never";
    QTest::newRow("no SLA known") << "ann" << -1.0 << false << false << 0.0 << 1.0 << "never";
    QTest::newRow("no now given") << "ann" << -1.0 << false << false << 15.0 << -1.0 << "never";
    QTest::newRow("called inside its SLA") << "ann" << 0.5 << false << false << 15.0 << 1.0 << "within_5m";
    QTest::newRow("called late, SLA running")
        << "ann" << 40.0 << false << false << 60.0 << 45.0 << "beyond_30m";
}

void TestSpeedToLead::notYetOrNever()
{
    QFETCH(QString, claimer);
    QFETCH(double, callMinutes);
    QFETCH(bool, breach);
    QFETCH(bool, closed);
    QFETCH(double, dueMinutes);
    QFETCH(double, nowMinutes);
    QFETCH(QString, expected);
    AlertRecord a = alert(1, "2026-03-02T09:00:00Z", "Webinar", qPrintable(claimer), 0.5, breach, {});
    if (callMinutes >= 0)
        a.calls.append(CallRecord{QStringLiteral("ann"), a.alertAtMs + std::llround(callMinutes * kMinute),
                                  QStringLiteral("no_answer"), false});
    if (closed)
        a.closedAtMs = a.alertAtMs + 2 * kMinute;
    if (dueMinutes > 0)
        a.callDueAtMs = a.alertAtMs + std::llround(dueMinutes * kMinute);
    const qint64 now = nowMinutes < 0 ? 0 : a.alertAtMs + std::llround(nowMinutes * kMinute);

    QCOMPARE(SpeedToLead::isNotYet(a, now), expected == u"not_yet");
    const SpeedToLead m = SpeedToLead::compute({a}, kFrom, kTo, {}, now);
    QCOMPARE(m.alerts, 1);
    QCOMPARE(m.notYet, expected == u"not_yet" ? 1 : 0);
    QString bucket;
    for (int b = 0; b < SpeedToLead::BucketCount; ++b) {
        if (m.buckets[b] > 0)
            bucket = SpeedToLead::bucketName(b);
    }
    QCOMPARE(bucket.isEmpty() ? QStringLiteral("not_yet") : bucket, expected);
    QCOMPARE(m.toJson().value(QStringLiteral("notYet")).toInt(), m.notYet);
    QCOMPARE(csvRows(m.toCsv()).value(QStringLiteral("not_yet,team,")), QString::number(m.notYet));
}

void TestSpeedToLead::notYetIsCountedApart()
{
    // The history, plus two alerts raised a minute before "now" and not called yet: one inside
    // its SLA, one whose SLA is not known. Only the first leaves the "never" share.
    QList<AlertRecord> all = history();
    const qint64 now = at("2026-03-04T23:59:30Z");
    AlertRecord fresh = alert(30, "2026-03-04T23:58:30Z", "Webinar", "ann", 0.2, false, {});
    fresh.callDueAtMs = fresh.alertAtMs + 15 * kMinute;
    AlertRecord unknown = alert(31, "2026-03-04T23:58:30Z", "Webinar", "bob", 0.2, false, {});
    all << fresh << unknown;
    for (AlertRecord &a : all) {
        if (a.id == 19) // raised 30 seconds before now, SLA running, but already flagged a breach
            a.callDueAtMs = a.alertAtMs + 15 * kMinute;
    }
    const SpeedToLead m = SpeedToLead::compute(all, kFrom, kTo, {}, now);
    QCOMPARE(m.alerts, 22);
    QCOMPARE(m.notYet, 1);
    QCOMPARE(bucketsOf(m), (QList<int>{8, 7, 2, 4}));
    QCOMPARE(m.buckets[0] + m.buckets[1] + m.buckets[2] + m.buckets[3] + m.notYet, m.alerts);
    QCOMPARE(m.connectRate[SpeedToLead::Never], 0.0);
    // The day still counts it as a hot lead; its response time is not in any percentile.
    QCOMPARE(m.days.value(QStringLiteral("2026-03-04")).hotLeads, 8);
    QCOMPARE(m.attempt.count, 17);
    // ann's own figures count it apart too.
    QCOMPARE(SpeedToLead::compute(all, kFrom, kTo, QStringLiteral("ann"), now).notYet, 1);
    QCOMPARE(SpeedToLead::compute(all, kFrom, kTo, QStringLiteral("bob"), now).notYet, 0);
}

void TestSpeedToLead::wideCsv()
{
    const SpeedToLead m = SpeedToLead::compute(history(), kFrom, kTo);
    const QString wide = SpeedToLead::wideCsv(m.toCsv());
    QVERIFY(wide.endsWith(u'\n'));
    const QStringList lines = wide.split(u'\n', Qt::SkipEmptyParts);
    QStringList header = lines.first().split(u',');
    QCOMPARE(header.mid(0, 6),
             (QStringList{QStringLiteral("scope"), QStringLiteral("alerts"), QStringLiteral("not_yet"),
                          QStringLiteral("response_to_attempt_p50_minutes"),
                          QStringLiteral("response_to_attempt_p95_minutes"),
                          QStringLiteral("response_to_connect_p50_minutes")}));
    QVERIFY(header.contains(QStringLiteral("alerts:never")));
    QVERIFY(header.contains(QStringLiteral("connect_rate:within_5m")));
    QVERIFY(header.contains(QStringLiteral("opportunities:5_30m")));
    QVERIFY(header.contains(QStringLiteral("hot_leads")));
    QCOMPARE(header.removeDuplicates(), 0);
    // One row per scope: the team, three reps, four sources, three days.
    QCOMPARE(lines.size(), 1 + 1 + 3 + 4 + 3);
    QHash<QString, QHash<QString, QString>> cells;
    for (const QString &line : lines.mid(1)) {
        const QStringList fields = line.split(u',');
        QCOMPARE(fields.size(), header.size());
        for (qsizetype i = 1; i < fields.size(); ++i)
            cells[fields.first()].insert(header.at(i), fields.at(i));
    }
    QCOMPARE(cells.value(QStringLiteral("team")).value(QStringLiteral("alerts")), QStringLiteral("20"));
    QCOMPARE(cells.value(QStringLiteral("team")).value(QStringLiteral("alerts:never")), QStringLiteral("3"));
    QCOMPARE(cells.value(QStringLiteral("team")).value(QStringLiteral("connect_rate:5_30m")),
             QStringLiteral("0.8571"));
    QCOMPARE(cells.value(QStringLiteral("ann")).value(QStringLiteral("response_to_attempt_p50_minutes")),
             QStringLiteral("3"));
    QCOMPARE(cells.value(QStringLiteral("ann")).value(QStringLiteral("alerts")), QString());
    QCOMPARE(
        cells.value(QStringLiteral("source:Paid search")).value(QStringLiteral("opportunities:within_5m")),
        QStringLiteral("2"));
    QCOMPARE(cells.value(QStringLiteral("2026-03-02")).value(QStringLiteral("hot_leads")),
             QStringLiteral("7"));
    QCOMPARE(
        cells.value(QStringLiteral("2026-03-03")).value(QStringLiteral("response_to_attempt_p50_minutes")),
        QStringLiteral("6"));

    // Quoted scopes stay quoted, and one CSV field each.
    const AlertRecord a = alert(1, "2026-03-02T09:00:00Z", "Trade show, \"Berlin\"", "ann", 1, false,
                                {{"ann", 2, "meeting_booked"}});
    const QStringList quoted =
        SpeedToLead::wideCsv(SpeedToLead::compute({a}, kFrom, kTo).toCsv()).split(u'\n', Qt::SkipEmptyParts);
    QVERIFY2(std::any_of(quoted.cbegin(), quoted.cend(),
                         [](const QString &line) {
                             return line.startsWith(
                                 QStringLiteral("\"source:Trade show, \"\"Berlin\"\"\",,"));
                         }),
             qPrintable(quoted.join(u'\n')));
}

void TestSpeedToLead::wideCsvRefusesMalformedInput()
{
    QCOMPARE(SpeedToLead::wideCsv(QString()), QString());
    QCOMPARE(SpeedToLead::wideCsv(QStringLiteral("lead,minutes\nann,3\n")), QString());
    QCOMPARE(SpeedToLead::wideCsv(QStringLiteral("metric,scope,bucket,value\nalerts,team\n")), QString());
    QCOMPARE(SpeedToLead::wideCsv(QStringLiteral("metric,scope,bucket,value\nalerts,\"team,,3\n")),
             QString());
}

QTEST_GUILESS_MAIN(TestSpeedToLead)
#include "tst_speedtolead.moc"
