#pragma once

#include "client/consolestore.h"

#include <QAbstractListModel>

class RepDesk;

// Follow-up tasks from the cadence, soonest first; due ones are marked.
class TaskListModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        TaskIdRole = Qt::UserRole + 1,
        LeadIdRole,
        DueRole
    };

    explicit TaskListModel(RepDesk &desk, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    void setNow(qint64 nowMs);
    void reload();
    int dueCount() const;

private:
    RepDesk &m_desk;
    QList<ConsoleStore::Task> m_tasks;
    qint64 m_nowMs = 0;
};
