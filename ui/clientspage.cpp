#include "clientspage.h"

#include "clienttablemodel.h"
#include "core/stores.h"
#include "session.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace neuvo {

ClientsPage::ClientsPage(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new ClientTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SortRole);
    m_proxy->setFilterRole(FilterTextRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(0);

    m_filter = new QLineEdit;
    m_filter->setPlaceholderText(tr("Filter by name, company or e-mail"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter clients"));
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    m_view = new QTableView;
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ClientTableModel::Name, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    // Size columns from the first rows only: with thousands of clients a
    // full scan would stall the window.
    m_view->horizontalHeader()->setResizeContentsPrecision(200);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter);
    layout->addWidget(m_view);

    connect(&m_session, &Session::changed, this, &ClientsPage::reload);
    reload();
}

qint64 ClientsPage::currentClientId() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? index.data(IdRole).toLongLong() : 0;
}

void ClientsPage::reload()
{
    const qint64 current = currentClientId();
    auto clients = ClientStore(m_session.db()).list();
    if (!clients) {
        emit m_session.errorOccurred(clients.error());
        return;
    }
    m_model->setClients(std::move(*clients));
    m_view->resizeColumnsToContents();
    if (current > 0)
        selectClient(current);
}

void ClientsPage::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void ClientsPage::selectClient(qint64 clientId)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (index.data(IdRole).toLongLong() == clientId) {
            m_view->setCurrentIndex(index);
            m_view->scrollTo(index);
            return;
        }
    }
}

} // namespace neuvo
