#pragma once

#include "client/queuelead.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QTimer>

#include <memory>
#include <vector>

class RepDesk;

// The rep's alert queue as a table: one row per lead the desk holds, in arrival order (the
// proxy sorts). Fed by the desk's batched change signals; each row is the lead as last
// announced, so that proxies always see the data their signals describe.
class AlertQueueModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TierColumn,
        NameColumn,
        CompanyColumn,
        TitleColumn,
        ScoreColumn,
        SignalsColumn,
        OwnerColumn,
        SlaColumn,
        WaitingColumn,
        ColumnCount
    };
    enum Role
    {
        LeadIdRole = Qt::UserRole + 1,
        SlaDeadlineRole,
        TierRole,
        UrgencyRole,
        BreachRole,
        AlertAtRole
    };

    AlertQueueModel(RepDesk &desk, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const QueueLead *lead(int row) const;
    int rowOf(const QString &id) const
    {
        const Row *row = m_rowOf.value(id);
        return row ? row->index : -1;
    }
    // The instant the SLA countdown counts to; the view repaints to show it (no signal, so
    // that a ticking clock costs no re-sorting or re-filtering).
    void setNow(qint64 nowMs);

    static QString formatCountdown(qint64 msLeft);

Q_SIGNALS:
    // After the rows of one batch from the desk were removed, changed and added: a proxy can
    // apply the whole batch at once.
    void batchApplied();

private:
    struct Row
    {
        QueueLead lead;
        int index = 0; // where it is now: kept up to date as rows above it go
    };

    void reset();
    void applyChanges(const QStringList &ids);

    RepDesk &m_desk;
    std::vector<std::unique_ptr<Row>> m_rows; // rows own their lead, so that removals move pointers
    QHash<QString, Row *> m_rowOf;
    qint64 m_nowMs = 0;
};
