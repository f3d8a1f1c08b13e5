// File → Connect to Server… driven through its widgets against the test
// run's private PostgreSQL server: the window then shows the server's data
// under "DATABASE on this computer"; a password the server asks for (the
// pgpass file emptied) is typed into the dialog and used for that
// connection only, never written to the settings; and a connection that
// fails says what to fix while the window before it keeps its database.

#include "core/storage/database.h"
#include "core/storage/migrations.h"
#include "core/storage/serveraddress.h"
#include "core/storage/stores.h"
#include "support/testdatabase.h"
#include "ui/dialogs/connectserverdialog.h"
#include "ui/mainwindow.h"
#include "ui/session.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace neuvo;
using namespace Qt::StringLiterals;

class TestConnectServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void connect_showsTheServersDataAndRemembersTheUrl();
    void reopenFromRecent_andFromTheCommandLine();
    void passwordPrompt_connectsAndTheSettingsNeverHoldThePassword();
    void wrongPassword_saysSoAndKeepsTheOldDatabase();
    void missingDatabase_saysSoAndKeepsTheOldDatabase();
    void noServer_saysSoAndKeepsTheOldDatabase();
    void passwordRow_hidesAfterAFailureNotAboutThePassword();
    void newerSchema_isRefusedAndTheOldDatabaseStays();
    void fileOnlyActions_areDisabledWithAReason();

private:
    // The window that shows location, if any.
    static MainWindow *shown(const QString &location) { return MainWindow::windowFor(location); }
    // Opens File → Connect to Server in window and fills the fields.
    ConnectServerDialog *fillDialog(MainWindow *window, const QString &database);
    static bool showsClient(MainWindow *window, const QString &name);
    void useEmptyPassFile();

    QString m_password;
    QByteArray m_passFile;
    ServerAddress m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<test::PgTestDatabase> m_database;
    QPointer<MainWindow> m_fileWindow;
    QString m_filePath;
};

void TestConnectServer::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(!test::testServerUrl().isEmpty(), "runs as tst_connectserver_pg, with the test server");
    m_passFile = qgetenv("PGPASSFILE");
    QFile passFile(QString::fromLocal8Bit(m_passFile));
    QVERIFY2(passFile.open(QIODevice::ReadOnly), qPrintable(passFile.fileName()));
    // host:port:database:user:password; the test role's line.
    const QList<QByteArray> fields = passFile.readLine().trimmed().split(':');
    QVERIFY(fields.size() >= 5);
    m_password = QString::fromUtf8(fields.last());
    QVERIFY(m_password.size() >= 8);
}

void TestConnectServer::init()
{
    QSettings().clear();
    qputenv("PGPASSFILE", m_passFile);
    m_dir = std::make_unique<QTemporaryDir>();
    m_database = std::make_unique<test::PgTestDatabase>();
    QVERIFY2(m_database->isValid(), qPrintable(m_database->error()));
    const auto server = ServerAddress::fromUrl(m_database->url());
    QVERIFY(server);
    m_server = *server;
    {
        Database db;
        QVERIFY2(db.open(m_database->url()).ok(), qPrintable(m_database->url()));
        Client client;
        client.name = u"Palvelin Oy"_s;
        QVERIFY(ClientStore(db).create(client).ok());
    }
    // The database open before the connection: a file with a client.
    m_filePath = m_dir->filePath(u"local.sqlite"_s);
    {
        Database db;
        QVERIFY(db.open(m_filePath).ok());
        Client client;
        client.name = u"Tiedosto Tmi"_s;
        QVERIFY(ClientStore(db).create(client).ok());
    }
    m_fileWindow = MainWindow::openWindow(m_filePath);
    QVERIFY(m_fileWindow);
    QVERIFY(QTest::qWaitForWindowExposed(m_fileWindow));
}

void TestConnectServer::cleanup()
{
    QApplication::closeAllWindows();
    // A window's dialogs are top-level widgets too and go with it.
    QList<QPointer<MainWindow>> windows;
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (auto *window = qobject_cast<MainWindow *>(widget))
            windows << window;
    }
    for (const QPointer<MainWindow> &window : windows)
        delete window.data();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    m_database.reset();
    m_dir.reset();
    qputenv("PGPASSFILE", m_passFile);
}

