#include "core/storage/database.h"
#include "core/exchange/demodata.h"
#include "core/storage/stores.h"
#include "ui/clients/clienttablemodel.h"
#include "ui/dashboard/cardlist.h"
#include "ui/dashboard/cardlistdialog.h"
#include "ui/dashboard/cardmodel.h"
#include "ui/dashboard/dashboardpage.h"
#include "ui/dashboard/incomechart.h"
#include "core/reminders/seenfindings.h"
#include "core/domain/paymentfigures.h"
#include "ui/payments/paymentsmodel.h"
#include "ui/payments/paymentspage.h"
#include "ui/session.h"
#include "ui/clients/clientdetailmodels.h"
#include "ui/clients/redflagstab.h"
#include "testutil.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QFrame>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QLineEdit>
#include <QTreeView>

#include <memory>

using namespace neuvo;
using neuvo::test::makeClient;
using neuvo::test::makeProject;
using neuvo::test::makeStage;
using neuvo::test::why;
using namespace Qt::StringLiterals;

namespace {

// A Wednesday, so the demo's weekday-sensitive records are stable.
const QDate kToday(2024, 5, 15);

// Every finding row of the grouped alert list (not the "Show all" rows).
QList<QModelIndex> alertItems(QTreeView *tree)
{
    QList<QModelIndex> items;
    const QAbstractItemModel *model = tree->model();
    for (int g = 0; g < model->rowCount(); ++g) {
        const QModelIndex group = model->index(g, 0);
        for (int c = 0; c < model->rowCount(group); ++c) {
            const QModelIndex item = model->index(c, 0, group);
            if (!item.data(ShowAllRole).toBool())
                items << item;
        }
    }
    return items;
}

// Client 1 with `count` in-progress projects whose only stage is overdue,
// the first due 40 days ago, each next one a day later.
void addOverdueProjects(Database &db, int count, const QDate &today)
{
    Client client = makeClient(u"Hidas Maksaja Oy"_s);
    QVERIFY(ClientStore(db).create(client).ok());
    for (int i = 0; i < count; ++i) {
        Project p = makeProject(client.id, u"Project %1"_s.arg(i + 1), 100000);
        p.stages = {makeStage(1, 100000, today.addDays(-40 + i))};
        const auto created = ProjectStore(db).create(p);
        QVERIFY2(created, why(created));
    }
}

// The overdue stages straight from the database, by the rule the payments
// page states: not fully paid, due before today, in an agreed, in-progress
// or delivered project.
struct OverdueFromDb
{
    QSet<qint64> stageIds;
    CurrencyTotals outstanding;
};

OverdueFromDb overdueFromDb(Database &db, const QDate &today)
{
    OverdueFromDb result;
    const auto projects = ProjectStore(db).list();
    if (!projects)
        return result;
    for (const Project &p : *projects) {
        const bool owed = p.status == ProjectStatus::Agreed || p.status == ProjectStatus::InProgress
            || p.status == ProjectStatus::Delivered;
        for (const PaymentStage &s : p.stages) {
            if (owed && s.paidMinor < s.amountMinor && s.dueOn.isValid() && s.dueOn < today) {
                result.stageIds.insert(s.id);
                result.outstanding.add(p.currency, s.amountMinor - s.paidMinor);
            }
        }
    }
    return result;
}

// A stage with a payment recorded.
PaymentStage paidStage(int position, qint64 amount, const QDate &due, const QDate &paidOn, qint64 paid)
{
    PaymentStage s = makeStage(position, amount, due);
    s.paidOn = paidOn;
    s.paidMinor = paid;
    return s;
}

} // namespace

class TestDashboard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void dashboard_showsOverdueStageAmongAlerts();
    void dashboard_clickingAlertOpensItsProject();
    void dashboard_listsRiskyClientsAndProjectsInProgress();
    void dashboard_emptyDatabaseSaysSo();
    void dashboard_manyAlerts_showMostUrgentThenShowAll();
    void evidenceShownWordForWord_inEnglishFinnishRussian();
    void payments_overdueFilterShowsExactlyOverdueStagesWithTotals();
    void payments_stagePaidLeavesOverdue();
    void payments_emptyStates();
    void payments_doubleClickOpensProject();
    void incomeSeries_sumsPaidAndExpectedPerMonth();
    void incomeChart_namesLeftOutCurrencies();
    void banner_showsNewHighFindingsOnlyOnce();
    void models_passModelTester();

