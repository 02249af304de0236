// The decisions about one lead, as tables: claim, release, reassign, a logged call, and the
// claim window and call SLA running out.
#include "routing/leadrules.h"

#include <QDateTime>
#include <QTest>

namespace {

using Status = LeadState::Status;

constexpr qint64 kNow = 1'000'000;
constexpr qint64 kWindow = 300'000;

// An alerted lead: `claimedBy` empty means open; `done` marks it worked.
LeadState lead(const QString &claimedBy = {}, bool done = false)
{
    LeadState l;
    l.id = QStringLiteral("contact:nora");
    l.alertAtMs = kNow - 60'000;
    l.claimWindowMs = kWindow;
    l.claimDeadlineMs = l.alertAtMs + kWindow;
    l.callDeadlineMs = l.alertAtMs + 2 * kWindow;
    l.claimedBy = claimedBy;
    l.owner = claimedBy;
    l.status = done ? Status::Done : claimedBy.isEmpty() ? Status::Open : Status::Claimed;
    if (!claimedBy.isEmpty())
        l.claimedAtMs = kNow - 30'000;
    return l;
}

Rep rep(const QString &name, Rep::Role role = Rep::Role::Sdr)
{
    Rep r;
    r.name = name;
    r.role = role;
    return r;
}

} // namespace

Q_DECLARE_METATYPE(LeadState)
Q_DECLARE_METATYPE(LeadState::Status)
Q_DECLARE_METATYPE(LeadRules::Refusal)
Q_DECLARE_METATYPE(Visibility)

class TestLeadRules final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void claim_data();
    void claim();
    void claimLimit_data();
    void claimLimit();
    void release_data();
    void release();
    void reassign_data();
    void reassign();
    void applyCall_data();
    void applyCall();
    void applyCallOnALeadState();
    void deadlines_data();
    void deadlines();
    void escalate_data();
    void escalate();
    void laterWindowsRunOnTheSlaClock_data();
    void laterWindowsRunOnTheSlaClock();
    void businessDays_data();
    void businessDays();
    void followUps_data();
    void followUps();
    void callsAndTheCadence();
    void taskRequests_data();
    void taskRequests();
    void releaseDropsOpenTasks();
    void taskStates_data();
    void taskStates();
};

void TestLeadRules::claim_data()
{
    QTest::addColumn<LeadState>("before");
    QTest::addColumn<LeadRules::Refusal>("refusal");
    QTest::addColumn<bool>("changed");
    QTest::addColumn<QString>("holder");
    QTest::newRow("open") << lead() << LeadRules::Refusal::None << true << u"sam"_qs;
    QTest::newRow("mine already") << lead(u"sam"_qs) << LeadRules::Refusal::None << false << u"sam"_qs;
    QTest::newRow("a colleague's") << lead(u"alex"_qs) << LeadRules::Refusal::AlreadyClaimed << false
                                   << u"alex"_qs;
    QTest::newRow("worked") << lead(u"alex"_qs, true) << LeadRules::Refusal::Closed << false << u"alex"_qs;
    QTest::newRow("worked by me") << lead(u"sam"_qs, true) << LeadRules::Refusal::Closed << false
                                  << u"sam"_qs;
}

void TestLeadRules::claim()
{
    QFETCH(LeadState, before);
    QFETCH(LeadRules::Refusal, refusal);
    QFETCH(bool, changed);
    QFETCH(QString, holder);
    const LeadRules::Decision d = LeadRules::claim(before, u"sam"_qs, kNow);
    QCOMPARE(d.refusal, refusal);
    QCOMPARE(d.changed, changed);
    QCOMPARE(d.lead.claimedBy, holder);
    if (changed) {
        QCOMPARE(d.lead.status, Status::Claimed);
        QCOMPARE(d.lead.owner, u"sam"_qs);
        QCOMPARE(d.lead.claimedAtMs, kNow);
        QCOMPARE(d.lead.claimDeadlineMs, 0);                    // the claim window stops
        QCOMPARE(d.lead.callDeadlineMs, before.callDeadlineMs); // the call SLA goes on
    }
}

