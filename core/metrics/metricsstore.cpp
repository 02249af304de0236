#include "metricsstore.h"

#include "routing/leadstate.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>

MetricsStore::MetricsStore(Database &database)
    : m_database(database)
{}

std::optional<QList<AlertRecord>> MetricsStore::alerts(qint64 fromMs, qint64 toMs, QString *error) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT a.id, a.lead_id, a.alert_at, a.tier, a.source, a.claimed_by, a.claimed_at, "
                       "a.escalation, a.breach FROM alerts a WHERE a.alert_at >= ? AND a.alert_at < ? "
                       "ORDER BY a.alert_at"));
    query.addBindValue(fromMs);
    query.addBindValue(toMs);
    if (!query.exec()) {
        *error = QCoreApplication::translate("MetricsStore", "cannot read alerts: %1").arg(sqlError(query));
        return std::nullopt;
    }
    QList<AlertRecord> out;
    QHash<qint64, qsizetype> index;
    while (query.next()) {
        AlertRecord a;
        a.id = query.value(0).toLongLong();
        a.leadId = query.value(1).toString();
        a.alertAtMs = query.value(2).toLongLong();
        a.tier = query.value(3).toInt();
        a.source = query.value(4).toString();
        a.claimedBy = query.value(5).toString();
        a.claimedAtMs = query.value(6).toLongLong();
        a.escalation = query.value(7).toInt();
        a.breach = query.value(8).toInt() != 0;
        index.insert(a.id, out.size());
        out.append(a);
    }
    query.prepare(QStringLiteral("SELECT c.alert_id, r.name, c.started_at, c.disposition, c.qualification "
                                 "FROM calls c JOIN alerts a ON a.id = c.alert_id "
                                 "LEFT JOIN reps r ON r.id = c.rep_id "
                                 "WHERE a.alert_at >= ? AND a.alert_at < ?"));
    query.addBindValue(fromMs);
    query.addBindValue(toMs);
    if (!query.exec()) {
        *error = QCoreApplication::translate("MetricsStore", "cannot read calls: %1").arg(sqlError(query));
        return std::nullopt;
    }
    while (query.next()) {
        const auto it = index.constFind(query.value(0).toLongLong());
        if (it == index.constEnd())
            continue;
        CallRecord c;
        c.rep = query.value(1).toString();
        c.startedAtMs = query.value(2).toLongLong();
        c.disposition = query.value(3).toString();
        c.qualified = QJsonDocument::fromJson(query.value(4).toByteArray())
                          .object()
                          .value(QStringLiteral("qualified"))
                          .toBool();
        out[*it].calls.append(c);
    }
    return out;
}

QSet<QString> MetricsStore::activeContacts(qint64 fromMs, qint64 toMs) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT body FROM events WHERE received_at >= ? AND received_at < ?"));
    query.addBindValue(fromMs);
    query.addBindValue(toMs);
    QSet<QString> contacts;
    if (!query.exec())
        return contacts;
    while (query.next()) {
        const QJsonObject call = QJsonDocument::fromJson(query.value(0).toByteArray()).object();
        const QString user = call.value(QStringLiteral("userId")).toString();
        if (!user.isEmpty())
            contacts.insert(user);
    }
    return contacts;
}

SpeedToLead MetricsStore::compute(qint64 fromMs, qint64 toMs, const QString &rep, QString *error) const
{
    const auto records = alerts(fromMs, toMs, error);
    SpeedToLead metrics = SpeedToLead::compute(records.value_or(QList<AlertRecord>()), fromMs, toMs, rep);
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
