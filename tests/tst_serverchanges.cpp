// Neuvo on a PostgreSQL server with more than one program at it: every
// committed change announces itself on the channel neuvo_changes (none when
// it rolls back or only reads), a window refreshes when another program (a
// real neuvo-cli process) changes the database and not again for its own
// saves, and a connection the server drops in the middle of a change loses
// the whole change, says so, and is opened again for the next step.

#include "core/storage/connectionwatch.h"
#include "core/storage/database.h"
#include "core/storage/serveraddress.h"
#include "core/storage/stores.h"
#include "support/testdatabase.h"
#include "testutil.h"
#include "ui/clients/clientdialog.h"
#include "ui/dialogs/backupdialogs.h"
#include "ui/clients/clientspage.h"
#include "ui/clients/clienttablemodel.h"
#include "ui/mainwindow.h"
#include "ui/session.h"

#include <QApplication>
#include <QAction>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QDir>
#include <QTranslator>
#include <QUrl>

using namespace neuvo;
using namespace Qt::StringLiterals;
using neuvo::test::PgPrivateServer;
using neuvo::test::PgTestDatabase;
using neuvo::test::openPostgres;
using neuvo::test::testServerUrl;

namespace {

constexpr int kTimeoutMs = 15000;

Client namedClient(const QString &name)
{
    Client client;
    client.name = name;
    return client;
}

// The names the clients page lists, as a person sees them.
QStringList listedNames(ClientsPage *page)
{
    QStringList names;
    const QAbstractItemModel *model = page->view()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        names << model->index(row, ClientTableModel::Name).data().toString();
    return names;
}

ClientDialog *openClientDialog()
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *dialog = qobject_cast<ClientDialog *>(w); dialog && dialog->isVisible())
            return dialog;
    }
    return nullptr;
}

qint64 countRows(const QSqlDatabase &db, const QString &table)
{
    QSqlQuery q(db);
    if (!q.exec(u"SELECT count(*) FROM "_s + table) || !q.next()) {
        qWarning("%s", qPrintable(q.lastError().text()));
        return -1;
    }
    return q.value(0).toLongLong();
}

} // namespace

class TestServerChanges : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void committedChangesAnnounceThemselves_rollbacksAndReadsDoNot();
    void cliChanges_showInTheWindow_ownSaveRefreshesOnce();
    void burstOfChanges_refreshesOnce();
    void droppedConnection_losesTheWholeChange_thenReconnects();
    void idleWindowCutOff_listensAgainWhenLetIn_rereads();
    void serverRestartedUnderIdleWindow_listensAgain();
    void idleConnectionReopenedByARead_rereads();
    void checkDatabase_onServer_checksNeuvosRules();

private:
    QSqlDatabase listen(const QString &url, QStringList *payloads);
    // Runs sql on a plain connection of the test's own to url.
    bool administer(const QString &url, const QString &sql);
    QStringList m_connections;
};

void TestServerChanges::initTestCase()
{
    if (testServerUrl().isEmpty())
        QSKIP("NEUVO_TEST_DATABASE_URL is not set: run as tst_serverchanges_pg under ctest");
    QStandardPaths::setTestModeEnabled(true);
}

void TestServerChanges::cleanup()
{
    for (const QString &name : std::as_const(m_connections)) {
        QSqlDatabase::database(name, false).close();
        QSqlDatabase::removeDatabase(name);
    }
    m_connections.clear();
}

// A plain QPSQL connection that collects the payloads sent on neuvo_changes.
QSqlDatabase TestServerChanges::listen(const QString &url, QStringList *payloads)
{
    const QString name = u"listener%1"_s.arg(m_connections.size());
    m_connections << name;
    QSqlDatabase db = openPostgres(url, name);
    if (!db.isOpen())
        return db;
    QObject::connect(db.driver(), qOverload<const QString &, QSqlDriver::NotificationSource, const QVariant &>(
                                      &QSqlDriver::notification),
                     db.driver(), [payloads](const QString &, QSqlDriver::NotificationSource, const QVariant &payload) {
                         payloads->append(payload.toString());
                     });
    if (!db.driver()->subscribeToNotification(u"neuvo_changes"_s))
        qWarning("cannot listen: %s", qPrintable(db.driver()->lastError().text()));
    return db;
}

