#include "projecteditor.h"

#include "projecteditorfields.h"
#include "recordtablemodel.h"
#include "ui/session.h"
#include "ui/widgets/choicedelegate.h"
#include "ui/widgets/datedelegate.h"
#include "ui/widgets/plaintext.h"
#include "ui/widgets/warning.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

// The Revisions tab of the project editor: included rounds, the rounds used,
// and the revision records.

using namespace Qt::StringLiterals;

namespace neuvo {

using namespace editorfields;

QWidget *ProjectEditor::createRevisionsTab()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    m_revisionsIncluded = spinBox(0, 100);
    m_revisionsIncluded->setObjectName(u"revisionsIncludedSpin"_s);
    m_revisionCounter = plainLabel();
    m_revisionCounter->setObjectName(u"revisionCounterLabel"_s);
    auto *top = new QHBoxLayout;
    auto *includedLabel = new QLabel(tr("&Included revision rounds:"));
    includedLabel->setBuddy(m_revisionsIncluded);
    top->addWidget(includedLabel);
    top->addWidget(m_revisionsIncluded);
    top->addSpacing(16);
    top->addWidget(m_revisionCounter, 1);
    layout->addLayout(top);
    layout->addWidget(hintLabel(tr("A round is a revision the client asked for within the scope: it uses an "
                                   "included round. Your own error is fixed free and is never a round. A change "
                                   "of scope is extra work: give it a charge (a change order); it is never a round.")));

    m_revisionView = recordView(m_revisions, tr("Revisions"), u"revisionView"_s);
    m_revisionView->setItemDelegateForColumn(RevisionTableModel::RequestedOn,
                                             new DateDelegate(m_session.today(), m_revisionView));
    QList<QPair<QString, QString>> kinds;
    for (RevisionKind kind : allValues<RevisionKind>())
        kinds.append({displayName(kind), toId(kind)});
    m_revisionView->setItemDelegateForColumn(RevisionTableModel::Kind, new ChoiceDelegate(kinds, m_revisionView));
    m_revisionView->horizontalHeader()->setSectionResizeMode(RevisionTableModel::Description, QHeaderView::Stretch);
    m_revisionView->horizontalHeader()->setStretchLastSection(false);

    auto *add = new QPushButton(tr("&Add Revision"));
    add->setObjectName(u"addRevisionButton"_s);
    auto *remove = new QPushButton(tr("R&emove Revision"));
    remove->setObjectName(u"removeRevisionButton"_s);
    connect(add, &QPushButton::clicked, this, &ProjectEditor::addRevision);
    connect(remove, &QPushButton::clicked, this, &ProjectEditor::removeRevision);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    layout->addLayout(buttons);
    layout->addWidget(m_revisionView, 1);
    chainTabOrder({m_revisionsIncluded, add, remove, m_revisionView});
    return page;
}

void ProjectEditor::addRevision()
{
    Revision revision;
    revision.requestedOn = m_session.today();
    m_revisions->appendRevision(revision);
    const QModelIndex description = m_revisions->index(m_revisions->rowCount() - 1, RevisionTableModel::Description);
    m_revisionView->setCurrentIndex(description);
    m_revisionView->edit(description);
}

void ProjectEditor::removeRevision()
{
    const QModelIndex index = m_revisionView->currentIndex();
    if (index.isValid())
        m_revisions->removeRevision(index.row());
}

void ProjectEditor::refreshRevisions(const QList<Finding> &findings)
{
    // Rounds counted as revisions_exceeded counts them; over the included
    // ones exactly when the engine raises it.
    const int rounds = revisionRoundsUsed(m_revisions->revisions(), m_session.today());
    const int included = m_revisionsIncluded->value();
    const QString counter = tr("%1 of %2 included rounds").arg(rounds).arg(included);
    if (hasFinding(findings, u"revisions_exceeded")) {
        showWarning(m_revisionCounter, counter + u' '
                                           + tr("— %1 over: bill further rounds as change orders.").arg(rounds - included));
    } else {
        m_revisionCounter->setPalette(QPalette());
        m_revisionCounter->setText(counter);
    }
}

} // namespace neuvo
