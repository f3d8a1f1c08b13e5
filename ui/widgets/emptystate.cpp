#include "emptystate.h"

#include <QAbstractItemView>
#include <QEvent>

namespace neuvo {

EmptyStateOverlay::EmptyStateOverlay(QAbstractItemView *view, std::function<QString()> text)
    : QLabel(view->viewport())
    , m_view(view)
    , m_text(std::move(text))
{
    setObjectName(QStringLiteral("emptyState"));
    // The text may quote what was typed into a filter.
    setTextFormat(Qt::PlainText);
    setAlignment(Qt::AlignCenter);
    setWordWrap(true);
    setMargin(16);
    setForegroundRole(QPalette::PlaceholderText);
    setAttribute(Qt::WA_TransparentForMouseEvents);
    view->viewport()->installEventFilter(this);
    QAbstractItemModel *model = view->model();
    Q_ASSERT(model); // set the model before the overlay
    connect(model, &QAbstractItemModel::modelReset, this, &EmptyStateOverlay::refresh);
    connect(model, &QAbstractItemModel::layoutChanged, this, &EmptyStateOverlay::refresh);
    connect(model, &QAbstractItemModel::rowsInserted, this, &EmptyStateOverlay::refresh);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &EmptyStateOverlay::refresh);
    refresh();
}

void EmptyStateOverlay::refresh()
{
    const bool empty = m_view->model()->rowCount() == 0;
    if (empty) {
        setText(m_text());
        setGeometry(m_view->viewport()->rect());
    }
    setVisible(empty);
}

bool EmptyStateOverlay::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        setGeometry(m_view->viewport()->rect());
    return QLabel::eventFilter(watched, event);
}

} // namespace neuvo