void TestServerChanges::committedChangesAnnounceThemselves_rollbacksAndReadsDoNot()
{
    PgTestDatabase server;
    QVERIFY2(server.isValid(), qPrintable(server.error()));
    Database writer;
    QVERIFY2(writer.open(server.url()).ok(), "cannot open the server database");
    QStringList payloads;
    const QSqlDatabase listener = listen(server.url(), &payloads);
    QVERIFY2(listener.isOpen(), qPrintable(listener.lastError().text()));

    // Rolled back: nothing is sent, although a client row was written.
    const auto rolledBack = writer.transaction([&]() -> Result<void> {
        Client client = namedClient(u"Never Saved"_s);
        if (auto created = ClientStore(writer).create(client); !created)
            return created;
        return fail(u"changed my mind"_s);
    });
    QVERIFY(!rolledBack);
    // A transaction that only read, and one that wrote nothing: nothing either.
    const auto onlyReads = [&]() -> Result<void> {
        if (auto count = ClientStore(writer).count(); !count)
            return Error{count.error()};
        return {};
    };
    QVERIFY(writer.readTransaction(onlyReads).ok());
    QVERIFY(writer.transaction(onlyReads).ok());

    // Committed: one notification for the whole transaction, however many
    // rows it wrote.
    qint64 firstId = 0;
    QVERIFY(writer.transaction([&]() -> Result<void> {
                      for (const QString &name : {u"Aino Aalto"_s, u"Bertta Berg"_s, u"Cecilia Carlsson"_s}) {
                          Client client = namedClient(name);
                          if (auto created = ClientStore(writer).create(client); !created)
                              return created;
                          if (!firstId)
                              firstId = client.id;
                      }
                      return {};
                  }).ok());
    QTRY_COMPARE_WITH_TIMEOUT(payloads.size(), 1, kTimeoutMs);
    const QJsonObject first = QJsonDocument::fromJson(payloads[0].toUtf8()).object();
    QCOMPARE(first.value(u"origin"_s).toString(), writer.origin());
    QCOMPARE(first.value(u"tables"_s).toArray(), QJsonArray{u"client"_s});

    // A single save outside any transaction announces itself after it.
    Client edited = *ClientStore(writer).get(firstId);
    edited.company = u"Aalto Oy"_s;
    Client stale = edited; // loaded before the save below
    QVERIFY(ClientStore(writer).update(edited).ok());
    QTRY_COMPARE_WITH_TIMEOUT(payloads.size(), 2, kTimeoutMs);
    QCOMPARE(QJsonDocument::fromJson(payloads[1].toUtf8()).object().value(u"tables"_s).toArray(),
             QJsonArray{u"client"_s});

    // A save refused as stale wrote no row: nothing is sent. The marker
    // proves every earlier notification had arrived.
    stale.company = u"Aalto Ab"_s;
    QVERIFY(!ClientStore(writer).update(stale).ok());
    QSqlQuery marker(QSqlDatabase::database(m_connections.first()));
    QVERIFY(marker.exec(u"SELECT pg_notify('neuvo_changes', 'marker')::text"_s));
    QTRY_COMPARE_WITH_TIMEOUT(payloads.size(), 3, kTimeoutMs);
    QCOMPARE(payloads[2], u"marker"_s);
    QCOMPARE(countRows(listener, u"client"_s), 3);
}

