#include "feedcalibration.h"

#include "events/segmentreader.h"
#include "leads/leadgraph.h"
#include "metricsstore.h"
#include "routing/disposition.h"
#include "routing/leadstate.h"
#include "rules/rules.h"
#include "store/feedstore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QMap>

#include <algorithm>
#include <cmath>
#include <limits>
#include <memory>

namespace {

bool converts(const CallRecord &call)
{
    return call.disposition == u"meeting_booked" ||
           (Disposition::isConnect(call.disposition) && call.qualified);
}

} // namespace

bool readFeedHistory(FeedStore &store, qint64 fromMs, qint64 toMs,
                     const std::function<void(const SegmentCall &)> &apply,
                     QHash<QString, qint64> *conversions, QString *error)
{
    // Stored events were read and checked when they came in: each body is one call.
    const QDateTime epoch = QDateTime::fromMSecsSinceEpoch(0, Qt::UTC);
    QString reason;
    const auto visit = [&](const QByteArray &body) {
        for (const SegmentCall &call : SegmentReader::readJson(body, epoch).calls)
            apply(call);
    };
    const bool all = fromMs <= 0 && toMs == std::numeric_limits<qint64>::max();
    if (!(all ? store.readEvents(visit, &reason) : store.readEventsReceived(fromMs, toMs, visit, &reason))) {
        *error = QCoreApplication::translate("FeedCalibration", "cannot read the events: %1").arg(reason);
        return false;
    }
    const auto alerts = MetricsStore(store).alerts(0, std::numeric_limits<qint64>::max(), error);
    if (!alerts)
        return false;
    for (const AlertRecord &alert : *alerts) {
        if (isAccountLeadId(alert.leadId))
            continue;
        for (const CallRecord &call : alert.calls) {
            if (!converts(call) || call.startedAtMs < fromMs || call.startedAtMs >= toMs)
                continue;
            const QString userId = leadSubject(alert.leadId);
            const auto it = conversions->constFind(userId);
            if (it == conversions->constEnd() || call.startedAtMs < *it)
                conversions->insert(userId, call.startedAtMs);
        }
    }
    return true;
}

std::vector<qint64> mergedConversions(const LeadGraph &graph, const ConversionLog &log,
                                      const QHash<QString, qint64> &calledConversions)
{
    std::vector<qint64> conversions = log.conversions(graph);
    for (auto it = calledConversions.cbegin(); it != calledConversions.cend(); ++it) {
        const int contact = graph.contactIndex(it.key());
        if (contact >= 0)
            conversions[size_t(contact)] = std::min(conversions[size_t(contact)], it.value());
    }
    return conversions;
}

std::optional<FeedCalibration> calibrateFeed(FeedStore &store, const Rules &rules, qint64 fromMs, qint64 toMs,
                                             QString *error)
{
    QList<SegmentCall> history;
    QHash<QString, qint64> called;
    if (!readFeedHistory(
            store, fromMs, toMs, [&history](const SegmentCall &call) { history.append(call); }, &called,
            error))
        return std::nullopt;

    const ConversionLog noEvents{QStringList()}; // the feed's conversions are its calls
    const auto replay = [&](LeadGraph *graph) {
        graph->setRecordHistory(false);
        for (const SegmentCall &call : std::as_const(history))
            graph->apply(call);
        return mergedConversions(*graph, noEvents, called);
    };

    FeedCalibration out;
    LeadGraph graph(rules);
    const std::vector<qint64> conversions = replay(&graph);
    const ScoringEngine engine(rules, graph);
    out.calibration = calibrate(engine, conversions);
    out.current = backtest(engine, conversions);

    QString reason;
    const std::optional<Rules> suggested =
        Rules::parse(calibratedRulesJson(rules, out.calibration), QStringLiteral("calibrated"), &reason);
    if (!suggested) {
        *error = reason;
        return std::nullopt;
    }
    out.suggestedRulesName = suggested->name;
    LeadGraph suggestedGraph(*suggested);
    const std::vector<qint64> suggestedConversions = replay(&suggestedGraph);
    out.suggested = backtest(ScoringEngine(*suggested, suggestedGraph), suggestedConversions);

    // Alerts raised in the period, by tier: did the lead convert after it?
    const auto alerts = MetricsStore(store).alerts(fromMs, toMs, error);
    if (!alerts)
        return std::nullopt;
    QMap<int, TierConversion> tiers;
    for (const AlertRecord &alert : *alerts) {
        TierConversion &t = tiers[alert.tier > 0 ? alert.tier : 99];
        t.tier = alert.tier;
        ++t.alerts;
        if (std::any_of(alert.calls.cbegin(), alert.calls.cend(),
                        [&](const CallRecord &c) { return converts(c) && c.startedAtMs >= alert.alertAtMs; }))
            ++t.converted;
    }
    for (TierConversion t : std::as_const(tiers)) {
        t.rate = t.alerts > 0 ? std::optional<double>(double(t.converted) / t.alerts) : std::nullopt;
        out.tiers.push_back(t);
    }
    return out;
}

FeedCalibration feedCalibrationFromJson(const QJsonObject &json, const Rules &rules)
{
    FeedCalibration out;
    out.calibration = calibrationFromJson(json.value(QLatin1StringView("calibration")).toObject(), rules);
    out.current = backtestFromJson(json.value(QLatin1StringView("current")).toObject());
    const QJsonObject suggested = json.value(QLatin1StringView("suggested")).toObject();
    out.suggested = backtestFromJson(suggested);
    out.suggestedRulesName = suggested.value(QLatin1StringView("rules")).toString();
    for (const QJsonValue &v : json.value(QLatin1StringView("tiers")).toArray()) {
        const QJsonObject t = v.toObject();
        const QJsonValue rate = t.value(QLatin1StringView("rate"));
        out.tiers.push_back({t.value(QLatin1StringView("tier")).toInt(),
                             t.value(QLatin1StringView("alerts")).toInt(),
                             t.value(QLatin1StringView("converted")).toInt(),
                             rate.isDouble() ? std::optional<double>(rate.toDouble()) : std::nullopt});
    }
    return out;
}

QJsonObject feedCalibrationJson(const FeedCalibration &result, const Rules &rules)
{
    QJsonArray tiers;
    for (const TierConversion &t : result.tiers)
        tiers.append(QJsonObject{{QStringLiteral("tier"), t.tier > 0 ? QJsonValue(t.tier) : QJsonValue()},
                                 {QStringLiteral("alerts"), t.alerts},
                                 {QStringLiteral("converted"), t.converted},
                                 {QStringLiteral("rate"), jsonFraction(t.rate)}});
    QJsonObject suggested = backtestJson(result.suggested, rules);
    suggested.insert(QStringLiteral("rules"), result.suggestedRulesName);
    return QJsonObject{{QStringLiteral("calibration"), calibrationJson(result.calibration, rules)},
                       {QStringLiteral("current"), backtestJson(result.current, rules)},
                       {QStringLiteral("suggested"), suggested},
                       {QStringLiteral("tiers"), tiers}};
}
