#include "promisestab.h"

#include "clientdetailmodels.h"
#include "clientdetailviews.h"
#include "logentrydialogs.h"
#include "core/storage/stores.h"
#include "ui/itemroles.h"
#include "ui/session.h"
#include "ui/widgets/emptystate.h"
#include "ui/widgets/plaintext.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace neuvo {

PromisesTab::PromisesTab(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new PromiseTableModel(this))
{
    m_view = tableView(m_model, this);
    m_view->setObjectName(u"promisesView"_s);
    m_view->setAccessibleName(tr("Promises"));
    m_view->sortByColumn(PromiseTableModel::Due, Qt::AscendingOrder);
    QHeaderView *header = m_view->horizontalHeader();
    header->resizeSection(PromiseTableModel::Done, columnWidth(m_view, PromiseTableModel::Done, {tr("Kept")}));
    header->resizeSection(PromiseTableModel::What, textWidth(this, u"x"_s.repeated(60)));
    const QString sampleDate = QLocale().toString(QDate(2000, 12, 28), QLocale::ShortFormat);
    header->resizeSection(PromiseTableModel::Due, columnWidth(m_view, PromiseTableModel::Due, {sampleDate}));
    new EmptyStateOverlay(m_view, [] {
        return tr("No promises yet. Keep them small and exact — \"I will send the brief on "
                  "Tuesday\" — and add them below.");
    });
    connect(m_model, &PromiseTableModel::doneToggled, this, &PromisesTab::setDone);

    m_what = new QLineEdit;
    m_what->setObjectName(u"promiseWhat"_s);
    m_what->setPlaceholderText(tr("e.g. Send the brief"));
    m_due = new QDateEdit;
    m_due->setObjectName(u"promiseDue"_s);
    m_due->setCalendarPopup(true);
    m_add = new QPushButton(tr("&Add Promise"));
    m_add->setObjectName(u"addPromiseButton"_s);
    m_add->setEnabled(false);
    m_edit = new QPushButton(tr("&Edit…"));
    m_edit->setObjectName(u"editPromiseButton"_s);
    m_edit->setEnabled(false);
    m_delete = new QPushButton(tr("De&lete Promise"));
    m_delete->setObjectName(u"deletePromiseButton"_s);
    m_delete->setToolTip(tr("Delete the selected promise; Edit → Undo puts it back"));
    m_delete->setEnabled(false);
    connect(m_what, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_add->setEnabled(!text.trimmed().isEmpty()); });
    connect(m_what, &QLineEdit::returnPressed, this, &PromisesTab::add);
    connect(m_add, &QPushButton::clicked, this, &PromisesTab::add);
    connect(m_edit, &QPushButton::clicked, this, &PromisesTab::editCurrent);
    connect(m_delete, &QPushButton::clicked, this, &PromisesTab::removeCurrent);
    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        // Return or a double click on the tick box toggles it; elsewhere edits.
        if (index.column() != PromiseTableModel::Done)
            editCurrent();
    });
    auto *deleteKey = new QShortcut(QKeySequence::Delete, m_view, nullptr, nullptr, Qt::WidgetShortcut);
    connect(deleteKey, &QShortcut::activated, this, &PromisesTab::removeCurrent);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &PromisesTab::updateButtons);

    auto *whatLabel = new QLabel(tr("&New promise:"));
    whatLabel->setBuddy(m_what);
    auto *dueLabel = new QLabel(tr("D&ue:"));
    dueLabel->setBuddy(m_due);
    auto *row = new QHBoxLayout;
    row->addWidget(whatLabel);
    row->addWidget(m_what, 1);
    row->addWidget(dueLabel);
    row->addWidget(m_due);
    row->addWidget(m_add);
    row->addSpacing(16);
    row->addWidget(m_edit);
    row->addWidget(m_delete);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addLayout(row);
    m_due->setDate(m_session.today().addDays(1));
    m_model->setCheckable(!m_session.isReadOnly());
    for (QWidget *control : std::initializer_list<QWidget *>{m_what, m_due, m_add, m_edit, m_delete})
        m_session.disableIfReadOnly(control);
}

void PromisesTab::load(qint64 clientId, const QList<Promise> &promises, const QList<Project> &projects)
{
    m_clientId = clientId;
    m_projects = projects;
    if (m_what->text().isEmpty())
        m_due->setDate(m_session.today().addDays(1));
    m_model->setPromises(promises, m_session.today());
    updateButtons();
}

void PromisesTab::updateButtons()
{
    const bool selected = m_view->currentIndex().isValid() && !m_session.isReadOnly();
    m_edit->setEnabled(selected);
    m_delete->setEnabled(selected);
}

void PromisesTab::add()
{
    if (m_clientId <= 0 || m_what->text().trimmed().isEmpty())
        return;
    Promise p;
    p.clientId = m_clientId;
    p.what = m_what->text().trimmed();
    p.dueOn = m_due->date();
    if (auto created = PromiseStore(m_session.db()).create(p); !created) {
        MessageBox::warning(this, tr("Add Promise"), created.error());
        return;
    }
    m_what->clear();
    m_due->setDate(m_session.today().addDays(1));
    m_session.notifyClientChanged(m_clientId);
}

void PromisesTab::setDone(qint64 promiseId, bool done)
{
    PromiseStore store(m_session.db());
    auto promise = store.get(promiseId);
    if (promise) {
        promise->doneOn = done ? m_session.today() : QDate();
        if (auto updated = store.update(*promise); !updated)
            promise = Error{updated.error()};
    }
    if (!promise)
        MessageBox::warning(this, tr("Promises"), promise.error());
    m_session.notifyClientChanged(m_clientId);
}

void PromisesTab::editCurrent()
{
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid() || m_session.isReadOnly())
        return;
    const auto promise = PromiseStore(m_session.db()).get(index.data(IdRole).toLongLong());
    if (!promise) {
        MessageBox::warning(this, tr("Edit Promise"), promise.error());
        return;
    }
    auto *dialog = new PromiseDialog(m_session, *promise, m_projects, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void PromisesTab::removeCurrent()
{
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid() || m_session.isReadOnly())
        return;
    // No question: Edit → Undo puts it back, as for a deleted client.
    if (const QString error = m_session.deletePromise(index.data(IdRole).toLongLong(),
                                                      index.data(RowVersionRole).toLongLong());
        !error.isEmpty())
        MessageBox::warning(this, tr("Delete Promise"), error);
}

} // namespace neuvo
