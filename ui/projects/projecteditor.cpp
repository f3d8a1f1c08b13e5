#include "projecteditor.h"
#include "ui/widgets/plaintext.h"

#include "ui/dialogs/documentdialog.h"

#include "core/domain/money.h"
#include "core/domain/newrecords.h"
#include "core/domain/plural.h"
#include "core/domain/stagepayment.h"
#include "core/domain/stageplan.h"
#include "core/storage/stores.h"
#include "ui/widgets/editorwidgets.h"
#include "recordtablemodel.h"
#include "ui/session.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace neuvo {

namespace {

// The currencies offered first; any ISO 4217 code can be typed.
const QStringList kCommonCurrencies = {u"EUR"_s, u"USD"_s, u"GBP"_s, u"SEK"_s, u"NOK"_s,
                                       u"DKK"_s, u"CHF"_s, u"RUB"_s, u"JPY"_s};

QToolButton *iconButton(QWidget *context, QStyle::StandardPixmap icon, const QString &name,
                        const QString &objectName)
{
    auto *button = new QToolButton;
    button->setIcon(context->style()->standardIcon(icon));
    button->setAccessibleName(name);
    button->setToolTip(name);
    button->setObjectName(objectName);
    return button;
}

QLabel *hintLabel(const QString &text = {})
{
    auto *label = plainLabel(text);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QTableView *recordView(QAbstractItemModel *model, const QString &accessibleName, const QString &objectName)
{
    auto *view = new QTableView;
    view->setModel(model);
    view->setAccessibleName(accessibleName);
    view->setObjectName(objectName);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                          | QAbstractItemView::AnyKeyPressed);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->setTabKeyNavigation(false); // Tab leaves the table, as in the rest of the form
    view->horizontalHeader()->setStretchLastSection(true);
    view->installEventFilter(new DateClearingFilter(view));
    return view;
}

QSpinBox *spinBox(int minimum, int maximum, const QString &suffix = {})
{
    auto *box = new QSpinBox;
    box->setRange(minimum, maximum);
    box->setSuffix(suffix);
    return box;
}

// An amount typed into a field, in the project's currency. Empty text is
// `empty` (0 for a price, nothing for an optional amount).
Result<std::optional<qint64>> parseAmountField(const QLineEdit *edit, const QString &currency,
                                               const QString &field, std::optional<qint64> empty)
{
    const QString text = edit->text().trimmed();
    if (text.isEmpty())
        return empty;
    auto money = Money::parseLocalized(text, currency, QLocale());
    if (!money)
        return fail(ProjectEditor::tr("%1: %2").arg(field, money.error()));
    return std::optional<qint64>(money->minor());
}

// Tab moves in the order the widgets are seen, which differs from the order
// they are created in where buttons sit above a table.
void chainTabOrder(std::initializer_list<QWidget *> widgets)
{
    QWidget *previous = nullptr;
    for (QWidget *widget : widgets) {
        if (previous)
            QWidget::setTabOrder(previous, widget);
        previous = widget;
    }
}

// Adds a form row whose field is a layout, with a label that focuses `buddy`.
void addRow(QFormLayout *form, const QString &text, QLayout *field, QWidget *buddy)
{
    auto *label = plainLabel(text);
    label->setBuddy(buddy);
    form->addRow(label, field);
}

} // namespace

