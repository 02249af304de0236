#include "rules/rules.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

namespace {

// A small rules file that loads; the broken-file table mutates it one field at a time.
const char *const kMinimalRules = R"({
  "name": "minimal",
  "signals": {
    "demo_request": { "category": "critical", "points": 30, "decay": { "type": "none", "window": "7d" } },
    "pricing_page_visit": { "category": "critical", "points": 25,
                            "decay": { "type": "rate", "percent": 20, "per": "week" } },
    "funding_announced": { "category": "firmographic", "scope": "account", "points": 15,
                           "decay": { "type": "rate", "percent": 10, "per": "week" } }
  },
  "events": { "Demo Requested": "demo_request" },
  "pages": [ { "path": "/pricing*", "signal": "pricing_page_visit" } ],
  "multipliers": {
    "multi_contact": { "factor": 1.5 },
    "c_level": { "factor": 1.3, "seniority": ["c-level"], "title_pattern": "\\bChief\\b" }
  },
  "bands": [
    { "name": "Hot", "min": 80, "tier": 1, "sla": { "claim": "5m", "call": "15m" } },
    { "name": "Cold", "min": 0 }
  ],
  "patterns": [
    { "name": "Demo + pricing", "tier": 1, "all": [
        { "id": "anchor", "signals": ["demo_request"] },
        { "signals": ["pricing_page_visit"], "near": "anchor", "near_within": "48h" } ] }
  ],
  "alert": { "min_score": 70, "any": [ { "signals": ["demo_request"], "within": "24h" } ] }
})";

QByteArray minimalWith(const char *from, const char *to)
{
    QByteArray json(kMinimalRules);
    if (!json.contains(from))
        qFatal("test data: \"%s\" is not in the minimal rules", from);
    return json.replace(from, to);
}

// The minimal rules with one top-level field set to the given JSON value.
QByteArray minimalWithField(const char *key, const char *value)
{
    QJsonObject root = QJsonDocument::fromJson(kMinimalRules).object();
    root.insert(QLatin1StringView(key), QJsonDocument::fromJson(QByteArray("[") + value + "]").array().at(0));
    return QJsonDocument(root).toJson();
}

Rules loadPreset(const char *name)
{
    QString error;
    const auto rules = Rules::load(QLatin1StringView(name), &error);
    if (!rules)
        qFatal("preset %s does not load: %s", name, qPrintable(error));
    return *rules;
}

const SignalType &signalType(const Rules &rules, const QString &id)
{
    const int index = rules.typeIndex(id);
    if (index < 0)
        qFatal("no signal type %s", qPrintable(id));
    return rules.signalTypes.at(index);
}

QString typeIdOf(const Rules &rules, int index)
{
    return index < 0 ? QString() : rules.signalTypes.at(index).id;
}

} // namespace

class TstRules final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void presetNames();
    void hotPreset();
    void warmPreset();
    void signalTypes_data();
    void signalTypes();
    void bands_data();
    void bands();
    void hotTierPatterns();
    void decay_data();
    void decay();
    void parseDuration_data();
    void parseDuration();
    void formatDuration_data();
    void formatDuration();
    void typeForEvent_data();
    void typeForEvent();
    void typeForPage_data();
    void typeForPage();
    void isCLevel_data();
    void isCLevel();
    void bandFor_data();
    void bandFor();
    void bandForTier();
    void minimalFile();
    void businessHoursSlaClock();
    void brokenFile_data();
    void brokenFile();
};

void TstRules::presetNames()
{
    QCOMPARE(Rules::presetNames(), QStringList({QStringLiteral("hot"), QStringLiteral("warm")}));
}

void TstRules::hotPreset()
{
    const Rules rules = loadPreset("hot");
    QCOMPARE(rules.name, QStringLiteral("hot"));
    QCOMPARE(rules.rollingWindowSeconds, 30 * kSecondsPerDay);
    QVERIFY(rules.contactCap.has_value());
    QCOMPARE(*rules.contactCap, 100.0);
    QCOMPARE(rules.signalTypes.size(), 14);
    QCOMPARE(rules.multiContact.factor, 1.5);
    QCOMPARE(rules.multiContactMin, 2);
    QCOMPARE(rules.cLevel.factor, 1.3);
    QCOMPARE(rules.bands.size(), 4);
    QVERIFY(rules.alert.minScore.has_value());
    QCOMPARE(*rules.alert.minScore, 70.0);
    QCOMPARE(rules.alert.excludeLifecycle, QStringList{QStringLiteral("customer")});
}

