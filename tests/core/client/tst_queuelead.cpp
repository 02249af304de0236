#include "client/feedclient.h"
#include "client/queuelead.h"
#include "clock/clock.h"
#include "protocol/messages.h"
#include "routing/leadstate.h"
#include "rules/rules.h"
#include "scoring/scorereport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <optional>

Q_DECLARE_METATYPE(QueueLead)
Q_DECLARE_METATYPE(QueueScope)

namespace {

// The lead as a console receives it: through the wire protocol's JSON.
QueueLead fromWire(const QJsonObject &json, qint64 seq, const Rules *rules)
{
    const std::optional<LeadState> lead = protocol::leadFromJson(json);
    return lead ? QueueLead::fromLead(*lead, seq, rules) : QueueLead();
}

QueueLead viaWire(const LeadState &state, qint64 seq, const Rules *rules)
{
    return fromWire(protocol::leadToJson(state), seq, rules);
}

} // namespace

namespace {

const qint64 kNow = QDateTime(QDate(2026, 3, 2), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch();
constexpr qint64 kMinute = 60'000;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;

// An open lead with the fields the queue sorts by; a deadline is its claim window.
QueueLead lead(const char *id, int tier, double score, qint64 deadlineMs = 0)
{
    QueueLead q;
    q.id = QLatin1StringView(id);
    q.tier = tier;
    q.serverScore = q.score = score;
    q.claimDeadlineMs = deadlineMs;
    return q;
}

QueueLead named(const char *name, const char *company, const char *claimedBy = "",
                LeadState::Status status = LeadState::Status::Open)
{
    QueueLead q = lead("contact:x", 2, 50);
    q.name = QLatin1StringView(name);
    q.company = QLatin1StringView(company);
    q.claimedBy = QLatin1StringView(claimedBy);
    q.status = status;
    return q;
}

const Rules &hotRules()
{
    static const Rules rules = [] {
        QString error;
        const auto loaded = Rules::load(QStringLiteral("hot"), &error);
        if (!loaded)
            qFatal("cannot load the hot preset: %s", qPrintable(error));
        return *loaded;
    }();
    return rules;
}

// "type@hoursAgo" items as the console keeps them.
QueueLead withSignals(double serverScore, const QStringList &items, const char *id = "contact:s")
{
    QueueLead q = lead(id, 2, serverScore);
    for (const QString &item : items) {
        const QStringList parts = item.split(u'@');
        q.liveSignals.push_back(QueueLead::Signal{hotRules().typeIndex(parts.at(0)),
                                                  kNow - qint64(parts.at(1).toDouble() * double(kHour)), 0});
    }
    return q;
}

} // namespace

class TestQueueLead final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void queueLessThan_data();
    void queueLessThan();
    void queueLessThanIsAStrictWeakOrder();
    void queueAccepts_data();
    void queueAccepts();
    void slaDeadline_data();
    void slaDeadline();
    void rescore_data();
    void rescore();
    void rescoreReportsChangesOnly();
    void fromJson();
    void fromJsonDefaults();
    void backoffDelay_data();
    void backoffDelay();
    void backoffIsFullJitter();
    void leadSequenceNumbers_data();
    void leadSequenceNumbers();
};