ConnectServerDialog *TestConnectServer::fillDialog(MainWindow *window, const QString &database)
{
    auto *action = window->findChild<QAction *>(u"connectServerAction"_s);
    if (!action)
        return nullptr;
    action->trigger();
    auto *dialog = window->findChild<ConnectServerDialog *>();
    if (!dialog || !QTest::qWaitForWindowExposed(dialog))
        return nullptr;
    dialog->hostEdit()->clear();
    QTest::keyClicks(dialog->hostEdit(), m_server.host);
    dialog->portSpin()->clear();
    QTest::keyClicks(dialog->portSpin(), QString::number(m_server.port));
    dialog->databaseEdit()->clear();
    QTest::keyClicks(dialog->databaseEdit(), database);
    dialog->userEdit()->clear();
    QTest::keyClicks(dialog->userEdit(), m_server.user);
    // Over a Unix socket nothing is encrypted; "disable" says so.
    dialog->sslModeCombo()->setCurrentIndex(dialog->sslModeCombo()->findData(u"disable"_s));
    return dialog;
}

bool TestConnectServer::showsClient(MainWindow *window, const QString &name)
{
    // The list fills when its page is shown.
    if (window->currentPage() != MainWindow::ClientsView)
        window->showPage(MainWindow::ClientsView);
    const QAbstractItemModel *model = window->clientView()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        for (int column = 0; column < model->columnCount(); ++column) {
            if (model->index(row, column).data().toString() == name)
                return true;
        }
    }
    return false;
}

void TestConnectServer::useEmptyPassFile()
{
    const QString empty = m_dir->filePath(u"empty-pgpass"_s);
    QFile file(empty);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    QFile::setPermissions(empty, QFile::ReadOwner | QFile::WriteOwner);
    qputenv("PGPASSFILE", QFile::encodeName(empty));
    qunsetenv("PGPASSWORD");
}

void TestConnectServer::connect_showsTheServersDataAndRemembersTheUrl()
{
    QPointer<ConnectServerDialog> dialog = fillDialog(m_fileWindow, m_database->name());
    QVERIFY(dialog);
    QTest::mouseClick(dialog->connectButton(), Qt::LeftButton);
    QVERIFY2(dialog.isNull() || dialog->errorText().isEmpty(), qPrintable(dialog ? dialog->errorText() : QString()));

    MainWindow *window = nullptr;
    QTRY_VERIFY((window = shown(u"postgresql://%1@/%2?host=%3&sslmode=disable"_s.arg(
                     m_server.user, m_database->name(), m_server.host))));
    QTRY_VERIFY(m_fileWindow.isNull()); // the file's window made way
    QCOMPARE(window->windowTitle(), u"%1 on this computer – Neuvo"_s.arg(m_database->name()));
    QTRY_VERIFY(showsClient(window, u"Palvelin Oy"_s));
    QVERIFY(!showsClient(window, u"Tiedosto Tmi"_s));

    const QStringList recent = QSettings().value(u"recentDatabases"_s).toStringList();
    QCOMPARE(recent.size(), 2);
    QCOMPARE(recent.at(0), u"postgresql://%1@/%2?host=%3&sslmode=disable"_s.arg(m_server.user, m_database->name(),
                                                                               m_server.host));
    QCOMPARE(recent.at(1), m_filePath);
}

void TestConnectServer::reopenFromRecent_andFromTheCommandLine()
{
    const QString url = m_database->url();
    // As `neuvo postgresql://…` does.
    MainWindow *window = MainWindow::openWindow(url);
    QVERIFY(window);
    QCOMPARE(window->windowTitle(), u"%1 on this computer – Neuvo"_s.arg(m_database->name()));
    QTRY_VERIFY(showsClient(window, u"Palvelin Oy"_s));
    QCOMPARE(QSettings().value(u"recentDatabases"_s).toStringList().value(0), url);
    window->close();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);

    // File → Open Recent in the file's window: the server's entry.
    QMenu *recentMenu = nullptr;
    for (QMenu *menu : m_fileWindow->findChildren<QMenu *>()) {
        if (menu->title() == u"Open &Recent"_s)
            recentMenu = menu;
    }
    QVERIFY(recentMenu);
    // The menu is filled when the window is built; a new window reads the list.
    m_fileWindow->close();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    m_fileWindow = MainWindow::openWindow(m_filePath);
    QVERIFY(m_fileWindow);
    recentMenu = nullptr;
    for (QMenu *menu : m_fileWindow->findChildren<QMenu *>()) {
        if (menu->title() == u"Open &Recent"_s)
            recentMenu = menu;
    }
    QVERIFY(recentMenu);
    QAction *serverEntry = nullptr;
    for (QAction *action : recentMenu->actions()) {
        if (action->text().contains(url))
            serverEntry = action;
    }
    QVERIFY(serverEntry);
    QCOMPARE(serverEntry->text(), u"%1 on this computer (%2)"_s.arg(m_database->name(), url));
    serverEntry->trigger();
    QTRY_VERIFY(shown(url));
    QTRY_VERIFY(showsClient(shown(url), u"Palvelin Oy"_s));
}

