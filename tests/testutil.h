#pragma once

#include "core/domain/domain.h"
#include "core/domain/result.h"
#include "core/rules/redflags.h"
#include "core/storage/database.h"
#include "support/testdatabase.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

namespace neuvo::test {

// The database a test opens, new for each call: file (a path in the test's
// temporary folder) on SQLite; in the _pg run one database of the suite on
// the server, emptied (see serverSuiteDatabase in support/testdatabase.h).
inline QString suiteDatabase(const QString &file)
{
    if (!onServer())
        return file;
    return serverSuiteDatabase([](const QString &url) {
        Database db;
        const auto opened = db.open(url);
        return opened ? QString() : opened.error();
    });
}

// The error of a failed Result for QVERIFY2's message, empty on success:
// QVERIFY2(saved, why(saved)). QVERIFY2 builds its message even when the
// check passes, and Result::error() may only be asked of a failed result.
template<typename R>
QByteArray why(const R &result)
{
    return result ? QByteArray() : result.error().toUtf8();
}

// A client that the rules can look at: active, in Helsinki, reachable
// 09:00–18:00 Monday to Friday. id 0 until a store gives it one.
inline Client makeClient(const QString &name, qint64 id = 0)
{
    Client c;
    c.id = id;
    c.name = name;
    c.status = ClientStatus::Active;
    c.timeZone = QStringLiteral("Europe/Helsinki");
    c.contactFrom = QTime(9, 0);
    c.contactTo = QTime(18, 0);
    c.contactDays = MondayToFriday;
    return c;
}

// A project of the client with a base price and nothing else decided yet.
inline Project makeProject(qint64 clientId, const QString &title, qint64 baseMinor,
                           ProjectStatus status = ProjectStatus::InProgress,
                           const QString &currency = QStringLiteral("EUR"), qint64 id = 0)
{
    Project p;
    p.id = id;
    p.clientId = clientId;
    p.title = title;
    p.basePriceMinor = baseMinor;
    p.status = status;
    p.currency = currency;
    return p;
}

// An unpaid payment stage; the title defaults to "Stage <position>".
inline PaymentStage makeStage(int position, qint64 amountMinor, const QDate &dueOn, const QString &title = {},
                              qint64 id = 0)
{
    PaymentStage s;
    s.id = id;
    s.position = position;
    s.title = title.isEmpty() ? QStringLiteral("Stage %1").arg(position) : title;
    s.amountMinor = amountMinor;
    s.dueOn = dueOn;
    return s;
}

inline QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// Copies a fixture from tests/data into dir, writable, and returns its path.
inline QString copyFixture(const QString &name, const QString &dir)
{
    const QString target = dir + u'/' + name;
    QFile::remove(target);
    if (!QFile::copy(QStringLiteral(NEUVO_TEST_DATA_DIR "/") + name, target))
        return {};
    QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return target;
}

// A test's init(): a new temporary folder in dir and, in path, the path of
// a database file in it (not created). False when the folder could not be
// made: QVERIFY(newDatabaseFile(m_dir, m_path)).
inline bool newDatabaseFile(std::unique_ptr<QTemporaryDir> &dir, QString &path,
                            const QString &name = QStringLiteral("neuvo.sqlite"))
{
    dir = std::make_unique<QTemporaryDir>();
    path = dir->filePath(name);
    return dir->isValid();
}

// The names of the clients in an SQLite file, by id, read through a
// read-only connection of its own (a backup, or a file another Database
// has open); empty when it cannot be read.
inline QStringList clientNames(const QString &file)
{
    QStringList result;
    const QString connection = QStringLiteral("names-") + file;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(file);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(db);
            q.exec(QStringLiteral("SELECT name FROM client ORDER BY id"));
            while (q.next())
                result << q.value(0).toString();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return result;
}

// Findings of an incremental evaluation against a full one: one by one
// first, so a failure names the first finding that differs (its rule,
// client and evidence), then as a whole. The caller returns when
// QTest::currentTestFailed().
inline void compareFindings(const QList<Finding> &actual, const QList<Finding> &expected)
{
    QCOMPARE(actual.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        QCOMPARE(actual.at(i).rule, expected.at(i).rule);
        QCOMPARE(actual.at(i).clientId, expected.at(i).clientId);
        QCOMPARE(actual.at(i).evidence.toString(), expected.at(i).evidence.toString());
        QCOMPARE(actual.at(i), expected.at(i));
    }
    QCOMPARE(actual, expected);
}

// Rows of a table in a database file (or on the server, a postgresql://
// URL), read through a read-only connection of its own (so the database is
// looked at without Database's checks); -1 when it cannot be read.
inline int countRows(const QString &file, const QString &table)
{
    int rows = -1;
    const QString name = QStringLiteral("count-") + file;
    {
        QSqlDatabase db;
        if (file.startsWith(QLatin1String("postgresql:"))) {
            db = openPostgres(file, name);
            QSqlQuery(db).exec(QStringLiteral("SET default_transaction_read_only = on"));
        } else {
            db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(file);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            db.open();
        }
        if (db.isOpen()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT count(*) FROM ") + table) && q.next())
                rows = q.value(0).toInt();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return rows;
}

// The text of a PDF as pdftotext (Debian poppler-utils) reads it, UTF-8;
// options go before the file (e.g. "-layout", or "-f 2 -l 2" for page 2).
// Says what went wrong instead when pdftotext fails, so a check that looks
// for a text prints the reason.
inline QString pdfToText(const QString &pdf, const QStringList &options = {})
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"),
                  QStringList{QStringLiteral("-enc"), QStringLiteral("UTF-8")} + options
                      + QStringList{pdf, QStringLiteral("-")});
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0)
        return QStringLiteral("<pdftotext failed: %1>").arg(QString::fromUtf8(process.readAllStandardError()));
    return QString::fromUtf8(process.readAllStandardOutput());
}

// One run of the real neuvo-cli binary.
struct CliRun
{
    int exitCode = -1; // -1 when it crashed or did not finish
    QString out;
    QString err;
    QByteArray rawOut;
};

// Runs neuvo-cli with its home, data and config folders inside home and
// English messages; adjust may change the environment further.
inline CliRun runCli(const QStringList &args, const QString &home,
                     const std::function<void(QProcessEnvironment &)> &adjust = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("LANGUAGE"));
    if (adjust)
        adjust(env);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(NEUVO_CLI_PATH), args);
    CliRun run;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        run.err = QStringLiteral("neuvo-cli did not finish");
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.rawOut = process.readAllStandardOutput();
    run.out = QString::fromUtf8(run.rawOut);
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace neuvo::test

// Checks a CliRun's exit status and shows its output when it differs.
#define VERIFY_EXIT(run, code) \
    QVERIFY2((run).exitCode == (code), \
             qPrintable(QStringLiteral("exit %1, expected %2\nstdout: %3\nstderr: %4") \
                            .arg((run).exitCode) \
                            .arg(code) \
                            .arg((run).out, (run).err)))
