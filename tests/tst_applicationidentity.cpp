#include "core/storage/applicationidentity.h"
#include "core/storage/database.h"

#include "testutil.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// Where settings and the database live, in process and in the real binaries.
// HOME and the XDG folders point into a temporary folder for the whole run
// (QSettings fixes its folder at first use), and each migration case uses an
// application name of its own so no case sees another's files.
class TestApplicationIdentity : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void identity_settingsInConfigNeuvo();
    void defaultPath_staysInLocalShareNeuvo();
    void migrate_copiesLegacySettingsOnce();
    void migrate_keepsExistingSettings();
    void migrate_withoutLegacy_writesNothing();
    void cli_createsDefaultDatabaseInLocalShareNeuvo();
    void cli_migratesLegacySettings();
    void bothBinaries_nameTheSameDefaultDatabase();

private:
    QString configHome() const { return m_home.path() + u"/config"_s; }
    QString dataHome() const { return m_home.path() + u"/data"_s; }
    QString legacyPath(const QString &application) const
    {
        return configHome() + u"/Unknown Organization/"_s + application + u".conf"_s;
    }

    QTemporaryDir m_home;
};

void TestApplicationIdentity::initTestCase()
{
    QVERIFY(m_home.isValid());
    qputenv("HOME", m_home.path().toLocal8Bit());
    qputenv("XDG_CONFIG_HOME", configHome().toLocal8Bit());
    qputenv("XDG_DATA_HOME", dataHome().toLocal8Bit());
}

void TestApplicationIdentity::cleanupTestCase()
{
    // Back to the identity the other cases expect from a fresh start.
    neuvo::setUpApplicationIdentity();
}

void TestApplicationIdentity::identity_settingsInConfigNeuvo()
{
    neuvo::setUpApplicationIdentity();
    QCOMPARE(QCoreApplication::organizationName(), u"Neuvo"_s);
    QCOMPARE(QCoreApplication::applicationName(), u"Neuvo"_s);
    QCOMPARE(QCoreApplication::applicationVersion(), QStringLiteral(NEUVO_VERSION));
    QCOMPARE(QSettings().fileName(), configHome() + u"/Neuvo/Neuvo.conf"_s);
}

void TestApplicationIdentity::defaultPath_staysInLocalShareNeuvo()
{
    neuvo::setUpApplicationIdentity();
    // With an organisation name Qt's AppDataLocation gains a level; the
    // database must stay where earlier builds created it.
    QCOMPARE(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation), dataHome() + u"/Neuvo/Neuvo"_s);
    QCOMPARE(neuvo::applicationDataFolder(), dataHome() + u"/Neuvo"_s);
    QCOMPARE(neuvo::Database::defaultPath(), dataHome() + u"/Neuvo/neuvo.sqlite"_s);
}

void TestApplicationIdentity::migrate_copiesLegacySettingsOnce()
{
    QCoreApplication::setApplicationName(u"NeuvoMigrateOnce"_s);
    {
        QSettings legacy(legacyPath(u"NeuvoMigrateOnce"_s), QSettings::IniFormat);
        legacy.setValue(u"language"_s, u"fi"_s);
        legacy.setValue(u"clientsPage/splitter"_s, QByteArray("\x00\x01\xff", 3));
        legacy.setValue(u"recentFiles"_s, QStringList{u"/a/b.sqlite"_s, u"/c d/e.neuvo"_s});
    }
    const QString current = QSettings().fileName();
    QCOMPARE(current, configHome() + u"/Neuvo/NeuvoMigrateOnce.conf"_s);
    QVERIFY(!QFileInfo::exists(current));

    QVERIFY(neuvo::migrateLegacySettings());
    QVERIFY(QFileInfo::exists(current));
    {
        const QSettings settings;
        QCOMPARE(settings.value(u"language"_s).toString(), u"fi"_s);
        QCOMPARE(settings.value(u"clientsPage/splitter"_s).toByteArray(), QByteArray("\x00\x01\xff", 3));
        QCOMPARE(settings.value(u"recentFiles"_s).toStringList(),
                 (QStringList{u"/a/b.sqlite"_s, u"/c d/e.neuvo"_s}));
    }
    QVERIFY2(QFileInfo::exists(legacyPath(u"NeuvoMigrateOnce"_s)), "the old file is left as it was");

    // Once only: a later change in the old file is not carried over.
    {
        QSettings legacy(legacyPath(u"NeuvoMigrateOnce"_s), QSettings::IniFormat);
        legacy.setValue(u"language"_s, u"ru"_s);
    }
    QVERIFY(!neuvo::migrateLegacySettings());
    QCOMPARE(QSettings().value(u"language"_s).toString(), u"fi"_s);
}

