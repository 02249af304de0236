#include "tasklistmodel.h"

#include <QDateTime>
#include <QFont>
#include <QLocale>

TaskListModel::TaskListModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void TaskListModel::setTasks(const QList<ConsoleStore::Task> &tasks)
{
    beginResetModel();
    m_tasks = tasks;
    endResetModel();
}

void TaskListModel::setNow(qint64 nowMs)
{
    const int before = dueCount();
    m_nowMs = nowMs;
    if (before != dueCount() && !m_tasks.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_tasks.size()) - 1));
}

int TaskListModel::dueCount() const
{
    return int(std::count_if(m_tasks.cbegin(), m_tasks.cend(),
                             [this](const ConsoleStore::Task &t) { return t.dueAtMs <= m_nowMs; }));
}

int TaskListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tasks.size());
}

QVariant TaskListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_tasks.size())
        return {};
    const ConsoleStore::Task &t = m_tasks.at(index.row());
    const bool due = t.dueAtMs <= m_nowMs;
    switch (role) {
    case Qt::DisplayRole: {
        const QString what = t.channel == u"call"    ? tr("Call %1").arg(t.leadName)
                             : t.channel == u"email" ? tr("Email %1").arg(t.leadName)
                                                     : tr("Nurture %1").arg(t.leadName);
        const QString when =
            QLocale().toString(QDateTime::fromMSecsSinceEpoch(t.dueAtMs), QStringLiteral("ddd d MMM HH:mm"));
        return due ? tr("%1 — due now (since %2)").arg(what, when) : tr("%1 — %2").arg(what, when);
    }
    case Qt::FontRole: {
        QFont font;
        font.setBold(due);
        return font;
    }
    case TaskIdRole:
        return t.id;
    case LeadIdRole:
        return t.leadId;
    case DueRole:
        return due;
    default:
        return {};
    }
}
