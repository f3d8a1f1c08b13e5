#include "core/storage/database.h"
#include "core/exchange/demodata.h"
#include "core/storage/rowversion.h"
#include "core/storage/stores.h"
#include "ui/clients/clientdetail.h"
#include "ui/clients/clientdetailmodels.h"
#include "ui/clients/clientdialog.h"
#include "ui/clients/clientspage.h"
#include "ui/clients/clienttablemodel.h"
#include "ui/clients/logentrydialogs.h"
#include "ui/mainwindow.h"
#include "ui/projects/projectspage.h"
#include "ui/widgets/confirmation.h"
#include "ui/widgets/riskbadge.h"
#include "ui/session.h"
#include "testutil.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QScopeGuard>

#include <functional>

using namespace neuvo;
using namespace Qt::StringLiterals;

namespace {

const QDate kToday(2025, 3, 14); // a Friday
const auto kToxicName = u"Дмитрий Соколов"_s;
const auto kHealthyName = u"Laura Mäkelä"_s;

// Answers the next modal message boxes from inside their own event loops,
// the way a person would: reads each question and clicks the button whose
// text starts with the next of `buttons` (a question, then the warning that
// follows it). A box without such a button is cancelled, so a wrong guess
// fails the test instead of hanging it.
class MessageBoxAnswer final : public QObject
{
public:
    explicit MessageBoxAnswer(const QString &button)
        : MessageBoxAnswer(QStringList{button})
    {
    }
    explicit MessageBoxAnswer(const QStringList &buttons)
        : m_answers(buttons)
    {
        m_timer.setInterval(10);
        connect(&m_timer, &QTimer::timeout, this, &MessageBoxAnswer::poll);
        m_timer.start();
    }

    // Every box was there and answered with its button.
    bool answered() const { return m_clicked == m_answers.size(); }
    QString question() const { return m_questions.value(0); }
    QStringList questions() const { return m_questions; }
    QStringList buttons() const { return m_buttons; }
    // Runs when each box is there, before it is answered: what the window
    // was like while the person read the question.
    void setOnShown(std::function<void()> onShown) { m_onShown = std::move(onShown); }

private:
    void poll()
    {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || box == m_last) { // none yet, or the one answered is still closing
            if (++m_polls > 500)
                m_timer.stop();
            return;
        }
        m_last = box;
        m_polls = 0;
        if (m_onShown)
            m_onShown();
        const QString answer = m_answers.at(m_questions.size());
        m_questions << box->text() + u'\n' + box->informativeText();
        if (m_questions.size() == m_answers.size())
            m_timer.stop();
        bool clicked = false;
        for (QAbstractButton *b : box->buttons()) {
            m_buttons << b->text();
            if (!clicked && b->text().remove(u'&').startsWith(answer)) {
                clicked = true;
                ++m_clicked;
                QTest::mouseClick(b, Qt::LeftButton);
            }
        }
        if (!clicked)
            box->reject();
    }

    QStringList m_answers;
    QTimer m_timer;
    int m_polls = 0;
    int m_clicked = 0;
    QPointer<QMessageBox> m_last;
    QStringList m_questions;
    QStringList m_buttons;
    std::function<void()> m_onShown;
};

} // namespace

class TestClientsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void newClient_typedIntoDialog_isStored();
    void newClient_badValue_keepsDialogOpenWithInput();
    void editClient_returnOpensDialogAndSaves();
    void filter_narrowsPerKeystroke_andSaysWhenNothingMatches();
    void filter_foldsCase_keepsSortOrder_andTheDetailFollowsTheCurrentRow();
    void detail_builtWhenAClientIsFirstShown();
    void table_toxicDemoClientIsDecline_withOutstandingAmount();
    void redFlags_clientFlagsAndYourAlertsApart();
    void table_sortsOnRolesNotText();
    void table_sortsNamesNaturally_inTheLocalesOrder();
    void redFlags_tickingStoresObservation_andRaisesFinding();
    void interactions_quickAddStoresOneRecord();
    void promises_addAndMarkDone();
    void interactions_editThenDeleteThenUndo();
    void promises_editThenDeleteThenUndo();
    void newClient_startsInTheSystemsTimeZone();
    void delete_withProjectsAsks_thenUndoRestores();
    void delete_clientChangedElsewhere_refusedNamingWho_thenDeletesSaved();
    void delete_interactionAndPromiseChangedElsewhere_refused();
    void delete_projectChangedElsewhere_refused();
    void delete_projectChangedElsewhere_whileSessionStale_refusedWithoutEvaluating();
    void splitter_stateIsSaved();
    void models_passModelTester();

private:
    std::unique_ptr<MainWindow> makeWindow(bool demo = true);
    // Someone else's connection to the window's file, saving as bob@laptop.
    std::unique_ptr<Database> openAsBob();
    // Selects the record in a detail tab's list ("promises": promisesView)
    // and clicks its Delete button ("Promise": deletePromiseButton); returns
    // the message box that follows, answered with OK (empty when none).
    QString clickDeleteOn(const QString &list, const QString &record, qint64 id);
    qint64 clientIdByName(const QString &name);
    ClientsPage *page() const { return m_window->clientsPage(); }
    ClientDialog *openDialog() const;
    template<typename Dialog>
    Dialog *openLogDialog() const
    {
        Dialog *found = nullptr;
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *dialog = qobject_cast<Dialog *>(w); dialog && dialog->isVisible())
                found = dialog;
        }
        if (found) {
            QApplication::setActiveWindow(found);
            if (!QTest::qWaitForWindowActive(found))
                qWarning("the dialog did not become active");
        }
        return found;
    }
    // Makes the row of the record with this id current in view.
    static bool selectRecord(QTableView *view, qint64 id);
    void undoWithShortcut();
    template<typename T>
    T *detailChild(const QString &name) const
    {
        auto *child = page()->detail()->findChild<T *>(name);
        if (!child)
            qWarning("no %s", qPrintable(name));
        return child;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
    Database *m_db = nullptr; // owned by the window
};

void TestClientsPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void TestClientsPage::init()
{
    m_dir.reset(new QTemporaryDir);
    QVERIFY(m_dir->isValid());
}

void TestClientsPage::cleanup()
{
    RowVersions::setEditor(QString());
    m_window.reset();
    m_db = nullptr;
    m_dir.reset();
}

std::unique_ptr<MainWindow> TestClientsPage::makeWindow(bool demo)
{
    auto db = std::make_unique<Database>();
    if (!db->open(m_dir->filePath(u"clients.sqlite"_s)).ok())
        return nullptr;
    if (demo && !DemoData::fill(*db, kToday).ok())
        return nullptr;
    m_db = db.get();
    auto window = std::make_unique<MainWindow>(std::move(db));
    window->session().setToday(kToday);
    window->showPage(MainWindow::ClientsView);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return nullptr;
    QApplication::setActiveWindow(window.get());
    if (!QTest::qWaitForWindowActive(window.get()))
        return nullptr;
    // The client list fills once the rules have run in their thread.
    if (!QTest::qWaitFor([&] { return !window->session().isEvaluating(); }))
        return nullptr;
    return window;
}