private:
    void fillDemo();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Session> m_session;
};

void TestDashboard::init()
{
    m_dir.reset(new QTemporaryDir);
    m_db.reset(new Database);
    QVERIFY(m_db->open(m_dir->filePath(u"dash.sqlite"_s)).ok());
    m_session.reset(new Session(*m_db));
    m_session->setToday(kToday);
}

void TestDashboard::cleanup()
{
    m_session.reset();
    m_db.reset();
    m_dir.reset();
}

void TestDashboard::fillDemo()
{
    const auto filled = DemoData::fill(*m_db, kToday);
    QVERIFY2(filled, why(filled));
    m_session->notifyChanged();
}

void TestDashboard::dashboard_showsOverdueStageAmongAlerts()
{
    fillDemo();
    QList<Finding> overdue;
    for (const Finding &f : m_session->findings()) {
        if (f.rule == u"payment_overdue")
            overdue << f;
    }
    QVERIFY2(!overdue.isEmpty(), "the demo data has an overdue stage");

    DashboardPage page(*m_session);
    const QList<QModelIndex> items = alertItems(page.alertView());
    for (const Finding &f : std::as_const(overdue)) {
        const auto found = std::find_if(items.cbegin(), items.cend(), [&](const QModelIndex &item) {
            return item.data().toString() == f.evidence.toString();
        });
        QVERIFY2(found != items.cend(), qPrintable(f.evidence.toString()));
        QCOMPARE(found->parent().data().toString().section(u" ("_s, 0, 0), DashboardPage::groupTitle(f.rule));
        QCOMPARE(found->data(ProjectIdRole).toLongLong(), f.projectId);
    }
    // Overdue money leads the list.
    QVERIFY(page.alertView()->model()->index(0, 0).data().toString().startsWith(
        DashboardPage::groupTitle(u"payment_overdue"_s)));
    // Every alert of the engine is listed too (the demo has few enough
    // that no group needs its "Show all" row).
    for (const Finding &f : RedFlagEngine::alertsOf(m_session->findings())) {
        QVERIFY2(std::any_of(items.cbegin(), items.cend(),
                             [&](const QModelIndex &item) { return item.data().toString() == f.evidence.toString(); }),
                 qPrintable(f.evidence.toString()));
    }
}

void TestDashboard::dashboard_clickingAlertOpensItsProject()
{
    fillDemo();
    DashboardPage page(*m_session);
    page.resize(1100, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));

    QTreeView *alerts = page.alertView();
    QModelIndex target;
    for (const QModelIndex &item : alertItems(alerts)) {
        if (item.data(RuleRole).toString() == u"payment_overdue" && item.data(ProjectIdRole).toLongLong() > 0) {
            target = item;
            break;
        }
    }
    QVERIFY(target.isValid());
    const qint64 projectId = target.data(ProjectIdRole).toLongLong();

    QSignalSpy projectSpy(&page, &DashboardPage::openProjectRequested);
    QSignalSpy clientSpy(&page, &DashboardPage::openClientRequested);
    alerts->scrollTo(target);
    const QRect rect = alerts->visualRect(target);
    QVERIFY(rect.isValid());
    QTest::mouseClick(alerts->viewport(), Qt::LeftButton, {}, rect.center());
    QVERIFY(!projectSpy.isEmpty());
    QCOMPARE(projectSpy.first().first().toLongLong(), projectId);
    QCOMPARE(clientSpy.count(), 0);

    // A group title is not a record: clicking it opens nothing.
    projectSpy.clear();
    QTest::mouseClick(alerts->viewport(), Qt::LeftButton, {},
                      alerts->visualRect(target.parent()).center());
    QCOMPARE(projectSpy.count(), 0);
}

