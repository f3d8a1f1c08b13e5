#include "core/documents/documentpreferences.h"
#include "core/domain/limits.h"
#include "core/storage/backup.h"
#include "core/storage/database.h"
#include "core/storage/databaselock.h"
#include "core/storage/startchecks.h"
#include "core/exchange/demodata.h"
#include "core/storage/stores.h"
#include "testutil.h"
#include "ui/dialogs/backupdialogs.h"
#include "ui/clients/clientdialog.h"
#include "ui/clients/clientspage.h"
#include "ui/dialogs/csvdialect.h"
#include "ui/dialogs/csvimportdialog.h"
#include "ui/widgets/choice.h"
#include "ui/widgets/confirmation.h"
#include "ui/mainwindow.h"
#include "ui/dialogs/preferencesdialog.h"
#include "ui/legacysettings.h"
#include "ui/dashboard/dashboardpage.h"
#include "core/reminders/dashboardsummary.h"
#include "core/reminders/seenfindings.h"
#include "ui/projects/projectspage.h"
#include "ui/session.h"
#include "ui/singleinstance.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTableWidget>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace neuvo;
using namespace Qt::StringLiterals;

// The desktop side of data safety (docs/data-safety.md): a damaged file offers its
// backup and stays as it was, read-only windows say why nothing can be
// changed, a second start on a locked file, Back Up Now / Restore Backup /
// Check Database, dialogs that keep what was typed when the disk is full,
// and the CSV import with its column mapping. Modal questions are answered
// in advance (Choice, Confirmation); every other dialog is opened with
// open() and driven directly.
class TestGuiSafety : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void damagedFile_offersNewestBackup_fileUnchanged();
    void damagedFile_restoreThisBackup_keepsDamagedBytes();
    void openWindow_dailyBackupAfterShowing_beforeTheFirstWrite();
    void openWindow_damageFoundAfterShowing_reopensAndOffersTheBackup();
    void closeBeforeTheChecksAreDone_storesNoSummary_nextStartChecksAgain();
    void readOnlyDatabase_bannerAndEditActionsDisabledWithReason();
    void lockedByAnotherProcess_offersReadOnly();
    void lockedByAnotherProcess_switchesToRunningWindow();
    void openWindow_sameFileTwice_raisesTheOpenWindow();
    void backUpNow_createsBackupFile();
    void restoreBackup_replacesDataAndKeepsOldFile();
    void checkDatabase_reportsProblemsWithRecord();
    void diskFull_clientDialogStaysOpenWithTypedName();
    void diskFull_preferencesStayOpen();
    void csvImport_remappedColumn_storesClients();
    void csvImport_badRow_blocksImportWithLineNumber();
    void exportCsv_writesClients();
    void csvImport_russianExcel_guessedThenChangedInPreview();
    void csvExportDialog_startsFromTheLocaleThenTheLastChoice();
    void csvImport_headersNamedLikeTheFieldLabels_areMapped();
    void preferences_paperAndEnglishDates_reachTheDocuments();
    void backupsToKeep_legacySettingMovesIntoProfileBeforeTheDailyBackup();
    void backupsToKeep_profileOfItsOwnWins();
    void seenFindings_legacySettingMovesIntoTheFileOnce();
    void backupsToKeep_preferencesStoreItInTheProfile();
    void rushSurcharge_preferencesSetAndTakeItAway();

private:
    std::unique_ptr<MainWindow> makeWindow(Database::Access access = Database::Access::ReadWrite)
    {
        auto db = std::make_unique<Database>();
        if (!db->open(m_path, access).ok())
            return nullptr;
        auto window = std::make_unique<MainWindow>(std::move(db));
        window->show();
        return window;
    }
    // A database with one client and a good backup, whose header is then
    // zeroed as a crash or a bad disk might leave it.
    void makeDamagedFileWithBackup();
    // Leaves no room for another page, as a full disk would.
    static void fillDisk(Database &db)
    {
        QSqlQuery q(db.connection());
        // Free pages (a migration that rebuilt a table leaves some) would
        // take a write without growing the file.
        QVERIFY(q.exec(u"VACUUM"_s));
        QVERIFY(q.exec(u"PRAGMA page_count"_s) && q.next());
        const int pages = q.value(0).toInt();
        QVERIFY(q.exec(u"PRAGMA max_page_count = %1"_s.arg(pages)));
    }
    static void freeDisk(Database &db)
    {
        QVERIFY(QSqlQuery(db.connection()).exec(u"PRAGMA max_page_count = 1073741823"_s));
    }
    void addClient(const QString &name)
    {
        Database db;
        QVERIFY(db.open(m_path).ok());
        Client c;
        c.name = name;
        QVERIFY(ClientStore(db).create(c).ok());
    }
    QString writeFile(const QString &name, const QByteArray &data)
    {
        const QString path = m_dir->filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
            return {};
        return path;
    }
    // A lock file for a live process that is not this one (QLockFile
    // takes a lock whose program name does not match its process as stale).
    void lockByOtherProcess()
    {
        m_sleeper.start(u"sleep"_s, {u"60"_s});
        QVERIFY(m_sleeper.waitForStarted());
        QFile file(DatabaseLock::lockPathFor(m_path));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray::number(m_sleeper.processId()) + "\nsleep\n" + QSysInfo::machineHostName().toUtf8()
                   + '\n');
    }
    CsvImportDialog *openImportDialog(MainWindow &window)
    {
        QAction *action = window.findChild<QAction *>(u"importCsvAction"_s);
        if (!action)
            return nullptr;
        action->trigger();
        return window.findChild<CsvImportDialog *>();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    QProcess m_sleeper;
};

