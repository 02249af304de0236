#include "leads/leadgraph.h"
#include "rules/rules.h"
#include "scoring/scoringengine.h"

#include <QTest>

#include <cmath>
#include <memory>

namespace {

const qint64 kNow = QDateTime(QDate(2026, 3, 2), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch();

qint64 hoursAgo(double hours)
{
    return kNow - qint64(hours * 3600 * 1000);
}

qint64 daysAgo(double days)
{
    return hoursAgo(days * 24);
}

// Rules, a graph and an engine over them, built for one test.
struct World
{
    explicit World(const QString &preset)
    {
        QString error;
        auto loaded = Rules::load(preset, &error);
        if (!loaded)
            qFatal("cannot load preset %s: %s", qPrintable(preset), qPrintable(error));
        rules = std::make_unique<Rules>(*loaded);
        graph = std::make_unique<LeadGraph>(*rules);
        engine = std::make_unique<ScoringEngine>(*rules, *graph);
    }

    int type(const char *id) const
    {
        const int t = rules->typeIndex(QLatin1StringView(id));
        if (t < 0)
            qFatal("no signal type %s", id);
        return t;
    }

    int contact(const char *id, const char *title = "", const char *lifecycle = "")
    {
        const int c = graph->ensureContact(QLatin1StringView(id));
        SegmentCall identify;
        identify.type = SegmentCall::Type::Identify;
        identify.userId = QLatin1StringView(id);
        identify.timestamp = QDateTime::fromMSecsSinceEpoch(daysAgo(40), Qt::UTC);
        identify.traits = QJsonObject{{QStringLiteral("title"), QLatin1StringView(title)},
                                      {QStringLiteral("lifecycleStage"), QLatin1StringView(lifecycle)}};
        graph->apply(identify);
        return c;
    }

    int account(const char *id, std::initializer_list<int> members)
    {
        const int a = graph->ensureAccount(QLatin1StringView(id));
        for (int c : members)
            graph->setContactAccount(c, a);
        return a;
    }

    void signal(int contact, const char *type, qint64 atMs)
    {
        graph->addSignal(contact, this->type(type), atMs);
    }

    ContactScore score(int contact, qint64 at = kNow) const { return engine->scoreContact(contact, at); }

    std::unique_ptr<Rules> rules;
    std::unique_ptr<LeadGraph> graph;
    std::unique_ptr<ScoringEngine> engine;
};

} // namespace

class TstScoringEngine final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decay_data();
    void decay();
    void repeatedSignalsAddUp();
    void contactCap();
    void firmographicSignalsBelongToTheAccount();
    void accountMultipliers_data();
    void accountMultipliers();
    void techCorpIsHot();
    void bandsAndTiers_data();
    void bandsAndTiers();
    void tierPatterns_data();
    void tierPatterns();
    void alertTrigger_data();
    void alertTrigger();
    void alertingLeadIsAtLeastTier2();
    void scoresDecayAsTimePasses();
    void explanationListsLiveSignals();
    void incrementalUpdateMatchesFullRescore();
    void contextGroupIdAttributesSignalToThatAccount();
};