std::unique_ptr<Database> TestClientsPage::openAsBob()
{
    auto other = std::make_unique<Database>();
    if (!other->open(m_dir->filePath(u"clients.sqlite"_s)).ok())
        return nullptr;
    RowVersions::setEditor(u"bob@laptop"_s);
    return other;
}

QString TestClientsPage::clickDeleteOn(const QString &list, const QString &record, qint64 id)
{
    auto *view = detailChild<QTableView>(list + u"View"_s);
    auto *remove = detailChild<QPushButton>(u"delete%1Button"_s.arg(record));
    if (!view || !remove || !selectRecord(view, id))
        return {};
    MessageBoxAnswer ok(u"OK"_s);
    QTest::mouseClick(remove, Qt::LeftButton);
    return ok.answered() ? ok.question() : QString();
}

qint64 TestClientsPage::clientIdByName(const QString &name)
{
    const auto clients = ClientStore(*m_db).list();
    for (const Client &c : *clients) {
        if (c.name == name)
            return c.id;
    }
    return 0;
}

ClientDialog *TestClientsPage::openDialog() const
{
    ClientDialog *found = nullptr;
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *dialog = qobject_cast<ClientDialog *>(w); dialog && dialog->isVisible()) {
            if (found)
                qWarning("more than one client dialog is open");
            found = dialog;
        }
    }
    // Keys go where a person's would: into the dialog, not the window below
    // (offscreen there is no window manager to activate it).
    if (found)
        QApplication::setActiveWindow(found);
    if (found && !QTest::qWaitForWindowActive(found))
        qWarning("the client dialog did not become active");
    return found;
}

void TestClientsPage::newClient_typedIntoDialog_isStored()
{
    m_window = makeWindow();
    QVERIFY(m_window);
    const int before = *ClientStore(*m_db).count();

    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier); // QKeySequence::New
    ClientDialog *dialog = openDialog();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    auto *name = dialog->findChild<QLineEdit *>(u"name"_s);
    QCOMPARE(dialog->focusWidget(), name);
    QTest::keyClicks(name, u"Anna Berg"_s);
    QTest::keyClick(name, Qt::Key_Tab);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"company"_s), u"Bergin Paja"_s);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"email"_s), u"anna@paja.fi"_s);
    auto *zone = dialog->findChild<QComboBox *>(u"timeZone"_s);
    zone->lineEdit()->clear();
    QTest::keyClicks(zone->lineEdit(), u"Europe/Helsinki"_s);
    const auto boxes = dialog->findChildren<QCheckBox *>();
    QCOMPARE(boxes.size(), 7);
    QTest::keyClick(boxes.at(5), Qt::Key_Space); // Saturday too
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);

    QTRY_VERIFY(!dialog->isVisible());
    QCOMPARE(*ClientStore(*m_db).count(), before + 1);
    const qint64 id = clientIdByName(u"Anna Berg"_s);
    QVERIFY(id > 0);
    const Client stored = *ClientStore(*m_db).get(id);
    QCOMPARE(stored.company, u"Bergin Paja"_s);
    QCOMPARE(stored.email, u"anna@paja.fi"_s);
    QCOMPARE(stored.timeZone, u"Europe/Helsinki"_s);
    QCOMPARE(stored.contactDays, Weekdays(MondayToFriday | (1u << 5)));
    // The new client is listed and current, its detail shown.
    QCOMPARE(page()->currentClientId(), id);
    QCOMPARE(page()->detail()->clientId(), id);
}

void TestClientsPage::newClient_badValue_keepsDialogOpenWithInput()
{
    m_window = makeWindow();
    QVERIFY(m_window);
    const int before = *ClientStore(*m_db).count();
    page()->newClientAction()->trigger();
    ClientDialog *dialog = openDialog();
    QVERIFY(dialog);
    auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);

    QTest::mouseClick(ok, Qt::LeftButton); // no name
    QVERIFY(dialog->isVisible());
    QVERIFY2(dialog->errorText().startsWith(u"Name:"_s), qPrintable(dialog->errorText()));

    auto *name = dialog->findChild<QLineEdit *>(u"name"_s);
    QTest::keyClicks(name, u"Olli"_s);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"email"_s), u"olli-at-example"_s);
    QTest::mouseClick(ok, Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QVERIFY2(dialog->errorText().startsWith(u"E-mail:"_s), qPrintable(dialog->errorText()));
    QCOMPARE(dialog->focusWidget(), dialog->findChild<QLineEdit *>(u"email"_s));
    QCOMPARE(name->text(), u"Olli"_s);

    auto *email = dialog->findChild<QLineEdit *>(u"email"_s);
    email->selectAll();
    QTest::keyClicks(email, u"olli@example.fi"_s);
    auto *zone = dialog->findChild<QComboBox *>(u"timeZone"_s);
    zone->lineEdit()->clear();
    QTest::keyClicks(zone->lineEdit(), u"Mars/Olympus"_s);
    QTest::mouseClick(ok, Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QVERIFY2(dialog->errorText().startsWith(u"Time zone:"_s), qPrintable(dialog->errorText()));
    QCOMPARE(*ClientStore(*m_db).count(), before);

    zone->lineEdit()->clear();
    QTest::keyClicks(zone->lineEdit(), u"UTC"_s);
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY(!dialog->isVisible());
    QCOMPARE(*ClientStore(*m_db).count(), before + 1);
}

void TestClientsPage::editClient_returnOpensDialogAndSaves()
{
    m_window = makeWindow();
    QVERIFY(m_window);
    const qint64 id = clientIdByName(kHealthyName);
    page()->selectClient(id);
    page()->view()->setFocus();
    QTest::keyClick(page()->view(), Qt::Key_Return);
    ClientDialog *dialog = openDialog();
    QVERIFY(dialog);
    auto *company = dialog->findChild<QLineEdit *>(u"company"_s);
    QCOMPARE(company->text(), u"Pirkanmaan Kotileipomo Oy"_s);
    company->selectAll();
    QTest::keyClicks(company, u"Kotileipomo Ab"_s);
    QTest::keyClick(company, Qt::Key_Return); // the default button

    QTRY_VERIFY(!dialog->isVisible());
    QCOMPARE(ClientStore(*m_db).get(id)->company, u"Kotileipomo Ab"_s);
    // Reloaded, and the same client is still current.
    QCOMPARE(page()->currentClientId(), id);
    const QModelIndex current = page()->view()->currentIndex();
    QCOMPARE(current.siblingAtColumn(ClientTableModel::Company).data().toString(), u"Kotileipomo Ab"_s);
}

void TestClientsPage::filter_narrowsPerKeystroke_andSaysWhenNothingMatches()
{
    m_window = makeWindow();
    QVERIFY(m_window);
    QAbstractItemModel *model = page()->view()->model();
    const int all = model->rowCount();
    QVERIFY(all >= 5);
    auto *empty = page()->view()->findChild<QLabel *>(u"emptyState"_s);
    QVERIFY(empty);
    QVERIFY(!empty->isVisible());

    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QLineEdit *filter = page()->filterEdit();
    QVERIFY(filter->hasFocus());
    // Each keystroke narrows to the clients whose name, company or e-mail
    // holds the text so far.
    const auto clients = *ClientStore(*m_db).list();
    const QString typed = u"pulssi"_s;
    int previous = all;
    for (int i = 1; i <= typed.size(); ++i) {
        QTest::keyClick(filter, typed.at(i - 1).toLatin1());
        const QString text = typed.left(i);
        const auto expected = std::count_if(clients.cbegin(), clients.cend(), [&](const Client &c) {
            return c.name.contains(text, Qt::CaseInsensitive) || c.company.contains(text, Qt::CaseInsensitive)
                || c.email.contains(text, Qt::CaseInsensitive);
        });
        QCOMPARE(model->rowCount(), int(expected));
        QVERIFY(model->rowCount() <= previous);
        previous = model->rowCount();
    }
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, ClientTableModel::Name).data().toString(), u"Jukka Pöllänen"_s);
    QTest::keyClicks(filter, u"zz"_s);
    QCOMPARE(model->rowCount(), 0);
    QVERIFY(empty->isVisible());
    QCOMPARE(empty->text(), u"No client matches “pulssizz”."_s);
    QTest::keyClick(filter, Qt::Key_Z);
    QCOMPARE(empty->text(), u"No client matches “pulssizzz”."_s);
    filter->clear();
    QCOMPARE(model->rowCount(), all);
    QVERIFY(!empty->isVisible());

    // By e-mail, which is not a column.
    QTest::keyClicks(filter, u"d.sokolov@"_s);
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, ClientTableModel::Name).data().toString(), kToxicName);
}

