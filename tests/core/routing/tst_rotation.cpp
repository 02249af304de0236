// Who gets a new lead, as tables: eligibility (presence, hours, cap, segments), weighted round
// robin, no burst after an absence, named backups in order, and whose open lead must move.
#include "routing/rotation.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QTest>

namespace {

using Rotation::Skip;

// 2024-04-01, a Monday, 10:00 UTC (12:00 in Berlin, summer time since the night before).
const qint64 kMonday = QDateTime(QDate(2024, 4, 1), QTime(10, 0), Qt::UTC).toMSecsSinceEpoch();

Rotation::Candidate candidate(const QString &name, double weight = 1, int load = 0)
{
    Rotation::Candidate c;
    c.rep.id = name.isEmpty() ? 0 : name.at(0).unicode();
    c.rep.name = name;
    c.rep.weight = weight;
    c.online = true;
    c.load = load;
    return c;
}

Rotation::Context context(qint64 nowMs = kMonday, int cap = 3)
{
    return {nowMs, cap, 0, {}, {}};
}

QStringList picks(const QList<Rotation::Candidate> &team, Rotation::Ledger *ledger, int count,
                  const Rotation::Context &ctx = context())
{
    QStringList out;
    for (int i = 0; i < count; ++i) {
        const Rotation::Pick pick = Rotation::next(team, *ledger, ctx);
        out.append(pick.rep.value_or(QStringLiteral("-")));
        *ledger = pick.ledger;
    }
    return out;
}

} // namespace

Q_DECLARE_METATYPE(Rotation::Candidate)
Q_DECLARE_METATYPE(Rotation::Skip)
Q_DECLARE_METATYPE(LeadState)

class TestRotation final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eligibility_data();
    void eligibility();
    void weightedOrder_data();
    void weightedOrder();
    void sharesFollowWeights_data();
    void sharesFollowWeights();
    void noBurstAfterAbsence();
    void capPassesOver();
    void offHoursAcrossZones();
    void backups_data();
    void backups();
    void backupPicksDoNotCostATurn();
    void responsible_data();
    void responsible();
    void ledgerRoundTrip();
};

void TestRotation::eligibility_data()
{
    QTest::addColumn<Rotation::Candidate>("rep");
    QTest::addColumn<Skip>("skip");
    QTest::addColumn<Skip>("presence");

    QTest::addRow("available") << candidate(u"ana"_qs) << Skip::None << Skip::None;
    Rotation::Candidate manager = candidate(u"max"_qs);
    manager.rep.role = Rep::Role::Manager;
    QTest::addRow("manager") << manager << Skip::Manager << Skip::None;
    Rotation::Candidate away = candidate(u"ana"_qs);
    away.rep.availability = Rep::Availability::Away;
    QTest::addRow("away") << away << Skip::Away << Skip::Away;
    Rotation::Candidate offline = candidate(u"ana"_qs);
    offline.online = false;
    QTest::addRow("no console") << offline << Skip::Offline << Skip::Offline;
    Rotation::Candidate awayOffline = away;
    awayOffline.online = false;
    QTest::addRow("away and offline: away") << awayOffline << Skip::Away << Skip::Away;
    Rotation::Candidate hours = candidate(u"ana"_qs);
    hours.rep.hours = *WorkingHours::parse(u"Mon-Fri 13:00-17:00"_qs);
    hours.rep.timeZone = u"Europe/Berlin"_qs; // 12:00 there
    QTest::addRow("before hours") << hours << Skip::OffHours << Skip::OffHours;
    hours.rep.timeZone = u"Asia/Tokyo"_qs; // 19:00 there
    QTest::addRow("after hours") << hours << Skip::OffHours << Skip::OffHours;
    hours.rep.timeZone = u"Europe/Helsinki"_qs; // 13:00 there
    QTest::addRow("in hours") << hours << Skip::None << Skip::None;
    QTest::addRow("at the cap") << candidate(u"ana"_qs, 1, 3) << Skip::AtCap << Skip::None;
    QTest::addRow("under the cap") << candidate(u"ana"_qs, 1, 2) << Skip::None << Skip::None;
    Rotation::Candidate segments = candidate(u"ana"_qs);
    segments.rep.segments = {{u"region"_qs, u"AMER"_qs}};
    QTest::addRow("segment mismatch") << segments << Skip::SegmentMismatch << Skip::None;
    QTest::addRow("excluded") << candidate(u"bob"_qs) << Skip::Excluded << Skip::None;
    Rotation::Candidate missed = candidate(u"ana"_qs);
    missed.missedInARow = 2;
    QTest::addRow("two missed claim windows") << missed << Skip::Unresponsive << Skip::None;
    missed.missedInARow = 1;
    QTest::addRow("one missed claim window") << missed << Skip::None << Skip::None;
}

