#include "speedtolead.h"

#include "clock/instant.h"
#include "routing/disposition.h"
#include "scoring/scorereport.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace {

// A call made before the alert (a minute's grace for clock skew) worked an earlier alert of the
// lead, even when it was logged offline and arrived linked to this one.
bool countsFor(const AlertRecord &a, const CallRecord &c)
{
    return c.startedAtMs >= a.alertAtMs - 60'000;
}

const CallRecord *firstCall(const AlertRecord &a, bool connectOnly)
{
    const CallRecord *first = nullptr;
    for (const CallRecord &c : a.calls) {
        if (!countsFor(a, c) || (connectOnly && !Disposition::isConnect(c.disposition)))
            continue;
        if (!first || c.startedAtMs < first->startedAtMs)
            first = &c;
    }
    return first;
}

QString firstCaller(const AlertRecord &a)
{
    const CallRecord *first = firstCall(a, false);
    return first ? first->rep : a.claimedBy;
}

double minutesBetween(qint64 from, qint64 to)
{
    return double(std::max<qint64>(0, to - from)) / 60'000.0;
}

QJsonValue optionalNumber(const std::optional<double> &v)
{
    return v ? QJsonValue(std::round(*v * 100) / 100) : QJsonValue();
}

QJsonObject percentilesJson(const SpeedToLead::Percentiles &p)
{
    return QJsonObject{{QStringLiteral("count"), p.count},
                       {QStringLiteral("p50Minutes"), optionalNumber(p.p50Minutes)},
                       {QStringLiteral("p95Minutes"), optionalNumber(p.p95Minutes)}};
}

QString csvNumber(const std::optional<double> &v)
{
    return v ? QString::number(std::round(*v * 100) / 100) : QString();
}

QString csvField(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n'))
        return text;
    QString quoted = text;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

// The fields of one CSV line (RFC 4180 quoting, no line breaks inside fields); nullopt when a
// quote is left open.
std::optional<QStringList> csvFields(QStringView line)
{
    QStringList fields;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < line.size() && line.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            fields.append(field);
            field.clear();
        } else {
            field += c;
        }
    }
    if (quoted)
        return std::nullopt;
    fields.append(field);
    return fields;
}

} // namespace

QString SpeedToLead::bucketName(int bucket)
{
    switch (bucket) {
    case Within5:
        return QStringLiteral("within_5m");
    case Within30:
        return QStringLiteral("5_30m");
    case Beyond30:
        return QStringLiteral("beyond_30m");
    default:
        return QStringLiteral("never");
    }
}

int SpeedToLead::bucketOf(const AlertRecord &alert)
{
    const CallRecord *first = firstCall(alert, false);
    if (!first)
        return Never;
    const double minutes = minutesBetween(alert.alertAtMs, first->startedAtMs);
    if (minutes <= 5)
        return Within5;
    if (minutes <= 30)
        return Within30;
    return Beyond30;
}

bool SpeedToLead::isNotYet(const AlertRecord &alert, qint64 nowMs)
{
    return nowMs > 0 && !firstCall(alert, false) && alert.closedAtMs == 0 && !alert.breach &&
           alert.callDueAtMs > nowMs;
}

SpeedToLead::Percentiles SpeedToLead::percentiles(QList<double> minutes)
{
    Percentiles p;
    p.count = int(minutes.size());
    if (minutes.isEmpty())
        return p;
    std::sort(minutes.begin(), minutes.end());
    const auto rank = [&minutes](double q) {
        const qsizetype r = qsizetype(std::ceil(q * double(minutes.size())));
        return minutes.at(std::clamp<qsizetype>(r, 1, minutes.size()) - 1);
    };
    p.p50Minutes = rank(0.50);
    p.p95Minutes = rank(0.95);
    return p;
}