void TstRules::warmPreset()
{
    const Rules rules = loadPreset("warm");
    QCOMPARE(rules.name, QStringLiteral("warm"));
    QCOMPARE(rules.rollingWindowSeconds, 30 * kSecondsPerDay);
    QVERIFY(!rules.contactCap.has_value());
    QCOMPARE(rules.signalTypes.size(), 10);
    QCOMPARE(rules.multiContact.factor, 1.5);
    QCOMPARE(rules.cLevel.factor, 1.3);
    QCOMPARE(rules.bands.size(), 6);
    QVERIFY(rules.patterns.isEmpty());
}

void TstRules::signalTypes_data()
{
    QTest::addColumn<QString>("preset");
    QTest::addColumn<QString>("type");
    QTest::addColumn<double>("points");
    QTest::addColumn<bool>("rate");
    QTest::addColumn<double>("windowSeconds"); // decay none
    QTest::addColumn<double>("percent");       // decay rate
    QTest::addColumn<double>("periodSeconds");
    QTest::addColumn<bool>("account");

    const auto none = [](const char *preset, const char *type, double points, double window) {
        QTest::addRow("%s %s", preset, type) << QString::fromLatin1(preset) << QString::fromLatin1(type)
                                             << points << false << window << 0.0 << kSecondsPerWeek << false;
    };
    const auto rate = [](const char *preset, const char *type, double points, double percent, double period,
                         bool account = false) {
        QTest::addRow("%s %s", preset, type) << QString::fromLatin1(preset) << QString::fromLatin1(type)
                                             << points << true << kForever << percent << period << account;
    };

    none("hot", "demo_request", 30, 7 * kSecondsPerDay);
    rate("hot", "pricing_page_visit", 25, 20, kSecondsPerWeek);
    none("hot", "free_trial_start", 30, 14 * kSecondsPerDay);
    none("hot", "contact_sales", 30, 7 * kSecondsPerDay);
    rate("hot", "competitor_comparison", 20, 15, kSecondsPerWeek);
    rate("hot", "roi_calculator", 20, 15, kSecondsPerWeek);
    rate("hot", "case_study_download", 15, 15, kSecondsPerWeek);
    rate("hot", "technical_documentation", 15, 15, kSecondsPerWeek);
    rate("hot", "webinar_attendance", 12, 20, kSecondsPerWeek);
    rate("hot", "email_click", 8, 25, kSecondsPerWeek);
    rate("hot", "return_visit", 5, 25, kSecondsPerWeek);
    rate("hot", "funding_announced", 15, 10, kSecondsPerWeek, true);
    rate("hot", "hiring_velocity", 12, 10, kSecondsPerWeek, true);
    rate("hot", "technology_change", 10, 10, kSecondsPerWeek, true);

    none("warm", "demo_request", 100, 72 * kSecondsPerHour);
    rate("warm", "pricing_page_visit", 75, 20, kSecondsPerDay);
    none("warm", "free_trial_active_usage", 90, 14 * kSecondsPerDay);
    rate("warm", "case_study_download", 35, 10, kSecondsPerWeek);
    rate("warm", "webinar_attendance", 40, 10, kSecondsPerWeek);
    rate("warm", "blog_read", 10, 5, kSecondsPerWeek);
    rate("warm", "technical_documentation", 30, 10, kSecondsPerWeek);
    rate("warm", "email_click", 25, 10, kSecondsPerWeek);
    rate("warm", "return_visit", 45, 10, kSecondsPerWeek);
    rate("warm", "linkedin_profile_view", 30, 10, kSecondsPerWeek);
}

void TstRules::signalTypes()
{
    QFETCH(QString, preset);
    QFETCH(QString, type);
    QFETCH(double, points);
    QFETCH(bool, rate);
    QFETCH(double, windowSeconds);
    QFETCH(double, percent);
    QFETCH(double, periodSeconds);
    QFETCH(bool, account);

    const Rules rules = loadPreset(qPrintable(preset));
    const SignalType &t = signalType(rules, type);
    QCOMPARE(t.points, points);
    QCOMPARE(t.decay, rate ? SignalType::Decay::Rate : SignalType::Decay::None);
    if (rate) {
        QCOMPARE(t.ratePercent, percent);
        QCOMPARE(t.periodSeconds, periodSeconds);
    } else {
        QCOMPARE(t.windowSeconds, windowSeconds);
    }
    QCOMPARE(t.scope, account ? SignalScope::Account : SignalScope::Contact);
    QVERIFY(!t.label.isEmpty());
}