void TestGuiSafety::backupsToKeep_legacySettingMovesIntoProfileBeforeTheDailyBackup()
{
    // 20 daily backups of earlier days, kept because Preferences said 30
    // when that was a desktop setting.
    {
        Database db;
        QVERIFY(db.open(m_path).ok());
        const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-30);
        for (int day = 0; day < 20; ++day)
            QVERIFY(BackupManager(m_path).createFrom(db.connection(), u"daily"_s, start.addDays(day)).ok());
    }
    QSettings().setValue(LegacySettings::backupsToKeepKey(), 30);

    MainWindow *window = MainWindow::openWindow(m_path);
    QVERIFY(window);
    QCOMPARE(ProfileStore(window->session().db()).load()->backupsToKeep, 30);
    QVERIFY(!QSettings().contains(LegacySettings::backupsToKeepKey()));
    // Today's daily backup (made once the window shows) rotated to 30, not
    // to the default 14.
    QVERIFY(window->startChecks());
    QVERIFY(!window->startChecks()->outcome().backupPath.isEmpty());
    QCOMPARE(BackupManager(m_path).list().size(), 21);
}

void TestGuiSafety::backupsToKeep_profileOfItsOwnWins()
{
    {
        Database db;
        QVERIFY(db.open(m_path).ok());
        Profile profile = *ProfileStore(db).load();
        profile.backupsToKeep = 20;
        QVERIFY(ProfileStore(db).save(profile).ok());
    }
    QSettings().setValue(LegacySettings::backupsToKeepKey(), 30);
    MainWindow *window = MainWindow::openWindow(m_path);
    QVERIFY(window);
    QCOMPARE(ProfileStore(window->session().db()).load()->backupsToKeep, 20);
    QVERIFY(!QSettings().contains(LegacySettings::backupsToKeepKey()));

    // Read-only, nothing is written and the key waits for a writable open.
    window->close();
    QTRY_VERIFY(!MainWindow::windowFor(m_path));
    QSettings().setValue(LegacySettings::backupsToKeepKey(), 40);
    auto readOnly = makeWindow(Database::Access::ReadOnly);
    QVERIFY(readOnly);
    QVERIFY(LegacySettings::moveIntoProfile(readOnly->session().db()).ok());
    QCOMPARE(QSettings().value(LegacySettings::backupsToKeepKey()).toInt(), 40);
    QSettings().remove(LegacySettings::backupsToKeepKey());
}

void TestGuiSafety::seenFindings_legacySettingMovesIntoTheFileOnce()
{
    // An older Neuvo had shown this file's High findings (and one that has
    // gone away since) and kept the list in the desktop settings, beside
    // the list of another file.
    QStringList current;
    {
        Database db;
        QVERIFY(db.open(m_path).ok());
        QVERIFY(DemoData::fill(db, QDate::currentDate()).ok());
        Session session(db);
        for (const Finding &f : session.findings()) {
            if (f.severity == Severity::High)
                current << SeenFindings::key(f);
        }
    }
    QVERIFY(!current.isEmpty());
    current.sort();
    const QString otherKey = LegacySettings::seenFindingsKey(m_dir->filePath(u"other.sqlite"_s));
    QSettings().setValue(LegacySettings::seenFindingsKey(m_path), QStringList(current) << u"payment_overdue|1|2|2020-01-01"_s);
    QSettings().setValue(otherKey, QStringList{u"payment_overdue|5|6|2020-01-01"_s});

    // Read-only: nothing moves, the key waits for a writable open.
    {
        auto readOnly = makeWindow(Database::Access::ReadOnly);
        QVERIFY(readOnly);
        QVERIFY(LegacySettings::moveSeenFindings(readOnly->session().db()).ok());
        QVERIFY(QSettings().contains(LegacySettings::seenFindingsKey(m_path)));
    }

    MainWindow *window = MainWindow::openWindow(m_path);
    QVERIFY(window);
    // The dashboard records what it has seen once the rules are evaluated
    // and its lists are filled.
    QTRY_VERIFY(!window->session().isEvaluating());
    QTRY_VERIFY(!window->dashboardPage()->isFilling());
    // Nothing is news: the banner stays hidden, the record is in the file,
    // bounded by the current findings, and this file's key is gone.
    QVERIFY(window->dashboardPage()->startupNotices().isEmpty());
    // The record is written once the start checks release the writes,
    // which under load can be after the dashboard is filled.
    const auto seenKeys = [&] {
        const auto keys = SeenFindings(window->session().db()).seenKeys();
        return keys ? *keys : QStringList{u"(unreadable)"_s};
    };
    QTRY_COMPARE(seenKeys(), current);
    QVERIFY(!QSettings().contains(LegacySettings::seenFindingsKey(m_path)));
    // Another file's entry moves when that file is opened.
    QVERIFY(QSettings().contains(otherKey));
    QSettings().remove(otherKey);
    window->close();
    QTRY_VERIFY(!MainWindow::windowFor(m_path));
}

void TestGuiSafety::backupsToKeep_preferencesStoreItInTheProfile()
{
    auto window = makeWindow();
    QVERIFY(window);
    PreferencesDialog dialog(window->session(), window.get());
    dialog.show();
    auto *keep = dialog.findChild<QSpinBox *>(u"backupsToKeep"_s);
    QVERIFY(keep);
    QCOMPARE(keep->value(), Profile::DefaultBackupsToKeep);
    keep->setValue(25);
    dialog.accept();
    QVERIFY(!dialog.isVisible());
    QCOMPARE(ProfileStore(window->session().db()).load()->backupsToKeep, 25);
    QVERIFY(!QSettings().contains(LegacySettings::backupsToKeepKey()));
}