void TstScoringEngine::decay_data()
{
    QTest::addColumn<QString>("preset");
    QTest::addColumn<QString>("type");
    QTest::addColumn<double>("ageHours");
    QTest::addColumn<double>("expected");

    const auto hot = QStringLiteral("hot");
    const auto warm = QStringLiteral("warm");
    const auto pricing = QStringLiteral("pricing_page_visit");
    const auto demo = QStringLiteral("demo_request");
    QTest::addRow("hot demo fresh") << hot << demo << 0.0 << 30.0;
    QTest::addRow("hot demo at its 7 day window") << hot << demo << 7 * 24.0 << 30.0;
    QTest::addRow("hot demo just past 7 days") << hot << demo << 7 * 24.0 + 0.01 << 0.0;
    QTest::addRow("hot trial at 10 days") << hot << QStringLiteral("free_trial_start") << 10 * 24.0 << 30.0;
    QTest::addRow("hot trial past 14 days")
        << hot << QStringLiteral("free_trial_start") << 14 * 24.0 + 1 << 0.0;
    QTest::addRow("hot pricing fresh") << hot << pricing << 0.0 << 25.0;
    QTest::addRow("hot pricing 3.5 days is 89.4 percent")
        << hot << pricing << 3.5 * 24 << 25 * std::pow(0.8, 0.5);
    QTest::addRow("hot pricing 7 days is 80 percent") << hot << pricing << 7 * 24.0 << 20.0;
    QTest::addRow("hot pricing 14 days is 64 percent") << hot << pricing << 14 * 24.0 << 16.0;
    QTest::addRow("hot pricing 1 hour") << hot << pricing << 1.0 << 25 * std::pow(0.8, 1.0 / 168);
    QTest::addRow("hot pricing 30 days, last day in window")
        << hot << pricing << 30 * 24.0 << 25 * std::pow(0.8, 30.0 / 7);
    QTest::addRow("hot pricing past the 30 day window") << hot << pricing << 30 * 24.0 + 0.01 << 0.0;
    QTest::addRow("hot competitor 15%%/week at 10 days")
        << hot << QStringLiteral("competitor_comparison") << 10 * 24.0 << 20 * std::pow(0.85, 10.0 / 7);
    QTest::addRow("hot email click 25%%/week at 2 days")
        << hot << QStringLiteral("email_click") << 2 * 24.0 << 8 * std::pow(0.75, 2.0 / 7);
    QTest::addRow("hot signal in the future does not count") << hot << pricing << -1.0 << 0.0;
    QTest::addRow("warm demo at 72 hours") << warm << demo << 72.0 << 100.0;
    QTest::addRow("warm demo past 72 hours") << warm << demo << 72.5 << 0.0;
    QTest::addRow("warm pricing 20%%/day at 1 day") << warm << pricing << 24.0 << 60.0;
    QTest::addRow("warm pricing 20%%/day at 12 hours") << warm << pricing << 12.0 << 75 * std::pow(0.8, 0.5);
    QTest::addRow("warm blog 5%%/week at 3 weeks")
        << warm << QStringLiteral("blog_read") << 21 * 24.0 << 10 * std::pow(0.95, 3.0);
}

void TstScoringEngine::decay()
{
    QFETCH(QString, preset);
    QFETCH(QString, type);
    QFETCH(double, ageHours);
    QFETCH(double, expected);

    World w(preset);
    const int c = w.contact("ann");
    w.graph->addSignal(c, w.rules->typeIndex(type), hoursAgo(ageHours));
    const ContactScore s = w.score(c);
    QVERIFY2(std::abs(s.score - expected) < 1e-9,
             qPrintable(QStringLiteral("got %1").arg(s.score, 0, 'f', 12)));
    QCOMPARE(s.live, expected > 0);
}

void TstScoringEngine::repeatedSignalsAddUp()
{
    World w(QStringLiteral("hot"));
    const int c = w.contact("ann");
    for (int i = 0; i < 3; ++i)
        w.signal(c, "pricing_page_visit", kNow);
    QCOMPARE(w.score(c).score, 75.0);
}

void TstScoringEngine::contactCap()
{
    World hot(QStringLiteral("hot"));
    const int c = hot.contact("ann");
    for (const char *type : {"demo_request", "contact_sales", "free_trial_start", "pricing_page_visit"})
        hot.signal(c, type, kNow);
    const ContactScore s = hot.score(c);
    QCOMPARE(s.raw, 115.0);
    QCOMPARE(s.score, 100.0);
    QVERIFY(s.capped);

    World warm(QStringLiteral("warm"));
    const int d = warm.contact("bob");
    warm.signal(d, "demo_request", kNow);
    warm.signal(d, "free_trial_active_usage", kNow);
    QCOMPARE(warm.score(d).score, 190.0);
    QVERIFY(!warm.score(d).capped);
}

void TstScoringEngine::firmographicSignalsBelongToTheAccount()
{
    World w(QStringLiteral("hot"));
    const int ann = w.contact("ann");
    const int bob = w.contact("bob");
    const int acme = w.account("acme", {ann, bob});
    w.signal(ann, "demo_request", kNow);
    w.graph->addAccountSignal(acme, w.type("funding_announced"), daysAgo(7));

    // Each contact carries the account's firmographic signal; the account counts it once.
    QCOMPARE(w.score(ann).score, 30.0 + 15 * 0.9);
    QCOMPARE(w.score(bob).score, 15 * 0.9);
    const AccountScore a = w.engine->scoreAccount(acme, kNow);
    QCOMPARE(a.base, 30.0 + 15 * 0.9);
    QCOMPARE(a.liveContacts, 1); // bob has no signal of his own
    QVERIFY(a.multipliers.isEmpty());
}