SpeedToLead SpeedToLead::compute(const QList<AlertRecord> &all, qint64 fromMs, qint64 toMs,
                                 const QString &rep, qint64 nowMs)
{
    SpeedToLead m;
    m.fromMs = fromMs;
    m.toMs = toMs;
    m.rep = rep;
    QList<double> attempt;
    QList<double> connect;
    QList<double> claimToCall;
    QHash<QString, QList<double>> attemptByRep;
    QHash<QString, QList<double>> connectByRep;
    QHash<QString, QList<double>> attemptByDay;
    int connected[BucketCount] = {0, 0, 0, 0};
    int qualified[BucketCount] = {0, 0, 0, 0};
    for (const AlertRecord &a : all) {
        if (a.alertAtMs < fromMs || a.alertAtMs >= toMs)
            continue;
        const QString caller = firstCaller(a);
        if (!rep.isEmpty() && caller != rep && a.claimedBy != rep)
            continue;
        ++m.alerts;
        const QString day =
            QDateTime::fromMSecsSinceEpoch(a.alertAtMs, QTimeZone::utc()).date().toString(Qt::ISODate);
        Day &d = m.days[day];
        ++d.hotLeads;
        if (a.claimedBy.isEmpty())
            ++d.unclaimed;
        if (a.breach)
            ++d.breaches;

        if (isNotYet(a, nowMs)) {
            ++m.notYet; // neither a response time nor "never": its SLA is still running
            continue;
        }
        const int bucket = bucketOf(a);
        ++m.buckets[bucket];
        const CallRecord *firstAttempt = firstCall(a, false);
        const CallRecord *firstConnect = firstCall(a, true);
        if (firstAttempt) {
            const double minutes = minutesBetween(a.alertAtMs, firstAttempt->startedAtMs);
            attempt.append(minutes);
            attemptByRep[caller].append(minutes);
            attemptByDay[day].append(minutes);
            if (a.claimedAtMs > 0)
                claimToCall.append(minutesBetween(a.claimedAtMs, firstAttempt->startedAtMs));
        }
        if (firstConnect) {
            const double minutes = minutesBetween(a.alertAtMs, firstConnect->startedAtMs);
            connect.append(minutes);
            connectByRep[caller].append(minutes);
            ++connected[bucket];
        }
        const bool isQualified = std::any_of(a.calls.cbegin(), a.calls.cend(), [&a](const CallRecord &c) {
            return countsFor(a, c) && c.qualified;
        });
        if (isQualified)
            ++qualified[bucket];
        const bool opportunity = std::any_of(a.calls.cbegin(), a.calls.cend(), [&a](const CallRecord &c) {
            return countsFor(a, c) && c.disposition == u"meeting_booked";
        });
        QList<int> &bySource =
            m.opportunitiesBySource[a.source.isEmpty() ? QStringLiteral("unknown") : a.source];
        if (bySource.isEmpty())
            bySource = QList<int>(BucketCount, 0);
        if (opportunity)
            ++bySource[bucket];
    }
    m.attempt = percentiles(attempt);
    m.connect = percentiles(connect);
    m.claimToCall = percentiles(claimToCall);
    for (auto it = attemptByRep.cbegin(); it != attemptByRep.cend(); ++it)
        m.attemptByRep.insert(it.key(), percentiles(it.value()));
    for (auto it = connectByRep.cbegin(); it != connectByRep.cend(); ++it)
        m.connectByRep.insert(it.key(), percentiles(it.value()));
    for (auto it = attemptByDay.cbegin(); it != attemptByDay.cend(); ++it)
        m.days[it.key()].attempt = percentiles(it.value());
    for (int b = 0; b < BucketCount; ++b) {
        m.connectRate[b] = m.buckets[b] > 0 ? double(connected[b]) / m.buckets[b] : 0;
        m.conversionRate[b] = m.buckets[b] > 0 ? double(qualified[b]) / m.buckets[b] : 0;
    }
    return m;
}

