#include "promisestab.h"

#include "clientdetailmodels.h"
#include "clientdetailviews.h"
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
#include <QMessageBox>
#include <QPushButton>
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
    header->resizeSection(PromiseTableModel::Done, textWidth(this, tr("Kept")));
    header->resizeSection(PromiseTableModel::What, textWidth(this, u"x"_s.repeated(60)));
    header->resizeSection(PromiseTableModel::Due, textWidth(this, u"00/00/0000"_s));
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
    m_delete = new QPushButton(tr("De&lete Promise"));
    m_delete->setObjectName(u"deletePromiseButton"_s);
    m_delete->setEnabled(false);
    connect(m_what, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_add->setEnabled(!text.trimmed().isEmpty()); });
    connect(m_what, &QLineEdit::returnPressed, this, &PromisesTab::add);
    connect(m_add, &QPushButton::clicked, this, &PromisesTab::add);
    connect(m_delete, &QPushButton::clicked, this, &PromisesTab::removeCurrent);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                m_delete->setEnabled(current.isValid() && !m_session.isReadOnly());
            });

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
    row->addWidget(m_delete);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addLayout(row);
    m_due->setDate(m_session.today().addDays(1));
    m_model->setCheckable(!m_session.isReadOnly());
    for (QWidget *control : std::initializer_list<QWidget *>{m_what, m_due, m_add, m_delete})
        m_session.disableIfReadOnly(control);
}

void PromisesTab::load(qint64 clientId, const QList<Promise> &promises)
{
    m_clientId = clientId;
    if (m_what->text().isEmpty())
        m_due->setDate(m_session.today().addDays(1));
    m_model->setPromises(promises, m_session.today());
    m_delete->setEnabled(m_view->currentIndex().isValid() && !m_session.isReadOnly());
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
    m_session.notifyChanged();
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
    m_session.notifyChanged();
}

void PromisesTab::removeCurrent()
{
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid())
        return;
    const QString what = index.siblingAtColumn(PromiseTableModel::What).data().toString();
    QMessageBox box(QMessageBox::Question, tr("Delete Promise"), tr("Delete the promise \"%1\"?").arg(what),
                    QMessageBox::Yes | QMessageBox::Cancel, this);
    box.setDefaultButton(QMessageBox::Cancel);
    makePlainText(box);
    if (box.exec() != QMessageBox::Yes)
        return;
    if (auto removed = PromiseStore(m_session.db()).remove(index.data(IdRole).toLongLong()); !removed)
        MessageBox::warning(this, tr("Delete Promise"), removed.error());
    m_session.notifyChanged();
}

} // namespace neuvo
