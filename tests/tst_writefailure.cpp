#include "core/domain/limits.h"
#include "core/storage/database.h"
#include "core/storage/sqlstatement.h"
#include "core/storage/stores.h"
#include "testutil.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace neuvo;
using namespace Qt::StringLiterals;

// Write failures: a full disk (simulated with PRAGMA
// max_page_count), a busy database and I/O errors roll the change back and
// say what happened and what to do; the data and the caller's objects stay
// as they were, so the same change can be retried.
class TestWriteFailure : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_path = m_dir->filePath(u"full.sqlite"_s);
        m_db = std::make_unique<Database>();
        QVERIFY(m_db->open(m_path).ok());
        Client c;
        c.name = u"Existing client"_s;
        QVERIFY(ClientStore(*m_db).create(c).ok());
    }
    void cleanup() { m_db.reset(); }

    void diskFull_multiRowTransaction_rolledBack();
    void diskFull_singleWrite_objectKeptForRetry();
    void busy_otherWriter_toldToWait();
    void errorCodes_mapToMessages_data();
    void errorCodes_mapToMessages();

private:
    // Leaves room for only a few more pages, as a nearly full disk would.
    void fillDisk()
    {
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(u"PRAGMA page_count"_s) && q.next());
        const int pages = q.value(0).toInt();
        QVERIFY(q.exec(u"PRAGMA max_page_count = %1"_s.arg(pages + 2)));
    }
    void freeDisk() { QVERIFY(QSqlQuery(m_db->connection()).exec(u"PRAGMA max_page_count = 1073741823"_s)); }
    QString integrity()
    {
        QSqlQuery q(m_db->connection());
        return q.exec(u"PRAGMA integrity_check"_s) && q.next() ? q.value(0).toString() : q.lastError().text();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    QString m_path;
};

void TestWriteFailure::diskFull_multiRowTransaction_rolledBack()
{
    fillDisk();
    int written = 0;
    const auto result = m_db->transaction([&]() -> Result<void> {
        for (int i = 0; i < 200; ++i) {
            Client c;
            c.name = u"Imported %1"_s.arg(i);
            c.notes = QString(4000, u'x');
            if (auto r = ClientStore(*m_db).create(c); !r)
                return r;
            ++written;
        }
        return {};
    });
    QVERIFY(!result.ok());
    QVERIFY(written > 0); // it failed in the middle, after some rows
    QVERIFY2(result.error().startsWith(u"The disk is full: the change to %1 was not saved"_s.arg(m_path)),
             qPrintable(result.error()));
    QVERIFY(result.error().contains(u"Free some space on the disk and try again."_s));

    const auto clients = ClientStore(*m_db).list();
    QVERIFY(clients.ok());
    QCOMPARE(clients->size(), 1);
    QCOMPARE(clients->first().name, u"Existing client"_s);
    QCOMPARE(integrity(), u"ok"_s);

    // After space is freed the database works on.
    freeDisk();
    Client c;
    c.name = u"After"_s;
    QVERIFY(ClientStore(*m_db).create(c).ok());
}

void TestWriteFailure::diskFull_singleWrite_objectKeptForRetry()
{
    fillDisk();
    Project p;
    p.clientId = 1;
    p.title = u"Big scope"_s;
    p.currency = u"EUR"_s;
    p.basePriceMinor = 100000;
    p.scope = QString(Limits::TextLength, u's');
    p.stages = {PaymentStage{0, 0, 1, u"All"_s, 100000, {}, {}, {}, 0}};
    const Project typed = p;
    const auto created = ProjectStore(*m_db).create(p);
    QVERIFY(!created.ok());
    QVERIFY2(created.error().contains(u"The disk is full"_s), qPrintable(created.error()));
    QCOMPARE(ProjectStore(*m_db).list()->size(), 0);
    QCOMPARE(p.title, typed.title);
    QCOMPARE(p.scope, typed.scope);

    freeDisk();
    const auto retried = ProjectStore(*m_db).create(p);
    QVERIFY2(retried.ok(), qPrintable(retried.error()));
    QCOMPARE(ProjectStore(*m_db).list()->size(), 1);
    QCOMPARE(integrity(), u"ok"_s);
}

void TestWriteFailure::busy_otherWriter_toldToWait()
{
    QVERIFY(QSqlQuery(m_db->connection()).exec(u"PRAGMA busy_timeout = 100"_s));
    {
        // Another program holding SQLite's write lock (Neuvo's own lock
        // file keeps other Neuvos out, not sqlite3 or a sync tool).
        QSqlDatabase other = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"other"_s);
        other.setDatabaseName(m_path);
        QVERIFY(other.open());
        QSqlQuery hold(other);
        QVERIFY(hold.exec(u"BEGIN IMMEDIATE"_s));

        Client c;
        c.name = u"Blocked"_s;
        const auto result = m_db->transaction([&] { return ClientStore(*m_db).create(c); });
        QVERIFY(!result.ok());
        QVERIFY2(result.error().contains(u"%1 is busy: another program is using it"_s.arg(m_path)),
                 qPrintable(result.error()));
        QVERIFY(result.error().contains(u"try again"_s));
        QVERIFY(hold.exec(u"ROLLBACK"_s));
    }
    QSqlDatabase::removeDatabase(u"other"_s);
    QCOMPARE(ClientStore(*m_db).list()->size(), 1);
}

void TestWriteFailure::errorCodes_mapToMessages_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("message");
    QTest::newRow("SQLITE_FULL") << u"13"_s << int(SqlFailure::DiskFull) << u"The disk is full"_s;
    QTest::newRow("SQLITE_IOERR_WRITE") << u"778"_s << int(SqlFailure::IoError) << u"The disk reported an error"_s;
    QTest::newRow("SQLITE_BUSY") << u"5"_s << int(SqlFailure::Busy) << u"is busy"_s;
    QTest::newRow("SQLITE_LOCKED") << u"6"_s << int(SqlFailure::Busy) << u"is busy"_s;
    QTest::newRow("SQLITE_READONLY") << u"8"_s << int(SqlFailure::ReadOnly) << u"is open read-only"_s;
    QTest::newRow("SQLITE_CORRUPT") << u"11"_s << int(SqlFailure::Corrupt) << u"is damaged"_s;
    QTest::newRow("SQLITE_NOTADB") << u"26"_s << int(SqlFailure::Corrupt) << u"is damaged"_s;
    QTest::newRow("SQLITE_CONSTRAINT") << u"19"_s << int(SqlFailure::Constraint) << u"Database error: detail"_s;
}

void TestWriteFailure::errorCodes_mapToMessages()
{
    QFETCH(QString, code);
    QFETCH(int, kind);
    QFETCH(QString, message);
    const QSqlError error(u"driver"_s, u"detail"_s, QSqlError::StatementError, code);
    QCOMPARE(int(classifySqlError(error)), kind);
    const QString text = sqlErrorMessage(error, u"/data/neuvo.sqlite"_s);
    QVERIFY2(text.contains(message), qPrintable(text));
    if (kind != int(SqlFailure::Constraint))
        QVERIFY2(text.contains(u"/data/neuvo.sqlite"_s), qPrintable(text));
}

QTEST_GUILESS_MAIN(TestWriteFailure)
#include "tst_writefailure.moc"
