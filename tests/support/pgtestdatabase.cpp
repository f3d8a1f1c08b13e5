#include "pgtestdatabase.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

namespace neuvo::test {

QString testServerUrl()
{
    return qEnvironmentVariable("NEUVO_TEST_DATABASE_URL");
}

QSqlDatabase openPostgres(const QString &url, const QString &connectionName)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    const QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid()
        || (parsed.scheme() != QLatin1String("postgresql") && parsed.scheme() != QLatin1String("postgres"))) {
        qWarning("openPostgres: not a postgresql:// URL: %s", qPrintable(url));
        return db;
    }
    QUrlQuery query(parsed);
    auto take = [&query](const QString &key, const QString &fallback) {
        const QString value = query.queryItemValue(key, QUrl::FullyDecoded);
        query.removeAllQueryItems(key);
        return value.isEmpty() ? fallback : value;
    };
    db.setHostName(take(QStringLiteral("host"), parsed.host()));
    db.setPort(take(QStringLiteral("port"), QString::number(parsed.port(5432))).toInt());
    db.setUserName(take(QStringLiteral("user"), parsed.userName()));
    db.setPassword(take(QStringLiteral("password"), parsed.password()));
    db.setDatabaseName(take(QStringLiteral("dbname"), parsed.path().mid(1)));
    QStringList options;
    const auto items = query.queryItems(QUrl::FullyDecoded);
    for (const auto &[key, value] : items)
        options << key + u'=' + value;
    db.setConnectOptions(options.join(u';'));
    db.open();
    return db;
}

PgTestDatabase::PgTestDatabase(const QString &serverUrl)
{
    static QAtomicInt counter;
    const QString suffix = QStringLiteral("%1_%2_%3")
                               .arg(QCoreApplication::applicationPid())
                               .arg(counter.fetchAndAddRelaxed(1))
                               .arg(QRandomGenerator::global()->generate() & 0xffffff, 6, 16, QLatin1Char('0'));
    if (serverUrl.isEmpty()) {
        m_error = QStringLiteral("NEUVO_TEST_DATABASE_URL is not set: no PostgreSQL test server");
        return;
    }
    m_adminConnection = QStringLiteral("pgtestdatabase_admin_") + suffix;
    QSqlDatabase admin = openPostgres(serverUrl, m_adminConnection);
    if (!admin.isOpen()) {
        m_error = QStringLiteral("cannot connect to the test server %1: %2").arg(serverUrl, admin.lastError().text());
        return;
    }
    // Lower-case letters, digits and _ only, so the name needs no quoting
    // beyond escapeIdentifier's and is the same in SQL and in the URL.
    const QString name = QStringLiteral("neuvo_t_") + suffix;
    QSqlQuery create(admin);
    const QString identifier = admin.driver()->escapeIdentifier(name, QSqlDriver::TableName);
    if (!create.exec(QStringLiteral("CREATE DATABASE %1 TEMPLATE template0 ENCODING 'UTF8'").arg(identifier))) {
        m_error = QStringLiteral("CREATE DATABASE %1 failed: %2").arg(name, create.lastError().text());
        return;
    }
    m_name = name;
    QUrl url(serverUrl);
    QUrlQuery query(url);
    query.removeAllQueryItems(QStringLiteral("dbname"));
    url.setQuery(query);
    url.setPath(u'/' + name);
    m_url = url.toString();
}

PgTestDatabase::~PgTestDatabase()
{
    if (m_adminConnection.isEmpty())
        return;
    {
        QSqlDatabase admin = QSqlDatabase::database(m_adminConnection, false);
        if (!m_name.isEmpty() && admin.isOpen()) {
            const QString sql = QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)")
                                    .arg(admin.driver()->escapeIdentifier(m_name, QSqlDriver::TableName));
            QSqlQuery drop(admin);
            bool dropped = drop.exec(sql);
            if (!dropped) {
                // The test may have restarted the server under this
                // connection: connect again once.
                drop.finish();
                admin.close();
                dropped = admin.open() && QSqlQuery(admin).exec(sql);
            }
            if (!dropped)
                qWarning("PgTestDatabase: DROP DATABASE %s failed: %s", qPrintable(m_name),
                         qPrintable(admin.lastError().text()));
        }
        admin.close();
    }
    QSqlDatabase::removeDatabase(m_adminConnection);
}

PgPrivateServer::PgPrivateServer()
{
    if (!m_state.isValid()) {
        m_error = QStringLiteral("no temporary folder: %1").arg(m_state.errorString());
        return;
    }
    if (!run(QStringLiteral("start")))
        return;
    QFile urlFile(m_state.filePath(QStringLiteral("url")));
    if (!urlFile.open(QIODevice::ReadOnly)) {
        m_error = QStringLiteral("pg-test-server wrote no URL");
        return;
    }
    QUrl url(QString::fromUtf8(urlFile.readAll().trimmed()));
    QUrlQuery query(url);
    query.addQueryItem(QStringLiteral("passfile"), m_state.filePath(QStringLiteral("pgpass")));
    url.setQuery(query);
    m_url = url.toString();
}

PgPrivateServer::~PgPrivateServer()
{
    if (m_state.isValid())
        run(QStringLiteral("stop"));
}

bool PgPrivateServer::restart()
{
    return run(QStringLiteral("restart"));
}

bool PgPrivateServer::run(const QString &command)
{
    QProcess script;
    script.setProcessChannelMode(QProcess::MergedChannels);
    script.start(QStringLiteral(NEUVO_PG_TEST_SERVER), {command, m_state.path()});
    if (!script.waitForFinished(120000) || script.exitStatus() != QProcess::NormalExit || script.exitCode() != 0) {
        m_error = QStringLiteral("pg-test-server %1 failed: %2")
                      .arg(command, QString::fromLocal8Bit(script.readAll()) + script.errorString());
        return false;
    }
    return true;
}

} // namespace neuvo::test
