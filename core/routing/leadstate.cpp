#include "leadstate.h"

#include "scoring/scorereport.h"

#include <QJsonArray>

namespace {

QJsonValue instant(qint64 ms)
{
    return ms > 0 ? QJsonValue(formatInstant(ms)) : QJsonValue();
}

QJsonValue text(const QString &s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

} // namespace

QString contactLeadId(const QString &userId)
{
    return QStringLiteral("contact:") + userId;
}

QString accountLeadId(const QString &groupId)
{
    return QStringLiteral("account:") + groupId;
}

bool isAccountLeadId(const QString &leadId)
{
    return leadId.startsWith(QLatin1StringView("account:"));
}

bool isLeadId(const QString &leadId)
{
    return isAccountLeadId(leadId) || leadId.startsWith(QLatin1StringView("contact:"));
}

QString leadSubject(const QString &leadId)
{
    return leadId.mid(leadId.indexOf(u':') + 1);
}

QString visibilityName(Visibility visibility)
{
    return visibility == Visibility::AllRecords ? QStringLiteral("all-records")
                                                : QStringLiteral("owned-records");
}

std::optional<Visibility> parseVisibility(const QString &text)
{
    if (text == u"all-records")
        return Visibility::AllRecords;
    if (text == u"owned-records")
        return Visibility::OwnedRecords;
    return std::nullopt;
}

QString LeadState::statusName(Status status)
{
    switch (status) {
    case Status::Open:
        return QStringLiteral("open");
    case Status::Claimed:
        return QStringLiteral("claimed");
    case Status::Done:
        return QStringLiteral("done");
    }
    return {};
}

QJsonObject LeadState::toJson() const
{
    static const char *escalations[] = {"primary", "backup", "manager"};
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("alertId"), double(alertId)},
        {QStringLiteral("source"), text(source)},
        {QStringLiteral("kind"), isAccount() ? QStringLiteral("account") : QStringLiteral("contact")},
        {QStringLiteral("status"), statusName(status)},
        {QStringLiteral("alertAt"), instant(alertAtMs)},
        {QStringLiteral("owner"), text(owner)},
        {QStringLiteral("claimedBy"), text(claimedBy)},
        {QStringLiteral("claimedAt"), instant(claimedAtMs)},
        {QStringLiteral("escalation"), QLatin1StringView(escalations[qBound(0, escalation, 2)])},
        {QStringLiteral("assignedTo"), text(assignedTo)},
        {QStringLiteral("claimDeadline"), instant(claimDeadlineMs)},
        {QStringLiteral("callDeadline"), instant(callDeadlineMs)},
        {QStringLiteral("claimWindowSeconds"), double(claimWindowMs / 1000)},
        {QStringLiteral("breach"), breach},
        {QStringLiteral("firstCallAt"), instant(firstCallAtMs)},
        {QStringLiteral("doneAt"), instant(doneAtMs)},
        {QStringLiteral("tier"), tier},
        {QStringLiteral("score"), roundScore(score)},
        {QStringLiteral("card"), card},
        {QStringLiteral("segments"), segments},
    };
}

std::optional<LeadState> LeadState::fromJson(const QJsonObject &json)
{
    LeadState s;
    s.id = json.value(QStringLiteral("id")).toString();
    if (!isLeadId(s.id))
        return std::nullopt;
    s.alertId = qint64(json.value(QStringLiteral("alertId")).toDouble());
    s.source = json.value(QStringLiteral("source")).toString();
    const QString status = json.value(QStringLiteral("status")).toString();
    s.status = status == u"claimed" ? Status::Claimed : status == u"done" ? Status::Done : Status::Open;
    s.alertAtMs = parseInstantMs(json.value(QStringLiteral("alertAt")));
    s.owner = json.value(QStringLiteral("owner")).toString();
    s.claimedBy = json.value(QStringLiteral("claimedBy")).toString();
    s.claimedAtMs = parseInstantMs(json.value(QStringLiteral("claimedAt")));
    const QString escalation = json.value(QStringLiteral("escalation")).toString();
    s.escalation = escalation == u"backup" ? Backup : escalation == u"manager" ? ManagerQueue : Primary;
    s.assignedTo = json.value(QStringLiteral("assignedTo")).toString();
    s.claimDeadlineMs = parseInstantMs(json.value(QStringLiteral("claimDeadline")));
    s.callDeadlineMs = parseInstantMs(json.value(QStringLiteral("callDeadline")));
    s.claimWindowMs = qint64(json.value(QStringLiteral("claimWindowSeconds")).toDouble()) * 1000;
    s.breach = json.value(QStringLiteral("breach")).toBool();
    s.firstCallAtMs = parseInstantMs(json.value(QStringLiteral("firstCallAt")));
    s.doneAtMs = parseInstantMs(json.value(QStringLiteral("doneAt")));
    s.tier = json.value(QStringLiteral("tier")).toInt();
    s.score = json.value(QStringLiteral("score")).toDouble();
    s.card = json.value(QStringLiteral("card")).toObject();
    s.segments = json.value(QStringLiteral("segments")).toObject();
    return s;
}