void TestConnectServer::passwordPrompt_connectsAndTheSettingsNeverHoldThePassword()
{
    useEmptyPassFile();
    QPointer<ConnectServerDialog> dialog = fillDialog(m_fileWindow, m_database->name());
    QVERIFY(dialog);
    QVERIFY(dialog->passwordEdit()->isHidden());
    QTest::mouseClick(dialog->connectButton(), Qt::LeftButton);
    QVERIFY(dialog);
    QVERIFY2(dialog->errorText().contains(u"password"_s), qPrintable(dialog->errorText()));
    QVERIFY(dialog->passwordEdit()->isVisible());
    QCOMPARE(dialog->passwordEdit()->echoMode(), QLineEdit::Password);
    QVERIFY(!m_fileWindow.isNull());

    QTest::keyClicks(dialog->passwordEdit(), m_password);
    QTest::mouseClick(dialog->connectButton(), Qt::LeftButton);
    const QString url = u"postgresql://%1@/%2?host=%3&sslmode=disable"_s.arg(m_server.user, m_database->name(),
                                                                            m_server.host);
    QTRY_VERIFY(shown(url));
    MainWindow *window = shown(url);
    // The rules run on a second connection of their own: it gets the
    // typed password too, or the dashboard would never fill.
    QTRY_VERIFY(!window->session().isEvaluating());
    QTRY_VERIFY(showsClient(window, u"Palvelin Oy"_s));
    QVERIFY(!window->windowTitle().contains(m_password));

    window->close(); // writes the window's settings
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QSettings settings;
    settings.sync();
    QVERIFY(settings.value(u"recentDatabases"_s).toStringList().contains(url));
    for (const QString &key : settings.allKeys())
        QVERIFY2(!settings.value(key).toString().contains(m_password), qPrintable(key));
    QFile file(settings.fileName());
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(settings.fileName()));
    const QByteArray written = file.readAll();
    QVERIFY(written.contains(m_database->name().toUtf8()));
    QVERIFY(!written.contains(m_password.toUtf8()));
}

void TestConnectServer::wrongPassword_saysSoAndKeepsTheOldDatabase()
{
    useEmptyPassFile();
    QPointer<ConnectServerDialog> dialog = fillDialog(m_fileWindow, m_database->name());
    QVERIFY(dialog);
    QTest::mouseClick(dialog->connectButton(), Qt::LeftButton);
    QVERIFY(dialog && dialog->passwordEdit()->isVisible());
    QTest::keyClicks(dialog->passwordEdit(), u"not-the-password"_s);
    QTest::mouseClick(dialog->connectButton(), Qt::LeftButton);
    QVERIFY(dialog);
    QVERIFY2(dialog->errorText().contains(u"refused"_s), qPrintable(dialog->errorText()));
    QVERIFY(!dialog->errorText().contains(u"not-the-password"_s));
    dialog->reject();
    QVERIFY(!m_fileWindow.isNull());
    QVERIFY(m_fileWindow->session().db().isOpen());
    QTRY_VERIFY(showsClient(m_fileWindow, u"Tiedosto Tmi"_s));
}

void TestConnectServer::missingDatabase_saysSoAndKeepsTheOldDatabase()
{
    QPointer<ConnectServerDialog> dialog = fillDialog(m_fileWindow, u"no_such_database"_s);
    QVERIFY(dialog);
    QTest::mouseClick(dialog->connectButton(), Qt::LeftButton);
    QVERIFY(dialog);
    QVERIFY2(dialog->errorText().contains(u"no database called no_such_database"_s), qPrintable(dialog->errorText()));
    QCOMPARE(QApplication::focusWidget(), dialog->databaseEdit());
    dialog->reject();
    QVERIFY(!m_fileWindow.isNull());
    QVERIFY(m_fileWindow->session().db().isOpen());
    QCOMPARE(m_fileWindow->session().db().path(), m_filePath);
}

void TestConnectServer::noServer_saysSoAndKeepsTheOldDatabase()
{
    QPointer<ConnectServerDialog> dialog = fillDialog(m_fileWindow, m_database->name());
    QVERIFY(dialog);
    // No server listens on this port's socket in the test server's folder.
    dialog->portSpin()->setValue(m_server.port == 1 ? 2 : 1);
    QTest::mouseClick(dialog->connectButton(), Qt::LeftButton);
    QVERIFY(dialog);
    QVERIFY2(dialog->errorText().contains(u"No PostgreSQL server answers"_s), qPrintable(dialog->errorText()));
    dialog->reject();
    QVERIFY(!m_fileWindow.isNull());
    QVERIFY(m_fileWindow->session().db().isOpen());
}