void TestQueueLead::queueLessThan_data()
{
    QTest::addColumn<QueueLead>("a");
    QTest::addColumn<QueueLead>("b");
    QTest::addColumn<bool>("aFirst");

    QTest::addRow("tier 1 before tier 2") << lead("contact:b", 1, 10) << lead("contact:a", 2, 99) << true;
    QTest::addRow("tier 2 before tier 3") << lead("contact:b", 2, 10) << lead("contact:a", 3, 99) << true;
    QTest::addRow("tier 3 before no tier") << lead("contact:b", 3, 10) << lead("contact:a", 0, 99) << true;
    QTest::addRow("no tier after tier 1") << lead("contact:a", 0, 99) << lead("contact:b", 1, 1) << false;
    QTest::addRow("contact before account in a tier")
        << lead("contact:b", 1, 10) << lead("account:a", 1, 400) << true;
    QTest::addRow("account after contact in a tier")
        << lead("account:a", 2, 400) << lead("contact:b", 2, 10) << false;
    QTest::addRow("tier beats contact over account")
        << lead("account:a", 1, 90) << lead("contact:b", 2, 70) << true;
    QTest::addRow("higher score first") << lead("contact:b", 2, 70) << lead("contact:a", 2, 65) << true;
    QTest::addRow("lower score later") << lead("contact:a", 2, 65) << lead("contact:b", 2, 70) << false;
    QTest::addRow("sooner deadline first")
        << lead("contact:b", 1, 80, kNow + kMinute) << lead("contact:a", 1, 80, kNow + 2 * kMinute) << true;
    QTest::addRow("later deadline after")
        << lead("contact:a", 1, 80, kNow + 2 * kMinute) << lead("contact:b", 1, 80, kNow + kMinute) << false;
    QTest::addRow("a deadline before none")
        << lead("contact:b", 1, 80, kNow + kDay) << lead("contact:a", 1, 80) << true;
    QTest::addRow("none after a deadline")
        << lead("contact:a", 1, 80) << lead("contact:b", 1, 80, kNow + kDay) << false;
    QTest::addRow("overdue before pending")
        << lead("contact:b", 1, 80, kNow - kMinute) << lead("contact:a", 1, 80, kNow + kMinute) << true;
    QTest::addRow("id breaks ties") << lead("contact:a", 2, 60) << lead("contact:b", 2, 60) << true;
    QueueLead first = lead("contact:b", 2, 60, kNow + kMinute);
    first.ordinal = 1;
    QueueLead second = lead("contact:a", 2, 60, kNow + kMinute);
    second.ordinal = 2;
    QTest::addRow("the lead that came first breaks ties before the id") << first << second << true;
    QTest::addRow("the lead that came later after") << second << first << false;
    second.score = 61;
    QTest::addRow("arrival only breaks ties") << first << second << false;
    QTest::addRow("irreflexive") << lead("contact:a", 2, 60) << lead("contact:a", 2, 60) << false;

    QueueLead called = lead("contact:a", 1, 80);
    called.status = LeadState::Status::Claimed;
    called.callDeadlineMs = kNow + kMinute;
    called.firstCallAtMs = kNow - kMinute;
    QTest::addRow("a called lead has no deadline left")
        << lead("contact:b", 1, 80, kNow + kHour) << called << true;
    QueueLead claimed = lead("contact:b", 1, 80, kNow + kHour);
    claimed.status = LeadState::Status::Claimed;
    claimed.callDeadlineMs = kNow + kMinute;
    QTest::addRow("a claimed lead sorts by its call deadline")
        << claimed << lead("contact:a", 1, 80, kNow + 2 * kMinute) << true;
}

void TestQueueLead::queueLessThan()
{
    QFETCH(QueueLead, a);
    QFETCH(QueueLead, b);
    QFETCH(bool, aFirst);
    QCOMPARE(::queueLessThan(a, b), aFirst);
    if (aFirst)
        QVERIFY2(!::queueLessThan(b, a), "asymmetric");
}

void TestQueueLead::queueLessThanIsAStrictWeakOrder()
{
    // Random leads over a small domain, so that ties are frequent.
    QRandomGenerator random(20260302);
    QList<QueueLead> leads;
    for (int i = 0; i < 60; ++i) {
        QueueLead q = lead("", int(random.bounded(4)), double(random.bounded(3)) * 10,
                           random.bounded(3) == 0 ? 0 : kNow + qint64(random.bounded(3)) * kMinute);
        q.id = (random.bounded(2) ? QStringLiteral("account:") : QStringLiteral("contact:")) +
               QString::number(i % 7);
        if (random.bounded(3) == 0) {
            q.status = LeadState::Status::Claimed;
            q.callDeadlineMs = kNow + qint64(random.bounded(3)) * kMinute;
        }
        q.ordinal = random.bounded(3);
        leads.append(q);
    }
    for (const QueueLead &a : std::as_const(leads)) {
        QVERIFY(!::queueLessThan(a, a));
        for (const QueueLead &b : std::as_const(leads)) {
            if (::queueLessThan(a, b))
                QVERIFY(!::queueLessThan(b, a));
            for (const QueueLead &c : std::as_const(leads)) {
                if (::queueLessThan(a, b) && ::queueLessThan(b, c))
                    QVERIFY(::queueLessThan(a, c));
            }
        }
    }
}