void TestGuiSafety::rushSurcharge_preferencesSetAndTakeItAway()
{
    auto window = makeWindow();
    QVERIFY(window);
    {
        PreferencesDialog dialog(window->session(), window.get());
        dialog.show();
        auto *rush = dialog.findChild<QSpinBox *>(u"rushSurcharge"_s);
        QVERIFY(rush);
        QCOMPARE(rush->value(), 0); // "none"
        QCOMPARE(rush->text(), rush->specialValueText());
        rush->setFocus();
        rush->selectAll();
        QTest::keyClicks(rush, u"35"_s);
        dialog.accept();
        QVERIFY(!dialog.isVisible());
    }
    QCOMPARE(ProfileStore(window->session().db()).load()->rushSurchargePercent, std::optional<int>(35));
    PreferencesDialog again(window->session(), window.get());
    again.show();
    auto *rush = again.findChild<QSpinBox *>(u"rushSurcharge"_s);
    QCOMPARE(rush->value(), 35);
    rush->setValue(0);
    again.accept();
    QVERIFY(!ProfileStore(window->session().db()).load()->rushSurchargePercent);
}

void TestGuiSafety::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(u"neuvo.sqlite"_s);
}

void TestGuiSafety::cleanup()
{
    // Windows made by openWindow delete themselves on close.
    QList<QPointer<MainWindow>> windows;
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (auto *window = qobject_cast<MainWindow *>(widget))
            windows << window;
    }
    qDeleteAll(windows); // each takes its dialogs with it
    windows.clear();
    if (m_sleeper.state() != QProcess::NotRunning) {
        m_sleeper.kill();
        m_sleeper.waitForFinished();
    }
    m_dir.reset();
}

void TestGuiSafety::makeDamagedFileWithBackup()
{
    {
        Database db;
        QVERIFY(db.open(m_path).ok());
        Client c;
        c.name = u"Aino from the backup"_s;
        QVERIFY(ClientStore(db).create(c).ok());
        QVERIFY(BackupManager(m_path).create(db, u"manual"_s).ok());
    }
    QFile file(m_path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.write(QByteArray(100, '\0')) == 100);
}

void TestGuiSafety::damagedFile_offersNewestBackup_fileUnchanged()
{
    makeDamagedFileWithBackup();
    const QByteArray before = test::fileHash(m_path);
    const QString backup = BackupManager(m_path).list().first().path;

    Choice::setNextAnswer(-1); // Cancel
    QVERIFY(!MainWindow::openWindow(m_path));

    const QString text = Choice::lastText();
    QVERIFY2(text.contains(u"Cannot open %1"_s.arg(m_path)), qPrintable(text));
    QVERIFY2(text.contains(u"zeros where the database header belongs"_s), qPrintable(text));
    QVERIFY2(text.contains(backup), qPrintable(text));
    QCOMPARE(Choice::lastAnswers(), QStringList{u"Restore this backup"_s});
    QCOMPARE(test::fileHash(m_path), before);
    QVERIFY(!QFile::exists(m_path + u"-wal"_s));
    QVERIFY(!QFile::exists(DatabaseLock::lockPathFor(m_path)));
    QCOMPARE(BackupManager(m_path).list().size(), 1); // nothing kept or made
}

void TestGuiSafety::openWindow_dailyBackupAfterShowing_beforeTheFirstWrite()
{
    addClient(u"Aino"_s);
    MainWindow *window = MainWindow::openWindow(m_path);
    QVERIFY(window);
    QVERIFY(window->startChecks());
    // A change at once, before the backup thread could have finished: the
    // commit waits for it, so the backup holds the file as it was.
    Client c;
    c.name = u"First change of the day"_s;
    QVERIFY(ClientStore(window->session().db()).create(c).ok());
    QVERIFY(window->startChecks()->isDone());
    const auto backups = BackupManager(m_path).list();
    QCOMPARE(backups.size(), 1);
    QCOMPARE(backups.first().reason, u"daily"_s);
    QCOMPARE(test::countRows(backups.first().path, u"client"_s), 1);
    QCOMPARE(test::countRows(m_path, u"client"_s), 2);
    window->close();
    QTRY_VERIFY(!MainWindow::windowFor(m_path));

    // The second start of the day makes none.
    window = MainWindow::openWindow(m_path);
    QVERIFY(window);
    QVERIFY(window->startChecks());
    QVERIFY(window->startChecks()->outcome().checkError.isEmpty());
    QCOMPARE(BackupManager(m_path).list().size(), 1);
}

void TestGuiSafety::closeBeforeTheChecksAreDone_storesNoSummary_nextStartChecksAgain()
{
    {
        Database db;
        QVERIFY(db.open(m_path).ok());
        QVERIFY(DemoData::fill(db, QDate::currentDate()).ok());
    }
    const QByteArray before = test::fileHash(m_path);
    QPointer<MainWindow> window = MainWindow::openWindow(m_path);
    QVERIFY(window);
    QVERIFY(window->startChecks());
    // The findings are current (evaluated here instead of in the thread),
    // which is when a close stores the dashboard's counts; the quick check
    // has not run, as the window has not painted yet.
    Session &session = window->session();
    session.stopEvaluation();
    QVERIFY(!session.findings().isEmpty());
    QVERIFY(session.hasCurrentFindings());
    QVERIFY(!window->startChecks()->isDone());
    QVERIFY(window->close());
    // The close stopped the checks: neither passed nor damaged, so the
    // window closes without a message and writes nothing.
    const StartChecks::Outcome stopped = window->startChecks()->outcome();
    QVERIFY(stopped.stopped);
    QVERIFY2(stopped.checkError.isEmpty(), qPrintable(stopped.checkError));
    QTRY_VERIFY(!window);
    QVERIFY(!MainWindow::windowFor(m_path));
    QCOMPARE(test::fileHash(m_path), before);
    {
        Database db;
        QVERIFY(db.open(m_path, Database::Access::ReadOnly).ok());
        const auto stored = DashboardSummaryStore(db).load();
        QVERIFY(stored.ok());
        QVERIFY(!stored->has_value());
    }
    // Nor was the day's backup begun; none is left half-made.
    QVERIFY(QDir(BackupManager::folderFor(m_path)).entryList(QDir::Files | QDir::Hidden).isEmpty());

    // The next start checks again (once the window has painted) and makes
    // the day's backup; its close, with current findings, stores the counts.
    window = MainWindow::openWindow(m_path);
    QVERIFY(window);
    QVERIFY(window->startChecks());
    QVERIFY(QTest::qWaitForWindowExposed(window.data()));
    QTRY_VERIFY(window->startChecks()->isDone());
    const StartChecks::Outcome passed = window->startChecks()->outcome();
    QVERIFY(passed.allowsWrites());
    QVERIFY(!passed.backupPath.isEmpty());
    QCOMPARE(BackupManager(m_path).list().size(), 1);
    QTRY_VERIFY(!window->session().isEvaluating());
    QVERIFY(window->session().hasCurrentFindings());
    const int alerts = DashboardPage::attentionCount(window->session().findings());
    QVERIFY(alerts > 0);
    QVERIFY(window->close());
    QTRY_VERIFY(!window);
    {
        Database db;
        QVERIFY(db.open(m_path, Database::Access::ReadOnly).ok());
        const auto stored = DashboardSummaryStore(db).load();
        QVERIFY(stored.ok());
        QVERIFY(stored->has_value());
        QCOMPARE((*stored)->alerts, alerts);
    }
}