void TstRules::bands_data()
{
    QTest::addColumn<QString>("preset");
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("name");
    QTest::addColumn<double>("min");
    QTest::addColumn<int>("tier");
    QTest::addColumn<QString>("temperature");
    QTest::addColumn<double>("claimSla"); // 0: no SLA
    QTest::addColumn<double>("callSla");
    QTest::addColumn<int>("cadenceSteps");
    QTest::addColumn<double>("cadenceRepeat");

    const auto row = [](const char *preset, int index, const char *name, double min, int tier,
                        const char *temperature, double claim, double call, int steps, double repeat) {
        QTest::addRow("%s %s", preset, name)
            << QString::fromLatin1(preset) << index << QString::fromLatin1(name) << min << tier
            << QString::fromLatin1(temperature) << claim << call << steps << repeat;
    };
    const double minute = 60;

    row("hot", 0, "Tier 1 Hot", 80, 1, "hot", 5 * minute, 15 * minute, 7, 0);
    row("hot", 1, "Tier 2 Hot", 60, 2, "hot", 60 * minute, 60 * minute, 6, 0);
    row("hot", 2, "Tier 3 Warm", 40, 3, "warm", 24 * kSecondsPerHour, 24 * kSecondsPerHour, 3, 0);
    row("hot", 3, "Nurture", 0, 0, "cold", 0, 0, 1, 7 * kSecondsPerDay);

    row("warm", 0, "Hot", 150, 1, "hot", 30 * minute, 30 * minute, 5, 0);
    row("warm", 1, "Very Warm", 100, 2, "very warm", 2 * kSecondsPerHour, 2 * kSecondsPerHour, 3, 0);
    row("warm", 2, "Warm", 75, 3, "warm", 24 * kSecondsPerHour, 24 * kSecondsPerHour, 2, 0);
    row("warm", 3, "Lukewarm", 50, 0, "lukewarm", 48 * kSecondsPerHour, 48 * kSecondsPerHour, 1,
        7 * kSecondsPerDay);
    row("warm", 4, "Slightly Warm", 25, 0, "slightly warm", 0, 0, 1, 14 * kSecondsPerDay);
    row("warm", 5, "Cold", 0, 0, "cold", 0, 0, 1, 30 * kSecondsPerDay);
}

void TstRules::bands()
{
    QFETCH(QString, preset);
    QFETCH(int, index);
    QFETCH(QString, name);
    QFETCH(double, min);
    QFETCH(int, tier);
    QFETCH(QString, temperature);
    QFETCH(double, claimSla);
    QFETCH(double, callSla);
    QFETCH(int, cadenceSteps);
    QFETCH(double, cadenceRepeat);

    const Rules rules = loadPreset(qPrintable(preset));
    const Band &band = rules.bands.at(index);
    QCOMPARE(band.name, name);
    QCOMPARE(band.min, min);
    QCOMPARE(band.tier, tier);
    QCOMPARE(band.temperature, temperature);
    QVERIFY(!band.action.isEmpty());
    QCOMPARE(band.claimSlaSeconds, claimSla);
    QCOMPARE(band.callSlaSeconds, callSla);
    QCOMPARE(band.slaLabel.isEmpty(), callSla == 0);
    QCOMPARE(band.cadence.steps.size(), cadenceSteps);
    QCOMPARE(band.cadence.repeatSeconds, cadenceRepeat);
}

void TstRules::hotTierPatterns()
{
    const Rules rules = loadPreset("hot");
    QCOMPARE(rules.patterns.size(), 3);

    const TierPattern &tier1 = rules.patterns.at(0);
    QCOMPARE(tier1.tier, 1);
    QCOMPARE(tier1.conditions.size(), 3);
    const SignalCondition &anchor = tier1.conditions.at(0);
    QVERIFY(anchor.matchesType(rules.typeIndex(QStringLiteral("demo_request"))));
    QVERIFY(anchor.matchesType(rules.typeIndex(QStringLiteral("free_trial_start"))));
    QVERIFY(!anchor.matchesType(rules.typeIndex(QStringLiteral("contact_sales"))));
    const SignalCondition &pricing = tier1.conditions.at(1);
    QCOMPARE(pricing.types, QList<int>{rules.typeIndex(QStringLiteral("pricing_page_visit"))});
    QCOMPARE(pricing.nearIndex, 0);
    QCOMPARE(pricing.nearSeconds, 48 * kSecondsPerHour);
    const SignalCondition &research = tier1.conditions.at(2);
    QCOMPARE(research.withinSeconds, 7 * kSecondsPerDay);
    for (const char *type :
         {"case_study_download", "technical_documentation", "roi_calculator", "competitor_comparison"})
        QVERIFY2(research.matchesType(rules.typeIndex(QLatin1StringView(type))), type);
    QCOMPARE(research.types.size(), 4);

    const TierPattern &threeResearch = rules.patterns.at(1);
    QCOMPARE(threeResearch.tier, 2);
    QCOMPARE(threeResearch.conditions.size(), 1);
    QCOMPARE(threeResearch.conditions.at(0).minCount, 3);
    QCOMPARE(threeResearch.conditions.at(0).withinSeconds, 7 * kSecondsPerDay);

    const TierPattern &criticalFirmographic = rules.patterns.at(2);
    QCOMPARE(criticalFirmographic.tier, 2);
    QCOMPARE(criticalFirmographic.conditions.size(), 2);
    QCOMPARE(criticalFirmographic.conditions.at(0).types.size(), 4); // demo, pricing, trial, contact sales
    QCOMPARE(criticalFirmographic.conditions.at(1).types.size(), 3); // funding, hiring, technology
}

