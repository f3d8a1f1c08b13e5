// The private PostgreSQL server of the test run (tests/pg/pg-test-server)
// and the QPSQL driver, before any of Neuvo's storage runs on them: the role
// Neuvo uses is not a superuser and cannot make itself one, a test gets a
// database of its own and gives it back, a second connection sees committed
// data and only that, and LISTEN/NOTIFY reaches another connection through
// QSqlDriver::subscribeToNotification with its payload.

#include "support/testdatabase.h"

#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
#include <QUrl>
#include <QVariant>

using neuvo::test::PgPrivateServer;
using neuvo::test::PgTestDatabase;
using neuvo::test::openPostgres;
using neuvo::test::testServerUrl;

namespace {

// One value of a one-row query, or an invalid QVariant with the reason
// printed, so a QCOMPARE against it fails naming the query. QPSQL prepares
// a statement on the server (PREPARE/EXECUTE), which PostgreSQL refuses for
// utility statements such as SHOW: settings are read with current_setting().
QVariant scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery query(db);
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec() || !query.next()) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return {};
    }
    return query.value(0);
}

bool databaseExists(const QSqlDatabase &db, const QString &name)
{
    return scalar(db, QStringLiteral("SELECT count(*) FROM pg_database WHERE datname = ?"), {name}).toInt() == 1;
}

struct Notification
{
    QString channel;
    QSqlDriver::NotificationSource source;
    QString payload;
};

} // namespace

class TstPgServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void connectsOverTheSocketOnly();
    void roleIsNotSuperuser();
    void roleCannotGrantItselfMore();
    void passwordComesFromPgpassOnly();
    void createsAndDropsADatabasePerTest();
    void testDatabasesAreSeparate();
    void secondConnectionSeesOnlyCommittedData();
    void notificationReachesAnotherConnectionWithPayload();
    void notificationWaitsForCommitAndVanishesOnRollback();
    void restartMidTransactionLosesItAllAndReconnects();

private:
    QSqlDatabase connect(const QString &url, const QString &name);
    QStringList m_connections;
};

void TstPgServer::initTestCase()
{
    if (testServerUrl().isEmpty())
        QSKIP("NEUVO_TEST_DATABASE_URL is not set: run as tst_pgserver_pg under ctest, or through "
              "tests/pg/pg-test-server exec STATE_DIR -- tst_pgserver");
    QVERIFY2(QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")),
             "Qt's PostgreSQL driver is missing: install libqt6sql6-psql (scripts/install-deps)");
}

void TstPgServer::cleanup()
{
    for (const QString &name : std::as_const(m_connections)) {
        QSqlDatabase::database(name, false).close();
        QSqlDatabase::removeDatabase(name);
    }
    m_connections.clear();
}

QSqlDatabase TstPgServer::connect(const QString &url, const QString &name)
{
    m_connections << name;
    return openPostgres(url, name);
}

void TstPgServer::connectsOverTheSocketOnly()
{
    const QSqlDatabase db = connect(testServerUrl(), QStringLiteral("server"));
    QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
    QCOMPARE(scalar(db, QStringLiteral("SELECT current_user")).toString(), QStringLiteral("neuvo"));
    QCOMPARE(scalar(db, QStringLiteral("SELECT current_database()")).toString(), QStringLiteral("neuvo_test"));
    // Unix socket only: no TCP port to collide with a system cluster or to
    // be reached from elsewhere.
    QCOMPARE(scalar(db, QStringLiteral("SELECT current_setting('listen_addresses')")).toString(), QString());
    QVERIFY(scalar(db, QStringLiteral("SELECT inet_server_addr()")).isNull());
    QCOMPARE(scalar(db, QStringLiteral("SELECT current_setting('server_encoding')")).toString(), QStringLiteral("UTF8"));
    QVERIFY(db.driver()->hasFeature(QSqlDriver::EventNotifications));
    QVERIFY(db.driver()->hasFeature(QSqlDriver::Transactions));
}