void TestLeadRules::claimLimit_data()
{
    QTest::addColumn<LeadState>("before");
    QTest::addColumn<int>("held");
    QTest::addColumn<int>("max");
    QTest::addColumn<LeadRules::Refusal>("refusal");
    QTest::newRow("under the cap") << lead() << 2 << 3 << LeadRules::Refusal::None;
    QTest::newRow("at the cap") << lead() << 3 << 3 << LeadRules::Refusal::ClaimLimit;
    QTest::newRow("over the cap") << lead() << 5 << 3 << LeadRules::Refusal::ClaimLimit;
    QTest::newRow("no cap") << lead() << 50 << 0 << LeadRules::Refusal::None;
    // The cap refuses taking a new lead only: a lead already held, or taken, says so first.
    QTest::newRow("mine already, at the cap") << lead(u"sam"_qs) << 3 << 3 << LeadRules::Refusal::None;
    QTest::newRow("a colleague's, at the cap")
        << lead(u"alex"_qs) << 3 << 3 << LeadRules::Refusal::AlreadyClaimed;
    QTest::newRow("worked, at the cap") << lead(u"alex"_qs, true) << 3 << 3 << LeadRules::Refusal::Closed;
}

void TestLeadRules::claimLimit()
{
    QFETCH(LeadState, before);
    QFETCH(int, held);
    QFETCH(int, max);
    QFETCH(LeadRules::Refusal, refusal);
    const LeadRules::Decision d = LeadRules::claim(before, u"sam"_qs, kNow, held, max);
    QCOMPARE(d.refusal, refusal);
    if (refusal == LeadRules::Refusal::ClaimLimit) {
        QVERIFY(!d.changed);
        QCOMPARE(d.lead.claimedBy, before.claimedBy);
    }
    // What counts: claimed by sam, with no call yet.
    LeadState called = lead(u"sam"_qs);
    called.firstCallAtMs = kNow;
    const QList<LeadState> leads{lead(u"sam"_qs),  lead(u"sam"_qs), called,
                                 lead(u"alex"_qs), lead(),          lead(u"sam"_qs, true)};
    QCOMPARE(LeadRules::uncalledClaims(leads, u"sam"_qs), 2);
}

void TestLeadRules::release_data()
{
    QTest::addColumn<LeadState>("before");
    QTest::addColumn<QString>("by");
    QTest::addColumn<bool>("manager");
    QTest::addColumn<Visibility>("visibility");
    QTest::addColumn<LeadRules::Refusal>("refusal");
    QTest::addColumn<QString>("owner");
    const auto all = Visibility::AllRecords;
    const auto owned = Visibility::OwnedRecords;
    QTest::newRow("mine, all-records")
        << lead(u"sam"_qs) << u"sam"_qs << false << all << LeadRules::Refusal::None << QString();
    QTest::newRow("mine, owned-records")
        << lead(u"sam"_qs) << u"sam"_qs << false << owned << LeadRules::Refusal::None << u"sam"_qs;
    QTest::newRow("a colleague's") << lead(u"alex"_qs) << u"sam"_qs << false << all
                                   << LeadRules::Refusal::NotOwner << u"alex"_qs;
    QTest::newRow("a colleague's, by a manager")
        << lead(u"alex"_qs) << u"dana"_qs << true << all << LeadRules::Refusal::None << QString();
    QTest::newRow("open") << lead() << u"sam"_qs << false << all << LeadRules::Refusal::NotClaimed
                          << QString();
    QTest::newRow("worked") << lead(u"sam"_qs, true) << u"sam"_qs << false << all
                            << LeadRules::Refusal::NotClaimed << u"sam"_qs;
}

void TestLeadRules::release()
{
    QFETCH(LeadState, before);
    QFETCH(QString, by);
    QFETCH(bool, manager);
    QFETCH(Visibility, visibility);
    QFETCH(LeadRules::Refusal, refusal);
    QFETCH(QString, owner);
    LeadState escalated = before;
    escalated.escalation = LeadState::Backup;
    const LeadRules::Decision d = LeadRules::release(
        escalated, rep(by, manager ? Rep::Role::Manager : Rep::Role::Sdr), visibility, kNow);
    QCOMPARE(d.refusal, refusal);
    QCOMPARE(d.changed, d.ok());
    QCOMPARE(d.lead.owner, owner);
    if (d.ok()) {
        QCOMPARE(d.lead.status, Status::Open);
        QVERIFY(d.lead.claimedBy.isEmpty());
        QCOMPARE(d.lead.claimedAtMs, 0);
        QCOMPARE(d.lead.escalation, int(LeadState::Primary));
        QCOMPARE(d.lead.claimDeadlineMs, kNow + kWindow); // a new window from now
    }
}