void TestServerChanges::cliChanges_showInTheWindow_ownSaveRefreshesOnce()
{
    PgTestDatabase server;
    QVERIFY2(server.isValid(), qPrintable(server.error()));
    QTemporaryDir home;
    QVERIFY(home.isValid());
    auto db = std::make_unique<Database>();
    QVERIFY2(db->open(server.url()).ok(), "cannot open the server database");
    Client first = namedClient(u"Aino Aalto"_s);
    QVERIFY(ClientStore(*db).create(first).ok());
    Database *windowDb = db.get();

    MainWindow window(std::move(db));
    window.showPage(MainWindow::ClientsView);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    ClientsPage *page = window.clientsPage();
    QTRY_VERIFY_WITH_TIMEOUT(listedNames(page).contains(u"Aino Aalto"_s), kTimeoutMs);
    QSignalSpy refreshes(&window.session(), &Session::changed);

    // Another program: the real neuvo-cli, a process of its own.
    const auto added = test::runCli({u"--db"_s, server.url(), u"client"_s, u"add"_s, u"Jukka Järvinen"_s,
                                     u"--company"_s, u"Järvisen Paja"_s},
                                    home.path());
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    QTRY_VERIFY_WITH_TIMEOUT(listedNames(page).contains(u"Jukka Järvinen"_s), kTimeoutMs);
    const auto edited = test::runCli({u"--db"_s, server.url(), u"client"_s, u"edit"_s, QString::number(first.id),
                                      u"--name"_s, u"Aino Aalto-Virtanen"_s},
                                     home.path());
    QVERIFY2(edited.exitCode == 0, qPrintable(edited.err));
    QTRY_VERIFY_WITH_TIMEOUT(listedNames(page).contains(u"Aino Aalto-Virtanen"_s), kTimeoutMs);
    QVERIFY(!listedNames(page).contains(u"Aino Aalto"_s));

    // The window's own save, through its dialog: one refresh, its own; the
    // notification it sends comes back and is not taken for another's.
    QTRY_VERIFY(!window.session().isEvaluating());
    page->selectClient(first.id);
    page->view()->setFocus();
    QApplication::setActiveWindow(&window);
    QTest::keyClick(page->view(), Qt::Key_Return);
    ClientDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = openClientDialog()) != nullptr);
    QApplication::setActiveWindow(dialog);
    auto *company = dialog->findChild<QLineEdit *>(u"company"_s);
    QVERIFY(company);
    company->selectAll();
    QTest::keyClicks(company, u"Aalto Oy"_s);
    const qsizetype before = refreshes.size();
    QTest::keyClick(company, Qt::Key_Return);
    QTRY_VERIFY(!dialog->isVisible());
    QCOMPARE(ClientStore(*windowDb).get(first.id)->company, u"Aalto Oy"_s);
    const qsizetype afterOwnSave = refreshes.size();
    QVERIFY(afterOwnSave > before);
    // Longer than the coalescing (250 ms) and the notification's trip: a
    // refresh for its own echo would have come by now.
    QTest::qWait(1500);
    QCOMPARE(refreshes.size(), afterOwnSave);

    // Still listening: the next foreign change refreshes again.
    const auto another = test::runCli({u"--db"_s, server.url(), u"client"_s, u"add"_s, u"Leena Laine"_s}, home.path());
    QVERIFY2(another.exitCode == 0, qPrintable(another.err));
    QTRY_VERIFY_WITH_TIMEOUT(listedNames(page).contains(u"Leena Laine"_s), kTimeoutMs);
    QVERIFY(refreshes.size() > afterOwnSave);
}

void TestServerChanges::burstOfChanges_refreshesOnce()
{
    PgTestDatabase server;
    QVERIFY2(server.isValid(), qPrintable(server.error()));
    Database listener;
    QVERIFY2(listener.open(server.url()).ok(), "cannot open the server database");
    QVERIFY(listener.listenForChanges().ok());
    QSignalSpy heard(listener.events(), &DatabaseEvents::changedElsewhere);

    // 200 separate commits from another connection, as a script of
    // neuvo-cli commands would make, arrive as one change (or very few),
    // not 200 refreshes.
    Database other;
    QVERIFY2(other.open(server.url()).ok(), "cannot open the server database");
    for (int i = 0; i < 200; ++i) {
        Client client = namedClient(u"Client %1"_s.arg(i));
        QVERIFY(ClientStore(other).create(client).ok());
    }
    QTRY_VERIFY_WITH_TIMEOUT(heard.size() >= 1, kTimeoutMs);
    QTest::qWait(600);
    qInfo("200 commits became %lld change signal(s)", qlonglong(heard.size()));
    QVERIFY2(heard.size() <= 3, qPrintable(QString::number(heard.size())));
    QCOMPARE(heard.first().first().toStringList(), QStringList{u"client"_s});
}