void TestQueueLead::queueAccepts_data()
{
    QTest::addColumn<QueueLead>("lead");
    QTest::addColumn<QueueScope>("scope");
    QTest::addColumn<QString>("me");
    QTest::addColumn<QString>("search");
    QTest::addColumn<bool>("accepted");

    const QString me = QStringLiteral("you");
    const QString none;
    const QueueLead open = named("Ann Lee", "Acme Corp");
    const QueueLead mine = named("Ann Lee", "Acme Corp", "you");
    const QueueLead theirs = named("Ann Lee", "Acme Corp", "Priya");
    QueueLead owned = open;
    owned.owner = me;
    QueueLead escalated = open;
    escalated.assignedTo = me;
    escalated.escalation = LeadState::Backup;
    const QueueLead done = named("Ann Lee", "Acme Corp", "you", LeadState::Status::Done);

    QTest::addRow("all: open") << open << QueueScope::All << me << none << true;
    QTest::addRow("all: someone else's") << theirs << QueueScope::All << me << none << true;
    QTest::addRow("all: done is hidden") << done << QueueScope::All << me << none << false;
    QTest::addRow("mine: claimed by me") << mine << QueueScope::Mine << me << none << true;
    QTest::addRow("mine: owned by me") << owned << QueueScope::Mine << me << none << true;
    QTest::addRow("mine: escalated to me") << escalated << QueueScope::Mine << me << none << true;
    QTest::addRow("mine: open") << open << QueueScope::Mine << me << none << false;
    QTest::addRow("mine: someone else's") << theirs << QueueScope::Mine << me << none << false;
    QTest::addRow("mine: done is hidden") << done << QueueScope::Mine << me << none << false;
    QTest::addRow("mine: no identity yet")
        << named("A", "B", "") << QueueScope::Mine << none << none << false;
    QTest::addRow("unclaimed: open") << open << QueueScope::Unclaimed << me << none << true;
    QTest::addRow("unclaimed: escalated, not claimed")
        << escalated << QueueScope::Unclaimed << me << none << true;
    QTest::addRow("unclaimed: mine") << mine << QueueScope::Unclaimed << me << none << false;
    QTest::addRow("unclaimed: someone else's") << theirs << QueueScope::Unclaimed << me << none << false;
    QTest::addRow("search: name") << open << QueueScope::All << me << QStringLiteral("ann") << true;
    QTest::addRow("search: name, upper case")
        << open << QueueScope::All << me << QStringLiteral("LEE") << true;
    QTest::addRow("search: company") << open << QueueScope::All << me << QStringLiteral("acme") << true;
    QTest::addRow("search: inside a word")
        << open << QueueScope::All << me << QStringLiteral("cme c") << true;
    QTest::addRow("search: no match") << open << QueueScope::All << me << QStringLiteral("globex") << false;
    QTest::addRow("search: title is not searched") <<
        [] {
            QueueLead q = named("Ann Lee", "Acme Corp");
            q.title = QStringLiteral("VP Sales");
            return q;
        }() << QueueScope::All << me << QStringLiteral("sales")
                                                   << false;
    QTest::addRow("search and scope: both must hold")
        << theirs << QueueScope::Mine << me << QStringLiteral("ann") << false;
    QTest::addRow("search: done is hidden")
        << done << QueueScope::All << me << QStringLiteral("ann") << false;
}

void TestQueueLead::queueAccepts()
{
    QFETCH(QueueLead, lead);
    QFETCH(QueueScope, scope);
    QFETCH(QString, me);
    QFETCH(QString, search);
    QFETCH(bool, accepted);
    QCOMPARE(::queueAccepts(lead, scope, me, search), accepted);
}