void TstRules::decay_data()
{
    QTest::addColumn<QString>("preset");
    QTest::addColumn<QString>("type");
    QTest::addColumn<double>("ageSeconds");
    QTest::addColumn<double>("expected");

    const auto row = [](const char *tag, const char *preset, const char *type, double age, double expected) {
        QTest::newRow(tag) << QString::fromLatin1(preset) << QString::fromLatin1(type) << age << expected;
    };
    const double day = kSecondsPerDay;

    row("none: fresh", "hot", "demo_request", 0, 30);
    row("none: at the window", "hot", "demo_request", 7 * day, 30);
    row("none: just past the window", "hot", "demo_request", 7 * day + 1, 0);
    row("none: 72h window", "warm", "demo_request", 72 * kSecondsPerHour, 100);
    row("none: past 72h window", "warm", "demo_request", 72 * kSecondsPerHour + 1, 0);
    row("rate 20%/week: 7 days is 80%", "hot", "pricing_page_visit", 7 * day, 25 * 0.8);
    row("rate 20%/week: 14 days is 64%", "hot", "pricing_page_visit", 14 * day, 25 * 0.64);
    row("rate 20%/week: 3.5 days is 89.4%", "hot", "pricing_page_visit", 3.5 * day, 25 * std::sqrt(0.8));
    row("rate 20%/day: 1 day", "warm", "pricing_page_visit", day, 75 * 0.8);
    row("rate: within the rolling window", "hot", "email_click", 30 * day, 8 * std::pow(0.75, 30.0 / 7));
    row("rate: past the rolling window", "hot", "email_click", 30 * day + 1, 0);
    row("future signal", "hot", "pricing_page_visit", -1, 0);
}

void TstRules::decay()
{
    QFETCH(QString, preset);
    QFETCH(QString, type);
    QFETCH(double, ageSeconds);
    QFETCH(double, expected);

    const Rules rules = loadPreset(qPrintable(preset));
    const double value = signalType(rules, type).valueAt(ageSeconds, rules.rollingWindowSeconds);
    if (expected == 0)
        QCOMPARE(value, 0.0);
    else
        QVERIFY2(std::abs(value - expected) < 1e-9, qPrintable(QString::number(value, 'g', 12)));
}

void TstRules::parseDuration_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<double>("seconds");

    const auto good = [](const char *text, double seconds) {
        QTest::addRow("\"%s\"", text) << QString::fromLatin1(text) << true << seconds;
    };
    const auto bad = [](const char *text) {
        QTest::addRow("\"%s\"", text) << QString::fromLatin1(text) << false << 0.0;
    };

    good("90s", 90);
    good("30m", 30 * 60);
    good("48h", 48 * kSecondsPerHour);
    good("7d", 7 * kSecondsPerDay);
    good("2w", 14 * kSecondsPerDay);
    good("0h", 0);
    good("1.5h", 90 * 60);
    good(" 7d ", 7 * kSecondsPerDay);

    bad("");
    bad("7");
    bad("d");
    bad("7x");
    bad("-1d");
    bad("7 days");
}

void TstRules::parseDuration()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(double, seconds);

    const std::optional<double> parsed = ::parseDuration(text);
    QCOMPARE(parsed.has_value(), valid);
    if (valid)
        QCOMPARE(*parsed, seconds);
}

void TstRules::formatDuration_data()
{
    QTest::addColumn<double>("seconds");
    QTest::addColumn<QString>("text");

    QTest::newRow("seconds") << 30.0 << QStringLiteral("30s");
    QTest::newRow("claim SLA") << 300.0 << QStringLiteral("5m");
    QTest::newRow("call SLA") << 900.0 << QStringLiteral("15m");
    QTest::newRow("hour") << kSecondsPerHour << QStringLiteral("1h");
    QTest::newRow("whole days") << 3 * kSecondsPerDay << QStringLiteral("3d");
    QTest::newRow("a day or two reads as hours") << 1 * kSecondsPerDay << QStringLiteral("24h");
    QTest::newRow("whole weeks") << 2 * kSecondsPerWeek << QStringLiteral("2w");
    QTest::newRow("30 days") << 30 * kSecondsPerDay << QStringLiteral("30d");
    QTest::newRow("forever") << kForever << QStringLiteral("forever");
}

void TstRules::formatDuration()
{
    QFETCH(double, seconds);
    QFETCH(QString, text);

    QCOMPARE(::formatDuration(seconds), text);
}

