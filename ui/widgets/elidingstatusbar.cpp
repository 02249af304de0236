#include "elidingstatusbar.h"

#include <QHelpEvent>
#include <QPainter>
#include <QSizeGrip>
#include <QStyleOption>
#include <QToolTip>

QRect ElidingStatusBar::messageRect() const
{
    // As QStatusBar lays it out: while a message shows, the visible children are the permanent
    // widgets and the size grip.
    const bool rtl = layoutDirection() == Qt::RightToLeft;
    int left = 6;
    int right = width() - 12;
    const auto children = findChildren<QWidget *>(Qt::FindDirectChildrenOnly);
    for (const QWidget *child : children) {
        if (!child->isVisible() || child->isWindow())
            continue;
        if (rtl)
            left = std::max(left,
                            child->geometry().right() + 1 + (qobject_cast<const QSizeGrip *>(child) ? 0 : 2));
        else
            right = std::min(right, child->x() - (qobject_cast<const QSizeGrip *>(child) ? 0 : 2));
    }
    return QRect(left, 0, std::max(0, right - left), height());
}

QString ElidingStatusBar::shownMessage() const
{
    return fontMetrics().elidedText(currentMessage(), Qt::ElideRight, messageRect().width());
}

bool ElidingStatusBar::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip && !currentMessage().isEmpty()) {
        const auto *help = static_cast<QHelpEvent *>(event);
        if (messageRect().contains(help->pos())) {
            if (shownMessage() != currentMessage())
                QToolTip::showText(help->globalPos(), currentMessage(), this, messageRect());
            else
                QToolTip::hideText();
            return true;
        }
    }
    return QStatusBar::event(event);
}

void ElidingStatusBar::paintEvent(QPaintEvent *event)
{
    if (currentMessage().isEmpty()) {
        QStatusBar::paintEvent(event);
        return;
    }
    // QStatusBar::paintEvent clips a long message; this paints the same panel, the permanent
    // widgets' frames and the message elided.
    QPainter p(this);
    QStyleOption opt;
    opt.initFrom(this);
    style()->drawPrimitive(QStyle::PE_PanelStatusBar, &opt, &p, this);
    const auto children = findChildren<QWidget *>(Qt::FindDirectChildrenOnly);
    for (QWidget *child : children) {
        if (!child->isVisible() || child->isWindow() || qobject_cast<QSizeGrip *>(child))
            continue;
        const QRect frame = child->geometry().adjusted(-2, -1, 2, 1);
        if (!event->rect().intersects(frame))
            continue;
        QStyleOption itemOpt(0);
        itemOpt.rect = frame;
        itemOpt.palette = palette();
        itemOpt.state = QStyle::State_None;
        style()->drawPrimitive(QStyle::PE_FrameStatusBarItem, &itemOpt, &p, child);
    }
    p.setPen(palette().windowText().color());
    p.drawText(messageRect(), Qt::AlignLeading | Qt::AlignVCenter | Qt::TextSingleLine, shownMessage());
}