void TstPgServer::roleIsNotSuperuser()
{
    const QSqlDatabase db = connect(testServerUrl(), QStringLiteral("server"));
    QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
    QSqlQuery role(db);
    QVERIFY(role.exec(QStringLiteral("SELECT rolsuper, rolcreatedb, rolcreaterole, rolreplication, rolbypassrls "
                                     "FROM pg_roles WHERE rolname = current_user")));
    QVERIFY(role.next());
    QCOMPARE(role.value(0).toBool(), false);
    QCOMPARE(role.value(1).toBool(), true);
    QCOMPARE(role.value(2).toBool(), false);
    QCOMPARE(role.value(3).toBool(), false);
    QCOMPARE(role.value(4).toBool(), false);
    QCOMPARE(scalar(db, QStringLiteral("SELECT current_setting('is_superuser')")).toString(), QStringLiteral("off"));
    QCOMPARE(scalar(db, QStringLiteral("SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = current_database()"))
                 .toString(),
             QStringLiteral("neuvo"));
}

void TstPgServer::roleCannotGrantItselfMore()
{
    const QSqlDatabase db = connect(testServerUrl(), QStringLiteral("server"));
    QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
    QSqlQuery query(db);
    QVERIFY(!query.exec(QStringLiteral("ALTER ROLE neuvo SUPERUSER")));
    QCOMPARE(query.lastError().nativeErrorCode(), QStringLiteral("42501")); // insufficient_privilege
    QVERIFY(!query.exec(QStringLiteral("CREATE ROLE neuvo_helper LOGIN")));
    QCOMPARE(query.lastError().nativeErrorCode(), QStringLiteral("42501"));
    // Server-side files are a superuser's (or pg_read_server_files').
    QVERIFY(!query.exec(QStringLiteral("SELECT pg_read_file('postgresql.conf')")));
    QCOMPARE(query.lastError().nativeErrorCode(), QStringLiteral("42501"));
}

void TstPgServer::passwordComesFromPgpassOnly()
{
    // The URL carries no password: libpq takes it from the pgpass file the
    // harness names in PGPASSFILE, as it takes a user's from ~/.pgpass.
    QVERIFY(QUrl(testServerUrl()).password().isEmpty());
    const QByteArray pgpass = qgetenv("PGPASSFILE");
    QVERIFY2(!pgpass.isEmpty(), "PGPASSFILE is not set: run through tests/pg/pg-test-server exec");
    QVERIFY(qEnvironmentVariableIsEmpty("PGPASSWORD"));
    QVERIFY(QFileInfo(QString::fromLocal8Bit(pgpass)).permissions()
            == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));
    {
        const QSqlDatabase db = connect(testServerUrl(), QStringLiteral("with pgpass"));
        QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
    }
    // Without the file the same URL is refused: the role has a password,
    // the socket alone does not let it in.
    qputenv("PGPASSFILE", "/nonexistent/neuvo-no-pgpass");
    const QSqlDatabase refused = connect(testServerUrl(), QStringLiteral("without pgpass"));
    qputenv("PGPASSFILE", pgpass);
    QVERIFY(!refused.isOpen());
    QVERIFY2(refused.lastError().text().contains(QLatin1String("password")), qPrintable(refused.lastError().text()));
}