void TestGuiSafety::openWindow_damageFoundAfterShowing_reopensAndOffersTheBackup()
{
    // A file at the current schema with a good backup, then a damaged page
    // that only SQLite's quick check finds: the window shows before it.
    int rootPage = 0;
    int pageSize = 0;
    {
        Database db;
        QVERIFY(db.open(m_path).ok());
        Client c;
        c.name = u"Aino from the backup"_s;
        QVERIFY(ClientStore(db).create(c).ok());
        QVERIFY(BackupManager(m_path).create(db, u"manual"_s).ok());
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(u"SELECT rootpage FROM sqlite_master WHERE name = 'client'"_s) && q.next());
        rootPage = q.value(0).toInt();
        QVERIFY(q.exec(u"PRAGMA page_size"_s) && q.next());
        pageSize = q.value(0).toInt();
        QVERIFY(q.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
    }
    {
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek(qint64(rootPage - 1) * pageSize));
        QVERIFY(file.write(QByteArray(1, char(0xF2))) == 1); // was 0x0D, a table leaf
    }
    const QByteArray damaged = test::fileHash(m_path);

    // The message that names the damage is answered as the user would.
    // Every message is kept: the reopen may already have said more (the
    // restore) by the time the first window is gone.
    QStringList told;
    QTimer answerer;
    answerer.setInterval(10);
    connect(&answerer, &QTimer::timeout, this, [&told] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            told << box->text();
            box->accept();
        }
    });
    answerer.start();
    Choice::setNextAnswer(0); // Restore this backup, when the reopen offers it

    QPointer<MainWindow> first = MainWindow::openWindow(m_path);
    QVERIFY(first);
    QTRY_VERIFY(!first);
    QVERIFY2(told.join(u'\n').contains(u"SQLite found damage"_s), qPrintable(told.join(u'\n')));
    // Opened again, the check first: the restore was offered and made.
    QTRY_VERIFY(MainWindow::windowFor(m_path));
    MainWindow *second = MainWindow::windowFor(m_path);
    QVERIFY2(Choice::lastText().contains(u"SQLite found damage"_s), qPrintable(Choice::lastText()));
    QCOMPARE(ClientStore(second->session().db()).list()->first().name, u"Aino from the backup"_s);
    // The damaged file was never written to: it is kept byte for byte.
    bool kept = false;
    for (const BackupInfo &b : BackupManager(m_path).list()) {
        if (b.reason == u"damaged"_s)
            kept = test::fileHash(b.path) == damaged;
    }
    QVERIFY(kept);
}

void TestGuiSafety::damagedFile_restoreThisBackup_keepsDamagedBytes()
{
    makeDamagedFileWithBackup();
    const QByteArray damaged = test::fileHash(m_path);

    Choice::setNextAnswer(0); // Restore this backup
    MainWindow *window = MainWindow::openWindow(m_path);
    QVERIFY(window);
    window->showPage(MainWindow::ClientsView); // a hidden page refills when shown
    QTRY_COMPARE(window->clientView()->model()->rowCount(), 1);
    QCOMPARE(ClientStore(window->session().db()).list()->first().name, u"Aino from the backup"_s);
    QVERIFY(!window->session().isReadOnly());

    // The damaged file is kept, byte for byte, among the backups.
    bool kept = false;
    for (const BackupInfo &b : BackupManager(m_path).list()) {
        if (b.reason == u"damaged"_s)
            kept = test::fileHash(b.path) == damaged;
    }
    QVERIFY(kept);
    // And the user is told where (a notice that does not block).
    auto *notice = window->findChild<QMessageBox *>(u"noticeBox"_s);
    QVERIFY(notice);
    QVERIFY2(notice->text().contains(u"damaged"_s), qPrintable(notice->text()));
}

