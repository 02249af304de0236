#include "calibration.h"

#include "rules/rules.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <cmath>

// When scores and alerts can change.
//
// Between two signal instants of a contact (its own signals and its account's firmographic
// ones, the only ones in its score) nothing is added: every live signal only grows older. A
// signal's value never grows with age (full points then 0 for `none`, a decreasing exponential
// for `rate`, 0 past the rolling window), and the cap is monotone, so the score at any instant t
// is at most the score at the latest signal instant s <= t. Hence the highest score before a
// conversion is the highest over the signal instants before it.
//
// The alert trigger is monotone the same way: every signal live at t was live at s (a smaller,
// still non-negative age), a condition's `within` holds for a younger signal if it held for an
// older one, `near` compares signal instants, which do not change, and the score part is the
// score above. So if the trigger holds at t it held at s, and the first instant it holds is a
// signal instant. (A `min_score` of 0 would hold before any signal; such rules alert on every
// contact and are counted from its first signal.)
//
// So each contact is scored once per signal instant before its conversion, not once per event
// of the whole history: O(k * (k + a)) for k own and a account signals, contacts in parallel.

namespace {

std::optional<double> ratio(double numerator, double denominator)
{
    if (denominator == 0)
        return std::nullopt;
    return numerator / denominator;
}

// The signal instants that can change the contact's score, strictly before `beforeMs`, in order.
const std::vector<qint64> &signalInstants(const LeadGraph &graph, int contact, qint64 beforeMs)
{
    thread_local std::vector<qint64> instants;
    instants.clear();
    const Contact &c = graph.contact(contact);
    for (const SignalEvent &e : c.signalEvents) {
        if (e.atMs < beforeMs)
            instants.push_back(e.atMs);
    }
    if (c.account >= 0) {
        for (const SignalEvent &e : graph.account(c.account).signalEvents) {
            if (e.atMs < beforeMs)
                instants.push_back(e.atMs);
        }
    }
    std::sort(instants.begin(), instants.end());
    instants.erase(std::unique(instants.begin(), instants.end()), instants.end());
    return instants;
}

// Contacts in chunks on every core; each chunk fills its own slot of `results`.
template<typename Result, typename PerContact>
std::vector<Result> forEachContact(const LeadGraph &graph, PerContact perContact)
{
    constexpr size_t chunk = 4096;
    const size_t count = graph.contacts().size();
    std::vector<size_t> starts;
    for (size_t start = 0; start < count; start += chunk)
        starts.push_back(start);
    std::vector<Result> results(starts.size());
    QtConcurrent::blockingMap(starts, [&](size_t start) {
        Result &result = results[start / chunk];
        for (size_t i = start; i < std::min(start + chunk, count); ++i) {
            if (graph.contact(int(i)).mergedInto < 0)
                perContact(int(i), result);
        }
    });
    return results;
}

} // namespace

ConversionLog::ConversionLog(const QStringList &outcomeEvents)
    : m_outcomes(outcomeEvents.cbegin(), outcomeEvents.cend())
{}

void ConversionLog::record(const SegmentCall &call, const LeadGraph::Change &change)
{
    if (call.type != SegmentCall::Type::Track || change.duplicate || !m_outcomes.contains(call.event))
        return;
    const qint64 atMs = call.timestamp.toMSecsSinceEpoch();
    const bool identified = !call.userId.isEmpty();
    QHash<QString, qint64> &byId = identified ? m_byUserId : m_byAnonymousId;
    const QString &id = identified ? call.userId : call.anonymousId;
    const auto it = byId.find(id);
    if (it == byId.end())
        byId.insert(id, atMs);
    else
        *it = std::min(*it, atMs);
}

std::vector<qint64> ConversionLog::conversions(const LeadGraph &graph) const
{
    std::vector<qint64> out(graph.contacts().size(), kNoConversion);
    const auto take = [&](int contact, qint64 atMs) {
        if (contact >= 0)
            out[size_t(contact)] = std::min(out[size_t(contact)], atMs);
    };
    for (auto it = m_byUserId.cbegin(); it != m_byUserId.cend(); ++it)
        take(graph.contactIndex(it.key()), it.value());
    for (auto it = m_byAnonymousId.cbegin(); it != m_byAnonymousId.cend(); ++it)
        take(graph.contactForAnonymousId(it.key()), it.value());
    return out;
}

