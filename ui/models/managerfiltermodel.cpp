#include "managerfiltermodel.h"

#include "alertqueuemodel.h"
#include "client/queuelead.h"

ManagerFilterModel::ManagerFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
}

void ManagerFilterModel::setSourceQueue(AlertQueueModel *model)
{
    m_queue = model;
    setSourceModel(model);
    if (model)
        sort(0, Qt::AscendingOrder);
}

bool ManagerFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!m_queue)
        return false;
    const QueueLead *a = m_queue->lead(left.row());
    const QueueLead *b = m_queue->lead(right.row());
    if (!a || !b)
        return a != nullptr;
    return managerLessThan(*a, *b);
}

bool ManagerFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const QueueLead *lead = m_queue ? m_queue->lead(sourceRow) : nullptr;
    return lead && needsManagerAttention(*lead);
}