void TestGuiSafety::readOnlyDatabase_bannerAndEditActionsDisabledWithReason()
{
    addClient(u"Aino"_s);
    const QByteArray before = test::fileHash(m_path);
    auto window = makeWindow(Database::Access::ReadOnly);
    QVERIFY(window);
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));

    QLabel *banner = window->readOnlyBanner();
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(u"read-only"_s), qPrintable(banner->text()));
    QVERIFY2(banner->text().contains(u"it was opened read-only"_s), qPrintable(banner->text()));
    QVERIFY2(banner->text().contains(m_path), qPrintable(banner->text()));

    QAction *newClient = window->clientsPage()->newClientAction();
    QVERIFY(!newClient->isEnabled());
    QVERIFY2(newClient->toolTip().contains(u"it was opened read-only"_s), qPrintable(newClient->toolTip()));
    window->showPage(MainWindow::ClientsView);
    // The list fills once the rules have run; the detail's tabs are built
    // when a client is first shown.
    QTRY_VERIFY(window->clientView()->model()->rowCount() > 0);
    window->clientView()->setCurrentIndex(window->clientView()->model()->index(0, 0));
    QVERIFY(window->clientsPage()->currentClientId() > 0);
    QVERIFY(!window->clientsPage()->editClientAction()->isEnabled());
    QVERIFY(!window->clientsPage()->deleteClientAction()->isEnabled());
    for (const char *name : {"importCsvAction", "restoreBackupAction", "undoAction"}) {
        QAction *action = window->findChild<QAction *>(QString::fromLatin1(name));
        QVERIFY2(action && !action->isEnabled(), name);
        QVERIFY2(action->toolTip().contains(u"read-only"_s), name);
    }
    // The Projects page is built when first shown.
    window->showPage(MainWindow::ProjectsView);
    auto *newProject = window->findChild<QPushButton *>(u"newProjectButton"_s);
    QVERIFY(newProject && !newProject->isEnabled());
    QVERIFY(newProject->toolTip().contains(u"read-only"_s));
    for (const char *name : {"addInteractionButton", "promiseWhat", "editClientButton"}) {
        auto *control = window->findChild<QWidget *>(QString::fromLatin1(name));
        QVERIFY2(control && !control->isEnabled(), name);
    }
    // Checking and backing up only read: still there.
    QVERIFY(window->findChild<QAction *>(u"checkDatabaseAction"_s)->isEnabled());
    QVERIFY(window->findChild<QAction *>(u"backUpNowAction"_s)->isEnabled());

    // A dialog opened anyway cannot store.
    {
        PreferencesDialog prefs(window->session(), window.get());
        auto *buttons = prefs.findChild<QDialogButtonBox *>();
        QVERIFY(!buttons->button(QDialogButtonBox::Ok)->isEnabled());
    }
    window.reset();
    QCOMPARE(test::fileHash(m_path), before);
}

void TestGuiSafety::lockedByAnotherProcess_offersReadOnly()
{
    addClient(u"Aino"_s);
    lockByOtherProcess();

    Choice::setNextAnswer(0);
    MainWindow *window = MainWindow::openWindow(m_path);
    QVERIFY(window);
    // Nobody listens for the file (the holder is not a Neuvo window), so
    // switching is not offered.
    QCOMPARE(Choice::lastAnswers(), QStringList{u"Open Read-Only"_s});
    QVERIFY2(Choice::lastText().contains(u"%1 is already open in another Neuvo"_s.arg(m_path)),
             qPrintable(Choice::lastText()));
    QVERIFY(window->session().isReadOnly());
    QVERIFY(window->readOnlyBanner()->isVisible());
    QVERIFY2(window->readOnlyBanner()->text().contains(u"process %1"_s.arg(m_sleeper.processId())),
             qPrintable(window->readOnlyBanner()->text()));
}

void TestGuiSafety::lockedByAnotherProcess_switchesToRunningWindow()
{
    addClient(u"Aino"_s);
    lockByOtherProcess();
    // Stands in for the other Neuvo's window.
    InstanceServer running(m_path);
    QVERIFY(running.isListening());
    QSignalSpy raised(&running, &InstanceServer::raiseRequested);

    Choice::setNextAnswer(0);
    bool handedOver = false;
    QVERIFY(!MainWindow::openWindow(m_path, nullptr, &handedOver));
    QCOMPARE(Choice::lastAnswers(), (QStringList{u"Switch to the Running Neuvo"_s, u"Open Read-Only"_s}));
    QVERIFY(handedOver);
    QCOMPARE(raised.count(), 1);
    QVERIFY(!MainWindow::windowFor(m_path));

    // Cancel opens nothing either.
    Choice::setNextAnswer(-1);
    QVERIFY(!MainWindow::openWindow(m_path, nullptr, &handedOver));
    QVERIFY(!handedOver);
    QCOMPARE(raised.count(), 1);
}

void TestGuiSafety::openWindow_sameFileTwice_raisesTheOpenWindow()
{
    MainWindow *first = MainWindow::openWindow(m_path);
    QVERIFY(first);
    QCOMPARE(MainWindow::openWindow(m_dir->path() + u"/./neuvo.sqlite"_s), first);
}

void TestGuiSafety::backUpNow_createsBackupFile()
{
    addClient(u"Aino"_s);
    auto window = makeWindow();
    QVERIFY(window);
    QVERIFY(BackupManager(m_path).list().isEmpty());
    window->findChild<QAction *>(u"backUpNowAction"_s)->trigger();
    const auto backups = BackupManager(m_path).list();
    QCOMPARE(backups.size(), 1);
    QCOMPARE(backups.first().reason, u"manual"_s);
    QVERIFY(QFile::exists(backups.first().path));
    QCOMPARE(test::countRows(backups.first().path, u"client"_s), 1);
}

