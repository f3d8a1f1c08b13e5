// The engine and every view answer "is money owed", "is this stage overdue",
// "which stage is next" and the project editor's hints alike, for a
// cancelled project and with thresholds changed from their defaults.
#include "core/domain/paymentfigures.h"
#include "core/rules/redflags.h"
#include "core/storage/database.h"
#include "core/storage/stores.h"
#include "testutil.h"
#include "ui/clients/clientdetailmodels.h"
#include "ui/clients/clientspage.h"
#include "ui/clients/clienttablemodel.h"
#include "ui/dashboard/cardlist.h"
#include "ui/dashboard/dashboardpage.h"
#include "ui/itemroles.h"
#include "ui/payments/paymentsmodel.h"
#include "ui/payments/paymentspage.h"
#include "ui/projects/projecteditor.h"
#include "ui/projects/projectspage.h"
#include "ui/projects/projecttablemodel.h"
#include "ui/projects/recordtablemodel.h"
#include "ui/session.h"
#include "ui/widgets/warning.h"

#include <QComboBox>
#include <QLabel>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTreeView>

#include <memory>

using namespace neuvo;
using namespace Qt::StringLiterals;
using neuvo::test::makeClient;
using neuvo::test::makeProject;
using neuvo::test::makeStage;
using neuvo::test::why;

namespace {

const QDate kToday(2025, 6, 11); // a Wednesday

// Projects a rule raised a finding about.
QSet<qint64> projectsWith(const QList<Finding> &findings, const QString &rule)
{
    QSet<qint64> projects;
    for (const Finding &f : findings) {
        if (f.rule == rule)
            projects.insert(f.projectId);
    }
    return projects;
}

bool isWarning(const QLabel *label)
{
    return label->isVisible() && label->palette().color(QPalette::WindowText) == warningColor(label);
}

} // namespace

class TestAgreement : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void engine_cancelledOwesNothing_thresholdsFromProfile();
    void paymentsPage_agreesWithEngine();
    void clientTable_owesWhatPaymentsPageCollects();
    void projectLists_nextStageAndOverdue_agreeWithEngine();
    void dashboard_nextStageAgreesWithEngine();
    void editor_hintsAgreeWithEngine();
    void editor_statusChangedToCancelled_hintsFollow();

private:
    ProjectEditor *openEditor(qint64 projectId);
    template<typename T>
    static T *child(QWidget *parent, const QString &name)
    {
        auto *widget = parent->findChild<T *>(name);
        if (!widget)
            qWarning("no child %s", qPrintable(name));
        return widget;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<ProjectsPage> m_projectsPage;
    qint64 m_cancelledClient = 0;
    qint64 m_ongoingClient = 0;
    qint64 m_cancelled = 0; // cancelled, an unpaid stage past due, work started on it
    qint64 m_ongoing = 0;   // the same in progress
    qint64 m_lowOffer = 0;  // in progress, a first offer at 35 % of the quote
};

