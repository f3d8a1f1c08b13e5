#pragma once

#include <QStyledItemDelegate>

class QTreeView;

namespace neuvo {

// Draws an item as a small card: a coloured dot, the main text wrapped to
// the view's width, an optional badge on the right and a muted detail text
// below. QTreeView gives its delegate no column width when it asks for a
// row's height, so the delegate measures against the width its list
// decided on (see CardList::refit()).
class CardDelegate final : public QStyledItemDelegate
{
public:
    CardDelegate(QTreeView *view, const int *layoutWidth);
    int heightFor(const QModelIndex &index, int width) const;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

private:
    static constexpr int Margin = 6;
    static constexpr int Gap = 8;
    static constexpr int DotSize = 10;

    struct Layout
    {
        QRect dot, main, badge, detail;
        int height = 0;
    };

    static QFont badgeFont(QFont font);
    static int textHeight(const QFont &font, int width, const QString &text);
    static Layout layout(const QStyleOptionViewItem &opt, const QModelIndex &index);

    QTreeView *m_view;
    const int *m_layoutWidth;
};

} // namespace neuvo