void TestGuiSafety::restoreBackup_replacesDataAndKeepsOldFile()
{
    addClient(u"Aino"_s);
    auto window = makeWindow();
    QVERIFY(window);
    window->showPage(MainWindow::ClientsView); // a hidden page refills when shown
    window->findChild<QAction *>(u"backUpNowAction"_s)->trigger();
    Client later;
    later.name = u"Added after the backup"_s;
    QVERIFY(ClientStore(window->session().db()).create(later).ok());
    window->session().notifyChanged();
    QTRY_COMPARE(window->clientView()->model()->rowCount(), 2);

    // As while the start checks still run: the restore stops them, and what
    // waited for them (the notifier, the seen warnings) must not wait for
    // the rest of the session.
    window->session().setWritesHeld(true);
    window->findChild<QAction *>(u"restoreBackupAction"_s)->trigger();
    auto *dialog = window->findChild<RestoreBackupDialog *>();
    QVERIFY(dialog);
    QCOMPARE(dialog->table()->rowCount(), 1);
    QCOMPARE(dialog->table()->item(0, 1)->text(), u"Backed up on request"_s);
    QVERIFY(dialog->restoreButton()->isEnabled());
    Confirmation::setNextAnswer(true);
    QTest::mouseClick(dialog->restoreButton(), Qt::LeftButton);
    QVERIFY2(Confirmation::lastQuestion().contains(m_path), qPrintable(Confirmation::lastQuestion()));

    QTRY_COMPARE(window->clientView()->model()->rowCount(), 1);
    QVERIFY(!window->session().writesHeld());
    QCOMPARE(ClientStore(window->session().db()).list()->first().name, u"Aino"_s);
    // What the file held is kept as a backup, both clients in it.
    QString kept;
    for (const BackupInfo &b : BackupManager(m_path).list()) {
        if (b.reason == u"before-restore"_s)
            kept = b.path;
    }
    QVERIFY(!kept.isEmpty());
    QCOMPARE(test::countRows(kept, u"client"_s), 2);
    // The window works on the restored file.
    Client again;
    again.name = u"After the restore"_s;
    QVERIFY(ClientStore(window->session().db()).create(again).ok());
}

void TestGuiSafety::checkDatabase_reportsProblemsWithRecord()
{
    {
        Database db;
        QVERIFY(db.open(m_path).ok());
        QVERIFY(DemoData::fill(db, QDate(2025, 3, 14)).ok());
    }
    auto window = makeWindow();
    QVERIFY(window);
    window->findChild<QAction *>(u"checkDatabaseAction"_s)->trigger();
    auto *clean = window->findChild<IntegrityReportDialog *>();
    QVERIFY(clean);
    QVERIFY2(clean->summaryText().startsWith(u"No problems found"_s), qPrintable(clean->summaryText()));
    QCOMPARE(clean->problemCount(), 0);
    delete clean;

    QVERIFY(QSqlQuery(window->session().db().connection())
                .exec(u"UPDATE stage SET amount_minor = amount_minor + 1 "
                      "WHERE id = (SELECT min(id) FROM stage WHERE project_id = (SELECT min(id) FROM project))"_s));
    window->findChild<QAction *>(u"checkDatabaseAction"_s)->trigger();
    auto *report = window->findChild<IntegrityReportDialog *>();
    QVERIFY(report);
    QCOMPARE(report->problemCount(), 1);
    QVERIFY2(report->summaryText().contains(u"1 problem found"_s), qPrintable(report->summaryText()));
    auto *table = report->findChild<QTableWidget *>(u"problemTable"_s);
    QVERIFY(table->item(0, 0)->text().startsWith(u"project "_s));
    QVERIFY2(table->item(0, 1)->text().startsWith(u"Stages: they sum to"_s), qPrintable(table->item(0, 1)->text()));
}

void TestGuiSafety::diskFull_clientDialogStaysOpenWithTypedName()
{
    auto window = makeWindow();
    QVERIFY(window);
    Database &db = window->session().db();
    fillDisk(db);

    window->clientsPage()->newClient();
    auto *dialog = window->findChild<ClientDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    auto *name = dialog->findChild<QLineEdit *>(u"name"_s);
    QTest::keyClicks(name, u"Mikko Virtanen"_s);
    // More than the pages left can hold.
    dialog->findChild<QPlainTextEdit *>()->setPlainText(QString(20000, u'x'));
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);

    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->result(), int(QDialog::Rejected)); // not accepted
    QCOMPARE(name->text(), u"Mikko Virtanen"_s);
    QVERIFY2(dialog->errorText().contains(u"The disk is full"_s), qPrintable(dialog->errorText()));
    QVERIFY(dialog->findChild<QLabel *>(u"errorLabel"_s)->isVisible());
    QCOMPARE(*ClientStore(db).count(), 0);

    // Space freed: the same dialog stores what was typed.
    freeDisk(db);
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_VERIFY(!window->findChild<ClientDialog *>());
    QCOMPARE(ClientStore(db).list()->first().name, u"Mikko Virtanen"_s);
}

void TestGuiSafety::diskFull_preferencesStayOpen()
{
    auto window = makeWindow();
    QVERIFY(window);
    Database &db = window->session().db();
    fillDisk(db);
    PreferencesDialog dialog(window->session(), window.get());
    dialog.show();
    auto *address = dialog.findChild<QPlainTextEdit *>(u"address"_s);
    QVERIFY(address);
    // The longest address allowed, in a three-byte UTF-8 character: more
    // than a page, so the write needs a new one on the full disk.
    const QString longest(Limits::ParagraphLength, QChar(0x20AC));
    address->setPlainText(longest);
    dialog.accept();
    QVERIFY(dialog.isVisible());
    QVERIFY2(dialog.errorText().contains(u"The disk is full"_s), qPrintable(dialog.errorText()));
    QCOMPARE(address->toPlainText(), longest);
    freeDisk(db);
    dialog.accept();
    QVERIFY(!dialog.isVisible());
    QCOMPARE(ProfileStore(db).load()->address, longest);
}

