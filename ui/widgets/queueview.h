#pragma once

#include <QTableView>
#include <QTimer>

// The queue's table. Home and End go to the top and the bottom lead. It says when the rep is
// in it (the pointer over it, or a key pressed in it within the last kKeyboardHoldMs), so that
// the queue can hold still while the rep aims at a row.
class QueueView final : public QTableView
{
    Q_OBJECT

public:
    explicit QueueView(QWidget *parent = nullptr);

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

private:
    void updateEngaged();

    QTimer m_keyboard; // runs while the last key pressed here still counts
    bool m_pointerIn = false;
    bool m_engaged = false;
};