double peakScore(const ScoringEngine &engine, int contact, qint64 beforeMs)
{
    const std::optional<double> cap = engine.rules().contactCap;
    double peak = 0;
    for (qint64 at : signalInstants(engine.graph(), contact, beforeMs)) {
        peak = std::max(peak, engine.scoreContact(contact, at).score);
        if (cap && peak >= *cap)
            break;
    }
    return peak;
}

qint64 firstAlert(const ScoringEngine &engine, int contact, qint64 beforeMs)
{
    for (qint64 at : signalInstants(engine.graph(), contact, beforeMs)) {
        const ContactScore score = engine.scoreContact(contact, at);
        if (score.alert)
            return at;
        if (score.excluded)
            break; // lifecycle stages are the graph's, the same at every instant
    }
    return kNoConversion;
}

Calibration calibrate(const ScoringEngine &engine, const std::vector<qint64> &conversions,
                      const CalibrationLimits &limits)
{
    const Rules &rules = engine.rules();
    const LeadGraph &graph = engine.graph();
    const size_t types = size_t(rules.signalTypes.size());
    const size_t bands = size_t(rules.bands.size());

    struct Counts
    {
        int contacts = 0;
        int converted = 0;
        std::vector<int> typeContacts, typeConverted, bandContacts, bandConverted;
    };
    const std::vector<Counts> chunks = forEachContact<Counts>(graph, [&](int contact, Counts &counts) {
        if (counts.typeContacts.empty()) {
            counts.typeContacts.assign(types, 0);
            counts.typeConverted.assign(types, 0);
            counts.bandContacts.assign(bands, 0);
            counts.bandConverted.assign(bands, 0);
        }
        const qint64 conversion = conversions[size_t(contact)];
        const int converted = conversion != kNoConversion ? 1 : 0;
        ++counts.contacts;
        counts.converted += converted;

        thread_local std::vector<int> seen;
        seen.clear();
        for (const SignalEvent &e : graph.contact(contact).signalEvents) {
            if (e.atMs < conversion)
                seen.push_back(e.type);
        }
        std::sort(seen.begin(), seen.end());
        seen.erase(std::unique(seen.begin(), seen.end()), seen.end());
        for (int type : seen) {
            ++counts.typeContacts[size_t(type)];
            counts.typeConverted[size_t(type)] += converted;
        }

        const int band = rules.bandFor(peakScore(engine, contact, conversion));
        ++counts.bandContacts[size_t(band)];
        counts.bandConverted[size_t(band)] += converted;
    });

    Calibration out;
    std::vector<int> typeContacts(types, 0), typeConverted(types, 0), bandContacts(bands, 0),
        bandConverted(bands, 0);
    for (const Counts &counts : chunks) {
        out.contacts += counts.contacts;
        out.converted += counts.converted;
        for (size_t t = 0; t < counts.typeContacts.size(); ++t) {
            typeContacts[t] += counts.typeContacts[t];
            typeConverted[t] += counts.typeConverted[t];
        }
        for (size_t b = 0; b < counts.bandContacts.size(); ++b) {
            bandContacts[b] += counts.bandContacts[b];
            bandConverted[b] += counts.bandConverted[b];
        }
    }
    out.tooFewConversions = out.converted < limits.minConversions;
    const std::optional<double> baseRate = ratio(out.converted, out.contacts);

    // Points suggestion: each type's points times its lift shrunk toward 1 by its evidence,
    // then every calibrated type rescaled together so that the points contacts collected (points
    // x contacts with the type) add up as before, which keeps the rules' scale.
    double before = 0;
    double after = 0;
    std::vector<double> factors(types, 1);
    for (size_t t = 0; t < types; ++t) {
        SignalLift row;
        row.type = int(t);
        row.contacts = typeContacts[t];
        row.converted = typeConverted[t];
        row.conversionRate = ratio(row.converted, row.contacts);
        if (row.conversionRate && baseRate && *baseRate > 0)
            row.lift = *row.conversionRate / *baseRate;
        row.points = rules.signalTypes.at(qsizetype(t)).points;
        row.suggestedPoints = row.points;
        row.tooLittleData = out.tooFewConversions || row.contacts < limits.minTypeContacts || !row.lift;
        if (!row.tooLittleData) {
            const double weight = row.contacts / (row.contacts + limits.shrinkage);
            factors[t] = 1 + (*row.lift - 1) * weight;
            before += row.points * row.contacts;
            after += row.points * factors[t] * row.contacts;
        }
        out.signalLifts.push_back(row);
    }
    const double scale = after > 0 ? before / after : 1;
    for (SignalLift &row : out.signalLifts) {
        if (!row.tooLittleData)
            row.suggestedPoints = std::max(0.0, std::round(row.points * factors[size_t(row.type)] * scale));
    }

    for (size_t b = 0; b < bands; ++b)
        out.bands.push_back(BandConversion{int(b), bandContacts[b], bandConverted[b],
                                           ratio(bandConverted[b], bandContacts[b])});
    return out;
}

