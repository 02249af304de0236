#pragma once

#include <QAbstractTableModel>
#include <QJsonArray>

class RepDesk;

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

    explicit TeamModel(RepDesk &desk, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString availabilityLabel(const QString &availability);

private:
    void reload();
    void refreshLoad();

    RepDesk &m_desk;
    QJsonArray m_team;
    QList<int> m_load;
};
