#include "queuefiltermodel.h"

#include "alertqueuemodel.h"

QueueFilterModel::QueueFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
}

void QueueFilterModel::setSourceQueue(AlertQueueModel *model)
{
    m_queue = model;
    setSourceModel(model);
    sort(0, Qt::AscendingOrder);
}

void QueueFilterModel::setScope(QueueScope scope)
{
    if (m_scope == scope)
        return;
    m_scope = scope;
    invalidateFilter();
}

void QueueFilterModel::setMe(const QString &me)
{
    if (m_me == me)
        return;
    m_me = me;
    invalidateFilter();
}

void QueueFilterModel::setSearch(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (m_search == trimmed)
        return;
    m_search = trimmed;
    invalidateFilter();
}

bool QueueFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QueueLead *a = m_queue->lead(left.row());
    const QueueLead *b = m_queue->lead(right.row());
    if (!a || !b)
        return a != nullptr;
    return queueLessThan(*a, *b);
}

bool QueueFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    Q_UNUSED(sourceParent)
    const QueueLead *lead = m_queue->lead(sourceRow);
    return lead && queueAccepts(*lead, m_scope, m_me, m_search);
}
