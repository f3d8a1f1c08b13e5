#include "core/exchange/demodata.h"
#include "core/storage/database.h"
#include "core/storage/stores.h"
#include "ui/mainwindow.h"
#include "ui/session.h"
#include "ui/statistics/statisticspage.h"

#include "testutil.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QChart>
#include <QComboBox>
#include <QDateEdit>
#include <QDesktopServices>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

using namespace neuvo;
using namespace Qt::StringLiterals;
using neuvo::test::why;

namespace {
const QDate kToday(2025, 3, 12);
}

// The Statistics page on the demo data of 2025-03-12 (figures worked out in
// tst_cli_stats) and on an empty database, driven through its widgets and
// checked in the database.
class TestStatisticsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void demo_tablesShowTheFiguresWithSampleSizes();
    void demo_planListsLauraAndTheLetterNamesTheDate();
    void applyButton_storesTheAnnouncedPriceChange();
    void letterDialog_opensAnEmailDraftToTheClient();
    void period_lastTwelveMonthsLeavesOlderProjectsOut();
    void period_sinceAChosenDate();
    void projectDays_comeFromTheWholeLogInTheStore();
    void projectDays_unreadable_keepsTheFiguresAndSaysWhy();
    void empty_saysSoAndOffersNothingToApply();
    void models_passModelTester();

private:
    void fillDemo();
    // QDesktopServices hands mailto: links here instead of to a mail program.
    Q_INVOKABLE void openMailto(const QUrl &url) { m_openedUrls << url; }
    QList<QUrl> m_openedUrls;
    static QString text(QStandardItemModel *model, int row, int column)
    {
        return model->index(row, column).data().toString();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<StatisticsPage> m_page;
};

void TestStatisticsPage::init()
{
    m_dir.reset(new QTemporaryDir);
    m_db.reset(new Database);
    QVERIFY(m_db->open(m_dir->filePath(u"stats.sqlite"_s)).ok());
    m_session.reset(new Session(*m_db));
    m_session->setToday(kToday);
    m_page.reset(new StatisticsPage(*m_session));
}

void TestStatisticsPage::cleanup()
{
    m_page.reset();
    m_session.reset();
    m_db.reset();
    m_dir.reset();
}