void TestAgreement::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void TestAgreement::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(m_dir->filePath(u"agreement.sqlite"_s)).ok());

    // Two thresholds away from their defaults (50 % and 7 days): the views
    // must take them from the profile as the engine does.
    Profile profile = *ProfileStore(*m_db).load();
    profile.currency = u"EUR"_s;
    profile.floorRateMinor = 5000; // 50.00 per hour
    QVERIFY(profile.thresholds.setValue(u"devalues_work_percent"_s, 40));
    QVERIFY(profile.thresholds.setValue(u"stage_due_soon_days"_s, 10));
    QVERIFY2(ProfileStore(*m_db).save(profile), why(ProfileStore(*m_db).save(profile)));

    Client cancelledClient = makeClient(u"Peruttu Oy"_s);
    Client ongoingClient = makeClient(u"Käynnissä Ltd"_s);
    QVERIFY(ClientStore(*m_db).create(cancelledClient).ok());
    QVERIFY(ClientStore(*m_db).create(ongoingClient).ok());
    m_cancelledClient = cancelledClient.id;
    m_ongoingClient = ongoingClient.id;

    // 1 000.00 in two stages: the first 10 days overdue with work started
    // on it, the second due in 8 days (due soon with 10 days, not with 7).
    // A first offer of 45 % (devalues the work at 50 %, not at 40 %) and
    // 40 hours (25.00 per hour, below the floor rate).
    const auto project = [](qint64 clientId, const QString &title, ProjectStatus status) {
        Project p = makeProject(clientId, title, 100000, status);
        p.firstOfferMinor = 45000;
        p.estimatedHours = 40;
        PaymentStage first = makeStage(1, 50000, kToday.addDays(-10));
        first.workStartedOn = kToday.addDays(-12);
        p.stages = {first, makeStage(2, 50000, kToday.addDays(8))};
        return p;
    };
    Project cancelled = project(m_cancelledClient, u"Catalogue"_s, ProjectStatus::Cancelled);
    Project ongoing = project(m_ongoingClient, u"Web copy"_s, ProjectStatus::InProgress);
    Project lowOffer = makeProject(m_ongoingClient, u"Newsletter"_s, 100000, ProjectStatus::InProgress);
    lowOffer.firstOfferMinor = 35000;
    lowOffer.stages = {makeStage(1, 100000, kToday.addDays(30))};
    for (Project *p : {&cancelled, &ongoing, &lowOffer}) {
        const auto created = ProjectStore(*m_db).create(*p);
        QVERIFY2(created, why(created));
    }
    m_cancelled = cancelled.id;
    m_ongoing = ongoing.id;
    m_lowOffer = lowOffer.id;
    // A low first offer devalues the work only with pressure after it: a
    // discount request about the same project.
    Interaction pressure;
    pressure.clientId = m_ongoingClient;
    pressure.projectId = m_lowOffer;
    pressure.at = QDateTime(kToday.addDays(-2), QTime(10, 0), QTimeZone::utc());
    pressure.channel = Channel::Email;
    pressure.direction = Direction::In;
    pressure.kind = InteractionKind::DiscountRequest;
    pressure.summary = u"Could you do it for less?"_s;
    QVERIFY(InteractionStore(*m_db).create(pressure).ok());

    m_session = std::make_unique<Session>(*m_db);
    m_session->setToday(kToday);
    m_projectsPage = std::make_unique<ProjectsPage>(*m_session);
    m_projectsPage->resize(900, 500);
    m_projectsPage->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_projectsPage.get()));
}

void TestAgreement::cleanup()
{
    m_projectsPage.reset();
    m_session.reset();
    m_db.reset();
    m_dir.reset();
}

ProjectEditor *TestAgreement::openEditor(qint64 projectId)
{
    if (ProjectEditor *open = m_projectsPage->editor())
        open->close();
    m_projectsPage->openProject(projectId);
    ProjectEditor *editor = m_projectsPage->editor();
    if (editor && !QTest::qWaitForWindowExposed(editor))
        return nullptr;
    return editor;
}

void TestAgreement::engine_cancelledOwesNothing_thresholdsFromProfile()
{
    const QList<Finding> &findings = m_session->findings();
    QCOMPARE(projectsWith(findings, u"payment_overdue"_s), QSet<qint64>{m_ongoing});
    QCOMPARE(projectsWith(findings, u"work_without_prepayment"_s), QSet<qint64>{m_ongoing});
    QCOMPARE(projectsWith(findings, u"stage_due_soon"_s), QSet<qint64>{m_ongoing});
    QCOMPARE(projectsWith(findings, u"below_floor_rate"_s), QSet<qint64>{m_ongoing});
    QCOMPARE(projectsWith(findings, u"devalues_work"_s), QSet<qint64>{m_lowOffer});

    // With the defaults the same records read otherwise: the changed
    // thresholds are what the views below must follow.
    Facts defaults = m_session->facts();
    defaults.profile.thresholds = RuleThresholds();
    const QList<Finding> withDefaults = RedFlagEngine::evaluate(defaults, kToday);
    // The others' 45 % is below the default 50 % too, but nothing pressed
    // on the price after it: a first offer, not devaluing.
    QCOMPARE(projectsWith(withDefaults, u"devalues_work"_s), (QSet<qint64>{m_lowOffer}));
    QVERIFY(projectsWith(withDefaults, u"stage_due_soon"_s).isEmpty());
}