void TstRules::typeForEvent_data()
{
    QTest::addColumn<QString>("preset");
    QTest::addColumn<QString>("event");
    QTest::addColumn<QString>("type"); // empty: scores nothing

    const auto row = [](const char *preset, const char *event, const char *type) {
        QTest::addRow("%s \"%s\"", preset, event)
            << QString::fromLatin1(preset) << QString::fromLatin1(event) << QString::fromLatin1(type);
    };

    row("hot", "Demo Requested", "demo_request");
    row("hot", "Trial Started", "free_trial_start");
    row("hot", "Free Trial Started", "free_trial_start");
    row("hot", "Contact Sales Form Submitted", "contact_sales");
    row("hot", "Email Link Clicked", "email_click");
    row("hot", "Funding Announced", "funding_announced");
    row("hot", "Technology Changed", "technology_change");
    // A track event named exactly as a signal type maps to that type, mapped or not.
    row("hot", "demo_request", "demo_request");
    row("hot", "pricing_page_visit", "pricing_page_visit");
    row("hot", "technical_documentation", "technical_documentation");
    row("hot", "hiring_velocity", "hiring_velocity");
    row("hot", "Newsletter Subscribed", "");
    row("hot", "blog_read", ""); // a warm type, not a hot one
    row("hot", "", "");
    row("warm", "Trial Feature Used", "free_trial_active_usage");
    row("warm", "LinkedIn Profile Viewed", "linkedin_profile_view");
    row("warm", "blog_read", "blog_read");
    row("warm", "Funding Announced", "");
}

void TstRules::typeForEvent()
{
    QFETCH(QString, preset);
    QFETCH(QString, event);
    QFETCH(QString, type);

    const Rules rules = loadPreset(qPrintable(preset));
    QCOMPARE(typeIdOf(rules, rules.typeForEvent(event)), type);
}

void TstRules::typeForPage_data()
{
    QTest::addColumn<QString>("preset");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("type"); // empty: no match

    const auto row = [](const char *preset, const char *path, const char *type) {
        QTest::addRow("%s %s", preset, path)
            << QString::fromLatin1(preset) << QString::fromLatin1(path) << QString::fromLatin1(type);
    };

    row("hot", "/pricing", "pricing_page_visit");
    row("hot", "/pricing/enterprise", "pricing_page_visit");
    row("hot", "/pricing-plans", "pricing_page_visit");
    row("hot", "/PRICING", "pricing_page_visit");
    row("hot", "/Pricing/Teams", "pricing_page_visit");
    row("hot", "/docs/api/authentication", "technical_documentation");
    row("hot", "/DOCS/Getting-Started", "technical_documentation");
    row("hot", "/compare/hubspot", "competitor_comparison");
    row("hot", "/vs/salesforce", "competitor_comparison");
    row("hot", "/roi-calculator", "roi_calculator");
    row("hot", "/contact-sales", "contact_sales");
    row("hot", "/docs", "");    // "/docs/*" needs the slash
    row("hot", "/compare", ""); // "/compare/*" too
    row("hot", "/en/pricing", "");
    row("hot", "/blog/why-speed-to-lead", "");
    row("hot", "/", "");
    row("hot", "", "");
    row("warm", "/blog/why-speed-to-lead", "blog_read");
    row("warm", "/pricing", "pricing_page_visit");
    row("warm", "/compare/hubspot", "");
}

void TstRules::typeForPage()
{
    QFETCH(QString, preset);
    QFETCH(QString, path);
    QFETCH(QString, type);

    const Rules rules = loadPreset(qPrintable(preset));
    QCOMPARE(typeIdOf(rules, rules.typeForPage(path)), type);
}

void TstRules::isCLevel_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("seniority");
    QTest::addColumn<bool>("cLevel");

    const auto row = [](const char *title, const char *seniority, bool cLevel) {
        QTest::addRow("\"%s\" / \"%s\"", title, seniority)
            << QString::fromLatin1(title) << QString::fromLatin1(seniority) << cLevel;
    };

    row("CEO", "", true);
    row("CMO", "", true);
    row("CTO", "", true);
    row("CISO", "", true);
    row("Chief Revenue Officer", "", true);
    row("Co-Founder & CEO", "", true);
    row("Founder", "", true);
    row("President", "", true);
    row("chief executive officer", "", true);
    row("Vice President of Marketing", "", false);
    row("Senior Vice-President, Sales", "", false);
    row("", "C-Level", true);
    row("Head of Growth", "c-level", true);
    row("Director", "Executive", true);
    row("VP Marketing", "", false);
    row("VP Marketing", "VP", false);
    row("Marketing Manager", "", false);
    row("Account Executive", "", false);
    row("Director of Communications", "Director", false);
    row("", "", false);
}

void TstRules::isCLevel()
{
    QFETCH(QString, title);
    QFETCH(QString, seniority);
    QFETCH(bool, cLevel);

    for (const char *preset : {"hot", "warm"}) {
        const Rules rules = loadPreset(preset);
        QVERIFY2(rules.isCLevel(title, seniority) == cLevel, preset);
    }
}

