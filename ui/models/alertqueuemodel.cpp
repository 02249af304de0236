#include "alertqueuemodel.h"

#include "rulestext.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QPalette>

#include <algorithm>

AlertQueueModel::AlertQueueModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int AlertQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AlertQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const QueueLead *AlertQueueModel::lead(int row) const
{
    return row < 0 || size_t(row) >= m_rows.size() ? nullptr : &m_rows[size_t(row)]->lead;
}

void AlertQueueModel::reset(const QHash<QString, QueueLead> &leads)
{
    beginResetModel();
    m_rows.clear();
    m_rows.reserve(size_t(leads.size()));
    m_rowOf.clear();
    m_rowOf.reserve(leads.size());
    for (const QueueLead &lead : leads) {
        m_rows.push_back(std::make_unique<Row>(Row{lead, int(m_rows.size())}));
        m_rowOf.insert(lead.id, m_rows.back().get());
    }
    endResetModel();
}

void AlertQueueModel::apply(const LeadBatch &batch)
{
    QList<const QueueLead *> added;
    QList<std::pair<Row *, const QueueLead *>> changed;
    QList<int> gone;
    for (const QueueLead &lead : batch.leads) {
        if (Row *row = m_rowOf.value(lead.id))
            changed.append({row, &lead});
        else
            added.append(&lead);
    }
    for (const QString &id : batch.removed) {
        if (const Row *row = m_rowOf.value(id))
            gone.append(row->index);
    }
    // Removals first, from the bottom up, in contiguous runs.
    std::sort(gone.begin(), gone.end(), std::greater<int>());
    for (qsizetype i = 0; i < gone.size();) {
        qsizetype j = i;
        while (j + 1 < gone.size() && gone.at(j + 1) == gone.at(j) - 1)
            ++j;
        const int first = gone.at(j);
        const int last = gone.at(i);
        beginRemoveRows({}, first, last);
        for (int row = first; row <= last; ++row)
            m_rowOf.remove(m_rows[size_t(row)]->lead.id);
        m_rows.erase(m_rows.begin() + first, m_rows.begin() + last + 1);
        endRemoveRows();
        i = j + 1;
    }
    if (!gone.isEmpty()) {
        for (size_t row = size_t(gone.constLast()); row < m_rows.size(); ++row)
            m_rows[row]->index = int(row);
    }
    // Changes in runs of adjacent rows, each run taken and announced before the next: a sorting
    // proxy re-sorts every row in the range it is given, and places the rows by comparing them
    // with the others, which must still hold what it sorted them by.
    std::sort(changed.begin(), changed.end(),
              [](const auto &a, const auto &b) { return a.first->index < b.first->index; });
    for (qsizetype i = 0; i < changed.size();) {
        qsizetype j = i;
        while (j + 1 < changed.size() && changed.at(j + 1).first->index == changed.at(j).first->index + 1)
            ++j;
        for (qsizetype k = i; k <= j; ++k)
            changed.at(k).first->lead = *changed.at(k).second;
        Q_EMIT dataChanged(index(changed.at(i).first->index, 0),
                           index(changed.at(j).first->index, ColumnCount - 1));
        i = j + 1;
    }
    if (!added.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        for (const QueueLead *lead : std::as_const(added)) {
            m_rows.push_back(std::make_unique<Row>(Row{*lead, int(m_rows.size())}));
            m_rowOf.insert(lead->id, m_rows.back().get());
        }
        endInsertRows();
    }
    Q_EMIT batchApplied();
}

void AlertQueueModel::setNow(qint64 nowMs)
{
    // Only the countdown depends on it: views repaint, nothing re-sorts.
    m_nowMs = nowMs;
}

QString AlertQueueModel::formatCountdown(qint64 msLeft)
{
    const qint64 seconds = std::abs(msLeft) / 1000;
    const QString text =
        seconds >= 3600
            ? tr("%1h %2m").arg(seconds / 3600).arg((seconds % 3600) / 60, 2, 10, QLatin1Char('0'))
            : tr("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return msLeft < 0 ? tr("%1 over").arg(text) : text;
}

QVariant AlertQueueModel::data(const QModelIndex &index, int role) const
{
    const QueueLead *l = index.isValid() ? lead(index.row()) : nullptr;
    return l ? leadData(*l, index.column(), role) : QVariant();
}

QVariant AlertQueueModel::leadData(const QueueLead &lead, int column, int role) const
{
    const QueueLead *l = &lead;
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
        switch (column) {
        case TierColumn:
            return l->tier > 0 ? tr("Tier %1").arg(l->tier) : QString();
        case NameColumn:
            return l->name;
        case CompanyColumn:
        case TitleColumn:
            // An account row's company is its name again: say instead whom to call there.
            if (l->isAccount())
                return l->title.isEmpty() ? tr("Account") : tr("Account · call %1").arg(l->title);
            return column == CompanyColumn ? l->company : l->title;
        case ScoreColumn:
            // An account's score is on its own scale (its contacts' sum × multipliers, no cap).
            return l->isAccount() ? tr("%1 acct.").arg(QString::number(l->score, 'f', 0))
                                  : QString::number(l->score, 'f', 0);
        case SignalsColumn:
            return RulesText::summary(l->summary);
        case OwnerColumn:
            if (!l->claimedBy.isEmpty())
                return !m_me.isEmpty() && l->claimedBy == m_me ? tr("you") : l->claimedBy;
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
        if (column == SlaColumn && deadline > 0)
            return l->status == LeadState::Status::Open ? tr("Time left to claim")
                                                        : tr("Time left to make the first call");
        if (column == SignalsColumn)
            return RulesText::summary(l->summary);
        if (column == ScoreColumn && l->isAccount())
            return tr("Account score: its contacts' signals and its own, times its multipliers; not capped "
                      "like a contact's score");
        if ((column == TitleColumn || column == CompanyColumn) && l->isAccount() && !l->title.isEmpty())
            return tr("Call %1 (%2), the account's most engaged contact").arg(l->title, l->phone);
        return {};
    case Qt::TextAlignmentRole:
        if (column == ScoreColumn || column == SlaColumn || column == WaitingColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::FontRole:
        if (column == ScoreColumn && l->isAccount()) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        if (column == NameColumn || (column == TierColumn && l->tier == 1)) {
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
