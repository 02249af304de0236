#pragma once

#include <QSortFilterProxyModel>

class AlertQueueModel;

// The manager's live list over the queue model: unclaimed and breached alerts, oldest first
// (the rules are the core's: needsManagerAttention, managerLessThan).
class ManagerFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ManagerFilterModel(QObject *parent = nullptr);
    void setSourceQueue(AlertQueueModel *model);

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    AlertQueueModel *m_queue = nullptr;
};
