#pragma once

#include "team/workinghours.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <cmath>
#include <limits>
#include <optional>

// The scoring rules a team runs with: signal types and their decay, the event and page
// mappings, multipliers, bands, tier patterns and the alert trigger. A value type, loaded
// from JSON by RulesParser; every program of Firstcall scores with the same Rules.

constexpr double kSecondsPerHour = 3600.0;
constexpr double kSecondsPerDay = 24 * kSecondsPerHour;
constexpr double kSecondsPerWeek = 7 * kSecondsPerDay;
constexpr double kForever = std::numeric_limits<double>::infinity();

enum class SignalScope
{
    Contact,
    Account
};

struct SignalType
{
    enum class Decay
    {
        None,
        Rate
    };

    QString id;
    QString label;
    QString category;
    SignalScope scope = SignalScope::Contact;
    double points = 0;
    Decay decay = Decay::None;
    double windowSeconds = kForever; // Decay::None: full points while age <= window
    double ratePercent = 0;          // Decay::Rate: percent lost per period
    double periodSeconds = kSecondsPerWeek;
    double logFactorPerSecond = 0; // ln(1 - rate) / period, precomputed

    // The signal's value at the given age; 0 outside [0, rollingWindow].
    double valueAt(double ageSeconds, double rollingWindowSeconds) const
    {
        if (ageSeconds < 0 || ageSeconds > rollingWindowSeconds)
            return 0;
        if (decay == Decay::None)
            return ageSeconds <= windowSeconds ? points : 0;
        return points * std::exp(ageSeconds * logFactorPerSecond);
    }
};

// One requirement on a lead's live signals: at least minCount signals of the given types
// (or categories), each at most `within` old and, with `near`, within nearSeconds of a
// signal matching the referenced condition.
struct SignalCondition
{
    QString id;
    QList<int> types; // indices into Rules::signalTypes, resolved from types and categories
    int minCount = 1;
    double withinSeconds = kForever;
    int nearIndex = -1; // index of another condition in the same pattern
    double nearSeconds = kForever;

    bool matchesType(int type) const { return types.contains(type); }
};

struct TierPattern
{
    QString name;
    int tier = 0;
    QList<SignalCondition> conditions; // all must hold
};

struct Cadence
{
    struct Step
    {
        double afterSeconds = 0;
        QString channel; // call, email, nurture
    };
    QString label;
    QList<Step> steps;
    double repeatSeconds = 0; // 0: the steps run once
};

struct Band
{
    QString name;
    double min = 0;
    int tier = 0; // 1 is the hottest; 0: no tier
    QString temperature;
    QString action;
    double claimSlaSeconds = 0; // 0: no SLA
    double callSlaSeconds = 0;
    QString slaLabel;
    Cadence cadence;
};

struct AccountMultiplier
{
    QString id;
    double factor = 1;
};

struct AlertTrigger
{
    std::optional<double> minScore;
    int minTier = 0; // an alerting lead is at least this tier (so it has an SLA); 0: no floor
    QList<SignalCondition> anyOf;
    QStringList excludeLifecycle; // lower case
};

struct PageMapping
{
    QString pattern;
    QRegularExpression regex;
    int type = -1;
};

class Rules
{
    Q_DECLARE_TR_FUNCTIONS(Rules)

public:
    QString name;
    QString description;
    double rollingWindowSeconds = 30 * kSecondsPerDay;
    std::optional<double> contactCap;
    QList<SignalType> signalTypes;
    QHash<QString, int> eventMap; // track event name -> type index
    QList<PageMapping> pageMap;   // first match wins
    AccountMultiplier multiContact{QStringLiteral("multi_contact"), 1};
    int multiContactMin = 2;
    AccountMultiplier cLevel{QStringLiteral("c_level"), 1};
    QStringList cLevelSeniorities; // lower case
    QRegularExpression cLevelTitle;
    QList<Band> bands; // sorted by min, highest first
    QList<TierPattern> patterns;
    AlertTrigger alert;
    // Optional: SLA clocks (claim window and call SLA of a new alert) run only in these hours.
    std::optional<WorkingHours> businessHours;
    QString businessTimeZone; // IANA id

    // When `durationMs` of SLA time has passed since `startMs`: wall-clock time, or business
    // hours when the rules have them.
    qint64 slaDeadline(qint64 startMs, qint64 durationMs) const;
    // The same clock as a value (LeadRules::SlaClock's fields).
    QTimeZone businessZone() const;

    int typeIndex(QStringView id) const;
    int typeIndex(const QString &id) const { return typeIndex(QStringView(id)); }
    // The signal type a track event or page path maps to, or -1.
    int typeForEvent(const QString &event) const;
    int typeForPage(const QString &path) const;
    // For a track event that maps to nothing: the signal type its name looks like ("Contact
    // Sales" looks like contact_sales), or -1. Only a hint for whoever maintains the rules.
    int lookalikeType(const QString &event) const;
    // Event names often sent for the usual B2B signals; --check-rules reports those that look
    // like a signal of these rules and map to nothing.
    static QStringList commonEventNames();
    bool isCLevel(const QString &title, const QString &seniority) const;
    // Index into bands of the band a score falls in; bands cover every score.
    int bandFor(double score) const;
    // The first band carrying this tier, or -1.
    int bandForTier(int tier) const;
    int topBand() const { return bands.isEmpty() ? -1 : 0; }

    QByteArray json; // the rules file as read, so that a server can hand its rules to consoles

    static QStringList presetNames();
    // Loads a preset shipped as a resource, or a file; `error` names what is wrong.
    static std::optional<Rules> load(const QString &presetOrFile, QString *error);
    // Parses rules JSON; `origin` names it in errors.
    static std::optional<Rules> parse(const QByteArray &json, const QString &origin, QString *error);
};

// Parses "90s", "30m", "48h", "7d", "2w" into seconds; nullopt when malformed.
std::optional<double> parseDuration(const QString &text);
QString formatDuration(double seconds);
