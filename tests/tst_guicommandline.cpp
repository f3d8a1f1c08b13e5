#include "app/guicommandline.h"

#include "core/storage/database.h"

#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

// `neuvo [--db FILE] [FILE]`: which database the desktop application opens.
class TestGuiCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void databasePath_data();
    void databasePath();
    void conflicts_areErrors_data();
    void conflicts_areErrors();
    void help_namesFileAndDb();
};

void TestGuiCommandLine::databasePath_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    QTest::newRow("nothing: the default") << QStringList{} << neuvo::Database::defaultPath();
    QTest::newRow("FILE, as a file manager passes it") << QStringList{u"/home/a/Work clients.neuvo"_s}
                                                       << u"/home/a/Work clients.neuvo"_s;
    QTest::newRow("relative FILE") << QStringList{u"x.sqlite"_s} << u"x.sqlite"_s;
    QTest::newRow("--db FILE") << QStringList{u"--db"_s, u"/tmp/y.sqlite"_s} << u"/tmp/y.sqlite"_s;
    QTest::newRow("--db=FILE") << QStringList{u"--db=/tmp/y.sqlite"_s} << u"/tmp/y.sqlite"_s;
    QTest::newRow("server URL") << QStringList{u"postgresql://alice@db.example.org/neuvo?sslmode=require"_s}
                                << u"postgresql://alice@db.example.org/neuvo?sslmode=require"_s;
    QTest::newRow("--db server URL") << QStringList{u"--db"_s, u"postgres://alice@/neuvo?host=/run/pg"_s}
                                     << u"postgres://alice@/neuvo?host=/run/pg"_s;
    QTest::newRow("after --") << QStringList{u"--"_s, u"--db"_s} << u"--db"_s;
}

void TestGuiCommandLine::databasePath()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    neuvo::GuiCommandLine commandLine;
    QVERIFY(commandLine.parser().parse(QStringList{u"neuvo"_s} + arguments));
    const neuvo::Result<QString> path = commandLine.databasePath();
    QVERIFY2(path.ok(), qPrintable(path.ok() ? QString() : path.error()));
    QCOMPARE(*path, expected);
}

void TestGuiCommandLine::conflicts_areErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("two files") << QStringList{u"a.neuvo"_s, u"b.neuvo"_s} << u"2 files"_s;
    QTest::newRow("FILE and --db") << QStringList{u"--db"_s, u"a.neuvo"_s, u"b.neuvo"_s} << u"not both"_s;
}

void TestGuiCommandLine::conflicts_areErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    neuvo::GuiCommandLine commandLine;
    QVERIFY(commandLine.parser().parse(QStringList{u"neuvo"_s} + arguments));
    const neuvo::Result<QString> path = commandLine.databasePath();
    QVERIFY(!path.ok());
    QVERIFY2(path.error().contains(message), qPrintable(path.error()));
}

void TestGuiCommandLine::help_namesFileAndDb()
{
    neuvo::GuiCommandLine commandLine;
    const QString help = commandLine.parser().helpText();
    QVERIFY2(help.contains(u"[FILE]"_s), qPrintable(help));
    QVERIFY2(help.contains(u"--db <FILE>"_s), qPrintable(help));
    QVERIFY2(help.contains(neuvo::Database::defaultPath()), qPrintable(help));
    QVERIFY2(help.contains(u"postgresql://"_s), qPrintable(help));
}

QTEST_GUILESS_MAIN(TestGuiCommandLine)
#include "tst_guicommandline.moc"
