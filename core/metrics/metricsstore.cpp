#include "metricsstore.h"

#include "routing/leadstate.h"
#include "rules/rules.h"
#include "store/feedstore.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

MetricsStore::MetricsStore(FeedStore &store)
    : m_store(store)
{}

std::optional<QList<AlertRecord>> MetricsStore::alerts(qint64 fromMs, qint64 toMs, QString *error,
                                                       const Rules *rules) const
{
    QString reason;
    const auto alerts = m_store.alertsRaised(fromMs, toMs, &reason);
    if (!alerts) {
        *error = QCoreApplication::translate("MetricsStore", "cannot read alerts: %1").arg(reason);
        return std::nullopt;
    }
    QList<AlertRecord> out;
    QHash<qint64, qsizetype> index;
    for (const FeedStore::AlertRow &row : *alerts) {
        AlertRecord a;
        a.id = row.id;
        a.leadId = row.leadId;
        a.alertAtMs = row.alertAtMs;
        a.tier = row.tier;
        a.source = row.source;
        a.claimedBy = row.claimedBy;
        a.claimedAtMs = row.claimedAtMs;
        a.escalation = row.escalation;
        a.breach = row.breach;
        a.closedAtMs = row.closedAtMs;
        if (rules) {
            const int band = rules->bandForTier(row.tier);
            const double sla = band >= 0 ? rules->bands.at(band).callSlaSeconds : 0;
            if (sla > 0)
                a.callDueAtMs = rules->slaDeadline(row.alertAtMs, qint64(sla * 1000));
        }
        index.insert(a.id, out.size());
        out.append(a);
    }
    const auto calls = m_store.callsOnAlertsRaised(fromMs, toMs, &reason);
    if (!calls) {
        *error = QCoreApplication::translate("MetricsStore", "cannot read calls: %1").arg(reason);
        return std::nullopt;
    }
    for (const FeedStore::AlertCallRow &row : *calls) {
        const auto it = index.constFind(row.alertId);
        if (it == index.constEnd())
            continue;
        CallRecord c;
        c.rep = row.rep;
        c.startedAtMs = row.startedAtMs;
        c.disposition = row.disposition;
        c.qualified =
            QJsonDocument::fromJson(row.qualification).object().value(QStringLiteral("qualified")).toBool();
        out[*it].calls.append(c);
    }
    return out;
}

QSet<QString> MetricsStore::activeContacts(qint64 fromMs, qint64 toMs) const
{
    QSet<QString> contacts;
    m_store.readEventsReceived(
        fromMs, toMs,
        [&contacts](const QByteArray &body) {
            const QJsonObject call = QJsonDocument::fromJson(body).object();
            const QString user = call.value(QStringLiteral("userId")).toString();
            if (!user.isEmpty())
                contacts.insert(user);
        },
        nullptr);
    return contacts;
}

SpeedToLead MetricsStore::compute(qint64 fromMs, qint64 toMs, const QString &rep, QString *error,
                                  const Rules *rules, qint64 nowMs) const
{
    const auto records = alerts(fromMs, toMs, error, rules);
    SpeedToLead metrics =
        SpeedToLead::compute(records.value_or(QList<AlertRecord>()), fromMs, toMs, rep, nowMs);
    if (rep.isEmpty()) {
        const QSet<QString> active = activeContacts(fromMs, toMs);
        QSet<QString> hot;
        for (const AlertRecord &a : records.value_or(QList<AlertRecord>())) {
            const QString contact = isAccountLeadId(a.leadId) ? QString() : leadSubject(a.leadId);
            if (active.contains(contact))
                hot.insert(contact);
        }
        metrics.allLeads = int(active.size());
        metrics.hotActiveLeads = int(hot.size());
    }
    return metrics;
}
