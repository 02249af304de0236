#include "teammodel.h"

#include <QBrush>
#include <QColor>
#include <QJsonObject>

#include <utility>

TeamModel::TeamModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

QString TeamModel::nameAt(qsizetype row) const
{
    return m_team.at(row).toObject().value(QStringLiteral("name")).toString();
}

void TeamModel::setTeam(const QJsonArray &team)
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

QString TeamModel::availabilityLabel(const QString &availability)
{
    if (availability == u"available")
        return tr("available");
    if (availability == u"away")
        return tr("away");
    return tr("offline");
}

QVariant TeamModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_team.size())
        return {};
    const QJsonObject rep = m_team.at(index.row()).toObject();
    const QString availability = rep.value(QStringLiteral("availability")).toString();
    if (role == NameRole)
        return rep.value(QStringLiteral("name")).toString();
    if (role == Qt::ForegroundRole && index.column() == AvailabilityColumn)
        return QBrush(availability == u"available" ? QColor(0x1a, 0x7f, 0x37)
                      : availability == u"away"    ? QColor(0xc2, 0x6a, 0x00)
                                                   : QColor(0x80, 0x86, 0x8b));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return rep.value(QStringLiteral("name")).toString();
    case RoleColumn:
        return rep.value(QStringLiteral("role")).toString().toUpper();
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