void TstScoringEngine::accountMultipliers_data()
{
    QTest::addColumn<QStringList>("titles");     // one contact per title
    QTest::addColumn<QList<bool>>("liveSignal"); // does that contact have a live signal
    QTest::addColumn<double>("expectedMultiplier");

    QTest::addRow("one engaged contact")
        << QStringList{QStringLiteral("Analyst")} << QList<bool>{true} << 1.0;
    QTest::addRow("two engaged contacts")
        << QStringList{QStringLiteral("Analyst"), QStringLiteral("Engineer")} << QList<bool>{true, true}
        << 1.5;
    QTest::addRow("second contact not engaged")
        << QStringList{QStringLiteral("Analyst"), QStringLiteral("Engineer")} << QList<bool>{true, false}
        << 1.0;
    QTest::addRow("engaged CEO alone") << QStringList{QStringLiteral("CEO")} << QList<bool>{true} << 1.3;
    QTest::addRow("Chief Revenue Officer and analyst")
        << QStringList{QStringLiteral("Chief Revenue Officer"), QStringLiteral("Analyst")}
        << QList<bool>{true, true} << 1.5 * 1.3;
    QTest::addRow("CMO without a live signal")
        << QStringList{QStringLiteral("CMO"), QStringLiteral("Analyst")} << QList<bool>{false, true} << 1.0;
    QTest::addRow("VP is not C-level")
        << QStringList{QStringLiteral("VP Marketing")} << QList<bool>{true} << 1.0;
}

void TstScoringEngine::accountMultipliers()
{
    QFETCH(QStringList, titles);
    QFETCH(QList<bool>, liveSignal);
    QFETCH(double, expectedMultiplier);

    World w(QStringLiteral("hot"));
    const int acme = w.graph->ensureAccount(QStringLiteral("acme"));
    double base = 0;
    for (qsizetype i = 0; i < titles.size(); ++i) {
        const QByteArray id = "c" + QByteArray::number(i);
        const QByteArray title = titles.at(i).toUtf8();
        const int c = w.contact(id.constData(), title.constData());
        w.graph->setContactAccount(c, acme);
        // a dead signal (40 days old) for the contacts without a live one
        w.signal(c, "case_study_download", liveSignal.at(i) ? kNow : daysAgo(40));
        base += liveSignal.at(i) ? 15 : 0;
    }
    const AccountScore a = w.engine->scoreAccount(acme, kNow);
    QCOMPARE(a.base, base);
    QVERIFY(std::abs(a.multiplier - expectedMultiplier) < 1e-12);
    QVERIFY(std::abs(a.score - base * expectedMultiplier) < 1e-9);
}

void TstScoringEngine::techCorpIsHot()
{
    // Seed 000: (135 + 115 + 40) x 1.5 (multi-contact) x 1.3 (C-level) = 565.5 -> Hot.
    World w(QStringLiteral("warm"));
    const int sarah = w.contact("sarah", "VP Marketing");
    const int mike = w.contact("mike", "Marketing Ops");
    const int jessica = w.contact("jessica", "CMO");
    const int techcorp = w.account("techcorp", {sarah, mike, jessica});
    for (const char *type : {"pricing_page_visit", "case_study_download", "email_click"})
        w.signal(sarah, type, kNow);
    for (const char *type : {"technical_documentation", "webinar_attendance", "return_visit"})
        w.signal(mike, type, kNow);
    for (const char *type : {"linkedin_profile_view", "blog_read"})
        w.signal(jessica, type, kNow);

    QCOMPARE(w.score(sarah).score, 135.0);
    QCOMPARE(w.score(mike).score, 115.0);
    QCOMPARE(w.score(jessica).score, 40.0);
    const AccountScore a = w.engine->scoreAccount(techcorp, kNow);
    QCOMPARE(a.base, 290.0);
    QCOMPARE(a.multipliers.size(), 2);
    QVERIFY(std::abs(a.score - 565.5) < 1e-9);
    QCOMPARE(w.rules->bands.at(a.band).name, QStringLiteral("Hot"));
    QVERIFY(a.alert);
    QCOMPARE(w.rules->bands.at(w.score(sarah).band).name, QStringLiteral("Very Warm"));
    QCOMPARE(w.rules->bands.at(w.score(jessica).band).name, QStringLiteral("Slightly Warm"));
}