void TestQueueLead::slaDeadline_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<qint64>("claimDeadline");
    QTest::addColumn<qint64>("callDeadline");
    QTest::addColumn<qint64>("firstCallAt");
    QTest::addColumn<qint64>("expected");

    const int open = int(LeadState::Status::Open);
    const int claimed = int(LeadState::Status::Claimed);
    const int done = int(LeadState::Status::Done);
    const qint64 claim = kNow + 5 * kMinute;
    const qint64 call = kNow + 15 * kMinute;
    QTest::addRow("open: the claim window") << open << claim << call << qint64(0) << claim;
    QTest::addRow("open without a claim window: the call SLA")
        << open << qint64(0) << call << qint64(0) << call;
    QTest::addRow("open, no SLA at all") << open << qint64(0) << qint64(0) << qint64(0) << qint64(0);
    QTest::addRow("claimed: the call SLA") << claimed << claim << call << qint64(0) << call;
    QTest::addRow("claimed and called: none") << claimed << qint64(0) << call << kNow << qint64(0);
    QTest::addRow("called without a claim: none") << open << qint64(0) << call << kNow << qint64(0);
    QTest::addRow("done: none") << done << claim << call << qint64(0) << qint64(0);
}

void TestQueueLead::slaDeadline()
{
    QFETCH(int, status);
    QFETCH(qint64, claimDeadline);
    QFETCH(qint64, callDeadline);
    QFETCH(qint64, firstCallAt);
    QFETCH(qint64, expected);
    QueueLead q = lead("contact:a", 1, 90);
    q.status = LeadState::Status(status);
    q.claimDeadlineMs = claimDeadline;
    q.callDeadlineMs = callDeadline;
    q.firstCallAtMs = firstCallAt;
    QCOMPARE(q.slaDeadlineMs(), expected);
}

void TestQueueLead::rescore_data()
{
    QTest::addColumn<QueueLead>("lead");
    QTest::addColumn<bool>("withRules");
    QTest::addColumn<double>("expected");

    // hot: demo_request 30 (none, 7 days), pricing_page_visit 25 (20%/week), case_study 15
    // (15%/week), contact_sales 30 (none, 7 days); contacts capped at 100; 30-day window.
    QTest::addRow("demo request, fresh")
        << withSignals(30, {QStringLiteral("demo_request@1")}) << true << 30.0;
    QTest::addRow("demo request, at the end of its window")
        << withSignals(30, {QStringLiteral("demo_request@168")}) << true << 30.0;
    QTest::addRow("demo request, past its window")
        << withSignals(30, {QStringLiteral("demo_request@169")}) << true << 0.0;
    QTest::addRow("pricing, one week: 80 percent")
        << withSignals(25, {QStringLiteral("pricing_page_visit@168")}) << true << 20.0;
    QTest::addRow("pricing, two weeks: 64 percent")
        << withSignals(25, {QStringLiteral("pricing_page_visit@336")}) << true << 16.0;
    QTest::addRow("pricing, half a week: 89.44 percent")
        << withSignals(25, {QStringLiteral("pricing_page_visit@84")}) << true << 22.36;
    QTest::addRow("outside the rolling window")
        << withSignals(25, {QStringLiteral("pricing_page_visit@721")}) << true << 0.0;
    QTest::addRow("repeated signals add up")
        << withSignals(75, {QStringLiteral("pricing_page_visit@0"), QStringLiteral("pricing_page_visit@0"),
                            QStringLiteral("pricing_page_visit@0")})
        << true << 75.0;
    QTest::addRow("capped at 100") << withSignals(100, {QStringLiteral("demo_request@1"),
                                                        QStringLiteral("contact_sales@1"),
                                                        QStringLiteral("pricing_page_visit@0"),
                                                        QStringLiteral("case_study_download@0"),
                                                        QStringLiteral("free_trial_start@1")})
                                   << true << 100.0;
    QTest::addRow("cap applies before the server's score")
        << withSignals(130, {QStringLiteral("demo_request@1"), QStringLiteral("contact_sales@1"),
                             QStringLiteral("free_trial_start@1"), QStringLiteral("pricing_page_visit@0")})
        << true << 100.0;
    QTest::addRow("never above the server's score")
        << withSignals(40, {QStringLiteral("demo_request@1"), QStringLiteral("pricing_page_visit@0")}) << true
        << 40.0;
    QTest::addRow("below the server's score once decayed")
        << withSignals(55, {QStringLiteral("demo_request@170"), QStringLiteral("pricing_page_visit@168")})
        << true << 20.0;
    QTest::addRow("a type the rules do not know keeps the server's score")
        << withSignals(42, {QStringLiteral("demo_request@170"), QStringLiteral("carrier_pigeon@1")}) << true
        << 42.0;
    QTest::addRow("an account keeps the server's score")
        << withSignals(300, {QStringLiteral("demo_request@170")}, "account:acme") << true << 300.0;
    QTest::addRow("no live signals keeps the server's score") << withSignals(33, {}) << true << 33.0;
    QTest::addRow("no rules keeps the server's score")
        << withSignals(30, {QStringLiteral("demo_request@170")}) << false << 30.0;
}