void TestDashboard::dashboard_listsRiskyClientsAndProjectsInProgress()
{
    fillDemo();
    DashboardPage page(*m_session);

    CardList *clients = page.clientView();
    int risky = 0;
    for (const Client &c : m_session->facts().clients) {
        if (c.status != ClientStatus::Declined && m_session->risk(c.id).level != RiskLevel::Ok)
            ++risky;
    }
    QVERIFY(risky > 0);
    QCOMPARE(clients->cardModel()->totalCount(), risky);
    QCOMPARE(clients->model()->rowCount(), risky);
    const QModelIndex worst = clients->model()->index(0, 0);
    const qint64 worstId = worst.data(ClientIdRole).toLongLong();
    const ClientRisk risk = m_session->risk(worstId);
    QCOMPARE(risk.level, RiskLevel::Decline);
    QCOMPARE(worst.data(BadgeRole).toString(), displayName(RiskLevel::Decline));
    QVERIFY(worst.data(DetailRole).toString().contains(risk.reasons.first().toString()));

    QSignalSpy clientSpy(&page, &DashboardPage::openClientRequested);
    emit clients->activated(worst);
    QCOMPARE(clientSpy.count(), 1);
    QCOMPARE(clientSpy.first().first().toLongLong(), worstId);

    int inProgress = 0;
    for (const Project &p : m_session->facts().projects)
        inProgress += p.status == ProjectStatus::InProgress;
    QCOMPARE(page.projectView()->model()->rowCount(), inProgress);
    QVERIFY(page.projectView()->model()->index(0, 0).data(DetailRole).toString().startsWith(u"Next: stage"_s));
}

void TestDashboard::dashboard_emptyDatabaseSaysSo()
{
    DashboardPage page(*m_session);
    QVERIFY(!page.alertView()->isVisibleTo(&page));
    QVERIFY(!page.clientView()->isVisibleTo(&page));
    QVERIFY(!page.projectView()->isVisibleTo(&page));
    QVERIFY(!page.banner()->isVisibleTo(&page));
    bool saysNothing = false;
    for (QLabel *label : page.findChildren<QLabel *>())
        saysNothing |= label->isVisibleTo(&page) && label->text() == u"Nothing needs your attention today."_s;
    QVERIFY(saysNothing);
}

