#include "core/storage/database.h"
#include "core/storage/stores.h"
#include "testutil.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/types.h>

using namespace neuvo;
using namespace Qt::StringLiterals;

// Crash test: a child process writing one large change is
// killed with SIGKILL at many different moments; after every kill the file
// passes integrity_check and the change is either wholly there or wholly
// absent. The lock the dead child leaves behind is reclaimed each time.
class TestCrash : public QObject
{
    Q_OBJECT

private slots:
    void killedWriter_leavesAllOrNothing();

private:
    struct Counts
    {
        int clients = -1;
        int projects = -1;
        int stages = -1;
        QString integrity;
    };
    static Counts counts(const QString &file, const QString &tag)
    {
        Counts result;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"check"_s);
            db.setDatabaseName(file);
            if (db.open()) {
                QSqlQuery q(db);
                if (q.exec(u"PRAGMA integrity_check"_s) && q.next())
                    result.integrity = q.value(0).toString();
                q.prepare(u"SELECT (SELECT count(*) FROM client WHERE notes = :t), "
                          "(SELECT count(*) FROM project WHERE title = :t), "
                          "(SELECT count(*) FROM stage JOIN project ON project.id = stage.project_id "
                          "WHERE project.title = :t)"_s);
                q.bindValue(u":t"_s, tag);
                if (q.exec() && q.next()) {
                    result.clients = q.value(0).toInt();
                    result.projects = q.value(1).toInt();
                    result.stages = q.value(2).toInt();
                }
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(u"check"_s);
        return result;
    }
};

void TestCrash::killedWriter_leavesAllOrNothing()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(u"crash.sqlite"_s);
    {
        Database db;
        QVERIFY(db.open(file).ok());
        Client c;
        c.name = u"Before the crashes"_s;
        QVERIFY(ClientStore(db).create(c).ok());
    }
    constexpr int batch = 4000; // clients; each tenth with a project of four stages

    // How long one whole run takes, to spread the kills over it.
    QElapsedTimer timer;
    QProcess process;
    timer.start();
    process.start(QStringLiteral(NEUVO_CRASH_HELPER_PATH), {file, u"complete"_s, QString::number(batch)});
    QVERIFY(process.waitForFinished(60000));
    const qint64 fullRun = timer.elapsed();
    QCOMPARE(process.exitCode(), 0);
    const Counts complete = counts(file, u"complete"_s);
    QCOMPARE(complete.clients, batch);
    QCOMPARE(complete.projects, batch / 10);
    QCOMPARE(complete.stages, batch / 10 * 4);
    qInfo("one full run of the writer takes %lld ms", fullRun);

    constexpr int kills = 20;
    int absent = 0;
    int present = 0;
    for (int i = 0; i < kills; ++i) {
        const QString tag = u"run%1"_s.arg(i);
        QProcess child;
        child.start(QStringLiteral(NEUVO_CRASH_HELPER_PATH), {file, tag, QString::number(batch)});
        QVERIFY(child.waitForStarted());
        // "open" comes after Database::open: the kill lands in the write.
        QVERIFY2(child.waitForReadyRead(30000), qPrintable(QString::fromUtf8(child.readAllStandardError())));
        // From at once to a little after the expected end of the write.
        QTest::qWait(int(fullRun * 1.1 * i / (kills - 1)));
        // processId() is 0 once the child has ended, and kill(0) would hit
        // this whole process group.
        if (const qint64 pid = child.processId(); pid > 0 && child.state() == QProcess::Running)
            ::kill(pid_t(pid), SIGKILL);
        if (child.state() != QProcess::NotRunning)
            QVERIFY(child.waitForFinished(10000));

        const Counts after = counts(file, tag);
        QCOMPARE(after.integrity, u"ok"_s);
        const bool none = after.clients == 0 && after.projects == 0 && after.stages == 0;
        const bool all = after.clients == batch && after.projects == batch / 10 && after.stages == batch / 10 * 4;
        QVERIFY2(none || all, qPrintable(u"kill %1: %2 clients, %3 projects, %4 stages"_s.arg(i)
                                             .arg(after.clients)
                                             .arg(after.projects)
                                             .arg(after.stages)));
        none ? ++absent : ++present;

        // Neuvo itself opens it: the dead child's lock is reclaimed and the
        // earlier data is intact.
        Database db;
        const auto opened = db.open(file);
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        QCOMPARE(ClientStore(db).get(1)->name, u"Before the crashes"_s);
    }
    qInfo("%d kills: the change was absent after %d and complete after %d", kills, absent, present);
    QVERIFY(absent > 0); // the loop really interrupted writes
}

QTEST_GUILESS_MAIN(TestCrash)
#include "tst_crash.moc"
