#include "syncreport.h"

#include "clock/instant.h"
#include "integrations/webhook.h"

#include <QJsonDocument>
#include <QUrl>

namespace SyncReport {

QString safeTarget(const QString &target)
{
    const QUrl url = WebhookTarget::urlOf(target);
    if (url.isEmpty())
        return target;
    return WebhookTarget::targetName(
        url.adjusted(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment));
}

QJsonObject itemJson(const FeedStore::OutboxRow &item, const QString &crmName)
{
    const QJsonObject payload = QJsonDocument::fromJson(item.payload).object();
    const QUrl webhookUrl = WebhookTarget::urlOf(item.target);
    const bool webhook = !webhookUrl.isEmpty();
    // A webhook's item is the whole event; its data is what the CRM's item holds.
    const QJsonObject data = webhook ? payload.value(QStringLiteral("data")).toObject() : payload;
    QString rep = data.value(QStringLiteral("rep")).toString();
    if (rep.isEmpty())
        rep = data.value(QStringLiteral("claimedBy")).toString();
    if (rep.isEmpty())
        rep = data.value(QStringLiteral("owner")).toString();
    const bool failed = item.state == FeedStore::OutboxState::Failed;
    QJsonObject json{
        {QStringLiteral("id"), item.id},
        {QStringLiteral("target"), webhook ? QStringLiteral("webhook") : QStringLiteral("crm")},
        // Only a webhook's host: its path and query often are its secret.
        {QStringLiteral("to"), webhook ? webhookUrl.host() : crmName},
        {QStringLiteral("type"), item.type},
        {QStringLiteral("lead"), item.leadId},
        {QStringLiteral("name"), data.value(QStringLiteral("name")).toString()},
        {QStringLiteral("company"), data.value(QStringLiteral("company")).toString()},
        {QStringLiteral("rep"), rep},
        {QStringLiteral("state"), failed ? QStringLiteral("failed") : QStringLiteral("retrying")},
        {QStringLiteral("error"), item.lastError},
        {QStringLiteral("attempts"), item.attempts},
        {QStringLiteral("lastTryAt"), formatInstant(item.updatedAtMs)},
    };
    if (const qint64 callAt = data.value(QStringLiteral("startedAtMs")).toInteger(); callAt > 0)
        json.insert(QStringLiteral("callAt"), formatInstant(callAt));
    if (!failed)
        json.insert(QStringLiteral("nextTryAt"), formatInstant(item.nextAtMs));
    return json;
}

QJsonArray toJson(const QList<FeedStore::OutboxRow> &items, const QString &crmName)
{
    QJsonArray out;
    for (const FeedStore::OutboxRow &item : items)
        out.append(itemJson(item, crmName));
    return out;
}

} // namespace SyncReport
