#include "syncreport.h"

#include "integrations/webhook.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

#include <algorithm>

namespace SyncReport {

QString safeTarget(const QString &target)
{
    const QUrl url = WebhookTarget::urlOf(target);
    if (url.isEmpty())
        return target;
    return WebhookTarget::targetName(
        url.adjusted(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment));
}

protocol::SyncItem item(const FeedStore::OutboxRow &row, const QString &crmName)
{
    const QJsonObject payload = QJsonDocument::fromJson(row.payload).object();
    const QUrl webhookUrl = WebhookTarget::urlOf(row.target);
    const bool webhook = !webhookUrl.isEmpty();
    // A webhook's item is the whole event; its data is what the CRM's item holds.
    const QJsonObject data = webhook ? payload.value(QStringLiteral("data")).toObject() : payload;
    protocol::SyncItem out;
    out.id = row.id;
    out.target = webhook ? QStringLiteral("webhook") : QStringLiteral("crm");
    // Only a webhook's host: its path and query often are its secret.
    out.to = webhook ? webhookUrl.host() : crmName;
    out.type = row.type;
    out.leadId = row.leadId;
    out.name = data.value(QStringLiteral("name")).toString();
    out.company = data.value(QStringLiteral("company")).toString();
    out.rep = data.value(QStringLiteral("rep")).toString();
    if (out.rep.isEmpty())
        out.rep = data.value(QStringLiteral("claimedBy")).toString();
    if (out.rep.isEmpty())
        out.rep = data.value(QStringLiteral("owner")).toString();
    out.callAtMs = std::max<qint64>(data.value(QStringLiteral("startedAtMs")).toInteger(), 0);
    out.failed = row.state == FeedStore::OutboxState::Failed;
    if (!out.failed)
        out.nextTryAtMs = row.nextAtMs;
    out.error = row.lastError;
    out.attempts = row.attempts;
    out.lastTryAtMs = row.updatedAtMs;
    return out;
}

QList<protocol::SyncItem> items(const QList<FeedStore::OutboxRow> &rows, const QString &crmName)
{
    QList<protocol::SyncItem> out;
    out.reserve(rows.size());
    for (const FeedStore::OutboxRow &row : rows)
        out.append(item(row, crmName));
    return out;
}

} // namespace SyncReport
