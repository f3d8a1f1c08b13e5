#include "projectspage.h"

#include "ui/widgets/icons.h"
#include "ui/widgets/plaintext.h"

#include "ui/itemroles.h"
#include "core/domain/moneytotals.h"
#include "core/storage/stores.h"
#include "ui/widgets/confirmation.h"
#include "projecteditor.h"
#include "projecttablemodel.h"
#include "ui/session.h"

#include <QEvent>
#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace neuvo {

namespace {

enum StackIndex { TableIndex, EmptyIndex };

} // namespace

ProjectsPage::ProjectsPage(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new ProjectTableModel(this))
    , m_proxy(new ProjectFilterModel(this))
{
    m_proxy->setSourceModel(m_model);

    m_filter = new QLineEdit;
    m_filter->setObjectName(u"projectFilterEdit"_s);
    m_filter->setPlaceholderText(tr("Filter by client, project or contract number"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter projects"));
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    m_statusFilter = new QComboBox;
    m_statusFilter->setObjectName(u"projectStatusFilter"_s);
    m_statusFilter->addItem(tr("All statuses"), int(ProjectFilterModel::AllStatuses));
    m_statusFilter->addItem(tr("Open"), int(ProjectFilterModel::OpenStatuses));
    m_statusFilter->setItemData(1, tr("Every project that is not closed, declined or cancelled"), Qt::ToolTipRole);
    for (ProjectStatus status : allValues<ProjectStatus>())
        m_statusFilter->addItem(displayName(status), int(status));
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setStatusFilter(m_statusFilter->currentData().toInt());
    });
    auto *statusLabel = new QLabel(tr("&Status:"));
    statusLabel->setBuddy(m_statusFilter);

    m_newButton = new QPushButton(tr("&New Project…"));
    m_newButton->setObjectName(u"newProjectButton"_s);
    m_openButton = new QPushButton(tr("&Open"));
    m_openButton->setObjectName(u"openProjectButton"_s);
    m_deleteButton = new QPushButton(tr("&Delete…"));
    m_deleteButton->setObjectName(u"deleteProjectButton"_s);
    m_clientButton = new QPushButton(tr("Show Clien&t"));
    connect(m_newButton, &QPushButton::clicked, this, &ProjectsPage::newProject);
    connect(m_openButton, &QPushButton::clicked, this, [this] {
        if (const qint64 id = currentProjectId())
            openProject(id);
    });
    connect(m_deleteButton, &QPushButton::clicked, this, &ProjectsPage::deleteCurrentProject);
    connect(m_clientButton, &QPushButton::clicked, this, [this] {
        const QModelIndex index = m_view->currentIndex();
        if (!index.isValid())
            return;
        for (const Project &p : m_session.facts().projects) {
            if (p.id == currentProjectId()) {
                emit openClientRequested(p.clientId);
                return;
            }
        }
    });

    m_view = new QTableView;
    m_view->setObjectName(u"projectView"_s);
    m_view->setAccessibleName(tr("Projects"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ProjectTableModel::ClientName, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        openProject(index.data(IdRole).toLongLong());
    });
    auto *deleteAction = new QAction(themedIcon(u"edit-delete"_s, this), tr("Delete Project"), m_view);
    deleteAction->setShortcut(QKeySequence::Delete);
    deleteAction->setShortcutContext(Qt::WidgetShortcut);
    connect(deleteAction, &QAction::triggered, this, &ProjectsPage::deleteCurrentProject);
    m_view->addAction(deleteAction);
    m_session.disableIfReadOnly(deleteAction);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ProjectsPage::updateState);

    m_empty = plainLabel();
    m_empty->setObjectName(u"projectsEmptyLabel"_s);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setMargin(24);
    m_stack = new QStackedWidget;
    m_stack->insertWidget(TableIndex, m_view);
    m_stack->insertWidget(EmptyIndex, m_empty);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &ProjectsPage::updateState);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ProjectsPage::updateState);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &ProjectsPage::updateState);

    auto *top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(statusLabel);
    top->addWidget(m_statusFilter);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_newButton);
    buttons->addWidget(m_openButton);
    buttons->addWidget(m_deleteButton);
    buttons->addWidget(m_clientButton);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addLayout(buttons);
    layout->addWidget(m_stack, 1);

    // Only the page in sight refills at once; a hidden one when it is next
    // shown. Otherwise every page would refill in the one event that ends
    // the session's evaluation, and the window could not react meanwhile.
    connect(&m_session, &Session::changed, this, [this] {
        m_stale = true;
        if (isWindow() || !isHidden())
            reload();
    });
    reload();
    // The buttons' state (read-only, no clients yet) before the first
    // reload, which waits for the session's evaluation or for the page to
    // be shown.
    updateState();
}

qint64 ProjectsPage::currentProjectId() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? index.data(IdRole).toLongLong() : 0;
}

QString ProjectsPage::emptyStateText() const
{
    return m_stack->currentIndex() == EmptyIndex ? m_empty->text() : QString();
}

bool ProjectsPage::event(QEvent *event)
{
    // ShowToParent: made the current page, also in a window not shown yet.
    if ((event->type() == QEvent::ShowToParent || event->type() == QEvent::Show) && m_stale)
        reload();
    return QWidget::event(event);
}

