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

QList<protocol::LedgerRow> ledgerRows(const QMap<QString, RepLedger> &ledger)
{
    QList<protocol::LedgerRow> rows;
    rows.reserve(ledger.size());
    for (auto it = ledger.cbegin(); it != ledger.cend(); ++it) {
        protocol::LedgerRow row;
        row.rep = it.key();
        row.offered = it->offered;
        row.claimed = it->claimed;
        row.escalatedTo = it->escalatedTo;
        for (auto reason = it->skipped.cbegin(); reason != it->skipped.cend(); ++reason)
            row.skipped.insert(reason.key(), reason.value());
        row.medianToClaimMs = RepLedger::median(it->toClaimMs);
        row.medianToFirstCallMs = RepLedger::median(it->toFirstCallMs);
        row.firstCalls = int(it->toFirstCallMs.size());
        rows.append(row);
    }
    return rows;
}

QJsonArray ledgerJson(const QMap<QString, RepLedger> &ledger)
{
    QJsonArray reps;
    for (const protocol::LedgerRow &row : ledgerRows(ledger))
        reps.append(row.toJson());
    return reps;
}

} // namespace Fairness