void TestRotation::eligibility()
{
    QFETCH(Rotation::Candidate, rep);
    QFETCH(Skip, skip);
    QFETCH(Skip, presence);
    Rotation::Context ctx = context();
    ctx.maxMissed = 2;
    ctx.segments = {{u"region"_qs, u"EMEA"_qs}};
    ctx.exclude = {u"bob"_qs};
    QCOMPARE(Rotation::eligibility(rep, ctx), skip);
    QCOMPARE(Rotation::presence(rep, kMonday), presence);
}

void TestRotation::weightedOrder_data()
{
    QTest::addColumn<QList<double>>("weights"); // for reps a, b, c ...
    QTest::addColumn<QStringList>("order");
    QTest::addRow("equal weights: plain round robin")
        << QList<double>{1, 1, 1} << QStringList{u"a"_qs, u"b"_qs, u"c"_qs, u"a"_qs, u"b"_qs, u"c"_qs};
    QTest::addRow("2:1:1, spread out")
        << QList<double>{2, 1, 1} << QStringList{u"a"_qs, u"b"_qs, u"c"_qs, u"a"_qs, u"a"_qs, u"b"_qs};
    QTest::addRow("3:1") << QList<double>{3, 1} << QStringList{u"a"_qs, u"a"_qs, u"b"_qs, u"a"_qs,
                                                               u"a"_qs, u"a"_qs, u"b"_qs, u"a"_qs};
    QTest::addRow("fractional 0.5:1")
        << QList<double>{0.5, 1} << QStringList{u"b"_qs, u"a"_qs, u"b"_qs, u"b"_qs, u"a"_qs, u"b"_qs};
}

void TestRotation::weightedOrder()
{
    QFETCH(QList<double>, weights);
    QFETCH(QStringList, order);
    QList<Rotation::Candidate> team;
    for (qsizetype i = 0; i < weights.size(); ++i)
        team.append(candidate(QString(QChar(char16_t(u'a' + i))), weights.at(i)));
    Rotation::Ledger ledger;
    QCOMPARE(picks(team, &ledger, int(order.size())), order);
}

void TestRotation::sharesFollowWeights_data()
{
    QTest::addColumn<QList<double>>("weights");
    QTest::addColumn<double>("awayChance"); // per pick, each rep flips availability with it
    QTest::addRow("8 equal, always there") << QList<double>{1, 1, 1, 1, 1, 1, 1, 1} << 0.0;
    QTest::addRow("mixed weights, always there") << QList<double>{1, 2, 0.5, 1, 3} << 0.0;
    QTest::addRow("mixed weights, coming and going") << QList<double>{1, 2, 0.5, 1, 3, 1, 1, 2} << 0.05;
}

void TestRotation::sharesFollowWeights()
{
    // Fair by construction: each rep's leads stay within 5% of what their weight earned at the
    // picks they were available for.
    QFETCH(QList<double>, weights);
    QFETCH(double, awayChance);
    QList<Rotation::Candidate> team;
    for (qsizetype i = 0; i < weights.size(); ++i)
        team.append(candidate(QString(QChar(char16_t(u'a' + i))), weights.at(i)));
    QRandomGenerator random(15);
    Rotation::Ledger ledger;
    QHash<QString, double> owed;
    QHash<QString, int> got;
    for (int i = 0; i < 2000; ++i) {
        for (Rotation::Candidate &c : team) {
            if (random.generateDouble() < awayChance)
                c.online = !c.online;
        }
        double total = 0;
        for (const Rotation::Candidate &c : std::as_const(team))
            total += c.online ? c.rep.weight : 0;
        for (const Rotation::Candidate &c : std::as_const(team))
            owed[c.rep.name] += c.online ? c.rep.weight / total : 0;
        const Rotation::Pick pick = Rotation::next(team, ledger, context(kMonday, 0));
        if (!pick.rep)
            continue;
        ledger = pick.ledger;
        ++got[*pick.rep];
    }
    for (const Rotation::Candidate &c : std::as_const(team)) {
        const double expected = owed.value(c.rep.name);
        QVERIFY2(
            std::abs(got.value(c.rep.name) - expected) <= 0.05 * expected,
            qPrintable(u"%1: %2 leads, %3 owed"_qs.arg(c.rep.name).arg(got.value(c.rep.name)).arg(expected)));
        // In fact within a lead or so: a rep's credit is what they are owed minus what they got.
        QVERIFY(std::abs(got.value(c.rep.name) - expected) <= 1.5);
    }
}