void TstPgServer::createsAndDropsADatabasePerTest()
{
    const QSqlDatabase server = connect(testServerUrl(), QStringLiteral("server"));
    QVERIFY2(server.isOpen(), qPrintable(server.lastError().text()));
    QString name;
    {
        PgTestDatabase fresh;
        QVERIFY2(fresh.isValid(), qPrintable(fresh.error()));
        name = fresh.name();
        QVERIFY(name.startsWith(QLatin1String("neuvo_t_")));
        QVERIFY(databaseExists(server, name));
        // The URL keeps the server's socket and user, with the new database.
        QVERIFY(fresh.url().contains(QLatin1String("/") + name + QLatin1String("?host=")));

        QSqlDatabase db = openPostgres(fresh.url(), QStringLiteral("fresh"));
        QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
        QCOMPARE(scalar(db, QStringLiteral("SELECT current_database()")).toString(), name);
        QCOMPARE(scalar(db, QStringLiteral("SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = "
                                           "current_database()"))
                     .toString(),
                 QStringLiteral("neuvo"));
        QCOMPARE(db.tables(), QStringList());
        QSqlQuery create(db);
        QVERIFY2(create.exec(QStringLiteral("CREATE TABLE clients (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, "
                                            "name text NOT NULL)")),
                 qPrintable(create.lastError().text()));
        QCOMPARE(db.tables(), QStringList{QStringLiteral("clients")});
        // Left open on purpose: dropping must not wait for the test's own
        // connections to close.
    }
    QVERIFY(!databaseExists(server, name));
    QSqlDatabase::removeDatabase(QStringLiteral("fresh"));
}

void TstPgServer::testDatabasesAreSeparate()
{
    PgTestDatabase first;
    PgTestDatabase second;
    QVERIFY2(first.isValid(), qPrintable(first.error()));
    QVERIFY2(second.isValid(), qPrintable(second.error()));
    QVERIFY(first.name() != second.name());
    const QSqlDatabase a = connect(first.url(), QStringLiteral("first"));
    const QSqlDatabase b = connect(second.url(), QStringLiteral("second"));
    QVERIFY2(a.isOpen() && b.isOpen(), qPrintable(a.lastError().text() + b.lastError().text()));
    QSqlQuery create(a);
    QVERIFY(create.exec(QStringLiteral("CREATE TABLE only_here (x int)")));
    QCOMPARE(a.tables(), QStringList{QStringLiteral("only_here")});
    QVERIFY(b.tables().isEmpty());
}

void TstPgServer::secondConnectionSeesOnlyCommittedData()
{
    PgTestDatabase fresh;
    QVERIFY2(fresh.isValid(), qPrintable(fresh.error()));
    QSqlDatabase writer = connect(fresh.url(), QStringLiteral("writer"));
    const QSqlDatabase reader = connect(fresh.url(), QStringLiteral("reader"));
    QVERIFY2(writer.isOpen() && reader.isOpen(), qPrintable(writer.lastError().text() + reader.lastError().text()));

    QSqlQuery query(writer);
    QVERIFY(query.exec(QStringLiteral("CREATE TABLE clients (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, "
                                      "name text NOT NULL)")));
    const QString name = QStringLiteral("Äijälä & Жуков <b>");
    QVERIFY(writer.transaction());
    query.prepare(QStringLiteral("INSERT INTO clients (name) VALUES (?) RETURNING id"));
    query.addBindValue(name);
    QVERIFY2(query.exec() && query.next(), qPrintable(query.lastError().text()));
    const qint64 id = query.value(0).toLongLong();
    QVERIFY(id > 0);

    const QString count = QStringLiteral("SELECT count(*) FROM clients");
    QCOMPARE(scalar(reader, count).toInt(), 0);
    QCOMPARE(scalar(writer, count).toInt(), 1);
    QVERIFY2(writer.commit(), qPrintable(writer.lastError().text()));
    QCOMPARE(scalar(reader, count).toInt(), 1);
    QCOMPARE(scalar(reader, QStringLiteral("SELECT name FROM clients WHERE id = ?"), {id}).toString(), name);

    // A rolled-back change never shows.
    QVERIFY(writer.transaction());
    QVERIFY(query.exec(QStringLiteral("DELETE FROM clients")));
    QCOMPARE(scalar(reader, count).toInt(), 1);
    QVERIFY(writer.rollback());
    QCOMPARE(scalar(reader, count).toInt(), 1);
    QCOMPARE(scalar(writer, count).toInt(), 1);
}