ProjectEditor::ProjectEditor(Session &session, Project project, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_original(std::move(project))
    , m_stages(new StageTableModel(this))
    , m_revisions(new RevisionTableModel(this))
    , m_priceChanges(new PriceChangeTableModel(this))
{
    if (auto profile = ProfileStore(m_session.db()).load())
        m_profile = *profile;

    m_tabs = new QTabWidget;
    m_tabs->addTab(createOverviewTab(), tr("&Overview"));
    m_tabs->addTab(createPricingTab(), tr("P&ricing"));
    m_tabs->addTab(createStagesTab(), tr("&Stages"));
    m_tabs->addTab(createRevisionsTab(), tr("Re&visions"));
    m_tabs->addTab(createContractTab(), tr("&Contract && price changes"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(createFooter());

    load(m_original);
    connectLiveUpdates();
    refresh();
    resize(1000, 640);
}

ProjectEditor::~ProjectEditor()
{
    // Hiding the dialog commits an open cell editor into its model, whose
    // signals must not reach this half-destroyed editor.
    for (QObject *model : std::initializer_list<QObject *>{m_stages, m_revisions, m_priceChanges})
        model->disconnect(this);
}

Project ProjectEditor::newProject(const Profile &profile, qint64 clientId)
{
    return NewRecords::project(profile, clientId);
}

// ------------------------------------------------------------ building the tabs

QWidget *ProjectEditor::createOverviewTab()
{
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);

    m_client = new QComboBox;
    m_client->setObjectName(u"clientCombo"_s);
    if (auto clients = ClientStore(m_session.db()).list()) {
        std::sort(clients->begin(), clients->end(), [](const Client &a, const Client &b) {
            return QString::localeAwareCompare(a.name, b.name) < 0;
        });
        for (const Client &c : *clients)
            m_client->addItem(c.company.isEmpty() ? c.name : tr("%1 (%2)").arg(c.name, c.company), c.id);
    }
    m_title = new QLineEdit;
    m_title->setObjectName(u"titleEdit"_s);
    m_title->setPlaceholderText(tr("e.g. Landing page copy"));
    m_status = new QComboBox;
    m_status->setObjectName(u"statusCombo"_s);
    for (ProjectStatus status : allValues<ProjectStatus>())
        m_status->addItem(displayName(status), int(status));
    m_deliveredOn = new OptionalDateEdit(tr("Delivered"));
    m_deliveredOn->setDefaultDate(m_session.today());
    m_scope = new QPlainTextEdit;
    m_scope->setObjectName(u"scopeEdit"_s);
    m_scope->setTabChangesFocus(true);
    m_scope->setPlaceholderText(tr("What is delivered, in the client's words and yours"));
    m_scope->setMinimumHeight(m_scope->fontMetrics().lineSpacing() * 4);

    m_items = new QListWidget;
    m_items->setObjectName(u"includedItemsList"_s);
    m_items->setAccessibleName(tr("Included items"));
    m_items->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::SelectedClicked);
    auto *addItem = new QPushButton(tr("Add It&em"));
    addItem->setObjectName(u"addItemButton"_s);
    auto *removeItem = new QPushButton(tr("Remove Item"));
    auto *itemUp = iconButton(this, QStyle::SP_ArrowUp, tr("Move item up"), u"itemUpButton"_s);
    auto *itemDown = iconButton(this, QStyle::SP_ArrowDown, tr("Move item down"), u"itemDownButton"_s);
    connect(addItem, &QPushButton::clicked, this, &ProjectEditor::addIncludedItem);
    connect(removeItem, &QPushButton::clicked, this, &ProjectEditor::removeIncludedItem);
    connect(itemUp, &QToolButton::clicked, this, [this] { moveIncludedItem(-1); });
    connect(itemDown, &QToolButton::clicked, this, [this] { moveIncludedItem(+1); });
    auto *itemButtons = new QVBoxLayout;
    itemButtons->addWidget(addItem);
    itemButtons->addWidget(removeItem);
    auto *upDown = new QHBoxLayout;
    upDown->addWidget(itemUp);
    upDown->addWidget(itemDown);
    upDown->addStretch();
    itemButtons->addLayout(upDown);
    itemButtons->addStretch();
    auto *items = new QHBoxLayout;
    items->addWidget(m_items, 1);
    items->addLayout(itemButtons);

    form->addRow(tr("C&lient:"), m_client);
    form->addRow(tr("&Title:"), m_title);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status);
    statusRow->addSpacing(12);
    statusRow->addWidget(m_deliveredOn);
    statusRow->addStretch();
    addRow(form, tr("St&atus:"), statusRow, m_status);
    form->addRow(tr("Sco&pe:"), m_scope);
    addRow(form, tr("&Included items:"), items, m_items);
    form->addRow(QString(), hintLabel(tr("List what the price includes (audience analysis, structure, "
                                         "writing, proofreading …): a visible breakdown makes a high price "
                                         "acceptable and closes the expectation gap.")));
    return page;
}