// The page's own proxy matches case-folded text and sorts on the model's
// keys: what it shows while filtering is the sorted list with the
// non-matching rows left out, for any letters, and the detail always shows
// the current row's client.
void TestClientsPage::filter_foldsCase_keepsSortOrder_andTheDetailFollowsTheCurrentRow()
{
    m_window = makeWindow();
    QVERIFY(m_window);
    QTableView *view = page()->view();
    QAbstractItemModel *model = view->model();
    view->sortByColumn(ClientTableModel::Risk, Qt::DescendingOrder);
    const auto shownIds = [&] {
        QList<qint64> ids;
        for (int row = 0; row < model->rowCount(); ++row)
            ids << model->index(row, ClientTableModel::Name).data(IdRole).toLongLong();
        return ids;
    };
    const QList<qint64> sorted = shownIds();
    QVERIFY(sorted.size() >= 5);
    const auto isInSortedOrder = [&](const QList<qint64> &ids) {
        qsizetype at = 0;
        for (const qint64 id : ids) {
            at = sorted.indexOf(id, at);
            if (at < 0)
                return false;
        }
        return true;
    };
    const qint64 toxic = clientIdByName(kToxicName);
    page()->selectClient(toxic);
    QCOMPARE(page()->detail()->clientId(), toxic);

    QLineEdit *filter = page()->filterEdit();
    const auto clients = *ClientStore(*m_db).list();
    const auto expectedIds = [&](const QString &text) {
        QList<qint64> ids;
        for (const Client &c : clients) {
            if (c.name.contains(text, Qt::CaseInsensitive) || c.company.contains(text, Qt::CaseInsensitive)
                || c.email.contains(text, Qt::CaseInsensitive))
                ids << c.id;
        }
        std::sort(ids.begin(), ids.end());
        return ids;
    };
    // Upper case Cyrillic finds "Дмитрий Соколов"; an "e" (Latin) in the
    // e-mail finds more.
    for (const QString &text : {u"СОКОЛ"_s, u"ДМИТРИЙ С"_s, u"E"_s, u"MÄKELÄ"_s}) {
        filter->clear();
        // Key by key, with the text each key types (keyClicks sends Latin-1 only).
        for (const QChar ch : text)
            QTest::sendKeyEvent(QTest::Click, filter, Qt::Key_unknown, QString(ch), Qt::NoModifier);
        QList<qint64> shown = shownIds();
        QVERIFY2(isInSortedOrder(shown), qPrintable(text));
        std::sort(shown.begin(), shown.end());
        QCOMPARE(shown, expectedIds(text));
        QVERIFY(!shown.isEmpty());
        QCOMPARE(page()->detail()->clientId(), page()->currentClientId());
    }
    // "MÄKELÄ" left out the toxic client: the current row moved to one
    // that is shown, and the detail with it.
    QCOMPARE(page()->currentClientId(), clientIdByName(kHealthyName));
    QCOMPARE(page()->detail()->clientId(), clientIdByName(kHealthyName));

    // Erased key by key, the whole list comes back in the same order.
    while (!filter->text().isEmpty()) {
        QTest::keyClick(filter, Qt::Key_Backspace);
        QVERIFY(isInSortedOrder(shownIds()));
    }
    QCOMPARE(shownIds(), sorted);
    QCOMPARE(page()->detail()->clientId(), clientIdByName(kHealthyName));
}

