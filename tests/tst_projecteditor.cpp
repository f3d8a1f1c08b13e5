#include "core/storage/database.h"
#include "core/storage/stores.h"
#include "ui/clients/clienttablemodel.h"
#include "ui/widgets/confirmation.h"
#include "ui/widgets/warning.h"
#include "ui/mainwindow.h"
#include "core/domain/pricing.h"
#include "core/exchange/demodata.h"
#include "ui/projects/counterofferdialog.h"
#include "ui/projects/projecteditor.h"
#include "ui/projects/projectspage.h"
#include "ui/projects/projecttablemodel.h"
#include "ui/projects/recordtablemodel.h"
#include "ui/session.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QMenu>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace neuvo;
using namespace Qt::StringLiterals;

class TestProjectEditor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void newProjectWithNda_totalIncludesMarkup_splitIntoFourAndSave();
    void markStagePaid_fullAndPartial_storedOnSave();
    void stageSumMismatch_blocksSavingWithMessage();
    void discountForFutureOrders_showsWarning();
    void discountWithConcession_noWarning();
    void revisionCounter_countsRoundsLikeTheEngine();
    void belowFloorRate_warns();
    void saveError_keepsEditorOpenWithInput();
    void cancelWithChanges_asksFirst();
    void newProject_usesProfileDefaults();
    void noClients_newProjectDisabledWithExplanation();
    void deleteProject_asksAndUndoRestores();
    void mainWindow_openProjectShowsEditorAndUndoRestores();
    void filter_narrowsByTextAndStatus();
    void stageModel_passesModelTester();
    void revisionAndPriceChangeModels_passModelTester();
    void projectModel_passesModelTester();
    void clientAsksPostpay_appliedToTheFormAndSaved();
    void clientAsksPostpay_cancelLeavesTheDatabaseUnchanged();
    void clientAsksPostpay_refusedWhenAStageIsPaid();
    void clientAsksRush_setsTheHonestDeadline();
    void openedFromTheList_savesEveryFieldBack();

private:
    qint64 addClient(const QString &name);
    // A stored project: 1 000.00 EUR base, no NDA, four stages of 250.00.
    qint64 addProject(qint64 clientId, const QString &title, int stages = 4,
                      ProjectStatus status = ProjectStatus::Agreed);
    ProjectEditor *openEditor(qint64 projectId);
    // The demo data; returns a project with a deadline after today whose
    // stages have no payment or work recorded (paid = false), or one with a
    // paid stage (paid = true).
    Project demoProject(bool paid);
    CounterOfferDialog *ask(ProjectEditor *editor, const QString &id);
    template<typename T>
    static T *child(QWidget *parent, const QString &name)
    {
        auto *widget = parent->findChild<T *>(name);
        if (!widget)
            qWarning("no child %s", qPrintable(name));
        return widget;
    }
    static void typeInto(QLineEdit *edit, const QString &text)
    {
        edit->setFocus();
        edit->selectAll();
        QTest::keyClicks(edit, text);
    }
    static QString eur(qint64 minor) { return Money(minor, u"EUR"_s).format(); }

    const QDate m_today{2024, 3, 15};
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<ProjectsPage> m_page;
};

