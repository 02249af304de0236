#include "audittext.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>

namespace {

// The translation context of these words (first written for `firstcall-feed audit`).
class AuditCommand
{
    Q_DECLARE_TR_FUNCTIONS(AuditCommand)
};

} // namespace

namespace AuditText {

QString reason(const QString &reason)
{
    if (reason == u"away")
        return AuditCommand::tr("away");
    if (reason == u"offline")
        return AuditCommand::tr("offline");
    if (reason == u"off_hours")
        return AuditCommand::tr("off hours");
    if (reason == u"at_cap")
        return AuditCommand::tr("at cap");
    if (reason == u"segment_mismatch")
        return AuditCommand::tr("segment mismatch");
    if (reason == u"unresponsive")
        return AuditCommand::tr("let the last leads run out unclaimed");
    if (reason == u"claim_window")
        return AuditCommand::tr("claim window ran out");
    if (reason == u"no_rep_available")
        return AuditCommand::tr("no rep available");
    if (reason == u"rotation")
        return AuditCommand::tr("round robin");
    if (reason == u"crm_owner")
        return AuditCommand::tr("CRM owner");
    if (reason == u"previous_owner")
        return AuditCommand::tr("previous owner");
    return reason;
}

namespace {

QString skippedText(const QJsonObject &detail)
{
    QStringList parts;
    for (const QJsonValue &value : detail.value(QStringLiteral("skipped")).toArray()) {
        const QJsonObject skip = value.toObject();
        parts.append(QStringLiteral("%1 (%2)").arg(skip.value(QStringLiteral("rep")).toString(),
                                                   reason(skip.value(QStringLiteral("reason")).toString())));
    }
    return parts.isEmpty() ? QString()
                           : AuditCommand::tr("; skipped: %1").arg(parts.join(QStringLiteral(", ")));
}

// Why the CRM's owner did not decide (owned-records with a CRM), when it did not.
QString crmOwnerText(const QJsonObject &detail)
{
    const QString why = detail.value(QStringLiteral("crmOwner")).toString();
    return why.isEmpty() ? QString() : AuditCommand::tr("; no CRM owner: %1").arg(why);
}

} // namespace

QString describe(const FeedStore::AuditRow &row)
{
    const QJsonObject d = QJsonDocument::fromJson(row.detail).object();
    const auto str = [&](const char *key) { return d.value(QLatin1StringView(key)).toString(); };
    const QString why = reason(str("reason"));
    const QString minutes = QString::number(d.value(QStringLiteral("afterMs")).toDouble() / 60'000, 'f', 1);
    if (row.action == u"offered") {
        const QJsonValue to = d.value(QStringLiteral("to"));
        if (to.isArray()) {
            QStringList names;
            for (const QJsonValue &name : to.toArray())
                names.append(name.toString());
            return AuditCommand::tr("offered to %1")
                       .arg(names.isEmpty() ? AuditCommand::tr("nobody") : names.join(QStringLiteral(", "))) +
                   skippedText(d);
        }
        return AuditCommand::tr("offered to %1 (%2)").arg(to.toString(), why) + crmOwnerText(d) +
               skippedText(d);
    }
    if (row.action == u"claimed")
        return (d.value(QStringLiteral("byCall")).toBool()
                    ? AuditCommand::tr("claimed by %1 by calling, %2 min after the alert")
                    : AuditCommand::tr("claimed by %1, %2 min after the alert"))
            .arg(str("rep"), minutes);
    if (row.action == u"called")
        return AuditCommand::tr("first call by %1, %2 min after the alert").arg(str("rep"), minutes);
    if (row.action == u"released")
        return AuditCommand::tr("released (held by %1)").arg(str("rep"));
    if (row.action == u"escalated")
        return (d.contains(QStringLiteral("from"))
                    ? AuditCommand::tr("escalated from %1 to %2 (%3)").arg(str("from"), str("to"), why)
                    : AuditCommand::tr("escalated to %1 (%2)").arg(str("to"), why)) +
               crmOwnerText(d) + skippedText(d);
    if (row.action == u"rerouted")
        return AuditCommand::tr("rerouted from %1 to %2 (%1 %3)").arg(str("from"), str("to"), why) +
               skippedText(d);
    if (row.action == u"reassign")
        return AuditCommand::tr("reassigned by %1 from %2 to %3")
            .arg(row.repName.isEmpty() ? AuditCommand::tr("a manager") : row.repName,
                 str("from").isEmpty() ? AuditCommand::tr("nobody") : str("from"), str("to"));
    if (row.action == u"breach")
        return AuditCommand::tr("SLA breach: no call by the deadline");
    return row.action + u' ' + QString::fromUtf8(row.detail);
}

QJsonObject rowToJson(const FeedStore::AuditRow &row)
{
    return QJsonObject{
        {QStringLiteral("at"), QDateTime::fromMSecsSinceEpoch(row.atMs, Qt::UTC).toString(Qt::ISODateWithMs)},
        {QStringLiteral("action"), row.action},
        {QStringLiteral("by"), row.repName.isEmpty() ? QJsonValue() : row.repName},
        {QStringLiteral("alertId"), double(row.alertId)},
        {QStringLiteral("detail"), QJsonDocument::fromJson(row.detail).object()}};
}

FeedStore::AuditRow rowFromJson(const QJsonObject &json)
{
    FeedStore::AuditRow row;
    row.atMs = QDateTime::fromString(json.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs)
                   .toMSecsSinceEpoch();
    row.action = json.value(QStringLiteral("action")).toString();
    row.repName = json.value(QStringLiteral("by")).toString();
    row.alertId = qint64(json.value(QStringLiteral("alertId")).toDouble());
    row.detail =
        QJsonDocument(json.value(QStringLiteral("detail")).toObject()).toJson(QJsonDocument::Compact);
    return row;
}

QJsonArray rowsToJson(const QList<FeedStore::AuditRow> &rows)
{
    QJsonArray out;
    for (const FeedStore::AuditRow &row : rows)
        out.append(rowToJson(row));
    return out;
}

} // namespace AuditText