void TestDashboard::dashboard_manyAlerts_showMostUrgentThenShowAll()
{
    constexpr int Overdue = 40;
    addOverdueProjects(*m_db, Overdue, kToday);
    m_session->notifyChanged();
    QList<Finding> overdue;
    for (const Finding &f : m_session->findings()) {
        if (f.rule == u"payment_overdue")
            overdue << f;
    }
    QCOMPARE(overdue.size(), Overdue);

    DashboardPage page(*m_session);
    page.resize(1100, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    CardList *alerts = page.alertView();
    const QAbstractItemModel *model = alerts->model();
    const QModelIndex group = model->index(0, 0);
    QCOMPARE(group.data(RuleRole).toString(), u"payment_overdue"_s);
    QCOMPARE(group.data().toString(), u"%1 (%2)"_s.arg(DashboardPage::groupTitle(u"payment_overdue"_s)).arg(Overdue));

    // A few rows, the most overdue first, then the row that opens them all:
    // the list does not grow with the alerts.
    const int rows = model->rowCount(group);
    QVERIFY2(rows > 1 && rows < 10, qPrintable(QString::number(rows)));
    QDate previous;
    for (int r = 0; r < rows - 1; ++r) {
        const QModelIndex item = model->index(r, 0, group);
        QVERIFY(!item.data(ShowAllRole).toBool());
        const qint64 projectId = item.data(ProjectIdRole).toLongLong();
        const auto f = std::find_if(overdue.cbegin(), overdue.cend(),
                                    [&](const Finding &x) { return x.projectId == projectId; });
        QVERIFY(f != overdue.cend());
        QCOMPARE(item.data().toString(), f->evidence.toString());
        if (previous.isValid())
            QVERIFY(previous <= f->date);
        previous = f->date;
    }
    QCOMPARE(previous, kToday.addDays(-40 + rows - 2)); // the (rows-1) oldest of them
    const QModelIndex showAll = model->index(rows - 1, 0, group);
    QVERIFY(showAll.data(ShowAllRole).toBool());
    QVERIFY2(showAll.data().toString().contains(QString::number(Overdue)), qPrintable(showAll.data().toString()));
    QCOMPARE(page.alertView()->viewport()->findChildren<QWidget *>().size(), 0); // no widget per row

    // "Show all" opens every one of them in a list of equal rows.
    QSignalSpy projectSpy(&page, &DashboardPage::openProjectRequested);
    alerts->scrollTo(showAll);
    QTest::mouseClick(alerts->viewport(), Qt::LeftButton, {}, alerts->visualRect(showAll).center());
    QCOMPARE(projectSpy.count(), 0);
    CardListDialog *list = page.fullList();
    QVERIFY(list);
    QVERIFY(QTest::qWaitForWindowExposed(list));
    QVERIFY(list->view()->uniformRowHeights());
    QAbstractItemModel *shown = list->view()->model();
    QCOMPARE(shown->rowCount(), Overdue);
    QSet<qint64> listed;
    for (int r = 0; r < shown->rowCount(); ++r)
        listed.insert(shown->index(r, 0).data(ProjectIdRole).toLongLong());
    QSet<qint64> expected;
    for (const Finding &f : std::as_const(overdue))
        expected.insert(f.projectId);
    QCOMPARE(listed, expected);

    // The filter narrows it by text; a click opens the project.
    QTest::keyClicks(list->filterEdit(), u"Project 17"_s);
    QCOMPARE(shown->rowCount(), 1);
    const QModelIndex only = shown->index(0, 0);
    QVERIFY(only.data().toString().contains(u"Project 17"_s));
    QTest::mouseClick(list->view()->viewport(), Qt::LeftButton, {}, list->view()->visualRect(only).center());
    QCOMPARE(projectSpy.count(), 1);
    QCOMPARE(projectSpy.first().first().toLongLong(), only.data(ProjectIdRole).toLongLong());
}

void TestDashboard::payments_overdueFilterShowsExactlyOverdueStagesWithTotals()
{
    fillDemo();
    PaymentsPage page(*m_session);
    page.resize(1100, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));

    int stages = 0;
    for (const Project &p : *ProjectStore(*m_db).list())
        stages += p.stages.size();
    QCOMPARE(page.view()->model()->rowCount(), stages);

    QTest::mouseClick(page.filterButton(PaymentsFilterModel::Overdue), Qt::LeftButton);
    QCOMPARE(page.filter(), PaymentsFilterModel::Overdue);

    const OverdueFromDb expected = overdueFromDb(*m_db, kToday);
    QVERIFY2(!expected.stageIds.isEmpty(), "the demo data has an overdue stage");
    QAbstractItemModel *shown = page.view()->model();
    QCOMPARE(shown->rowCount(), expected.stageIds.size());
    QSet<qint64> shownIds;
    for (int row = 0; row < shown->rowCount(); ++row) {
        const int source = page.filterModel()->mapToSource(shown->index(row, 0)).row();
        shownIds.insert(page.model()->rowAt(source)->stageId);
        QCOMPARE(shown->index(row, PaymentsModel::Status).data().toString(), u"Overdue"_s);
    }
    QCOMPARE(shownIds, expected.stageIds);

    QCOMPARE(page.filterModel()->outstandingTotals(), expected.outstanding);
    const QString totals = page.totalsText();
    for (const QString &currency : expected.outstanding.currencies())
        QVERIFY2(totals.contains(Money(*expected.outstanding.total(currency), currency).format(QLocale())),
                 qPrintable(totals));
    QVERIFY(totals.startsWith(u"Outstanding: "_s));

    // The totals follow the filter.
    QTest::mouseClick(page.filterButton(PaymentsFilterModel::All), Qt::LeftButton);
    QVERIFY(page.totalsText() != totals);
}

void TestDashboard::payments_stagePaidLeavesOverdue()
{
    fillDemo();
    PaymentsPage page(*m_session);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.setFilter(PaymentsFilterModel::Overdue);
    const int before = page.view()->model()->rowCount();
    QVERIFY(before > 0);

    const int source = page.filterModel()->mapToSource(page.view()->model()->index(0, 0)).row();
    const PaymentRow row = *page.model()->rowAt(source);
    const auto paid = ProjectStore(*m_db).recordStageProgress(row.stageId, {}, kToday, row.amountMinor);
    QVERIFY2(paid, why(paid));
    m_session->notifyChanged();

    QCOMPARE(page.view()->model()->rowCount(), before - 1);
    for (int r = 0; r < page.view()->model()->rowCount(); ++r) {
        const int s = page.filterModel()->mapToSource(page.view()->model()->index(r, 0)).row();
        QVERIFY(page.model()->rowAt(s)->stageId != row.stageId);
    }
    page.setFilter(PaymentsFilterModel::Paid);
    bool listedAsPaid = false;
    for (int r = 0; r < page.view()->model()->rowCount(); ++r) {
        const int s = page.filterModel()->mapToSource(page.view()->model()->index(r, 0)).row();
        listedAsPaid |= page.model()->rowAt(s)->stageId == row.stageId;
    }
    QVERIFY(listedAsPaid);
}

