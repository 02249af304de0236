#include "queuedelegate.h"

#include "models/alertqueuemodel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

QColor QueueDelegate::tierColor(int tier)
{
    switch (tier) {
    case 1:
        return QColor(0xd9, 0x2d, 0x20); // red: call now
    case 2:
        return QColor(0xe8, 0x7b, 0x00); // orange
    case 3:
        return QColor(0xc9, 0xa2, 0x00); // amber
    default:
        return QColor(0x80, 0x86, 0x8b); // grey
    }
}

void QueueDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    if (index.column() == AlertQueueModel::TierColumn) {
        const int tier = index.data(AlertQueueModel::TierRole).toInt();
        const QString text = opt.text;
        opt.text.clear();
        QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
        if (text.isEmpty())
            return;
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        QFont font = opt.font;
        font.setBold(true);
        font.setPointSizeF(font.pointSizeF() * 0.9);
        painter->setFont(font);
        const QFontMetrics metrics(font);
        const int width = metrics.horizontalAdvance(text) + 14;
        const int height = metrics.height() + 4;
        const QRect pill(opt.rect.left() + 6, opt.rect.center().y() - height / 2, width, height);
        QPainterPath path;
        path.addRoundedRect(pill, height / 2.0, height / 2.0);
        painter->fillPath(path, tierColor(tier));
        painter->setPen(Qt::white);
        painter->drawText(pill, Qt::AlignCenter, text);
        painter->restore();
        return;
    }
    if (index.column() == AlertQueueModel::SlaColumn) {
        const int urgency = index.data(AlertQueueModel::UrgencyRole).toInt();
        if (urgency > 0) {
            opt.font.setBold(true);
            const QColor color = urgency == 2 ? QColor(0xd9, 0x2d, 0x20) : QColor(0xe8, 0x7b, 0x00);
            opt.palette.setColor(QPalette::Text, color);
            opt.palette.setColor(QPalette::HighlightedText,
                                 urgency == 2 ? QColor(0xff, 0xd0, 0xcc) : QColor(0xff, 0xe0, 0xb0));
        }
    }
    QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
}

QSize QueueDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setHeight(std::max(size.height(), option.fontMetrics.height() + 12));
    if (index.column() == AlertQueueModel::TierColumn)
        size.setWidth(size.width() + 20);
    return size;
}