void TestProjectEditor::init()
{
    m_dir.reset(new QTemporaryDir);
    m_db.reset(new Database);
    QVERIFY(m_db->open(m_dir->filePath(u"projects.sqlite"_s)).ok());
    m_session.reset(new Session(*m_db));
    m_session->setToday(m_today);
    m_page.reset(new ProjectsPage(*m_session));
    m_page->resize(900, 500);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestProjectEditor::cleanup()
{
    m_page.reset(); // closes and deletes its editor
    m_session.reset();
    m_db.reset();
    m_dir.reset();
}

qint64 TestProjectEditor::addClient(const QString &name)
{
    Client c;
    c.name = name;
    if (!ClientStore(*m_db).create(c).ok())
        return 0;
    m_session->notifyChanged();
    return c.id;
}

qint64 TestProjectEditor::addProject(qint64 clientId, const QString &title, int stages, ProjectStatus status)
{
    Project p;
    p.clientId = clientId;
    p.title = title;
    p.status = status;
    p.basePriceMinor = 100000;
    for (int i = 0; i < stages; ++i) {
        PaymentStage s;
        s.title = u"Stage %1"_s.arg(i + 1);
        s.amountMinor = 100000 / stages;
        s.dueOn = m_today.addDays(7 * (i + 1));
        p.stages.append(s);
    }
    if (!ProjectStore(*m_db).create(p).ok())
        return 0;
    m_session->notifyChanged();
    return p.id;
}

ProjectEditor *TestProjectEditor::openEditor(qint64 projectId)
{
    m_page->openProject(projectId);
    ProjectEditor *editor = m_page->editor();
    if (editor && !QTest::qWaitForWindowExposed(editor))
        return nullptr;
    return editor;
}

void TestProjectEditor::newProjectWithNda_totalIncludesMarkup_splitIntoFourAndSave()
{
    const qint64 clientId = addClient(u"Mikko Häkkinen"_s);
    QVERIFY(m_page->newButton()->isEnabled());
    QTest::mouseClick(m_page->newButton(), Qt::LeftButton);
    ProjectEditor *editor = m_page->editor();
    QVERIFY(editor);
    QVERIFY(QTest::qWaitForWindowExposed(editor));
    QCOMPARE(editor->projectId(), 0);

    QTest::keyClicks(child<QLineEdit>(editor, u"titleEdit"_s), u"Landing page"_s);
    editor->tabs()->setCurrentIndex(ProjectEditor::PricingTab);
    typeInto(child<QLineEdit>(editor, u"basePriceEdit"_s), u"1000"_s);
    auto *total = child<QLabel>(editor, u"totalLabel"_s);
    QVERIFY2(total->text().contains(eur(100000)), qPrintable(total->text()));

    auto *nda = child<QCheckBox>(editor, u"ndaCheck"_s);
    QTest::mouseClick(nda, Qt::LeftButton, {}, QPoint(8, nda->height() / 2));
    QVERIFY(nda->isChecked());
    QCOMPARE(child<QSpinBox>(editor, u"ndaMarkupSpin"_s)->value(), 30); // the profile's default
    QVERIFY2(total->text().contains(eur(130000)), qPrintable(total->text()));
    const QString lines = child<QLabel>(editor, u"priceLinesLabel"_s)->text();
    QVERIFY2(lines.contains(u"NDA surcharge 30 %: +300.00"_s), qPrintable(lines));

    // No stages yet: saving is allowed but the page nudges towards stages.
    QVERIFY(editor->sumCheckText().isEmpty());

    editor->tabs()->setCurrentIndex(ProjectEditor::StagesTab);
    auto *count = child<QSpinBox>(editor, u"splitCountSpin"_s);
    count->setFocus();
    count->selectAll();
    QTest::keyClicks(count, u"4"_s);
    QCOMPARE(count->value(), 4);
    QTest::mouseClick(child<QPushButton>(editor, u"splitButton"_s), Qt::LeftButton);
    QCOMPARE(editor->stageModel()->rowCount(), 4);
    QVERIFY(editor->sumCheckText().isEmpty());

    auto *save = child<QPushButton>(editor, u"saveButton"_s);
    QVERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_VERIFY(!m_page->editor());

    auto projects = ProjectStore(*m_db).listForClient(clientId);
    QVERIFY(projects.ok());
    QCOMPARE(projects->size(), 1);
    const Project &p = projects->constFirst();
    QCOMPARE(p.title, u"Landing page"_s);
    QVERIFY(p.nda);
    QCOMPARE(p.ndaMarkupPercent, 30);
    QCOMPARE(p.basePriceMinor, 100000);
    QCOMPARE(p.stages.size(), 4);
    qint64 sum = 0;
    for (const PaymentStage &s : p.stages) {
        QCOMPARE(s.amountMinor, 32500);
        sum += s.amountMinor;
    }
    QCOMPARE(sum, Pricing::compute(p)->total.minor());
    QCOMPARE(sum, 130000);
    // The page lists it and selects it.
    QCOMPARE(m_page->view()->model()->rowCount(), 1);
    QCOMPARE(m_page->currentProjectId(), p.id);
}

void TestProjectEditor::markStagePaid_fullAndPartial_storedOnSave()
{
    const qint64 id = addProject(addClient(u"Anna"_s), u"Brochure"_s);
    ProjectEditor *editor = openEditor(id);
    QVERIFY(editor);
    editor->tabs()->setCurrentIndex(ProjectEditor::StagesTab);
    QTableView *view = editor->stageView();

    // Stage 1 paid in full: the amount field defaults to what is open.
    view->setCurrentIndex(editor->stageModel()->index(0, StageTableModel::Title));
    auto *amount = child<QLineEdit>(editor, u"paymentAmountEdit"_s);
    QCOMPARE(amount->text(), Money(25000, u"EUR"_s).formatNumber());
    QTest::mouseClick(child<QPushButton>(editor, u"recordPaymentButton"_s), Qt::LeftButton);
    // Stage 2 partly: 100.00 of 250.00.
    view->setCurrentIndex(editor->stageModel()->index(1, StageTableModel::Title));
    typeInto(amount, u"100"_s);
    QTest::keyClick(amount, Qt::Key_Return);
    QVERIFY2(child<QLabel>(editor, u"messageLabel"_s)->text().contains(u"still open"_s),
             qPrintable(child<QLabel>(editor, u"messageLabel"_s)->text()));
    // More than is open is refused.
    typeInto(amount, u"500"_s);
    QTest::mouseClick(child<QPushButton>(editor, u"recordPaymentButton"_s), Qt::LeftButton);
    QVERIFY(child<QLabel>(editor, u"messageLabel"_s)->text().contains(u"more than"_s));
    QCOMPARE(editor->stageModel()->stage(1).paidMinor, 10000);
    // Nothing is written before Save.
    QCOMPARE(ProjectStore(*m_db).get(id)->stages.at(0).paidMinor, 0);

    QTest::mouseClick(child<QPushButton>(editor, u"saveButton"_s), Qt::LeftButton);
    QTRY_VERIFY(!m_page->editor());
    const auto stored = ProjectStore(*m_db).get(id);
    QVERIFY(stored.ok());
    QCOMPARE(stored->stages.at(0).paidMinor, 25000);
    QCOMPARE(stored->stages.at(0).paidOn, m_today);
    QVERIFY(stored->stages.at(0).isFullyPaid());
    QCOMPARE(stored->stages.at(1).paidMinor, 10000);
    QVERIFY(!stored->stages.at(1).isFullyPaid());
    QCOMPARE(stored->stages.at(2).paidMinor, 0);
}

void TestProjectEditor::stageSumMismatch_blocksSavingWithMessage()
{
    const qint64 id = addProject(addClient(u"Oleg"_s), u"Catalogue"_s);
    const Project before = *ProjectStore(*m_db).get(id);
    ProjectEditor *editor = openEditor(id);
    QVERIFY(editor);
    editor->tabs()->setCurrentIndex(ProjectEditor::StagesTab);
    QTableView *view = editor->stageView();

    // Type 150 over stage 2's 250.00 in the table cell.
    const QModelIndex cell = editor->stageModel()->index(1, StageTableModel::Amount);
    view->setFocus();
    view->setCurrentIndex(cell);
    view->edit(cell);
    auto *cellEditor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(cellEditor);
    cellEditor->selectAll();
    QTest::keyClicks(cellEditor, u"150"_s);
    QTest::keyClick(cellEditor, Qt::Key_Return);
    QTRY_COMPARE(editor->stageModel()->stage(1).amountMinor, 15000); // the delegate commits queued
    QVERIFY(editor->isVisible()); // Return in a cell does not press Save

    const QString expected = u"Stages sum to %1, %2 less than the total %3."_s.arg(eur(90000), eur(10000), eur(100000));
    QCOMPARE(editor->sumCheckText(), expected);
    auto *sumLabel = child<QLabel>(editor, u"sumCheckLabel"_s);
    QVERIFY(sumLabel->isVisible());
    QCOMPARE(sumLabel->text(), expected);
    auto *save = child<QPushButton>(editor, u"saveButton"_s);
    QVERIFY(!save->isEnabled());

    // Ctrl+Return / a forced accept is refused with the same message.
    editor->accept();
    QVERIFY(editor->isVisible());
    QVERIFY(child<QLabel>(editor, u"messageLabel"_s)->text().contains(expected));
    QCOMPARE(*ProjectStore(*m_db).get(id), before);

    // Adding a stage proposes exactly the missing 100.00 and unblocks Save.
    QTest::mouseClick(child<QPushButton>(editor, u"addStageButton"_s), Qt::LeftButton);
    QCOMPARE(editor->stageModel()->stage(4).amountMinor, 10000);
    QVERIFY(editor->sumCheckText().isEmpty());
    QVERIFY(!sumLabel->isVisible());
    QVERIFY(save->isEnabled());

    // An amount that does not parse names the stage and the field.
    QVERIFY(!editor->stageModel()->setData(editor->stageModel()->index(0, StageTableModel::Amount), u"12x"_s));
    QVERIFY(child<QLabel>(editor, u"messageLabel"_s)->text().startsWith(u"Stage 1, amount:"_s));
}

void TestProjectEditor::discountForFutureOrders_showsWarning()
{
    const qint64 id = addProject(addClient(u"Big Promises Ltd"_s), u"Web copy"_s, 0);
    ProjectEditor *editor = openEditor(id);
    QVERIFY(editor);
    editor->tabs()->setCurrentIndex(ProjectEditor::PricingTab);
    auto *warning = child<QLabel>(editor, u"discountWarningLabel"_s);
    QVERIFY(!warning->isVisible());

    auto *kind = child<QComboBox>(editor, u"discountKindCombo"_s);
    kind->setFocus();
    kind->setCurrentIndex(kind->findData(int(DiscountKind::Percent)));
    typeInto(child<QLineEdit>(editor, u"discountValueEdit"_s), u"10"_s);
    QTest::keyClicks(child<QLineEdit>(editor, u"discountConcessionEdit"_s), u"none really"_s);
    QVERIFY(!warning->isVisible());
    auto *future = child<QCheckBox>(editor, u"futureOrdersCheck"_s);
    QTest::mouseClick(future, Qt::LeftButton, {}, QPoint(8, future->height() / 2));
    QVERIFY(future->isChecked());
    QVERIFY(warning->isVisible());
    QVERIFY2(warning->text().contains(u"future orders"_s), qPrintable(warning->text()));
    QVERIFY(warning->text().contains(u"counter-concession"_s));
    QVERIFY(child<QLabel>(editor, u"totalLabel"_s)->text().contains(eur(90000)));
}

void TestProjectEditor::discountWithConcession_noWarning()
{
    const qint64 id = addProject(addClient(u"Fair Oy"_s), u"Second text"_s, 0);
    ProjectEditor *editor = openEditor(id);
    QVERIFY(editor);
    auto *kind = child<QComboBox>(editor, u"discountKindCombo"_s);
    kind->setCurrentIndex(kind->findData(int(DiscountKind::Amount)));
    typeInto(child<QLineEdit>(editor, u"discountValueEdit"_s), u"400"_s);
    auto *warning = child<QLabel>(editor, u"discountWarningLabel"_s);
    editor->tabs()->setCurrentIndex(ProjectEditor::PricingTab);
    QVERIFY(warning->isVisible()); // no concession yet
    QVERIFY(warning->text().contains(u"counter-concession"_s));
    QTest::keyClicks(child<QLineEdit>(editor, u"discountConcessionEdit"_s), u"same structure as the first text"_s);
    QVERIFY(!warning->isVisible());
    QVERIFY(child<QLabel>(editor, u"totalLabel"_s)->text().contains(eur(60000)));
}

void TestProjectEditor::revisionCounter_countsRoundsLikeTheEngine()
{
    const qint64 id = addProject(addClient(u"Picky"_s), u"Logo texts"_s, 0);
    for (int i = 0; i < 3; ++i) {
        Revision r;
        r.projectId = id;
        r.requestedOn = m_today.addDays(-10 + i);
        r.description = u"round %1"_s.arg(i + 1);
        QVERIFY(ProjectStore(*m_db).addRevision(r).ok());
    }
    Revision billed; // a billed change order is not an included round
    billed.projectId = id;
    billed.requestedOn = m_today.addDays(-1);
    billed.description = u"extra page"_s;
    billed.kind = RevisionKind::Change;
    billed.chargeMinor = 20000;
    QVERIFY(ProjectStore(*m_db).addRevision(billed).ok());
    m_session->notifyChanged();

    ProjectEditor *editor = openEditor(id);
    QVERIFY(editor);
    editor->tabs()->setCurrentIndex(ProjectEditor::RevisionsTab);
    auto *counter = child<QLabel>(editor, u"revisionCounterLabel"_s);
    QVERIFY2(counter->text().startsWith(u"3 of 2 included rounds"_s), qPrintable(counter->text()));
    QCOMPARE(counter->palette().color(QPalette::WindowText), warningColor(counter));
    // The engine agrees: revisions_exceeded with three rounds.
    bool flagged = false;
    for (const Finding &f : m_session->findings())
        flagged = flagged || (f.rule == u"revisions_exceeded"_s && f.projectId == id);
    QVERIFY(flagged);

    auto *included = child<QSpinBox>(editor, u"revisionsIncludedSpin"_s);
    included->setFocus();
    included->selectAll();
    QTest::keyClicks(included, u"3"_s);
    QCOMPARE(counter->text(), u"3 of 3 included rounds"_s);

    QTest::mouseClick(child<QPushButton>(editor, u"addRevisionButton"_s), Qt::LeftButton);
    QCOMPARE(editor->revisionModel()->rowCount(), 5);
    QVERIFY(counter->text().startsWith(u"4 of 3 included rounds"_s));
}

void TestProjectEditor::belowFloorRate_warns()
{
    Profile profile = *ProfileStore(*m_db).load();
    profile.floorRateMinor = 5000; // 50.00 EUR per hour
    QVERIFY(ProfileStore(*m_db).save(profile).ok());
    const qint64 id = addProject(addClient(u"Cheap"_s), u"Long job"_s);
    ProjectEditor *editor = openEditor(id);
    QVERIFY(editor);
    editor->tabs()->setCurrentIndex(ProjectEditor::PricingTab);
    auto *hours = child<QSpinBox>(editor, u"hoursSpin"_s);
    hours->setFocus();
    hours->selectAll();
    QTest::keyClicks(hours, u"40"_s); // 1 000.00 / 40 h = 25.00 per hour
    auto *perHour = child<QLabel>(editor, u"pricePerHourLabel"_s);
    QVERIFY2(perHour->text().contains(eur(2500)), qPrintable(perHour->text()));
    QVERIFY(perHour->text().contains(u"below your floor rate"_s));
    QCOMPARE(perHour->palette().color(QPalette::WindowText), warningColor(perHour));
    hours->selectAll();
    QTest::keyClicks(hours, u"10"_s);
    QVERIFY(!perHour->text().contains(u"below"_s));
}

void TestProjectEditor::saveError_keepsEditorOpenWithInput()
{
    addClient(u"Anna"_s);
    QTest::mouseClick(m_page->newButton(), Qt::LeftButton);
    ProjectEditor *editor = m_page->editor();
    QVERIFY(editor);
    typeInto(child<QLineEdit>(editor, u"basePriceEdit"_s), u"12,5x"_s);
    auto *message = child<QLabel>(editor, u"messageLabel"_s);
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().startsWith(u"Base price:"_s), qPrintable(message->text()));
    QVERIFY(!child<QPushButton>(editor, u"saveButton"_s)->isEnabled());

    typeInto(child<QLineEdit>(editor, u"basePriceEdit"_s), u"800"_s);
    editor->accept(); // no title
    QVERIFY(editor->isVisible());
    QVERIFY2(message->text().contains(u"Title"_s), qPrintable(message->text()));
    QCOMPARE(child<QLineEdit>(editor, u"basePriceEdit"_s)->text(), u"800"_s);
    QCOMPARE(ProjectStore(*m_db).list()->size(), 0);
}

