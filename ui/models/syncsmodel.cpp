#include "syncsmodel.h"

#include <QDateTime>
#include <QLocale>

namespace {

QString timeText(qint64 ms)
{
    if (ms <= 0)
        return QStringLiteral("–");
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(ms).toLocalTime();
    if (at.date() == QDate::currentDate())
        return QLocale().toString(at.time(), QLocale::ShortFormat);
    return QLocale().toString(at, QLocale::ShortFormat);
}

} // namespace

SyncsModel::SyncsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

QString SyncsModel::targetText(const QString &target, const QString &to, const QString &type)
{
    if (target == u"webhook") {
        const QString event = type.startsWith(u"lead.") ? type.mid(5) : type;
        return tr("Webhook %1 (%2)").arg(to, event);
    }
    const QString crm = to.isEmpty() ? tr("CRM") : to;
    if (type == u"lead.qualified")
        return tr("%1 (lead status)").arg(crm);
    return crm;
}

void SyncsModel::setItems(const QList<protocol::SyncItem> &items)
{
    beginResetModel();
    m_rows.clear();
    for (const protocol::SyncItem &item : items) {
        if (item.id.isEmpty())
            continue;
        Row row;
        row.id = item.id;
        row.leadId = item.leadId;
        // An account's lead is named after its company: once is enough.
        row.lead = item.name.isEmpty() ? item.leadId
                   : item.company.isEmpty() || item.company == item.name
                       ? item.name
                       : tr("%1, %2").arg(item.name, item.company);
        row.rep = item.rep;
        row.callAtMs = item.callAtMs;
        row.target = targetText(item.target, item.to, item.type);
        row.failed = item.failed;
        row.nextTryAtMs = item.nextTryAtMs;
        row.error = item.error;
        row.attempts = item.attempts;
        row.lastTryAtMs = item.lastTryAtMs;
        m_rows.append(row);
    }
    endResetModel();
}

int SyncsModel::failedCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row &r) { return r.failed; }));
}

int SyncsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SyncsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SyncsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return r.id;
    case FailedRole:
        return r.failed;
    case LeadIdRole:
        return r.leadId;
    case Qt::TextAlignmentRole:
        if (index.column() == AttemptsColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == ReasonColumn && !r.error.isEmpty())
            return r.error;
        if (index.column() == StateColumn)
            return r.failed ? tr("Given up: select it and press Retry to queue it again")
                            : tr("The feed tries it again by itself");
        return {};
    case SortRole:
        switch (index.column()) {
        case CallColumn:
            return r.callAtMs;
        case StateColumn:
            return r.failed ? 0 : 1;
        case AttemptsColumn:
            return r.attempts;
        case LastTryColumn:
            return r.lastTryAtMs;
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case LeadColumn:
            return r.lead;
        case RepColumn:
            return r.rep.isEmpty() ? QStringLiteral("–") : r.rep;
        case CallColumn:
            return r.callAtMs > 0 ? timeText(r.callAtMs) : QStringLiteral("–");
        case TargetColumn:
            return r.target;
        case StateColumn:
            return r.failed ? tr("Failed") : tr("Retrying at %1").arg(timeText(r.nextTryAtMs));
        case AttemptsColumn:
            return r.attempts;
        case LastTryColumn:
            return timeText(r.lastTryAtMs);
        case ReasonColumn:
            return r.error;
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant SyncsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case CallColumn:
            return tr("When the call started (empty for a webhook event about the lead)");
        case TargetColumn:
            return tr("Where it goes: the CRM, or a webhook");
        case ReasonColumn:
            return tr("What the CRM or the webhook answered the last time");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LeadColumn:
        return tr("Lead");
    case RepColumn:
        return tr("Rep");
    case CallColumn:
        return tr("Call");
    case TargetColumn:
        return tr("Sent to");
    case StateColumn:
        return tr("Status");
    case AttemptsColumn:
        return tr("Attempts");
    case LastTryColumn:
        return tr("Last try");
    case ReasonColumn:
        return tr("Reason");
    default:
        return {};
    }
}