Backtest backtest(const ScoringEngine &engine, const std::vector<qint64> &conversions)
{
    struct Counts
    {
        int contacts = 0;
        int converted = 0;
        int alerts = 0;
        std::vector<double> leadHours;
    };
    const LeadGraph &graph = engine.graph();
    const std::vector<Counts> chunks = forEachContact<Counts>(graph, [&](int contact, Counts &counts) {
        const qint64 conversion = conversions[size_t(contact)];
        const qint64 alert = firstAlert(engine, contact, conversion);
        ++counts.contacts;
        counts.converted += conversion != kNoConversion ? 1 : 0;
        if (alert == kNoConversion)
            return;
        ++counts.alerts;
        if (conversion != kNoConversion)
            counts.leadHours.push_back(double(conversion - alert) / 1000.0 / kSecondsPerHour);
    });

    Backtest out;
    std::vector<double> leadHours;
    for (const Counts &counts : chunks) {
        out.contacts += counts.contacts;
        out.converted += counts.converted;
        out.alerts += counts.alerts;
        leadHours.insert(leadHours.end(), counts.leadHours.cbegin(), counts.leadHours.cend());
    }
    out.convertedAlerted = int(leadHours.size());
    out.precision = ratio(out.convertedAlerted, out.alerts);
    out.recall = ratio(out.convertedAlerted, out.converted);
    if (!leadHours.empty()) {
        std::sort(leadHours.begin(), leadHours.end());
        const size_t middle = leadHours.size() / 2;
        out.medianLeadHours =
            leadHours.size() % 2 == 1 ? leadHours[middle] : (leadHours[middle - 1] + leadHours[middle]) / 2;
    }
    return out;
}

QJsonValue jsonFraction(const std::optional<double> &value, double scale)
{
    return value ? QJsonValue(std::round(*value * scale) / scale) : QJsonValue();
}

QJsonObject calibrationJson(const Calibration &calibration, const Rules &rules)
{
    QJsonArray signalsJson;
    for (const SignalLift &row : calibration.signalLifts) {
        const SignalType &type = rules.signalTypes.at(row.type);
        signalsJson.append(QJsonObject{
            {QStringLiteral("type"), type.id},
            {QStringLiteral("label"), type.label},
            {QStringLiteral("contacts"), row.contacts},
            {QStringLiteral("converted"), row.converted},
            {QStringLiteral("conversionRate"), jsonFraction(row.conversionRate)},
            {QStringLiteral("lift"), jsonFraction(row.lift, 100)},
            {QStringLiteral("points"), row.points},
            {QStringLiteral("suggestedPoints"), row.suggestedPoints},
            {QStringLiteral("tooLittleData"), row.tooLittleData},
        });
    }
    QJsonArray bandsJson;
    for (const BandConversion &band : calibration.bands) {
        bandsJson.append(QJsonObject{
            {QStringLiteral("band"), rules.bands.at(band.band).name},
            {QStringLiteral("contacts"), band.contacts},
            {QStringLiteral("converted"), band.converted},
            {QStringLiteral("rate"), jsonFraction(band.rate)},
        });
    }
    return QJsonObject{
        {QStringLiteral("rules"), rules.name},
        {QStringLiteral("contacts"), calibration.contacts},
        {QStringLiteral("converted"), calibration.converted},
        {QStringLiteral("tooLittleData"), calibration.tooFewConversions},
        {QStringLiteral("signals"), signalsJson},
        {QStringLiteral("bands"), bandsJson},
    };
}