void TstRules::bandFor_data()
{
    QTest::addColumn<QString>("preset");
    QTest::addColumn<double>("score");
    QTest::addColumn<QString>("band");

    const auto row = [](const char *preset, double score, const char *band) {
        QTest::addRow("%s %g", preset, score)
            << QString::fromLatin1(preset) << score << QString::fromLatin1(band);
    };

    row("hot", 100, "Tier 1 Hot");
    row("hot", 80, "Tier 1 Hot");
    row("hot", 79.99, "Tier 2 Hot");
    row("hot", 60, "Tier 2 Hot");
    row("hot", 59.99, "Tier 3 Warm");
    row("hot", 40, "Tier 3 Warm");
    row("hot", 39.99, "Nurture");
    row("hot", 0, "Nurture");
    row("hot", 565.5, "Tier 1 Hot"); // account scores are not capped

    row("warm", 565.5, "Hot"); // the seed's TechCorp account
    row("warm", 150, "Hot");
    row("warm", 149.99, "Very Warm");
    row("warm", 135, "Very Warm");
    row("warm", 100, "Very Warm");
    row("warm", 99.99, "Warm");
    row("warm", 75, "Warm");
    row("warm", 74.99, "Lukewarm");
    row("warm", 50, "Lukewarm");
    row("warm", 49.99, "Slightly Warm");
    row("warm", 25, "Slightly Warm");
    row("warm", 24.99, "Cold");
    row("warm", 0, "Cold");
}

void TstRules::bandFor()
{
    QFETCH(QString, preset);
    QFETCH(double, score);
    QFETCH(QString, band);

    const Rules rules = loadPreset(qPrintable(preset));
    const int index = rules.bandFor(score);
    QVERIFY(index >= 0 && index < rules.bands.size());
    QCOMPARE(rules.bands.at(index).name, band);
}

void TstRules::bandForTier()
{
    const Rules hot = loadPreset("hot");
    QCOMPARE(hot.topBand(), 0);
    QCOMPARE(hot.bandForTier(1), 0);
    QCOMPARE(hot.bandForTier(2), 1);
    QCOMPARE(hot.bandForTier(3), 2);
    QCOMPARE(hot.bandForTier(4), -1);

    const Rules warm = loadPreset("warm");
    QCOMPARE(warm.bands.at(warm.bandForTier(3)).name, QStringLiteral("Warm"));
}

void TstRules::minimalFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString fileName = dir.filePath(QStringLiteral("minimal.json"));
    QFile file(fileName);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(kMinimalRules);
    file.close();

    QString error;
    const std::optional<Rules> rules = Rules::load(fileName, &error);
    QVERIFY2(rules, qPrintable(error));
    QCOMPARE(rules->name, QStringLiteral("minimal"));
    QCOMPARE(rules->rollingWindowSeconds, 30 * kSecondsPerDay); // the default
    QVERIFY(!rules->contactCap);
    QCOMPARE(rules->signalTypes.size(), 3);
    QCOMPARE(typeIdOf(*rules, rules->typeForEvent(QStringLiteral("Demo Requested"))),
             QStringLiteral("demo_request"));
    QCOMPARE(typeIdOf(*rules, rules->typeForPage(QStringLiteral("/pricing"))),
             QStringLiteral("pricing_page_visit"));
    QCOMPARE(rules->multiContactMin, 2);
    QVERIFY(rules->isCLevel(QStringLiteral("Chief Revenue Officer"), QString()));
    QCOMPARE(rules->bands.size(), 2);
    QCOMPARE(rules->bands.at(0).claimSlaSeconds, 300.0);
    QCOMPARE(rules->bands.at(1).tier, 0);
    QCOMPARE(rules->patterns.at(0).conditions.at(1).nearIndex, 0);
    QCOMPARE(rules->alert.anyOf.size(), 1);
    // No business hours: SLA clocks run on the wall clock.
    QVERIFY(!rules->businessHours);
    QCOMPARE(rules->slaDeadline(1000, 300'000), 301'000);
}

