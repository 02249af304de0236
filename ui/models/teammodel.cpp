#include "teammodel.h"

#include <QBrush>
#include <QColor>

#include <utility>

TeamModel::TeamModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

QString TeamModel::nameAt(qsizetype row) const
{
    return m_team.at(row).name;
}

void TeamModel::setTeam(const QList<protocol::TeamMember> &team)
{
    beginResetModel();
    m_team = team;
    endResetModel();
}

void TeamModel::setLoad(const QHash<QString, int> &openByRep)
{
    const QHash<QString, int> before = std::exchange(m_load, openByRep);
    for (qsizetype i = 0; i < m_team.size(); ++i) {
        const QString name = nameAt(i);
        if (before.value(name) != m_load.value(name))
            Q_EMIT dataChanged(index(int(i), LoadColumn), index(int(i), LoadColumn));
    }
}

int TeamModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_team.size());
}

int TeamModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TeamModel::availabilityLabel(Rep::Availability availability)
{
    switch (availability) {
    case Rep::Availability::Available:
        return tr("available");
    case Rep::Availability::Away:
        return tr("away");
    case Rep::Availability::Offline:
        break;
    }
    return tr("offline");
}

QVariant TeamModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_team.size())
        return {};
    const protocol::TeamMember &rep = m_team.at(index.row());
    const Rep::Availability availability = rep.availability;
    if (role == NameRole)
        return rep.name;
    if (role == Qt::ForegroundRole && index.column() == AvailabilityColumn)
        return QBrush(availability == Rep::Availability::Available ? QColor(0x1a, 0x7f, 0x37)
                      : availability == Rep::Availability::Away    ? QColor(0xc2, 0x6a, 0x00)
                                                                   : QColor(0x80, 0x86, 0x8b));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return rep.name;
    case RoleColumn:
        return Rep::roleName(rep.role).toUpper();
    case AvailabilityColumn:
        return availabilityLabel(availability);
    case LoadColumn:
        return m_load.value(nameAt(index.row()));
    default:
        return {};
    }
}

QVariant TeamModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Rep");
    case RoleColumn:
        return tr("Role");
    case AvailabilityColumn:
        return tr("Status");
    case LoadColumn:
        return tr("Open leads");
    default:
        return {};
    }
}