void TestProjectEditor::cancelWithChanges_asksFirst()
{
    const qint64 id = addProject(addClient(u"Anna"_s), u"Brochure"_s);
    ProjectEditor *editor = openEditor(id);
    QVERIFY(editor);
    QVERIFY(!editor->hasChanges());
    QTest::keyClicks(child<QLineEdit>(editor, u"titleEdit"_s), u" v2"_s);
    QVERIFY(editor->hasChanges());
    Confirmation::setNextAnswer(false);
    editor->reject();
    QVERIFY(editor->isVisible());
    QVERIFY(Confirmation::lastQuestion().contains(u"Brochure v2"_s));
    Confirmation::setNextAnswer(true);
    editor->reject();
    QTRY_VERIFY(!m_page->editor());
    QCOMPARE(ProjectStore(*m_db).get(id)->title, u"Brochure"_s);
}

void TestProjectEditor::newProject_usesProfileDefaults()
{
    Profile profile = *ProfileStore(*m_db).load();
    profile.currency = u"SEK"_s;
    profile.ndaMarkupPercent = 25;
    profile.includedRevisions = 3;
    profile.guaranteePercent = 40;
    QVERIFY(ProfileStore(*m_db).save(profile).ok());
    const Project p = ProjectEditor::newProject(profile, 7);
    QCOMPARE(p.clientId, 7);
    QCOMPARE(p.currency, u"SEK"_s);
    QCOMPARE(p.ndaMarkupPercent, 25);
    QCOMPARE(p.revisionsIncluded, 3);
    QCOMPARE(p.guaranteePercent, 40);

    addClient(u"Svensson"_s);
    QTest::mouseClick(m_page->newButton(), Qt::LeftButton);
    ProjectEditor *editor = m_page->editor();
    QVERIFY(editor);
    QCOMPARE(child<QComboBox>(editor, u"currencyCombo"_s)->currentText(), u"SEK"_s);
    QCOMPARE(child<QSpinBox>(editor, u"guaranteeSpin"_s)->value(), 40);
    QVERIFY(!editor->hasChanges()); // untouched defaults are no changes
}

