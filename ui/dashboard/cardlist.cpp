#include "cardlist.h"

#include "carddelegate.h"
#include "cardmodel.h"

#include <QResizeEvent>
#include <QScrollBar>
#include <QStyle>

#include <algorithm>

namespace neuvo {

CardList::CardList(const QString &name, int maxHeight)
    : m_model(new CardModel(this))
    , m_delegate(new CardDelegate(this, &m_layoutWidth))
    , m_maxHeight(maxHeight)
{
    setAccessibleName(name);
    setModel(m_model);
    setItemDelegate(m_delegate);
    setHeaderHidden(true);
    setRootIsDecorated(false);
    setItemsExpandable(false);
    setExpandsOnDoubleClick(false);
    setUniformRowHeights(false);
    setIndentation(18);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setMouseTracking(true);
    viewport()->setCursor(Qt::PointingHandCursor);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void CardList::refit()
{
    expandAll();
    // Whether the rows fit decides the scroll bar, and the scroll bar
    // the width the text wraps in: settle both here, once, instead of
    // letting a scroll bar that appears re-wrap rows measured without it.
    const int full = width() - 2 * frameWidth();
    int content = contentHeight(full);
    const bool scrolls = content > m_maxHeight;
    m_layoutWidth = full;
    if (scrolls) {
        m_layoutWidth = full - style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, this);
        content = contentHeight(m_layoutWidth);
    }
    setVerticalScrollBarPolicy(scrolls ? Qt::ScrollBarAlwaysOn : Qt::ScrollBarAlwaysOff);
    scheduleDelayedItemsLayout();
    const int height = std::min(content, m_maxHeight) + 2 * frameWidth();
    if (height != this->height())
        setFixedHeight(height);
}

void CardList::resizeEvent(QResizeEvent *event)
{
    QTreeView::resizeEvent(event);
    if (event->size().width() != event->oldSize().width())
        refit();
}

int CardList::contentHeight(int width) const
{
    int content = 0;
    for (int i = 0; i < m_model->rowCount(); ++i) {
        const QModelIndex top = m_model->index(i, 0);
        content += m_delegate->heightFor(top, width);
        for (int c = 0; c < m_model->rowCount(top); ++c)
            content += m_delegate->heightFor(m_model->index(c, 0, top), width - indentation());
    }
    return content;
}

} // namespace neuvo
