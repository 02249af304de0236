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
        connect(model, &QAbstractItemModel::rowsRemoved, this, &QueueFilterModel::handleRowsRemoved);
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
    const int row = m_rows[size_t(proxyIndex.row())];
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

bool QueueFilterModel::before(int sourceA, int sourceB) const
{
    const QueueLead *a = m_queue->lead(sourceA);
    const QueueLead *b = m_queue->lead(sourceB);
    if (!a || !b)
        return a != nullptr;
    return queueLessThan(*a, *b);
}

void QueueFilterModel::rebuildPositions()
{
    std::fill(m_position.begin(), m_position.end(), -1);
    for (size_t row = 0; row < m_rows.size(); ++row)
        m_position[size_t(m_rows[row])] = int(row);
}

void QueueFilterModel::rebuild()
{
    m_rows.clear();
    m_dirty.clear();
    m_removed.clear();
    m_needsRebuild = false;
    const int count = m_queue ? m_queue->rowCount() : 0;
    m_position.assign(size_t(count), -1);
    for (int row = 0; row < count; ++row) {
        if (accepts(row))
            m_rows.push_back(row);
    }
    std::sort(m_rows.begin(), m_rows.end(), [this](int a, int b) { return before(a, b); });
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
}

void QueueFilterModel::handleRowsRemoved(const QModelIndex &, int, int) {}

void QueueFilterModel::handleRowsInserted(const QModelIndex &, int first, int last)
{
    if (last + 1 != m_queue->rowCount()) {
        m_needsRebuild = true; // only appends are expected
        return;
    }
    for (int row = first; row <= last; ++row)
        m_dirty.push_back(row);
}

void QueueFilterModel::applyRemovals()
{
    if (m_removed.empty())
        return;
    // Old source row -> new source row, -1 for a removed one: one pass for the whole batch.
    std::vector<int> renumbered(size_t(m_countBeforeRemovals), 0);
    for (const auto &[first, last] : m_removed) {
        for (int row = first; row <= last; ++row)
            renumbered[size_t(row)] = -1;
    }
    int next = 0;
    for (int &row : renumbered)
        row = row < 0 ? -1 : next++;
    m_removed.clear();
    std::vector<int> gone;
    for (size_t p = 0; p < m_rows.size(); ++p) {
        const int row = m_rows[p] < int(renumbered.size()) ? renumbered[size_t(m_rows[p])] : -1;
        m_rows[p] = row;
        if (row < 0)
            gone.push_back(int(p));
    }
    // The rows that went are announced now; their places map to nothing meanwhile.
    for (size_t i = gone.size(); i > 0;) {
        size_t j = i - 1;
        while (j > 0 && gone[j - 1] == gone[j] - 1)
            --j;
        beginRemoveRows({}, gone[j], gone[i - 1]);
        m_rows.erase(m_rows.begin() + gone[j], m_rows.begin() + gone[i - 1] + 1);
        endRemoveRows();
        i = j;
    }
    m_position.assign(size_t(m_queue->rowCount()), -1);
    rebuildPositions();
}

void QueueFilterModel::handleDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight)
{
    for (int row = topLeft.row(); row <= bottomRight.row(); ++row)
        m_dirty.push_back(row);
}

void QueueFilterModel::refresh()
{
    if (m_needsRebuild) {
        beginResetModel();
        rebuild();
        endResetModel();
        return;
    }
    applyRemovals();
    if (m_position.size() != size_t(m_queue->rowCount()))
        m_position.resize(size_t(m_queue->rowCount()), -1);
    if (m_dirty.empty())
        return;
    std::vector<int> dirty = std::move(m_dirty);
    m_dirty.clear();
    std::sort(dirty.begin(), dirty.end());
    dirty.erase(std::unique(dirty.begin(), dirty.end()), dirty.end());

    // 1. Rows that no longer pass the filter leave.
    std::vector<int> leaving;
    std::vector<int> staying;  // visible and still accepted
    std::vector<int> entering; // not visible and now accepted
    for (int row : dirty) {
        const bool visible = m_position[size_t(row)] >= 0;
        const bool accepted = accepts(row);
        if (visible && !accepted)
            leaving.push_back(m_position[size_t(row)]);
        else if (visible)
            staying.push_back(row);
        else if (accepted)
            entering.push_back(row);
    }
    std::sort(leaving.begin(), leaving.end(), std::greater<int>());
    for (size_t i = 0; i < leaving.size();) {
        size_t j = i;
        while (j + 1 < leaving.size() && leaving[j + 1] == leaving[j] - 1)
            ++j;
        beginRemoveRows({}, leaving[j], leaving[i]);
        m_rows.erase(m_rows.begin() + leaving[j], m_rows.begin() + leaving[i] + 1);
        endRemoveRows();
        i = j + 1;
    }
    if (!leaving.empty())
        rebuildPositions();

    // 2. Changed rows that are out of place move, in one layout change that keeps selections.
    const auto outOfPlace = [this](int row) {
        const int p = m_position[size_t(row)];
        return (p > 0 && before(row, m_rows[size_t(p - 1)])) ||
               (p + 1 < int(m_rows.size()) && before(m_rows[size_t(p + 1)], row));
    };
    if (std::any_of(staying.begin(), staying.end(), outOfPlace)) {
        Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
        const QModelIndexList persistent = persistentIndexList();
        std::vector<int> persistentSource;
        persistentSource.reserve(size_t(persistent.size()));
        for (const QModelIndex &index : persistent)
            persistentSource.push_back(index.row() < int(m_rows.size()) ? m_rows[size_t(index.row())] : -1);

        std::vector<char> moving(m_position.size(), 0);
        for (int row : staying)
            moving[size_t(row)] = 1;
        std::vector<int> rest;
        rest.reserve(m_rows.size());
        for (int row : m_rows) {
            if (!moving[size_t(row)])
                rest.push_back(row);
        }
        std::sort(staying.begin(), staying.end(), [this](int a, int b) { return before(a, b); });
        m_rows.clear();
        std::merge(rest.begin(), rest.end(), staying.begin(), staying.end(), std::back_inserter(m_rows),
                   [this](int a, int b) { return before(a, b); });
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

    // 3. Rows that now pass the filter enter at their places.
    std::sort(entering.begin(), entering.end(), [this](int a, int b) { return before(a, b); });
    for (size_t i = 0; i < entering.size();) {
        const auto at = std::lower_bound(m_rows.begin(), m_rows.end(), entering[i],
                                         [this](int a, int b) { return before(a, b); });
        const int position = int(at - m_rows.begin());
        // Every entering row that belongs before the same existing row goes in together.
        size_t j = i;
        while (j + 1 < entering.size() &&
               (position == int(m_rows.size()) || before(entering[j + 1], m_rows[size_t(position)])))
            ++j;
        beginInsertRows({}, position, position + int(j - i));
        m_rows.insert(m_rows.begin() + position, entering.begin() + qsizetype(i),
                      entering.begin() + qsizetype(j) + 1);
        endInsertRows();
        i = j + 1;
    }
    if (!entering.empty())
        rebuildPositions();

    // 4. What changed in place shows its new values.
    int low = -1;
    int high = -1;
    for (int row : dirty) {
        const int p = row < int(m_position.size()) ? m_position[size_t(row)] : -1;
        if (p < 0)
            continue;
        low = low < 0 ? p : std::min(low, p);
        high = std::max(high, p);
    }
    if (low >= 0)
        Q_EMIT dataChanged(index(low, 0), index(high, columnCount() - 1));
}