void TestStatisticsPage::fillDemo()
{
    const auto filled = DemoData::fill(*m_db, kToday);
    QVERIFY2(filled, why(filled));
    m_session->notifyChanged();
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestStatisticsPage::demo_tablesShowTheFiguresWithSampleSizes()
{
    fillDemo();
    auto *offers = m_page->model(StatisticsPage::OfferRatios);
    QCOMPARE(text(offers, 0, 2), u"3"_s);
    QVERIFY2(text(offers, 0, 1).startsWith(u"1.49"_s), qPrintable(text(offers, 0, 1)));
    QCOMPARE(text(offers, 1, 1), u"too few (2 of 3)"_s); // publication

    auto *rates = m_page->model(StatisticsPage::Rates);
    QCOMPARE(rates->rowCount(), 2);
    QCOMPARE(text(rates, 0, 0), u"Laura Mäkelä"_s);
    QVERIFY2(text(rates, 0, 3).contains(u"55.00"_s), qPrintable(text(rates, 0, 3)));
    QVERIFY(text(rates, 0, 3).contains(u"EUR"_s));
    QVERIFY(text(rates, 0, 4).contains(u"45.00"_s));
    QVERIFY(text(rates, 0, 5).contains(u"60.00"_s));

    auto *wins = m_page->model(StatisticsPage::WinRates);
    QCOMPARE(text(wins, 0, 2), u"5"_s); // warm won
    QCOMPARE(text(wins, 1, 5), u"too few (1 of 3)"_s); // cold

    auto *late = m_page->model(StatisticsPage::Overdue);
    bool dmitry = false;
    for (int row = 0; row < late->rowCount(); ++row) {
        if (text(late, row, 0) == u"Дмитрий Соколов"_s) {
            dmitry = true;
            QCOMPARE(text(late, row, 3), u"22"_s);
            QCOMPARE(text(late, row, 5), u"20"_s);
        }
    }
    QVERIFY(dmitry);

    // The charts: warm against cold, and the two EUR clients' rates.
    const auto winAxes = m_page->winChart()->axes(Qt::Horizontal);
    QCOMPARE(winAxes.size(), 1);
    QVERIFY(qobject_cast<QBarCategoryAxis *>(winAxes.first())->categories().first().contains(u"100.0"_s));
    const auto rateAxes = m_page->rateChart()->axes(Qt::Horizontal);
    QCOMPARE(qobject_cast<QBarCategoryAxis *>(rateAxes.first())->categories(),
             (QStringList{u"Laura Mäkelä"_s, u"Kaisa Ylönen"_s}));
}

void TestStatisticsPage::demo_planListsLauraAndTheLetterNamesTheDate()
{
    fillDemo();
    auto *plan = m_page->model(StatisticsPage::RaisePlan);
    QCOMPARE(plan->rowCount(), 1);
    QCOMPARE(text(plan, 0, 0), u"Laura Mäkelä"_s);
    QVERIFY(text(plan, 0, 5).contains(u"1,640.00"_s));
    QVERIFY(m_page->letter(0, u"en"_s).contains(u"11 April 2025"_s));
    QVERIFY2(m_page->letter(0, u"fi"_s).contains(u"11. huhtikuuta 2025"_s), qPrintable(m_page->letter(0, u"fi"_s)));
    QVERIFY2(m_page->letter(0, u"ru"_s).contains(u"11 апреля 2025"_s), qPrintable(m_page->letter(0, u"ru"_s)));
}

void TestStatisticsPage::letterDialog_opensAnEmailDraftToTheClient()
{
    fillDemo();
    m_openedUrls.clear();
    QDesktopServices::setUrlHandler(u"mailto"_s, this, "openMailto");
    auto *view = m_page->findChild<QTableView *>(u"raisePlanView"_s);
    QVERIFY(view);
    view->selectRow(0);
    auto *letter = m_page->findChild<QPushButton *>(u"raiseLetterButton"_s);
    QVERIFY(letter && letter->isEnabled());
    // The dialog is modal: press its e-mail button, then close it, once it shows.
    bool pressed = false;
    QTimer::singleShot(0, this, [&pressed] {
        QWidget *dialog = QApplication::activeModalWidget();
        if (!dialog)
            return;
        if (auto *email = dialog->findChild<QPushButton *>(u"raiseEmailButton"_s)) {
            QTest::mouseClick(email, Qt::LeftButton);
            pressed = true;
        }
        dialog->close();
    });
    QTest::mouseClick(letter, Qt::LeftButton);
    QDesktopServices::unsetUrlHandler(u"mailto"_s);
    QVERIFY(pressed);
    QCOMPARE(m_openedUrls.size(), 1);
    const QUrl url = m_openedUrls.first();
    QCOMPARE(url.scheme(), u"mailto"_s);
    const auto laura = ClientStore(*m_db).get(1);
    QVERIFY(laura);
    QVERIFY(!laura->email.isEmpty());
    QCOMPARE(url.path(), laura->email);
    const QUrlQuery query(url);
    QVERIFY2(query.queryItemValue(u"subject"_s, QUrl::FullyDecoded).contains(u"from "_s),
             qPrintable(query.queryItemValue(u"subject"_s, QUrl::FullyDecoded)));
    QVERIFY(query.queryItemValue(u"body"_s, QUrl::FullyDecoded).contains(u"1,640.00"_s)
            || query.queryItemValue(u"body"_s, QUrl::FullyDecoded).contains(u"1 640,00"_s));
}

void TestStatisticsPage::applyButton_storesTheAnnouncedPriceChange()
{
    fillDemo();
    auto *apply = m_page->findChild<QPushButton *>(u"raiseApplyButton"_s);
    QVERIFY(apply);
    QVERIFY(apply->isEnabled());
    QTest::mouseClick(apply, Qt::LeftButton);

    const auto project = ProjectStore(*m_db).get(2);
    QVERIFY2(project, why(project));
    QCOMPARE(project->priceChanges.size(), 1);
    QCOMPARE(project->priceChanges.first().effectiveOn, QDate(2025, 4, 11));
    QCOMPARE(project->priceChanges.first().announcedOn, kToday);
    QCOMPARE(project->priceChanges.first().newPriceMinor, qint64(164000));
    QVERIFY2(m_page->statusText().contains(u"1,640.00"_s), qPrintable(m_page->statusText()));

    // The page reloaded: the rise is planned, a second one is refused and
    // nothing more is written.
    QVERIFY(text(m_page->model(StatisticsPage::RaisePlan), 0, 6).startsWith(u"already planned"_s));
    m_page->planPriceRise(0);
    QVERIFY(m_page->statusText().contains(u"already has a price rise"_s));
    QCOMPARE(ProjectStore(*m_db).get(2)->priceChanges.size(), 1);
}

void TestStatisticsPage::period_sinceAChosenDate()
{
    fillDemo();
    QDateEdit *since = m_page->sinceEdit();
    QVERIFY(since->isHidden());
    QComboBox *period = m_page->periodCombo();
    period->setCurrentIndex(period->findData(StatisticsPage::SinceDate));
    QVERIFY(!since->isHidden());
    // Kaisa's memoir was agreed on 2024-02-04, Jukka's framework contract
    // on 2024-04-02: a day after the first leaves only it out, a day after
    // the second both.
    since->setDate(QDate(2024, 2, 5));
    QCOMPARE(m_page->report().projectsCounted, 6);
    QCOMPARE(m_page->report().options.since, QDate(2024, 2, 5));
    since->setDate(QDate(2024, 2, 4));
    QCOMPARE(m_page->report().projectsCounted, 7);
    since->setDate(QDate(2024, 4, 3));
    QCOMPARE(m_page->report().projectsCounted, 5);
    // Back to all time: the date no longer counts and is hidden.
    period->setCurrentIndex(period->findData(StatisticsPage::AllTime));
    QVERIFY(since->isHidden());
    QCOMPARE(m_page->report().projectsCounted, 7);
    QVERIFY(!m_page->report().options.since.isValid());
}

void TestStatisticsPage::projectDays_comeFromTheWholeLogInTheStore()
{
    // The session holds only the part of the interaction log the rules
    // read; a project's day is counted from the whole log, read from the
    // store when the page is shown. A quote with no contract is dated by
    // the first interaction about it: here a letter we sent, which the
    // rules never read.
    fillDemo();
    const auto clients = ClientStore(*m_db).list();
    QVERIFY2(clients, why(clients));
    Project quote;
    quote.clientId = clients->first().id;
    quote.title = u"Quote dated by a letter"_s;
    quote.status = ProjectStatus::Negotiation;
    quote.currency = u"EUR"_s;
    quote.basePriceMinor = 100000;
    QVERIFY(ProjectStore(*m_db).create(quote));
    Interaction letter;
    letter.clientId = quote.clientId;
    letter.projectId = quote.id;
    letter.at = QDateTime(QDate(2025, 1, 20), QTime(12, 0), QTimeZone::utc());
    letter.direction = Direction::Out;
    letter.kind = InteractionKind::General;
    letter.summary = u"The quote as agreed on the phone"_s;
    QVERIFY(InteractionStore(*m_db).create(letter));
    m_session->notifyChanged();
    const auto &held = m_session->facts().interactions;
    QVERIFY(std::none_of(held.cbegin(), held.cend(), [&](const Interaction &i) { return i.id == letter.id; }));

    QComboBox *period = m_page->periodCombo();
    period->setCurrentIndex(period->findData(StatisticsPage::SinceDate));
    m_page->sinceEdit()->setDate(QDate(2025, 1, 21));
    const int after = m_page->report().projectsCounted;
    m_page->sinceEdit()->setDate(QDate(2025, 1, 20));
    QCOMPARE(m_page->report().projectsCounted, after + 1);

    // The days the store counts are those of the whole log.
    const auto whole = InteractionStore(*m_db).list();
    QVERIFY2(whole, why(whole));
    const auto days = InteractionStore(*m_db).projectLogDays();
    QVERIFY2(days, why(days));
    QCOMPARE(*days, NegotiationStats::logDays(*whole));
    QCOMPARE(days->value(quote.id).first, QDate(2025, 1, 20));
    QVERIFY(std::any_of(days->cbegin(), days->cend(),
                        [](const NegotiationStats::LogDays &d) { return d.firstAgreement.isValid(); }));
}

void TestStatisticsPage::projectDays_unreadable_keepsTheFiguresAndSaysWhy()
{
    fillDemo();
    QComboBox *period = m_page->periodCombo();
    period->setCurrentIndex(period->findData(StatisticsPage::SinceDate));
    m_page->sinceEdit()->setDate(QDate(2024, 2, 4));
    const NegotiationStats::Report before = m_page->report();
    QCOMPARE(before.projectsCounted, 7);

    // The log cannot be read (here its table is gone; on a server, a lost
    // connection): the page must not count from an empty log.
    QSignalSpy errors(m_session.get(), &Session::errorOccurred);
    QSqlQuery rename(m_db->connection());
    QVERIFY2(rename.exec(u"ALTER TABLE interaction RENAME TO interaction_away"_s),
             qPrintable(rename.lastError().text()));
    m_page->sinceEdit()->setDate(QDate(2024, 2, 5));
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.first().first().toString().contains(u"interaction"_s),
             qPrintable(errors.first().first().toString()));
    QCOMPARE(m_page->report().projectsCounted, before.projectsCounted);
    QCOMPARE(m_page->report().options.since, before.options.since);

    // Readable again: the next showing counts with the chosen date.
    QVERIFY2(rename.exec(u"ALTER TABLE interaction_away RENAME TO interaction"_s),
             qPrintable(rename.lastError().text()));
    m_page->hide();
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    QCOMPARE(m_page->report().options.since, QDate(2024, 2, 5));
    QCOMPARE(m_page->report().projectsCounted, 6);
    QCOMPARE(errors.size(), 1);
}

