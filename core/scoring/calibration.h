#pragma once

#include "leads/leadgraph.h"
#include "scoring/scoringengine.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QStringList>

#include <limits>
#include <optional>
#include <vector>

// Calibration and backtest (docs/scoring.md, "Calibration"): which signals preceded the
// conversions of a history, how the rules' bands converted, what points the data suggests, and
// how a rules file's alerts would have done. Pure functions of a LeadGraph, its rules and each
// contact's conversion instant, so that the CLI and the feed server compute the same figures.

constexpr qint64 kNoConversion = std::numeric_limits<qint64>::max();

// The conversion of every contact: the timestamp of its earliest outcome event (a `track` whose
// name is exactly one of the outcome names). Fed the same calls as the graph, in the same order.
class ConversionLog
{
public:
    explicit ConversionLog(const QStringList &outcomeEvents);

    void record(const SegmentCall &call, const LeadGraph::Change &change);
    // Indexed like the graph's contacts; kNoConversion for a contact that never converted.
    std::vector<qint64> conversions(const LeadGraph &graph) const;

private:
    QSet<QString> m_outcomes;
    QHash<QString, qint64> m_byUserId;
    QHash<QString, qint64> m_byAnonymousId; // resolved once the whole history is read
};

struct CalibrationLimits
{
    int minTypeContacts = 20; // fewer contacts with a type: its points stay
    int minConversions = 30;  // fewer conversions overall: every type's points stay
    double shrinkage = 50;    // contacts of evidence at which a type's lift counts half
};

struct SignalLift
{
    int type = -1;
    int contacts = 0; // contacts with at least one counted signal of the type
    int converted = 0;
    std::optional<double> conversionRate;
    std::optional<double> lift;
    double points = 0; // the rules' current points
    double suggestedPoints = 0;
    bool tooLittleData = false; // suggestedPoints are the current points for want of data
};

struct BandConversion
{
    int band = -1;
    int contacts = 0;
    int converted = 0;
    std::optional<double> rate;
};

struct Calibration
{
    int contacts = 0;
    int converted = 0;
    bool tooFewConversions = false;
    std::vector<SignalLift> signalLifts; // every signal type of the rules, in their order
    std::vector<BandConversion> bands;   // every band, hottest first
};

struct Backtest
{
    int contacts = 0;
    int converted = 0;
    int alerts = 0;           // contacts alerted before converting (at all, if they never did)
    int convertedAlerted = 0; // converted contacts alerted before converting
    std::optional<double> precision;
    std::optional<double> recall;
    std::optional<double> medianLeadHours;
};

// The highest score the contact reached at any instant strictly before `beforeMs`, scored as
// ScoringEngine::scoreContact does (0 without a signal).
double peakScore(const ScoringEngine &engine, int contact, qint64 beforeMs);
// The earliest instant strictly before `beforeMs` at which the alert trigger holds for the
// contact, or kNoConversion when there is none.
qint64 firstAlert(const ScoringEngine &engine, int contact, qint64 beforeMs);

// `conversions` as ConversionLog::conversions returns them for the engine's graph.
Calibration calibrate(const ScoringEngine &engine, const std::vector<qint64> &conversions,
                      const CalibrationLimits &limits = {});
Backtest backtest(const ScoringEngine &engine, const std::vector<qint64> &conversions);

// A fraction as the calibration's JSON gives it: rounded to 1/scale, null when there is none.
QJsonValue jsonFraction(const std::optional<double> &value, double scale = 10000);

QJsonObject calibrationJson(const Calibration &calibration, const Rules &rules);
QJsonObject backtestJson(const Backtest &backtest, const Rules &rules);
// The same figures read back (a console shows what the feed computed with the same rules);
// types and bands the rules do not know are left out.
Calibration calibrationFromJson(const QJsonObject &json, const Rules &rules);
Backtest backtestFromJson(const QJsonObject &json);
// The rules file the rules were read from with every type's points replaced by its
// suggestedPoints and the name marked as calibrated; nothing else changes.
QByteArray calibratedRulesJson(const Rules &rules, const Calibration &calibration);