void TestLeadRules::reassign_data()
{
    QTest::addColumn<LeadState>("before");
    QTest::addColumn<bool>("manager");
    QTest::addColumn<LeadRules::Refusal>("refusal");
    QTest::newRow("open, by a manager") << lead() << true << LeadRules::Refusal::None;
    QTest::newRow("claimed, by a manager") << lead(u"alex"_qs) << true << LeadRules::Refusal::None;
    QTest::newRow("worked, by a manager: open again")
        << lead(u"alex"_qs, true) << true << LeadRules::Refusal::None;
    QTest::newRow("by a rep") << lead() << false << LeadRules::Refusal::Forbidden;
}

void TestLeadRules::reassign()
{
    QFETCH(LeadState, before);
    QFETCH(bool, manager);
    QFETCH(LeadRules::Refusal, refusal);
    LeadState escalated = before;
    escalated.escalation = LeadState::ManagerQueue;
    escalated.doneAtMs = before.status == Status::Done ? kNow - 1000 : 0;
    const LeadRules::Decision d = LeadRules::reassign(
        escalated, rep(u"dana"_qs, manager ? Rep::Role::Manager : Rep::Role::Sdr), u"sam"_qs, kNow);
    QCOMPARE(d.refusal, refusal);
    if (!d.ok()) {
        QCOMPARE(d.lead.claimedBy, before.claimedBy);
        return;
    }
    QCOMPARE(d.lead.status, Status::Claimed);
    QCOMPARE(d.lead.claimedBy, u"sam"_qs);
    QCOMPARE(d.lead.owner, u"sam"_qs);
    QCOMPARE(d.lead.escalation, int(LeadState::Primary));
    QCOMPARE(d.lead.doneAtMs, 0);
}

void TestLeadRules::applyCall_data()
{
    QTest::addColumn<LeadState::Status>("status");
    QTest::addColumn<QString>("claimedBy");
    QTest::addColumn<qint64>("firstCallAt");
    QTest::addColumn<QString>("disposition");
    QTest::addColumn<qint64>("startedAt");
    QTest::addColumn<LeadState::Status>("status2");
    QTest::addColumn<QString>("claimedBy2");
    QTest::addColumn<qint64>("firstCallAt2");
    QTest::addColumn<bool>("claimedNow");
    QTest::addColumn<bool>("doneNow");
    const QString me = u"sam"_qs;
    const QString alex = u"alex"_qs;
    // clang-format off
    QTest::newRow("open, no answer: claims it")
        << Status::Open << QString() << 0LL << u"no_answer"_qs << 500LL
        << Status::Claimed << me << 500LL << true << false;
    QTest::newRow("open, connected: claims and closes it")
        << Status::Open << QString() << 0LL << u"connected"_qs << 500LL
        << Status::Done << me << 500LL << true << true;
    QTest::newRow("mine, voicemail: stays claimed")
        << Status::Claimed << me << 0LL << u"left_voicemail"_qs << 500LL
        << Status::Claimed << me << 500LL << false << false;
    QTest::newRow("mine, meeting booked: closes it")
        << Status::Claimed << me << 0LL << u"meeting_booked"_qs << 500LL
        << Status::Done << me << 500LL << false << true;
    QTest::newRow("a colleague's, connected: the call counts, the lead stays theirs")
        << Status::Claimed << alex << 0LL << u"connected"_qs << 500LL
        << Status::Claimed << alex << 500LL << false << false;
    QTest::newRow("an earlier call logged later is the first call")
        << Status::Claimed << me << 800LL << u"no_answer"_qs << 500LL
        << Status::Claimed << me << 500LL << false << false;
    QTest::newRow("a later call leaves the first call")
        << Status::Claimed << me << 300LL << u"no_answer"_qs << 500LL
        << Status::Claimed << me << 300LL << false << false;
    QTest::newRow("worked and unclaimed: a call does not claim it")
        << Status::Done << QString() << 300LL << u"no_answer"_qs << 500LL
        << Status::Done << QString() << 300LL << false << false;
    QTest::newRow("worked by me, connected again: closed again")
        << Status::Done << me << 300LL << u"connected"_qs << 500LL
        << Status::Done << me << 300LL << false << true;
    // clang-format on
}

void TestLeadRules::applyCall()
{
    QFETCH(LeadState::Status, status);
    QFETCH(QString, claimedBy);
    QFETCH(qint64, firstCallAt);
    QFETCH(QString, disposition);
    QFETCH(qint64, startedAt);
    const LeadRules::CallEffect e =
        LeadRules::applyCall(status, claimedBy, firstCallAt, u"sam"_qs, disposition, startedAt);
    QTEST(e.status, "status2");
    QTEST(e.claimedBy, "claimedBy2");
    QTEST(e.firstCallAtMs, "firstCallAt2");
    QTEST(e.claimedNow, "claimedNow");
    QTEST(e.doneNow, "doneNow");
}

