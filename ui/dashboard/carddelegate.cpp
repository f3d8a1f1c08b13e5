#include "carddelegate.h"

#include "ui/itemroles.h"

#include <QApplication>
#include <QPainter>
#include <QTreeView>

#include <algorithm>
#include <tuple>

namespace neuvo {

CardDelegate::CardDelegate(QTreeView *view, const int *layoutWidth)
    : QStyledItemDelegate(view)
    , m_view(view)
    , m_layoutWidth(layoutWidth)
{
}

int CardDelegate::heightFor(const QModelIndex &index, int width) const
{
    QStyleOptionViewItem option;
    option.initFrom(m_view);
    initStyleOption(&option, index);
    option.rect = QRect(0, 0, width, 0);
    return layout(option, index).height;
}

QSize CardDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    int depth = 0;
    for (QModelIndex p = index.parent(); p.isValid(); p = p.parent())
        ++depth;
    const int width = *m_layoutWidth - depth * m_view->indentation();
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.rect = QRect(0, 0, std::max(width, 120), 0);
    return QSize(opt.rect.width(), layout(opt, index).height);
}

void CardDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                         const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();

    // The style paints the selection and hover background; the texts
    // are drawn here.
    QStyleOptionViewItem background = opt;
    background.text.clear();
    background.icon = QIcon();
    background.features &= ~(QStyleOptionViewItem::HasDisplay | QStyleOptionViewItem::HasDecoration);
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    const Layout l = layout(opt, index);
    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = opt.state & QStyle::State_Enabled ? QPalette::Normal
                                                                            : QPalette::Disabled;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    if (const QColor dot = index.data(Qt::DecorationRole).value<QColor>(); dot.isValid()) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(dot);
        painter->drawEllipse(l.dot);
    }
    if (const QString badge = index.data(BadgeRole).toString(); !badge.isEmpty()) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(index.data(BadgeColorRole).value<QColor>());
        painter->drawRoundedRect(l.badge, l.badge.height() / 2.0, l.badge.height() / 2.0);
        painter->setFont(badgeFont(opt.font));
        // Dark text on a light badge (amber), white on a dark one.
        painter->setPen(qGray(index.data(BadgeColorRole).value<QColor>().rgb()) > 150 ? QColor(Qt::black)
                                                                                       : QColor(Qt::white));
        painter->drawText(l.badge, Qt::AlignCenter, badge);
    }
    painter->setFont(opt.font);
    const bool showAll = index.data(ShowAllRole).toBool();
    painter->setPen(opt.palette.color(group, selected ? QPalette::HighlightedText
                                             : showAll ? QPalette::Link
                                                       : QPalette::Text));
    const QFontMetrics fm(opt.font);
    if (m_singleLine)
        painter->drawText(l.main, Qt::AlignLeft | Qt::AlignTop, fm.elidedText(opt.text, Qt::ElideRight, l.main.width()));
    else
        painter->drawText(l.main, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, opt.text);
    if (const QString detail = index.data(DetailRole).toString(); !detail.isEmpty()) {
        painter->setPen(opt.palette.color(group, selected ? QPalette::HighlightedText
                                                          : QPalette::PlaceholderText));
        if (m_singleLine) {
            const QString oneLine = QString(detail).replace(QChar(u'\n'), QStringLiteral("  "));
            painter->drawText(l.detail, Qt::AlignLeft | Qt::AlignTop, fm.elidedText(oneLine, Qt::ElideRight, l.detail.width()));
        } else {
            painter->drawText(l.detail, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, detail);
        }
    }
    painter->restore();
}

QFont CardDelegate::badgeFont(QFont font)
{
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 0.85);
    return font;
}

int CardDelegate::textHeight(const QFont &font, int width, const QString &text)
{
    if (text.isEmpty())
        return 0;
    return QFontMetrics(font)
        .boundingRect(QRect(0, 0, std::max(width, 1), 1 << 20), Qt::TextWordWrap, text)
        .height();
}

CardDelegate::Layout CardDelegate::layout(const QStyleOptionViewItem &opt, const QModelIndex &index) const
{
    Layout l;
    const QRect r = opt.rect.adjusted(Margin, Margin, -Margin, -Margin);
    const int line = QFontMetrics(opt.font).height();
    int left = r.left();
    if (index.data(Qt::DecorationRole).value<QColor>().isValid()) {
        l.dot = QRect(left, r.top() + (line - DotSize) / 2, DotSize, DotSize);
        left += DotSize + Gap;
    }
    int right = r.right();
    if (const QString badge = index.data(BadgeRole).toString(); !badge.isEmpty()) {
        const QFontMetrics fm(badgeFont(opt.font));
        const int width = fm.horizontalAdvance(badge) + fm.height();
        l.badge = QRect(right - width + 1, r.top() + (line - fm.height() - 2) / 2, width, fm.height() + 2);
        right -= width + Gap;
    }
    const int detailWidth = r.right() - left + 1;
    // Single-line rows all have room for a detail line, so that they are
    // all as high as the first one.
    int mainHeight = line;
    int detailHeight = line;
    if (!m_singleLine) {
        const HeightKey key{(quint64(index.internalId()) << 32) | quint32(index.row()), opt.rect.width()};
        auto it = m_heights.constFind(key);
        if (it == m_heights.cend()) {
            it = m_heights.insert(key, {textHeight(opt.font, right - left + 1, opt.text),
                                        textHeight(opt.font, detailWidth, index.data(DetailRole).toString())});
        }
        std::tie(mainHeight, detailHeight) = *it;
    }
    l.main = QRect(left, r.top(), right - left + 1, mainHeight);
    l.detail = QRect(left, l.main.bottom() + 3, detailWidth, detailHeight);
    l.height = Margin + mainHeight + (detailHeight > 0 ? 2 + detailHeight : 0) + Margin;
    return l;
}

} // namespace neuvo
