#pragma once

#include <QList>
#include <QTableView>
#include <QTimer>

// The queue's table. Home and End go to the top and the bottom lead. It says when the rep is
// in it (the pointer over it, or a key pressed in it within the last kKeyboardHoldMs), so that
// the queue can hold still while the rep aims at a row. Its columns always fit its width (no
// sideways scrolling): the growing column takes what is left, the elastic ones shrink towards
// their minimum, and at narrow widths the least useful columns go; a cut text shows whole in its
// tooltip.
class QueueView final : public QTableView
{
    Q_OBJECT

public:
    explicit QueueView(QWidget *parent = nullptr);

    // How a column takes part in fitting the queue to its width.
    struct ColumnFit
    {
        int column = 0;
        int minWidth = 0;   // it never gets narrower (it is hidden first)
        int width = 0;      // what it gets when there is room
        int hideOrder = 0;  // 0: always shown; else hidden at narrow widths, 1 first
        bool grows = false; // takes the room left over (the last shown one that grows)
    };
    // The columns to fit, in their order; the others keep their width and visibility.
    void setColumnFits(const QList<ColumnFit> &fits);
    void fitColumns();

    bool isEngaged() const { return m_engaged; }
    static constexpr int kKeyboardHoldMs = 4000;

Q_SIGNALS:
    void engagedChanged(bool engaged);

protected:
    QModelIndex moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers) override;
    void enterEvent(QEnterEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    void updateEngaged();

    QList<ColumnFit> m_fits;
    bool m_fitting = false;
    QTimer m_keyboard; // runs while the last key pressed here still counts
    bool m_pointerIn = false;
    bool m_engaged = false;
};
