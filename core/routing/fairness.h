#pragma once

#include "protocol/messages.h"
#include "store/feedstore.h"

#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QMap>
#include <QString>

// A manager's fairness ledger per rep, read from the routing audit: leads offered to them,
// claimed, the times they were skipped and why, leads escalated or rerouted to them, and the
// median time from alert to claim and to first call. A pure function of the audit rows.
namespace Fairness {

struct RepLedger
{
    int offered = 0;
    int claimed = 0;
    int escalatedTo = 0;         // escalations and reroutes that went to them
    QHash<QString, int> skipped; // reason ("away", "at_cap" ...) -> times
    QList<qint64> toClaimMs;
    QList<qint64> toFirstCallMs;

    int skippedTotal() const;
    static qint64 median(QList<qint64> values); // 0 when none
};

// By rep name; only reps the audit names.
QMap<QString, RepLedger> ledger(const QList<FeedStore::AuditRow> &rows);

// The ledger as the `ledger` request carries it: one row per rep, by name.
QList<protocol::LedgerRow> ledgerRows(const QMap<QString, RepLedger> &ledger);
// And as `audit --ledger --format json` prints it: the same rows' JSON (protocol::LedgerRow).
QJsonArray ledgerJson(const QMap<QString, RepLedger> &ledger);

} // namespace Fairness
