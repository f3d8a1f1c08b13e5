#include "core/storage/serveraddress.h"

#include <QTest>

using namespace neuvo;
using namespace Qt::StringLiterals;

// The postgresql:// URLs File → Connect to Server builds and the recent list
// keeps, the name a window title shows, and how a failed connection is
// told apart, without a server.
Q_DECLARE_METATYPE(neuvo::ServerAddress)
Q_DECLARE_METATYPE(neuvo::ServerFailure)

class TestServerAddress : public QObject
{
    Q_OBJECT

private slots:
    void toUrl_data();
    void toUrl();
    void fromUrl_readsWhatToUrlWrote_data() { toUrl_data(); }
    void fromUrl_readsWhatToUrlWrote();
    void fromUrl_readsParameters();
    void fromUrl_refusesFiles();
    void displayName_data();
    void displayName();
    void withoutPassword_data();
    void withoutPassword();
    void classify_data();
    void classify();
    void connectOptions_data();
    void connectOptions();
    void connectOptions_timeoutFromTheEnvironmentIsLeftToLibpq();
    void connectOptions_refusesWhatLibpqCannotTake();
};

namespace {

ServerAddress address(const QString &host, int port, const QString &database, const QString &user,
                      const QString &sslMode = {})
{
    ServerAddress a;
    a.host = host;
    a.port = port;
    a.database = database;
    a.user = user;
    a.sslMode = sslMode;
    return a;
}

} // namespace

void TestServerAddress::toUrl_data()
{
    QTest::addColumn<ServerAddress>("address");
    QTest::addColumn<QString>("url");
    QTest::newRow("host, default port") << address(u"db.example.org"_s, 5432, u"neuvo"_s, u"alice"_s)
                                        << u"postgresql://alice@db.example.org/neuvo"_s;
    QTest::newRow("port and sslmode") << address(u"db.example.org"_s, 5433, u"neuvo"_s, u"alice"_s, u"verify-full"_s)
                                      << u"postgresql://alice@db.example.org:5433/neuvo?sslmode=verify-full"_s;
    QTest::newRow("socket folder") << address(u"/var/run/postgresql"_s, 5432, u"neuvo"_s, u"alice"_s)
                                   << u"postgresql://alice@/neuvo?host=/var/run/postgresql"_s;
    QTest::newRow("socket folder, other port") << address(u"/tmp/pg"_s, 6543, u"crm"_s, u"bob"_s)
                                               << u"postgresql://bob@/crm?host=/tmp/pg&port=6543"_s;
    QTest::newRow("no user, no host") << address(QString(), 5432, u"neuvo"_s, QString())
                                      << u"postgresql:///neuvo"_s;
    QTest::newRow("names to escape") << address(u"db.example.org"_s, 5432, u"my db"_s, u"a@b"_s)
                                     << u"postgresql://a%40b@db.example.org/my%20db"_s;
    QTest::newRow("IPv6") << address(u"::1"_s, 5432, u"neuvo"_s, u"alice"_s, u"require"_s)
                          << u"postgresql://alice@[::1]/neuvo?sslmode=require"_s;
}

void TestServerAddress::toUrl()
{
    QFETCH(ServerAddress, address);
    QFETCH(QString, url);
    QCOMPARE(address.toUrl(), url);
}

void TestServerAddress::fromUrl_readsWhatToUrlWrote()
{
    QFETCH(ServerAddress, address);
    const auto read = ServerAddress::fromUrl(address.toUrl());
    QVERIFY(read);
    QCOMPARE(read->host, address.host);
    QCOMPARE(read->port, address.port);
    QCOMPARE(read->database, address.database);
    QCOMPARE(read->user, address.user);
    QCOMPARE(read->sslMode, address.sslMode);
}

void TestServerAddress::fromUrl_readsParameters()
{
    const auto read = ServerAddress::fromUrl(u"postgres:///?host=/s&port=7000&user=carol&dbname=d&sslmode=disable"_s);
    QVERIFY(read);
    QCOMPARE(read->host, u"/s"_s);
    QCOMPARE(read->port, 7000);
    QCOMPARE(read->user, u"carol"_s);
    QCOMPARE(read->database, u"d"_s);
    QCOMPARE(read->sslMode, u"disable"_s);
}