void TestLeadRules::applyCallOnALeadState()
{
    LeadState before = lead();
    before.assignedTo = u"bob"_qs;
    before.escalation = LeadState::Backup;
    const LeadState after = LeadRules::applyCall(before, u"sam"_qs, u"connected"_qs, kNow - 5000, kNow);
    QCOMPARE(after.status, Status::Done);
    QCOMPARE(after.claimedBy, u"sam"_qs);
    QCOMPARE(after.owner, u"sam"_qs);
    QCOMPARE(after.claimedAtMs, kNow);
    QCOMPARE(after.claimDeadlineMs, 0);
    QVERIFY(after.assignedTo.isEmpty());
    QCOMPARE(after.firstCallAtMs, kNow - 5000);
    QCOMPARE(after.doneAtMs, kNow);
}

void TestLeadRules::deadlines_data()
{
    QTest::addColumn<LeadState>("l");
    QTest::addColumn<qint64>("at");
    QTest::addColumn<bool>("windowDue");
    QTest::addColumn<bool>("slaDue");
    QTest::addColumn<qint64>("next");
    const LeadState open = lead();
    QTest::newRow("open, before both") << open << kNow << false << false << open.claimDeadlineMs;
    QTest::newRow("open, window out")
        << open << open.claimDeadlineMs << true << false << open.claimDeadlineMs;
    QTest::newRow("open, both out") << open << open.callDeadlineMs << true << true << open.claimDeadlineMs;
    const LeadState mine = lead(u"sam"_qs);
    QTest::newRow("claimed: no window")
        << mine << open.claimDeadlineMs << false << false << mine.callDeadlineMs;
    QTest::newRow("claimed, SLA out") << mine << mine.callDeadlineMs << false << true << mine.callDeadlineMs;
    LeadState called = mine;
    called.firstCallAtMs = kNow;
    QTest::newRow("called: no SLA") << called << mine.callDeadlineMs << false << false << 0LL;
    LeadState breached = mine;
    breached.breach = true;
    QTest::newRow("breach flagged once") << breached << mine.callDeadlineMs << false << false << 0LL;
    QTest::newRow("worked: nothing") << lead(u"sam"_qs, true) << mine.callDeadlineMs << false << false << 0LL;
    LeadState noWindow = open;
    noWindow.claimDeadlineMs = 0;
    QTest::newRow("no window running")
        << noWindow << open.claimDeadlineMs << false << false << open.callDeadlineMs;
}

void TestLeadRules::deadlines()
{
    QFETCH(LeadState, l);
    QFETCH(qint64, at);
    QTEST(LeadRules::claimWindowDue(l, at), "windowDue");
    QTEST(LeadRules::callSlaDue(l, at), "slaDue");
    QTEST(LeadRules::nextDeadline(l), "next");
}

void TestLeadRules::escalate_data()
{
    QTest::addColumn<int>("step");
    QTest::addColumn<QString>("backup");
    QTest::addColumn<int>("step2");
    QTest::addColumn<QString>("assignedTo");
    QTest::addColumn<qint64>("deadline");
    QTest::newRow("primary, a backup")
        << int(LeadState::Primary) << u"bob"_qs << int(LeadState::Backup) << u"bob"_qs << kNow + kWindow;
    QTest::newRow("primary, no backup")
        << int(LeadState::Primary) << QString() << int(LeadState::ManagerQueue) << QString() << 0LL;
    QTest::newRow("backup: the manager queue")
        << int(LeadState::Backup) << u"carl"_qs << int(LeadState::ManagerQueue) << QString() << 0LL;
}

void TestLeadRules::escalate()
{
    QFETCH(int, step);
    QFETCH(QString, backup);
    LeadState before = lead();
    before.escalation = step;
    before.assignedTo = step == LeadState::Backup ? u"bob"_qs : QString();
    const LeadState after =
        LeadRules::escalate(before, backup.isEmpty() ? std::nullopt : std::optional<QString>(backup), kNow);
    QTEST(after.escalation, "step2");
    QTEST(after.assignedTo, "assignedTo");
    QTEST(after.claimDeadlineMs, "deadline");
    QCOMPARE(after.status, Status::Open);
    QCOMPARE(after.callDeadlineMs, before.callDeadlineMs);
}