void TestApplicationIdentity::migrate_keepsExistingSettings()
{
    QCoreApplication::setApplicationName(u"NeuvoMigrateKeep"_s);
    {
        QSettings legacy(legacyPath(u"NeuvoMigrateKeep"_s), QSettings::IniFormat);
        legacy.setValue(u"language"_s, u"fi"_s);
    }
    {
        QSettings settings;
        settings.setValue(u"language"_s, u"en"_s);
    }
    QVERIFY(!neuvo::migrateLegacySettings());
    QCOMPARE(QSettings().value(u"language"_s).toString(), u"en"_s);
}

void TestApplicationIdentity::migrate_withoutLegacy_writesNothing()
{
    QCoreApplication::setApplicationName(u"NeuvoMigrateNothing"_s);
    QVERIFY(!neuvo::migrateLegacySettings());
    QVERIFY(!QFileInfo::exists(QSettings().fileName()));
}

void TestApplicationIdentity::cli_createsDefaultDatabaseInLocalShareNeuvo()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const neuvo::test::CliRun demo = neuvo::test::runCli({u"demo"_s}, home.path());
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
    const QString expected = home.path() + u"/data/Neuvo/neuvo.sqlite"_s;
    QVERIFY(QFileInfo::exists(expected));
    const neuvo::test::CliRun info = neuvo::test::runCli({u"info"_s}, home.path());
    QVERIFY2(info.exitCode == 0, qPrintable(info.err));
    QVERIFY2(info.out.contains(expected), qPrintable(info.out));
    QVERIFY(!QFileInfo::exists(home.path() + u"/data/Neuvo/Neuvo"_s));
}

void TestApplicationIdentity::cli_migratesLegacySettings()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const QString legacy = home.path() + u"/config/Unknown Organization/Neuvo.conf"_s;
    {
        QSettings settings(legacy, QSettings::IniFormat);
        settings.setValue(u"backups/keep"_s, 5);
    }
    const neuvo::test::CliRun run = neuvo::test::runCli({u"--version"_s}, home.path());
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QSettings migrated(home.path() + u"/config/Neuvo/Neuvo.conf"_s, QSettings::IniFormat);
    QCOMPARE(migrated.value(u"backups/keep"_s).toInt(), 5);
}

void TestApplicationIdentity::bothBinaries_nameTheSameDefaultDatabase()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const QString expected = home.path() + u"/data/Neuvo/neuvo.sqlite"_s;

    const neuvo::test::CliRun cli = neuvo::test::runCli({u"--help"_s}, home.path());
    QVERIFY2(cli.exitCode == 0, qPrintable(cli.err));
    QVERIFY2(cli.out.contains(expected), qPrintable(cli.out));

    QProcess gui;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOME"_s, home.path());
    env.insert(u"XDG_DATA_HOME"_s, home.path() + u"/data"_s);
    env.insert(u"XDG_CONFIG_HOME"_s, home.path() + u"/config"_s);
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    env.remove(u"LANGUAGE"_s);
    gui.setProcessEnvironment(env);
    gui.start(QStringLiteral(NEUVO_GUI_PATH), {u"--help"_s});
    QVERIFY(gui.waitForFinished(60000));
    QCOMPARE(gui.exitCode(), 0);
    const QString help = QString::fromUtf8(gui.readAllStandardOutput());
    // QCommandLineParser wraps a long path inside the description column;
    // the path has no spaces, so joining the wrapped lines restores it.
    QString joined = help;
    joined.remove(QRegularExpression(u"\\n +"_s));
    QVERIFY2(joined.contains(expected), qPrintable(help));
}

QTEST_GUILESS_MAIN(TestApplicationIdentity)
#include "tst_applicationidentity.moc"
