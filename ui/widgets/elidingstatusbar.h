#pragma once

#include <QStatusBar>

// A status bar whose message never runs off under the permanent widgets: a message wider than
// the room left for it ends in "…", and hovering it shows the whole message as a tooltip.
// currentMessage() and the message's timeout stay QStatusBar's.
class ElidingStatusBar final : public QStatusBar
{
    Q_OBJECT

public:
    using QStatusBar::QStatusBar;

    // Where the message is painted, between the left edge and the permanent widgets.
    QRect messageRect() const;
    // The message as painted: the whole of it, or its start and "…".
    QString shownMessage() const;

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
};