void TstPgServer::notificationReachesAnotherConnectionWithPayload()
{
    PgTestDatabase fresh;
    QVERIFY2(fresh.isValid(), qPrintable(fresh.error()));
    const QSqlDatabase listener = connect(fresh.url(), QStringLiteral("listener"));
    const QSqlDatabase sender = connect(fresh.url(), QStringLiteral("sender"));
    QVERIFY2(listener.isOpen() && sender.isOpen(), qPrintable(listener.lastError().text() + sender.lastError().text()));

    QList<Notification> received;
    QObject::connect(listener.driver(), &QSqlDriver::notification, listener.driver(),
                     [&received](const QString &channel, QSqlDriver::NotificationSource source, const QVariant &payload) {
                         received.append({channel, source, payload.toString()});
                     });
    const QString channel = QStringLiteral("neuvo_changes");
    QVERIFY2(listener.driver()->subscribeToNotification(channel), qPrintable(listener.driver()->lastError().text()));
    QCOMPARE(listener.driver()->subscribedToNotifications(), QStringList{channel});

    // pg_notify binds the payload like any value; NOTIFY takes a literal only.
    QVERIFY(scalar(sender, QStringLiteral("SELECT pg_notify(?, ?)::text"), {channel, QStringLiteral("clients 42 ä")})
                .isValid());
    // Delivered through the driver's socket notifier: needs the event loop.
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), 1, 10000);
    QCOMPARE(received[0].channel, channel);
    QCOMPARE(received[0].source, QSqlDriver::OtherSource);
    QCOMPARE(received[0].payload, QStringLiteral("clients 42 ä"));

    // The listener's own notification comes back marked as its own, so a
    // window can skip refreshing for a change it made itself.
    QSqlQuery own(listener);
    QVERIFY(own.exec(QStringLiteral("NOTIFY neuvo_changes, 'projects 7'")));
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), 2, 10000);
    QCOMPARE(received[1].source, QSqlDriver::SelfSource);
    QCOMPARE(received[1].payload, QStringLiteral("projects 7"));

    // Unsubscribed: nothing more arrives. The marker on another channel the
    // listener still hears proves the server had delivered everything sent
    // before it.
    QVERIFY(listener.driver()->unsubscribeFromNotification(channel));
    QVERIFY(listener.driver()->subscribeToNotification(QStringLiteral("neuvo_marker")));
    QVERIFY(scalar(sender, QStringLiteral("SELECT pg_notify('neuvo_changes', 'after unsubscribe')::text")).isValid());
    QVERIFY(scalar(sender, QStringLiteral("SELECT pg_notify('neuvo_marker', 'marker')::text")).isValid());
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), 3, 10000);
    QCOMPARE(received[2].channel, QStringLiteral("neuvo_marker"));
}

