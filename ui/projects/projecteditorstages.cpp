#include "projecteditor.h"

#include "projecteditorfields.h"
#include "core/domain/stagepayment.h"
#include "core/domain/stageplan.h"
#include "recordtablemodel.h"
#include "ui/session.h"
#include "ui/widgets/confirmation.h"
#include "ui/widgets/datedelegate.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

// The Stages tab of the project editor: the payment stages, split equally or
// by a template, work started and payments recorded.

using namespace Qt::StringLiterals;

namespace neuvo {

using namespace editorfields;

QWidget *ProjectEditor::createStagesTab()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(hintLabel(tr("Full prepayment, in stages: the client pays a stage, you do that part, "
                                   "then the next stage is paid. Double-click a cell to edit it; Delete "
                                   "clears a date.")));

    m_stages->setToday(m_session.today());
    m_stageView = recordView(m_stages, tr("Payment stages"), u"stageView"_s);
    auto *dates = new DateDelegate(m_session.today(), m_stageView);
    for (int column : {StageTableModel::DueOn, StageTableModel::WorkStartedOn, StageTableModel::PaidOn})
        m_stageView->setItemDelegateForColumn(column, dates);
    m_stageView->horizontalHeader()->setSectionResizeMode(StageTableModel::Title, QHeaderView::Stretch);
    m_stageView->horizontalHeader()->setStretchLastSection(false);

    auto *add = new QPushButton(tr("&Add Stage"));
    add->setObjectName(u"addStageButton"_s);
    auto *remove = new QPushButton(tr("R&emove Stage"));
    remove->setObjectName(u"removeStageButton"_s);
    auto *up = iconButton(this, QStyle::SP_ArrowUp, tr("Move stage up"), u"stageUpButton"_s);
    auto *down = iconButton(this, QStyle::SP_ArrowDown, tr("Move stage down"), u"stageDownButton"_s);
    m_splitCount = spinBox(1, 24);
    m_splitCount->setObjectName(u"splitCountSpin"_s);
    m_splitCount->setValue(4);
    m_splitCount->setAccessibleName(tr("Number of equal stages"));
    auto *split = new QPushButton(tr("Split Eq&ually"));
    split->setObjectName(u"splitButton"_s);
    m_template = new QComboBox;
    m_template->setObjectName(u"templateCombo"_s);
    m_template->setAccessibleName(tr("Stage template"));
    for (auto t : {StagePlan::Template::Quarters, StagePlan::Template::Halves, StagePlan::Template::ThirtyFortyThirty})
        m_template->addItem(StagePlan::displayName(t), int(t));
    auto *apply = new QPushButton(tr("App&ly Template"));
    apply->setObjectName(u"applyTemplateButton"_s);
    connect(add, &QPushButton::clicked, this, &ProjectEditor::addStage);
    connect(remove, &QPushButton::clicked, this, &ProjectEditor::removeStage);
    connect(up, &QToolButton::clicked, this, [this] { moveStage(-1); });
    connect(down, &QToolButton::clicked, this, [this] { moveStage(+1); });
    connect(split, &QPushButton::clicked, this, &ProjectEditor::splitEqually);
    connect(apply, &QPushButton::clicked, this, &ProjectEditor::applyTemplate);

    auto *editRow = new QHBoxLayout;
    editRow->addWidget(add);
    editRow->addWidget(remove);
    editRow->addWidget(up);
    editRow->addWidget(down);
    editRow->addStretch();
    // Splitting gets a row of its own so that longer translations never
    // widen the dialog beyond the main window.
    auto *splitRow = new QHBoxLayout;
    auto *splitLabel = new QLabel(tr("Split the total &into"));
    splitLabel->setBuddy(m_splitCount);
    splitRow->addWidget(splitLabel);
    splitRow->addWidget(m_splitCount);
    splitRow->addWidget(split);
    splitRow->addSpacing(16);
    auto *templateLabel = new QLabel(tr("or use the &template"));
    templateLabel->setBuddy(m_template);
    splitRow->addWidget(templateLabel);
    splitRow->addWidget(m_template);
    splitRow->addWidget(apply);
    splitRow->addStretch();

    auto *started = new QPushButton(tr("Mark &Work Started"));
    started->setObjectName(u"markStartedButton"_s);
    started->setToolTip(tr("Records today as the day work on the selected stage started."));
    m_paymentDate = new QDateEdit(m_session.today());
    m_paymentDate->setObjectName(u"paymentDateEdit"_s);
    m_paymentDate->setCalendarPopup(true);
    m_paymentAmount = new QLineEdit;
    m_paymentAmount->setObjectName(u"paymentAmountEdit"_s);
    m_paymentAmount->setToolTip(tr("The full open amount by default; enter less for a partial payment."));
    m_paymentAmount->setMaximumWidth(m_paymentAmount->fontMetrics().horizontalAdvance(u"0"_s) * 16);
    m_recordPayment = new QPushButton(tr("Record &Payment"));
    auto *pay = m_recordPayment;
    pay->setObjectName(u"recordPaymentButton"_s);
    connect(started, &QPushButton::clicked, this, &ProjectEditor::markWorkStarted);
    connect(pay, &QPushButton::clicked, this, &ProjectEditor::recordPayment);
    connect(m_paymentAmount, &QLineEdit::returnPressed, this, &ProjectEditor::recordPayment);

    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(new QLabel(tr("Selected stage:")));
    auto *paidLabel = new QLabel(tr("paid o&n"));
    paidLabel->setBuddy(m_paymentDate);
    progressRow->addWidget(paidLabel);
    progressRow->addWidget(m_paymentDate);
    auto *amountLabel = new QLabel(tr("a&mount"));
    amountLabel->setBuddy(m_paymentAmount);
    progressRow->addWidget(amountLabel);
    progressRow->addWidget(m_paymentAmount);
    progressRow->addWidget(pay);
    progressRow->addSpacing(16);
    progressRow->addWidget(started);
    progressRow->addStretch();

