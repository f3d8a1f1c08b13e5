#pragma once

#include <QHash>
#include <QStyledItemDelegate>

#include <utility>

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

    // One line of main text and one of detail, elided instead of wrapped:
    // every row has the same height, so a view with uniform row heights
    // measures one row however long the list (the "show all" lists).
    void setSingleLine(bool singleLine) { m_singleLine = singleLine; }

    // Wrapped rows' text heights are measured once per row and width (the
    // shaping is most of a refit's time, and the view, the list's own fit
    // and each paint ask again): the list calls this when its rows, font
    // or style change.
    void forgetHeights() { m_heights.clear(); }

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
    Layout layout(const QStyleOptionViewItem &opt, const QModelIndex &index) const;

    // The main and detail texts' wrapped heights, by row (its model
    // index's internal id and row) and the row's width.
    using HeightKey = std::pair<quint64, int>;
    mutable QHash<HeightKey, std::pair<int, int>> m_heights;
    QTreeView *m_view;
    bool m_singleLine = false;
    const int *m_layoutWidth;
};

} // namespace neuvo