void TestServerAddress::fromUrl_refusesFiles()
{
    QVERIFY(!ServerAddress::fromUrl(u"/home/a/neuvo.sqlite"_s));
    QVERIFY(!ServerAddress::fromUrl(u"file:neuvo.sqlite"_s));
}

void TestServerAddress::displayName_data()
{
    QTest::addColumn<QString>("location");
    QTest::addColumn<QString>("name");
    QTest::newRow("file") << u"/home/a/Work clients.neuvo"_s << u"Work clients.neuvo"_s;
    QTest::newRow("server") << u"postgresql://alice@db.example.org/neuvo?sslmode=require"_s
                            << u"neuvo on db.example.org"_s;
    QTest::newRow("server, other port") << u"postgresql://alice@db.example.org:5433/crm"_s
                                        << u"crm on db.example.org:5433"_s;
    QTest::newRow("socket") << u"postgresql://alice@/neuvo?host=/var/run/postgresql"_s
                            << u"neuvo on this computer"_s;
}

void TestServerAddress::displayName()
{
    QFETCH(QString, location);
    QFETCH(QString, name);
    QCOMPARE(databaseDisplayName(location), name);
}

void TestServerAddress::withoutPassword_data()
{
    QTest::addColumn<QString>("location");
    QTest::addColumn<QString>("kept");
    QTest::newRow("file, untouched") << u"/home/a/x:y@z.sqlite"_s << u"/home/a/x:y@z.sqlite"_s;
    QTest::newRow("no password") << u"postgresql://alice@db.example.org/neuvo?sslmode=require"_s
                                 << u"postgresql://alice@db.example.org/neuvo?sslmode=require"_s;
    QTest::newRow("user:password@") << u"postgresql://alice:s3cret@db.example.org/neuvo"_s
                                    << u"postgresql://alice@db.example.org/neuvo"_s;
    QTest::newRow("password parameter") << u"postgresql://alice@db.example.org/neuvo?password=s3cret&sslmode=require"_s
                                        << u"postgresql://alice@db.example.org/neuvo?sslmode=require"_s;
    QTest::newRow("only a password parameter") << u"postgresql:///neuvo?password=s3cret"_s
                                               << u"postgresql:///neuvo"_s;
}

void TestServerAddress::withoutPassword()
{
    QFETCH(QString, location);
    QFETCH(QString, kept);
    const QString stripped = neuvo::withoutPassword(location);
    QCOMPARE(stripped, kept);
    QVERIFY(!stripped.contains(u"s3cret"_s));
}

void TestServerAddress::classify_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<ServerFailure>("failure");
    // The texts QPSQL reports from libpq 15 and a PostgreSQL 15 server.
    QTest::newRow("no password") << u"Cannot connect to postgresql://neuvo@/x?host=/tmp/p: connection to server on "
                                    "socket \"/tmp/p/.s.PGSQL.5432\" failed: fe_sendauth: no password supplied\n"
                                    "QPSQL: Unable to connect"_s
                                 << ServerFailure::PasswordNeeded;
    QTest::newRow("wrong password") << u"connection to server on socket \"/tmp/p/.s.PGSQL.5432\" failed: FATAL:  "
                                       "password authentication failed for user \"neuvo\""_s
                                    << ServerFailure::PasswordRejected;
    QTest::newRow("no such database") << u"connection to server on socket \"/tmp/p/.s.PGSQL.5432\" failed: FATAL:  "
                                         "database \"nope\" does not exist"_s
                                      << ServerFailure::NoSuchDatabase;
    QTest::newRow("no socket") << u"connection to server on socket \"/tmp/p/.s.PGSQL.1\" failed: No such file or "
                                  "directory\n\tIs the server running locally and accepting connections on that "
                                  "socket?"_s
                               << ServerFailure::Unreachable;
    QTest::newRow("refused") << u"connection to server at \"localhost\" (127.0.0.1), port 1 failed: Connection "
                                "refused"_s
                             << ServerFailure::Unreachable;
    QTest::newRow("unknown host") << u"could not translate host name \"nowhere.invalid\" to address: Name or "
                                     "service not known"_s
                                  << ServerFailure::Unreachable;
    QTest::newRow("newer schema") << u"Cannot open postgresql://a@h/d: it was written by a newer version of Neuvo"_s
                                  << ServerFailure::Other;
}