void TestAgreement::paymentsPage_agreesWithEngine()
{
    PaymentsPage page(*m_session);
    page.resize(1100, 600);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    const auto shownProjects = [&](PaymentsFilterModel::Filter filter) {
        page.setFilter(filter);
        QSet<qint64> projects;
        for (int row = 0; row < page.filterModel()->rowCount(); ++row) {
            const int source = page.filterModel()->mapToSource(page.filterModel()->index(row, 0)).row();
            projects.insert(page.model()->rowAt(source)->projectId);
        }
        return projects;
    };
    const QList<Finding> &findings = m_session->findings();
    QCOMPARE(shownProjects(PaymentsFilterModel::Overdue), projectsWith(findings, u"payment_overdue"_s));
    QCOMPARE(shownProjects(PaymentsFilterModel::DueSoon), projectsWith(findings, u"stage_due_soon"_s));

    // The cancelled project's stages are not collected, whatever their dates.
    for (int row = 0; row < page.model()->rowCount(); ++row) {
        const PaymentRow *r = page.model()->rowAt(row);
        if (r->projectId == m_cancelled) {
            QCOMPARE(r->status, StageStatus::NotCollected);
            QCOMPARE(r->outstandingMinor, 0);
        }
    }
}

void TestAgreement::clientTable_owesWhatPaymentsPageCollects()
{
    ClientsPage clients(*m_session);
    clients.resize(1100, 700);
    clients.show();
    QVERIFY(QTest::qWaitForWindowExposed(&clients));
    PaymentsModel payments;
    payments.setFacts(m_session->facts(), kToday);
    QHash<qint64, qint64> collected;
    for (int row = 0; row < payments.rowCount(); ++row)
        collected[payments.rowAt(row)->clientId] += payments.rowAt(row)->outstandingMinor;

    QAbstractItemModel *table = clients.view()->model();
    QCOMPARE(table->rowCount(), 2);
    for (int row = 0; row < table->rowCount(); ++row) {
        const qint64 clientId = table->index(row, 0).data(IdRole).toLongLong();
        const QModelIndex outstanding = table->index(row, ClientTableModel::Outstanding);
        QCOMPARE(outstanding.data(SortRole).toLongLong(), collected.value(clientId));
        if (clientId == m_cancelledClient) {
            QCOMPARE(outstanding.data().toString(), QString());
            QCOMPARE(table->index(row, ClientTableModel::ActiveProjects).data().toInt(), 0);
        } else {
            QCOMPARE(outstanding.data(SortRole).toLongLong(), 200000); // 1 000.00 + 1 000.00
            QCOMPARE(table->index(row, ClientTableModel::ActiveProjects).data().toInt(), 2);
        }
    }
}

void TestAgreement::projectLists_nextStageAndOverdue_agreeWithEngine()
{
    const QSet<qint64> overdue = projectsWith(m_session->findings(), u"payment_overdue"_s);
    const Facts &facts = m_session->facts();

    // The project list.
    ProjectTableModel projects;
    projects.setProjects(facts.projects, {}, kToday);
    for (int row = 0; row < projects.rowCount(); ++row) {
        const qint64 id = projects.index(row, 0).data(IdRole).toLongLong();
        const QModelIndex next = projects.index(row, ProjectTableModel::NextDue);
        QCOMPARE(next.data(Qt::ForegroundRole).isValid(), overdue.contains(id));
        // The next stage is the first unpaid one: stage 1, 10 days ago.
        if (id != m_lowOffer)
            QCOMPARE(next.data(SortRole).toLongLong(), kToday.addDays(-10).toJulianDay());
    }

    // The projects tab of each client.
    for (const qint64 clientId : {m_cancelledClient, m_ongoingClient}) {
        QList<Project> own;
        for (const Project &p : facts.projects) {
            if (p.clientId == clientId)
                own << p;
        }
        ClientProjectsModel model;
        model.setProjects(own, kToday);
        for (int row = 0; row < model.rowCount(); ++row) {
            const qint64 id = model.index(row, 0).data(IdRole).toLongLong();
            const QModelIndex next = model.index(row, ClientProjectsModel::NextDue);
            QCOMPARE(next.data(Qt::ToolTipRole).toString() == u"Overdue"_s, overdue.contains(id));
        }
    }
}