void ProjectsPage::reload()
{
    // Filled when the session's first evaluation is done (changed()).
    if (m_session.isEvaluating())
        return;
    m_stale = false;
    const qint64 current = currentProjectId();
    const Facts &facts = m_session.facts();
    QHash<qint64, QString> names;
    for (const Client &c : facts.clients)
        names.insert(c.id, c.name);
    m_clientCount = int(facts.clients.size());
    m_model->setProjects(facts.projects, names, m_session.today());
    m_view->resizeColumnsToContents();
    // A long title is elided rather than pushing the deadline out of view.
    const int titleCap = fontMetrics().averageCharWidth() * 40;
    if (m_view->columnWidth(ProjectTableModel::Title) > titleCap)
        m_view->setColumnWidth(ProjectTableModel::Title, titleCap);
    if (current > 0)
        selectProject(current);
    updateState();
}

void ProjectsPage::updateState()
{
    const bool hasClients = m_clientCount > 0;
    m_newButton->setEnabled(hasClients);
    m_newButton->setToolTip(hasClients ? tr("Price a new project for a client")
                                       : tr("Add a client first: every project belongs to a client."));
    const bool selected = currentProjectId() > 0;
    m_openButton->setEnabled(selected);
    m_deleteButton->setEnabled(selected);
    m_clientButton->setEnabled(selected);
    // Open stays: a read-only project can still be looked at.
    m_session.disableIfReadOnly(m_newButton);
    m_session.disableIfReadOnly(m_deleteButton);

    QString empty;
    if (!hasClients) {
        empty = tr("No projects yet. A project belongs to a client: add your first client on the Clients page, "
                   "then come back here to price the work.");
    } else if (m_model->rowCount() == 0) {
        empty = tr("No projects yet. Click New Project to price your first one: name your own price, list what "
                   "it includes, and split it into prepaid stages.");
    } else if (m_proxy->rowCount() == 0) {
        empty = tr("No project matches the filter. Clear the filter text or choose \"All statuses\".");
    }
    m_empty->setText(empty);
    m_stack->setCurrentIndex(empty.isEmpty() ? TableIndex : EmptyIndex);
}

void ProjectsPage::selectProject(qint64 projectId)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (index.data(IdRole).toLongLong() == projectId) {
            m_view->setCurrentIndex(index);
            m_view->scrollTo(index);
            return;
        }
    }
}

void ProjectsPage::showEditor(ProjectEditor *editor)
{
    m_editor = editor;
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &ProjectEditor::saved, this, &ProjectsPage::selectProject);
    // open(), not exec(): window-modal without a nested event loop.
    editor->open();
}

void ProjectsPage::openProject(qint64 projectId)
{
    if (m_editor) {
        if (m_editor->projectId() == projectId) {
            m_editor->raise();
            m_editor->activateWindow();
            return;
        }
        if (!m_editor->close())
            return; // the user kept the changes of the other project
    }
    auto project = ProjectStore(m_session.db()).get(projectId);
    if (!project) {
        emit m_session.errorOccurred(project.error());
        return;
    }
    selectProject(projectId);
    showEditor(new ProjectEditor(m_session, std::move(*project), this));
}

void ProjectsPage::newProject()
{
    if (m_clientCount == 0 || m_session.isReadOnly())
        return;
    auto profile = ProfileStore(m_session.db()).load();
    if (!profile) {
        emit m_session.errorOccurred(profile.error());
        return;
    }
    // The client of the selected project is the likeliest one; the editor can change it.
    qint64 clientId = 0;
    const qint64 current = currentProjectId();
    for (const Project &p : m_session.facts().projects) {
        if (p.id == current)
            clientId = p.clientId;
    }
    if (clientId == 0 && !m_session.facts().clients.isEmpty())
        clientId = m_session.facts().clients.constFirst().id;
    if (m_editor && !m_editor->close())
        return;
    showEditor(new ProjectEditor(m_session, ProjectEditor::newProject(*profile, clientId), this));
}

void ProjectsPage::deleteCurrentProject()
{
    const qint64 id = currentProjectId();
    if (id <= 0 || m_session.isReadOnly())
        return;
    auto preview = Deletion::previewProject(m_session.db(), id);
    if (!preview) {
        emit m_session.errorOccurred(preview.error());
        return;
    }
    // describe() names the project and the records linked to it; what is
    // stored inside the project goes with it too, so name that as well.
    QStringList inside;
    qint64 paid = 0;
    QString currency;
    for (const Project &p : preview->projects) {
        currency = p.currency;
        if (!p.stages.isEmpty())
            inside << tr("payment stages: %1").arg(p.stages.size());
        for (const PaymentStage &s : p.stages)
            MoneyTotals::addSaturating(paid, s.paidMinor);
        if (!p.revisions.isEmpty())
            inside << tr("revisions: %1").arg(p.revisions.size());
        if (!p.priceChanges.isEmpty())
            inside << tr("planned price changes: %1").arg(p.priceChanges.size());
    }
    QString question = tr("Delete %1?").arg(preview->describe());
    if (!inside.isEmpty())
        question += u"\n\n"_s + tr("With it go %1.").arg(inside.join(u", "_s));
    if (paid > 0)
        question += u"\n"_s + tr("Payments of %1 recorded on its stages are deleted too.").arg(Money(paid, currency).format());
    question += u"\n\n"_s + tr("Edit → Undo brings it back until the next deletion.");
    // The version the list shows: the person decided on that copy, so a
    // project saved elsewhere since is not deleted. From the row, not the
    // session's facts, which evaluate everything again when they are stale.
    const qint64 loadedVersion = m_view->currentIndex().data(RowVersionRole).toLongLong();
    if (!Confirmation::ask(this, tr("Delete Project"), question, tr("Delete")))
        return;
    if (const QString error = m_session.deleteProject(id, loadedVersion); !error.isEmpty())
        emit m_session.errorOccurred(error);
}

} // namespace neuvo
