#pragma once

#include "client/queuelead.h"

#include <QAbstractProxyModel>
#include <QSet>

#include <vector>

class AlertQueueModel;

// Orders and filters the queue with the core's rules (queueLessThan, queueAccepts); it only
// holds the current scope, the rep's name and the search text.
//
// Built for a busy queue of 100k leads: each row keeps its sort key (numbers, no strings), and
// the source's changes are applied in one pass per batch (the rows that changed, left or came
// are taken out and merged back at their places: O(n + k log k)), announced as one layout
// change, where a QSortFilterProxyModel rebuilds its mapping for every row it moves and a
// view pays a pass over its rows for every range removed or inserted.
//
// Held (while the rep's pointer or keyboard is in the queue) the rows stay where they are:
// changed leads show their new values in place, leads that left stay as greyed rows that
// cannot be selected, and new leads wait, counted by heldCount(). Ending the hold places
// everything in one layout change.
class QueueFilterModel final : public QAbstractProxyModel
{
    Q_OBJECT

public:
    explicit QueueFilterModel(QObject *parent = nullptr);

    void setSourceQueue(AlertQueueModel *model);
    void setScope(QueueScope scope);
    QueueScope scope() const { return m_scope; }
    void setMe(const QString &me);
    void setSearch(const QString &text);

    void setHeld(bool held);
    bool isHeld() const { return m_held; }
    // New leads waiting for the hold to end.
    int heldCount() const { return int(m_newIds.size()); }
    // Places what waits now, and goes on holding.
    void showHeld();

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

Q_SIGNALS:
    void heldCountChanged(int count);

private:
    struct Row
    {
        QueueSortKey key;
        int source = 0; // -1 while a batch is applied: removed from the source
        int gone = -1;  // while held: the lead as it was when it left, in m_gone
    };

    bool accepts(int sourceRow) const;
    Row rowFor(int sourceRow) const;
    bool before(const Row &a, const Row &b) const;
    void rebuild();
    void rebuildPositions();
    void refresh();
    void refreshHeld();
    void renumber();
    void handleRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last);
    void handleRowsInserted(const QModelIndex &parent, int first, int last);
    void handleDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight);

    AlertQueueModel *m_queue = nullptr;
    QueueScope m_scope = QueueScope::All;
    QString m_me;
    QString m_search;
    std::vector<Row> m_rows;                    // proxy row -> source row and its key, in queue order
    std::vector<int> m_position;                // source row -> proxy row, -1 when filtered out
    std::vector<int> m_dirty;                   // source rows changed or added since the last batch
    std::vector<std::pair<int, int>> m_removed; // source ranges removed in this batch, first coordinates
    int m_countBeforeRemovals = 0;
    // Kept from batch to batch, so that a batch allocates (and faults in) no 100k-row buffers.
    std::vector<Row> m_merged;
    std::vector<int> m_renumbered;
    std::vector<char> m_changed;
    bool m_needsRebuild = false;
    bool m_held = false;
    QSet<QString> m_movedIds; // shown, changed while held: placed again when the hold ends
    QSet<QString> m_newIds;   // not shown, waiting for the hold to end
    std::vector<QueueLead> m_gone;
};
