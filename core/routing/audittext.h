#pragma once

#include "store/feedstore.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

// A lead's routing audit in words and as JSON, shared by `firstcall-feed audit`, the `audit`
// request and the console's lead detail: each decision (offered, skipped and why, claimed,
// escalated, rerouted, reassigned, breach) in one line in the reader's language.
namespace AuditText {

// A skip or pick reason ("away", "at_cap", "rotation" ...) in words.
QString reason(const QString &reason);
// One decision in words, without its time.
QString describe(const FeedStore::AuditRow &row);

// One decision as the wire and `audit --format json` carry it: at, action, by, alertId, detail.
QJsonObject rowToJson(const FeedStore::AuditRow &row);
FeedStore::AuditRow rowFromJson(const QJsonObject &json);
QJsonArray rowsToJson(const QList<FeedStore::AuditRow> &rows);

} // namespace AuditText
