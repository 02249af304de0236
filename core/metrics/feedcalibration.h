#pragma once

#include "scoring/calibration.h"

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

class FeedStore;
class Rules;
struct SegmentCall;

// Calibration from the feed's own history (docs/scoring.md, "Calibration and backtest"): its
// stored events, and its calls as conversions (a meeting booked, or a connect qualified), for
// `firstcall-feed calibrate|backtest` and the manager dashboard's Scoring page.

// Feeds `apply` the events received in [fromMs, toMs) in the order they were stored, and fills
// `conversions` with each user id's first converting call. False with `error` on failure.
bool readFeedHistory(FeedStore &store, qint64 fromMs, qint64 toMs,
                     const std::function<void(const SegmentCall &)> &apply,
                     QHash<QString, qint64> *conversions, QString *error);

// `log`'s conversions for the graph, each made earlier by a converting call where there is one.
std::vector<qint64> mergedConversions(const LeadGraph &graph, const ConversionLog &log,
                                      const QHash<QString, qint64> &calledConversions);

// Alerts raised in a period by tier (1 first, then 2, 3; none last), and how many converted.
struct TierConversion
{
    int tier = 0;
    int alerts = 0;
    int converted = 0;
    std::optional<double> rate;
};

struct FeedCalibration
{
    Calibration calibration; // lift per type, conversion by band, suggested points
    Backtest current;        // the rules' alerts over the period
    Backtest suggested;      // the suggested points' alerts over the same period
    QString suggestedRulesName;
    std::vector<TierConversion> tiers;
};

// Everything the Scoring page shows, over the events received in [fromMs, toMs).
std::optional<FeedCalibration> calibrateFeed(FeedStore &store, const Rules &rules, qint64 fromMs, qint64 toMs,
                                             QString *error);
QJsonObject feedCalibrationJson(const FeedCalibration &result, const Rules &rules);
FeedCalibration feedCalibrationFromJson(const QJsonObject &json, const Rules &rules);
