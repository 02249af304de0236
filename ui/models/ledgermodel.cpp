#include "ledgermodel.h"

#include "routing/audittext.h"

#include <QLocale>

LedgerModel::LedgerModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void LedgerModel::setLedger(const QList<protocol::LedgerRow> &reps)
{
    beginResetModel();
    m_rows.clear();
    for (const protocol::LedgerRow &rep : reps) {
        if (!rep.rep.isEmpty())
            m_rows.append(rep);
    }
    endResetModel();
}

int LedgerModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LedgerModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString LedgerModel::skippedText(const QMap<QString, int> &skipped)
{
    int total = 0;
    QStringList parts;
    for (auto it = skipped.cbegin(); it != skipped.cend(); ++it) {
        total += it.value();
        parts.append(tr("%1 %2").arg(AuditText::reason(it.key())).arg(it.value()));
    }
    if (parts.isEmpty())
        return QStringLiteral("0");
    return tr("%1 (%2)").arg(total).arg(parts.join(QStringLiteral(", ")));
}

QVariant LedgerModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const protocol::LedgerRow &r = m_rows.at(index.row());
    const auto minutes = [](qint64 ms, int count) -> QVariant {
        if (count == 0)
            return QStringLiteral("–");
        return QLocale().toString(double(ms) / 60'000, 'f', 1);
    };
    if (role == Qt::TextAlignmentRole && index.column() != RepColumn && index.column() != SkippedColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == SortRole) {
        switch (index.column()) {
        case RepColumn:
            return r.rep;
        case OfferedColumn:
            return r.offered;
        case ClaimedColumn:
            return r.claimed;
        case EscalatedColumn:
            return r.escalatedTo;
        case SkippedColumn: {
            int total = 0;
            for (const int n : r.skipped)
                total += n;
            return total;
        }
        case ClaimMedianColumn:
            return r.medianToClaimMs;
        case CallMedianColumn:
            return r.medianToFirstCallMs;
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == SkippedColumn && !r.skipped.isEmpty())
        return tr("Times the rotation passed %1 over, by reason: %2").arg(r.rep, skippedText(r.skipped));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case RepColumn:
        return r.rep;
    case OfferedColumn:
        return r.offered;
    case ClaimedColumn:
        return r.claimed;
    case EscalatedColumn:
        return r.escalatedTo;
    case SkippedColumn:
        return skippedText(r.skipped);
    case ClaimMedianColumn:
        return minutes(r.medianToClaimMs, r.claimed);
    case CallMedianColumn:
        return minutes(r.medianToFirstCallMs, r.firstCalls);
    default:
        return {};
    }
}

QVariant LedgerModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case OfferedColumn:
            return tr("Leads the routing offered them");
        case EscalatedColumn:
            return tr("Leads escalated or rerouted to them from a colleague");
        case ClaimMedianColumn:
            return tr("Median minutes from the alert to their claim");
        case CallMedianColumn:
            return tr("Median minutes from the alert to their first call");
        case SkippedColumn:
            return tr("Times the rotation passed them over, by reason");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RepColumn:
        return tr("Rep");
    case OfferedColumn:
        return tr("Offered");
    case ClaimedColumn:
        return tr("Claimed");
    case EscalatedColumn:
        return tr("Escalated");
    case SkippedColumn:
        return tr("Skipped");
    case ClaimMedianColumn:
        return tr("Claim, min");
    case CallMedianColumn:
        return tr("Call, min");
    default:
        return {};
    }
}