void TestProjectEditor::noClients_newProjectDisabledWithExplanation()
{
    QVERIFY(!m_page->newButton()->isEnabled());
    QVERIFY(m_page->newButton()->toolTip().contains(u"client"_s));
    QVERIFY(m_page->emptyStateText().contains(u"add your first client"_s));
    addClient(u"Anna"_s);
    QVERIFY(m_page->newButton()->isEnabled());
    QVERIFY(m_page->emptyStateText().contains(u"New Project"_s));
}

void TestProjectEditor::deleteProject_asksAndUndoRestores()
{
    const qint64 clientId = addClient(u"Anna"_s);
    const qint64 keep = addProject(clientId, u"Keep me"_s);
    const qint64 doomed = addProject(clientId, u"Delete me"_s);
    const Project before = *ProjectStore(*m_db).get(doomed);
    m_page->selectProject(doomed);
    QCOMPARE(m_page->currentProjectId(), doomed);
    auto *deleteButton = m_page->findChild<QPushButton *>(u"deleteProjectButton"_s);

    Confirmation::setNextAnswer(false);
    QTest::mouseClick(deleteButton, Qt::LeftButton);
    QVERIFY2(Confirmation::lastQuestion().contains(u"Delete me"_s), qPrintable(Confirmation::lastQuestion()));
    QVERIFY(Confirmation::lastQuestion().contains(u"payment stages: 4"_s));
    QVERIFY(ProjectStore(*m_db).get(doomed).ok());

    Confirmation::setNextAnswer(true);
    QTest::mouseClick(deleteButton, Qt::LeftButton);
    QVERIFY(!ProjectStore(*m_db).get(doomed).ok());
    QCOMPARE(m_page->view()->model()->rowCount(), 1);
    QVERIFY(m_session->canUndoDeletion());

    QVERIFY(m_session->undoLastDeletion().isEmpty());
    const auto restored = ProjectStore(*m_db).get(doomed);
    QVERIFY(restored.ok());
    QCOMPARE(*restored, before);
    QVERIFY(ProjectStore(*m_db).get(keep).ok());
    QCOMPARE(m_page->view()->model()->rowCount(), 2);
}

