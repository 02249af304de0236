#pragma once

#include "protocol/messages.h"

#include <QAbstractTableModel>
#include <QHash>

// The team as the manager sees it: each rep's role, availability and open load (leads they
// have claimed and not yet worked).
class TeamModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        RoleColumn,
        AvailabilityColumn,
        LoadColumn,
        ColumnCount
    };
    enum Role
    {
        NameRole = Qt::UserRole + 1
    };

    explicit TeamModel(QObject *parent = nullptr);

    void setTeam(const QList<protocol::TeamMember> &team);
    // Open leads by rep (claimedLoad of a manager's leads).
    void setLoad(const QHash<QString, int> &openByRep);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString availabilityLabel(Rep::Availability availability);

private:
    QString nameAt(qsizetype row) const;

    QList<protocol::TeamMember> m_team;
    QHash<QString, int> m_load;
};