// The page opens with the placeholder only; the header and tabs are made
// when a client is first shown and kept for the next.
void TestClientsPage::detail_builtWhenAClientIsFirstShown()
{
    Database db;
    QVERIFY(db.open(m_dir->filePath(u"lazy.sqlite"_s)).ok());
    QVERIFY(DemoData::fill(db, kToday).ok());
    Session session(db);
    session.setToday(kToday);
    ClientsPage page(session);
    page.resize(900, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    ClientDetailWidget *detail = page.detail();
    QCOMPARE(page.currentClientId(), 0);
    QVERIFY(!detail->tabs());
    QVERIFY(!detail->findChild<QTabWidget *>());
    QVERIFY(!detail->findChild<QLabel *>(u"clientTitle"_s));

    const auto clientNamed = [&](const QString &name) {
        for (const Client &c : *ClientStore(db).list()) {
            if (c.name == name)
                return c;
        }
        return Client{};
    };
    const Client toxic = clientNamed(kToxicName);
    QVERIFY(toxic.id > 0);
    page.selectClient(toxic.id);
    QCOMPARE(detail->clientId(), toxic.id);
    QVERIFY(detail->tabs());
    QVERIFY(detail->tabs()->isVisible());
    QCOMPARE(detail->tabs()->count(), int(ClientDetailWidget::TabCount));
    auto *title = detail->findChild<QLabel *>(u"clientTitle"_s);
    QVERIFY(title);
    QCOMPARE(title->text(), u"%1 — %2"_s.arg(toxic.name, toxic.company));
    QCOMPARE(detail->findChild<QLabel *>(u"headerRiskBadge"_s)->text(), displayName(RiskLevel::Decline));

    // Filtered out with nothing left to show: the placeholder again, the
    // tabs kept for the next client.
    QTabWidget *tabs = detail->tabs();
    QTest::keyClicks(page.filterEdit(), u"zzzz"_s);
    QCOMPARE(page.view()->model()->rowCount(), 0);
    QCOMPARE(detail->clientId(), 0);
    QVERIFY(!tabs->isVisible());
    page.filterEdit()->clear();
    const Client healthy = clientNamed(kHealthyName);
    page.selectClient(healthy.id);
    QCOMPARE(detail->tabs(), tabs);
    QVERIFY(tabs->isVisible());
    QCOMPARE(detail->clientId(), healthy.id);
    QCOMPARE(title->text(), healthy.company.isEmpty() ? healthy.name : u"%1 — %2"_s.arg(healthy.name, healthy.company));
}

void TestClientsPage::table_toxicDemoClientIsDecline_withOutstandingAmount()
{
    m_window = makeWindow();
    QVERIFY(m_window);
    const qint64 id = clientIdByName(kToxicName);
    page()->selectClient(id);
    const QModelIndex row = page()->view()->currentIndex();
    QCOMPARE(row.siblingAtColumn(ClientTableModel::Name).data().toString(), kToxicName);
    const QModelIndex risk = row.siblingAtColumn(ClientTableModel::Risk);
    QCOMPARE(risk.data().toString(), displayName(RiskLevel::Decline));
    QCOMPARE(risk.data(Qt::DecorationRole).value<QColor>(), riskColor(RiskLevel::Decline));
    QVERIFY(!risk.data(Qt::ToolTipRole).toString().isEmpty());
    QCOMPARE(row.siblingAtColumn(ClientTableModel::ActiveProjects).data().toInt(), 1);
    // 120 000 RUB - 10 % = 108 000 in four stages; the first is paid.
    const QModelIndex owed = row.siblingAtColumn(ClientTableModel::Outstanding);
    QCOMPARE(owed.data(SortRole).toLongLong(), 8100000);
    QCOMPARE(owed.data().toString(), Money(8100000, u"RUB"_s).format(QLocale()));

    // The healthy referral client: OK, green, nothing owed.
    page()->selectClient(clientIdByName(kHealthyName));
    const QModelIndex healthy = page()->view()->currentIndex();
    QCOMPARE(healthy.siblingAtColumn(ClientTableModel::Risk).data().toString(), displayName(RiskLevel::Ok));
    QCOMPARE(healthy.siblingAtColumn(ClientTableModel::Risk).data(Qt::DecorationRole).value<QColor>(),
             riskColor(RiskLevel::Ok));
    QCOMPARE(healthy.siblingAtColumn(ClientTableModel::Outstanding).data().toString(), QString());

    // The same level in the detail header and the red-flags tab.
    QCOMPARE(detailChild<QLabel>(u"headerRiskBadge"_s)->text(), displayName(RiskLevel::Ok));
    page()->selectClient(id);
    QCOMPARE(detailChild<QLabel>(u"riskBadge"_s)->text(), displayName(RiskLevel::Decline));
}

void TestClientsPage::redFlags_clientFlagsAndYourAlertsApart()
{
    m_window = makeWindow();
    QVERIFY(m_window);
    const qint64 id = clientIdByName(kToxicName);
    page()->selectClient(id);
    page()->detail()->tabs()->setCurrentIndex(ClientDetailWidget::RedFlagsPage);
    // The client's behaviour in one list, your own to-dos in the other,
    // each exactly the engine's findings of that kind.
    int flags = 0;
    int alerts = 0;
    for (const Finding &f : m_window->session().findings()) {
        if (f.clientId == id)
            (f.kind == FindingKind::Flag ? flags : alerts) += 1;
    }
    QVERIFY(flags > 0 && alerts > 0);
    const auto kinds = [](QTableView *view) {
        QSet<QString> out;
        for (int row = 0; row < view->model()->rowCount(); ++row)
            out.insert(view->model()->index(row, FindingTableModel::Kind).data().toString());
        return out;
    };
    auto *flagView = detailChild<QTableView>(u"findingsView"_s);
    auto *alertView = detailChild<QTableView>(u"alertsView"_s);
    QCOMPARE(flagView->model()->rowCount(), flags);
    QCOMPARE(alertView->model()->rowCount(), alerts);
    QCOMPARE(kinds(flagView), QSet<QString>{displayName(FindingKind::Flag)});
    QCOMPARE(kinds(alertView), QSet<QString>{displayName(FindingKind::Alert)});
    QVERIFY(!alertView->isHidden());
}

void TestClientsPage::table_sortsOnRolesNotText()
{
    m_window = makeWindow();
    QVERIFY(m_window);
    QTableView *view = page()->view();
    view->sortByColumn(ClientTableModel::Risk, Qt::DescendingOrder);
    QCOMPARE(view->model()->index(0, ClientTableModel::Name).data().toString(), kToxicName);
    view->sortByColumn(ClientTableModel::Outstanding, Qt::DescendingOrder);
    qint64 previous = std::numeric_limits<qint64>::max();
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        const qint64 value = view->model()->index(row, ClientTableModel::Outstanding).data(SortRole).toLongLong();
        QVERIFY(value <= previous);
        previous = value;
    }
}

// "Client 2" before "Client 10", case only breaking ties, and the letters
// in the order of the interface's language (Å after Z in Finnish, with A
// in English); the company column the same way.
void TestClientsPage::table_sortsNamesNaturally_inTheLocalesOrder()
{
    QList<Client> clients;
    qint64 id = 0;
    for (const QString &name : {u"Client 10"_s, u"Åke Ström"_s, u"client 1"_s, u"Zeta Oy"_s, u"Client 2"_s,
                                u"Client 100"_s}) {
        Client c = test::makeClient(name, ++id);
        c.company = u"Studio %1"_s.arg(100 - id * 10); // Studio 90 … Studio 40
        clients << c;
    }
    const QLocale before;
    const auto restore = qScopeGuard([&] { QLocale::setDefault(before); });
    const auto sortedNames = [&](int column, Qt::SortOrder order) {
        ClientTableModel model;
        model.setClients(clients);
        ClientFilterProxy proxy(&model); // the page's
        proxy.sort(column, order);
        QStringList names;
        for (int row = 0; row < proxy.rowCount(); ++row)
            names << proxy.index(row, column).data().toString();
        return names;
    };

    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QCOMPARE(sortedNames(ClientTableModel::Name, Qt::AscendingOrder),
             (QStringList{u"Åke Ström"_s, u"client 1"_s, u"Client 2"_s, u"Client 10"_s, u"Client 100"_s,
                          u"Zeta Oy"_s}));
    QCOMPARE(sortedNames(ClientTableModel::Name, Qt::DescendingOrder).constLast(), u"Åke Ström"_s);
    QCOMPARE(sortedNames(ClientTableModel::Company, Qt::AscendingOrder),
             (QStringList{u"Studio 40"_s, u"Studio 50"_s, u"Studio 60"_s, u"Studio 70"_s, u"Studio 80"_s,
                          u"Studio 90"_s}));

    QLocale::setDefault(QLocale(QLocale::Finnish, QLocale::Finland));
    QCOMPARE(sortedNames(ClientTableModel::Name, Qt::AscendingOrder),
             (QStringList{u"client 1"_s, u"Client 2"_s, u"Client 10"_s, u"Client 100"_s, u"Zeta Oy"_s,
                          u"Åke Ström"_s}));
}