void TestDashboard::payments_emptyStates()
{
    {
        PaymentsPage page(*m_session);
        page.reload();
        QCOMPARE(page.emptyText(), u"No stages yet — add them in a project's Stages tab."_s);
    }
    fillDemo();
    PaymentsPage page(*m_session);
    page.reload();
    QVERIFY(page.emptyText().isEmpty());
    // Pay every overdue stage: the Overdue filter then says so instead of an empty table.
    for (const qint64 id : overdueFromDb(*m_db, kToday).stageIds) {
        qint64 amount = 0;
        for (int r = 0; r < page.model()->rowCount(); ++r) {
            if (page.model()->rowAt(r)->stageId == id)
                amount = page.model()->rowAt(r)->amountMinor;
        }
        QVERIFY(ProjectStore(*m_db).recordStageProgress(id, {}, kToday, amount).ok());
    }
    m_session->notifyChanged();
    page.reload();
    page.setFilter(PaymentsFilterModel::Overdue);
    QCOMPARE(page.emptyText(), u"Nothing overdue."_s);
}

void TestDashboard::payments_doubleClickOpensProject()
{
    fillDemo();
    PaymentsPage page(*m_session);
    page.resize(1100, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTableView *view = page.view();
    const QModelIndex index = view->model()->index(0, PaymentsModel::Project);
    const qint64 projectId = index.data(IdRole).toLongLong();
    QVERIFY(projectId > 0);
    QSignalSpy spy(&page, &PaymentsPage::openProjectRequested);
    const QPoint at = view->visualRect(index).center();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, at);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.first().first().toLongLong(), projectId);
}

void TestDashboard::incomeSeries_sumsPaidAndExpectedPerMonth()
{
    // today 2024-05-15: the window is Dec 2023 … Nov 2024.
    Project eur;
    eur.status = ProjectStatus::InProgress;
    eur.currency = u"EUR"_s;
    eur.stages = {
        paidStage(1, 100000, QDate(2024, 3, 1), QDate(2024, 3, 5), 100000), // paid in March
        paidStage(2, 50000, QDate(2024, 4, 1), QDate(2024, 4, 20), 20000),  // part paid in April, 300.00 expected in April
        makeStage(3, 70000, QDate(2024, 6, 10)),                            // expected in June
        makeStage(4, 30000, QDate(2024, 6, 30)),                            // June again
        makeStage(5, 99999, QDate(2025, 1, 1)),                             // after the window
        paidStage(6, 11111, QDate(2023, 11, 30), QDate(2023, 11, 30), 11111), // before the window
    };
    Project lead; // a proposal: nothing expected, but money received counts
    lead.status = ProjectStatus::Lead;
    lead.currency = u"EUR"_s;
    lead.stages = {makeStage(1, 40000, QDate(2024, 7, 1)),
                   paidStage(2, 10000, QDate(2024, 5, 1), QDate(2024, 5, 2), 10000)};
    Project closed; // written off: not expected any more
    closed.status = ProjectStatus::Closed;
    closed.currency = u"EUR"_s;
    closed.stages = {makeStage(1, 80000, QDate(2024, 2, 1))};
    Project rub;
    rub.status = ProjectStatus::Agreed;
    rub.currency = u"RUB"_s;
    rub.stages = {makeStage(1, 5000000, QDate(2024, 8, 1))};
    Project usdOutside; // another currency, but nothing in the window: not mentioned
    usdOutside.status = ProjectStatus::Agreed;
    usdOutside.currency = u"USD"_s;
    usdOutside.stages = {makeStage(1, 1000, QDate(2026, 1, 1))};

    const IncomeSeries series = IncomeSeries::compute({eur, lead, closed, rub, usdOutside}, kToday, u"EUR"_s);
    QCOMPARE(series.currency, u"EUR"_s);
    QCOMPARE(series.months.size(), 12);
    QCOMPARE(series.months.first().month, QDate(2023, 12, 1));
    QCOMPARE(series.months.at(5).month, QDate(2024, 5, 1)); // the current month is the sixth
    QCOMPARE(series.months.last().month, QDate(2024, 11, 1));
    QCOMPARE(series.otherCurrencies, QStringList{u"RUB"_s});

    QMap<QDate, QPair<qint64, qint64>> expected{
        {QDate(2024, 3, 1), {100000, 0}},
        {QDate(2024, 4, 1), {20000, 30000}},
        {QDate(2024, 5, 1), {10000, 0}},
        {QDate(2024, 6, 1), {0, 100000}},
    };
    for (const IncomeMonth &m : series.months) {
        const auto want = expected.value(m.month, {0, 0});
        QCOMPARE(m.paidMinor, want.first);
        QCOMPARE(m.expectedMinor, want.second);
    }
    QCOMPARE(series.maxMinor(), 100000);

    const IncomeSeries rubles = IncomeSeries::compute({eur, rub}, kToday, u"RUB"_s);
    QCOMPARE(rubles.months.at(8).expectedMinor, 5000000);
    QCOMPARE(rubles.otherCurrencies, QStringList{u"EUR"_s});
}