void TestQueueLead::rescore()
{
    QFETCH(QueueLead, lead);
    QFETCH(bool, withRules);
    QFETCH(double, expected);
    const double before = lead.score;
    const bool changed = lead.rescore(kNow, withRules ? &hotRules() : nullptr);
    QCOMPARE(lead.score, expected);
    QCOMPARE(changed, before != expected);
    QCOMPARE(lead.serverScore, before); // the server's figure is kept as it was
}

void TestQueueLead::rescoreReportsChangesOnly()
{
    QueueLead q = withSignals(25, {QStringLiteral("pricing_page_visit@0")});
    QVERIFY(!q.rescore(kNow, &hotRules()));
    QVERIFY(q.rescore(kNow + 7 * kDay, &hotRules()));
    QCOMPARE(q.score, 20.0);
    QVERIFY(!q.rescore(kNow + 7 * kDay, &hotRules()));
    // Decay is continuous: a minute later the rounded score has moved by less than a cent.
    QVERIFY(!q.rescore(kNow + 7 * kDay + kMinute, &hotRules()));
    QVERIFY(q.rescore(kNow + 8 * kDay, &hotRules()));
    QVERIFY(q.score < 20.0);
}

void TestQueueLead::fromJson()
{
    // The lead as the server sends it: LeadState::toJson with a scored card.
    LeadState state;
    state.id = QStringLiteral("contact:u-42");
    state.status = LeadState::Status::Claimed;
    state.alertAtMs = kNow - 10 * kMinute;
    state.owner = QStringLiteral("Priya");
    state.claimedBy = QStringLiteral("Priya");
    state.claimedAtMs = kNow - 5 * kMinute;
    state.escalation = LeadState::Backup;
    state.assignedTo = QStringLiteral("Marcus");
    state.claimDeadlineMs = kNow + 5 * kMinute;
    state.callDeadlineMs = kNow + 50 * kMinute;
    state.breach = true;
    state.firstCallAtMs = kNow - kMinute;
    state.tier = 1;
    state.score = 87.456;
    state.card = LeadCard::fromJson(QJsonObject{
        {QStringLiteral("name"), QStringLiteral("Ann Lee")},
        {QStringLiteral("company"), QStringLiteral("Acme Corp")},
        {QStringLiteral("title"), QStringLiteral("VP Sales")},
        {QStringLiteral("phone"), QStringLiteral("+1 555 0100")},
        {QStringLiteral("summary"), QStringLiteral("Demo request + Pricing page visit")},
        {QStringLiteral("explanation"),
         QJsonObject{{QStringLiteral("signals"),
                      QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("demo_request")},
                                             {QStringLiteral("at"), formatInstant(kNow - kHour)},
                                             {QStringLiteral("points"), 30}},
                                 QJsonObject{{QStringLiteral("type"), QStringLiteral("carrier_pigeon")},
                                             {QStringLiteral("at"), formatInstant(kNow - 2 * kHour)},
                                             {QStringLiteral("points"), 5}}}}}}});

    const QueueLead q = viaWire(state, 17, &hotRules());
    QCOMPARE(q.id, state.id);
    QCOMPARE(q.name, QStringLiteral("Ann Lee"));
    QCOMPARE(q.company, QStringLiteral("Acme Corp"));
    QCOMPARE(q.title, QStringLiteral("VP Sales"));
    QCOMPARE(q.phone, QStringLiteral("+1 555 0100"));
    QCOMPARE(q.summary, QStringLiteral("Demo request + Pricing page visit"));
    QCOMPARE(q.owner, QStringLiteral("Priya"));
    QCOMPARE(q.claimedBy, QStringLiteral("Priya"));
    QCOMPARE(q.assignedTo, QStringLiteral("Marcus"));
    QCOMPARE(q.status, LeadState::Status::Claimed);
    QCOMPARE(q.escalation, int(LeadState::Backup));
    QCOMPARE(q.tier, 1);
    QCOMPARE(q.serverScore, 87.46);
    QCOMPARE(q.score, q.serverScore);
    QCOMPARE(q.alertAtMs, state.alertAtMs);
    QCOMPARE(q.claimDeadlineMs, state.claimDeadlineMs);
    QCOMPARE(q.callDeadlineMs, state.callDeadlineMs);
    QCOMPARE(q.firstCallAtMs, state.firstCallAtMs);
    QVERIFY(q.breach);
    QCOMPARE(q.seq, 17);
    QVERIFY(!q.isAccount());
    QVERIFY(q.isMine(QStringLiteral("Priya")));
    QVERIFY(q.isMine(QStringLiteral("Marcus")));
    QVERIFY(!q.isMine(QStringLiteral("you")));
    QCOMPARE(q.liveSignals.size(), 2);
    QCOMPARE(q.liveSignals.at(0).type, hotRules().typeIndex(QStringLiteral("demo_request")));
    QCOMPARE(q.liveSignals.at(0).atMs, kNow - kHour);
    QCOMPARE(q.liveSignals.at(0).points, 30.0);
    QCOMPARE(q.liveSignals.at(1).type, -1);

    // Without rules the signals are kept, but no type is known.
    const QueueLead bare = viaWire(state, 17, nullptr);
    QCOMPARE(bare.liveSignals.size(), 2);
    QCOMPARE(bare.liveSignals.at(0).type, -1);

    for (const auto &[status, escalation, expectedStatus, expectedEscalation] :
         {std::tuple{LeadState::Status::Open, LeadState::Primary, LeadState::Status::Open,
                     int(LeadState::Primary)},
          std::tuple{LeadState::Status::Done, LeadState::ManagerQueue, LeadState::Status::Done,
                     int(LeadState::ManagerQueue)}}) {
        state.status = status;
        state.escalation = escalation;
        const QueueLead other = viaWire(state, 1, nullptr);
        QCOMPARE(other.status, expectedStatus);
        QCOMPARE(other.escalation, expectedEscalation);
    }
}