void TestProjectEditor::mainWindow_openProjectShowsEditorAndUndoRestores()
{
    const qint64 id = addProject(addClient(u"Anna"_s), u"Brochure"_s);
    m_page.reset(); // the window brings its own page and session
    m_session.reset();
    m_db.reset();
    auto db = std::make_unique<Database>();
    QVERIFY(db->open(m_dir->filePath(u"projects.sqlite"_s)).ok());
    MainWindow window(std::move(db));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.openProject(id);
    QCOMPARE(window.currentPage(), MainWindow::ProjectsView);
    auto *page = window.findChild<ProjectsPage *>();
    QVERIFY(page);
    QTRY_VERIFY(page->editor());
    QCOMPARE(page->editor()->projectId(), id);
    page->editor()->reject(); // unchanged: closes without asking
    QTRY_VERIFY(!page->editor());

    Confirmation::setNextAnswer(true);
    page->selectProject(id);
    page->deleteCurrentProject();
    QCOMPARE(page->view()->model()->rowCount(), 0);
    QAction *undo = nullptr;
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->shortcut() == QKeySequence(QKeySequence::Undo))
            undo = action;
    }
    QVERIFY(undo);
    QVERIFY(undo->isEnabled());
    QVERIFY2(undo->text().contains(u"Brochure"_s), qPrintable(undo->text()));
    undo->trigger(); // Edit → Undo
    QCOMPARE(page->view()->model()->rowCount(), 1);
    QCOMPARE(ProjectStore(window.session().db()).get(id)->title, u"Brochure"_s);
}

