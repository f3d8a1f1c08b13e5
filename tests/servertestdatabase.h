#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

namespace neuvo::test {

// The server the storage tests run on instead of SQLite files, when set:
// NEUVO_TEST_DATABASE_URL=postgresql://user@/postgres?host=/socket/folder&port=5432
// names a database on it and a user who may create databases.
inline QString serverTestUrl()
{
    return qEnvironmentVariable("NEUVO_TEST_DATABASE_URL");
}

// Runs sql on the maintenance database of serverTestUrl(); the error, or
// empty.
inline QString runOnTestServer(const QStringList &statements)
{
    const QUrl url(serverTestUrl());
    const QString connectionName = QStringLiteral("neuvo-test-admin");
    QString failure;
    {
        QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
        admin.setDatabaseName(url.path().mid(1));
        if (!url.host().isEmpty())
            admin.setHostName(url.host());
        if (url.port() > 0)
            admin.setPort(url.port());
        admin.setUserName(url.userName());
        QStringList options;
        for (const auto &[key, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded))
            options << key + QStringLiteral("=") + value;
        admin.setConnectOptions(options.join(u';'));
        if (!admin.open()) {
            failure = admin.lastError().text();
        } else {
            QSqlQuery q(admin);
            for (const QString &sql : statements) {
                if (!q.exec(sql) && failure.isEmpty())
                    failure = q.lastError().text();
            }
        }
        admin.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
    return failure;
}

// The databases freshDatabase() made, dropped when the application ends.
inline QStringList &createdTestDatabases()
{
    static QStringList names;
    return names;
}

inline void dropCreatedTestDatabases()
{
    QStringList drops;
    for (const QString &name : std::as_const(createdTestDatabases()))
        drops << QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name);
    runOnTestServer(drops);
}

// The database a storage test opens: file (a path in the test's temporary
// folder) unless serverTestUrl() is set. Then each call creates a fresh,
// empty database on that server and returns its URL; all of them are
// dropped when the test ends. The names carry the process id, so suites
// may run side by side.
inline QString freshDatabase(const QString &file)
{
    if (serverTestUrl().isEmpty())
        return file;
    static int counter = 0;
    const QString name = QStringLiteral("neuvo_test_%1_%2").arg(QCoreApplication::applicationPid()).arg(++counter);
    if (const QString failure = runOnTestServer({QStringLiteral("CREATE DATABASE %1").arg(name)}); !failure.isEmpty())
        qFatal("NEUVO_TEST_DATABASE_URL: cannot create a test database: %s", qPrintable(failure));
    if (createdTestDatabases().isEmpty())
        qAddPostRoutine(dropCreatedTestDatabases);
    createdTestDatabases() << name;
    QUrl url(serverTestUrl());
    url.setPath(u'/' + name);
    return url.toString();
}

} // namespace neuvo::test