QWidget *ProjectEditor::createPricingTab()
{
    auto *page = new QWidget;

    auto *priceBox = new QGroupBox(tr("Price"));
    auto *priceForm = new QFormLayout(priceBox);
    m_currency = new QComboBox;
    m_currency->setObjectName(u"currencyCombo"_s);
    m_currency->setEditable(true);
    m_currency->addItems(kCommonCurrencies);
    m_currency->setToolTip(tr("ISO 4217 code, e.g. EUR"));
    m_basePrice = new QLineEdit;
    m_basePrice->setObjectName(u"basePriceEdit"_s);
    m_basePrice->setToolTip(tr("Name your own price; don't ask for the client's budget."));
    m_nda = new QCheckBox(tr("&NDA: no portfolio use"));
    m_nda->setObjectName(u"ndaCheck"_s);
    m_ndaMarkup = spinBox(0, 1000, u" %"_s);
    m_ndaMarkup->setObjectName(u"ndaMarkupSpin"_s);
    m_ndaMarkup->setPrefix(u"+"_s);
    m_ndaMarkup->setAccessibleName(tr("NDA surcharge"));
    m_ndaMarkup->setToolTip(tr("An NDA costs you portfolio use, so it is paid for: +20–40 %."));
    m_firstOffer = new QLineEdit;
    m_firstOffer->setObjectName(u"firstOfferEdit"_s);
    m_firstOffer->setPlaceholderText(tr("the first figure the client named, if any"));
    m_firstOfferHint = hintLabel();
    m_firstOfferHint->setObjectName(u"firstOfferHint"_s);
    m_hours = spinBox(0, 100000, tr(" h"));
    m_hours->setObjectName(u"hoursSpin"_s);
    m_perHour = hintLabel();
    m_perHour->setObjectName(u"pricePerHourLabel"_s);

    priceForm->addRow(tr("C&urrency:"), m_currency);
    priceForm->addRow(tr("&Base price:"), m_basePrice);
    auto *ndaRow = new QHBoxLayout;
    ndaRow->addWidget(m_nda);
    ndaRow->addWidget(m_ndaMarkup);
    ndaRow->addStretch();
    addRow(priceForm, tr("Surcharge:"), ndaRow, m_nda);
    priceForm->addRow(tr("Client's &first offer:"), m_firstOffer);
    auto *hoursRow = new QHBoxLayout;
    hoursRow->addWidget(m_hours);
    hoursRow->addStretch();
    addRow(priceForm, tr("Estimated &hours:"), hoursRow, m_hours);

    auto *discountBox = new QGroupBox(tr("Discount"));
    // Word-wrapped warnings sit in a box layout: QFormLayout sizes them for
    // the wrong width and pads them with empty lines.
    auto *discountLayout = new QVBoxLayout(discountBox);
    auto *discountForm = new QFormLayout;
    discountForm->setContentsMargins(0, 0, 0, 0);
    m_discountKind = new QComboBox;
    m_discountKind->setObjectName(u"discountKindCombo"_s);
    for (DiscountKind kind : allValues<DiscountKind>())
        m_discountKind->addItem(displayName(kind), int(kind));
    m_discountValue = new QLineEdit;
    m_discountValue->setObjectName(u"discountValueEdit"_s);
    m_discountValue->setAccessibleName(tr("Discount value"));
    m_discountUnit = plainLabel();
    m_discountReason = new QLineEdit;
    m_discountReason->setObjectName(u"discountReasonEdit"_s);
    m_discountConcession = new QLineEdit;
    m_discountConcession->setObjectName(u"discountConcessionEdit"_s);
    m_discountConcession->setPlaceholderText(tr("e.g. deadline moved by two weeks, smaller scope"));
    m_futureOrders = new QCheckBox(tr("Given for &promised future orders"));
    m_futureOrders->setObjectName(u"futureOrdersCheck"_s);
    m_discountWarning = hintLabel();
    m_discountWarning->setObjectName(u"discountWarningLabel"_s);
    m_discountWarning->hide();
    auto *discountRow = new QHBoxLayout;
    discountRow->addWidget(m_discountKind);
    discountRow->addWidget(m_discountValue, 1);
    discountRow->addWidget(m_discountUnit);
    addRow(discountForm, tr("&Discount:"), discountRow, m_discountKind);
    discountForm->addRow(tr("Re&ason:"), m_discountReason);
    discountForm->addRow(tr("Counter-concess&ion:"), m_discountConcession);
    discountForm->addRow(QString(), m_futureOrders);
    discountLayout->addLayout(discountForm);
    discountLayout->addWidget(m_discountWarning);

    // VAT on this project's invoices: the profile's rate unless it has one
    // of its own, or none at all with reverse charge.
    auto *vatBox = new QGroupBox(tr("VAT on invoices"));
    auto *vatForm = new QFormLayout(vatBox);
    m_ownVatRate = new QCheckBox(tr("Own &VAT rate:"));
    m_ownVatRate->setObjectName(u"ownVatRateCheck"_s);
    m_vatRate = new QLineEdit;
    m_vatRate->setObjectName(u"vatRateEdit"_s);
    m_vatRate->setAccessibleName(tr("VAT rate of the project"));
    m_vatRate->setPlaceholderText(tr("e.g. 14"));
    m_vatRate->setToolTip(tr("A percentage with at most one decimal, used instead of the rate in Preferences."));
    auto *rateRow = new QHBoxLayout;
    rateRow->addWidget(m_ownVatRate);
    rateRow->addWidget(m_vatRate);
    rateRow->addWidget(plainLabel(u"%"_s));
    rateRow->addStretch();
    vatForm->addRow(rateRow);
    m_reverseCharge = new QCheckBox(tr("Reverse char&ge: the buyer accounts for the VAT"));
    m_reverseCharge->setObjectName(u"reverseChargeCheck"_s);
    m_reverseCharge->setToolTip(tr("For a business client in another EU country; its VAT ID goes on the invoice."));
    vatForm->addRow(m_reverseCharge);
    connect(m_ownVatRate, &QCheckBox::toggled, m_vatRate, &QWidget::setEnabled);
    m_vatRate->setEnabled(false);

    auto *breakdownBox = new QGroupBox(tr("Price breakdown"));
    auto *breakdownLayout = new QVBoxLayout(breakdownBox);
    m_priceLines = new QLabel;
    m_priceLines->setObjectName(u"priceLinesLabel"_s);
    m_priceLines->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_priceLines->setWordWrap(true);
    breakdownLayout->addWidget(m_priceLines);

    auto *checksBox = new QGroupBox(tr("What the numbers say"));
    auto *checksLayout = new QVBoxLayout(checksBox);
    checksLayout->addWidget(m_perHour);
    checksLayout->addWidget(m_firstOfferHint);

    auto *left = new QVBoxLayout;
    left->addWidget(priceBox);
    left->addWidget(discountBox);
    left->addWidget(vatBox);
    left->addStretch();
    auto *right = new QVBoxLayout;
    right->addWidget(breakdownBox);
    right->addWidget(checksBox);
    right->addStretch();
    auto *layout = new QHBoxLayout(page);
    layout->addLayout(left, 3);
    layout->addLayout(right, 2);
    return page;
}

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
    layout->addWidget(hintLabel(tr("Fixes of your own errors are free. Out-of-scope changes are extra work: "
                                   "give them a charge (a change order) and they do not use up a round.")));

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