void TestClientsPage::redFlags_tickingStoresObservation_andRaisesFinding()
{
    m_window = makeWindow();
    QVERIFY(m_window);
    const qint64 id = clientIdByName(kHealthyName);
    page()->selectClient(id);
    page()->detail()->tabs()->setCurrentIndex(ClientDetailWidget::RedFlagsPage);
    auto *findings = detailChild<QTableView>(u"findingsView"_s);
    const int findingsBefore = findings->model()->rowCount();
    QCOMPARE(detailChild<QLabel>(u"riskBadge"_s)->text(), displayName(RiskLevel::Ok));

    auto *note = detailChild<QLineEdit>(u"note_disrespect"_s);
    QTest::keyClicks(note, u"Says I should be grateful for the work"_s);
    auto *box = detailChild<QCheckBox>(u"pattern_disrespect"_s);
    QVERIFY(!box->isChecked());
    QTest::keyClick(box, Qt::Key_Space);

    auto observations = *ObservationStore(*m_db).list(id);
    QCOMPARE(observations.size(), 1);
    QCOMPARE(observations.first().pattern, ClientPattern::Disrespect);
    QCOMPARE(observations.first().note, u"Says I should be grateful for the work"_s);
    QCOMPARE(observations.first().observedOn, kToday);
    QVERIFY(box->isChecked());

    QCOMPARE(findings->model()->rowCount(), findingsBefore + 1);
    bool shown = false;
    for (int row = 0; row < findings->model()->rowCount(); ++row) {
        const QString evidence = findings->model()->index(row, FindingTableModel::Evidence).data().toString();
        shown |= evidence.contains(u"grateful for the work"_s);
    }
    QVERIFY(shown);
    // Disrespect is refused at once: the client is now one to decline.
    QCOMPARE(detailChild<QLabel>(u"riskBadge"_s)->text(), displayName(RiskLevel::Decline));
    QCOMPARE(page()->view()->currentIndex().siblingAtColumn(ClientTableModel::Risk).data().toString(),
             displayName(RiskLevel::Decline));

    // Unticking withdraws it today; the record stays with the date.
    QTest::keyClick(box, Qt::Key_Space);
    observations = *ObservationStore(*m_db).list(id);
    QCOMPARE(observations.size(), 1);
    QCOMPARE(observations.first().withdrawnOn, kToday);
    QCOMPARE(findings->model()->rowCount(), findingsBefore);
    QCOMPARE(detailChild<QLabel>(u"riskBadge"_s)->text(), displayName(RiskLevel::Ok));
    QVERIFY(!box->isChecked());
}

void TestClientsPage::interactions_quickAddStoresOneRecord()
{
    m_window = makeWindow();
    QVERIFY(m_window);
    const qint64 id = clientIdByName(kToxicName);
    page()->selectClient(id);
    page()->detail()->tabs()->setCurrentIndex(ClientDetailWidget::InteractionsPage);
    const int before = int(InteractionStore(*m_db).list(id)->size());
    auto *view = detailChild<QTableView>(u"interactionsView"_s);
    QCOMPARE(view->model()->rowCount(), before);

    auto *add = detailChild<QPushButton>(u"addInteractionButton"_s);
    QVERIFY(!add->isEnabled()); // nothing to log yet
    auto *kind = detailChild<QComboBox>(u"interactionKind"_s);
    kind->setCurrentIndex(kind->findData(toId(InteractionKind::Agreement)));
    auto *channel = detailChild<QComboBox>(u"interactionChannel"_s);
    channel->setCurrentIndex(channel->findData(toId(Channel::Phone)));
    QTest::keyClicks(detailChild<QLineEdit>(u"interactionSummary"_s), u"Agreed: stage 2 is paid by Monday"_s);
    QTest::keyClick(detailChild<QCheckBox>(u"interactionConfirmed"_s), Qt::Key_Space);
    QVERIFY(add->isEnabled());
    QTest::mouseClick(add, Qt::LeftButton);

    const auto stored = *InteractionStore(*m_db).list(id);
    QCOMPARE(stored.size(), before + 1);
    const auto added = std::find_if(stored.cbegin(), stored.cend(), [](const Interaction &i) {
        return i.summary == u"Agreed: stage 2 is paid by Monday"_s;
    });
    QVERIFY(added != stored.cend());
    QCOMPARE(added->kind, InteractionKind::Agreement);
    QCOMPARE(added->channel, Channel::Phone);
    QCOMPARE(added->confirmedOn, kToday);
    QCOMPARE(added->at.toLocalTime().date(), kToday);
    QCOMPARE(added->at.timeSpec(), Qt::UTC);
    // Newest first, and the quick-add row is ready for the next entry.
    QCOMPARE(view->model()->rowCount(), before + 1);
    QCOMPARE(view->model()->index(0, InteractionTableModel::Summary).data().toString(), added->summary);
    QVERIFY(detailChild<QLineEdit>(u"interactionSummary"_s)->text().isEmpty());
    QVERIFY(!detailChild<QCheckBox>(u"interactionConfirmed"_s)->isChecked());
}

void TestClientsPage::promises_addAndMarkDone()
{
    m_window = makeWindow();
    QVERIFY(m_window);
    const qint64 id = clientIdByName(kHealthyName);
    page()->selectClient(id);
    page()->detail()->tabs()->setCurrentIndex(ClientDetailWidget::PromisesPage);
    const int before = int(PromiseStore(*m_db).list(id)->size());
    QTest::keyClicks(detailChild<QLineEdit>(u"promiseWhat"_s), u"Send the spring brief"_s);
    QTest::keyClick(detailChild<QLineEdit>(u"promiseWhat"_s), Qt::Key_Return);
    auto promises = *PromiseStore(*m_db).list(id);
    QCOMPARE(promises.size(), before + 1);
    const auto found = std::find_if(promises.cbegin(), promises.cend(),
                                    [](const Promise &p) { return p.what == u"Send the spring brief"_s; });
    QVERIFY(found != promises.cend());
    const Promise added = *found;
    QCOMPARE(added.dueOn, kToday.addDays(1));

    auto *view = detailChild<QTableView>(u"promisesView"_s);
    QModelIndex done;
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        const QModelIndex index = view->model()->index(row, PromiseTableModel::Done);
        if (index.data(IdRole).toLongLong() == added.id)
            done = index;
    }
    QVERIFY(done.isValid());
    QCOMPARE(done.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);
    view->setFocus();
    view->setCurrentIndex(done);
    QTest::keyClick(view, Qt::Key_Space);
    QCOMPARE(PromiseStore(*m_db).get(added.id)->doneOn, kToday);
}

bool TestClientsPage::selectRecord(QTableView *view, qint64 id)
{
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        const QModelIndex index = view->model()->index(row, 1);
        if (index.data(IdRole).toLongLong() == id) {
            QApplication::setActiveWindow(view->window());
            view->setFocus();
            view->setCurrentIndex(index);
            return true;
        }
    }
    return false;
}

void TestClientsPage::undoWithShortcut()
{
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier); // Edit → Undo
}

