#pragma once

#include "client/queuelead.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QTimer>

#include <memory>
#include <vector>

// The rep's alert queue as a table: one row per lead it was given, in arrival order (the proxy
// sorts). Fed whole values: every lead at once, then batches of leads added, changed and gone;
// each row is the lead as last given, so that proxies always see the data their signals
// describe.
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

    explicit AlertQueueModel(QObject *parent = nullptr);

    // Every lead, replacing what the model held: one model reset.
    void reset(const QHash<QString, QueueLead> &leads);
    // One batch: rows removed (in contiguous runs, bottom up), changed (in runs of adjacent
    // rows), added (appended at once), then batchApplied.
    void apply(const LeadBatch &batch);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const QueueLead *lead(int row) const;
    // What a row shows for this lead, in this column and role: also for a lead no longer held
    // (the proxy keeps rows that left while the rep is in the queue).
    QVariant leadData(const QueueLead &lead, int column, int role) const;
    int rowOf(const QString &id) const
    {
        const Row *row = m_rowOf.value(id);
        return row ? row->index : -1;
    }
    // The instant the SLA countdown counts to; the view repaints to show it (no signal, so
    // that a ticking clock costs no re-sorting or re-filtering).
    void setNow(qint64 nowMs);

    static QString formatCountdown(qint64 msLeft);
    // The rep using the console: their own claims read "you" in the rep's language.
    void setMe(const QString &me) { m_me = me; }

Q_SIGNALS:
    // After the rows of one batch were removed, changed and added: a proxy can
    // apply the whole batch at once.
    void batchApplied();

private:
    struct Row
    {
        QueueLead lead;
        int index = 0; // where it is now: kept up to date as rows above it go
    };

    std::vector<std::unique_ptr<Row>> m_rows; // rows own their lead, so that removals move pointers
    QHash<QString, Row *> m_rowOf;
    qint64 m_nowMs = 0;
    QString m_me;
};