void TestLeadRules::laterWindowsRunOnTheSlaClock_data()
{
    // A backup's window after an escalation and a new one after a release run on the clock the
    // rules file asks for, like the alert's first window.
    QTest::addColumn<QString>("step");  // escalate or release
    QTest::addColumn<QString>("hours"); // the rules' business_hours; empty: the wall clock
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QString>("at");
    QTest::addColumn<int>("windowMinutes");
    QTest::addColumn<QString>("deadline");
    const QString berlin = u"Europe/Berlin"_qs;
    const QString week = u"Mon-Fri 09:00-17:30"_qs;
    QTest::newRow("escalate, wall clock, Friday evening")
        << u"escalate"_qs << QString() << QString() << u"2024-03-29T16:20:00Z"_qs << 15
        << u"2024-03-29T16:35:00Z"_qs;
    QTest::newRow("escalate, business hours: 10 min Friday, 5 Monday (CET to CEST)")
        << u"escalate"_qs << week << berlin << u"2024-03-29T16:20:00Z"_qs << 15 << u"2024-04-01T07:05:00Z"_qs;
    QTest::newRow("release, business hours: the same weekend")
        << u"release"_qs << week << berlin << u"2024-03-29T16:20:00Z"_qs << 15 << u"2024-04-01T07:05:00Z"_qs;
    QTest::newRow("escalate, business hours, within the day")
        << u"escalate"_qs << week << berlin << u"2024-03-27T10:00:00Z"_qs << 60 << u"2024-03-27T11:00:00Z"_qs;
    QTest::newRow("release on a Saturday: from Monday 09:00")
        << u"release"_qs << week << berlin << u"2024-03-30T12:00:00Z"_qs << 30 << u"2024-04-01T07:30:00Z"_qs;
    QTest::newRow("release, wall clock, Saturday")
        << u"release"_qs << QString() << QString() << u"2024-03-30T12:00:00Z"_qs << 30
        << u"2024-03-30T12:30:00Z"_qs;
    QTest::newRow("escalate in New York, 10 min before closing")
        << u"escalate"_qs << u"Mon-Fri 09:00-17:00"_qs << u"America/New_York"_qs << u"2024-11-28T21:50:00Z"_qs
        << 30 << u"2024-11-29T14:20:00Z"_qs;
}

void TestLeadRules::laterWindowsRunOnTheSlaClock()
{
    QFETCH(QString, step);
    QFETCH(QString, hours);
    QFETCH(QString, zone);
    QFETCH(QString, at);
    QFETCH(int, windowMinutes);
    QFETCH(QString, deadline);
    LeadRules::SlaClock clock;
    if (!hours.isEmpty()) {
        clock.businessHours = WorkingHours::parse(hours);
        QVERIFY(clock.businessHours);
        const auto tz = WorkingHours::zone(zone);
        QVERIFY(tz);
        clock.zone = *tz;
    }
    const qint64 now = QDateTime::fromString(at, Qt::ISODate).toMSecsSinceEpoch();
    const qint64 expected = QDateTime::fromString(deadline, Qt::ISODate).toMSecsSinceEpoch();
    LeadState before = step == u"release" ? lead(u"sam"_qs) : lead();
    before.claimWindowMs = qint64(windowMinutes) * 60'000;
    LeadState after;
    if (step == u"release") {
        const LeadRules::Decision d =
            LeadRules::release(before, rep(u"sam"_qs), Visibility::AllRecords, now, clock);
        QVERIFY(d.ok());
        after = d.lead;
    } else {
        after = LeadRules::escalate(before, u"bob"_qs, now, clock);
        QCOMPARE(after.assignedTo, u"bob"_qs);
    }
    QCOMPARE(QDateTime::fromMSecsSinceEpoch(after.claimDeadlineMs, Qt::UTC).toString(Qt::ISODate), deadline);
    QCOMPARE(after.claimDeadlineMs, expected);
    QVERIFY(!LeadRules::claimWindowDue(after, expected - 1));
    QVERIFY(LeadRules::claimWindowDue(after, expected));
}

namespace {

qint64 instant(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODate).toMSecsSinceEpoch();
}

QString iso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

QTimeZone zoneNamed(const QString &id)
{
    return WorkingHours::zone(id).value_or(QTimeZone::utc());
}