void TstScoringEngine::bandsAndTiers_data()
{
    QTest::addColumn<QString>("preset");
    QTest::addColumn<QStringList>("types"); // fresh signals
    QTest::addColumn<QString>("band");
    QTest::addColumn<int>("tier");

    const auto hot = QStringLiteral("hot");
    QTest::addRow("hot 0 nurture") << hot << QStringList{} << QStringLiteral("Nurture") << 0;
    QTest::addRow("hot 35 nurture") << hot
                                    << QStringList{QStringLiteral("competitor_comparison"),
                                                   QStringLiteral("return_visit"),
                                                   QStringLiteral("webinar_attendance")}
                                           .mid(0, 2)
                                    << QStringLiteral("Nurture") << 0;
    QTest::addRow("hot 40 tier 3") << hot
                                   << QStringList{QStringLiteral("competitor_comparison"),
                                                  QStringLiteral("roi_calculator")}
                                   << QStringLiteral("Tier 3 Warm") << 3;
    QTest::addRow("hot 60 tier 2") << hot
                                   << QStringList{QStringLiteral("demo_request"),
                                                  QStringLiteral("contact_sales")}
                                   << QStringLiteral("Tier 2 Hot") << 2;
    QTest::addRow("hot 85 tier 1") << hot
                                   << QStringList{QStringLiteral("demo_request"),
                                                  QStringLiteral("contact_sales"),
                                                  QStringLiteral("pricing_page_visit")}
                                   << QStringLiteral("Tier 1 Hot") << 1;
    const auto warm = QStringLiteral("warm");
    QTest::addRow("warm 10 cold") << warm << QStringList{QStringLiteral("blog_read")}
                                  << QStringLiteral("Cold") << 0;
    QTest::addRow("warm 25 slightly warm")
        << warm << QStringList{QStringLiteral("email_click")} << QStringLiteral("Slightly Warm") << 0;
    QTest::addRow("warm 55 lukewarm")
        << warm << QStringList{QStringLiteral("email_click"), QStringLiteral("technical_documentation")}
        << QStringLiteral("Lukewarm") << 0;
    QTest::addRow("warm 75 warm") << warm << QStringList{QStringLiteral("pricing_page_visit")}
                                  << QStringLiteral("Warm") << 3;
    QTest::addRow("warm 100 very warm")
        << warm << QStringList{QStringLiteral("demo_request")} << QStringLiteral("Very Warm") << 2;
    QTest::addRow("warm 175 hot") << warm
                                  << QStringList{QStringLiteral("demo_request"),
                                                 QStringLiteral("pricing_page_visit")}
                                  << QStringLiteral("Hot") << 1;
}

void TstScoringEngine::bandsAndTiers()
{
    QFETCH(QString, preset);
    QFETCH(QStringList, types);
    QFETCH(QString, band);
    QFETCH(int, tier);

    World w(preset);
    const int c = w.contact("ann");
    for (const QString &type : types)
        w.graph->addSignal(c, w.rules->typeIndex(type), kNow);
    const ContactScore s = w.score(c);
    QCOMPARE(w.rules->bands.at(s.band).name, band);
    QCOMPARE(s.tier, tier);
}

