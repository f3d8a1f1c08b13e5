#pragma once

#include "core/storage/database.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QProcess>
#include <QTest>

#include <functional>

namespace neuvo::test {

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

// Rows of a table in a database file, read through a read-only connection of
// its own (so the file is looked at without Database's checks); -1 when it
// cannot be read.
inline int countRows(const QString &file, const QString &table)
{
    int rows = -1;
    const QString name = QStringLiteral("count-") + file;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(file);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT count(*) FROM ") + table) && q.next())
                rows = q.value(0).toInt();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return rows;
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