void TstRules::businessHoursSlaClock()
{
    // A Tier 1 alert at 17:20 on a Friday in Berlin with a 15-minute call SLA in business hours:
    // 10 minutes on Friday, 5 on Monday.
    QTemporaryDir dir;
    const QString fileName = dir.filePath(QStringLiteral("hours.json"));
    QFile file(fileName);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(minimalWith(
        R"("name": "minimal",)",
        R"("name": "minimal", "business_hours": { "hours": "Mon-Fri 09:00-17:30", "time_zone": "Europe/Berlin" },)"));
    file.close();
    QString error;
    const std::optional<Rules> rules = Rules::load(fileName, &error);
    QVERIFY2(rules, qPrintable(error));
    QVERIFY(rules->businessHours);
    const qint64 friday =
        QDateTime(QDate(2024, 3, 29), QTime(16, 20), Qt::UTC).toMSecsSinceEpoch(); // 17:20 CET
    const qint64 monday =
        QDateTime(QDate(2024, 4, 1), QTime(7, 5), Qt::UTC).toMSecsSinceEpoch(); // 09:05 CEST
    QCOMPARE(rules->slaDeadline(friday, 15 * 60'000), monday);
}

void TstRules::brokenFile_data()
{
    QTest::addColumn<QByteArray>("json"); // null: the file does not exist
    QTest::addColumn<QString>("path");    // the field the error names; empty: the whole file
    QTest::addColumn<QString>("what");    // part of the message saying what is wrong

    const auto row = [](const char *tag, const QByteArray &json, const char *path, const char *what) {
        QTest::newRow(tag) << json << QString::fromLatin1(path) << QString::fromLatin1(what);
    };

    row("missing file", QByteArray(), "", "cannot open");
    row("not JSON at all", "name: hot\nsignals: []\n", "", "not valid JSON");
    row("truncated JSON", QByteArray(kMinimalRules).chopped(3), "", "not valid JSON");
    row("array instead of object", "[]", "", "JSON object");
    row("missing name", minimalWith(R"("name": "minimal",)", ""), "name", "is required");
    row("unknown top-level field",
        minimalWith(R"("name": "minimal",)", R"("name": "minimal", "colour": "red",)"), "colour",
        "unknown field");
    row("bad rolling window",
        minimalWith(R"("name": "minimal",)", R"("name": "minimal", "rolling_window": "month",)"),
        "rolling_window", "expected a duration");
    row("business hours malformed",
        minimalWith(R"("name": "minimal",)",
                    R"("name": "minimal", "business_hours": { "hours": "9 to 5" },)"),
        "business_hours.hours", "expected days and a time range");
    row("business hours always",
        minimalWith(R"("name": "minimal",)",
                    R"("name": "minimal", "business_hours": { "hours": "always" },)"),
        "business_hours.hours", "expected working hours");
    row("business hours unknown zone",
        minimalWith(
            R"("name": "minimal",)",
            R"("name": "minimal", "business_hours": { "hours": "Mon-Fri 09:00-17:00", "time_zone": "Mars/Base" },)"),
        "business_hours.time_zone", "unknown time zone");
    row("contact cap below 1",
        minimalWith(R"("name": "minimal",)", R"("name": "minimal", "contact_cap": 0,)"), "contact_cap",
        "at least 1");
    row("no signals", minimalWithField("signals", "{}"), "signals", "at least one signal type");
    row("signals an array", minimalWithField("signals", "[]"), "signals", "at least one signal type");
    row("signal name not lower case",
        minimalWith(
            R"("signals": {)",
            R"("signals": { "Demo Request": { "points": 1, "decay": { "type": "none", "window": "1d" } },)"),
        "signals.Demo Request", "lower case");
    row("points missing", minimalWith(R"("points": 30, )", ""), "signals.demo_request.points", "is required");
    row("points a string", minimalWith(R"("points": 30,)", R"("points": "30",)"),
        "signals.demo_request.points", "expected a number");
    row("points negative", minimalWith(R"("points": 30,)", R"("points": -30,)"),
        "signals.demo_request.points", "at least 0");
    row("typo: point", minimalWith(R"("points": 30,)", R"("point": 30,)"), "signals.demo_request.point",
        "unknown field");
    row("decay missing", minimalWith(R"(, "decay": { "type": "none", "window": "7d" } })", " }"),
        "signals.demo_request.decay", "expected an object");
    row("decay window malformed", minimalWith(R"("window": "7d")", R"("window": "7 days")"),
        "signals.demo_request.decay.window", "expected a duration");
    row("decay window a number", minimalWith(R"("window": "7d")", R"("window": 7)"),
        "signals.demo_request.decay.window", "a number");
    row("decay window missing", minimalWith(R"("type": "none", "window": "7d")", R"("type": "none")"),
        "signals.demo_request.decay.window", "is required");
    row("decay type unknown", minimalWith(R"("type": "none")", R"("type": "linear")"),
        "signals.demo_request.decay.type", "\"linear\"");
    row("rate percent 100", minimalWith(R"("percent": 20)", R"("percent": 100)"),
        "signals.pricing_page_visit.decay.percent", "below 100");
    row("rate percent above 100", minimalWith(R"("percent": 20)", R"("percent": 150)"),
        "signals.pricing_page_visit.decay.percent", "below 100");
    row("rate period unknown", minimalWith(R"("per": "week" } },)", R"("per": "month" } },)"),
        "signals.pricing_page_visit.decay.per", "\"month\"");
    row("scope unknown", minimalWith(R"("scope": "account")", R"("scope": "team")"),
        "signals.funding_announced.scope", "\"team\"");
    row("unknown signal type in events",
        minimalWith(R"("Demo Requested": "demo_request")", R"("Demo Requested": "demo_requested")"),
        "events.Demo Requested", "unknown signal type \"demo_requested\"");
    row("events not an object",
        minimalWith(R"("events": { "Demo Requested": "demo_request" })", R"("events": [])"), "events",
        "expected an object");
    row("unknown signal type in pages",
        minimalWith(R"("signal": "pricing_page_visit")", R"("signal": "pricing")"), "pages[0].signal",
        "unknown signal type \"pricing\"");
    row("page path without slash", minimalWith(R"("path": "/pricing*")", R"("path": "pricing*")"),
        "pages[0].path", "starts with \"/\"");
    row("multiplier factor missing", minimalWith(R"({ "factor": 1.5 })", "{}"),
        "multipliers.multi_contact.factor", "is required");
    // A count or tier past int was undefined behaviour (UBSan in fuzz_rules, input
    // tests/fuzz/corpus/rules/crash-min-contacts-overflow).
    row("min_contacts past int",
        minimalWith(R"({ "factor": 1.5 })", R"({ "factor": 1.5, "min_contacts": 1e20 })"),
        "multipliers.multi_contact.min_contacts", "whole number");
    row("min_contacts not whole",
        minimalWith(R"({ "factor": 1.5 })", R"({ "factor": 1.5, "min_contacts": 2.5 })"),
        "multipliers.multi_contact.min_contacts", "whole number");
    row("band tier past int",
        minimalWith(R"("name": "Hot", "min": 80, "tier": 1,)", R"("name": "Hot", "min": 80, "tier": 3e9,)"),
        "bands[0].tier", "whole number");
    row("bad title pattern", minimalWith(R"("\\bChief\\b")", R"("(Chief")"),
        "multipliers.c_level.title_pattern", "regular expression");
    row("no bands", minimalWithField("bands", "[]"), "bands", "at least one band");
    row("bands not an array", minimalWithField("bands", "{}"), "bands", "expected an array");
    row("band min missing", minimalWith(R"("name": "Cold", "min": 0)", R"("name": "Cold")"), "bands[1].min",
        "is required");
    row("bands out of order", minimalWith(R"("name": "Cold", "min": 0)", R"("name": "Cold", "min": 90)"),
        "bands[1].min", "hottest first");
    row("last band min not 0", minimalWith(R"("name": "Cold", "min": 0)", R"("name": "Cold", "min": 10)"),
        "bands[1].min", "start at 0");
    row("claim longer than call", minimalWith(R"("claim": "5m")", R"("claim": "30m")"), "bands[0].sla.claim",
        "claim window");
    row("sla call malformed", minimalWith(R"("call": "15m")", R"("call": "quickly")"), "bands[0].sla.call",
        "\"quickly\"");
    row("pattern tier without a band", minimalWith(R"("tier": 1, "all")", R"("tier": 2, "all")"),
        "patterns[0].tier", "no band has tier 2");
    row("pattern near unknown id", minimalWith(R"("near": "anchor")", R"("near": "anchr")"),
        "patterns[0].all[1].near", "\"anchr\"");
    row("pattern near without near_within", minimalWith(R"(, "near_within": "48h")", ""),
        "patterns[0].all[1].near_within", "is required");
    row("pattern unknown signal", minimalWith(R"("signals": ["demo_request"] })", R"("signals": ["demo"] })"),
        "patterns[0].all[0].signals[0]", "unknown signal type \"demo\"");
    row("pattern condition without signals",
        minimalWith(R"({ "id": "anchor", "signals": ["demo_request"] })", R"({ "id": "anchor" })"),
        "patterns[0].all[0]", "names no signal");
    row("alert near not allowed",
        minimalWith(R"("within": "24h" } ])", R"("within": "24h", "near": "x" } ])"), "alert.any[0].near",
        "only allowed in tier patterns");
}

void TstRules::brokenFile()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, path);
    QFETCH(QString, what);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString fileName = dir.filePath(QStringLiteral("rules.json"));
    if (!json.isNull()) {
        QFile file(fileName);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(json);
    }

    QString error;
    const std::optional<Rules> rules = Rules::load(fileName, &error);
    QVERIFY(!rules);
    QVERIFY2(error.startsWith(fileName + QStringLiteral(": ")), qPrintable(error)); // names the file
    if (!path.isEmpty())
        QVERIFY2(error.contains(QStringLiteral(": ") + path + QStringLiteral(": ")), qPrintable(error));
    QVERIFY2(error.contains(what), qPrintable(error));
}

QTEST_GUILESS_MAIN(TstRules)
#include "tst_rules.moc"