QJsonObject SpeedToLead::toJson() const
{
    QJsonArray bucketsJson;
    for (int b = 0; b < BucketCount; ++b)
        bucketsJson.append(
            QJsonObject{{QStringLiteral("bucket"), bucketName(b)},
                        {QStringLiteral("alerts"), buckets[b]},
                        {QStringLiteral("connectRate"), std::round(connectRate[b] * 10000) / 10000},
                        {QStringLiteral("conversionRate"), std::round(conversionRate[b] * 10000) / 10000}});
    QJsonObject byRep;
    for (auto it = attemptByRep.cbegin(); it != attemptByRep.cend(); ++it)
        byRep.insert(it.key().isEmpty() ? QStringLiteral("(unknown)") : it.key(),
                     QJsonObject{{QStringLiteral("attempt"), percentilesJson(it.value())},
                                 {QStringLiteral("connect"), percentilesJson(connectByRep.value(it.key()))}});
    QJsonObject sources;
    for (auto it = opportunitiesBySource.cbegin(); it != opportunitiesBySource.cend(); ++it) {
        QJsonObject perBucket;
        for (int b = 0; b < BucketCount; ++b)
            perBucket.insert(bucketName(b), it.value().value(b));
        sources.insert(it.key(), perBucket);
    }
    QJsonArray daysJson;
    for (auto it = days.cbegin(); it != days.cend(); ++it)
        daysJson.append(QJsonObject{{QStringLiteral("day"), it.key()},
                                    {QStringLiteral("hotLeads"), it->hotLeads},
                                    {QStringLiteral("unclaimed"), it->unclaimed},
                                    {QStringLiteral("breaches"), it->breaches},
                                    {QStringLiteral("attempt"), percentilesJson(it->attempt)}});
    return QJsonObject{
        {QStringLiteral("from"), formatInstant(fromMs)},
        {QStringLiteral("to"), formatInstant(toMs)},
        {QStringLiteral("rep"), rep.isEmpty() ? QJsonValue() : QJsonValue(rep)},
        {QStringLiteral("alerts"), alerts},
        {QStringLiteral("notYet"), notYet},
        {QStringLiteral("allLeads"), allLeads},
        {QStringLiteral("hotLeadShare"),
         allLeads > 0 ? std::round(double(hotActiveLeads) / allLeads * 10000) / 10000 : QJsonValue()},
        {QStringLiteral("responseToAttempt"), percentilesJson(attempt)},
        {QStringLiteral("responseToConnect"), percentilesJson(connect)},
        {QStringLiteral("claimToCall"), percentilesJson(claimToCall)},
        {QStringLiteral("byRep"), byRep},
        {QStringLiteral("buckets"), bucketsJson},
        {QStringLiteral("opportunitiesBySource"), sources},
        {QStringLiteral("days"), daysJson},
    };
}

namespace {

SpeedToLead::Percentiles percentilesFrom(const QJsonValue &value)
{
    const QJsonObject p = value.toObject();
    SpeedToLead::Percentiles out;
    out.count = p.value(QStringLiteral("count")).toInt();
    if (const QJsonValue v = p.value(QStringLiteral("p50Minutes")); v.isDouble())
        out.p50Minutes = v.toDouble();
    if (const QJsonValue v = p.value(QStringLiteral("p95Minutes")); v.isDouble())
        out.p95Minutes = v.toDouble();
    return out;
}

} // namespace

