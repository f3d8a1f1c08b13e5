#include "clientspage.h"

#include "ui/widgets/icons.h"
#include "ui/widgets/plaintext.h"

#include "clientdetail.h"
#include "clientdialog.h"
#include "clienttablemodel.h"
#include "core/domain/newrecords.h"
#include "core/storage/deletion.h"
#include "core/storage/stores.h"
#include "ui/widgets/emptystate.h"
#include "core/domain/plural.h"
#include "ui/widgets/riskbadge.h"
#include "ui/session.h"

#include <QEvent>
#include <QAction>
#include <QHeaderView>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace neuvo {

namespace {

// Versioned: a header state saved for other columns would garble this one.
const auto kHeaderKey = u"clientsPage/header.v2"_s;
const auto kSplitterKey = u"clientsPage/splitter"_s;

} // namespace

ClientsPage::ClientsPage(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new ClientTableModel(this))
    , m_proxy(new ClientFilterProxy(m_model, this))
{

    m_filter = new QLineEdit;
    m_filter->setPlaceholderText(tr("Filter by name, company or e-mail"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter clients"));
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &ClientFilterProxy::setFilterText);

    m_view = new QTableView;
    m_view->setObjectName(u"clientsView"_s);
    m_view->setAccessibleName(tr("Clients"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setItemDelegateForColumn(ClientTableModel::Risk, new RiskBadgeDelegate(m_view));
    QHeaderView *header = m_view->horizontalHeader();
    header->setStretchLastSection(true);
    header->setHighlightSections(false);
    // Widths from the font, never from the rows: measuring ten thousand
    // clients would stall the window.
    const auto width = [this](int chars) { return fontMetrics().averageCharWidth() * chars + 16; };
    header->resizeSection(ClientTableModel::Name, width(22));
    header->resizeSection(ClientTableModel::Company, width(24));
    // Enumerated columns fit their longest label in the current language.
    const auto enumWidth = [this](int column, const QStringList &labels) {
        int widest = fontMetrics().horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString()) + 24;
        for (const QString &label : labels)
            widest = qMax(widest, fontMetrics().horizontalAdvance(label) + 16);
        return widest;
    };
    const auto labels = [](auto values) {
        QStringList names;
        for (auto value : values)
            names << displayName(value);
        return names;
    };
    const int typeWidth = enumWidth(ClientTableModel::Type, labels(allValues<ClientType>()));
    const int sourceWidth = enumWidth(ClientTableModel::Source, labels(allValues<ClientSource>()));
    header->resizeSection(ClientTableModel::Type, typeWidth);
    header->resizeSection(ClientTableModel::Source, sourceWidth);
    header->resizeSection(ClientTableModel::ActiveProjects,
                          qMax(width(6), fontMetrics().horizontalAdvance(
                                             m_model->headerData(ClientTableModel::ActiveProjects, Qt::Horizontal)
                                                 .toString()) + 32));
    header->resizeSection(ClientTableModel::Outstanding, width(17));
    QSettings settings;
    if (!header->restoreState(settings.value(kHeaderKey).toByteArray()))
        header->setSortIndicator(ClientTableModel::Name, Qt::AscendingOrder);
    // Widths saved under another language may cut this one's labels.
    header->resizeSection(ClientTableModel::Type, qMax(header->sectionSize(ClientTableModel::Type), typeWidth));
    header->resizeSection(ClientTableModel::Source, qMax(header->sectionSize(ClientTableModel::Source), sourceWidth));
    m_view->sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());

    m_empty = new EmptyStateOverlay(m_view, [this] { return emptyText(); });
    connect(m_filter, &QLineEdit::textChanged, m_empty, &EmptyStateOverlay::refresh);

    m_detail = new ClientDetailWidget(m_session);
    connect(m_detail, &ClientDetailWidget::editRequested, this, &ClientsPage::editCurrentClient);
    connect(m_detail, &ClientDetailWidget::openProjectRequested, this, &ClientsPage::openProjectRequested);

    m_newAction = new QAction(themedIcon(u"contact-new"_s, this), tr("&New Client…"), this);
    m_newAction->setObjectName(u"newClientAction"_s);
    m_newAction->setIconText(tr("New Client"));
    m_newAction->setShortcut(QKeySequence::New);
    m_newAction->setStatusTip(tr("Add a client"));
    connect(m_newAction, &QAction::triggered, this, &ClientsPage::newClient);
    addAction(m_newAction);

    // Return and Delete act on the client table only: elsewhere they
    // belong to the field that has the focus.
    m_editAction = new QAction(themedIcon(u"document-edit"_s, this), tr("&Edit Client…"), this);
    m_editAction->setObjectName(u"editClientAction"_s);
    m_editAction->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    m_editAction->setShortcutContext(Qt::WidgetShortcut);
    connect(m_editAction, &QAction::triggered, this, &ClientsPage::editCurrentClient);
    m_view->addAction(m_editAction);

    m_deleteAction = new QAction(themedIcon(u"edit-delete"_s, this), tr("&Delete Client…"), this);
    m_deleteAction->setObjectName(u"deleteClientAction"_s);
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WidgetShortcut);
    connect(m_deleteAction, &QAction::triggered, this, &ClientsPage::deleteCurrentClient);
    m_view->addAction(m_deleteAction);

    for (QAction *action : {m_newAction, m_editAction, m_deleteAction})
        m_session.disableIfReadOnly(action);

    connect(m_view, &QAbstractItemView::activated, this, &ClientsPage::editCurrentClient);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ClientsPage::currentChanged);

    m_splitter = new QSplitter(Qt::Vertical);
    m_splitter->setObjectName(u"clientsSplitter"_s);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    if (!m_splitter->restoreState(settings.value(kSplitterKey).toByteArray()))
        m_splitter->setSizes({200, 400});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter);
    layout->addWidget(m_splitter, 1);

    // Only the page in sight refills at once; a hidden one when it is next
    // shown. Otherwise every page would refill in the one event that ends
    // the session's evaluation, and the window could not react meanwhile.
    connect(&m_session, &Session::changed, this, [this] {
        m_stale = true;
        if (isWindow() || !isHidden())
            reload();
    });
    reload();
}