void TestQueueLead::fromJsonDefaults()
{
    const QueueLead q = fromWire(QJsonObject{{QStringLiteral("id"), QStringLiteral("account:acme")},
                                             {QStringLiteral("status"), QStringLiteral("something new")},
                                             {QStringLiteral("escalation"), QStringLiteral("elsewhere")},
                                             {QStringLiteral("alertAt"), QStringLiteral("not a date")}},
                                 3, &hotRules());
    QCOMPARE(q.id, QStringLiteral("account:acme"));
    QVERIFY(q.isAccount());
    QCOMPARE(q.status, LeadState::Status::Open);
    QCOMPARE(q.escalation, int(LeadState::Primary));
    QCOMPARE(q.tier, 0);
    QCOMPARE(q.score, 0.0);
    QCOMPARE(q.alertAtMs, 0);
    QCOMPARE(q.claimDeadlineMs, 0);
    QCOMPARE(q.slaDeadlineMs(), 0);
    QVERIFY(q.name.isEmpty());
    QVERIFY(q.claimedBy.isEmpty());
    QVERIFY(q.liveSignals.empty());
    QVERIFY(!q.isMine(QString()));
}

void TestQueueLead::backoffDelay_data()
{
    QTest::addColumn<int>("attempt");
    QTest::addColumn<qint64>("ceiling");

    // 500 ms doubling per attempt, capped at 30 s from attempt 6 (500 * 2^6 = 32 s) on.
    for (int attempt = 0; attempt <= 40; ++attempt) {
        const qint64 ceiling = attempt < 6 ? qint64(500) << attempt : 30'000;
        QTest::addRow("attempt %d", attempt) << attempt << ceiling;
    }
}