void TestClientsPage::interactions_editThenDeleteThenUndo()
{
    m_window = makeWindow();
    QVERIFY(m_window);
    const qint64 clientId = clientIdByName(kToxicName);
    page()->selectClient(clientId);
    page()->detail()->tabs()->setCurrentIndex(ClientDetailWidget::InteractionsPage);
    const QList<Interaction> before = *InteractionStore(*m_db).list(clientId);
    QVERIFY(before.size() >= 2);
    const Interaction original = before.first();
    auto *view = detailChild<QTableView>(u"interactionsView"_s);
    auto *edit = detailChild<QPushButton>(u"editInteractionButton"_s);
    auto *remove = detailChild<QPushButton>(u"deleteInteractionButton"_s);
    view->setCurrentIndex({});
    QVERIFY(!edit->isEnabled());
    QVERIFY(!remove->isEnabled());

    // Return on the row opens the dialog with the record's values.
    QVERIFY(selectRecord(view, original.id));
    QVERIFY(edit->isEnabled());
    QTest::keyClick(view, Qt::Key_Return);
    auto *dialog = openLogDialog<InteractionDialog>();
    QVERIFY(dialog);
    auto *summary = dialog->findChild<QPlainTextEdit *>(u"interactionSummary"_s);
    QCOMPARE(summary->toPlainText(), original.summary);
    QCOMPARE(dialog->findChild<QCheckBox *>(u"interactionConfirmed"_s)->isChecked(), original.confirmedOn.isValid());

    // An empty summary is refused with the field named; the record stays.
    summary->selectAll();
    QTest::keyClick(summary, Qt::Key_Delete);
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QVERIFY2(dialog->errorText().startsWith(u"Summary:"_s), qPrintable(dialog->errorText()));
    QCOMPARE(InteractionStore(*m_db).get(original.id)->summary, original.summary);

    QTest::keyClicks(summary, u"Asked for a discount again"_s);
    auto *kind = dialog->findChild<QComboBox *>(u"interactionKind"_s);
    kind->setCurrentIndex(kind->findData(toId(InteractionKind::DiscountRequest)));
    auto *confirmed = dialog->findChild<QCheckBox *>(u"interactionConfirmed"_s);
    if (!confirmed->isChecked())
        QTest::mouseClick(confirmed, Qt::LeftButton);
    dialog->findChild<QDateEdit *>(u"interactionConfirmedOn"_s)->setDate(kToday.addDays(-1));
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_VERIFY(!dialog->isVisible());

    const Interaction edited = *InteractionStore(*m_db).get(original.id);
    QCOMPARE(edited.summary, u"Asked for a discount again"_s);
    QCOMPARE(edited.kind, InteractionKind::DiscountRequest);
    QCOMPARE(edited.confirmedOn, kToday.addDays(-1));
    QCOMPARE(edited.at, original.at);
    QCOMPARE(edited.clientId, clientId);
    QCOMPARE(InteractionStore(*m_db).list(clientId)->size(), before.size());

    // Delete (the key, no question), then Edit → Undo puts it back as edited.
    QVERIFY(selectRecord(view, original.id));
    QTest::keyClick(view, Qt::Key_Delete);
    QCOMPARE(InteractionStore(*m_db).list(clientId)->size(), before.size() - 1);
    QVERIFY(!InteractionStore(*m_db).get(original.id).ok());
    QCOMPARE(view->model()->rowCount(), int(before.size()) - 1);
    auto *undo = m_window->findChild<QAction *>(u"undoAction"_s);
    QVERIFY(undo->isEnabled());
    QVERIFY2(undo->text().contains(u"Asked for a discount again"_s), qPrintable(undo->text()));
    undoWithShortcut();
    QCOMPARE(InteractionStore(*m_db).list(clientId)->size(), before.size());
    const Interaction back = *InteractionStore(*m_db).get(original.id);
    QCOMPARE(back.summary, edited.summary);
    QCOMPARE(back.at, edited.at);
    QCOMPARE(view->model()->rowCount(), int(before.size()));

    // The button deletes too.
    QVERIFY(selectRecord(view, original.id));
    QTest::mouseClick(remove, Qt::LeftButton);
    QVERIFY(!InteractionStore(*m_db).get(original.id).ok());
}

void TestClientsPage::promises_editThenDeleteThenUndo()
{
    m_window = makeWindow();
    QVERIFY(m_window);
    const qint64 clientId = clientIdByName(kHealthyName);
    Promise p;
    p.clientId = clientId;
    p.what = u"Send the draft"_s;
    p.dueOn = kToday.addDays(2);
    QVERIFY(PromiseStore(*m_db).create(p).ok());
    m_window->session().notifyChanged();
    page()->selectClient(clientId);
    page()->detail()->tabs()->setCurrentIndex(ClientDetailWidget::PromisesPage);
    const int before = int(PromiseStore(*m_db).list(clientId)->size());
    auto *view = detailChild<QTableView>(u"promisesView"_s);
    QVERIFY(selectRecord(view, p.id));
    auto *edit = detailChild<QPushButton>(u"editPromiseButton"_s);
    QVERIFY(edit->isEnabled());
    QTest::mouseClick(edit, Qt::LeftButton);
    auto *dialog = openLogDialog<PromiseDialog>();
    QVERIFY(dialog);
    auto *what = dialog->findChild<QLineEdit *>(u"promiseWhat"_s);
    QCOMPARE(what->text(), p.what);
    QCOMPARE(dialog->findChild<QDateEdit *>(u"promiseDue"_s)->date(), p.dueOn);
    what->selectAll();
    QTest::keyClicks(what, u"Send the second draft"_s);
    dialog->findChild<QDateEdit *>(u"promiseDue"_s)->setDate(kToday.addDays(5));
    QTest::mouseClick(dialog->findChild<QCheckBox *>(u"promiseKept"_s), Qt::LeftButton);
    QTest::keyClick(what, Qt::Key_Return);
    QTRY_VERIFY(!dialog->isVisible());
    const Promise edited = *PromiseStore(*m_db).get(p.id);
    QCOMPARE(edited.what, u"Send the second draft"_s);
    QCOMPARE(edited.dueOn, kToday.addDays(5));
    QCOMPARE(edited.doneOn, kToday);

    QVERIFY(selectRecord(view, p.id));
    QTest::mouseClick(detailChild<QPushButton>(u"deletePromiseButton"_s), Qt::LeftButton);
    QVERIFY(!PromiseStore(*m_db).get(p.id).ok());
    QCOMPARE(view->model()->rowCount(), before - 1);
    undoWithShortcut();
    const Promise back = *PromiseStore(*m_db).get(p.id);
    QCOMPARE(back.what, edited.what);
    QCOMPARE(back.doneOn, edited.doneOn);
    QCOMPARE(view->model()->rowCount(), before);
}

