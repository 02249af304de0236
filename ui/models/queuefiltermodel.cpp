#include "queuefiltermodel.h"

#include "alertqueuemodel.h"

#include <algorithm>

QueueFilterModel::QueueFilterModel(QObject *parent)
    : QAbstractProxyModel(parent)
{}

void QueueFilterModel::setSourceQueue(AlertQueueModel *model)
{
    beginResetModel();
    if (m_queue)
        disconnect(m_queue, nullptr, this, nullptr);
    m_queue = model;
    QAbstractProxyModel::setSourceModel(model);
    if (model) {
        connect(model, &QAbstractItemModel::modelAboutToBeReset, this, [this] { beginResetModel(); });
        connect(model, &QAbstractItemModel::modelReset, this, [this] {
            rebuild();
            endResetModel();
        });
        connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this,
                &QueueFilterModel::handleRowsAboutToBeRemoved);
        connect(model, &QAbstractItemModel::rowsInserted, this, &QueueFilterModel::handleRowsInserted);
        connect(model, &QAbstractItemModel::dataChanged, this, &QueueFilterModel::handleDataChanged);
        connect(model, &AlertQueueModel::batchApplied, this, &QueueFilterModel::refresh);
    }
    rebuild();
    endResetModel();
}

void QueueFilterModel::setScope(QueueScope scope)
{
    if (m_scope == scope)
        return;
    beginResetModel();
    m_scope = scope;
    rebuild();
    endResetModel();
}

void QueueFilterModel::setMe(const QString &me)
{
    if (m_me == me)
        return;
    beginResetModel();
    m_me = me;
    rebuild();
    endResetModel();
}

void QueueFilterModel::setSearch(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (m_search == trimmed)
        return;
    beginResetModel();
    m_search = trimmed;
    rebuild();
    endResetModel();
}

QModelIndex QueueFilterModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || row >= int(m_rows.size()) || column < 0 || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex QueueFilterModel::parent(const QModelIndex &) const
{
    return {};
}

int QueueFilterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int QueueFilterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_queue ? 0 : m_queue->columnCount();
}

QModelIndex QueueFilterModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!m_queue || !proxyIndex.isValid() || proxyIndex.row() >= int(m_rows.size()))
        return {};
    const int row = m_rows[size_t(proxyIndex.row())].source;
    return row < 0 ? QModelIndex() : m_queue->index(row, proxyIndex.column());
}

QModelIndex QueueFilterModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.row() >= int(m_position.size()))
        return {};
    const int row = m_position[size_t(sourceIndex.row())];
    return row < 0 ? QModelIndex() : createIndex(row, sourceIndex.column());
}

bool QueueFilterModel::accepts(int sourceRow) const
{
    const QueueLead *lead = m_queue->lead(sourceRow);
    return lead && queueAccepts(*lead, m_scope, m_me, m_search);
}

QueueFilterModel::Row QueueFilterModel::rowFor(int sourceRow) const
{
    return Row{QueueSortKey::of(*m_queue->lead(sourceRow)), sourceRow};
}

bool QueueFilterModel::before(const Row &a, const Row &b) const
{
    if (!(a.key == b.key))
        return a.key < b.key;
    return queueLessThan(*m_queue->lead(a.source), *m_queue->lead(b.source)); // the id decides
}

void QueueFilterModel::rebuildPositions()
{
    m_position.assign(size_t(m_queue ? m_queue->rowCount() : 0), -1);
    for (size_t row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].source >= 0)
            m_position[size_t(m_rows[row].source)] = int(row);
    }
}

void QueueFilterModel::rebuild()
{
    const bool waited = !m_newIds.isEmpty();
    m_movedIds.clear();
    m_newIds.clear();
    m_gone.clear();
    if (waited)
        Q_EMIT heldCountChanged(0);
    m_rows.clear();
    m_dirty.clear();
    m_removed.clear();
    m_needsRebuild = false;
    const int count = m_queue ? m_queue->rowCount() : 0;
    m_rows.reserve(size_t(count));
    for (int row = 0; row < count; ++row) {
        if (accepts(row))
            m_rows.push_back(rowFor(row));
    }
    std::sort(m_rows.begin(), m_rows.end(), [this](const Row &a, const Row &b) { return before(a, b); });
    rebuildPositions();
}

