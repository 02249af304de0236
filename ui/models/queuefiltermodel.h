#pragma once

#include "client/queuelead.h"

#include <QSortFilterProxyModel>

class AlertQueueModel;

// Orders and filters the queue with the core's rules (queueLessThan, queueAccepts); it only
// holds the current scope, the rep's name and the search text.
class QueueFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit QueueFilterModel(QObject *parent = nullptr);

    void setSourceQueue(AlertQueueModel *model);
    void setScope(QueueScope scope);
    QueueScope scope() const { return m_scope; }
    void setMe(const QString &me);
    void setSearch(const QString &text);

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    AlertQueueModel *m_queue = nullptr;
    QueueScope m_scope = QueueScope::All;
    QString m_me;
    QString m_search;
};