void TestClientsPage::newClient_startsInTheSystemsTimeZone()
{
    const QByteArray zoneBefore = qgetenv("TZ");
    const auto restoreZone = qScopeGuard([&] {
        if (zoneBefore.isEmpty())
            qunsetenv("TZ");
        else
            qputenv("TZ", zoneBefore);
    });
    qputenv("TZ", "Asia/Tokyo");
    m_window = makeWindow(false);
    QVERIFY(m_window);
    page()->newClientAction()->trigger();
    ClientDialog *dialog = openDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->findChild<QComboBox *>(u"timeZone"_s)->currentText(), u"Asia/Tokyo"_s);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"name"_s), u"Aiko"_s);
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_VERIFY(!dialog->isVisible());
    QCOMPARE(ClientStore(*m_db).get(clientIdByName(u"Aiko"_s))->timeZone, u"Asia/Tokyo"_s);
}

void TestClientsPage::delete_withProjectsAsks_thenUndoRestores()
{
    m_window = makeWindow();
    QVERIFY(m_window);
    const qint64 id = clientIdByName(kToxicName);
    const int projects = *ClientStore(*m_db).projectCount(id);
    QCOMPARE(projects, 1);
    const int clients = *ClientStore(*m_db).count();
    page()->selectClient(id);
    page()->view()->setFocus();

    {
        MessageBoxAnswer cancel(u"Cancel"_s);
        QTest::keyClick(page()->view(), Qt::Key_Delete);
        QVERIFY(cancel.answered());
        QVERIFY2(cancel.question().contains(kToxicName), qPrintable(cancel.question()));
        QVERIFY(cancel.buttons().contains(u"Delete Client and 1 Project"_s));
    }
    QCOMPARE(*ClientStore(*m_db).count(), clients);

    {
        MessageBoxAnswer confirm(u"Delete Client and 1 Project"_s);
        page()->deleteClientAction()->trigger();
        QVERIFY(confirm.answered());
    }
    QCOMPARE(*ClientStore(*m_db).count(), clients - 1);
    QVERIFY(!ClientStore(*m_db).get(id).ok());
    QCOMPARE(page()->view()->model()->rowCount(), clients - 1);

    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier); // Edit → Undo
    QCOMPARE(*ClientStore(*m_db).count(), clients);
    QCOMPARE(ClientStore(*m_db).get(id)->name, kToxicName);
    QCOMPARE(*ClientStore(*m_db).projectCount(id), projects);
    QCOMPARE(page()->view()->model()->rowCount(), clients);
}

// The person decided on the copy the page showed; Bob saved the record
// since. The deletion is refused with who changed it, nothing goes, the
// page shows the saved record, and deleting that one works.
void TestClientsPage::delete_clientChangedElsewhere_refusedNamingWho_thenDeletesSaved()
{
    m_window = makeWindow();
    QVERIFY(m_window);
    const qint64 id = clientIdByName(kHealthyName);
    page()->selectClient(id);
    QCOMPARE(page()->detail()->clientId(), id);
    const qint64 shown = page()->detail()->clientVersion();
    QVERIFY(shown > 0);
    const int clients = *ClientStore(*m_db).count();

    auto bob = openAsBob();
    QVERIFY(bob);
    Client theirs = *ClientStore(*bob).get(id);
    theirs.notes = u"Signed the next contract on Friday"_s;
    QVERIFY(ClientStore(*bob).update(theirs));
    RowVersions::setEditor(QString());

    {
        MessageBoxAnswer answers({u"Delete Client"_s, u"OK"_s});
        page()->deleteClientAction()->trigger();
        QVERIFY(answers.answered());
        const QString refusal = answers.questions().value(1);
        QVERIFY2(refusal.contains(u"Client #%1 was changed by bob@laptop at "_s.arg(id)), qPrintable(refusal));
        QVERIFY2(refusal.contains(u"nothing was deleted"_s), qPrintable(refusal));
    }
    QCOMPARE(*ClientStore(*m_db).count(), clients);
    QCOMPARE(ClientStore(*m_db).get(id)->notes, theirs.notes);
    QVERIFY(!m_window->session().canUndoDeletion());
    // The page now shows Bob's save: deciding on that copy deletes it.
    QTRY_COMPARE(page()->detail()->clientVersion(), theirs.rowVersion.value);
    {
        MessageBoxAnswer confirm(u"Delete Client"_s);
        page()->deleteClientAction()->trigger();
        QVERIFY(confirm.answered());
    }
    QVERIFY(!ClientStore(*m_db).get(id).ok());
    QCOMPARE(*ClientStore(*m_db).count(), clients - 1);
}

void TestClientsPage::delete_interactionAndPromiseChangedElsewhere_refused()
{
    m_window = makeWindow();
    QVERIFY(m_window);
    const qint64 clientId = clientIdByName(kToxicName);
    page()->selectClient(clientId);
    const Interaction interaction = InteractionStore(*m_db).list(clientId)->first();
    const QList<Promise> promises = *PromiseStore(*m_db).list(clientId);
    QVERIFY(!promises.isEmpty());
    const Promise promise = promises.first();

    auto bob = openAsBob();
    QVERIFY(bob);
    Interaction changedInteraction = *InteractionStore(*bob).get(interaction.id);
    changedInteraction.summary = u"Called back: they accept the price"_s;
    QVERIFY(InteractionStore(*bob).update(changedInteraction));
    RowVersions::setEditor(QString());

    page()->detail()->tabs()->setCurrentIndex(ClientDetailWidget::InteractionsPage);
    const QString interactionRefused = clickDeleteOn(u"interactions"_s, u"Interaction"_s, interaction.id);
    QVERIFY2(interactionRefused.contains(u"Interaction #%1 was changed by bob@laptop at "_s.arg(interaction.id)),
             qPrintable(interactionRefused));
    QCOMPARE(InteractionStore(*m_db).get(interaction.id)->summary, changedInteraction.summary);

    // The refusal reloaded the page; now Bob changes a promise it shows.
    RowVersions::setEditor(u"bob@laptop"_s);
    Promise changedPromise = *PromiseStore(*bob).get(promise.id);
    changedPromise.what = u"Send the revised quote"_s;
    QVERIFY(PromiseStore(*bob).update(changedPromise));
    RowVersions::setEditor(QString());
    page()->detail()->tabs()->setCurrentIndex(ClientDetailWidget::PromisesPage);
    const QString promiseRefused = clickDeleteOn(u"promises"_s, u"Promise"_s, promise.id);
    QVERIFY2(promiseRefused.contains(u"Promise #%1 was changed by bob@laptop at "_s.arg(promise.id)),
             qPrintable(promiseRefused));
    QCOMPARE(PromiseStore(*m_db).get(promise.id)->what, changedPromise.what);
    QVERIFY(!m_window->session().canUndoDeletion());

    // The tab shows the saved promise now, and Delete removes it.
    auto *promiseView = detailChild<QTableView>(u"promisesView"_s);
    QTRY_VERIFY(selectRecord(promiseView, promise.id)
                && promiseView->currentIndex().data(RowVersionRole).toLongLong() == changedPromise.rowVersion.value);
    QTest::mouseClick(detailChild<QPushButton>(u"deletePromiseButton"_s), Qt::LeftButton);
    QVERIFY(!PromiseStore(*m_db).get(promise.id).ok());
}

