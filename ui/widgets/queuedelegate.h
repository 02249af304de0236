#pragma once

#include <QStyledItemDelegate>

// Paints the queue's tier as a coloured pill and the SLA countdown in a colour that turns
// urgent as time runs out.
class QueueDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    static QColor tierColor(int tier);
};