Cadence cadence(const QList<std::pair<double, QString>> &steps)
{
    Cadence c;
    for (const auto &[days, channel] : steps)
        c.steps.append({days * 86'400, channel});
    return c;
}

} // namespace

void TestLeadRules::businessDays_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<int>("days");
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QString>("expected");
    QTest::newRow("Wednesday + 1") << u"2026-11-25T14:00:00Z"_qs << 1 << u"UTC"_qs
                                   << u"2026-11-26T14:00:00Z"_qs;
    QTest::newRow("Friday + 1: Monday")
        << u"2026-11-27T14:00:00Z"_qs << 1 << u"UTC"_qs << u"2026-11-30T14:00:00Z"_qs;
    QTest::newRow("Thursday + 2: Monday")
        << u"2026-11-26T14:00:00Z"_qs << 2 << u"UTC"_qs << u"2026-11-30T14:00:00Z"_qs;
    QTest::newRow("Friday + 5: next Friday")
        << u"2026-11-27T14:00:00Z"_qs << 5 << u"UTC"_qs << u"2026-12-04T14:00:00Z"_qs;
    QTest::newRow("Saturday + 0: Monday")
        << u"2026-11-28T10:00:00Z"_qs << 0 << u"UTC"_qs << u"2026-11-30T10:00:00Z"_qs;
    QTest::newRow("Sunday + 1: Tuesday")
        << u"2026-11-29T10:00:00Z"_qs << 1 << u"UTC"_qs << u"2026-12-01T10:00:00Z"_qs;
    QTest::newRow("Wednesday + 0: itself")
        << u"2026-11-25T14:00:00Z"_qs << 0 << u"UTC"_qs << u"2026-11-25T14:00:00Z"_qs;
    // Friday 23:30 UTC is 18:30 in New York, still Friday there.
    QTest::newRow("Friday evening in New York + 1: Monday there")
        << u"2026-11-27T23:30:00Z"_qs << 1 << u"America/New_York"_qs << u"2026-11-30T23:30:00Z"_qs;
    // Friday 23:30 UTC is Saturday 00:30 in Berlin: a weekend there, so Monday + 1 is Tuesday
    // 00:30 there (Monday 23:30 UTC).
    QTest::newRow("Friday night UTC, Saturday in Berlin + 1: Tuesday there")
        << u"2026-11-27T23:30:00Z"_qs << 1 << u"Europe/Berlin"_qs << u"2026-11-30T23:30:00Z"_qs;
    QTest::newRow("across the end of daylight saving: same local time")
        << u"2026-10-23T13:00:00Z"_qs << 1 << u"Europe/Berlin"_qs << u"2026-10-26T14:00:00Z"_qs;
}

void TestLeadRules::businessDays()
{
    QFETCH(QString, from);
    QFETCH(int, days);
    QFETCH(QString, zone);
    QFETCH(QString, expected);
    QCOMPARE(iso(LeadRules::addBusinessDays(instant(from), days, zoneNamed(zone))), expected);
}

void TestLeadRules::followUps_data()
{
    QTest::addColumn<QString>("startedAt");
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QStringList>("due"); // every step's, the first the call itself
    // The hot preset's Tier 1 cadence: call, email at once, call +1, +2, email +3, call +4, +6.
    QTest::newRow("Thursday in UTC") << u"2026-11-26T10:00:00Z"_qs << u"UTC"_qs
                                     << QStringList{u"2026-11-26T10:00:00Z"_qs, u"2026-11-26T10:00:00Z"_qs,
                                                    u"2026-11-27T10:00:00Z"_qs, u"2026-11-30T10:00:00Z"_qs,
                                                    u"2026-12-01T10:00:00Z"_qs, u"2026-12-02T10:00:00Z"_qs,
                                                    u"2026-12-04T10:00:00Z"_qs};
    QTest::newRow("Friday 17:00 in New York")
        << u"2026-11-27T22:00:00Z"_qs << u"America/New_York"_qs
        << QStringList{u"2026-11-27T22:00:00Z"_qs, u"2026-11-27T22:00:00Z"_qs, u"2026-11-30T22:00:00Z"_qs,
                       u"2026-12-01T22:00:00Z"_qs, u"2026-12-02T22:00:00Z"_qs, u"2026-12-03T22:00:00Z"_qs,
                       u"2026-12-07T22:00:00Z"_qs};
    QTest::newRow("a Saturday call: everything from Monday")
        << u"2026-11-28T10:00:00Z"_qs << u"UTC"_qs
        << QStringList{u"2026-11-30T10:00:00Z"_qs, u"2026-11-30T10:00:00Z"_qs, u"2026-12-01T10:00:00Z"_qs,
                       u"2026-12-02T10:00:00Z"_qs, u"2026-12-03T10:00:00Z"_qs, u"2026-12-04T10:00:00Z"_qs,
                       u"2026-12-08T10:00:00Z"_qs};
}