void TestQueueLead::backoffDelay()
{
    QFETCH(int, attempt);
    QFETCH(qint64, ceiling);
    QCOMPARE(FeedClient::backoffDelayMs(attempt, 0.0), 0);
    QCOMPARE(FeedClient::backoffDelayMs(attempt, 1.0), ceiling);
    QCOMPARE(FeedClient::backoffDelayMs(attempt, 0.5), ceiling / 2);
    QCOMPARE(FeedClient::backoffDelayMs(attempt, 0.25), ceiling / 4);
    // A random number out of range never leaves [0, ceiling].
    QCOMPARE(FeedClient::backoffDelayMs(attempt, -0.5), 0);
    QCOMPARE(FeedClient::backoffDelayMs(attempt, 7.0), ceiling);
    // Another base and cap.
    const qint64 custom = FeedClient::backoffDelayMs(attempt, 1.0, 100, 5'000);
    QCOMPARE(custom, attempt < 6 ? std::min<qint64>(5'000, qint64(100) << attempt) : 5'000);
    if (attempt > 0)
        QVERIFY(FeedClient::backoffDelayMs(attempt, 1.0) >= FeedClient::backoffDelayMs(attempt - 1, 1.0));
}

void TestQueueLead::backoffIsFullJitter()
{
    // Full jitter: delays spread over the whole of [0, ceiling], not around the ceiling.
    QRandomGenerator random(7);
    for (const auto &[attempt, ceiling] :
         {std::pair{0, qint64(500)}, std::pair{3, qint64(4'000)}, std::pair{12, qint64(30'000)}}) {
        qint64 low = std::numeric_limits<qint64>::max();
        qint64 high = 0;
        double sum = 0;
        const int samples = 2'000;
        for (int i = 0; i < samples; ++i) {
            const qint64 delay = FeedClient::backoffDelayMs(attempt, random.generateDouble());
            QVERIFY(delay >= 0 && delay <= ceiling);
            low = std::min(low, delay);
            high = std::max(high, delay);
            sum += double(delay);
        }
        QVERIFY2(low < ceiling / 20, qPrintable(QString::number(low)));
        QVERIFY2(high > ceiling - ceiling / 20, qPrintable(QString::number(high)));
        const double mean = sum / samples;
        QVERIFY2(std::abs(mean - double(ceiling) / 2) < double(ceiling) / 10,
                 qPrintable(QString::number(mean)));
    }
}

QTEST_GUILESS_MAIN(TestQueueLead)
#include "tst_queuelead.moc"

void TestQueueLead::leadSequenceNumbers_data()
{
    QTest::addColumn<QJsonValue>("seq");
    QTest::addColumn<qint64>("lastSeq"); // after the lead message; 3 before it

    QTest::addRow("next") << QJsonValue(4) << qint64(4);
    QTest::addRow("seen already") << QJsonValue(3) << qint64(3);
    // Turned into a qint64, this was undefined behaviour (UBSan in fuzz_feedclient, input
    // tests/fuzz/corpus/feedclient/crash-seq-overflow).
    QTest::addRow("1e300") << QJsonValue(1e300) << qint64(3);
    QTest::addRow("-1e300") << QJsonValue(-1e300) << qint64(3);
    QTest::addRow("not whole") << QJsonValue(4.5) << qint64(3);
    QTest::addRow("a string") << QJsonValue(QStringLiteral("4")) << qint64(3);
    QTest::addRow("none") << QJsonValue() << qint64(3);
}

void TestQueueLead::leadSequenceNumbers()
{
    QFETCH(QJsonValue, seq);
    QFETCH(qint64, lastSeq);
    ManualClock clock(kNow);
    FeedClient client(clock);
    client.setLastSeq(3);
    QSignalSpy changes(&client, &FeedClient::leadChanged);
    QJsonObject message{
        {QStringLiteral("type"), QStringLiteral("lead")},
        {QStringLiteral("lead"), QJsonObject{{QStringLiteral("id"), QStringLiteral("contact:a")}}}};
    if (!seq.isNull())
        message.insert(QStringLiteral("seq"), seq);
    client.handleMessage(QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact)));
    QCOMPARE(client.lastSeq(), lastSeq);
    QCOMPARE(changes.count(), lastSeq == 3 ? 0 : 1);
}