void TestServerAddress::classify()
{
    QFETCH(QString, message);
    QFETCH(ServerFailure, failure);
    QCOMPARE(classifyServerFailure(message), failure);
}

// What QPSQL hands on to libpq: a server that does not answer is given up
// after 10 s unless the URL says otherwise.
void TestServerAddress::connectOptions_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("options");
    QTest::newRow("nothing set") << u"postgresql://alice@db.example.org/neuvo"_s
                                 << u"application_name='Neuvo';connect_timeout=10"_s;
    QTest::newRow("built by the dialog")
        << address(u"db.example.org"_s, 5433, u"neuvo"_s, u"alice"_s, u"verify-full"_s).toUrl()
        << u"application_name='Neuvo';sslmode='verify-full';connect_timeout=10"_s;
    QTest::newRow("socket folder") << address(u"/tmp/pg"_s, 6543, u"crm"_s, u"bob"_s).toUrl()
                                   << u"application_name='Neuvo';host='/tmp/pg';port='6543';connect_timeout=10"_s;
    QTest::newRow("timeout in the URL") << u"postgresql://alice@db.example.org/neuvo?connect_timeout=3"_s
                                        << u"application_name='Neuvo';connect_timeout='3'"_s;
    QTest::newRow("no timeout asked for") << u"postgresql://alice@db.example.org/neuvo?connect_timeout=0&sslmode=require"_s
                                          << u"application_name='Neuvo';connect_timeout='0';sslmode='require'"_s;
    QTest::newRow("quote in a value") << u"postgresql://alice@h/neuvo?sslrootcert=/home/o'neil/ca.pem"_s
                                      << u"application_name='Neuvo';sslrootcert='/home/o\\'neil/ca.pem';connect_timeout=10"_s;
}

void TestServerAddress::connectOptions()
{
    QFETCH(QString, url);
    QFETCH(QString, options);
    const QByteArray before = qgetenv("PGCONNECT_TIMEOUT");
    qunsetenv("PGCONNECT_TIMEOUT");
    const auto built = serverConnectOptions(url);
    if (!before.isNull())
        qputenv("PGCONNECT_TIMEOUT", before);
    QVERIFY2(built.ok(), qPrintable(built.error()));
    QCOMPARE(*built, options);
}

void TestServerAddress::connectOptions_timeoutFromTheEnvironmentIsLeftToLibpq()
{
    const QByteArray before = qgetenv("PGCONNECT_TIMEOUT");
    qputenv("PGCONNECT_TIMEOUT", "30");
    const auto built = serverConnectOptions(u"postgresql://alice@db.example.org/neuvo"_s);
    if (before.isNull())
        qunsetenv("PGCONNECT_TIMEOUT");
    else
        qputenv("PGCONNECT_TIMEOUT", before);
    QVERIFY(built.ok());
    QCOMPARE(*built, u"application_name='Neuvo'"_s);
}

void TestServerAddress::connectOptions_refusesWhatLibpqCannotTake()
{
    for (const QString &url : {u"postgresql://alice@h/neuvo?sslmode=require;options=x"_s,
                               u"postgresql://alice@h/neuvo?Bad-Key=1"_s}) {
        const auto built = serverConnectOptions(url);
        QVERIFY2(!built.ok(), qPrintable(url));
        QVERIFY2(built.error().startsWith(u"Cannot open %1: the parameter \""_s.arg(url)), qPrintable(built.error()));
    }
}

QTEST_GUILESS_MAIN(TestServerAddress)
#include "tst_serveraddress.moc"