void TestStatisticsPage::period_lastTwelveMonthsLeavesOlderProjectsOut()
{
    fillDemo();
    QCOMPARE(m_page->report().projectsCounted, 7);
    m_page->periodCombo()->setCurrentIndex(m_page->periodCombo()->findData(StatisticsPage::LastTwelveMonths));
    // Kaisa's memoir (contract 2024-02-04) is older than a year; Jukka's
    // framework contract (2024-04-02) is not.
    QCOMPARE(m_page->report().projectsCounted, 6);
    // The planner still compares with the newest agreements of all time.
    QCOMPARE(m_page->model(StatisticsPage::RaisePlan)->rowCount(), 1);
}

void TestStatisticsPage::empty_saysSoAndOffersNothingToApply()
{
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    auto *summary = m_page->findChild<QLabel *>(u"statisticsSummary"_s);
    QVERIFY(summary->text().startsWith(u"No projects yet"_s));
    QCOMPARE(m_page->model(StatisticsPage::Rates)->rowCount(), 0);
    QCOMPARE(m_page->model(StatisticsPage::RaisePlan)->rowCount(), 0);
    QCOMPARE(text(m_page->model(StatisticsPage::OfferRatios), 0, 1), u"too few (0 of 3)"_s);
    QVERIFY(!m_page->findChild<QPushButton *>(u"raiseApplyButton"_s)->isEnabled());
}

void TestStatisticsPage::models_passModelTester()
{
    fillDemo();
    for (int t = 0; t < StatisticsPage::TableCount; ++t) {
        QAbstractItemModelTester tester(m_page->model(StatisticsPage::Table(t)),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_page->reload();
    }
}

QTEST_MAIN(TestStatisticsPage)
#include "tst_statisticspage.moc"