void TestRotation::noBurstAfterAbsence()
{
    QList<Rotation::Candidate> team{candidate(u"a"_qs), candidate(u"b"_qs), candidate(u"c"_qs)};
    Rotation::Ledger ledger;
    picks(team, &ledger, 3);
    team[1].rep.availability = Rep::Availability::Away;
    const QStringList whileAway = picks(team, &ledger, 20);
    QVERIFY(!whileAway.contains(u"b"_qs));
    team[1].rep.availability = Rep::Availability::Available;
    // Back: b takes its turn like the others, not the 20 picks' worth it missed.
    const QStringList back = picks(team, &ledger, 6);
    QCOMPARE(back.count(u"b"_qs), 2);
    QCOMPARE(back.count(u"a"_qs), 2);
    QCOMPARE(back.count(u"c"_qs), 2);
}

void TestRotation::capPassesOver()
{
    const QList<Rotation::Candidate> team{candidate(u"a"_qs, 1, 3), candidate(u"b"_qs, 1, 1),
                                          candidate(u"c"_qs, 1, 2)};
    const Rotation::Pick pick = Rotation::next(team, {}, context(kMonday, 3));
    QCOMPARE(pick.rep, u"b"_qs);
    QCOMPARE(pick.eligible, (QStringList{u"b"_qs, u"c"_qs}));
    QCOMPARE(pick.skipped.size(), 1);
    QCOMPARE(pick.skipped.constFirst().first, u"a"_qs);
    QCOMPARE(pick.skipped.constFirst().second, Skip::AtCap);
    // Everyone at the cap: nobody (the manager queue).
    const QList<Rotation::Candidate> full{candidate(u"a"_qs, 1, 3), candidate(u"b"_qs, 1, 4)};
    QVERIFY(!Rotation::next(full, {}, context(kMonday, 3)).rep);
    QCOMPARE(Rotation::next(full, {}, context(kMonday, 0)).rep, u"a"_qs); // no cap
    // A survey (all-records) finds the same, and picks nobody nor earns anyone credit.
    const Rotation::Pick survey = Rotation::survey(team, context(kMonday, 3));
    QVERIFY(!survey.rep);
    QCOMPARE(survey.eligible, pick.eligible);
    QCOMPARE(survey.skipped, pick.skipped);
    QVERIFY(survey.ledger.credit.isEmpty());
}

void TestRotation::offHoursAcrossZones()
{
    // The same 09:00-17:30 in three zones, over a day: who is in the rotation when.
    QList<Rotation::Candidate> team{candidate(u"berlin"_qs), candidate(u"newyork"_qs),
                                    candidate(u"tokyo"_qs)};
    const QStringList zones{u"Europe/Berlin"_qs, u"America/New_York"_qs, u"Asia/Tokyo"_qs};
    for (qsizetype i = 0; i < team.size(); ++i) {
        team[i].rep.hours = *WorkingHours::parse(u"Mon-Fri 09:00-17:30"_qs);
        team[i].rep.timeZone = zones.at(i);
    }
    const auto eligibleAt = [&](int hourUtc) {
        const qint64 at = QDateTime(QDate(2024, 4, 2), QTime(hourUtc, 0), Qt::UTC).toMSecsSinceEpoch();
        return Rotation::next(team, {}, context(at)).eligible;
    };
    QCOMPARE(eligibleAt(1), QStringList{u"tokyo"_qs});                    // 10:00 in Tokyo
    QCOMPARE(eligibleAt(8), (QStringList{u"berlin"_qs, u"tokyo"_qs}));    // 10:00 CEST, 17:00 JST
    QCOMPARE(eligibleAt(14), (QStringList{u"berlin"_qs, u"newyork"_qs})); // 16:00 CEST, 10:00 EDT
    QCOMPARE(eligibleAt(16), QStringList{u"newyork"_qs});                 // 18:00 CEST
    QCOMPARE(eligibleAt(23), QStringList{});                              // 19:00 EDT, 08:00 JST
}