void TestProjectEditor::filter_narrowsByTextAndStatus()
{
    const qint64 anna = addClient(u"Anna Berg"_s);
    const qint64 oleg = addClient(u"Oleg"_s);
    addProject(anna, u"Brochure"_s, 4, ProjectStatus::InProgress);
    addProject(anna, u"Catalogue"_s, 4, ProjectStatus::Closed);
    addProject(oleg, u"Website"_s, 4, ProjectStatus::Lead);
    QAbstractItemModel *model = m_page->view()->model();
    QCOMPARE(model->rowCount(), 3);
    QTest::keyClicks(m_page->filterEdit(), u"ann"_s);
    QCOMPARE(model->rowCount(), 2);
    auto *status = m_page->statusFilter();
    status->setCurrentIndex(status->findData(int(ProjectFilterModel::OpenStatuses)));
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, ProjectTableModel::Title).data().toString(), u"Brochure"_s);
    m_page->filterEdit()->clear();
    status->setCurrentIndex(status->findData(int(ProjectStatus::Lead)));
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, ProjectTableModel::ClientName).data().toString(), u"Oleg"_s);
    QTest::keyClicks(m_page->filterEdit(), u"zzz"_s);
    QCOMPARE(model->rowCount(), 0);
    QVERIFY(m_page->emptyStateText().contains(u"filter"_s));

    // Sorting by total uses the amount, not the text.
    m_page->filterEdit()->clear();
    status->setCurrentIndex(0);
    QCOMPARE(model->index(0, ProjectTableModel::Total).data(SortRole).toLongLong(), 100000);
}

void TestProjectEditor::stageModel_passesModelTester()
{
    StageTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    PaymentStage a;
    a.title = u"A"_s;
    a.amountMinor = 100;
    PaymentStage b = a;
    b.title = u"B"_s;
    PaymentStage c = a;
    c.title = u"C"_s;
    model.setStages({a, b});
    model.insertStage(2, c);
    QCOMPARE(model.rowCount(), 3);
    model.moveStage(0, 2);
    QCOMPARE(model.stage(2).title, u"A"_s);
    model.moveStage(2, 0);
    QCOMPARE(model.stage(0).title, u"A"_s);
    QVERIFY(model.setData(model.index(1, StageTableModel::Amount), u"2.50"_s));
    QCOMPARE(model.stage(1).amountMinor, 250);
    QVERIFY(model.setData(model.index(1, StageTableModel::DueOn), QDate(2024, 5, 1)));
    QVERIFY(model.setData(model.index(1, StageTableModel::DueOn), QDate()));
    QVERIFY(!model.stage(1).dueOn.isValid());
    QCOMPARE(*model.sumMinor(), 450);
    model.removeStage(0);
    QCOMPARE(model.rowCount(), 2);
    model.setCurrency(u"JPY"_s);
    model.setStages({});
    QCOMPARE(model.rowCount(), 0);
}

void TestProjectEditor::revisionAndPriceChangeModels_passModelTester()
{
    RevisionTableModel revisions;
    QAbstractItemModelTester revisionTester(&revisions, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Revision r;
    r.requestedOn = m_today;
    revisions.appendRevision(r);
    revisions.appendRevision(r);
    QVERIFY(revisions.setData(revisions.index(1, RevisionTableModel::Kind), u"change"_s));
    QCOMPARE(revisionRoundsUsed(revisions.revisions(), m_today), 1); // a change is never a round
    QVERIFY(revisions.setData(revisions.index(1, RevisionTableModel::Charge), u"50"_s));
    QCOMPARE(revisionRoundsUsed(revisions.revisions(), m_today), 1);
    QVERIFY(revisions.setData(revisions.index(0, RevisionTableModel::Kind), u"error"_s));
    QCOMPARE(revisions.revisions().at(0).kind, RevisionKind::Error);
    QCOMPARE(revisionRoundsUsed(revisions.revisions(), m_today), 0); // your own error is fixed free
    QVERIFY(!revisions.setData(revisions.index(0, RevisionTableModel::Kind), u"fix"_s)); // no longer a kind
    revisions.removeRevision(0);
    QCOMPARE(revisions.rowCount(), 1);

    PriceChangeTableModel changes;
    QAbstractItemModelTester changeTester(&changes, QAbstractItemModelTester::FailureReportingMode::QtTest);
    PriceChange pc;
    pc.effectiveOn = m_today.addMonths(2);
    changes.appendPriceChange(pc);
    QVERIFY(changes.setData(changes.index(0, PriceChangeTableModel::NewPrice), u"1200"_s));
    QCOMPARE(changes.priceChanges().at(0).newPriceMinor, 120000);
    QVERIFY(!changes.setData(changes.index(0, PriceChangeTableModel::NewPrice), u"-5"_s));
    changes.removePriceChange(0);
    QCOMPARE(changes.rowCount(), 0);
}

void TestProjectEditor::projectModel_passesModelTester()
{
    ProjectTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ProjectFilterModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const qint64 clientId = addClient(u"Anna"_s);
    addProject(clientId, u"One"_s);
    addProject(clientId, u"Two"_s, 2, ProjectStatus::Cancelled);
    model.setProjects(*ProjectStore(*m_db).list(), {{clientId, u"Anna"_s}});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, ProjectTableModel::ClientName).data().toString(), u"Anna"_s);
    QCOMPARE(model.index(0, ProjectTableModel::NextDue).data(SortRole).toLongLong(), m_today.addDays(7).toJulianDay());
    proxy.setStatusFilter(ProjectFilterModel::OpenStatuses);
    QCOMPARE(proxy.rowCount(), 1);
    proxy.sort(ProjectTableModel::Total, Qt::DescendingOrder);
    proxy.setStatusFilter(ProjectFilterModel::AllStatuses);
    QCOMPARE(proxy.rowCount(), 2);
    model.setProjects({}, {});
    QCOMPARE(model.rowCount(), 0);
}