void TestAgreement::dashboard_nextStageAgreesWithEngine()
{
    DashboardPage page(*m_session);
    page.resize(1100, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    const QSet<qint64> overdue = projectsWith(m_session->findings(), u"payment_overdue"_s);
    const QAbstractItemModel *projects = page.projectView()->model();
    QSet<qint64> listed;
    for (int i = 0; i < projects->rowCount(); ++i) {
        const QModelIndex item = projects->index(i, 0);
        const qint64 id = item.data(ProjectIdRole).toLongLong();
        listed.insert(id);
        QCOMPARE(item.data(BadgeRole).toString() == PaymentFigures::label(StageStatus::Overdue),
                 overdue.contains(id));
        if (id == m_ongoing)
            QVERIFY2(item.data(DetailRole).toString().startsWith(u"Next: stage 1 “Stage 1”"_s),
                     qPrintable(item.data(DetailRole).toString()));
    }
    QCOMPARE(listed, (QSet<qint64>{m_ongoing, m_lowOffer})); // in progress only
}

void TestAgreement::editor_hintsAgreeWithEngine()
{
    const QList<Finding> &findings = m_session->findings();
    for (const qint64 id : {m_cancelled, m_ongoing, m_lowOffer}) {
        ProjectEditor *editor = openEditor(id);
        QVERIFY(editor);
        editor->tabs()->setCurrentIndex(ProjectEditor::PricingTab);
        const QString what = u"project %1"_s.arg(id);

        auto *offer = child<QLabel>(editor, u"firstOfferHint"_s);
        QVERIFY2(isWarning(offer) == projectsWith(findings, u"devalues_work"_s).contains(id),
                 qPrintable(what + u": "_s + offer->text()));
        if (id == m_lowOffer)
            QVERIFY2(offer->text().contains(u"At most 40 %"_s), qPrintable(offer->text()));
        else
            QVERIFY2(offer->text().startsWith(u"The first offer is 45 % of your total."_s), qPrintable(offer->text()));

        auto *perHour = child<QLabel>(editor, u"pricePerHourLabel"_s);
        QVERIFY2(isWarning(perHour) == projectsWith(findings, u"below_floor_rate"_s).contains(id),
                 qPrintable(what + u": "_s + perHour->text()));

        StageTableModel *stages = editor->stageModel();
        const QModelIndex due = stages->index(0, StageTableModel::DueOn);
        QCOMPARE(due.data(Qt::ForegroundRole).isValid(),
                 projectsWith(findings, u"payment_overdue"_s).contains(id));
        const QModelIndex started = stages->index(0, StageTableModel::WorkStartedOn);
        QCOMPARE(started.data(Qt::ForegroundRole).isValid(),
                 projectsWith(findings, u"work_without_prepayment"_s).contains(id));
    }
}

void TestAgreement::editor_statusChangedToCancelled_hintsFollow()
{
    ProjectEditor *editor = openEditor(m_ongoing);
    QVERIFY(editor);
    editor->tabs()->setCurrentIndex(ProjectEditor::PricingTab);
    auto *perHour = child<QLabel>(editor, u"pricePerHourLabel"_s);
    QVERIFY(isWarning(perHour));
    const QModelIndex due = editor->stageModel()->index(0, StageTableModel::DueOn);
    QVERIFY(due.data(Qt::ForegroundRole).isValid());

    // Cancelled in the form, not yet saved: the hints already read it as
    // the engine reads the stored cancelled project.
    auto *status = child<QComboBox>(editor, u"statusCombo"_s);
    status->setCurrentIndex(status->findData(int(ProjectStatus::Cancelled)));
    QVERIFY(!isWarning(perHour));
    QVERIFY(!due.data(Qt::ForegroundRole).isValid());

    Project draft = *editor->currentProject();
    QCOMPARE(draft.status, ProjectStatus::Cancelled);
    const QList<Finding> findings = RedFlagEngine::evaluateDraft(m_session->facts(), draft, kToday);
    QVERIFY(projectsWith(findings, u"below_floor_rate"_s).isEmpty());
    QVERIFY(projectsWith(findings, u"payment_overdue"_s).isEmpty());
}

QTEST_MAIN(TestAgreement)
#include "tst_agreement.moc"
