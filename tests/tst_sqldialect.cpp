#include "core/storage/migrations.h"
#include "core/storage/sqldialect.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QTest>

using namespace neuvo;
using namespace Qt::StringLiterals;

// The SQL dialects without a server: what each makes of the migrations and
// of an engine's errors. tst_serverdatabase runs the result on a server.
class TestSqlDialect : public QObject
{
    Q_OBJECT

private slots:
    void sqlite_runsTheMigrationsAsWritten();
    void postgresql_leavesNoSqliteOnlyForm();
    void postgresql_rewritesEachForm_data();
    void postgresql_rewritesEachForm();
    void postgresql_givesEveryRowidTableItsIdTrigger();
    void postgresql_stepOneCreatesTheVersionTableFirst();
    void classify_data();
    void classify();
    void serverUrls();
    void fileOnlyFeatures_sayTheyAreSqlites();
};

void TestSqlDialect::sqlite_runsTheMigrationsAsWritten()
{
    // What existing files hold, byte for byte; SchemaCheck compares them.
    for (const Migration &step : migrations())
        QCOMPARE(SqlDialect::sqlite().schemaStatements(step), step.statements);
}

void TestSqlDialect::postgresql_leavesNoSqliteOnlyForm()
{
    // A new step that uses an SQLite form the rewrite does not know fails
    // here, before it could reach a server half-translated.
    static const QRegularExpression sqliteOnly(
        u"\\bSTRICT\\b|WITHOUT\\s+ROWID|\\bGLOB\\b|\\bdate\\(|\\bRAISE\\(|randomblob|\\bhex\\(|NOCASE|\\bjson_valid\\(|"
        "PRAGMA|AUTOINCREMENT|INTEGER PRIMARY KEY|\\bBEGIN\\b.*\\bEND\\b|\\bIFNULL\\(|\\bINSERT OR\\b|\\bREPLACE INTO\\b"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    for (const Migration &step : migrations()) {
        for (const QString &statement : SqlDialect::postgresql().schemaStatements(step)) {
            if (statement.contains(u"LANGUAGE plpgsql"_s))
                continue; // the dialect's own functions
            const auto found = sqliteOnly.match(statement);
            QVERIFY2(!found.hasMatch(), qPrintable(u"step %1 keeps \"%2\" in: %3"_s.arg(step.version)
                                                       .arg(found.captured(), statement)));
        }
    }
}

void TestSqlDialect::postgresql_rewritesEachForm_data()
{
    QTest::addColumn<QString>("sqlite");
    QTest::addColumn<QString>("postgresql");
    QTest::newRow("strict table")
        << u"CREATE TABLE t (\n    key TEXT PRIMARY KEY,\n    value INTEGER NOT NULL\n) STRICT, WITHOUT ROWID\n"_s
        << u"CREATE TABLE t (\n    key TEXT PRIMARY KEY,\n    value BIGINT NOT NULL\n)"_s;
    QTest::newRow("optional date")
        << u"ALTER TABLE t ADD COLUMN due_on TEXT CHECK (due_on IS NULL OR due_on = date(due_on, '+0 days'))"_s
        << u"ALTER TABLE t ADD COLUMN due_on DATE"_s;
    QTest::newRow("required date")
        << u"ALTER TABLE t ADD COLUMN on_day TEXT NOT NULL CHECK (on_day = date(on_day, '+0 days'))"_s
        << u"ALTER TABLE t ADD COLUMN on_day DATE NOT NULL"_s;
    QTest::newRow("time glob")
        << u"ALTER TABLE t ADD COLUMN at TEXT CHECK (at IS NULL OR at GLOB '[0-2][0-9]:[0-5][0-9]')"_s
        << u"ALTER TABLE t ADD COLUMN at TEXT CHECK (at IS NULL OR at ~ '^[0-2][0-9]\\:[0-5][0-9]$')"_s;
    QTest::newRow("not glob")
        << u"ALTER TABLE t ADD COLUMN h TEXT CHECK (h NOT GLOB '*[^0-9a-f]*')"_s
        << u"ALTER TABLE t ADD COLUMN h TEXT CHECK (h !~ '^.*[^0-9a-f].*$')"_s;
    QTest::newRow("nocase index") << u"CREATE INDEX n ON t (name COLLATE NOCASE)"_s
                                  << u"CREATE INDEX n ON t (lower(name))"_s;
    QTest::newRow("random hex") << u"INSERT INTO t (h) VALUES (lower(hex(randomblob(16))))"_s
                                << u"INSERT INTO t (h) VALUES (replace(gen_random_uuid()::text, '-', ''))"_s;
    QTest::newRow("json") << u"ALTER TABLE t ADD COLUMN d TEXT NOT NULL CHECK (json_valid(d))"_s
                          << u"ALTER TABLE t ADD COLUMN d TEXT NOT NULL CHECK (neuvo_json_valid(d))"_s;
    QTest::newRow("refusing trigger")
        << u"CREATE TRIGGER never BEFORE DELETE ON t BEGIN\n    SELECT RAISE(ABORT, 'it''s kept');\nEND\n"_s
        << u"CREATE TRIGGER never BEFORE DELETE ON t FOR EACH ROW EXECUTE FUNCTION neuvo_refuse('it''s kept')"_s;
    QTest::newRow("standard SQL stays") << u"ALTER TABLE t ADD COLUMN n BIGINT NOT NULL DEFAULT 0 CHECK (n >= 0)"_s
                                        << u"ALTER TABLE t ADD COLUMN n BIGINT NOT NULL DEFAULT 0 CHECK (n >= 0)"_s;
}

void TestSqlDialect::postgresql_rewritesEachForm()
{
    QFETCH(QString, sqlite);
    QFETCH(QString, postgresql);
    const QStringList out = SqlDialect::postgresql().schemaStatements(Migration{2, {sqlite}});
    QCOMPARE(out, QStringList{postgresql});
}

void TestSqlDialect::postgresql_givesEveryRowidTableItsIdTrigger()
{
    const QStringList out = SqlDialect::postgresql().schemaStatements(
        Migration{2, {u"CREATE TABLE t (\n    id INTEGER PRIMARY KEY,\n    n INTEGER\n) STRICT\n"_s}});
    QCOMPARE(out.size(), 2);
    QCOMPARE(out.at(0), u"CREATE TABLE t (\n    id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,\n    n BIGINT\n)"_s);
    QCOMPARE(out.at(1), u"CREATE TRIGGER neuvo_id_t BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION neuvo_assign_id()"_s);
}

void TestSqlDialect::postgresql_stepOneCreatesTheVersionTableFirst()
{
    const QStringList first = SqlDialect::postgresql().schemaStatements(migrations().constFirst());
    QVERIFY(first.size() > migrations().constFirst().statements.size());
    QVERIFY(first.at(0).startsWith(u"CREATE TABLE neuvo_schema_version"_s));
    QCOMPARE(SqlDialect::postgresql().setSchemaVersionStatement(7), u"UPDATE neuvo_schema_version SET version = 7"_s);
    QCOMPARE(SqlDialect::sqlite().setSchemaVersionStatement(7), u"PRAGMA user_version = 7"_s);
}

void TestSqlDialect::classify_data()
{
    QTest::addColumn<bool>("postgresql");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("type");
    QTest::addColumn<int>("failure");
    const int statement = QSqlError::StatementError;
    QTest::newRow("pg unique") << true << u"23505"_s << statement << int(SqlFailure::Constraint);
    QTest::newRow("pg check") << true << u"23514"_s << statement << int(SqlFailure::Constraint);
    QTest::newRow("pg trigger refusal") << true << u"23000"_s << statement << int(SqlFailure::Constraint);
    QTest::newRow("pg disk full") << true << u"53100"_s << statement << int(SqlFailure::DiskFull);
    QTest::newRow("pg io") << true << u"58030"_s << statement << int(SqlFailure::IoError);
    QTest::newRow("pg serialization") << true << u"40001"_s << statement << int(SqlFailure::Busy);
    QTest::newRow("pg deadlock") << true << u"40P01"_s << statement << int(SqlFailure::Busy);
    QTest::newRow("pg lock timeout") << true << u"55P03"_s << statement << int(SqlFailure::Busy);
    QTest::newRow("pg read-only") << true << u"25006"_s << statement << int(SqlFailure::ReadOnly);
    QTest::newRow("pg no privilege") << true << u"42501"_s << statement << int(SqlFailure::ReadOnly);
    QTest::newRow("pg corrupt") << true << u"XX001"_s << statement << int(SqlFailure::Corrupt);
    QTest::newRow("pg connection lost") << true << u"08006"_s << statement << int(SqlFailure::ConnectionLost);
    QTest::newRow("pg shutting down") << true << u"57P01"_s << statement << int(SqlFailure::ConnectionLost);
    QTest::newRow("pg crashed") << true << u"57P02"_s << statement << int(SqlFailure::ConnectionLost);
    QTest::newRow("pg starting up") << true << u"57P03"_s << statement << int(SqlFailure::CannotOpen);
    QTest::newRow("pg no code") << true << QString() << int(QSqlError::ConnectionError) << int(SqlFailure::CannotOpen);
    QTest::newRow("pg syntax") << true << u"42601"_s << statement << int(SqlFailure::Other);
    // A number that is an SQLite code is no SQLSTATE, and the other way.
    QTest::newRow("pg sqlite-like") << true << u"19"_s << statement << int(SqlFailure::Other);
    QTest::newRow("sqlite constraint") << false << u"19"_s << statement << int(SqlFailure::Constraint);
    QTest::newRow("sqlite pg-like") << false << u"23505"_s << statement << int(SqlFailure::Other);
}

void TestSqlDialect::classify()
{
    QFETCH(bool, postgresql);
    QFETCH(QString, code);
    QFETCH(int, type);
    QFETCH(int, failure);
    const SqlDialect &dialect = postgresql ? SqlDialect::postgresql() : SqlDialect::sqlite();
    const QSqlError error(u"driver"_s, u"detail"_s, QSqlError::ErrorType(type), code);
    QCOMPARE(int(dialect.classify(error)), failure);
}

void TestSqlDialect::serverUrls()
{
    QVERIFY(SqlDialect::isServerUrl(u"postgresql://me@db.example/neuvo?sslmode=verify-full"_s));
    QVERIFY(SqlDialect::isServerUrl(u"postgres://me@/neuvo"_s));
    QVERIFY(!SqlDialect::isServerUrl(u"/home/me/neuvo.sqlite"_s));
    QVERIFY(!SqlDialect::isServerUrl(u"postgresql.sqlite"_s));
}

void TestSqlDialect::fileOnlyFeatures_sayTheyAreSqlites()
{
    QVERIFY(SqlDialect::sqlite().fileOnlyFeature(u"VACUUM INTO"_s).isEmpty());
    const QString refusal = SqlDialect::postgresql().fileOnlyFeature(u"VACUUM INTO"_s);
    QVERIFY2(refusal.contains(u"VACUUM INTO"_s) && refusal.contains(u"SQLite"_s) && refusal.contains(u"PostgreSQL"_s),
             qPrintable(refusal));
}

QTEST_GUILESS_MAIN(TestSqlDialect)
#include "tst_sqldialect.moc"
