#pragma once

#include "protocol/messages.h"
#include "store/feedstore.h"

#include <QList>

// The outbox items in trouble as managers see them (the `syncs` request, the Team tab): what
// each one is about (lead, rep, call time), where it goes (the CRM by name, or a webhook's
// host), why it failed and how often it was tried. From the outbox itself: every server of a
// database answers the same.
namespace SyncReport {

// At most this many items, the last tried first.
inline constexpr int kLimit = 200;

// An outbox target as logs and errors may name it: a webhook's scheme, host and port only (its
// path, query and user info are often its secret); "crm" as it is.
QString safeTarget(const QString &target);

// `crmName`: the CRM's name ("HubSpot", "Salesforce"), for the items of target "crm".
protocol::SyncItem item(const FeedStore::OutboxRow &row, const QString &crmName);
QList<protocol::SyncItem> items(const QList<FeedStore::OutboxRow> &rows, const QString &crmName);

} // namespace SyncReport