void TestRotation::backups_data()
{
    QTest::addColumn<QStringList>("named");
    QTest::addColumn<QStringList>("away");
    QTest::addColumn<QString>("picked");
    QTest::addColumn<QStringList>("skippedFirst"); // the named backups passed over, in order
    const QStringList two{u"b"_qs, u"c"_qs};
    QTest::addRow("first backup") << two << QStringList{} << u"b"_qs << QStringList{};
    QTest::addRow("first away: second") << two << QStringList{u"b"_qs} << u"c"_qs << QStringList{u"b"_qs};
    QTest::addRow("both away: rotation")
        << two << QStringList{u"b"_qs, u"c"_qs} << u"d"_qs << QStringList{u"b"_qs, u"c"_qs};
    QTest::addRow("none named: rotation") << QStringList{} << QStringList{} << u"b"_qs << QStringList{};
    QTest::addRow("nobody at all") << two << QStringList{u"b"_qs, u"c"_qs, u"d"_qs} << QString()
                                   << QStringList{u"b"_qs, u"c"_qs};
}

void TestRotation::backups()
{
    QFETCH(QStringList, named);
    QFETCH(QStringList, away);
    QFETCH(QString, picked);
    QFETCH(QStringList, skippedFirst);
    QList<Rotation::Candidate> team{candidate(u"a"_qs), candidate(u"b"_qs), candidate(u"c"_qs),
                                    candidate(u"d"_qs)};
    for (Rotation::Candidate &c : team) {
        if (away.contains(c.rep.name))
            c.rep.availability = Rep::Availability::Away;
    }
    Rotation::Context ctx = context();
    ctx.exclude = {u"a"_qs}; // the primary
    const Rotation::Pick pick = Rotation::backup(named, team, {}, ctx);
    QCOMPARE(pick.rep.value_or(QString()), picked);
    QStringList first;
    for (qsizetype i = 0; i < skippedFirst.size() && i < pick.skipped.size(); ++i)
        first.append(pick.skipped.at(i).first);
    QCOMPARE(first, skippedFirst);
}

void TestRotation::backupPicksDoNotCostATurn()
{
    const QList<Rotation::Candidate> team{candidate(u"a"_qs), candidate(u"b"_qs), candidate(u"c"_qs)};
    Rotation::Ledger plain;
    const QStringList expected = picks(team, &plain, 9);
    // The same picks with backup picks in between (b named, and rotation ones): the new-lead
    // rotation does not notice them.
    Rotation::Ledger ledger;
    Rotation::Ledger escalations;
    QStringList actual;
    for (int i = 0; i < 9; ++i) {
        const Rotation::Pick named = Rotation::backup({u"b"_qs}, team, escalations, context());
        QCOMPARE(named.rep, u"b"_qs);
        QCOMPARE(named.ledger, escalations); // a named backup charges no ledger
        escalations = Rotation::backup({}, team, escalations, context()).ledger;
        actual += picks(team, &ledger, 1);
    }
    QCOMPARE(actual, expected);
    // Backups picked by rotation spread over the team.
    Rotation::Ledger spread;
    QHash<QString, int> count;
    for (int i = 0; i < 30; ++i) {
        const Rotation::Pick pick = Rotation::backup({}, team, spread, context());
        spread = pick.ledger;
        ++count[*pick.rep];
    }
    QCOMPARE(count.value(u"a"_qs), 10);
    QCOMPARE(count.value(u"b"_qs), 10);
    QCOMPARE(count.value(u"c"_qs), 10);
}

void TestRotation::responsible_data()
{
    QTest::addColumn<LeadState>("lead");
    QTest::addColumn<QString>("who");
    LeadState owned;
    owned.owner = u"ana"_qs;
    QTest::addRow("owned, open") << owned << u"ana"_qs;
    LeadState backup = owned;
    backup.escalation = LeadState::Backup;
    backup.assignedTo = u"bob"_qs;
    QTest::addRow("escalated to a backup") << backup << u"bob"_qs;
    LeadState queue = owned;
    queue.escalation = LeadState::ManagerQueue;
    QTest::addRow("manager queue") << queue << QString();
    QTest::addRow("pool (all-records)") << LeadState{} << QString();
    LeadState claimed = owned;
    claimed.status = LeadState::Status::Claimed;
    claimed.claimedBy = u"ana"_qs;
    QTest::addRow("claimed") << claimed << QString();
    LeadState done = owned;
    done.status = LeadState::Status::Done;
    QTest::addRow("done") << done << QString();
}

void TestRotation::responsible()
{
    QFETCH(LeadState, lead);
    QFETCH(QString, who);
    QCOMPARE(Rotation::responsible(lead), who);
}

void TestRotation::ledgerRoundTrip()
{
    Rotation::Ledger ledger;
    picks({candidate(u"a"_qs, 2), candidate(u"b"_qs)}, &ledger, 5);
    QCOMPARE(Rotation::Ledger::fromJson(ledger.toJson()), ledger);
}

QTEST_GUILESS_MAIN(TestRotation)
#include "tst_rotation.moc"