void QueueFilterModel::handleRowsAboutToBeRemoved(const QModelIndex &, int first, int last)
{
    // Removals are applied with the rest of the batch. The queue model removes from the bottom
    // up, so every range is in the coordinates the batch started with; anything else is
    // rebuilt whole.
    if (m_removed.empty())
        m_countBeforeRemovals = m_queue->rowCount();
    else if (last >= m_removed.back().first)
        m_needsRebuild = true;
    m_removed.push_back({first, last});
    if (!m_held)
        return;
    for (int row = first; row <= last; ++row) {
        const QueueLead *lead = m_queue->lead(row);
        if (lead)
            m_newIds.remove(lead->id);
        const int shown = row < int(m_position.size()) ? m_position[size_t(row)] : -1;
        if (lead && shown >= 0) {
            m_rows[size_t(shown)].gone = int(m_gone.size());
            m_gone.push_back(*lead);
        }
    }
}

void QueueFilterModel::handleRowsInserted(const QModelIndex &, int first, int last)
{
    if (last + 1 != m_queue->rowCount()) {
        m_needsRebuild = true; // only appends are expected
        return;
    }
    for (int row = first; row <= last; ++row)
        m_dirty.push_back(row);
}

void QueueFilterModel::handleDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight)
{
    for (int row = topLeft.row(); row <= bottomRight.row(); ++row)
        m_dirty.push_back(row);
}

void QueueFilterModel::renumber()
{
    m_renumbered.assign(size_t(m_countBeforeRemovals), 0);
    for (const auto &[first, last] : m_removed)
        std::fill(m_renumbered.begin() + first, m_renumbered.begin() + last + 1, -1);
    int next = 0;
    for (int &row : m_renumbered)
        row = row < 0 ? -1 : next++;
    for (Row &row : m_rows)
        row.source =
            row.source >= 0 && row.source < int(m_renumbered.size()) ? m_renumbered[size_t(row.source)] : -1;
    m_removed.clear();
}

void QueueFilterModel::setHeld(bool held)
{
    if (m_held == held)
        return;
    m_held = held;
    if (held)
        return;
    // Everything that waited is placed as if it had just changed; rows that left go.
    const bool waited = !m_newIds.isEmpty();
    for (const QSet<QString> *ids : {&m_movedIds, &m_newIds}) {
        for (const QString &id : *ids) {
            const int row = m_queue ? m_queue->rowOf(id) : -1;
            if (row >= 0)
                m_dirty.push_back(row);
        }
    }
    m_movedIds.clear();
    m_newIds.clear();
    if (!m_gone.empty() || !m_dirty.empty())
        refresh();
    m_gone.clear();
    if (waited)
        Q_EMIT heldCountChanged(0);
}

void QueueFilterModel::showHeld()
{
    if (!m_held)
        return;
    setHeld(false);
    setHeld(true);
}

QVariant QueueFilterModel::data(const QModelIndex &index, int role) const
{
    if (m_queue && index.isValid() && index.row() < int(m_rows.size())) {
        const Row &row = m_rows[size_t(index.row())];
        if (row.source < 0 && row.gone >= 0) {
            if (role == Qt::ToolTipRole)
                return tr("No longer in your queue: it goes when you leave the queue.");
            return m_queue->leadData(m_gone[size_t(row.gone)], index.column(), role);
        }
    }
    return QAbstractProxyModel::data(index, role);
}

Qt::ItemFlags QueueFilterModel::flags(const QModelIndex &index) const
{
    if (index.isValid() && index.row() < int(m_rows.size()) && m_rows[size_t(index.row())].source < 0)
        return Qt::NoItemFlags; // a lead that left: shown until the hold ends, not acted on
    return QAbstractProxyModel::flags(index);
}

