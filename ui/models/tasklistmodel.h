#pragma once

#include "client/consolestore.h"

#include <QAbstractListModel>

// Follow-up tasks from the cadence, soonest first; those due today and those overdue are marked
// (business days and "today" in the system's time zone, RepDesk::taskZone).
class TaskListModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        TaskIdRole = Qt::UserRole + 1,
        LeadIdRole,
        DueRole,   // due today or overdue
        DueAtRole, // ms since the epoch
        StateRole  // LeadRules::TaskState, as an int
    };

    explicit TaskListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    void setNow(qint64 nowMs);
    void setTasks(const QList<ConsoleStore::Task> &tasks); // the open ones, soonest first
    int dueCount() const;

private:
    QList<ConsoleStore::Task> m_tasks;
    qint64 m_nowMs = 0;
};