void TestLeadRules::followUps()
{
    QFETCH(QString, startedAt);
    QFETCH(QString, zone);
    QFETCH(QStringList, due);
    const Cadence tier1 = cadence({{0, u"call"_qs},
                                   {0, u"email"_qs},
                                   {1, u"call"_qs},
                                   {2, u"call"_qs},
                                   {3, u"email"_qs},
                                   {4, u"call"_qs},
                                   {6, u"call"_qs}});
    const QList<LeadTask> tasks = LeadRules::followUps(tier1, instant(startedAt), zoneNamed(zone));
    QCOMPARE(tasks.size(), due.size());
    QStringList got;
    for (const LeadTask &t : tasks) {
        got.append(iso(t.dueMs));
        QCOMPARE(t.of, 7);
        QCOMPARE(t.id, t.step);
        QCOMPARE(t.done, t.step == 1); // the call that started it
        QCOMPARE(t.kind, tier1.steps.at(t.step - 1).channel);
        // Never on a weekend where the rep is.
        QVERIFY(QDateTime::fromMSecsSinceEpoch(t.dueMs, zoneNamed(zone)).date().dayOfWeek() <= 5);
    }
    QCOMPARE(got, due);
}

void TestLeadRules::callsAndTheCadence()
{
    const Cadence three = cadence({{0, u"call"_qs}, {2, u"email"_qs}, {5, u"call"_qs}});
    const qint64 monday = instant(u"2026-11-30T10:00:00Z"_qs);
    const QTimeZone utc = QTimeZone::utc();
    // A connect starts nothing; nor does a lead without a band.
    QVERIFY(LeadRules::tasksAfterCall({}, &three, u"connected"_qs, monday, utc).isEmpty());
    QVERIFY(LeadRules::tasksAfterCall({}, nullptr, u"no_answer"_qs, monday, utc).isEmpty());
    // No answer: the cadence, step 1 done.
    const QList<LeadTask> started = LeadRules::tasksAfterCall({}, &three, u"no_answer"_qs, monday, utc);
    QCOMPARE(started.size(), 3);
    QVERIFY(started.at(0).done && !started.at(1).done && !started.at(2).done);
    // The next call completes the next open call step (not the email), whatever its outcome.
    const QList<LeadTask> next =
        LeadRules::tasksAfterCall(started, &three, u"left_voicemail"_qs, monday + 1, utc);
    QVERIFY(!next.at(1).done);
    QVERIFY(next.at(2).done);
    QCOMPARE(next.size(), 3);
    // Once all are done, a call that does not connect starts the cadence again, with new ids.
    QList<LeadTask> allDone = next;
    allDone[1].done = true;
    const QList<LeadTask> again =
        LeadRules::tasksAfterCall(allDone, &three, u"no_answer"_qs, monday + 2, utc);
    QCOMPARE(again.size(), 6);
    QCOMPARE(again.at(3).id, 4);
    QCOMPARE(again.at(3).step, 1);
}

void TestLeadRules::taskRequests_data()
{
    QTest::addColumn<QString>("request"); // complete, snooze, reschedule
    QTest::addColumn<QString>("by");
    QTest::addColumn<bool>("manager");
    QTest::addColumn<int>("task");
    QTest::addColumn<QString>("to"); // reschedule: the time asked for
    QTest::addColumn<LeadRules::Refusal>("refusal");
    QTest::addColumn<bool>("done");
    QTest::addColumn<QString>("due"); // the task's due time after
    const auto none = LeadRules::Refusal::None;
    // Task 2 is due Friday 2026-11-27 10:00 UTC; now is Friday 09:00.
    QTest::newRow("complete, the holder") << u"complete"_qs << u"sam"_qs << false << 2 << QString() << none
                                          << true << u"2026-11-27T10:00:00Z"_qs;
    QTest::newRow("complete, a manager") << u"complete"_qs << u"dana"_qs << true << 2 << QString() << none
                                         << true << u"2026-11-27T10:00:00Z"_qs;
    QTest::newRow("complete, a colleague")
        << u"complete"_qs << u"alex"_qs << false << 2 << QString() << LeadRules::Refusal::NotOwner << false
        << u"2026-11-27T10:00:00Z"_qs;
    QTest::newRow("complete, no such task")
        << u"complete"_qs << u"sam"_qs << false << 9 << QString() << LeadRules::Refusal::NoSuchTask << false
        << u"2026-11-27T10:00:00Z"_qs;
    QTest::newRow("snooze a Friday task: Monday") << u"snooze"_qs << u"sam"_qs << false << 2 << QString()
                                                  << none << false << u"2026-11-30T10:00:00Z"_qs;
    QTest::newRow("reschedule to Tuesday")
        << u"reschedule"_qs << u"sam"_qs << false << 2 << u"2026-12-01T15:00:00Z"_qs << none << false
        << u"2026-12-01T15:00:00Z"_qs;
    QTest::newRow("reschedule to a Sunday: Monday, same time")
        << u"reschedule"_qs << u"sam"_qs << false << 2 << u"2026-11-29T15:00:00Z"_qs << none << false
        << u"2026-11-30T15:00:00Z"_qs;
}

