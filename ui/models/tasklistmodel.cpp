#include "tasklistmodel.h"

#include "client/repdesk.h"
#include "routing/leadrules.h"

#include <QBrush>
#include <QColor>
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
    const auto states = [this] {
        QList<int> out;
        for (int row = 0; row < rowCount(); ++row)
            out.append(data(index(row), StateRole).toInt());
        return out;
    };
    const QList<int> before = states();
    m_nowMs = nowMs;
    if (before != states() && !m_tasks.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_tasks.size()) - 1)); // due today, then overdue
}

int TaskListModel::dueCount() const
{
    return int(std::count_if(m_tasks.cbegin(), m_tasks.cend(), [this](const ConsoleStore::Task &t) {
        const LeadRules::TaskState state = LeadRules::taskState(
            LeadTask{int(t.id), t.dueAtMs, t.channel, t.step, 0, t.done}, m_nowMs, RepDesk::taskZone());
        return state == LeadRules::TaskState::Due || state == LeadRules::TaskState::Overdue;
    }));
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
    const LeadRules::TaskState state = LeadRules::taskState(
        LeadTask{int(t.id), t.dueAtMs, t.channel, t.step, 0, t.done}, m_nowMs, RepDesk::taskZone());
    const bool due = state == LeadRules::TaskState::Due || state == LeadRules::TaskState::Overdue;
    switch (role) {
    case Qt::DisplayRole: {
        const QString what = t.channel == u"call"    ? tr("Call %1").arg(t.leadName)
                             : t.channel == u"email" ? tr("Email %1").arg(t.leadName)
                                                     : tr("Nurture %1").arg(t.leadName);
        const QString when =
            QLocale().toString(QDateTime::fromMSecsSinceEpoch(t.dueAtMs), QStringLiteral("ddd d MMM HH:mm"));
        if (state == LeadRules::TaskState::Overdue)
            return tr("%1 — overdue since %2").arg(what, when);
        if (state == LeadRules::TaskState::Due)
            return tr("%1 — due today, %2")
                .arg(what, QDateTime::fromMSecsSinceEpoch(t.dueAtMs).toString(QStringLiteral("HH:mm")));
        return tr("%1 — %2").arg(what, when);
    }
    case Qt::FontRole: {
        QFont font;
        font.setBold(due);
        return font;
    }
    case Qt::ForegroundRole:
        if (state == LeadRules::TaskState::Overdue)
            return QBrush(QColor(0xd9, 0x2d, 0x20));
        return {};
    case DueAtRole:
        return t.dueAtMs;
    case StateRole:
        return int(state);
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