void TestServerChanges::droppedConnection_losesTheWholeChange_thenReconnects()
{
    // A server of its own: restarting the shared one would cut off the
    // tests running beside this one.
    PgPrivateServer server;
    QVERIFY2(server.isRunning(), qPrintable(server.error()));
    Database db;
    const auto opened = db.open(server.url());
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error()));
    QVERIFY(db.listenForChanges().ok());
    // A store whose insert stays prepared on the session the restart ends.
    ClientStore staleStore(db);
    Client kept = namedClient(u"Before the restart"_s);
    QVERIFY(staleStore.create(kept).ok());

    const auto result = db.transaction([&]() -> Result<void> {
        Client one = namedClient(u"First of two"_s);
        if (auto created = ClientStore(db).create(one); !created)
            return created;
        if (!server.restart())
            return fail(u"restart failed: "_s + server.error());
        Client two = namedClient(u"Second of two"_s);
        return ClientStore(db).create(two);
    });
    QVERIFY(!result);
    QVERIFY2(result.error().contains(u"connection to the server"_s) && result.error().contains(u"nothing of this change was saved"_s),
             qPrintable(result.error()));

    // Nothing of it on the server.
    const QString readerName = u"reader"_s;
    m_connections << readerName;
    const QSqlDatabase reader = openPostgres(server.url(), readerName);
    QVERIFY2(reader.isOpen(), qPrintable(reader.lastError().text()));
    QCOMPARE(countRows(reader, u"client"_s), 1);

    // The next step connects again by itself: a read, then a change.
    const auto count = ClientStore(db).count();
    QVERIFY2(count.ok(), qPrintable(count.ok() ? QString() : count.error()));
    QCOMPARE(*count, 1);
    Client after = namedClient(u"After the restart"_s);
    const auto created = ClientStore(db).create(after);
    QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error()));
    QCOMPARE(countRows(reader, u"client"_s), 2);
    // Listening again on the new session.
    QVERIFY(db.connection().driver()->subscribedToNotifications().contains(u"neuvo_changes"_s));
    // The statement prepared before the restart is used again: it may fail
    // (its session is gone) but must not crash, and saves either all or
    // nothing.
    Client late = namedClient(u"Through the old statement"_s);
    const auto stale = staleStore.create(late);
    qInfo("the old statement: %s", stale.ok() ? "saved" : qPrintable(stale.error()));
    QCOMPARE(countRows(reader, u"client"_s), stale.ok() ? 3 : 2);
    QCOMPARE(*ClientStore(db).count(), stale.ok() ? 3 : 2);
}

bool TestServerChanges::administer(const QString &url, const QString &sql)
{
    const QString name = u"admin%1"_s.arg(m_connections.size());
    m_connections << name;
    QSqlDatabase db = openPostgres(url, name);
    QSqlQuery q(db);
    if (!db.isOpen() || !q.exec(sql)) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(db.isOpen() ? q.lastError().text() : db.lastError().text()));
        return false;
    }
    return true;
}

namespace {

qint64 backendPid(const Database &db)
{
    QSqlQuery q(db.connection());
    return q.exec(u"SELECT pg_backend_pid()"_s) && q.next() ? q.value(0).toLongLong() : 0;
}

QString databaseName(const QString &url)
{
    return QUrl(url).path().mid(1);
}

} // namespace

// The server ends the listening window's session while it sits idle, and
// lets no one in for a while (an administrator, a server starting up): the
// window notices without a read or write of its own, tries again with
// growing pauses meanwhile (no busy loop), and once let in listens again
// and reads everything again, since what was committed in between was
// announced to no one there. The next announcement reaches it.
void TestServerChanges::idleWindowCutOff_listensAgainWhenLetIn_rereads()
{
    PgTestDatabase server;
    QVERIFY2(server.isValid(), qPrintable(server.error()));
    auto db = std::make_unique<Database>();
    QVERIFY2(db->open(server.url()).ok(), "cannot open the server database");
    Session session(*db);
    auto *watch = session.findChild<ConnectionWatch *>();
    QVERIFY(watch);
    QVERIFY(watch->isWatching());
    watch->setTiming(100, 200, 800);
    QSignalSpy lost(watch, &ConnectionWatch::connectionLost);
    QSignalSpy back(watch, &ConnectionWatch::reconnected);
    QSignalSpy heard(db->events(), &DatabaseEvents::changedElsewhere);
    QSignalSpy rereads(&session, &Session::changed);
    Database other;
    QVERIFY2(other.open(server.url()).ok(), "cannot open the server database");

    const qint64 pid = backendPid(*db);
    QVERIFY(pid > 0);
    const QString name = databaseName(server.url());
    // From the server's main database: PostgreSQL refuses this from a
    // connection to the database itself.
    QVERIFY(administer(testServerUrl(), u"ALTER DATABASE \"%1\" WITH ALLOW_CONNECTIONS false"_s.arg(name)));
    // Let in again whatever happens below, so that the fixture can empty it.
    auto letIn = qScopeGuard([&] {
        administer(testServerUrl(), u"ALTER DATABASE \"%1\" WITH ALLOW_CONNECTIONS true"_s.arg(name));
    });
    QVERIFY(administer(testServerUrl(), u"SELECT pg_terminate_backend(%1)"_s.arg(pid)));
    QTRY_COMPARE_WITH_TIMEOUT(lost.size(), 1, kTimeoutMs);
    QVERIFY(watch->isLost());

    // Committed while the window cannot hear it.
    Client meanwhile = namedClient(u"Written meanwhile"_s);
    QVERIFY(ClientStore(other).create(meanwhile).ok());

    // Locked out for three seconds: pauses of 0.2, 0.4, 0.8, 0.8 … s make
    // about five probes, not hundreds.
    QTest::qWait(3000);
    QVERIFY(watch->isLost());
    QCOMPARE(back.size(), 0);
    qInfo("%d probe(s) in three seconds locked out", watch->attempts());
    QVERIFY2(watch->attempts() >= 2 && watch->attempts() <= 6, qPrintable(QString::number(watch->attempts())));
    QVERIFY(!db->isOpen());

    const qsizetype rereadsBefore = rereads.size();
    letIn.dismiss();
    QVERIFY(administer(testServerUrl(), u"ALTER DATABASE \"%1\" WITH ALLOW_CONNECTIONS true"_s.arg(name)));
    QTRY_COMPARE_WITH_TIMEOUT(back.size(), 1, kTimeoutMs);
    QVERIFY(!watch->isLost());
    QVERIFY(db->isOpen());
    QVERIFY(backendPid(*db) != pid);
    QVERIFY(db->connection().driver()->subscribedToNotifications().contains(u"neuvo_changes"_s));
    // The change made meanwhile was never heard; the window reads again.
    QCOMPARE(heard.size(), 0);
    QVERIFY(rereads.size() > rereadsBefore);

    // Listening again: the next change is heard.
    Client after = namedClient(u"Written after"_s);
    QVERIFY(ClientStore(other).create(after).ok());
    QTRY_COMPARE_WITH_TIMEOUT(heard.size(), 1, kTimeoutMs);
    QCOMPARE(heard.first().first().toStringList(), QStringList{u"client"_s});
    QCOMPARE(lost.size(), 1);
}