void TestDashboard::incomeChart_namesLeftOutCurrencies()
{
    fillDemo();
    DashboardPage page(*m_session);
    const IncomeSeries &series = page.incomeChart()->series();
    QCOMPARE(series.currency, u"EUR"_s);
    QVERIFY(series.otherCurrencies.contains(u"RUB"_s)); // the demo has a project in roubles
    QVERIFY2(page.incomeChart()->subtitle().contains(u"RUB"_s), qPrintable(page.incomeChart()->subtitle()));
    QVERIFY(series.maxMinor() > 0);
}

void TestDashboard::banner_showsNewHighFindingsOnlyOnce()
{
    fillDemo();
    int high = 0;
    for (const Finding &f : m_session->findings())
        high += f.severity == Severity::High;
    QVERIFY2(high > 0, "the demo data has High findings");

    {
        DashboardPage first(*m_session);
        QCOMPARE(first.startupNotices().size(), high);
        QVERIFY(first.banner()->isVisibleTo(&first));
        QVERIFY(first.bannerText().contains(first.startupNotices().first().evidence.toString().toHtmlEscaped()));
        QSignalSpy spy(&first, &DashboardPage::openProjectRequested);
        auto *close = first.banner()->findChild<QAbstractButton *>(u"noticeClose"_s);
        QVERIFY(close);
        QVERIFY(!close->accessibleName().isEmpty());
        first.show();
        QVERIFY(first.banner()->isVisible());
        QTest::mouseClick(close, Qt::LeftButton);
        QVERIFY(!first.banner()->isVisible());
    }
    {
        // The next start: nothing new, no banner.
        DashboardPage second(*m_session);
        QVERIFY(second.startupNotices().isEmpty());
        QVERIFY(!second.banner()->isVisibleTo(&second));
    }
    // Work starts on an unpaid stage: that High finding is new at the next start.
    qint64 stageId = 0;
    for (const Project &p : m_session->facts().projects) {
        if (p.status != ProjectStatus::InProgress)
            continue;
        for (const PaymentStage &s : p.stages) {
            if (!stageId && !s.workStartedOn.isValid() && s.paidMinor == 0)
                stageId = s.id;
        }
    }
    QVERIFY(stageId);
    QVERIFY(ProjectStore(*m_db).recordStageProgress(stageId, kToday, {}, 0).ok());
    m_session->notifyChanged();
    DashboardPage third(*m_session);
    QCOMPARE(third.startupNotices().size(), 1);
    QCOMPARE(third.startupNotices().first().rule, u"work_without_prepayment"_s);
    QVERIFY(third.banner()->isVisibleTo(&third));

    // The record is in the file, bounded by its current High findings, and
    // the desktop settings hold none of it.
    const auto keys = SeenFindings(*m_db).seenKeys();
    QVERIFY(keys);
    QCOMPARE(keys->size(), high + 1);
    QVERIFY(QSettings().allKeys().filter(u"seen"_s, Qt::CaseInsensitive).isEmpty());

    // Another database has its own memory.
    Database other;
    QVERIFY(other.open(m_dir->filePath(u"other.sqlite"_s)).ok());
    const auto unseenThere = SeenFindings(other).unseenHigh(m_session->findings());
    QVERIFY(unseenThere);
    QCOMPARE(unseenThere->size(), high + 1);
}

void TestDashboard::models_passModelTester()
{
    PaymentsModel model;
    PaymentsFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester modelTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    fillDemo();
    model.setFacts(m_session->facts(), kToday);
    QVERIFY(model.rowCount() > 0);
    QCOMPARE(model.columnCount(), int(PaymentsModel::ColumnCount));
    filter.sort(PaymentsModel::DueOn);
    for (int f = 0; f < PaymentsFilterModel::FilterCount; ++f)
        filter.setFilter(PaymentsFilterModel::Filter(f));
    filter.setFilter(PaymentsFilterModel::All);
    filter.sort(PaymentsModel::Amount, Qt::DescendingOrder);
    QVERIFY(filter.index(0, PaymentsModel::Amount).data(SortRole).toLongLong()
            >= filter.index(1, PaymentsModel::Amount).data(SortRole).toLongLong());
    model.setFacts({}, kToday);
    QCOMPARE(filter.rowCount(), 0);
}

