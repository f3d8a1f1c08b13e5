#include "projecteditor.h"

#include "counterofferdialog.h"
#include "projecteditorfields.h"
#include "recordtablemodel.h"
#include "core/domain/money.h"
#include "core/domain/newrecords.h"
#include "core/storage/stores.h"
#include "ui/dialogs/documentdialog.h"
#include "ui/session.h"
#include "ui/widgets/confirmation.h"
#include "ui/widgets/optionaldateedit.h"
#include "ui/widgets/plaintext.h"
#include "ui/widgets/stalesave.h"
#include "ui/widgets/warning.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace neuvo {

using namespace editorfields;

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
    // The moment a client pushes back: the article's answer from this
    // project's figures, one menu entry per ask.
    m_clientAsks = m_buttons->addButton(tr("The Client &Asks For…"), QDialogButtonBox::ActionRole);
    m_clientAsks->setObjectName(u"clientAsksButton"_s);
    m_clientAsks->setToolTip(tr("An answer from this project's figures when the client asks for payment after the "
                                "work, a discount, an NDA, a rush or a budget"));
    auto *asks = new QMenu(m_clientAsks);
    asks->setObjectName(u"clientAsksMenu"_s);
    for (const QString &id : CounterOffer::askIds()) {
        const auto ask = *CounterOffer::askFromId(id);
        QAction *action = asks->addAction(CounterOfferDialog::askLabel(ask) + u'…');
        action->setObjectName(u"ask_"_s + id);
        connect(action, &QAction::triggered, this, [this, ask] { openCounterOffer(ask); });
    }
    m_clientAsks->setMenu(asks);
    layout->addLayout(totals);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    return footer;
}

// ------------------------------------------------------------ counter-offers

CounterOfferDialog *ProjectEditor::openCounterOffer(CounterOffer::Ask ask)
{
    const auto project = currentProject();
    if (!project) {
        showMessage(project.error());
        return nullptr;
    }
    QString recipient;
    if (const auto client = ClientStore(m_session.db()).get(project->clientId))
        recipient = client->email.trimmed();
    auto *dialog = new CounterOfferDialog(*project, m_profile, m_session.today(), recipient, ask,
                                          [this](const CounterOffer::Answer &a) { return applyCounterOffer(a); }, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

Result<void> ProjectEditor::applyCounterOffer(const CounterOffer::Answer &answer)
{
    if (m_session.isReadOnly())
        return fail(m_session.readOnlyToolTip());
    switch (answer.ask) {
    case CounterOffer::Ask::Postpay: {
        // Through the same checks as the CLI's --apply: a stage with work or
        // a payment recorded keeps its amount, so the plan is refused.
        const auto stages = CounterOffer::applyPostpay(m_stages->stages(), answer, currentCurrency());
        if (!stages)
            return Error{stages.error()};
        m_stages->setStages(*stages);
        m_stageView->resizeColumnsToContents();
        m_tabs->setCurrentIndex(StagesTab);
        showMessage(tr("Applied: %n prepaid stage(s) in place of the old plan. Save keeps them, Cancel discards "
                       "them.",
                       nullptr, int(stages->size())));
        return {};
    }
    case CounterOffer::Ask::Rush:
        if (!answer.honestDeadline.isValid())
            return fail(tr("The answer has no deadline to apply."));
        m_deadline->setDate(answer.honestDeadline);
        m_tabs->setCurrentIndex(ContractTab);
        showMessage(tr("Applied: the deadline is now %1. Save keeps it, Cancel discards it.")
                        .arg(QLocale().toString(answer.honestDeadline, QLocale::ShortFormat)));
        return {};
    case CounterOffer::Ask::Discount:
    case CounterOffer::Ask::Nda:
    case CounterOffer::Ask::Budget:
        break;
    }
    return fail(tr("This answer does not change the project."));
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
    m_stages->setProjectStatus(p.status);
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
    const QString currency = currentCurrency();
    if (Money::isCurrencyCode(currency)) {
        m_stages->setCurrency(currency);
        m_revisions->setCurrency(currency);
        m_priceChanges->setCurrency(currency);
    }

    QString problem;
    std::optional<PriceBreakdown> price;
    if (const auto input = pricingInput(); !input) {
        problem = input.error();
    } else if (auto computed = Pricing::compute(*input); !computed) {
        problem = tr("Price: %1").arg(computed.error());
    } else {
        price = *computed;
    }
    const QLocale locale;
    m_total->setText(price ? tr("Total: %1").arg(price->total.format(locale)) : tr("Total: —"));
    m_stages->setProjectStatus(ProjectStatus(m_status->currentData().toInt()));

    const QList<Finding> findings = draftFindings();
    refreshPricing(price, problem, findings);
    refreshRevisions(findings);
    refreshContract();

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

QList<Finding> ProjectEditor::draftFindings() const
{
    const auto draft = currentProject();
    if (!draft)
        return {};
    return RedFlagEngine::evaluateDraft(m_session.facts(), *draft, m_session.today());
}

void ProjectEditor::showMessage(const QString &text)
{
    showWarning(m_message, text);
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
        // Saved by someone else since the editor loaded it: reload, or
        // keep everything typed in the form so it can be copied.
        const auto current = project->id == 0 ? Result<Project>(fail(QString())) : store.get(project->id);
        if (current && current->rowVersion.value != m_original.rowVersion.value
            && StaleSave::ask(this, stored.error(), m_original.title) == StaleSave::Answer::Reload) {
            m_original = *current;
            load(m_original);
            refresh();
            showMessage(QString());
            return;
        }
        // Everything typed stays in the form.
        showMessage(tr("Not saved: %1").arg(stored.error()));
        return;
    }
    // A project given to another client changes both.
    const qint64 previousClient = m_original.clientId != project->clientId ? m_original.clientId : 0;
    m_original = *project;
    m_session.notifyClientChanged(m_original.clientId, previousClient);
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