// The password row is there while a server asks for a password; a failure
// about something else (no server at that port, no such database) hides it
// and forgets what was typed, which was meant for the server that asked.
void TestConnectServer::passwordRow_hidesAfterAFailureNotAboutThePassword()
{
    useEmptyPassFile();
    QPointer<ConnectServerDialog> dialog = fillDialog(m_fileWindow, m_database->name());
    QVERIFY(dialog);
    QTest::mouseClick(dialog->connectButton(), Qt::LeftButton);
    QVERIFY(dialog && dialog->passwordEdit()->isVisible());
    auto *label = qobject_cast<QLabel *>(
        dialog->findChild<QFormLayout *>()->labelForField(dialog->passwordEdit()));
    QVERIFY(label && label->isVisible());
    QTest::keyClicks(dialog->passwordEdit(), m_password);

    // No server at this port: about the address, not the password.
    const int port = dialog->portSpin()->value();
    dialog->portSpin()->setValue(port == 1 ? 2 : 1);
    QTest::mouseClick(dialog->connectButton(), Qt::LeftButton);
    QVERIFY(dialog);
    QVERIFY2(dialog->errorText().contains(u"No PostgreSQL server answers"_s), qPrintable(dialog->errorText()));
    QVERIFY(dialog->passwordEdit()->isHidden());
    QVERIFY(label->isHidden());
    QVERIFY(dialog->passwordEdit()->text().isEmpty());

    // Back at the server's port, it asks again: the row is back, empty.
    dialog->portSpin()->setValue(port);
    QTest::mouseClick(dialog->connectButton(), Qt::LeftButton);
    QVERIFY(dialog);
    QVERIFY2(dialog->errorText().contains(u"password"_s), qPrintable(dialog->errorText()));
    QVERIFY(dialog->passwordEdit()->isVisible());
    QVERIFY(label->isVisible());

    // A wrong password keeps the row, selected for retyping.
    QTest::keyClicks(dialog->passwordEdit(), u"not-the-password"_s);
    QTest::mouseClick(dialog->connectButton(), Qt::LeftButton);
    QVERIFY(dialog);
    QVERIFY2(dialog->errorText().contains(u"refused"_s), qPrintable(dialog->errorText()));
    QVERIFY(dialog->passwordEdit()->isVisible());
    QCOMPARE(dialog->passwordEdit()->selectedText(), u"not-the-password"_s);
    dialog->reject();
    QVERIFY(!m_fileWindow.isNull());
    QVERIFY(m_fileWindow->session().db().isOpen());
}

void TestConnectServer::newerSchema_isRefusedAndTheOldDatabaseStays()
{
    {
        Database db;
        QVERIFY(db.open(m_database->url()).ok());
        QSqlQuery query(db.connection());
        QVERIFY(query.exec(u"UPDATE neuvo_schema_version SET version = %1"_s.arg(latestSchemaVersion() + 1)));
    }
    QPointer<ConnectServerDialog> dialog = fillDialog(m_fileWindow, m_database->name());
    QVERIFY(dialog);
    QTest::mouseClick(dialog->connectButton(), Qt::LeftButton);
    QVERIFY(dialog);
    QVERIFY2(dialog->errorText().contains(u"newer version of Neuvo"_s), qPrintable(dialog->errorText()));
    dialog->reject();
    QVERIFY(!m_fileWindow.isNull());
    QCOMPARE(m_fileWindow->session().db().path(), m_filePath);
}

void TestConnectServer::fileOnlyActions_areDisabledWithAReason()
{
    MainWindow *window = MainWindow::openWindow(m_database->url());
    QVERIFY(window);
    auto *restore = window->findChild<QAction *>(u"restoreBackupAction"_s);
    auto *check = window->findChild<QAction *>(u"checkDatabaseAction"_s);
    auto *backUp = window->findChild<QAction *>(u"backUpNowAction"_s);
    QVERIFY(restore && check && backUp);
    QVERIFY(!restore->isEnabled());
    QVERIFY2(restore->toolTip().contains(u"pg_dump"_s), qPrintable(restore->toolTip()));
    // The check runs on a server too, on what is not the server's job
    // (tst_serverchanges runs it).
    QVERIFY(check->isEnabled());
    QVERIFY2(check->statusTip().contains(u"the server keeps its storage sound"_s), qPrintable(check->statusTip()));
    QVERIFY(backUp->isEnabled());
    QVERIFY2(backUp->statusTip().contains(u"snapshot"_s), qPrintable(backUp->statusTip()));
    // The file's window keeps them.
    QVERIFY(m_fileWindow->findChild<QAction *>(u"restoreBackupAction"_s)->isEnabled());
    QVERIFY(m_fileWindow->findChild<QAction *>(u"checkDatabaseAction"_s)->isEnabled());
}

QTEST_MAIN(TestConnectServer)
#include "tst_connectserver.moc"
