#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

// One logged call, as the metrics see it.
struct CallRecord
{
    QString rep;
    qint64 startedAtMs = 0; // when the call happened (a call logged offline arrives later)
    QString disposition;
    bool qualified = false;
};

// One alert and what became of it.
struct AlertRecord
{
    qint64 id = 0;
    QString leadId;
    qint64 alertAtMs = 0;
    int tier = 0;
    QString source; // lead source, e.g. "Paid search"
    QString claimedBy;
    qint64 claimedAtMs = 0;
    bool breach = false;
    int escalation = 0;     // 2: reached the manager queue
    qint64 closedAtMs = 0;  // released, done or superseded; 0: still open
    qint64 callDueAtMs = 0; // when its first call is due (the band's call SLA); 0: no SLA known
    QList<CallRecord> calls;
};

// Speed-to-lead figures over a period (PRODUCT.md "Manager views and metrics", seed 001's
// dashboard and seed 002's metrics table). Percentiles are nearest-rank: the value at rank
// ceil(p × n) of the sorted sample.
struct SpeedToLead
{
    enum Bucket
    {
        Within5,
        Within30,
        Beyond30,
        Never,
        BucketCount
    };
    static QString bucketName(int bucket); // "within_5m", "5_30m", "beyond_30m", "never"
    static int bucketOf(const AlertRecord &alert);
    // Not called yet but still inside its call SLA at `nowMs` (open, no breach, deadline ahead):
    // "not yet", counted apart from "never" and left out of the buckets and their rates.
    static bool isNotYet(const AlertRecord &alert, qint64 nowMs);

    struct Percentiles
    {
        int count = 0;
        std::optional<double> p50Minutes;
        std::optional<double> p95Minutes;
    };
    struct Day
    {
        int hotLeads = 0;
        int unclaimed = 0; // never claimed by anyone
        int breaches = 0;
        Percentiles attempt;
    };

    qint64 fromMs = 0;
    qint64 toMs = 0;
    QString rep; // empty: the team
    int alerts = 0;
    int notYet = 0;         // of `alerts`, not called yet and still inside their call SLA (see isNotYet)
    int allLeads = 0;       // contacts active in the period, when known
    int hotActiveLeads = 0; // of those, the ones that raised an alert: the hot-lead share's numerator
    Percentiles attempt;    // alert -> first call attempt
    Percentiles connect;    // alert -> first connect
    Percentiles claimToCall;
    QMap<QString, Percentiles> attemptByRep;
    QMap<QString, Percentiles> connectByRep;
    int buckets[BucketCount] = {0, 0, 0, 0};           // alerts - notYet, by response time
    double connectRate[BucketCount] = {0, 0, 0, 0};    // alerts with a connect / alerts in the bucket
    double conversionRate[BucketCount] = {0, 0, 0, 0}; // alerts qualified / alerts in the bucket
    QMap<QString, QList<int>> opportunitiesBySource;   // source -> per bucket: alerts with a meeting booked
    QMap<QString, Day> days;                           // "2026-03-02" -> figures of that day (UTC)

    // `rep` empty: the whole team; else only alerts that rep claimed or first called. `nowMs`:
    // the instant that tells "not yet" from "never" (0: every uncalled alert is "never").
    static SpeedToLead compute(const QList<AlertRecord> &alerts, qint64 fromMs, qint64 toMs,
                               const QString &rep = {}, qint64 nowMs = 0);
    static Percentiles percentiles(QList<double> minutes);

    QJsonObject toJson() const;
    // The figures back from toJson (as a console receives them): the same JSON again, minutes and
    // rates as rounded there; the hot-lead share's two counts only as far as the share says them.
    static SpeedToLead fromJson(const QJsonObject &json);
    // Long format: one row per figure (metric, scope, bucket, value).
    QString toCsv() const;
    // Wide format from the long one: one row per scope (the team or rep, each day, each lead
    // source) with one column per figure ("metric" or "metric:bucket"), empty where a scope has
    // no such figure. Columns in the order they first appear. Empty text for a malformed input.
    static QString wideCsv(const QString &longCsv);
};

// A metrics period from two texts: dates (YYYY-MM-DD, UTC; `to` counts whole) or ISO 8601
// instants. Empty `from`: 30 days before `to`; empty `to`: now. nullopt when malformed.
std::optional<std::pair<qint64, qint64>> parseMetricsRange(const QString &from, const QString &to,
                                                           qint64 nowMs);
