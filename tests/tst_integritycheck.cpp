#include "core/storage/database.h"
#include "core/exchange/demodata.h"
#include "core/storage/integritycheck.h"
#include "core/storage/stores.h"
#include "testutil.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace neuvo;
using namespace Qt::StringLiterals;

// Integrity check: SQLite's checks, foreign keys and
// Neuvo's own rules, each problem with the record it concerns; the file is
// only read.
class TestIntegrityCheck : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_path = m_dir->filePath(u"check.sqlite"_s);
        Database db;
        QVERIFY(db.open(m_path).ok());
        QVERIFY(DemoData::fill(db, QDate(2025, 5, 1)).ok());
    }

    void demoData_isClean_data();
    void demoData_isClean();
    void stagesNotSummingToTotal_reportedWithProject();
    void negativeAmount_reportedWithRecord();
    void impossibleAmount_reportedWithRecord();
    void missingReference_reportedWithColumnAndValue();
    void interactionAboutOtherClientsProject_reported();
    void damagedFile_reportedNotRefused_andUnchanged();
    void missingFile_isError();
    // Cases an adversarial review of the storage code found.
    void bytesFlippedPastCheckConstraint_reported_data();
    void bytesFlippedPastCheckConstraint_reported();
    void foreignSchemaObjects_reported();