void TestClientsPage::delete_projectChangedElsewhere_refused()
{
    m_window = makeWindow();
    QVERIFY(m_window);
    m_window->showPage(MainWindow::ProjectsView);
    ProjectsPage *projects = m_window->projectsPage();
    QVERIFY(projects);
    const qint64 id = ProjectStore(*m_db).list()->first().id;
    projects->selectProject(id);
    QCOMPARE(projects->currentProjectId(), id);

    auto bob = openAsBob();
    QVERIFY(bob);
    Project theirs = *ProjectStore(*bob).get(id);
    theirs.title = u"Logo, card and letterhead"_s;
    QVERIFY(ProjectStore(*bob).update(theirs));
    RowVersions::setEditor(QString());

    Confirmation::setNextAnswer(true);
    {
        MessageBoxAnswer ok(u"OK"_s);
        auto *remove = projects->findChild<QPushButton *>(u"deleteProjectButton"_s);
        QVERIFY(remove);
        QVERIFY(remove->isEnabled());
        QTest::mouseClick(remove, Qt::LeftButton);
        QVERIFY(ok.answered());
        QVERIFY2(ok.question().contains(u"Project #%1 was changed by bob@laptop at "_s.arg(id)),
                 qPrintable(ok.question()));
    }
    QCOMPARE(ProjectStore(*m_db).get(id)->title, theirs.title);
    QVERIFY(!m_window->session().canUndoDeletion());
}

// The session's findings are out of date (a change it has not evaluated
// yet) while the list still shows the copy the person decides on, and Bob
// saved the project since that copy. The version checked is the row's: the
// deletion is refused and the project stays. Reading it from the session's
// facts instead evaluated every client again on the window's thread before
// the question, and then named the version stored now, so Bob's save was
// deleted unseen.
void TestClientsPage::delete_projectChangedElsewhere_whileSessionStale_refusedWithoutEvaluating()
{
    m_window = makeWindow();
    QVERIFY(m_window);
    m_window->showPage(MainWindow::ProjectsView);
    ProjectsPage *projects = m_window->projectsPage();
    QVERIFY(projects);
    Session &session = m_window->session();
    const qint64 id = ProjectStore(*m_db).list()->first().id;
    projects->selectProject(id);
    QCOMPARE(projects->currentProjectId(), id);
    auto *view = projects->findChild<QTableView *>(u"projectView"_s);
    QVERIFY(view);
    const qint64 shown = view->currentIndex().data(RowVersionRole).toLongLong();
    QVERIFY(shown > 0);
    QVERIFY(session.hasCurrentFindings());

    auto bob = openAsBob();
    QVERIFY(bob);
    Project theirs = *ProjectStore(*bob).get(id);
    theirs.title = u"Logo, card and letterhead"_s;
    QVERIFY(ProjectStore(*bob).update(theirs));
    RowVersions::setEditor(QString());
    QVERIFY(theirs.rowVersion.value > shown);

    // What the window's start left queued (the notifier's round, the
    // dashboard's refill in parts) reads the findings: let it run first.
    QTest::qWait(200);
    QVERIFY(session.hasCurrentFindings());
    // Out of date before the page has refilled: as between a change and
    // the changed() that refills the views.
    {
        const QSignalBlocker quiet(&session);
        session.notifyChanged();
    }
    QVERIFY(!session.hasCurrentFindings());
    QCOMPARE(view->currentIndex().data(RowVersionRole).toLongLong(), shown);

    bool evaluatedBeforeQuestion = true;
    {
        MessageBoxAnswer answers({u"Delete"_s, u"OK"_s});
        answers.setOnShown([&] {
            if (answers.questions().isEmpty())
                evaluatedBeforeQuestion = session.hasCurrentFindings();
        });
        auto *remove = projects->findChild<QPushButton *>(u"deleteProjectButton"_s);
        QVERIFY(remove);
        QVERIFY(remove->isEnabled());
        QTest::mouseClick(remove, Qt::LeftButton);
        QVERIFY(answers.answered());
        const QString refusal = answers.questions().value(1);
        QVERIFY2(refusal.contains(u"Project #%1 was changed by bob@laptop at "_s.arg(id)), qPrintable(refusal));
        QVERIFY2(refusal.contains(u"nothing was deleted"_s), qPrintable(refusal));
    }
    // The version came from the row: nothing evaluated the rules on the
    // window's thread to ask the question.
    QVERIFY(!evaluatedBeforeQuestion);
    QVERIFY(ProjectStore(*m_db).get(id).ok());
    QCOMPARE(ProjectStore(*m_db).get(id)->title, theirs.title);
    QVERIFY(!session.canUndoDeletion());
}

void TestClientsPage::splitter_stateIsSaved()
{
    m_window = makeWindow();
    QVERIFY(m_window);
    auto *splitter = page()->findChild<QSplitter *>(u"clientsSplitter"_s);
    QVERIFY(splitter);
    splitter->setSizes({300, 200});
    const QByteArray state = splitter->saveState();
    m_window.reset();
    QCOMPARE(QSettings().value(u"clientsPage/splitter"_s).toByteArray(), state);
}

void TestClientsPage::models_passModelTester()
{
    Database db;
    QVERIFY(db.open(m_dir->filePath(u"models.sqlite"_s)).ok());
    QVERIFY(DemoData::fill(db, kToday).ok());
    const Facts facts = *Facts::load(db);
    const QList<Finding> findings = RedFlagEngine::evaluate(facts, kToday);
    const auto risks = RedFlagEngine::risks(findings, facts.profile.thresholds);
    const auto mode = QAbstractItemModelTester::FailureReportingMode::QtTest;

    ClientTableModel clients;
    QAbstractItemModelTester clientsTester(&clients, mode);
    clients.setFacts(facts, risks);
    QCOMPARE(clients.rowCount(), facts.clients.size());
    clients.setFacts({}, {});
    QCOMPARE(clients.rowCount(), 0);

    ClientProjectsModel projects;
    QAbstractItemModelTester projectsTester(&projects, mode);
    projects.setProjects(facts.projects, kToday);
    QCOMPARE(projects.rowCount(), facts.projects.size());

    InteractionTableModel interactions;
    QAbstractItemModelTester interactionsTester(&interactions, mode);
    interactions.setInteractions(facts.interactions, u"Europe/Moscow"_s);
    QCOMPARE(interactions.rowCount(), facts.interactions.size());
    QVERIFY(interactions.index(0, InteractionTableModel::When).data(SortRole).toLongLong()
            >= interactions.index(1, InteractionTableModel::When).data(SortRole).toLongLong());

    PromiseTableModel promises;
    QAbstractItemModelTester promisesTester(&promises, mode);
    promises.setPromises(facts.promises, kToday);
    QCOMPARE(promises.rowCount(), facts.promises.size());

    FindingTableModel findingModel;
    QAbstractItemModelTester findingsTester(&findingModel, mode);
    findingModel.setFindings(findings);
    QCOMPARE(findingModel.rowCount(), findings.size());
}

QTEST_MAIN(TestClientsPage)
#include "tst_clientspage.moc"