ClientsPage::~ClientsPage()
{
    // Only what changed: setting a key rewrites the whole settings file.
    QSettings settings;
    const QByteArray header = m_view->horizontalHeader()->saveState();
    if (settings.value(kHeaderKey).toByteArray() != header)
        settings.setValue(kHeaderKey, header);
    const QByteArray splitter = m_splitter->saveState();
    if (settings.value(kSplitterKey).toByteArray() != splitter)
        settings.setValue(kSplitterKey, splitter);
}

qint64 ClientsPage::currentClientId() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? index.data(IdRole).toLongLong() : 0;
}

bool ClientsPage::event(QEvent *event)
{
    // ShowToParent: made the current page, also in a window not shown yet.
    if ((event->type() == QEvent::ShowToParent || event->type() == QEvent::Show) && m_stale)
        reload();
    return QWidget::event(event);
}

void ClientsPage::reload()
{
    // The list fills when the session's first evaluation is done (it
    // emits changed()); evaluating here would block the window meanwhile.
    if (m_session.isEvaluating())
        return;
    m_stale = false;
    const qint64 current = currentClientId();
    {
        // One detail load at the end instead of one per selection change.
        const QSignalBlocker block(m_view->selectionModel());
        m_model->setFacts(m_session.facts(), m_session.risks());
        if (current > 0)
            selectClient(current);
    }
    currentChanged();
}

void ClientsPage::currentChanged()
{
    const qint64 id = currentClientId();
    m_editAction->setEnabled(id > 0 && !m_session.isReadOnly());
    m_deleteAction->setEnabled(id > 0 && !m_session.isReadOnly());
    m_detail->setClient(id);
}

QString ClientsPage::emptyText() const
{
    const QString filter = m_filter->text().trimmed();
    if (filter.isEmpty() || m_model->rowCount() == 0)
        return tr("No clients yet — press %1 to add one.")
            .arg(m_newAction ? m_newAction->shortcut().toString(QKeySequence::NativeText) : QString());
    return tr("No client matches “%1”.").arg(filter);
}

void ClientsPage::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void ClientsPage::selectClient(qint64 clientId)
{
    const int row = m_model->rowOf(clientId);
    if (row < 0)
        return;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(row, ClientTableModel::Name));
    if (!index.isValid()) {
        // Hidden by the filter: the caller asked for this client, so show it.
        m_filter->clear();
        index = m_proxy->mapFromSource(m_model->index(row, ClientTableModel::Name));
    }
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

void ClientsPage::newClient()
{
    if (m_session.isReadOnly())
        return;
    auto *dialog = new ClientDialog(m_session, NewRecords::client(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { selectClient(dialog->client().id); });
    dialog->open();
}

void ClientsPage::editCurrentClient()
{
    const qint64 id = currentClientId();
    if (id <= 0 || m_session.isReadOnly())
        return;
    auto client = ClientStore(m_session.db()).get(id);
    if (!client) {
        MessageBox::warning(this, tr("Edit Client"), client.error());
        return;
    }
    auto *dialog = new ClientDialog(m_session, *client, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ClientsPage::deleteCurrentClient()
{
    const qint64 id = currentClientId();
    if (id <= 0 || m_session.isReadOnly())
        return;
    // The version the detail shows, taken before the question (a reload
    // while it is open must not change what the person decided on).
    const qint64 loadedVersion = m_detail->clientId() == id ? m_detail->clientVersion() : 0;
    auto preview = Deletion::previewClient(m_session.db(), id);
    if (!preview) {
        MessageBox::warning(this, tr("Delete Client"), preview.error());
        return;
    }
    const int projects = int(preview->projects.size());
    QMessageBox box(QMessageBox::Warning, tr("Delete Client"), tr("Delete %1?").arg(preview->describe()),
                    QMessageBox::NoButton, this);
    box.setObjectName(u"deleteClientQuestion"_s);
    box.setInformativeText(
        projects > 0 ? englishPlural(tr("The %n project(s) of this client, with their stages and revisions, "
                                        "are deleted too. Edit → Undo puts everything back.",
                                        nullptr, projects),
                                     projects)
                     : tr("Edit → Undo puts it back."));
    makePlainText(box);
    // With projects the button says what goes, so the choice is explicit.
    QPushButton *confirm = box.addButton(
        projects > 0 ? englishPlural(tr("Delete Client and %n Project(s)", nullptr, projects), projects)
                     : tr("Delete Client"),
        QMessageBox::DestructiveRole);
    confirm->setObjectName(u"confirmDeleteButton"_s);
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(cancel);
    box.setEscapeButton(cancel);
    box.exec();
    if (box.clickedButton() != confirm)
        return;
    if (const QString error = m_session.deleteClient(id, projects > 0, loadedVersion); !error.isEmpty())
        MessageBox::warning(this, tr("Delete Client"), error);
}

} // namespace neuvo