Project TestProjectEditor::demoProject(bool paid)
{
    if (!DemoData::fill(*m_db, m_today).ok())
        return {};
    m_session->notifyChanged();
    for (const Project &p : *ProjectStore(*m_db).list()) {
        bool anyRecorded = false;
        for (const PaymentStage &s : p.stages)
            anyRecorded = anyRecorded || s.paidMinor > 0 || s.workStartedOn.isValid();
        if (paid && anyRecorded && p.deadline > m_today.addDays(7))
            return p;
        if (!paid && !anyRecorded && p.deadline > m_today.addDays(7) && p.estimatedHours > 0)
            return p;
    }
    return {};
}

CounterOfferDialog *TestProjectEditor::ask(ProjectEditor *editor, const QString &id)
{
    // The menu of the footer button, as a person picks from it.
    auto *action = editor->clientAsksButton()->menu()->findChild<QAction *>(u"ask_"_s + id);
    if (!action)
        return nullptr;
    action->trigger();
    auto *dialog = editor->findChild<CounterOfferDialog *>();
    if (dialog && !QTest::qWaitForWindowExposed(dialog))
        return nullptr;
    return dialog;
}

void TestProjectEditor::clientAsksPostpay_appliedToTheFormAndSaved()
{
    const Project before = demoProject(false);
    QVERIFY(before.id > 0);
    const qint64 total = Pricing::compute(before)->total.minor();
    ProjectEditor *editor = openEditor(before.id);
    QVERIFY(editor);
    QPointer<CounterOfferDialog> dialog = ask(editor, u"postpay"_s);
    QVERIFY(dialog);
    dialog->languageCombo()->setCurrentIndex(dialog->languageCombo()->findData(u"en"_s));
    QVERIFY2(dialog->textView()->toPlainText().contains(u"I only work with full prepayment"_s),
             qPrintable(dialog->textView()->toPlainText()));
    QVERIFY(dialog->applyButton()->isVisible());
    QVERIFY(dialog->applyButton()->isEnabled());
    QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
    QTRY_VERIFY(!dialog);

    // The form has the plan; nothing is stored yet.
    QCOMPARE(editor->stageModel()->rowCount(), 4);
    QCOMPARE(*editor->stageModel()->sumMinor(), total);
    QVERIFY(editor->sumCheckText().isEmpty());
    QCOMPARE(ProjectStore(*m_db).get(before.id)->stages, before.stages);

    QTest::mouseClick(child<QPushButton>(editor, u"saveButton"_s), Qt::LeftButton);
    QTRY_VERIFY(!m_page->editor());
    const auto stored = ProjectStore(*m_db).get(before.id);
    QVERIFY(stored);
    QCOMPARE(stored->stages.size(), 4);
    qint64 sum = 0;
    QDate previous;
    for (const PaymentStage &s : stored->stages) {
        sum += s.amountMinor;
        QCOMPARE(s.paidMinor, qint64(0));
        QVERIFY(s.dueOn >= m_today && s.dueOn < stored->deadline);
        QVERIFY(!previous.isValid() || s.dueOn > previous);
        previous = s.dueOn;
    }
    QCOMPARE(sum, total);
    QVERIFY(ProjectStore::validate(*stored).ok());
}

void TestProjectEditor::clientAsksPostpay_cancelLeavesTheDatabaseUnchanged()
{
    const Project before = demoProject(false);
    QVERIFY(before.id > 0);
    ProjectEditor *editor = openEditor(before.id);
    QVERIFY(editor);
    QPointer<CounterOfferDialog> dialog = ask(editor, u"postpay"_s);
    QVERIFY(dialog);
    QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
    QTRY_VERIFY(!dialog);
    QVERIFY(editor->hasChanges());
    Confirmation::setNextAnswer(true); // discard
    editor->reject();
    QTRY_VERIFY(!m_page->editor());
    QCOMPARE(*ProjectStore(*m_db).get(before.id), before);
}

