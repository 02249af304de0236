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
        if (!item.id.isEmpty())
            m_rows.append(item);
    }
    endResetModel();
}

QString SyncsModel::leadText(const protocol::SyncItem &item)
{
    // An account's lead is named after its company: once is enough.
    if (item.name.isEmpty())
        return item.leadId;
    return item.company.isEmpty() || item.company == item.name ? item.name
                                                               : tr("%1, %2").arg(item.name, item.company);
}

int SyncsModel::failedCount() const
{
    return int(
        std::count_if(m_rows.cbegin(), m_rows.cend(), [](const protocol::SyncItem &r) { return r.failed; }));
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
    const protocol::SyncItem &r = m_rows.at(index.row());
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
            return leadText(r);
        case RepColumn:
            return r.rep.isEmpty() ? QStringLiteral("–") : r.rep;
        case CallColumn:
            return r.callAtMs > 0 ? timeText(r.callAtMs) : QStringLiteral("–");
        case TargetColumn:
            return targetText(r.target, r.to, r.type);
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
