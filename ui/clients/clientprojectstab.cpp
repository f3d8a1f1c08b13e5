#include "clientprojectstab.h"

#include "clientdetailmodels.h"
#include "clientdetailviews.h"
#include "ui/itemroles.h"
#include "ui/widgets/emptystate.h"

#include <QAbstractItemView>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace neuvo {

ClientProjectsTab::ClientProjectsTab(QWidget *parent)
    : QWidget(parent)
    , m_model(new ClientProjectsModel(this))
{
    m_view = tableView(m_model, this);
    m_view->setObjectName(u"clientProjectsView"_s);
    m_view->setAccessibleName(tr("Projects of the client"));
    m_view->sortByColumn(ClientProjectsModel::NextDue, Qt::AscendingOrder);
    QHeaderView *header = m_view->horizontalHeader();
    header->resizeSection(ClientProjectsModel::Title, textWidth(this, u"x"_s.repeated(45)));
    header->resizeSection(ClientProjectsModel::Status, textWidth(this, u"x"_s.repeated(14)));
    header->resizeSection(ClientProjectsModel::Total, textWidth(this, u"000 000,00 EUR"_s));
    new EmptyStateOverlay(m_view, [] {
        return tr("No projects for this client yet. Add one on the Projects page.");
    });
    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        emit openProjectRequested(index.data(IdRole).toLongLong());
    });
    auto *hint = new QLabel(tr("Double-click a project to open it."));
    hint->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view);
    layout->addWidget(hint);
}

void ClientProjectsTab::load(const QList<Project> &projects, const QDate &today)
{
    m_model->setProjects(projects, today);
}

} // namespace neuvo