void TstScoringEngine::tierPatterns_data()
{
    QTest::addColumn<QStringList>("types");
    QTest::addColumn<QList<double>>("ageHours");
    QTest::addColumn<bool>("withFunding");
    QTest::addColumn<int>("scoreTier");
    QTest::addColumn<int>("tier");

    const auto demo = QStringLiteral("demo_request");
    const auto pricing = QStringLiteral("pricing_page_visit");
    const auto caseStudy = QStringLiteral("case_study_download");
    // demo 30 + pricing 25 + case study 15 = 70: band Tier 2, the pattern makes it Tier 1
    QTest::addRow("demo + pricing 24h later + case study: tier 1")
        << QStringList{demo, pricing, caseStudy} << QList<double>{30, 6, 2} << false << 2 << 1;
    QTest::addRow("trial + pricing before it + docs: tier 1")
        << QStringList{QStringLiteral("free_trial_start"), pricing, QStringLiteral("technical_documentation")}
        << QList<double>{2, 40, 1} << false << 2 << 1;
    QTest::addRow("pricing 49h after the demo: no tier 1")
        << QStringList{demo, pricing, caseStudy} << QList<double>{50, 1, 1} << false << 2 << 2;
    QTest::addRow("research older than 7 days: no tier 1")
        << QStringList{demo, pricing, caseStudy} << QList<double>{2, 1, 8 * 24} << false << 2 << 2;
    QTest::addRow("demo past its window does not anchor")
        << QStringList{demo, pricing, caseStudy} << QList<double>{7 * 24 + 2, 7 * 24, 24} << false << 0 << 0;
    QTest::addRow("3 research actions in 7 days: tier 2")
        << QStringList{caseStudy, QStringLiteral("roi_calculator"), QStringLiteral("technical_documentation")}
        << QList<double>{100, 50, 1} << false << 3 << 2;
    QTest::addRow("3 research actions, one 8 days old: no tier 2")
        << QStringList{caseStudy, QStringLiteral("roi_calculator"), QStringLiteral("technical_documentation")}
        << QList<double>{8 * 24, 50, 1} << false << 3 << 3;
    QTest::addRow("critical + firmographic: tier 2")
        << QStringList{pricing} << QList<double>{1} << true << 0 << 2;
    QTest::addRow("critical alone stays nurture")
        << QStringList{pricing} << QList<double>{1} << false << 0 << 0;
}

void TstScoringEngine::tierPatterns()
{
    QFETCH(QStringList, types);
    QFETCH(QList<double>, ageHours);
    QFETCH(bool, withFunding);
    QFETCH(int, scoreTier);
    QFETCH(int, tier);

    World w(QStringLiteral("hot"));
    const int c = w.contact("ann");
    const int acme = w.account("acme", {c});
    for (qsizetype i = 0; i < types.size(); ++i)
        w.graph->addSignal(c, w.rules->typeIndex(types.at(i)), hoursAgo(ageHours.at(i)));
    if (withFunding)
        w.graph->addAccountSignal(acme, w.type("funding_announced"), daysAgo(2));
    const ContactScore s = w.score(c);
    QCOMPARE(s.scoreTier, scoreTier);
    QCOMPARE(s.tier, tier);
    QCOMPARE(s.pattern >= 0, tier != scoreTier);
    // SLA and cadence follow the tier, whatever made it.
    QCOMPARE(w.rules->bands.at(s.tierBand).tier, tier);
    // An account's tier is at least its contacts' pattern tier.
    QVERIFY(w.engine->scoreAccount(acme, kNow).tier == tier || tier == 0);
}

void TstScoringEngine::alertTrigger_data()
{
    QTest::addColumn<QStringList>("types");
    QTest::addColumn<QList<double>>("ageHours");
    QTest::addColumn<QString>("lifecycle");
    QTest::addColumn<bool>("alert");

    const auto demo = QStringLiteral("demo_request");
    const auto pricing = QStringLiteral("pricing_page_visit");
    QTest::addRow("demo in the last 24h") << QStringList{demo} << QList<double>{23} << QString() << true;
    QTest::addRow("demo 25h ago, low score") << QStringList{demo} << QList<double>{25} << QString() << false;
    QTest::addRow("contact sales just now")
        << QStringList{QStringLiteral("contact_sales")} << QList<double>{0} << QString() << true;
    QTest::addRow("trial started today")
        << QStringList{QStringLiteral("free_trial_start")} << QList<double>{5} << QString() << true;
    QTest::addRow("two pricing visits in 24h")
        << QStringList{pricing, pricing} << QList<double>{20, 1} << QString() << true;
    QTest::addRow("two pricing visits, one 30h ago")
        << QStringList{pricing, pricing} << QList<double>{30, 1} << QString() << false;
    QTest::addRow("score 70 from older signals")
        << QStringList{QStringLiteral("contact_sales"), QStringLiteral("free_trial_start"),
                       QStringLiteral("roi_calculator")}
        << QList<double>{48, 48, 1} << QString() << true;
    QTest::addRow("score 69 from older signals")
        << QStringList{QStringLiteral("contact_sales"), QStringLiteral("free_trial_start")}
        << QList<double>{48, 48} << QString() << false;
    QTest::addRow("customer never alerts") << QStringList{demo, pricing, pricing} << QList<double>{1, 1, 1}
                                           << QStringLiteral("Customer") << false;
    QTest::addRow("opportunity still alerts")
        << QStringList{demo} << QList<double>{1} << QStringLiteral("opportunity") << true;
}