// The same when the whole server restarts under an idle window (pg_ctl
// restart -m fast, on a server of the test's own).
void TestServerChanges::serverRestartedUnderIdleWindow_listensAgain()
{
    PgPrivateServer server;
    QVERIFY2(server.isRunning(), qPrintable(server.error()));
    auto db = std::make_unique<Database>();
    QVERIFY2(db->open(server.url()).ok(), "cannot open the server database");
    Session session(*db);
    auto *watch = session.findChild<ConnectionWatch *>();
    QVERIFY(watch);
    watch->setTiming(200, 200, 1000);
    QSignalSpy back(watch, &ConnectionWatch::reconnected);
    QSignalSpy heard(db->events(), &DatabaseEvents::changedElsewhere);
    const qint64 pid = backendPid(*db);

    QVERIFY2(server.restart(), qPrintable(server.error()));
    QTRY_COMPARE_WITH_TIMEOUT(back.size(), 1, kTimeoutMs);
    QVERIFY(db->isOpen());
    QVERIFY(backendPid(*db) != pid);

    Database other;
    QVERIFY2(other.open(server.url()).ok(), "cannot open the server database");
    Client after = namedClient(u"After the restart"_s);
    QVERIFY(ClientStore(other).create(after).ok());
    QTRY_COMPARE_WITH_TIMEOUT(heard.size(), 1, kTimeoutMs);
    QCOMPARE(heard.first().first().toStringList(), QStringList{u"client"_s});
}

// A read that reopens the connection before the watch looked (the person
// clicked something) makes it listen again, but the announcements in
// between were still missed: the watch sees the connection was reopened
// and the window reads everything again.
void TestServerChanges::idleConnectionReopenedByARead_rereads()
{
    PgTestDatabase server;
    QVERIFY2(server.isValid(), qPrintable(server.error()));
    Database db;
    QVERIFY2(db.open(server.url()).ok(), "cannot open the server database");
    QVERIFY(db.listenForChanges().ok());
    ConnectionWatch watch(db);
    watch.setTiming(1000, 200, 1000);
    QSignalSpy back(&watch, &ConnectionWatch::reconnected);

    const qint64 pid = backendPid(db);
    QVERIFY(administer(server.url(), u"SELECT pg_terminate_backend(%1)"_s.arg(pid)));
    QTRY_VERIFY_WITH_TIMEOUT(!db.isOpen(), kTimeoutMs);
    const auto count = ClientStore(db).count();
    QVERIFY2(count.ok(), qPrintable(count.ok() ? QString() : count.error()));
    QVERIFY(db.isOpen());
    QTRY_COMPARE_WITH_TIMEOUT(back.size(), 1, kTimeoutMs);
    QVERIFY(db.connection().driver()->subscribedToNotifications().contains(u"neuvo_changes"_s));
    QTest::qWait(1500);
    QCOMPARE(back.size(), 1);
}

