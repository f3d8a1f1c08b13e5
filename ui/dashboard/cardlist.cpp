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
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_delegate->forgetHeights(); });
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
    // Measured at the width the rows will most likely get (expandAll()
    // lays them out at once), not at the one the previous rows had.
    const int full = width() - 2 * frameWidth();
    const int scrollBarWidth = style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, this);
    m_layoutWidth = verticalScrollBarPolicy() == Qt::ScrollBarAlwaysOn ? full - scrollBarWidth : full;
    expandAll();
    // Whether the rows fit decides the scroll bar, and the scroll bar
    // the width the text wraps in: settle both here, once, instead of
    // letting a scroll bar that appears re-wrap rows measured without it.
    int content = contentHeight(full);
    const bool scrolls = content > m_maxHeight;
    m_layoutWidth = full;
    if (scrolls) {
        m_layoutWidth = full - scrollBarWidth;
        content = contentHeight(m_layoutWidth);
    }
    setVerticalScrollBarPolicy(scrolls ? Qt::ScrollBarAlwaysOn : Qt::ScrollBarAlwaysOff);
    scheduleDelayedItemsLayout();
    const int height = std::min(content, m_maxHeight) + 2 * frameWidth();
    if (height != this->height())
        setFixedHeight(height);
}

void CardList::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        m_delegate->forgetHeights();
    QTreeView::changeEvent(event);
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
