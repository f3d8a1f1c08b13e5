#pragma once

#include "core/documents/counteroffer.h"
#include "core/domain/domain.h"
#include "core/domain/pricing.h"
#include "core/domain/result.h"
#include "core/rules/redflags.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableView;
class QToolButton;

namespace neuvo {

class OptionalDateEdit;
class PriceChangeTableModel;
class RevisionTableModel;
class Session;
class StageTableModel;

// Edits one project with everything stored with it: scope and included
// items, the price with its explained lines, payment stages, revision
// rounds, contract data and planned price changes. A dialog (shown with
// open(), so it never blocks the event loop) because a project is edited as
// one unit: Save writes the project and all its children in one transaction
// and is refused while the stages do not sum to the total. Nothing is
// written before Save; closing with changes asks first.
class CounterOfferDialog;

class ProjectEditor final : public QDialog
{
    Q_OBJECT

public:
    enum Tab { OverviewTab, PricingTab, StagesTab, RevisionsTab, ContractTab };

    ProjectEditor(Session &session, Project project, QWidget *parent = nullptr);
    ~ProjectEditor() override;

    // A new project for the client, with the profile's defaults (currency,
    // NDA markup, included revisions, guarantee).
    static Project newProject(const Profile &profile, qint64 clientId);

    qint64 projectId() const { return m_original.id; }
    // The form as a project; the error names the field that does not parse.
    Result<Project> currentProject() const;
    bool hasChanges() const;
    // Empty while the stages sum to the total (or there are no stages).
    QString sumCheckText() const;
    QTabWidget *tabs() const { return m_tabs; }
    StageTableModel *stageModel() const { return m_stages; }
    RevisionTableModel *revisionModel() const { return m_revisions; }
    QTableView *stageView() const { return m_stageView; }
    QPushButton *clientAsksButton() const { return m_clientAsks; }
    // "The client asks for…": the article's answer to one ask about the
    // project as the form has it; its Apply changes the form (Save keeps
    // it, Cancel discards it). Opened window-modal; null when the form does
    // not parse (the message says why).
    CounterOfferDialog *openCounterOffer(CounterOffer::Ask ask);

public slots:
    // Saves; stays open with a message when the project cannot be stored.
    void accept() override;
    // Asks before dropping changes.
    void reject() override;

signals:
    void saved(qint64 projectId);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    QWidget *createOverviewTab();
    QWidget *createPricingTab();
    QWidget *createStagesTab();
    QWidget *createRevisionsTab();
    QWidget *createContractTab();
    QWidget *createFooter();
    void load(const Project &project);
    void connectLiveUpdates();

    // What the price fields say, or the error naming the field.
    Result<Pricing::Input> pricingInput() const;
    QString currentCurrency() const;
    // Recomputes every derived text (price lines, total, per-hour rate,
    // warnings, sum check, revision counter) and the Save state.
    void refresh();
    // What the red-flag engine finds about the project as the form has it
    // (RedFlagEngine::evaluateDraft); the hints show these, so the editor
    // and the dashboard never disagree. Empty while the form does not parse.
    QList<Finding> draftFindings() const;
    // The parts of refresh() that belong to one tab.
    void refreshPricing(const std::optional<PriceBreakdown> &price, const QString &problem,
                        const QList<Finding> &findings);
    void refreshRevisions(const QList<Finding> &findings);
    void refreshContract();
    void showMessage(const QString &text);

    void addIncludedItem();
    void removeIncludedItem();
    void moveIncludedItem(int delta);

    int currentStageRow() const;
    void addStage();
    void removeStage();
    void moveStage(int delta);
    void replaceStages(const Result<QList<Money>> &amounts);
    void splitEqually();
    void applyTemplate();
    void markWorkStarted();
    void recordPayment();
    void updatePaymentDefaults();

    Result<void> applyCounterOffer(const CounterOffer::Answer &answer);

    void addRevision();
    void removeRevision();
    void addPriceChange();
    void removePriceChange();

    Session &m_session;
    Project m_original;
    Profile m_profile;
    bool m_loading = false;

    QTabWidget *m_tabs = nullptr;

    // Overview
    QComboBox *m_client = nullptr;
    QLineEdit *m_title = nullptr;
    QComboBox *m_status = nullptr;
    OptionalDateEdit *m_deliveredOn = nullptr;
    QPlainTextEdit *m_scope = nullptr;
    QListWidget *m_items = nullptr;

    // Pricing
    QComboBox *m_currency = nullptr;
    QLineEdit *m_basePrice = nullptr;
    QCheckBox *m_nda = nullptr;
    QSpinBox *m_ndaMarkup = nullptr;
    QComboBox *m_discountKind = nullptr;
    QLineEdit *m_discountValue = nullptr;
    QLabel *m_discountUnit = nullptr;
    QLineEdit *m_discountReason = nullptr;
    QLineEdit *m_discountConcession = nullptr;
    QCheckBox *m_futureOrders = nullptr;
    QLabel *m_discountWarning = nullptr;
    QLineEdit *m_firstOffer = nullptr;
    QLabel *m_firstOfferHint = nullptr;
    QSpinBox *m_hours = nullptr;
    QLabel *m_perHour = nullptr;
    QLabel *m_priceLines = nullptr;
    QCheckBox *m_ownVatRate = nullptr;
    QLineEdit *m_vatRate = nullptr;
    QCheckBox *m_reverseCharge = nullptr;

    // Stages
    StageTableModel *m_stages = nullptr;
    QTableView *m_stageView = nullptr;
    QSpinBox *m_splitCount = nullptr;
    QComboBox *m_template = nullptr;
    QDateEdit *m_paymentDate = nullptr;
    QLineEdit *m_paymentAmount = nullptr;
    QPushButton *m_recordPayment = nullptr;

    // Revisions
    RevisionTableModel *m_revisions = nullptr;
    QTableView *m_revisionView = nullptr;
    QSpinBox *m_revisionsIncluded = nullptr;
    QLabel *m_revisionCounter = nullptr;

    // Contract and price changes
    OptionalDateEdit *m_deadline = nullptr;
    QSpinBox *m_marginDays = nullptr;
    QLabel *m_ownDeadline = nullptr;
    QSpinBox *m_guarantee = nullptr;
    QLineEdit *m_contractNumber = nullptr;
    OptionalDateEdit *m_contractDate = nullptr;
    QSpinBox *m_contractTerm = nullptr;
    PriceChangeTableModel *m_priceChanges = nullptr;
    QTableView *m_priceChangeView = nullptr;

    // Footer, on every tab
    QLabel *m_total = nullptr;
    QLabel *m_sumCheck = nullptr;
    QLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_clientAsks = nullptr;
};

} // namespace neuvo