namespace {

std::optional<double> optionalDouble(const QJsonValue &value)
{
    return value.isDouble() ? std::optional<double>(value.toDouble()) : std::nullopt;
}

} // namespace

Calibration calibrationFromJson(const QJsonObject &json, const Rules &rules)
{
    Calibration out;
    out.contacts = json.value(QLatin1StringView("contacts")).toInt();
    out.converted = json.value(QLatin1StringView("converted")).toInt();
    out.tooFewConversions = json.value(QLatin1StringView("tooLittleData")).toBool();
    for (const QJsonValue &v : json.value(QLatin1StringView("signals")).toArray()) {
        const QJsonObject row = v.toObject();
        SignalLift lift;
        lift.type = rules.typeIndex(row.value(QLatin1StringView("type")).toString());
        if (lift.type < 0)
            continue;
        lift.contacts = row.value(QLatin1StringView("contacts")).toInt();
        lift.converted = row.value(QLatin1StringView("converted")).toInt();
        lift.conversionRate = optionalDouble(row.value(QLatin1StringView("conversionRate")));
        lift.lift = optionalDouble(row.value(QLatin1StringView("lift")));
        lift.points = row.value(QLatin1StringView("points")).toDouble();
        lift.suggestedPoints = row.value(QLatin1StringView("suggestedPoints")).toDouble();
        lift.tooLittleData = row.value(QLatin1StringView("tooLittleData")).toBool();
        out.signalLifts.push_back(lift);
    }
    for (const QJsonValue &v : json.value(QLatin1StringView("bands")).toArray()) {
        const QJsonObject row = v.toObject();
        const QString name = row.value(QLatin1StringView("band")).toString();
        const auto band = std::find_if(rules.bands.cbegin(), rules.bands.cend(),
                                       [&name](const Band &b) { return b.name == name; });
        if (band == rules.bands.cend())
            continue;
        out.bands.push_back({int(band - rules.bands.cbegin()),
                             row.value(QLatin1StringView("contacts")).toInt(),
                             row.value(QLatin1StringView("converted")).toInt(),
                             optionalDouble(row.value(QLatin1StringView("rate")))});
    }
    return out;
}

Backtest backtestFromJson(const QJsonObject &json)
{
    Backtest out;
    out.contacts = json.value(QLatin1StringView("contacts")).toInt();
    out.converted = json.value(QLatin1StringView("converted")).toInt();
    out.alerts = json.value(QLatin1StringView("alerts")).toInt();
    out.convertedAlerted = json.value(QLatin1StringView("convertedAlerted")).toInt();
    out.precision = optionalDouble(json.value(QLatin1StringView("precision")));
    out.recall = optionalDouble(json.value(QLatin1StringView("recall")));
    out.medianLeadHours = optionalDouble(json.value(QLatin1StringView("medianLeadHours")));
    return out;
}

QJsonObject backtestJson(const Backtest &backtest, const Rules &rules)
{
    return QJsonObject{
        {QStringLiteral("rules"), rules.name},
        {QStringLiteral("contacts"), backtest.contacts},
        {QStringLiteral("converted"), backtest.converted},
        {QStringLiteral("alerts"), backtest.alerts},
        {QStringLiteral("convertedAlerted"), backtest.convertedAlerted},
        {QStringLiteral("precision"), jsonFraction(backtest.precision)},
        {QStringLiteral("recall"), jsonFraction(backtest.recall)},
        {QStringLiteral("medianLeadHours"), jsonFraction(backtest.medianLeadHours, 100)},
    };
}

QByteArray calibratedRulesJson(const Rules &rules, const Calibration &calibration)
{
    QJsonObject root = QJsonDocument::fromJson(rules.json).object();
    QJsonObject signalsJson = root.value(QLatin1StringView("signals")).toObject();
    for (const SignalLift &row : calibration.signalLifts) {
        const QString &id = rules.signalTypes.at(row.type).id;
        QJsonObject type = signalsJson.value(id).toObject();
        type.insert(QStringLiteral("points"), row.suggestedPoints);
        signalsJson.insert(id, type);
    }
    root.insert(QStringLiteral("signals"), signalsJson);
    const QString suffix = QStringLiteral("-calibrated");
    root.insert(QStringLiteral("name"),
                rules.name.endsWith(suffix) ? rules.name : QString(rules.name + suffix));
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}