void TestLeadRules::taskRequests()
{
    QFETCH(QString, request);
    QFETCH(QString, by);
    QFETCH(bool, manager);
    QFETCH(int, task);
    QFETCH(QString, to);
    QFETCH(LeadRules::Refusal, refusal);
    LeadState before = lead(u"sam"_qs);
    before.tasks = {LeadTask{1, instant(u"2026-11-26T10:00:00Z"_qs), u"call"_qs, 1, 2, true},
                    LeadTask{2, instant(u"2026-11-27T10:00:00Z"_qs), u"call"_qs, 2, 2, false}};
    const Rep who = rep(by, manager ? Rep::Role::Manager : Rep::Role::Sdr);
    const qint64 now = instant(u"2026-11-27T09:00:00Z"_qs);
    const LeadRules::Decision d =
        request == u"complete" ? LeadRules::completeTask(before, task, who)
        : request == u"snooze" ? LeadRules::snoozeTask(before, task, who, now, QTimeZone::utc())
                               : LeadRules::rescheduleTask(before, task, who, instant(to), QTimeZone::utc());
    QCOMPARE(d.refusal, refusal);
    QCOMPARE(d.changed, d.ok());
    QTEST(d.lead.tasks.at(1).done, "done");
    QTEST(iso(d.lead.tasks.at(1).dueMs), "due");
    QCOMPARE(d.lead.tasks.at(0), before.tasks.at(0));
}

void TestLeadRules::releaseDropsOpenTasks()
{
    LeadState before = lead(u"sam"_qs);
    before.tasks = {LeadTask{1, kNow, u"call"_qs, 1, 3, true},
                    LeadTask{2, kNow + 1, u"email"_qs, 2, 3, false},
                    LeadTask{3, kNow + 2, u"call"_qs, 3, 3, false}};
    const LeadRules::Decision d = LeadRules::release(before, rep(u"sam"_qs), Visibility::AllRecords, kNow);
    QVERIFY(d.ok());
    QCOMPARE(d.lead.tasks, (QList<LeadTask>{before.tasks.at(0)}));
}

void TestLeadRules::taskStates_data()
{
    QTest::addColumn<QString>("due");
    QTest::addColumn<bool>("done");
    QTest::addColumn<QString>("zone");
    QTest::addColumn<int>("state");
    const QString now = u"2026-11-27T15:00:00Z"_qs; // Friday
    Q_UNUSED(now)
    QTest::newRow("done") << u"2026-11-20T10:00:00Z"_qs << true << u"UTC"_qs
                          << int(LeadRules::TaskState::Done);
    QTest::newRow("earlier today: overdue")
        << u"2026-11-27T10:00:00Z"_qs << false << u"UTC"_qs << int(LeadRules::TaskState::Overdue);
    QTest::newRow("later today: due")
        << u"2026-11-27T17:00:00Z"_qs << false << u"UTC"_qs << int(LeadRules::TaskState::Due);
    QTest::newRow("Monday: upcoming")
        << u"2026-11-30T10:00:00Z"_qs << false << u"UTC"_qs << int(LeadRules::TaskState::Upcoming);
    // 23:30 UTC is already Saturday in Berlin: not today there.
    QTest::newRow("tonight UTC, tomorrow in Berlin: upcoming")
        << u"2026-11-27T23:30:00Z"_qs << false << u"Europe/Berlin"_qs << int(LeadRules::TaskState::Upcoming);
}

void TestLeadRules::taskStates()
{
    QFETCH(QString, due);
    QFETCH(bool, done);
    QFETCH(QString, zone);
    const LeadTask task{1, instant(due), u"call"_qs, 1, 1, done};
    QTEST(int(LeadRules::taskState(task, instant(u"2026-11-27T15:00:00Z"_qs), zoneNamed(zone))), "state");
}

QTEST_GUILESS_MAIN(TestLeadRules)
#include "tst_leadrules.moc"