    layout->addLayout(splitRow);
    layout->addLayout(editRow);
    layout->addWidget(m_stageView, 1);
    layout->addLayout(progressRow);
    connect(m_stageView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ProjectEditor::updatePaymentDefaults);
    chainTabOrder({m_splitCount, split, m_template, apply, add, remove, up, down, m_stageView, m_paymentDate,
                   m_paymentAmount, pay, started});
    return page;
}

int ProjectEditor::currentStageRow() const
{
    const QModelIndex index = m_stageView->currentIndex();
    return index.isValid() ? index.row() : -1;
}

void ProjectEditor::addStage()
{
    PaymentStage stage;
    stage.title = tr("Stage %1").arg(m_stages->rowCount() + 1);
    // A new stage takes what is still missing from the total, if anything.
    if (const auto input = pricingInput()) {
        const auto price = Pricing::compute(*input);
        const auto sum = m_stages->sumMinor();
        if (price && sum && *sum < price->total.minor())
            stage.amountMinor = price->total.minor() - *sum;
    }
    const int row = m_stages->rowCount();
    m_stages->insertStage(row, stage);
    m_stageView->setCurrentIndex(m_stages->index(row, StageTableModel::Title));
}

void ProjectEditor::removeStage()
{
    const int row = currentStageRow();
    if (row < 0)
        return;
    const PaymentStage &stage = m_stages->stage(row);
    if (stage.paidMinor > 0
        && !Confirmation::ask(this, tr("Remove Stage"),
                              tr("Stage %1 \"%2\" has %3 paid. Remove it with its payment record?")
                                  .arg(row + 1)
                                  .arg(stage.title, Money(stage.paidMinor, m_stages->currency()).format()),
                              tr("Remove Stage")))
        return;
    m_stages->removeStage(row);
}

void ProjectEditor::moveStage(int delta)
{
    const int row = currentStageRow();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= m_stages->rowCount())
        return;
    m_stages->moveStage(row, target);
    m_stageView->setCurrentIndex(m_stages->index(target, m_stageView->currentIndex().column()));
}

void ProjectEditor::replaceStages(const Result<QList<Money>> &amounts)
{
    if (!amounts) {
        showMessage(tr("Split: %1").arg(amounts.error()));
        return;
    }
    const auto stages = StagePayment::resplit(m_stages->stages(), *amounts);
    if (!stages) {
        showMessage(stages.error());
        return;
    }
    m_stages->setStages(*stages);
    m_stageView->resizeColumnsToContents();
    m_stageView->setCurrentIndex(m_stages->index(0, 0));
}

void ProjectEditor::splitEqually()
{
    const auto input = pricingInput();
    if (!input) {
        showMessage(input.error());
        return;
    }
    const auto price = Pricing::compute(*input);
    if (!price) {
        showMessage(tr("Price: %1").arg(price.error()));
        return;
    }
    replaceStages(StagePlan::splitEqual(price->total, m_splitCount->value()));
}

void ProjectEditor::applyTemplate()
{
    const auto input = pricingInput();
    if (!input) {
        showMessage(input.error());
        return;
    }
    const auto price = Pricing::compute(*input);
    if (!price) {
        showMessage(tr("Price: %1").arg(price.error()));
        return;
    }
    replaceStages(StagePlan::split(price->total, StagePlan::Template(m_template->currentData().toInt())));
}

void ProjectEditor::markWorkStarted()
{
    const int row = currentStageRow();
    if (row < 0) {
        showMessage(tr("Select the stage whose work started."));
        return;
    }
    const auto stage = StagePayment::startWork(m_stages->stage(row), row + 1, m_session.today());
    if (!stage) {
        showMessage(stage.error());
        return;
    }
    m_stages->setStage(row, *stage);
    if (const QString warning = StagePayment::prepaymentWarning(*stage, row + 1); !warning.isEmpty())
        showMessage(warning);
}

void ProjectEditor::recordPayment()
{
    const int row = currentStageRow();
    if (row < 0) {
        showMessage(tr("Select the stage that was paid."));
        return;
    }
    const QString currency = m_stages->currency();
    const auto amount = parseAmountField(m_paymentAmount, currency, tr("Payment amount"), std::nullopt);
    if (!amount) {
        showMessage(amount.error());
        return;
    }
    const auto stage = StagePayment::record(m_stages->stage(row), row + 1, amount->value_or(0),
                                            m_paymentDate->date(), currency);
    if (!stage) {
        showMessage(stage.error());
        return;
    }
    m_stages->setStage(row, *stage);
    const qint64 left = stage->amountMinor - stage->paidMinor;
    m_message->setPalette(QPalette());
    m_message->setText(left > 0 ? tr("Stage %1: partial payment recorded, %2 still open. Save to keep it.")
                                      .arg(row + 1)
                                      .arg(Money(left, currency).format())
                                : tr("Stage %1 is paid in full. Save to keep it.").arg(row + 1));
    m_message->show();
}

void ProjectEditor::updatePaymentDefaults()
{
    const int row = currentStageRow();
    const qint64 open = row >= 0 && row < m_stages->rowCount()
        ? m_stages->stage(row).amountMinor - m_stages->stage(row).paidMinor
        : 0;
    m_recordPayment->setEnabled(open > 0);
    m_paymentAmount->setEnabled(open > 0);
    m_paymentDate->setEnabled(open > 0);
    if (open > 0)
        m_paymentAmount->setText(Money(open, m_stages->currency()).formatNumber(QLocale()));
    else
        m_paymentAmount->clear();
}

} // namespace neuvo