void TstPgServer::notificationWaitsForCommitAndVanishesOnRollback()
{
    PgTestDatabase fresh;
    QVERIFY2(fresh.isValid(), qPrintable(fresh.error()));
    const QSqlDatabase listener = connect(fresh.url(), QStringLiteral("listener"));
    QSqlDatabase writer = connect(fresh.url(), QStringLiteral("writer"));
    const QSqlDatabase other = connect(fresh.url(), QStringLiteral("other"));
    QVERIFY2(listener.isOpen() && writer.isOpen() && other.isOpen(), "cannot connect");

    QStringList payloads;
    QObject::connect(listener.driver(), &QSqlDriver::notification, listener.driver(),
                     [&payloads](const QString &, QSqlDriver::NotificationSource, const QVariant &payload) {
                         payloads.append(payload.toString());
                     });
    QVERIFY(listener.driver()->subscribeToNotification(QStringLiteral("neuvo_changes")));
    const QString notify = QStringLiteral("SELECT pg_notify('neuvo_changes', ?)::text");

    // Sent inside a transaction: held back until it commits. Notifications
    // arrive in commit order, so "committed first" arriving alone shows the
    // pending one was not delivered early.
    QVERIFY(writer.transaction());
    QVERIFY(scalar(writer, notify, {QStringLiteral("in transaction")}).isValid());
    QVERIFY(scalar(other, notify, {QStringLiteral("committed first")}).isValid());
    QTRY_COMPARE_WITH_TIMEOUT(payloads, QStringList{QStringLiteral("committed first")}, 10000);
    QVERIFY(writer.commit());
    QTRY_COMPARE_WITH_TIMEOUT(payloads.size(), 2, 10000);
    QCOMPARE(payloads[1], QStringLiteral("in transaction"));

    // Rolled back: never sent.
    QVERIFY(writer.transaction());
    QVERIFY(scalar(writer, notify, {QStringLiteral("rolled back")}).isValid());
    QVERIFY(writer.rollback());
    QVERIFY(scalar(other, notify, {QStringLiteral("marker")}).isValid());
    QTRY_COMPARE_WITH_TIMEOUT(payloads.size(), 3, 10000);
    QCOMPARE(payloads, (QStringList{QStringLiteral("committed first"), QStringLiteral("in transaction"),
                                    QStringLiteral("marker")}));
}

void TstPgServer::restartMidTransactionLosesItAllAndReconnects()
{
    // A server of its own: restarting the shared one would cut off the
    // tests running beside this one.
    PgPrivateServer server;
    QVERIFY2(server.isRunning(), qPrintable(server.error()));
    QSqlDatabase writer = connect(server.url(), QStringLiteral("writer"));
    QVERIFY2(writer.isOpen(), qPrintable(writer.lastError().text()));
    QSqlQuery query(writer);
    QVERIFY(query.exec(QStringLiteral("CREATE TABLE payments (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, "
                                      "amount_minor bigint NOT NULL)")));
    QVERIFY(writer.transaction());
    QVERIFY(query.exec(QStringLiteral("INSERT INTO payments (amount_minor) VALUES (1000)")));

    QVERIFY2(server.restart(), qPrintable(server.error()));

    // The next statement fails with the server's reason (57P01,
    // admin_shutdown: "terminating connection due to administrator
    // command"), and QPSQL then marks the connection closed. The commit
    // after it fails too but leaves lastError() empty (Qt 6.4 only prints
    // a warning): whoever reports the failure must keep the statement's
    // error, not ask the commit for one.
    QVERIFY(!query.exec(QStringLiteral("INSERT INTO payments (amount_minor) VALUES (2000)")));
    QCOMPARE(query.lastError().nativeErrorCode(), QStringLiteral("57P01"));
    QVERIFY2(query.lastError().text().contains(QLatin1String("terminating connection")),
             qPrintable(query.lastError().text()));
    QVERIFY(!writer.isOpen());
    QTest::ignoreMessage(QtWarningMsg, "QPSQLDriver::commitTransaction: Database not open");
    QVERIFY(!writer.commit());

    // Nothing of the transaction reached the table.
    const QSqlDatabase reader = connect(server.url(), QStringLiteral("reader"));
    QVERIFY2(reader.isOpen(), qPrintable(reader.lastError().text()));
    QCOMPARE(scalar(reader, QStringLiteral("SELECT count(*) FROM payments")).toInt(), 0);

    // Opening the same connection again recovers it.
    writer.close();
    QVERIFY2(writer.open(), qPrintable(writer.lastError().text()));
    QSqlQuery again(writer);
    QVERIFY(again.exec(QStringLiteral("INSERT INTO payments (amount_minor) VALUES (3000)")));
    QCOMPARE(scalar(reader, QStringLiteral("SELECT sum(amount_minor)::bigint FROM payments")).toLongLong(), 3000);
}

QTEST_GUILESS_MAIN(TstPgServer)
#include "tst_pgserver.moc"