SpeedToLead SpeedToLead::fromJson(const QJsonObject &json)
{
    SpeedToLead m;
    m.fromMs = parseInstantMs(json.value(QStringLiteral("from")));
    m.toMs = parseInstantMs(json.value(QStringLiteral("to")));
    m.rep = json.value(QStringLiteral("rep")).toString();
    m.alerts = json.value(QStringLiteral("alerts")).toInt();
    m.notYet = json.value(QStringLiteral("notYet")).toInt();
    m.allLeads = json.value(QStringLiteral("allLeads")).toInt();
    if (const QJsonValue share = json.value(QStringLiteral("hotLeadShare")); share.isDouble())
        m.hotActiveLeads = int(std::lround(share.toDouble() * m.allLeads));
    m.attempt = percentilesFrom(json.value(QStringLiteral("responseToAttempt")));
    m.connect = percentilesFrom(json.value(QStringLiteral("responseToConnect")));
    m.claimToCall = percentilesFrom(json.value(QStringLiteral("claimToCall")));
    const QJsonObject byRep = json.value(QStringLiteral("byRep")).toObject();
    for (auto it = byRep.constBegin(); it != byRep.constEnd(); ++it) {
        const QJsonObject r = it.value().toObject();
        m.attemptByRep.insert(it.key(), percentilesFrom(r.value(QStringLiteral("attempt"))));
        m.connectByRep.insert(it.key(), percentilesFrom(r.value(QStringLiteral("connect"))));
    }
    const QJsonArray buckets = json.value(QStringLiteral("buckets")).toArray();
    for (int b = 0; b < BucketCount && b < buckets.size(); ++b) {
        const QJsonObject bucket = buckets.at(b).toObject();
        m.buckets[b] = bucket.value(QStringLiteral("alerts")).toInt();
        m.connectRate[b] = bucket.value(QStringLiteral("connectRate")).toDouble();
        m.conversionRate[b] = bucket.value(QStringLiteral("conversionRate")).toDouble();
    }
    const QJsonObject sources = json.value(QStringLiteral("opportunitiesBySource")).toObject();
    for (auto it = sources.constBegin(); it != sources.constEnd(); ++it) {
        QList<int> perBucket;
        for (int b = 0; b < BucketCount; ++b)
            perBucket.append(it.value().toObject().value(bucketName(b)).toInt());
        m.opportunitiesBySource.insert(it.key(), perBucket);
    }
    for (const QJsonValue &v : json.value(QStringLiteral("days")).toArray()) {
        const QJsonObject d = v.toObject();
        Day &day = m.days[d.value(QStringLiteral("day")).toString()];
        day.hotLeads = d.value(QStringLiteral("hotLeads")).toInt();
        day.unclaimed = d.value(QStringLiteral("unclaimed")).toInt();
        day.breaches = d.value(QStringLiteral("breaches")).toInt();
        day.attempt = percentilesFrom(d.value(QStringLiteral("attempt")));
    }
    return m;
}

QString SpeedToLead::toCsv() const
{
    // One tidy table: metric, scope (team, rep or day), bucket, value.
    QStringList rows{QStringLiteral("metric,scope,bucket,value")};
    const auto row = [&rows](const QString &metric, const QString &scope, const QString &bucket,
                             const QString &value) {
        rows.append(csvField(metric) + u',' + csvField(scope) + u',' + csvField(bucket) + u',' + value);
    };
    const QString team = rep.isEmpty() ? QStringLiteral("team") : rep;
    row(QStringLiteral("alerts"), team, QString(), QString::number(alerts));
    row(QStringLiteral("not_yet"), team, QString(), QString::number(notYet));
    if (allLeads > 0)
        row(QStringLiteral("hot_lead_share"), team, QString(),
            QString::number(double(hotActiveLeads) / allLeads, 'f', 4));
    for (const auto &[name, p] : {std::pair{QStringLiteral("response_to_attempt"), attempt},
                                  std::pair{QStringLiteral("response_to_connect"), connect},
                                  std::pair{QStringLiteral("claim_to_call"), claimToCall}}) {
        row(name + QStringLiteral("_p50_minutes"), team, QString(), csvNumber(p.p50Minutes));
        row(name + QStringLiteral("_p95_minutes"), team, QString(), csvNumber(p.p95Minutes));
    }
    for (auto it = attemptByRep.cbegin(); it != attemptByRep.cend(); ++it) {
        row(QStringLiteral("response_to_attempt_p50_minutes"), it.key(), QString(),
            csvNumber(it->p50Minutes));
        row(QStringLiteral("response_to_attempt_p95_minutes"), it.key(), QString(),
            csvNumber(it->p95Minutes));
        const Percentiles c = connectByRep.value(it.key());
        row(QStringLiteral("response_to_connect_p50_minutes"), it.key(), QString(), csvNumber(c.p50Minutes));
        row(QStringLiteral("response_to_connect_p95_minutes"), it.key(), QString(), csvNumber(c.p95Minutes));
    }
    for (int b = 0; b < BucketCount; ++b) {
        row(QStringLiteral("alerts"), team, bucketName(b), QString::number(buckets[b]));
        row(QStringLiteral("connect_rate"), team, bucketName(b), QString::number(connectRate[b], 'f', 4));
        row(QStringLiteral("conversion_rate"), team, bucketName(b),
            QString::number(conversionRate[b], 'f', 4));
    }
    for (auto it = opportunitiesBySource.cbegin(); it != opportunitiesBySource.cend(); ++it) {
        for (int b = 0; b < BucketCount; ++b)
            row(QStringLiteral("opportunities"), QStringLiteral("source:") + it.key(), bucketName(b),
                QString::number(it.value().value(b)));
    }
    for (auto it = days.cbegin(); it != days.cend(); ++it) {
        row(QStringLiteral("hot_leads"), it.key(), QString(), QString::number(it->hotLeads));
        row(QStringLiteral("unclaimed"), it.key(), QString(), QString::number(it->unclaimed));
        row(QStringLiteral("breaches"), it.key(), QString(), QString::number(it->breaches));
        row(QStringLiteral("response_to_attempt_p50_minutes"), it.key(), QString(),
            csvNumber(it->attempt.p50Minutes));
        row(QStringLiteral("response_to_attempt_p95_minutes"), it.key(), QString(),
            csvNumber(it->attempt.p95Minutes));
    }
    return rows.join(u'\n') + u'\n';
}