private:
    // Changes the file behind Neuvo's back, as another tool could.
    void tamper(const QStringList &statements)
    {
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
            raw.setDatabaseName(m_path);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            for (const QString &sql : statements)
                QVERIFY2(q.exec(sql), qPrintable(sql + u": "_s + q.lastError().text()));
        }
        QSqlDatabase::removeDatabase(u"raw"_s);
    }
    static QString joined(const QList<IntegrityProblem> &problems)
    {
        QStringList lines;
        for (const IntegrityProblem &p : problems)
            lines << p.check + u" | "_s + p.toString();
        return lines.join(u'\n');
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestIntegrityCheck::demoData_isClean_data()
{
    QTest::addColumn<bool>("full");
    QTest::newRow("quick") << false;
    QTest::newRow("full") << true;
}

void TestIntegrityCheck::demoData_isClean()
{
    QFETCH(bool, full);
    const auto problems =
        IntegrityCheck::checkFile(m_path, full ? IntegrityCheck::Depth::Full : IntegrityCheck::Depth::Quick);
    QVERIFY2(problems.ok(), qPrintable(problems.error()));
    QVERIFY2(problems->isEmpty(), qPrintable(joined(*problems)));
}

void TestIntegrityCheck::stagesNotSummingToTotal_reportedWithProject()
{
    tamper({u"UPDATE stage SET amount_minor = amount_minor + 1 "
            "WHERE id = (SELECT min(id) FROM stage WHERE project_id = (SELECT min(id) FROM project))"_s});
    Database db;
    QVERIFY(db.open(m_path).ok());
    const auto project = ProjectStore(db).get(ProjectStore(db).list()->first().id);
    db.close();

    const auto problems = IntegrityCheck::checkFile(m_path);
    QVERIFY2(problems.ok(), qPrintable(problems.error()));
    QCOMPARE(problems->size(), 1);
    const IntegrityProblem &p = problems->first();
    QCOMPARE(p.check, u"stage_sum"_s);
    QCOMPARE(p.record, u"project %1 “%2”"_s.arg(project->id).arg(project->title));
    QVERIFY2(p.message.startsWith(u"Stages: they sum to "_s), qPrintable(p.message));
    QVERIFY(p.message.contains(u"(difference "_s));
}

void TestIntegrityCheck::negativeAmount_reportedWithRecord()
{
    tamper({u"PRAGMA ignore_check_constraints = ON"_s,
            u"UPDATE stage SET paid_minor = -500 WHERE id = (SELECT min(id) FROM stage)"_s});
    const auto problems = IntegrityCheck::checkFile(m_path);
    QVERIFY2(problems.ok(), qPrintable(problems.error()));
    bool found = false;
    for (const IntegrityProblem &p : *problems) {
        if (p.check == u"negative_amount"_s) {
            QVERIFY(p.record.startsWith(u"stage "_s));
            QCOMPARE(p.message, u"the paid amount is negative (-500 minor units)."_s);
            found = true;
        }
    }
    QVERIFY2(found, qPrintable(joined(*problems)));
}

// Two stages of INT64_MAX would make every sum across projects overflow;
// Neuvo never writes an amount beyond 10^15 minor units, so check --full
// says where one came from elsewhere.
void TestIntegrityCheck::impossibleAmount_reportedWithRecord()
{
    tamper({u"UPDATE stage SET amount_minor = 9223372036854775807 WHERE id = (SELECT min(id) FROM stage)"_s});
    const auto problems = IntegrityCheck::checkFile(m_path);
    QVERIFY2(problems.ok(), qPrintable(problems.error()));
    bool found = false;
    for (const IntegrityProblem &p : *problems) {
        if (p.check == u"impossible_amount"_s) {
            QVERIFY(p.record.startsWith(u"stage "_s));
            QCOMPARE(p.message, u"the amount is 9223372036854775807 minor units, more than the "
                                "1000000000000000 Neuvo accepts."_s);
            found = true;
        }
    }
    QVERIFY2(found, qPrintable(joined(*problems)));
}

void TestIntegrityCheck::missingReference_reportedWithColumnAndValue()
{
    tamper({u"PRAGMA foreign_keys = OFF"_s,
            u"INSERT INTO stage (id, project_id, position, title, amount_minor) VALUES (9001, 4242, 1, 'x', 100)"_s});
    const QByteArray before = test::fileHash(m_path);
    const auto problems = IntegrityCheck::checkFile(m_path);
    QVERIFY2(problems.ok(), qPrintable(problems.error()));
    QVERIFY(!problems->isEmpty());
    const IntegrityProblem &p = problems->first();
    QCOMPARE(p.check, u"foreign_key"_s);
    QCOMPARE(p.toString(), u"stage 9001: project_id refers to project 4242, which does not exist."_s);
    QCOMPARE(test::fileHash(m_path), before);
}

void TestIntegrityCheck::interactionAboutOtherClientsProject_reported()
{
    tamper({u"UPDATE interaction SET project_id = (SELECT min(id) FROM project WHERE client_id <> interaction.client_id) "
            "WHERE id = (SELECT min(id) FROM interaction)"_s});
    const auto problems = IntegrityCheck::checkFile(m_path);
    QVERIFY2(problems.ok(), qPrintable(problems.error()));
    QCOMPARE(problems->size(), 1);
    QCOMPARE(problems->first().check, u"cross_reference"_s);
    QVERIFY(problems->first().record.startsWith(u"interaction "_s));
    QVERIFY2(problems->first().message.contains(u"which belongs to client"_s), qPrintable(problems->first().message));
}

void TestIntegrityCheck::damagedFile_reportedNotRefused_andUnchanged()
{
    const QString file = test::copyFixture(u"flipped-page.sqlite"_s, m_dir->path());
    const QByteArray before = test::fileHash(file);
    const auto problems = IntegrityCheck::checkFile(file, IntegrityCheck::Depth::Full);
    QVERIFY2(problems.ok(), qPrintable(problems.error()));
    QVERIFY(!problems->isEmpty());
    QCOMPARE(problems->first().check, u"sqlite"_s);
    QCOMPARE(test::fileHash(file), before);
}

void TestIntegrityCheck::missingFile_isError()
{
    const auto problems = IntegrityCheck::checkFile(m_dir->filePath(u"nope.sqlite"_s));
    QVERIFY(!problems.ok());
    QVERIFY(problems.error().contains(u"nope.sqlite does not exist"_s));
}

void TestIntegrityCheck::bytesFlippedPastCheckConstraint_reported_data()
{
    QTest::addColumn<bool>("full");
    QTest::newRow("quick") << false;
    QTest::newRow("full") << true;
}

void TestIntegrityCheck::bytesFlippedPastCheckConstraint_reported()
{
    // A few bytes changed on the disk turn a contact time into "19\xff00".
    // The b-tree stays sound; only the CHECK constraint can tell, and SQLite
    // skips CHECK constraints on a read-only connection, where the check
    // used to run and say "no problems found".
    QFETCH(bool, full);
    {
        Database db;
        QVERIFY(db.open(m_path).ok());
        auto client = ClientStore(db).get(1);
        QVERIFY(client.ok());
        client->contactTo = QTime(23, 59);
        QVERIFY(ClientStore(db).update(*client).ok());
    } // closed: the change is checkpointed into the file
    QByteArray bytes;
    {
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        bytes = file.readAll();
    }
    QCOMPARE(bytes.count("23:59"), 1);
    bytes.replace("23:59", QByteArray("19\xff" "00"));
    {
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }
    const QByteArray before = test::fileHash(m_path);
    const auto problems = IntegrityCheck::checkFile(m_path, full ? IntegrityCheck::Depth::Full
                                                                 : IntegrityCheck::Depth::Quick);
    QVERIFY2(problems.ok(), qPrintable(problems.error()));
    QVERIFY2(joined(*problems).contains(u"sqlite | CHECK constraint failed in client"_s), qPrintable(joined(*problems)));
    QCOMPARE(test::fileHash(m_path), before);
    QVERIFY(!QFile::exists(m_path + u"-wal"_s));
    QVERIFY(!QFile::exists(m_path + u"-shm"_s));
}

void TestIntegrityCheck::foreignSchemaObjects_reported()
{
    // A trigger that deletes every project when a client is added made the
    // next import look like Neuvo losing data; the check said nothing.
    tamper({u"CREATE TRIGGER wipe AFTER INSERT ON client BEGIN DELETE FROM project; END"_s,
            u"CREATE VIEW everything AS SELECT * FROM client"_s,
            u"DROP INDEX stage_due"_s});
    const auto problems = IntegrityCheck::checkFile(m_path, IntegrityCheck::Depth::Full);
    QVERIFY2(problems.ok(), qPrintable(problems.error()));
    const QString text = joined(*problems);
    QVERIFY2(text.contains(u"schema | schema: The trigger “wipe” on client is not part of Neuvo's schema"_s),
             qPrintable(text));
    QVERIFY2(text.contains(u"The view “everything” is not part of Neuvo's schema."_s), qPrintable(text));
    QVERIFY2(text.contains(u"The index “stage_due” is missing."_s), qPrintable(text));
    QCOMPARE(problems->size(), 3);
}

QTEST_GUILESS_MAIN(TestIntegrityCheck)
#include "tst_integritycheck.moc"