void TstScoringEngine::alertTrigger()
{
    QFETCH(QStringList, types);
    QFETCH(QList<double>, ageHours);
    QFETCH(QString, lifecycle);
    QFETCH(bool, alert);

    World w(QStringLiteral("hot"));
    const QByteArray stage = lifecycle.toUtf8();
    const int c = w.contact("ann", "", stage.constData());
    for (qsizetype i = 0; i < types.size(); ++i)
        w.graph->addSignal(c, w.rules->typeIndex(types.at(i)), hoursAgo(ageHours.at(i)));
    const ContactScore s = w.score(c);
    QCOMPARE(s.alert, alert);
    QCOMPARE(w.engine->alertReasons(s).isEmpty(), !alert);
}

void TstScoringEngine::alertingLeadIsAtLeastTier2()
{
    // A lone demo request alerts at 30 points (Nurture by score); alert.min_tier makes it
    // Tier 2 so that it has a claim window and a 60-minute call SLA.
    World w(QStringLiteral("hot"));
    const int c = w.contact("ann");
    w.signal(c, "demo_request", hoursAgo(1));
    const ContactScore s = w.score(c);
    QVERIFY(s.alert);
    QCOMPARE(s.scoreTier, 0);
    QCOMPARE(s.tier, 2);
    QVERIFY(s.tierFromAlert);
    QCOMPARE(w.rules->bands.at(s.tierBand).callSlaSeconds, 3600.0);

    // Once the trigger no longer holds, the floor goes with it.
    const ContactScore later = w.score(c, kNow + 2 * 24 * 3600 * 1000LL);
    QVERIFY(!later.alert);
    QCOMPARE(later.tier, 0);
}

void TstScoringEngine::scoresDecayAsTimePasses()
{
    World w(QStringLiteral("hot"));
    const int c = w.contact("ann");
    w.signal(c, "demo_request", kNow);
    w.signal(c, "contact_sales", kNow);
    w.signal(c, "pricing_page_visit", kNow);
    const qint64 day = 24 * 3600 * 1000;

    const ContactScore now = w.score(c);
    QCOMPARE(now.score, 85.0);
    QCOMPARE(now.tier, 1);
    const ContactScore later = w.score(c, kNow + 3 * day);
    QVERIFY(later.score < now.score);
    QCOMPARE(later.score, 60 + 25 * std::pow(0.8, 3.0 / 7));
    QCOMPARE(later.tier, 1); // 60 + 22.7 is still >= 80
    const ContactScore afterWindow = w.score(c, kNow + 8 * day);
    QCOMPARE(afterWindow.score, 25 * std::pow(0.8, 8.0 / 7)); // demo and contact sales expired
    QCOMPARE(afterWindow.tier, 0);
    QVERIFY(!afterWindow.alert);
    QCOMPARE(w.score(c, kNow + 31 * day).score, 0.0);
}

void TstScoringEngine::explanationListsLiveSignals()
{
    World w(QStringLiteral("hot"));
    const int c = w.contact("ann");
    const int acme = w.account("acme", {c});
    w.signal(c, "pricing_page_visit", daysAgo(7));
    w.signal(c, "demo_request", daysAgo(9)); // expired: not part of the explanation
    w.graph->addAccountSignal(acme, w.type("hiring_velocity"), daysAgo(14));

    const ContactScore s = w.engine->scoreContact(c, kNow, ScoringEngine::Detail::Explain);
    QCOMPARE(s.contributions.size(), 2);
    QCOMPARE(s.contributions.at(0).type, w.type("pricing_page_visit"));
    QCOMPARE(s.contributions.at(0).ageSeconds, 7 * kSecondsPerDay);
    QCOMPARE(s.contributions.at(0).value, 20.0);
    QCOMPARE(s.contributions.at(0).contact, c);
    QCOMPARE(s.contributions.at(1).type, w.type("hiring_velocity"));
    QCOMPARE(s.contributions.at(1).contact, -1);
    QCOMPARE(s.contributions.at(1).value, 12 * 0.81);
    QCOMPARE(s.score, 20 + 12 * 0.81);

    const AccountScore a = w.engine->scoreAccount(acme, kNow, ScoringEngine::Detail::Explain);
    QCOMPARE(a.contributions.size(), 2);
    // Explaining changes nothing about the numbers.
    QCOMPARE(a.score, w.engine->scoreAccount(acme, kNow).score);
}

