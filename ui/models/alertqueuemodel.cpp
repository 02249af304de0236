#include "alertqueuemodel.h"

#include "client/repdesk.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QPalette>

#include <algorithm>

AlertQueueModel::AlertQueueModel(RepDesk &desk, QObject *parent)
    : QAbstractTableModel(parent)
    , m_desk(desk)
{
    connect(&m_desk, &RepDesk::leadsReset, this, &AlertQueueModel::reset);
    connect(&m_desk, &RepDesk::leadsChanged, this, &AlertQueueModel::applyChanges);
    reset();
}

int AlertQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int AlertQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const QueueLead *AlertQueueModel::lead(int row) const
{
    if (row < 0 || row >= m_ids.size())
        return nullptr;
    const auto it = m_desk.leads().constFind(m_ids.at(row));
    return it == m_desk.leads().constEnd() ? nullptr : &*it;
}

void AlertQueueModel::reset()
{
    beginResetModel();
    m_ids = m_desk.leads().keys();
    m_rowOf.clear();
    for (int i = 0; i < m_ids.size(); ++i)
        m_rowOf.insert(m_ids.at(i), i);
    endResetModel();
}

void AlertQueueModel::applyChanges(const QStringList &ids)
{
    QStringList added;
    QStringList changed;
    QList<int> gone;
    for (const QString &id : ids) {
        const bool present = m_desk.leads().contains(id);
        const int row = m_rowOf.value(id, -1);
        if (present && row < 0)
            added.append(id);
        else if (!present && row >= 0)
            gone.append(row);
        else if (row >= 0)
            changed.append(id);
    }
    // Removals first, from the bottom up, in contiguous runs: the desk has already forgotten
    // those leads, and a sorting proxy must never compare rows that have no lead behind them.
    std::sort(gone.begin(), gone.end(), std::greater<int>());
    for (qsizetype i = 0; i < gone.size();) {
        qsizetype j = i;
        while (j + 1 < gone.size() && gone.at(j + 1) == gone.at(j) - 1)
            ++j;
        const int first = gone.at(j);
        const int last = gone.at(i);
        beginRemoveRows({}, first, last);
        m_ids.remove(first, last - first + 1);
        endRemoveRows();
        i = j + 1;
    }
    if (!gone.isEmpty()) {
        m_rowOf.clear();
        for (int i = 0; i < m_ids.size(); ++i)
            m_rowOf.insert(m_ids.at(i), i);
    }
    int firstChanged = -1;
    int lastChanged = -1;
    for (const QString &id : std::as_const(changed)) {
        const int row = m_rowOf.value(id);
        firstChanged = firstChanged < 0 ? row : std::min(firstChanged, row);
        lastChanged = std::max(lastChanged, row);
    }
    if (firstChanged >= 0)
        Q_EMIT dataChanged(index(firstChanged, 0), index(lastChanged, ColumnCount - 1));
    if (!added.isEmpty()) {
        const int first = int(m_ids.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        for (const QString &id : std::as_const(added)) {
            m_rowOf.insert(id, int(m_ids.size()));
            m_ids.append(id);
        }
        endInsertRows();
    }
}

void AlertQueueModel::setNow(qint64 nowMs)
{
    // Only the countdown depends on it: views repaint, nothing re-sorts.
    m_nowMs = nowMs;
}

QString AlertQueueModel::formatCountdown(qint64 msLeft)
{
    const qint64 seconds = std::abs(msLeft) / 1000;
    const QString text = seconds >= 3600 ? tr("%1h %2m").arg(seconds / 3600).arg((seconds % 3600) / 60, 2, 10, QLatin1Char('0'))
                                         : tr("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return msLeft < 0 ? tr("%1 over").arg(text) : text;
}

QVariant AlertQueueModel::data(const QModelIndex &index, int role) const
{
    const QueueLead *l = index.isValid() ? lead(index.row()) : nullptr;
    if (!l)
        return {};
    const qint64 deadline = l->slaDeadlineMs();
    const qint64 left = deadline > 0 ? deadline - m_nowMs : 0;
    switch (role) {
    case LeadIdRole:
        return l->id;
    case SlaDeadlineRole:
        return deadline;
    case TierRole:
        return l->tier;
    case BreachRole:
        return l->breach;
    case AlertAtRole:
        return l->alertAtMs;
    case UrgencyRole:
        // 0 calm, 1 running out (under 2 minutes or a fifth of the window), 2 over or breached
        if (l->breach || (deadline > 0 && left < 0))
            return 2;
        return deadline > 0 && (left < 120'000 || left < (deadline - l->alertAtMs) / 5) ? 1 : 0;
    case Qt::DisplayRole:
        switch (index.column()) {
        case TierColumn:
            return l->tier > 0 ? tr("Tier %1").arg(l->tier) : QString();
        case NameColumn:
            return l->name;
        case CompanyColumn:
            return l->company;
        case TitleColumn:
            return l->isAccount() ? tr("Account") : l->title;
        case ScoreColumn:
            return QString::number(l->score, 'f', 0);
        case SignalsColumn:
            return l->summary;
        case OwnerColumn:
            if (!l->claimedBy.isEmpty())
                return l->claimedBy;
            if (l->escalation == LeadState::ManagerQueue)
                return tr("manager queue");
            if (!l->assignedTo.isEmpty())
                return tr("unclaimed → %1").arg(l->assignedTo);
            return tr("unclaimed");
        case SlaColumn:
            if (l->breach)
                return tr("SLA breached");
            return deadline > 0 ? formatCountdown(left) : QString();
        case WaitingColumn:
            return l->alertAtMs > 0 ? formatCountdown(m_nowMs - l->alertAtMs) : QString();
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == SlaColumn && deadline > 0)
            return l->status == LeadState::Status::Open ? tr("Time left to claim") : tr("Time left to make the first call");
        if (index.column() == SignalsColumn)
            return l->summary;
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == ScoreColumn || index.column() == SlaColumn || index.column() == WaitingColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::FontRole:
        if (index.column() == NameColumn || (index.column() == TierColumn && l->tier == 1)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    default:
        return {};
    }
}

QVariant AlertQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TierColumn:
        return tr("Tier");
    case NameColumn:
        return tr("Name");
    case CompanyColumn:
        return tr("Company");
    case TitleColumn:
        return tr("Title");
    case ScoreColumn:
        return tr("Score");
    case SignalsColumn:
        return tr("Signals");
    case OwnerColumn:
        return tr("Owner");
    case SlaColumn:
        return tr("SLA");
    case WaitingColumn:
        return tr("Waiting");
    default:
        return {};
    }
}
