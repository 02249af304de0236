#pragma once

#include "protocol/messages.h"

#include <QAbstractTableModel>
#include <QList>

// The CRM syncs and webhook deliveries a manager sees in the Team tab that failed for good or
// are failing (the `syncs` request's answer, SyncReport): one row per outbox item, the last
// tried first, with the lead, the rep, the call's time, where it goes, how often it was tried
// and the target's own reason (a 4xx validation message, say).
class SyncsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        LeadColumn,
        RepColumn,
        CallColumn,
        TargetColumn,
        StateColumn,
        AttemptsColumn,
        LastTryColumn,
        ReasonColumn, // last: it takes the room that is left
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1, // times and numbers as numbers
        IdRole,                      // the outbox item's id, for retry_sync
        FailedRole,                  // true: failed for good; false: tried again later
        LeadIdRole,
    };

    explicit SyncsModel(QObject *parent = nullptr);

    // The items of a `syncs` result; those without an id are left out.
    void setItems(const QList<protocol::SyncItem> &items);
    int failedCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "HubSpot", "Salesforce (lead status)", "Webhook hooks.example.com (lead claimed)".
    static QString targetText(const QString &target, const QString &to, const QString &type);

private:
    // "Ann Lee, Acme", or the company alone for an account's lead.
    static QString leadText(const protocol::SyncItem &item);

    QList<protocol::SyncItem> m_rows; // those with an id
};