void TestGuiSafety::csvImport_remappedColumn_storesClients()
{
    addClient(u"Already here"_s);
    auto window = makeWindow();
    QVERIFY(window);
    const QString csv = writeFile(u"people.csv"_s, "Full name,Mail,Shoe size\r\n"
                                                   "Aino Aalto,aino@example.fi,38\r\n"
                                                   "\"Bertta \"\"B\"\" Berg\",bertta@example.fi,40\r\n");
    CsvImportDialog *dialog = openImportDialog(*window);
    QVERIFY(dialog);
    QVERIFY(dialog->setFile(csv));
    QCOMPARE(dialog->preview()->columnCount(), 3);
    QCOMPARE(dialog->preview()->rowCount(), 3); // the mapping row and two lines
    QCOMPARE(dialog->preview()->item(2, 0)->text(), u"Bertta \"B\" Berg"_s);
    // None of these headers is a field name: all start as Skip.
    QCOMPARE(dialog->mapping(), (QStringList{QString(), QString(), QString()}));

    // Without a name column nothing can be imported.
    QVERIFY(!dialog->dryRun());
    QVERIFY2(dialog->problemsText().contains(u"No column goes into \"name\""_s), qPrintable(dialog->problemsText()));

    QComboBox *first = dialog->mappingCombo(0);
    first->setCurrentIndex(first->findData(u"name"_s));
    QComboBox *second = dialog->mappingCombo(1);
    second->setCurrentIndex(second->findData(u"email"_s));
    QCOMPARE(dialog->mapping(), (QStringList{u"name"_s, u"email"_s, QString()}));
    QVERIFY(dialog->dryRun());
    QVERIFY2(dialog->problemsText().contains(u"All 2 rows are fine"_s), qPrintable(dialog->problemsText()));
    QCOMPARE(*ClientStore(window->session().db()).count(), 1); // a dry run writes nothing

    QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
    QTRY_VERIFY(!window->findChild<CsvImportDialog *>());
    const auto clients = *ClientStore(window->session().db()).list();
    QCOMPARE(clients.size(), 3);
    QStringList emails;
    for (const Client &c : clients)
        emails << c.name + u' ' + c.email;
    QVERIFY2(emails.contains(u"Aino Aalto aino@example.fi"_s), qPrintable(emails.join(u", "_s)));
    QVERIFY2(emails.contains(u"Bertta \"B\" Berg bertta@example.fi"_s), qPrintable(emails.join(u", "_s)));
    window->showPage(MainWindow::ClientsView); // a hidden page refills when shown
    // (once the rules have run again in their thread)
    QTRY_COMPARE(window->clientView()->model()->rowCount(), 3);
    // Backed up before the import, as the CLI does.
    const auto backups = BackupManager(m_path).list();
    QCOMPARE(backups.size(), 1);
    QCOMPARE(backups.first().reason, u"import"_s);
    QCOMPARE(test::countRows(backups.first().path, u"client"_s), 1);
}

void TestGuiSafety::csvImport_badRow_blocksImportWithLineNumber()
{
    auto window = makeWindow();
    QVERIFY(window);
    const QString csv = writeFile(u"clients.csv"_s, "Name,Time zone,Type\n"
                                                    "Aino,Europe/Helsinki,agency\n"
                                                    "Bertta,Mars/Olympus,agency\n"
                                                    "Cecilia,Europe/Stockholm,individual\n");
    CsvImportDialog *dialog = openImportDialog(*window);
    QVERIFY(dialog);
    QVERIFY(dialog->setFile(csv));
    // Headers that name a field are mapped to it.
    QCOMPARE(dialog->mapping(), (QStringList{u"name"_s, u"time_zone"_s, u"type"_s}));
    QVERIFY(dialog->preview()->verticalHeaderItem(2)->text().contains(u"3"_s));

    QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    const QString problems = dialog->problemsText();
    QVERIFY2(problems.contains(u"line 3: time_zone: \"Mars/Olympus\""_s), qPrintable(problems));
    QVERIFY2(!problems.contains(u"line 2"_s) && !problems.contains(u"line 4"_s), qPrintable(problems));
    QVERIFY2(problems.contains(u"Nothing was imported"_s), qPrintable(problems));
    QCOMPARE(*ClientStore(window->session().db()).count(), 0);
    QVERIFY(BackupManager(m_path).list().isEmpty()); // a rejected file leaves no backup
}

void TestGuiSafety::exportCsv_writesClients()
{
    addClient(u"=HYPERLINK(\"x\")"_s);
    auto window = makeWindow();
    QVERIFY(window);
    const QString out = m_dir->filePath(u"out.csv"_s);
    QVERIFY(window->exportCsv(CsvExchange::Table::Clients, out).ok());
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray data = file.readAll();
    QVERIFY(data.startsWith("\xEF\xBB\xBFid,name,"));
    QVERIFY2(data.contains("'=HYPERLINK"), data.constData()); // neutralised
}