QWidget *ProjectEditor::createFooter()
{
    auto *footer = new QWidget;
    auto *layout = new QVBoxLayout(footer);
    layout->setContentsMargins(0, 0, 0, 0);
    m_total = plainLabel();
    m_total->setObjectName(u"totalLabel"_s);
    m_total->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_total->font();
    bold.setBold(true);
    m_total->setFont(bold);
    m_sumCheck = hintLabel();
    m_sumCheck->setObjectName(u"sumCheckLabel"_s);
    m_sumCheck->hide();
    auto *totals = new QHBoxLayout;
    totals->addWidget(m_total);
    totals->addSpacing(16);
    totals->addWidget(m_sumCheck, 1);
    m_message = hintLabel();
    m_message->setObjectName(u"messageLabel"_s);
    m_message->hide();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    m_save = m_buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(u"saveButton"_s);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ProjectEditor::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ProjectEditor::reject);
    // Documents are printed from what is stored: only a saved project, and
    // the editor says so when it has unsaved changes.
    QPushButton *documents = m_buttons->addButton(tr("Print / Export…"), QDialogButtonBox::ActionRole);
    documents->setObjectName(u"documentsButton"_s);
    documents->setEnabled(m_original.id > 0);
    documents->setToolTip(m_original.id > 0 ? tr("Contract, quote or stage invoice as print or PDF")
                                            : tr("Save the project first"));
    connect(documents, &QPushButton::clicked, this, [this] {
        if (hasChanges()) {
            m_message->setText(tr("Save your changes first: documents are printed from the stored project."));
            m_message->show();
            return;
        }
        auto *dialog = new DocumentDialog(m_session, m_original.id, DocumentKind::Contract, 0, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    layout->addLayout(totals);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    return footer;
}

// ------------------------------------------------------------ load and collect

void ProjectEditor::load(const Project &p)
{
    m_loading = true;
    setWindowTitle(p.id == 0 ? tr("New Project") : tr("Project – %1").arg(p.title));
    int client = m_client->findData(p.clientId);
    if (client < 0) {
        // A client the list does not have (deleted meanwhile): keep the link visible.
        m_client->addItem(tr("Client #%1").arg(p.clientId), p.clientId);
        client = m_client->count() - 1;
    }
    m_client->setCurrentIndex(client);
    m_title->setText(p.title);
    m_status->setCurrentIndex(m_status->findData(int(p.status)));
    m_deliveredOn->setDate(p.deliveredOn);
    m_scope->setPlainText(p.scope);
    m_items->clear();
    for (const QString &item : p.includedItems) {
        auto *row = new QListWidgetItem(item, m_items);
        row->setFlags(row->flags() | Qt::ItemIsEditable);
    }

    if (m_currency->findText(p.currency) < 0)
        m_currency->addItem(p.currency);
    m_currency->setCurrentText(p.currency);
    const QLocale locale;
    m_basePrice->setText(p.basePrice().formatNumber(locale));
    m_nda->setChecked(p.nda);
    m_ndaMarkup->setValue(p.ndaMarkupPercent);
    m_discountKind->setCurrentIndex(m_discountKind->findData(int(p.discountKind)));
    switch (p.discountKind) {
    case DiscountKind::None: m_discountValue->clear(); break;
    case DiscountKind::Amount: m_discountValue->setText(p.money(p.discountValue).formatNumber(locale)); break;
    case DiscountKind::Percent: m_discountValue->setText(locale.toString(p.discountValue)); break;
    }
    m_discountReason->setText(p.discountReason);
    m_discountConcession->setText(p.discountConcession);
    m_futureOrders->setChecked(p.discountForFutureOrders);
    m_firstOffer->setText(p.firstOfferMinor ? p.money(*p.firstOfferMinor).formatNumber(locale) : QString());
    m_hours->setValue(p.estimatedHours);
    m_ownVatRate->setChecked(p.vatRateTenths.has_value());
    m_vatRate->setText(p.vatRateTenths ? VatRate::number(*p.vatRateTenths, locale) : QString());
    m_reverseCharge->setChecked(p.reverseCharge);

    m_stages->setCurrency(p.currency);
    m_stages->setStages(p.stages);
    m_revisions->setCurrency(p.currency);
    m_revisions->setRevisions(p.revisions);
    m_revisionsIncluded->setValue(p.revisionsIncluded);

    m_deadline->setDate(p.deadline);
    m_marginDays->setValue(p.internalMarginDays);
    m_guarantee->setValue(p.guaranteePercent);
    m_contractNumber->setText(p.contractNumber);
    m_contractDate->setDate(p.contractDate);
    m_contractTerm->setValue(p.contractTermMonths);
    m_priceChanges->setCurrency(p.currency);
    m_priceChanges->setPriceChanges(p.priceChanges);
    m_loading = false;

    for (QTableView *view : {m_stageView, m_revisionView, m_priceChangeView})
        view->resizeColumnsToContents();
    if (m_stages->rowCount() > 0)
        m_stageView->setCurrentIndex(m_stages->index(0, 0));
    updatePaymentDefaults();
}

void ProjectEditor::connectLiveUpdates()
{
    const auto update = [this] { refresh(); };
    for (QLineEdit *edit : {m_title, m_basePrice, m_discountValue, m_discountReason, m_discountConcession,
                            m_firstOffer, m_contractNumber, m_vatRate})
        connect(edit, &QLineEdit::textChanged, this, update);
    for (QCheckBox *box : {m_nda, m_futureOrders, m_ownVatRate, m_reverseCharge})
        connect(box, &QCheckBox::toggled, this, update);
    for (QSpinBox *box : {m_ndaMarkup, m_hours, m_revisionsIncluded, m_marginDays, m_guarantee, m_contractTerm})
        connect(box, &QSpinBox::valueChanged, this, update);
    for (QComboBox *combo : {m_client, m_status, m_discountKind})
        connect(combo, &QComboBox::currentIndexChanged, this, update);
    connect(m_currency, &QComboBox::currentTextChanged, this, update);
    for (OptionalDateEdit *date : {m_deliveredOn, m_deadline, m_contractDate})
        connect(date, &OptionalDateEdit::dateChanged, this, update);
    connect(m_scope, &QPlainTextEdit::textChanged, this, update);
    connect(m_items->model(), &QAbstractItemModel::dataChanged, this, update);
    connect(m_items->model(), &QAbstractItemModel::rowsRemoved, this, update);
    connect(m_items->model(), &QAbstractItemModel::rowsMoved, this, update);
    for (RecordTableModel *model : std::initializer_list<RecordTableModel *>{m_stages, m_revisions, m_priceChanges}) {
        connect(model, &RecordTableModel::recordsChanged, this, update);
        connect(model, &RecordTableModel::inputRejected, this, &ProjectEditor::showMessage);
    }
    connect(m_stages, &RecordTableModel::recordsChanged, this, &ProjectEditor::updatePaymentDefaults);
}

QString ProjectEditor::currentCurrency() const
{
    return m_currency->currentText().trimmed().toUpper();
}

Result<Pricing::Input> ProjectEditor::pricingInput() const
{
    const QString currency = currentCurrency();
    if (!Money::isCurrencyCode(currency))
        return fail(tr("Currency: \"%1\" is not a three-letter ISO 4217 code such as EUR.").arg(currency));
    Pricing::Input input;
    auto base = parseAmountField(m_basePrice, currency, tr("Base price"), 0);
    if (!base)
        return Error{base.error()};
    input.base = Money(base->value_or(0), currency);
    input.nda = m_nda->isChecked();
    input.ndaMarkupPercent = m_ndaMarkup->value();
    input.discountKind = DiscountKind(m_discountKind->currentData().toInt());
    switch (input.discountKind) {
    case DiscountKind::None:
        break;
    case DiscountKind::Amount: {
        auto amount = parseAmountField(m_discountValue, currency, tr("Discount"), 0);
        if (!amount)
            return Error{amount.error()};
        input.discountValue = amount->value_or(0);
        break;
    }
    case DiscountKind::Percent: {
        const QString text = m_discountValue->text().trimmed().remove(u'%').trimmed();
        bool ok = text.isEmpty();
        const int percent = ok ? 0 : QLocale().toInt(text, &ok);
        if (!ok || percent < 0 || percent > 100)
            return fail(tr("Discount: \"%1\" is not a whole percent from 0 to 100.").arg(m_discountValue->text()));
        input.discountValue = percent;
        break;
    }
    }
    return input;
}

Result<Project> ProjectEditor::currentProject() const
{
    auto pricing = pricingInput();
    if (!pricing)
        return Error{pricing.error()};
    Project p = m_original;
    p.clientId = m_client->currentData().toLongLong();
    p.title = m_title->text().trimmed();
    p.status = ProjectStatus(m_status->currentData().toInt());
    p.deliveredOn = m_deliveredOn->date();
    p.scope = m_scope->toPlainText().trimmed();
    p.includedItems.clear();
    for (int row = 0; row < m_items->count(); ++row) {
        const QString item = m_items->item(row)->text().trimmed();
        if (!item.isEmpty())
            p.includedItems.append(item);
    }
    p.currency = pricing->base.currency();
    p.basePriceMinor = pricing->base.minor();
    p.nda = pricing->nda;
    p.ndaMarkupPercent = pricing->ndaMarkupPercent;
    p.discountKind = pricing->discountKind;
    p.discountValue = pricing->discountValue;
    p.discountReason = m_discountReason->text().trimmed();
    p.discountConcession = m_discountConcession->text().trimmed();
    p.discountForFutureOrders = m_futureOrders->isChecked();
    auto offer = parseAmountField(m_firstOffer, p.currency, tr("Client's first offer"), std::nullopt);
    if (!offer)
        return Error{offer.error()};
    p.firstOfferMinor = *offer;
    p.estimatedHours = m_hours->value();
    p.stages = m_stages->stages();
    p.revisions = m_revisions->revisions();
    p.revisionsIncluded = m_revisionsIncluded->value();
    p.deadline = m_deadline->date();
    p.internalMarginDays = m_marginDays->value();
    p.guaranteePercent = m_guarantee->value();
    p.contractNumber = m_contractNumber->text().trimmed();
    p.contractDate = m_contractDate->date();
    p.contractTermMonths = m_contractTerm->value();
    p.priceChanges = m_priceChanges->priceChanges();
    p.vatRateTenths.reset();
    if (m_ownVatRate->isChecked()) {
        const auto rate = VatRate::parse(m_vatRate->text());
        if (!rate)
            return fail(tr("VAT rate: %1").arg(rate.error()));
        p.vatRateTenths = *rate;
    }
    p.reverseCharge = m_reverseCharge->isChecked();
    return p;
}

bool ProjectEditor::hasChanges() const
{
    const auto current = currentProject();
    return !current || *current != m_original;
}

// ------------------------------------------------------------ live figures

QString ProjectEditor::sumCheckText() const
{
    if (m_stages->rowCount() == 0)
        return {};
    const auto input = pricingInput();
    if (!input)
        return {};
    const auto price = Pricing::compute(*input);
    const auto sum = m_stages->sumMinor();
    if (!price || !sum)
        return tr("Stages: the amounts are too large to add up.");
    const QLocale locale;
    const Money total = price->total;
    const Money stages(*sum, total.currency());
    if (*sum == total.minor())
        return {};
    if (*sum < total.minor()) {
        return tr("Stages sum to %1, %2 less than the total %3.")
            .arg(stages.format(locale), Money(total.minor() - *sum, total.currency()).format(locale),
                 total.format(locale));
    }
    return tr("Stages sum to %1, %2 more than the total %3.")
        .arg(stages.format(locale), Money(*sum - total.minor(), total.currency()).format(locale),
             total.format(locale));
}

void ProjectEditor::refresh()
{
    if (m_loading)
        return;
    const QLocale locale;
    const QString currency = currentCurrency();
    if (Money::isCurrencyCode(currency)) {
        m_stages->setCurrency(currency);
        m_revisions->setCurrency(currency);
        m_priceChanges->setCurrency(currency);
    }
    const auto kind = DiscountKind(m_discountKind->currentData().toInt());
    for (QWidget *field : std::initializer_list<QWidget *>{m_discountValue, m_discountReason, m_discountConcession,
                                                           m_futureOrders})
        field->setEnabled(kind != DiscountKind::None);
    m_discountUnit->setText(kind == DiscountKind::Percent ? u"%"_s : currency);
    m_ndaMarkup->setEnabled(m_nda->isChecked());

    QString problem;
    std::optional<PriceBreakdown> price;
    if (const auto input = pricingInput(); !input) {
        problem = input.error();
    } else if (auto computed = Pricing::compute(*input); !computed) {
        problem = tr("Price: %1").arg(computed.error());
    } else {
        price = *computed;
    }

    if (price) {
        QStringList lines;
        for (const PriceLine &line : price->lines)
            lines << line.text(locale).toHtmlEscaped();
        lines.last() = u"<b>"_s + lines.last() + u"</b>"_s;
        m_priceLines->setText(tr("Amounts in %1").arg(currency).toHtmlEscaped() + u"<br><br>"_s
                              + lines.join(u"<br>"_s));
        m_total->setText(tr("Total: %1").arg(price->total.format(locale)));
    } else {
        m_priceLines->setText(problem.toHtmlEscaped());
        m_total->setText(tr("Total: —"));
    }

    // Discount: the article gives one only for a counter-concession.
    QString discountWarning;
    if (kind != DiscountKind::None) {
        if (m_futureOrders->isChecked()) {
            discountWarning = tr("A discount for promised future orders: experienced freelancers never do this. Give a "
                                 "discount only for a counter-concession (a longer deadline, a smaller scope) "
                                 "or less work. Neuvo flags it.");
        } else if (m_discountConcession->text().trimmed().isEmpty()) {
            discountWarning = tr("No counter-concession: give a discount only in exchange for something, such as "
                                 "a longer deadline or a smaller scope, and record it here.");
        }
    }
    showWarning(m_discountWarning, discountWarning);

    // The client's first offer against the price (devalues_work at ≤ 50 %).
    m_firstOfferHint->clear();
    m_firstOfferHint->setPalette(QPalette());
    if (price && price->total.minor() > 0) {
        if (auto offer = parseAmountField(m_firstOffer, currency, tr("Client's first offer"), std::nullopt);
            offer && offer->has_value() && **offer > 0) {
            const qint64 percent = qRound64(100.0 * double(**offer) / double(price->total.minor()));
            const QString text = tr("The first offer is %1 % of your total.").arg(locale.toString(percent));
            if (**offer * 2 <= price->total.minor())
                showWarning(m_firstOfferHint, text + u' '
                                                  + tr("At most half: the client devalues the work (a red flag)."));
            else
                m_firstOfferHint->setText(text);
        }
    }

    // Price per hour against the floor rate (same currency only, as the engine).
    const int hours = m_hours->value();
    m_perHour->setPalette(QPalette());
    if (!price || hours <= 0) {
        m_perHour->setText(tr("Enter the estimated hours to see the price per hour."));
    } else {
        const Money perHour(price->total.minor() / hours, currency);
        QString text = tr("Price per hour: %1").arg(perHour.format(locale));
        const Money floor = m_profile.floorRate();
        if (m_profile.floorRateMinor > 0 && floor.currency() == currency) {
            qint64 floorTotal = 0;
            const bool overflow = __builtin_mul_overflow(m_profile.floorRateMinor, qint64(hours), &floorTotal);
            if (!overflow && price->total.minor() < floorTotal)
                showWarning(m_perHour, text + u' ' + tr("— below your floor rate of %1.").arg(floor.format(locale)));
            else
                m_perHour->setText(text + u' ' + tr("(your floor rate: %1)").arg(floor.format(locale)));
        } else if (m_profile.floorRateMinor > 0) {
            // No exchange rates in Neuvo: a guessed comparison would mislead.
            m_perHour->setText(text + u' '
                               + tr("(your floor rate is in %1, so it is not compared)").arg(floor.currency()));
        } else {
            m_perHour->setText(text);
        }
    }

    // Revision rounds, counted as revisions_exceeded counts them.
    const int rounds = m_revisions->roundsUsed(m_session.today());
    const int included = m_revisionsIncluded->value();
    const QString counter = tr("%1 of %2 included rounds").arg(rounds).arg(included);
    if (rounds > included) {
        showWarning(m_revisionCounter, counter + u' '
                                           + tr("— %1 over: bill further rounds as change orders.").arg(rounds - included));
    } else {
        m_revisionCounter->setPalette(QPalette());
        m_revisionCounter->setText(counter);
    }

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

    const QString mismatch = sumCheckText();
    showWarning(m_sumCheck, mismatch);
    if (m_stages->rowCount() == 0 && price && price->total.minor() > 0) {
        m_sumCheck->setPalette(QPalette());
        m_sumCheck->setText(tr("No payment stages yet: split the total on the Stages tab."));
        m_sumCheck->show();
    }
    if (!problem.isEmpty())
        showWarning(m_message, problem);
    else
        m_message->hide();
    m_save->setEnabled(problem.isEmpty() && mismatch.isEmpty());
    m_save->setToolTip(!problem.isEmpty() ? problem : mismatch);
    m_session.disableIfReadOnly(m_save);
}

void ProjectEditor::showMessage(const QString &text)
{
    showWarning(m_message, text);
}

// ------------------------------------------------------------ included items

void ProjectEditor::addIncludedItem()
{
    auto *item = new QListWidgetItem(tr("New item"), m_items);
    item->setFlags(item->flags() | Qt::ItemIsEditable);
    m_items->setCurrentItem(item);
    m_items->editItem(item);
    refresh();
}

void ProjectEditor::removeIncludedItem()
{
    delete m_items->takeItem(m_items->currentRow());
}

void ProjectEditor::moveIncludedItem(int delta)
{
    const int row = m_items->currentRow();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= m_items->count())
        return;
    QListWidgetItem *item = m_items->takeItem(row);
    m_items->insertItem(target, item);
    m_items->setCurrentItem(item);
    refresh();
}

// ------------------------------------------------------------ stages

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

// ------------------------------------------------------------ revisions and price changes

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

// ------------------------------------------------------------ save and close

void ProjectEditor::accept()
{
    if (m_session.isReadOnly()) {
        showMessage(m_session.readOnlyToolTip());
        return;
    }
    auto project = currentProject();
    if (!project) {
        showMessage(project.error());
        return;
    }
    if (const QString mismatch = sumCheckText(); !mismatch.isEmpty()) {
        showMessage(tr("Not saved: %1").arg(mismatch));
        m_tabs->setCurrentIndex(StagesTab);
        return;
    }
    if (const auto valid = ProjectStore::validate(*project); !valid) {
        showMessage(tr("Not saved: %1").arg(valid.error()));
        return;
    }
    ProjectStore store(m_session.db());
    const auto stored = project->id == 0 ? store.create(*project) : store.update(*project);
    if (!stored) {
        // Everything typed stays in the form.
        showMessage(tr("Not saved: %1").arg(stored.error()));
        return;
    }
    m_original = *project;
    m_session.notifyChanged();
    emit saved(m_original.id);
    QDialog::accept();
}

void ProjectEditor::keyPressEvent(QKeyEvent *event)
{
    // Return finishes a cell edit, a list item or records a payment there;
    // only from the plain form fields does it press Save.
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        const QWidget *focus = QApplication::focusWidget();
        for (const QWidget *area : std::initializer_list<const QWidget *>{
                 m_stageView, m_revisionView, m_priceChangeView, m_items, m_paymentAmount}) {
            if (focus && (focus == area || area->isAncestorOf(focus))) {
                event->accept();
                return;
            }
        }
    }
    QDialog::keyPressEvent(event);
}

void ProjectEditor::reject()
{
    if (hasChanges()
        && !Confirmation::ask(this, tr("Discard Changes"),
                              tr("Discard the changes to \"%1\"?")
                                  .arg(m_title->text().trimmed().isEmpty() ? tr("New Project") : m_title->text().trimmed()),
                              tr("Discard")))
        return;
    QDialog::reject();
}

} // namespace neuvo
