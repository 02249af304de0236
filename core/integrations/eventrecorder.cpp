#include "eventrecorder.h"

#include "routing/disposition.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QUuid>

namespace {

QString isoTime(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs) : QString();
}

QString newId(const char *prefix)
{
    return QLatin1StringView(prefix) + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString escalationName(int escalation)
{
    switch (escalation) {
    case LeadState::Backup:
        return QStringLiteral("backup");
    case LeadState::ManagerQueue:
        return QStringLiteral("manager_queue");
    default:
        return QStringLiteral("primary");
    }
}

} // namespace

EventRecorder::EventRecorder(FeedStore &store, QStringList webhookTargets, QString crmTarget,
                             bool crmSetsStatus, std::function<void()> stored)
    : m_store(store)
    , m_webhooks(std::move(webhookTargets))
    , m_crm(std::move(crmTarget))
    , m_crmSetsStatus(crmSetsStatus)
    , m_stored(std::move(stored))
{}

QStringList EventRecorder::leadEvents(const LeadState *before, const LeadState &after)
{
    QStringList events;
    if (after.alertId <= 0)
        return events;
    const bool fresh = !before || before->alertId != after.alertId;
    if (fresh)
        events.append(QStringLiteral("lead.alerted"));
    if (!after.claimedBy.isEmpty() && (fresh || before->claimedBy != after.claimedBy))
        events.append(QStringLiteral("lead.claimed"));
    if (after.escalation > (fresh ? int(LeadState::Primary) : before->escalation) ||
        (!fresh && after.escalation == LeadState::Backup && before->escalation == LeadState::Backup &&
         after.assignedTo != before->assignedTo && !after.assignedTo.isEmpty()))
        events.append(QStringLiteral("lead.escalated"));
    if (after.breach && (fresh || !before->breach))
        events.append(QStringLiteral("lead.breached"));
    if (after.status == LeadState::Status::Done && (fresh || before->status != LeadState::Status::Done))
        events.append(QStringLiteral("lead.done"));
    return events;
}

QJsonObject EventRecorder::leadData(const LeadState &lead)
{
    const LeadCard &card = lead.card;
    return {
        {QStringLiteral("leadId"), lead.id},
        {QStringLiteral("alertId"), lead.alertId},
        {QStringLiteral("status"), LeadState::statusName(lead.status)},
        {QStringLiteral("tier"), lead.tier},
        {QStringLiteral("score"), lead.score},
        {QStringLiteral("source"), lead.source},
        {QStringLiteral("name"), card.name},
        {QStringLiteral("title"), card.title},
        {QStringLiteral("company"), card.company},
        {QStringLiteral("email"), card.email},
        {QStringLiteral("phone"), card.phone},
        {QStringLiteral("owner"), lead.owner},
        {QStringLiteral("claimedBy"), lead.claimedBy},
        {QStringLiteral("assignedTo"), lead.assignedTo},
        {QStringLiteral("escalation"), escalationName(lead.escalation)},
        {QStringLiteral("breach"), lead.breach},
        {QStringLiteral("alertAt"), isoTime(lead.alertAtMs)},
        {QStringLiteral("claimedAt"), isoTime(lead.claimedAtMs)},
        {QStringLiteral("doneAt"), isoTime(lead.doneAtMs)},
    };
}

QJsonObject EventRecorder::callData(const QString &callId, const FeedStore::CallRow &call, const Rep &rep,
                                    const LeadState &lead)
{
    return {
        {QStringLiteral("callId"), callId},
        {QStringLiteral("leadId"), call.leadId},
        {QStringLiteral("alertId"), call.alertId},
        {QStringLiteral("rep"), rep.name},
        {QStringLiteral("repEmail"), rep.email},
        {QStringLiteral("startedAt"), isoTime(call.startedAtMs)},
        {QStringLiteral("startedAtMs"), call.startedAtMs},
        {QStringLiteral("durationSeconds"), call.durationSeconds},
        {QStringLiteral("disposition"), call.disposition},
        {QStringLiteral("notes"), call.notes},
        {QStringLiteral("qualification"), QJsonDocument::fromJson(call.qualification).object()},
        {QStringLiteral("name"), lead.card.name},
        {QStringLiteral("company"), lead.card.company},
        {QStringLiteral("email"), lead.card.email},
        {QStringLiteral("phone"), lead.card.phone},
    };
}

bool EventRecorder::add(const QString &target, const QString &type, const QString &leadId,
                        const QString &callId, const QByteArray &payload, qint64 atMs, QString *error)
{
    FeedStore::OutboxRow row;
    row.id = newId(target != m_crm ? "evt_" : type == u"call.logged" ? "call_" : "status_");
    row.target = target;
    row.type = type;
    row.leadId = leadId;
    row.callId = callId;
    row.payload = payload;
    row.nextAtMs = atMs;
    row.createdAtMs = atMs;
    row.updatedAtMs = atMs;
    if (target != m_crm) {
        // A webhook's body is final here: every retry sends these bytes, with this id.
        const QJsonObject event{{QStringLiteral("id"), row.id},
                                {QStringLiteral("type"), type},
                                {QStringLiteral("at"), isoTime(atMs)},
                                {QStringLiteral("data"), QJsonDocument::fromJson(payload).object()}};
        row.payload = QJsonDocument(event).toJson(QJsonDocument::Compact);
    }
    if (!m_store.addOutbox(row, error))
        return false;
    if (m_stored)
        m_stored();
    return true;
}

bool EventRecorder::addEvent(const QString &type, const QString &leadId, const QString &callId,
                             const QJsonObject &data, qint64 atMs, QString *error)
{
    const QByteArray payload = QJsonDocument(data).toJson(QJsonDocument::Compact);
    for (const QString &webhook : std::as_const(m_webhooks)) {
        if (!add(webhook, type, leadId, callId, payload, atMs, error))
            return false;
    }
    return true;
}

bool EventRecorder::leadChanged(const LeadState *before, const LeadState &after, qint64 atMs, QString *error)
{
    if (m_webhooks.isEmpty())
        return true;
    const QStringList events = leadEvents(before, after);
    if (events.isEmpty())
        return true;
    const QJsonObject data = leadData(after);
    for (const QString &type : events) {
        if (!addEvent(type, after.id, {}, data, atMs, error))
            return false;
    }
    return true;
}

bool EventRecorder::callLogged(const FeedStore::CallRow &call, const Rep &rep, const LeadState &lead,
                               QString *error)
{
    const QString callId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QJsonObject data = callData(callId, call, rep, lead);
    if (!addEvent(QStringLiteral("call.logged"), call.leadId, callId, data, call.loggedAtMs, error))
        return false;
    if (m_crm.isEmpty())
        return true;
    // The CRM's item also names the call as the lead carries it, so that its outcome reaches
    // the lead's call (AlertDesk::setCallCrm).
    QJsonObject crmData = data;
    crmData.insert(QStringLiteral("leadCallId"), call.clientId);
    const QByteArray payload = QJsonDocument(crmData).toJson(QJsonDocument::Compact);
    if (!add(m_crm, QStringLiteral("call.logged"), call.leadId, callId, payload, call.loggedAtMs, error))
        return false;
    const bool qualified =
        Disposition::isConnect(call.disposition) &&
        QJsonDocument::fromJson(call.qualification).object().value(QStringLiteral("qualified")).toBool();
    return !(m_crmSetsStatus && qualified) ||
           add(m_crm, QStringLiteral("lead.qualified"), call.leadId, callId, payload, call.loggedAtMs, error);
}
