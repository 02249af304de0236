#include "fairness.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace Fairness {

int RepLedger::skippedTotal() const
{
    int total = 0;
    for (const int n : skipped)
        total += n;
    return total;
}

qint64 RepLedger::median(QList<qint64> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype mid = values.size() / 2;
    return values.size() % 2 ? values.at(mid) : (values.at(mid - 1) + values.at(mid)) / 2;
}

QMap<QString, RepLedger> ledger(const QList<FeedStore::AuditRow> &rows)
{
    QMap<QString, RepLedger> out;
    const auto after = [](const QJsonObject &d) {
        return qint64(d.value(QStringLiteral("afterMs")).toDouble());
    };
    for (const FeedStore::AuditRow &row : rows) {
        const QJsonObject d = QJsonDocument::fromJson(row.detail).object();
        for (const QJsonValue &skip : d.value(QStringLiteral("skipped")).toArray()) {
            const QJsonObject s = skip.toObject();
            ++out[s.value(QStringLiteral("rep")).toString()]
                  .skipped[s.value(QStringLiteral("reason")).toString()];
        }
        const QJsonValue to = d.value(QStringLiteral("to"));
        const QString rep = d.value(QStringLiteral("rep")).toString();
        if (row.action == u"offered") {
            if (to.isArray()) {
                for (const QJsonValue &name : to.toArray())
                    ++out[name.toString()].offered;
            } else if (!to.toString().isEmpty()) {
                ++out[to.toString()].offered;
            }
        } else if ((row.action == u"escalated" || row.action == u"rerouted") && to.isString() &&
                   to.toString() != u"manager queue") {
            ++out[to.toString()].escalatedTo;
        } else if (row.action == u"claimed" && !rep.isEmpty()) {
            ++out[rep].claimed;
            out[rep].toClaimMs.append(after(d));
        } else if (row.action == u"called" && !rep.isEmpty()) {
            out[rep].toFirstCallMs.append(after(d));
        }
    }
    return out;
}

QJsonArray ledgerJson(const QMap<QString, RepLedger> &ledger)
{
    QJsonArray reps;
    for (auto it = ledger.cbegin(); it != ledger.cend(); ++it) {
        QJsonObject skipped;
        for (auto reason = it->skipped.cbegin(); reason != it->skipped.cend(); ++reason)
            skipped.insert(reason.key(), reason.value());
        reps.append(
            QJsonObject{{QStringLiteral("rep"), it.key()},
                        {QStringLiteral("offered"), it->offered},
                        {QStringLiteral("claimed"), it->claimed},
                        {QStringLiteral("escalatedTo"), it->escalatedTo},
                        {QStringLiteral("skipped"), skipped},
                        {QStringLiteral("medianToClaimMs"), double(RepLedger::median(it->toClaimMs))},
                        {QStringLiteral("medianToFirstCallMs"), double(RepLedger::median(it->toFirstCallMs))},
                        {QStringLiteral("firstCalls"), int(it->toFirstCallMs.size())}});
    }
    return reps;
}

} // namespace Fairness
