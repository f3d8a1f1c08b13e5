#include "projecteditor.h"

#include "projecteditorfields.h"
#include "core/domain/plural.h"
#include "recordtablemodel.h"
#include "ui/session.h"
#include "ui/widgets/datedelegate.h"
#include "ui/widgets/optionaldateedit.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

// The Contract tab of the project editor: deadline with its margin,
// guarantee, contract data and planned price changes.

using namespace Qt::StringLiterals;

namespace neuvo {

using namespace editorfields;

QWidget *ProjectEditor::createContractTab()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    auto *contractBox = new QGroupBox(tr("Deadline and contract"));
    auto *form = new QFormLayout(contractBox);

    m_deadline = new OptionalDateEdit(tr("Agreed"));
    m_deadline->setObjectName(u"deadlineEdit"_s);
    m_deadline->setDefaultDate(m_session.today().addDays(30));
    m_marginDays = spinBox(0, 365, tr(" days"));
    m_marginDays->setObjectName(u"marginDaysSpin"_s);
    m_ownDeadline = hintLabel();
    m_guarantee = spinBox(0, 100, u" %"_s);
    m_guarantee->setObjectName(u"guaranteeSpin"_s);
    m_contractNumber = new QLineEdit;
    m_contractNumber->setObjectName(u"contractNumberEdit"_s);
    m_contractDate = new OptionalDateEdit(tr("Signed"));
    m_contractDate->setDefaultDate(m_session.today());
    m_contractTerm = spinBox(0, 120, tr(" months"));
    m_contractTerm->setObjectName(u"contractTermSpin"_s);
    m_contractTerm->setSpecialValueText(tr("No fixed term"));

    form->addRow(tr("&Deadline:"), m_deadline);
    auto *marginRow = new QHBoxLayout;
    marginRow->addWidget(m_marginDays);
    marginRow->addWidget(m_ownDeadline, 1);
    addRow(form, tr("Internal &margin:"), marginRow, m_marginDays);
    auto *guaranteeRow = new QHBoxLayout;
    guaranteeRow->addWidget(m_guarantee);
    guaranteeRow->addWidget(hintLabel(tr("of a stage refunded if you miss the deadline")), 1);
    addRow(form, tr("&Guarantee:"), guaranteeRow, m_guarantee);
    form->addRow(tr("Contract &number:"), m_contractNumber);
    form->addRow(tr("Contract dat&e:"), m_contractDate);
    auto *termRow = new QHBoxLayout;
    termRow->addWidget(m_contractTerm);
    termRow->addStretch();
    addRow(form, tr("&Term:"), termRow, m_contractTerm);

    auto *changesBox = new QGroupBox(tr("Planned price changes"));
    auto *changesLayout = new QVBoxLayout(changesBox);
    changesLayout->addWidget(hintLabel(
        englishPlural(tr("Announce a new price at least %n day(s) before it takes effect; contract renewal is "
                         "the natural moment.", nullptr, m_profile.noticeDays),
                      m_profile.noticeDays)));
    m_priceChangeView = recordView(m_priceChanges, tr("Planned price changes"), u"priceChangeView"_s);
    auto *dates = new DateDelegate(m_session.today(), m_priceChangeView);
    m_priceChangeView->setItemDelegateForColumn(PriceChangeTableModel::EffectiveOn, dates);
    m_priceChangeView->setItemDelegateForColumn(PriceChangeTableModel::AnnouncedOn, dates);
    auto *add = new QPushButton(tr("&Add Price Change"));
    add->setObjectName(u"addPriceChangeButton"_s);
    auto *remove = new QPushButton(tr("Remove &Price Change"));
    connect(add, &QPushButton::clicked, this, &ProjectEditor::addPriceChange);
    connect(remove, &QPushButton::clicked, this, &ProjectEditor::removePriceChange);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    changesLayout->addLayout(buttons);
    changesLayout->addWidget(m_priceChangeView, 1);

    layout->addWidget(contractBox);
    layout->addWidget(changesBox, 1);
    chainTabOrder({m_deadline, m_marginDays, m_guarantee, m_contractNumber, m_contractDate, m_contractTerm, add,
                   remove, m_priceChangeView});
    return page;
}

void ProjectEditor::addPriceChange()
{
    PriceChange change;
    change.effectiveOn = m_session.today().addDays(qMax(m_profile.noticeDays, 30));
    if (const auto input = pricingInput())
        change.newPriceMinor = input->base.minor();
    m_priceChanges->appendPriceChange(change);
    const QModelIndex price = m_priceChanges->index(m_priceChanges->rowCount() - 1, PriceChangeTableModel::NewPrice);
    m_priceChangeView->setCurrentIndex(price);
    m_priceChangeView->edit(price);
}

void ProjectEditor::removePriceChange()
{
    const QModelIndex index = m_priceChangeView->currentIndex();
    if (index.isValid())
        m_priceChanges->removePriceChange(index.row());
}

void ProjectEditor::refreshContract()
{
    const QLocale locale;
    // The own deadline that leaves a margin for force majeure.
    const QDate deadline = m_deadline->date();
    m_marginDays->setEnabled(deadline.isValid());
    if (!deadline.isValid())
        m_ownDeadline->setText(tr("Set a deadline first."));
    else if (m_marginDays->value() == 0)
        m_ownDeadline->setText(tr("Promise deadlines with a margin for force majeure."));
    else
        m_ownDeadline->setText(tr("Your own deadline: %1")
                                   .arg(locale.toString(deadline.addDays(-m_marginDays->value()), QLocale::ShortFormat)));
}

} // namespace neuvo