void TestDashboard::evidenceShownWordForWord_inEnglishFinnishRussian()
{
    // Findings keep their evidence compactly; the dashboard's alert and
    // risky-client cards and the client's Red flags tab must still show the
    // sentence the rules made in the interface's language, word for word.
    const QString name = u"Äänekosken Ääni \U0001F389 Дмитрий"_s;
    Client client = makeClient(name);
    QVERIFY(ClientStore(*m_db).create(client).ok());
    Promise promise{0, client.id, 0, u"lähetä luonnos"_s, kToday.addDays(-2), {}};
    QVERIFY(PromiseStore(*m_db).create(promise).ok());
    Observation seen{0, client.id, ClientPattern::Disrespect, u"«одолжение» ’favour’"_s, kToday.addDays(-1), {}};
    QVERIFY(ObservationStore(*m_db).create(seen).ok());

    const struct
    {
        QString language;
        QString promise;
        QString observation;
    } languages[] = {
        {u"en"_s, u"Your promise to %1, 'lähetä luonnos', was due 2024-05-13, 2 days ago"_s.arg(name),
         u"Observed on 2024-05-14 (Treats work as a favour): «одолжение» ’favour’"_s},
        {u"fi"_s,
         u"Lupauksesi asiakkaalle %1, ”lähetä luonnos”, olisi pitänyt täyttää 2024-05-13, 2 päivää sitten"_s.arg(name),
         u"Havaittu 2024-05-14 (Pitää työn antamista palveluksena): «одолжение» ’favour’"_s},
        {u"ru"_s, u"Ваше обещание 'lähetä luonnos' клиенту %1: срок был 2024-05-13, 2 дня назад"_s.arg(name),
         u"Замечено 2024-05-14 (Даёт работу как одолжение): «одолжение» ’favour’"_s},
    };
    for (const auto &[language, promiseText, observationText] : languages) {
        QTranslator translator;
        if (language != u"en"_s) {
            QVERIFY2(translator.load(u":/i18n/neuvo_%1.qm"_s.arg(language)), qPrintable(language));
            QCoreApplication::installTranslator(&translator);
        }
        const auto removeTranslator = qScopeGuard([&] { QCoreApplication::removeTranslator(&translator); });
        m_session->notifyChanged(); // evaluated in this language

        DashboardPage page(*m_session);
        const QList<QModelIndex> alerts = alertItems(page.alertView());
        QCOMPARE(alerts.size(), 1);
        QCOMPARE(alerts.first().data().toString(), promiseText);
        const QModelIndex risky = page.clientView()->model()->index(0, 0);
        QCOMPARE(risky.data(ClientIdRole).toLongLong(), client.id);
        QCOMPARE(risky.data(DetailRole).toString(), u"• "_s + observationText);

        QList<Finding> findings;
        for (const Finding &f : m_session->findings()) {
            if (f.clientId == client.id)
                findings << f;
        }
        RedFlagsTab tab(*m_session);
        tab.load(client.id, {seen}, findings, m_session->risk(client.id));
        const auto *flags = tab.findChild<QTableView *>(u"findingsView"_s);
        const auto *todo = tab.findChild<QTableView *>(u"alertsView"_s);
        QVERIFY(flags && todo);
        QCOMPARE(flags->model()->rowCount(), 1);
        const QModelIndex flag = flags->model()->index(0, FindingTableModel::Evidence);
        QCOMPARE(flag.data().toString(), observationText);
        QCOMPARE(flag.data(Qt::ToolTipRole).toString(), observationText);
        QCOMPARE(todo->model()->rowCount(), 1);
        QCOMPARE(todo->model()->index(0, FindingTableModel::Evidence).data().toString(), promiseText);
        const auto *reasons = tab.findChild<QLabel *>(u"riskReasons"_s);
        QVERIFY(reasons);
        QVERIFY2(reasons->text().endsWith(observationText), qPrintable(reasons->text()));
        QCOMPARE(reasons->toolTip(), observationText);
    }
}

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