void QueueFilterModel::refreshHeld()
{
    // Nothing moves: removed rows stay as they were, changed rows show their values in place,
    // new rows wait.
    if (!m_removed.empty())
        renumber();
    const int count = m_queue->rowCount();
    rebuildPositions();
    const int waitedBefore = int(m_newIds.size());
    int low = -1;
    int high = -1;
    for (const int row : m_dirty) {
        if (row >= count)
            continue;
        const QueueLead *lead = m_queue->lead(row);
        const int shown = m_position[size_t(row)];
        if (shown >= 0) {
            m_rows[size_t(shown)].key = QueueSortKey::of(*lead);
            m_movedIds.insert(lead->id);
            low = low < 0 ? shown : std::min(low, shown);
            high = std::max(high, shown);
        } else if (accepts(row)) {
            m_newIds.insert(lead->id);
        } else {
            m_newIds.remove(lead->id);
        }
    }
    m_dirty.clear();
    if (low >= 0)
        Q_EMIT dataChanged(index(low, 0), index(high, columnCount() - 1));
    // Rows that left show as they were.
    for (size_t row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].source < 0)
            Q_EMIT dataChanged(index(int(row), 0), index(int(row), columnCount() - 1));
    }
    if (int(m_newIds.size()) != waitedBefore)
        Q_EMIT heldCountChanged(int(m_newIds.size()));
}

void QueueFilterModel::refresh()
{
    if (m_needsRebuild) {
        beginResetModel();
        rebuild();
        endResetModel();
        return;
    }
    if (m_held) {
        if (!m_removed.empty() || !m_dirty.empty())
            refreshHeld();
        return;
    }
    const bool hasGone = !m_gone.empty(); // a hold just ended
    if (m_removed.empty() && m_dirty.empty() && !hasGone)
        return;
    const int count = m_queue->rowCount();

    // 1. Rows point at the source's rows as they are now: removed ones at nothing.
    const bool renumbered = !m_removed.empty() || hasGone;
    if (!m_removed.empty())
        renumber();

    // 2. Changed and added rows the filter takes, with their new keys, in queue order.
    m_changed.assign(size_t(count), 0);
    std::vector<Row> placed;
    for (const int row : m_dirty) {
        if (row >= count || m_changed[size_t(row)])
            continue;
        m_changed[size_t(row)] = 1;
        if (accepts(row))
            placed.push_back(rowFor(row));
    }
    m_dirty.clear();
    std::sort(placed.begin(), placed.end(), [this](const Row &a, const Row &b) { return before(a, b); });

    // 3. The others keep their order without being compared; the two merge in one pass.
    m_merged.clear();
    m_merged.reserve(m_rows.size() + placed.size());
    auto next = placed.cbegin();
    for (const Row &row : m_rows) {
        if (row.source < 0 || m_changed[size_t(row.source)])
            continue;
        while (next != placed.cend() && before(*next, row))
            m_merged.push_back(*next++);
        m_merged.push_back(row);
    }
    m_merged.insert(m_merged.end(), next, placed.cend());

    const bool sameLayout = m_merged.size() == m_rows.size() &&
                            std::equal(m_merged.begin(), m_merged.end(), m_rows.begin(),
                                       [](const Row &a, const Row &b) { return a.source == b.source; });
    if (sameLayout) {
        m_rows.swap(m_merged); // new keys, same places
        if (renumbered || m_position.size() != size_t(count))
            rebuildPositions();
    } else {
        // One layout change for the whole batch, rows gone and come included: it keeps the
        // selection and costs a view one pass, where each removed or inserted range costs one.
        Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
        const QModelIndexList persistent = persistentIndexList();
        std::vector<int> persistentSource;
        persistentSource.reserve(size_t(persistent.size()));
        for (const QModelIndex &index : persistent)
            persistentSource.push_back(index.row() < int(m_rows.size()) ? m_rows[size_t(index.row())].source
                                                                        : -1);
        m_rows.swap(m_merged);
        rebuildPositions();
        QModelIndexList to;
        to.reserve(persistent.size());
        for (qsizetype i = 0; i < persistent.size(); ++i) {
            const int source = persistentSource[size_t(i)];
            const int row = source >= 0 ? m_position[size_t(source)] : -1;
            to.append(row >= 0 ? createIndex(row, persistent.at(i).column()) : QModelIndex());
        }
        changePersistentIndexList(persistent, to);
        Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    }

    // 4. What changed shows its new values.
    int low = -1;
    int high = -1;
    for (const Row &row : placed) {
        const int p = m_position[size_t(row.source)];
        low = low < 0 ? p : std::min(low, p);
        high = std::max(high, p);
    }
    if (low >= 0)
        Q_EMIT dataChanged(index(low, 0), index(high, columnCount() - 1));
}
