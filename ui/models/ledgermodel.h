#pragma once

#include "protocol/messages.h"

#include <QAbstractTableModel>
#include <QList>
#include <QMap>

// The fairness ledger a manager sees in the Team tab, one row per rep: leads offered to them,
// claimed, escalated or rerouted to them, the times they were skipped and why, and the median
// minutes from alert to claim and to first call (the `ledger` request's answer).
class LedgerModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        RepColumn,
        OfferedColumn,
        ClaimedColumn,
        EscalatedColumn,
        ClaimMedianColumn,
        CallMedianColumn,
        SkippedColumn, // last: it takes the room that is left
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1 // numbers as numbers
    };

    explicit LedgerModel(QObject *parent = nullptr);

    // The reps of a `ledger` result (Fairness::ledgerRows); rows without a rep are left out.
    void setLedger(const QList<protocol::LedgerRow> &reps);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "3 (away 2, at cap 1)" from {reason: times}.
    static QString skippedText(const QMap<QString, int> &skipped);

private:
    QList<protocol::LedgerRow> m_rows; // those with a rep
};
