#include "queueview.h"

#include <QKeyEvent>

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
