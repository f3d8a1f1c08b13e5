#include "core/storage/database.h"
#include "core/storage/stores.h"

#include "cliinprocess.h"
#include "testutil.h"

#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace neuvo;
using namespace Qt::StringLiterals;

// neuvo-cli copy FROM TO, in-process: the demo file copied into another
// database exports the same JSON, and a copy that cannot be made writes
// nothing. With NEUVO_TEST_DATABASE_URL set (the _pg run) the middle
// database is on the private PostgreSQL server: file → server → file.
class TestCliCopy : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void copy_throughAnotherDatabase_exportsTheSameJson();
    void copy_intoADatabaseWithClients_isRefusedAndChangesNothing();
    void copy_fromAMissingFile_createsNothing();

private:
    test::CliRun cli(const QStringList &args) { return test::runCliInProcess(args); }
    QByteArray exported(const QString &database);

    QTemporaryDir m_dir;
    QString m_demo;
};

#define VERIFY_RUN(run, code)                                                                                    \
    QVERIFY2((run).exitCode == (code), qPrintable(u"exit %1\n%2\n%3"_s.arg((run).exitCode).arg((run).out, (run).err)))

void TestCliCopy::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_demo = m_dir.filePath(u"demo.sqlite"_s);
    VERIFY_RUN(cli({u"--db"_s, m_demo, u"demo"_s, u"--today"_s, u"2026-03-10"_s}), 0);
}

QByteArray TestCliCopy::exported(const QString &database)
{
    const test::CliRun run = cli({u"--db"_s, database, u"export"_s});
    return run.exitCode == 0 ? run.rawOut : QByteArray();
}

void TestCliCopy::copy_throughAnotherDatabase_exportsTheSameJson()
{
    const QString middle = test::freshDatabase(m_dir.filePath(u"middle.sqlite"_s));
    const QString back = m_dir.filePath(u"back.sqlite"_s);
    const test::CliRun there = cli({u"copy"_s, m_demo, middle});
    VERIFY_RUN(there, 0);
    QVERIFY2(there.out.startsWith(u"Copied 6 clients"_s), qPrintable(there.out));
    VERIFY_RUN(cli({u"copy"_s, middle, back}), 0);

    const QByteArray original = exported(m_demo);
    QVERIFY(original.contains("\"clients\""));
    QCOMPARE(exported(middle), original);
    QCOMPARE(exported(back), original);
}

void TestCliCopy::copy_intoADatabaseWithClients_isRefusedAndChangesNothing()
{
    const QString target = test::freshDatabase(m_dir.filePath(u"target.sqlite"_s));
    VERIFY_RUN(cli({u"copy"_s, m_demo, target}), 0);
    VERIFY_RUN(cli({u"--db"_s, target, u"client"_s, u"edit"_s, u"1"_s, u"--notes"_s, u"Changed after the copy"_s}), 0);
    const QByteArray before = exported(target);
    QVERIFY(before.contains("Changed after the copy"));

    const test::CliRun refused = cli({u"copy"_s, m_demo, target});
    VERIFY_RUN(refused, 1);
    QVERIFY2(refused.err.contains(u"already holds 6 clients"_s), qPrintable(refused.err));
    QVERIFY2(refused.err.contains(u"Nothing was copied."_s), qPrintable(refused.err));
    QCOMPARE(exported(target), before);

    const test::CliRun same = cli({u"copy"_s, m_demo, m_demo});
    VERIFY_RUN(same, 1);
    QVERIFY2(same.err.contains(u"the same database"_s), qPrintable(same.err));
}

void TestCliCopy::copy_fromAMissingFile_createsNothing()
{
    const QString missing = m_dir.filePath(u"missing.sqlite"_s);
    const QString target = m_dir.filePath(u"new.sqlite"_s);
    const test::CliRun run = cli({u"copy"_s, missing, target});
    VERIFY_RUN(run, 1);
    QVERIFY2(run.err.contains(u"does not exist"_s), qPrintable(run.err));
    QVERIFY(!QFileInfo::exists(missing));
    QVERIFY(!QFileInfo::exists(target));

    // A copy that fails after TO was made removes the file it made: the
    // source is not a Neuvo database.
    const QString notNeuvo = m_dir.filePath(u"notes.txt"_s);
    {
        QFile file(notNeuvo);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a database\n");
    }
    VERIFY_RUN(cli({u"copy"_s, notNeuvo, target}), 1);
    QVERIFY(!QFileInfo::exists(target));
}

QTEST_GUILESS_MAIN(TestCliCopy)
#include "tst_cli_copy.moc"