// File → Check Database on a server: enabled, and it checks what is not
// the server's own job, Neuvo's rules (a stage plan that does not add up
// to its project's total), without offering Neuvo's file backups.
void TestServerChanges::checkDatabase_onServer_checksNeuvosRules()
{
    PgTestDatabase server;
    QVERIFY2(server.isValid(), qPrintable(server.error()));
    auto db = std::make_unique<Database>();
    QVERIFY2(db->open(server.url()).ok(), "cannot open the server database");
    Client client = namedClient(u"Aino Aalto"_s);
    QVERIFY(ClientStore(*db).create(client).ok());
    Project project = test::makeProject(client.id, u"Logo"_s, 100000, ProjectStatus::Agreed);
    project.stages = {test::makeStage(1, 50000, QDate(2026, 12, 10)), test::makeStage(2, 50000, QDate(2026, 12, 20))};
    QVERIFY(ProjectStore(*db).create(project).ok());
    MainWindow window(std::move(db));

    auto *check = window.findChild<QAction *>(u"checkDatabaseAction"_s);
    QVERIFY(check);
    QVERIFY(check->isEnabled());
    check->trigger();
    auto *clean = window.findChild<IntegrityReportDialog *>();
    QVERIFY(clean);
    QVERIFY2(clean->summaryText().startsWith(u"No problems found in %1:"_s.arg(databaseDisplayName(server.url()))),
             qPrintable(clean->summaryText()));
    QVERIFY2(clean->summaryText().contains(u"schema is Neuvo's"_s), qPrintable(clean->summaryText()));
    QVERIFY(!clean->summaryText().contains(u"SQLite"_s));
    QCOMPARE(clean->problemCount(), 0);
    delete clean;

    // Another tool breaks a stage plan; the server has no rule against it.
    QVERIFY(administer(server.url(), u"UPDATE stage SET amount_minor = amount_minor + 1 WHERE id = %1"_s
                                         .arg(project.stages.first().id)));
    check->trigger();
    auto *report = window.findChild<IntegrityReportDialog *>();
    QVERIFY(report);
    QCOMPARE(report->problemCount(), 1);
    QVERIFY2(report->summaryText().contains(u"1 problem found"_s), qPrintable(report->summaryText()));
    QVERIFY2(!report->summaryText().contains(u"Restore Backup"_s), qPrintable(report->summaryText()));
    auto *table = report->findChild<QTableWidget *>(u"problemTable"_s);
    QVERIFY2(table->item(0, 0)->text().startsWith(u"project %1"_s.arg(project.id)), qPrintable(table->item(0, 0)->text()));
    QVERIFY2(table->item(0, 1)->text().startsWith(u"Stages: they sum to"_s), qPrintable(table->item(0, 1)->text()));
    delete report;

    // The report of a sound database in each language, saved as PNG to
    // NEUVO_GRAB_DIR when set, to look at.
    QVERIFY(administer(server.url(), u"UPDATE stage SET amount_minor = amount_minor - 1 WHERE id = %1"_s
                                         .arg(project.stages.first().id)));
    QStringList summaries;
    for (const QString &language : {u"en"_s, u"fi"_s, u"ru"_s}) {
        QTranslator translator;
        if (language != u"en"_s) {
            QVERIFY2(translator.load(u":/i18n/neuvo_%1.qm"_s.arg(language)), qPrintable(language));
            QCoreApplication::installTranslator(&translator);
        }
        IntegrityReportDialog shown(window.session().db().path());
        QCoreApplication::removeTranslator(&translator);
        QCOMPARE(shown.problemCount(), 0);
        summaries << shown.summaryText();
        if (const QString dir = qEnvironmentVariable("NEUVO_GRAB_DIR"); !dir.isEmpty()) {
            shown.show();
            QVERIFY(QTest::qWaitForWindowExposed(&shown));
            shown.grab().save(QDir(dir).filePath(u"check-database-server-%1.png"_s.arg(language)));
        }
    }
    QCOMPARE(QSet<QString>(summaries.cbegin(), summaries.cend()).size(), 3);
}

QTEST_MAIN(TestServerChanges)
#include "tst_serverchanges.moc"