void TestGuiSafety::csvImport_russianExcel_guessedThenChangedInPreview()
{
    auto window = makeWindow();
    QVERIFY(window);
    QStringEncoder cyrillic("windows-1251");
    const QString csv = writeFile(u"ru.csv"_s, cyrillic(u"name;company;notes\r\n"
                                                          "Анна Ким;ООО Ромашка;Платит вовремя, без задержек\r\n"
                                                          "Олег Петров;;\r\n"_s));
    CsvImportDialog *dialog = openImportDialog(*window);
    QVERIFY(dialog);
    QVERIFY(dialog->setFile(csv));
    // What was guessed is shown in the combos, and the preview reads it so.
    QCOMPARE(dialog->separatorCombo()->currentData().toString(), u";"_s);
    QCOMPARE(dialog->decimalCombo()->currentData().toString(), u","_s);
    QCOMPARE(dialog->encodingCombo()->currentData().toString(), u"windows-1251"_s);
    QCOMPARE(dialog->preview()->columnCount(), 3);
    QCOMPARE(dialog->preview()->item(1, 0)->text(), u"Анна Ким"_s);
    QCOMPARE(dialog->preview()->item(1, 2)->text(), u"Платит вовремя, без задержек"_s);
    QCOMPARE(dialog->mapping(), (QStringList{u"name"_s, u"company"_s, u"notes"_s}));

    // Another separator: the preview follows (the header has no comma: one
    // column, cut at the comma of the notes).
    QComboBox *separator = dialog->separatorCombo();
    separator->setCurrentIndex(separator->findData(u","_s));
    QCOMPARE(dialog->preview()->columnCount(), 1);
    QCOMPARE(dialog->preview()->item(1, 0)->text(), u"Анна Ким;ООО Ромашка;Платит вовремя"_s);
    QCOMPARE(dialog->dialect().separator, u',');
    // Another encoding: Windows-1252 shows the bytes as Western letters.
    separator->setCurrentIndex(separator->findData(u";"_s));
    QComboBox *encoding = dialog->encodingCombo();
    encoding->setCurrentIndex(encoding->findData(u"windows-1252"_s));
    QVERIFY(dialog->preview()->item(1, 0)->text() != u"Анна Ким"_s);
    encoding->setCurrentIndex(encoding->findData(u"utf-8"_s));
    QVERIFY2(dialog->problemsText().contains(u"line 2: the text is not valid UTF-8."_s),
             qPrintable(dialog->problemsText()));
    QVERIFY(!dialog->importButton()->isEnabled());
    encoding->setCurrentIndex(encoding->findData(u"windows-1251"_s));

    QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
    QTRY_VERIFY(!window->findChild<CsvImportDialog *>());
    QStringList stored;
    for (const Client &c : *ClientStore(window->session().db()).list())
        stored << c.name + u'/' + c.company + u'/' + c.notes;
    stored.sort();
    QCOMPARE(stored, (QStringList{u"Анна Ким/ООО Ромашка/Платит вовремя, без задержек"_s, u"Олег Петров//"_s}));
}

void TestGuiSafety::csvExportDialog_startsFromTheLocaleThenTheLastChoice()
{
    QSettings().remove(u"csvExport"_s);
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::Finnish, QLocale::Finland));
    {
        CsvExportDialog dialog;
        QCOMPARE(dialog.dialect().separator, u';');
        QCOMPARE(dialog.dialect().decimalMark, u',');
        QCOMPARE(dialog.dialect().encoding, CsvDialect::Encoding::Utf8);
        auto *mark = dialog.findChild<QCheckBox *>(u"csvByteOrderMark"_s);
        QVERIFY(mark->isChecked());
        QComboBox *encoding = dialog.combos().encoding;
        encoding->setCurrentIndex(encoding->findData(u"windows-1252"_s));
        QVERIFY(!mark->isEnabled()); // a byte order mark is for UTF-8 only
        dialog.accept();
    }
    QLocale::setDefault(before);
    CsvExportDialog again;
    QCOMPARE(again.dialect().encoding, CsvDialect::Encoding::Windows1252);
    QCOMPARE(again.dialect().separator, u';');

    // What MainWindow writes with the chosen dialect.
    addClient(u"Jääskeläinen"_s);
    auto window = makeWindow();
    QVERIFY(window);
    const QString out = m_dir->filePath(u"fi.csv"_s);
    QVERIFY(window->exportCsv(CsvExchange::Table::Clients, out, again.dialect()).ok());
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray data = file.readAll();
    QVERIFY(data.startsWith("id;name;"));
    QVERIFY(data.contains("J\xe4\xe4skel\xe4inen")); // Windows-1252 bytes
}

void TestGuiSafety::csvImport_headersNamedLikeTheFieldLabels_areMapped()
{
    auto window = makeWindow();
    QVERIFY(window);
    // The labels of the mapping combos, as a person would name the columns
    // (in a Finnish or Russian interface, in that language).
    const QString csv = writeFile(u"labels.csv"_s, "Name,Contact hours from,time zone,Shoe size\n"
                                                   "Aino,09:00,Europe/Helsinki,38\n");
    CsvImportDialog *dialog = openImportDialog(*window);
    QVERIFY(dialog);
    QVERIFY(dialog->setFile(csv));
    QCOMPARE(dialog->mapping(), (QStringList{u"name"_s, u"contact_from"_s, u"time_zone"_s, QString()}));
}

void TestGuiSafety::preferences_paperAndEnglishDates_reachTheDocuments()
{
    DocumentPreferences::resetPaper();
    DocumentPreferences::resetUsDates();
    auto window = makeWindow();
    QVERIFY(window);
    PreferencesDialog dialog(window->session(), window.get());
    dialog.show();
    auto *paper = dialog.findChild<QComboBox *>(u"paperSize"_s);
    auto *dates = dialog.findChild<QComboBox *>(u"englishDates"_s);
    QVERIFY(paper && dates);
    // The tests run under LC_ALL=C.UTF-8: A4 and international dates.
    QCOMPARE(paper->currentData().toString(), u"a4"_s);
    QCOMPARE(dates->currentData().toBool(), false);
    QCOMPARE(dates->currentText(), u"12 March 2025"_s);
    paper->setCurrentIndex(paper->findData(u"letter"_s));
    dates->setCurrentIndex(dates->findData(true));
    QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(DocumentPreferences::paper(), DocumentPreferences::Paper::Letter);
    QVERIFY(DocumentPreferences::usDates());
    // What the document dialog and neuvo-cli build their language with.
    const DocumentLanguage english = DocumentPreferences::applied(DocumentLanguage());
    QCOMPARE(english.pageSize().id(), QPageSize::Letter);
    QCOMPARE(english.longDate(QDate(2025, 3, 12)), u"March 12, 2025"_s);
    DocumentPreferences::resetPaper();
    DocumentPreferences::resetUsDates();
}

QTEST_MAIN(TestGuiSafety)
#include "tst_guisafety.moc"