void TestProjectEditor::clientAsksPostpay_refusedWhenAStageIsPaid()
{
    const Project before = demoProject(true);
    QVERIFY(before.id > 0);
    ProjectEditor *editor = openEditor(before.id);
    QVERIFY(editor);
    QPointer<CounterOfferDialog> dialog = ask(editor, u"postpay"_s);
    QVERIFY(dialog);
    QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
    // Refused: the dialog stays with the reason, the form keeps its stages.
    QVERIFY(dialog);
    QVERIFY2(dialog->statusLabel()->text().contains(u"already has work or a payment recorded"_s),
             qPrintable(dialog->statusLabel()->text()));
    QCOMPARE(dialog->statusLabel()->textFormat(), Qt::PlainText);
    QCOMPARE(editor->stageModel()->stages(), before.stages);
    dialog->reject();
    QVERIFY(!editor->hasChanges());
}

void TestProjectEditor::clientAsksRush_setsTheHonestDeadline()
{
    const Project before = demoProject(false);
    QVERIFY(before.id > 0);
    ProjectEditor *editor = openEditor(before.id);
    QVERIFY(editor);
    QPointer<CounterOfferDialog> dialog = ask(editor, u"rush"_s);
    QVERIFY(dialog);
    const auto answer = dialog->answer();
    QVERIFY2(answer, qPrintable(answer.error()));
    QVERIFY(answer->honestDeadline.isValid());
    // The demo project's deadline is not the honest one from 2024-03-15.
    QVERIFY(answer->honestDeadline != before.deadline);
    QVERIFY(dialog->applyButton()->isEnabled());
    QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
    QTRY_VERIFY(!dialog);
    QCOMPARE(editor->currentProject()->deadline, answer->honestDeadline);
    QTest::mouseClick(child<QPushButton>(editor, u"saveButton"_s), Qt::LeftButton);
    QTRY_VERIFY(!m_page->editor());
    QCOMPARE(ProjectStore(*m_db).get(before.id)->deadline, answer->honestDeadline);
}

// The list shows the session's facts, whose projects leave out the scope;
// the editor opened from it reads the whole record from the store, so a
// save keeps every field the list never held.
void TestProjectEditor::openedFromTheList_savesEveryFieldBack()
{
    Project p;
    p.clientId = addClient(u"Anna"_s);
    p.title = u"Brochure"_s;
    p.scope = u"Twelve pages of product copy, two rounds of edits."_s;
    p.includedItems = {u"Outline"_s, u"Two rounds of edits"_s};
    p.status = ProjectStatus::Agreed;
    p.basePriceMinor = 100000;
    p.firstOfferMinor = 80000;
    p.nda = true;
    p.ndaMarkupPercent = 20;
    p.discountKind = DiscountKind::Percent;
    p.discountValue = 10;
    p.discountReason = u"A second order"_s;
    p.discountConcession = u"Deadline moved by two weeks"_s;
    p.estimatedHours = 40;
    p.deadline = m_today.addDays(60);
    p.internalMarginDays = 3;
    p.guaranteePercent = 40;
    p.revisionsIncluded = 3;
    p.contractNumber = u"2024-007"_s;
    p.contractDate = m_today.addDays(-5);
    p.contractTermMonths = 12;
    p.vatRateTenths = 140;
    const auto price = Pricing::compute(p);
    QVERIFY(price);
    const qint64 total = price->total.minor();
    for (int i = 0; i < 2; ++i) {
        PaymentStage s;
        s.title = u"Stage %1"_s.arg(i + 1);
        s.amountMinor = i == 0 ? total / 2 : total - total / 2;
        s.dueOn = m_today.addDays(14 * (i + 1));
        p.stages.append(s);
    }
    Revision r;
    r.requestedOn = m_today.addDays(-1);
    r.description = u"Shorter intro"_s;
    p.revisions.append(r);
    PriceChange c;
    c.effectiveOn = m_today.addDays(90);
    c.newPriceMinor = 110000;
    c.note = u"Yearly review"_s;
    p.priceChanges.append(c);
    QVERIFY(ProjectStore(*m_db).create(p));
    m_session->notifyChanged();
    const auto before = ProjectStore(*m_db).get(p.id);
    QVERIFY(before);
    QCOMPARE(before->scope, p.scope);
    QTRY_VERIFY(std::any_of(m_session->facts().projects.cbegin(), m_session->facts().projects.cend(),
                            [&](const Project &f) { return f.id == p.id && f.scope.isEmpty(); }));

    m_page->selectProject(p.id);
    QTest::mouseClick(child<QPushButton>(m_page.get(), u"openProjectButton"_s), Qt::LeftButton);
    ProjectEditor *editor = m_page->editor();
    QVERIFY(editor);
    QCOMPARE(editor->projectId(), p.id);
    QCOMPARE(child<QPlainTextEdit>(editor, u"scopeEdit"_s)->toPlainText(), p.scope);
    typeInto(child<QLineEdit>(editor, u"titleEdit"_s), u"Brochure, second edition"_s);
    QTest::mouseClick(child<QPushButton>(editor, u"saveButton"_s), Qt::LeftButton);
    QTRY_VERIFY(!m_page->editor());

    const auto after = ProjectStore(*m_db).get(p.id);
    QVERIFY(after);
    Project expected = *before;
    expected.title = u"Brochure, second edition"_s;
    QCOMPARE(*after, expected); // every field but the title as it was, the scope too
    QCOMPARE(after->scope, p.scope);
    QVERIFY(after->rowVersion.value > before->rowVersion.value);
}

QTEST_MAIN(TestProjectEditor)
#include "tst_projecteditor.moc"