void TstScoringEngine::incrementalUpdateMatchesFullRescore()
{
    World w(QStringLiteral("hot"));
    ScoreBoard board(*w.engine);
    board.rescoreAll(kNow);

    // Feed calls one by one, updating only what each touched; then compare with a full rescore.
    const auto call = [&](SegmentCall::Type type, const char *user, const char *what,
                          const char *group = "") {
        SegmentCall c;
        c.type = type;
        c.userId = QLatin1StringView(user);
        c.timestamp = QDateTime::fromMSecsSinceEpoch(kNow, Qt::UTC);
        if (type == SegmentCall::Type::Track)
            c.event = QLatin1StringView(what);
        else if (type == SegmentCall::Type::Page)
            c.properties.insert(QStringLiteral("path"), QLatin1StringView(what));
        else if (type == SegmentCall::Type::Group)
            c.groupId = QLatin1StringView(group);
        else if (type == SegmentCall::Type::Identify)
            c.traits.insert(QStringLiteral("title"), QLatin1StringView(what));
        board.update(w.graph->apply(c), kNow);
    };
    call(SegmentCall::Type::Identify, "ann", "CEO");
    call(SegmentCall::Type::Track, "ann", "Demo Requested");
    call(SegmentCall::Type::Group, "ann", "", "acme");
    call(SegmentCall::Type::Page, "bob", "/pricing");
    call(SegmentCall::Type::Group, "bob", "", "acme");
    call(SegmentCall::Type::Track, "bob", "Funding Announced");
    call(SegmentCall::Type::Page, "ann", "/compare/rival");

    ScoreBoard full(*w.engine);
    full.rescoreAll(kNow);
    QCOMPARE(board.contacts().size(), full.contacts().size());
    for (size_t i = 0; i < full.contacts().size(); ++i) {
        QCOMPARE(board.contacts()[i].score, full.contacts()[i].score);
        QCOMPARE(board.contacts()[i].tier, full.contacts()[i].tier);
        QCOMPARE(board.contacts()[i].alert, full.contacts()[i].alert);
    }
    QCOMPARE(board.accounts().size(), size_t(1));
    QCOMPARE(board.accounts()[0].score, full.accounts()[0].score);
    // ann 30 + 20 + funding 15, bob 25 + funding 15; account (30 + 20 + 25 + 15) x 1.5 x 1.3
    QCOMPARE(full.accounts()[0].base, 90.0);
    QCOMPARE(full.accounts()[0].score, 90 * 1.5 * 1.3);
}

void TstScoringEngine::contextGroupIdAttributesSignalToThatAccount()
{
    World w(QStringLiteral("hot"));
    const int ann = w.contact("ann");
    const int home = w.account("home", {ann});
    const int other = w.graph->ensureAccount(QStringLiteral("other"));
    w.graph->addSignal(ann, w.type("demo_request"), kNow, other);
    w.graph->addSignal(ann, w.type("pricing_page_visit"), kNow);

    QCOMPARE(w.score(ann).score, 55.0); // the contact's own score counts both
    QCOMPARE(w.engine->scoreAccount(home, kNow).base, 25.0);
    QCOMPARE(w.engine->scoreAccount(other, kNow).base, 30.0);
    ScoreBoard board(*w.engine);
    board.rescoreAll(kNow);
    QCOMPARE(board.accounts()[size_t(home)].base, 25.0);
    QCOMPARE(board.accounts()[size_t(other)].base, 30.0);
}

QTEST_GUILESS_MAIN(TstScoringEngine)
#include "tst_scoringengine.moc"
