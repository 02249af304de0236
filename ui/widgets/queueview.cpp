#include "queueview.h"

#include <QAbstractItemDelegate>
#include <QHeaderView>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QToolTip>

#include <algorithm>

QueueView::QueueView(QWidget *parent)
    : QTableView(parent)
{
    m_keyboard.setSingleShot(true);
    m_keyboard.setInterval(kKeyboardHoldMs);
    connect(&m_keyboard, &QTimer::timeout, this, &QueueView::updateEngaged);
}

QModelIndex QueueView::moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers)
{
    if ((cursorAction != MoveHome && cursorAction != MoveEnd) || !model())
        return QTableView::moveCursor(cursorAction, modifiers);
    // Rows are leads: Home is the top lead, End the last one (the first or last that can be
    // selected), whatever the column.
    const int rows = model()->rowCount(rootIndex());
    const int column = currentIndex().isValid() ? currentIndex().column() : 0;
    for (int i = 0; i < rows; ++i) {
        const int row = cursorAction == MoveHome ? i : rows - 1 - i;
        const QModelIndex index = model()->index(row, column, rootIndex());
        if (!isRowHidden(row) && (model()->flags(index) & Qt::ItemIsEnabled))
            return index;
    }
    return currentIndex();
}

void QueueView::enterEvent(QEnterEvent *event)
{
    m_pointerIn = true;
    updateEngaged();
    QTableView::enterEvent(event);
}

void QueueView::leaveEvent(QEvent *event)
{
    m_pointerIn = false;
    updateEngaged();
    QTableView::leaveEvent(event);
}

void QueueView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Control:
    case Qt::Key_Shift:
    case Qt::Key_Alt:
    case Qt::Key_Meta:
        break; // the start of a shortcut, not a move in the queue
    default:
        m_keyboard.start();
        updateEngaged();
    }
    QTableView::keyPressEvent(event);
}

void QueueView::focusOutEvent(QFocusEvent *event)
{
    m_keyboard.stop();
    updateEngaged();
    QTableView::focusOutEvent(event);
}

void QueueView::updateEngaged()
{
    const bool engaged = m_pointerIn || m_keyboard.isActive();
    if (engaged == m_engaged)
        return;
    m_engaged = engaged;
    Q_EMIT engagedChanged(engaged);
}

void QueueView::setColumnFits(const QList<ColumnFit> &fits)
{
    m_fits = fits;
    for (const ColumnFit &fit : fits)
        horizontalHeader()->setSectionResizeMode(fit.column, QHeaderView::Fixed);
    horizontalHeader()->setStretchLastSection(false);
    fitColumns();
}

void QueueView::fitColumns()
{
    if (m_fits.isEmpty() || !model() || m_fitting)
        return;
    m_fitting = true;
    const int available = viewport()->width();
    // Columns not fitted here (and shown) keep their width.
    int fixed = 0;
    for (int column = 0; column < model()->columnCount(rootIndex()); ++column) {
        const bool fitted = std::any_of(m_fits.cbegin(), m_fits.cend(),
                                        [column](const ColumnFit &fit) { return fit.column == column; });
        if (!fitted && !isColumnHidden(column))
            fixed += columnWidth(column);
    }
    // The least useful columns go until the others fit.
    QList<ColumnFit> shown = m_fits;
    const auto sum = [&shown](int ColumnFit::*field) {
        int total = 0;
        for (const ColumnFit &fit : std::as_const(shown))
            total += fit.*field;
        return total;
    };
    // The essential columns count at their full width: a column goes before a name is cut.
    const auto needed = [&shown] {
        int total = 0;
        for (const ColumnFit &fit : std::as_const(shown))
            total += fit.hideOrder == 0 ? fit.width : fit.minWidth;
        return total;
    };
    while (fixed + needed() > available) {
        auto first = shown.end();
        for (auto it = shown.begin(); it != shown.end(); ++it) {
            if (it->hideOrder > 0 && (first == shown.end() || it->hideOrder < first->hideOrder))
                first = it;
        }
        if (first == shown.end())
            break; // the essential columns at their narrowest: nothing more to give
        shown.erase(first);
    }
    for (const ColumnFit &fit : std::as_const(m_fits)) {
        const bool visible = std::any_of(shown.cbegin(), shown.cend(),
                                         [&fit](const ColumnFit &s) { return s.column == fit.column; });
        setColumnHidden(fit.column, !visible);
    }
    // Room left over goes to the growing column; too little room is taken from the columns in the
    // order they would be hidden.
    const int room = available - fixed;
    const int wanted = sum(&ColumnFit::width);
    if (wanted <= room) {
        // The last shown column that grows, else the last one: no gap at the right.
        auto grower =
            std::find_if(shown.rbegin(), shown.rend(), [](const ColumnFit &fit) { return fit.grows; });
        if (grower == shown.rend() && !shown.isEmpty())
            grower = shown.rbegin();
        if (grower != shown.rend())
            grower->width += room - wanted;
    } else {
        // The least useful columns give first, down to their minimum; the essential ones last.
        int deficit = wanted - room;
        for (int order : {1, 2, 3, 4, 5, 6, 7, 8, 9, 0}) {
            for (ColumnFit &fit : shown) {
                if (fit.hideOrder == order && deficit > 0) {
                    const int give = std::min(deficit, fit.width - fit.minWidth);
                    fit.width -= give;
                    deficit -= give;
                }
            }
        }
    }
    for (const ColumnFit &fit : std::as_const(shown))
        setColumnWidth(fit.column, fit.width);
    m_fitting = false;
}

bool QueueView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::Resize) {
        const bool handled = QTableView::viewportEvent(event);
        fitColumns();
        return handled;
    }
    if (event->type() == QEvent::ToolTip) {
        // A text cut to fit its column shows whole in its tooltip (the model's own tooltip wins).
        const auto *help = static_cast<QHelpEvent *>(event);
        const QModelIndex index = indexAt(help->pos());
        if (index.isValid() && index.data(Qt::ToolTipRole).toString().isEmpty()) {
            const QString text = index.data(Qt::DisplayRole).toString();
            const QRect rect = visualRect(index);
            QStyleOptionViewItem option;
            initViewItemOption(&option);
            option.rect = rect;
            if (!text.isEmpty() &&
                itemDelegateForIndex(index)->sizeHint(option, index).width() > rect.width()) {
                QToolTip::showText(help->globalPos(), text, viewport(), rect);
                return true;
            }
        }
    }
    return QTableView::viewportEvent(event);
}