QString SpeedToLead::wideCsv(const QString &longCsv)
{
    const QStringList lines = longCsv.split(u'\n', Qt::SkipEmptyParts);
    if (lines.isEmpty() || lines.first().trimmed() != u"metric,scope,bucket,value")
        return {};
    QStringList columns;
    QStringList scopes;
    QHash<QString, QHash<QString, QString>> values; // scope -> column -> value
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const auto fields = csvFields(QStringView(lines.at(i)).trimmed());
        if (!fields || fields->size() != 4)
            return {};
        const QString column = fields->at(2).isEmpty() ? fields->at(0) : fields->at(0) + u':' + fields->at(2);
        if (!columns.contains(column))
            columns.append(column);
        if (!values.contains(fields->at(1)))
            scopes.append(fields->at(1));
        values[fields->at(1)].insert(column, fields->at(3));
    }
    QStringList header{QStringLiteral("scope")};
    for (const QString &column : std::as_const(columns))
        header.append(csvField(column));
    QStringList rows{header.join(u',')};
    for (const QString &scope : std::as_const(scopes)) {
        QStringList row{csvField(scope)};
        const QHash<QString, QString> &byColumn = values[scope];
        for (const QString &column : std::as_const(columns))
            row.append(csvField(byColumn.value(column)));
        rows.append(row.join(u','));
    }
    return rows.join(u'\n') + u'\n';
}

std::optional<std::pair<qint64, qint64>> parseMetricsRange(const QString &from, const QString &to,
                                                           qint64 nowMs)
{
    const auto parse = [](const QString &text, bool end) -> std::optional<qint64> {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (date.isValid() && text.size() == 10)
            return QDateTime(end ? date.addDays(1) : date, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
        const QDateTime at = parseInstant(text);
        if (!at.isValid())
            return std::nullopt;
        return at.toMSecsSinceEpoch();
    };
    std::optional<qint64> toMs = to.isEmpty() ? std::optional<qint64>(nowMs) : parse(to, true);
    if (!toMs)
        return std::nullopt;
    std::optional<qint64> fromMs =
        from.isEmpty() ? std::optional<qint64>(*toMs - 30LL * 24 * 3600 * 1000) : parse(from, false);
    if (!fromMs || *fromMs >= *toMs)
        return std::nullopt;
    return std::pair{*fromMs, *toMs};
}
