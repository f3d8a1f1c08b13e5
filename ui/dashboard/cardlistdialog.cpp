#include "cardlistdialog.h"

#include "carddelegate.h"
#include "core/domain/plural.h"
#include "ui/itemroles.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace neuvo {

CardListDialog::CardListDialog(const QString &title, int count, const CardMaker &make, QWidget *parent)
    : QDialog(parent)
    , m_model(new CardModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTreeView)
    , m_filter(new QLineEdit)
    , m_count(new QLabel)
{
    setWindowTitle(title);
    m_model->setList(count, make, -1);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(FilterTextRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_filter->setObjectName(QStringLiteral("cardListFilter"));
    m_filter->setPlaceholderText(tr("Filter by text, client or date"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter"));
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text);
        updateCount();
    });

    static const int noWidth = 0;
    auto *delegate = new CardDelegate(m_view, &noWidth);
    delegate->setSingleLine(true);
    m_view->setObjectName(QStringLiteral("cardListView"));
    m_view->setAccessibleName(title);
    m_view->setModel(m_proxy);
    m_view->setItemDelegate(delegate);
    m_view->setHeaderHidden(true);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setMouseTracking(true);
    m_view->viewport()->setCursor(Qt::PointingHandCursor);
    connect(m_view, &QTreeView::clicked, this, &CardListDialog::open);
    connect(m_view, &QTreeView::activated, this, &CardListDialog::open);

    m_count->setObjectName(QStringLiteral("cardListCount"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_count);
    layout->addWidget(buttons);
    resize(720, 560);
    updateCount();
}

void CardListDialog::updateCount()
{
    const int shown = m_proxy->rowCount();
    const int all = m_model->totalCount();
    m_count->setText(shown == all ? englishPlural(tr("%n item(s)", nullptr, all), all)
                                  //: Of a filtered list: "12 of 3 400 shown"
                                  : tr("%1 of %2 shown").arg(QLocale().toString(shown), QLocale().toString(all)));
}

void CardListDialog::open(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    if (const qint64 project = index.data(ProjectIdRole).toLongLong(); project > 0)
        emit openProjectRequested(project);
    else if (const qint64 client = index.data(ClientIdRole).toLongLong(); client > 0)
        emit openClientRequested(client);
}

} // namespace neuvo
