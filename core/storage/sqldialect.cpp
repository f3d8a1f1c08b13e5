#include "sqldialect.h"

#include "migrations.h"

#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace neuvo {

namespace {

// Layout does not matter, only the statement: runs of white space count as
// one space.
QString normalizedSpace(const QString &sql)
{
    static const QRegularExpression space(u"\\s+"_s);
    return QString(sql).replace(space, u" "_s).trimmed();
}

class SqliteDialect final : public SqlDialect
{
public:
    QString driverName() const override { return u"QSQLITE"_s; }
    QString engineName() const override { return u"SQLite"_s; }
    bool isFile() const override { return true; }

    // The statements as written: they are what existing files hold.
    QStringList schemaStatements(const Migration &step) const override { return step.statements; }

    Result<int> readSchemaVersion(const QSqlDatabase &db, bool *hasOtherTables) const override
    {
        QSqlQuery q(db);
        if (!q.exec(u"PRAGMA user_version"_s) || !q.next())
            return fail(q.lastError().databaseText());
        const int version = q.value(0).toInt();
        if (hasOtherTables) {
            if (!q.exec(u"SELECT count(*) FROM sqlite_master"_s) || !q.next())
                return fail(q.lastError().databaseText());
            *hasOtherTables = version == 0 && q.value(0).toInt() > 0;
        }
        return version;
    }

    QString setSchemaVersionStatement(int version) const override
    {
        return u"PRAGMA user_version = %1"_s.arg(version);
    }

    QString beginWriteStatement() const override { return u"BEGIN IMMEDIATE"_s; }
    // Deferred: no write lock; the snapshot starts with the first read.
    QString beginReadStatement() const override { return u"BEGIN"_s; }
    QString deferForeignKeysStatement() const override { return u"PRAGMA defer_foreign_keys = ON"_s; }
    QString caseInsensitiveOrder(const QString &column) const override { return column + u" COLLATE NOCASE"_s; }
    QString lockForMigrationStatement() const override { return {}; }
    QString unlockAfterMigrationStatement() const override { return {}; }

    SqlFailure classify(const QSqlError &error) const override
    {
        bool ok = false;
        const int code = error.nativeErrorCode().toInt(&ok);
        if (!ok)
            return SqlFailure::Other;
        // Primary result codes from sqlite3.h; Qt does not expose them.
        switch (code & 0xff) {
        case 13: return SqlFailure::DiskFull;   // SQLITE_FULL
        case 10: return SqlFailure::IoError;    // SQLITE_IOERR
        case 5:                                 // SQLITE_BUSY
        case 6: return SqlFailure::Busy;        // SQLITE_LOCKED
        case 8:                                 // SQLITE_READONLY
        case 3: return SqlFailure::ReadOnly;    // SQLITE_PERM
        case 11:                                // SQLITE_CORRUPT
        case 26: return SqlFailure::Corrupt;    // SQLITE_NOTADB
        case 14: return SqlFailure::CannotOpen; // SQLITE_CANTOPEN
        case 19: return SqlFailure::Constraint; // SQLITE_CONSTRAINT
        default: return SqlFailure::Other;
        }
    }

    Result<QList<SqlSchemaObject>> listSchema(const QSqlDatabase &db) const override
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        // sqlite_master rather than sqlite_schema: the older name works in
        // every SQLite version. Names starting with sqlite_ are SQLite's own.
        if (!q.exec(u"SELECT type, name, tbl_name, sql FROM sqlite_master "
                    "WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"_s))
            return fail(q.lastError().databaseText());
        QList<SqlSchemaObject> objects;
        while (q.next())
            objects.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                            normalizedSpace(q.value(3).toString())});
        return objects;
    }

    bool comparesStatements() const override { return true; }

};

// PostgreSQL 11 or newer (EXECUTE FUNCTION in triggers; gen_random_uuid()
// needs 13). Integers are BIGINT, as SQLite's are 64-bit; dates are DATE,
// which refuses a day that does not exist as SQLite's date() check does;
// the other SQLite-only forms of the migrations become functions that
// step 1 creates first.
class PostgreSqlDialect final : public SqlDialect
{
public:
    QString driverName() const override { return u"QPSQL"_s; }
    QString engineName() const override { return u"PostgreSQL"_s; }
    bool isFile() const override { return false; }

    QStringList schemaStatements(const Migration &step) const override
    {
        QStringList out;
        if (step.version == 1)
            out << setupStatements();
        for (const QString &statement : step.statements)
            out << translated(statement);
        return out;
    }

    Result<int> readSchemaVersion(const QSqlDatabase &db, bool *hasOtherTables) const override
    {
        QSqlQuery q(db);
        if (!q.exec(u"SELECT to_regclass('neuvo_schema_version') IS NOT NULL, "
                    "(SELECT count(*) FROM pg_catalog.pg_tables WHERE schemaname = current_schema())"_s)
            || !q.next())
            return fail(q.lastError().databaseText());
        const bool hasVersion = q.value(0).toBool();
        const int tables = q.value(1).toInt();
        if (hasOtherTables)
            *hasOtherTables = !hasVersion && tables > 0;
        if (!hasVersion)
            return 0;
        if (!q.exec(u"SELECT version FROM neuvo_schema_version"_s) || !q.next())
            return fail(q.lastError().databaseText());
        return q.value(0).toInt();
    }

    QString setSchemaVersionStatement(int version) const override
    {
        return u"UPDATE neuvo_schema_version SET version = %1"_s.arg(version);
    }

    QString beginWriteStatement() const override { return u"BEGIN"_s; }
    QString beginReadStatement() const override { return u"BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY"_s; }
    // Only constraints declared DEFERRABLE can be deferred: the schema's
    // references are (see schemaStatements).
    QString deferForeignKeysStatement() const override { return u"SET CONSTRAINTS ALL DEFERRED"_s; }
    QString caseInsensitiveOrder(const QString &column) const override { return u"lower(%1)"_s.arg(column); }
    QString lockForMigrationStatement() const override
    {
        return u"SELECT pg_advisory_lock(%1)"_s.arg(migrationLockKey);
    }
    QString unlockAfterMigrationStatement() const override
    {
        return u"SELECT pg_advisory_unlock(%1)"_s.arg(migrationLockKey);
    }

    SqlFailure classify(const QSqlError &error) const override
    {
        // QPSQL reports the SQLSTATE as the native code; a connection that
        // failed or was lost has none.
        const QString state = error.nativeErrorCode();
        if (state.size() != 5)
            return error.type() == QSqlError::ConnectionError ? SqlFailure::CannotOpen : SqlFailure::Other;
        // A connection that broke under a statement: the server shut down
        // or crashed (57P01 admin_shutdown, 57P02 crash_shutdown), the
        // session was terminated (57P05 idle_session_timeout), or the
        // link failed (class 08). 57P03 (cannot_connect_now, the server
        // is starting) is met only when connecting.
        if (state.startsWith(u"08") || state == u"57P01" || state == u"57P02" || state == u"57P05")
            return SqlFailure::ConnectionLost;
        const QStringView cls = QStringView(state).left(2);
        if (cls == u"23")
            return SqlFailure::Constraint;
        if (cls == u"53")
            return SqlFailure::DiskFull; // disk full, out of memory, too many connections
        if (state == u"58030")
            return SqlFailure::IoError;
        if (cls == u"40" || state == u"55P03" || state == u"57014")
            return SqlFailure::Busy; // serialization failure, deadlock, lock or statement timeout
        if (state == u"25006" || state == u"42501")
            return SqlFailure::ReadOnly; // read-only transaction, insufficient privilege
        if (cls == u"XX" && (state == u"XX001" || state == u"XX002"))
            return SqlFailure::Corrupt;
        if (state.startsWith(u"57P"))
            return SqlFailure::CannotOpen;
        return SqlFailure::Other;
    }

    Result<QList<SqlSchemaObject>> listSchema(const QSqlDatabase &db) const override
    {
        // The indexes behind PRIMARY KEY and UNIQUE constraints are the
        // engine's, like SQLite's automatic indexes; so are the internal
        // triggers of foreign keys. (The schema version table is listed:
        // step 1 of the PostgreSQL schema creates it.)
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(u"SELECT 'table', c.relname, c.relname, '' FROM pg_catalog.pg_class c "
                    "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
                    "WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') "
                    "UNION ALL "
                    "SELECT 'index', ic.relname, t.relname, pg_catalog.pg_get_indexdef(i.indexrelid) "
                    "FROM pg_catalog.pg_index i JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid "
                    "JOIN pg_catalog.pg_class t ON t.oid = i.indrelid "
                    "JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace "
                    "WHERE n.nspname = current_schema() "
                    "AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint k WHERE k.conindid = i.indexrelid) "
                    "UNION ALL "
                    "SELECT 'trigger', g.tgname, t.relname, pg_catalog.pg_get_triggerdef(g.oid) "
                    "FROM pg_catalog.pg_trigger g JOIN pg_catalog.pg_class t ON t.oid = g.tgrelid "
                    "JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace "
                    "WHERE n.nspname = current_schema() AND NOT g.tgisinternal "
                    "UNION ALL "
                    "SELECT 'view', c.relname, c.relname, pg_catalog.pg_get_viewdef(c.oid) "
                    "FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
                    "WHERE n.nspname = current_schema() AND c.relkind IN ('v', 'm')"_s))
            return fail(q.lastError().databaseText());
        QList<SqlSchemaObject> objects;
        while (q.next())
            objects.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                            normalizedSpace(q.value(3).toString())});
        return objects;
    }

    bool comparesStatements() const override { return false; }


private:
    // Created by step 1 before its tables: the version table and the
    // functions the rewritten statements call.
    static QStringList setupStatements()
    {
        return {
            u"CREATE TABLE neuvo_schema_version (version INTEGER NOT NULL)"_s,
            u"INSERT INTO neuvo_schema_version (version) VALUES (0)"_s,
            // SQLite gives a row inserted with a NULL id the next free one
            // and takes an explicit id as it is; so does this, keeping the
            // column's sequence past every id stored (an import with ids,
            // a stage saved again with its own).
            u"CREATE FUNCTION neuvo_assign_id() RETURNS trigger LANGUAGE plpgsql AS $$\n"
            "DECLARE\n"
            "    id_sequence text := pg_get_serial_sequence(format('%I.%I', TG_TABLE_SCHEMA, TG_TABLE_NAME), 'id');\n"
            "    highest bigint;\n"
            "BEGIN\n"
            "    IF NEW.id IS NULL THEN\n"
            "        NEW.id := nextval(id_sequence);\n"
            "    ELSE\n"
            "        EXECUTE format('SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM %s', id_sequence)\n"
            "            INTO highest;\n"
            "        IF NEW.id > highest THEN\n"
            "            PERFORM setval(id_sequence, NEW.id);\n"
            "        END IF;\n"
            "    END IF;\n"
            "    RETURN NEW;\n"
            "END\n"
            "$$"_s,
            // SQLite's RAISE(ABORT, message) in a trigger.
            u"CREATE FUNCTION neuvo_refuse() RETURNS trigger LANGUAGE plpgsql AS $$\n"
            "BEGIN\n"
            "    RAISE EXCEPTION USING MESSAGE = TG_ARGV[0], ERRCODE = 'integrity_constraint_violation';\n"
            "END\n"
            "$$"_s,
            // SQLite's json_valid(): false for text that is not JSON.
            u"CREATE FUNCTION neuvo_json_valid(document text) RETURNS boolean LANGUAGE plpgsql IMMUTABLE AS $$\n"
            "BEGIN\n"
            "    PERFORM document::json;\n"
            "    RETURN true;\n"
            "EXCEPTION WHEN others THEN\n"
            "    RETURN false;\n"
            "END\n"
            "$$"_s,
        };
    }

    // GLOB's pattern as an anchored regular expression: * and ? are any
    // characters, [...] stays a class, everything else is literal.
    static QString globToRegex(const QString &glob)
    {
        QString regex = u"^"_s;
        bool inClass = false;
        for (const QChar c : glob) {
            if (inClass) {
                regex += c;
                inClass = c != u']';
            } else if (c == u'*') {
                regex += u".*"_s;
            } else if (c == u'?') {
                regex += u'.';
            } else if (c == u'[') {
                regex += c;
                inClass = true;
            } else {
                regex += QRegularExpression::escape(QString(c));
            }
        }
        return regex + u'$';
    }

    static QStringList translated(QString sql)
    {
        static const QRegularExpression strict(u"\\)\\s*STRICT(\\s*,\\s*WITHOUT\\s+ROWID)?\\s*$"_s);
        static const QRegularExpression withoutRowid(u"\\)\\s*WITHOUT\\s+ROWID\\s*$"_s);
        static const QRegularExpression dateColumn(
            u"\\b(\\w+) TEXT( NOT NULL)? CHECK \\((?:\\1 IS NULL OR )?\\1 = date\\(\\1, '\\+0 days'\\)\\)"_s);
        static const QRegularExpression rowid(u"\\bid INTEGER PRIMARY KEY\\b"_s);
        static const QRegularExpression integer(u"\\bINTEGER\\b"_s);
        static const QRegularExpression glob(u"\\b(\\w+) (NOT )?GLOB '([^']*)'"_s);
        static const QRegularExpression nocase(u"\\b(\\w+) COLLATE NOCASE\\b"_s);
        static const QRegularExpression randomHex(u"lower\\(hex\\(randomblob\\((\\d+)\\)\\)\\)"_s);
        static const QRegularExpression raiseTrigger(
            u"^\\s*CREATE TRIGGER (\\w+) (BEFORE|AFTER) (INSERT|UPDATE|DELETE) ON (\\w+) BEGIN\\s*"
            "SELECT RAISE\\(ABORT, ('(?:[^']|'')*')\\);\\s*END\\s*$"_s,
            QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression createTable(u"^\\s*CREATE TABLE (\\w+)"_s);
        // SQLite defers any reference on request (PRAGMA defer_foreign_keys);
        // PostgreSQL only those declared DEFERRABLE. Checked at once unless
        // a transaction defers them, as in SQLite.
        static const QRegularExpression reference(
            u"\\b(REFERENCES \\w+ ?\\(\\w+\\)(?: ON (?:DELETE|UPDATE) (?:CASCADE|RESTRICT|SET NULL|SET DEFAULT|NO ACTION))*)"_s);

        sql.replace(strict, u")"_s);
        sql.replace(withoutRowid, u")"_s);
        sql.replace(dateColumn, u"\\1 DATE\\2"_s);
        const bool hasRowid = rowid.match(sql).hasMatch();
        sql.replace(rowid, u"id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"_s);
        sql.replace(integer, u"BIGINT"_s);
        for (auto m = glob.match(sql); m.hasMatch(); m = glob.match(sql)) {
            const QString op = m.captured(2).isEmpty() ? u"~"_s : u"!~"_s;
            sql.replace(m.capturedStart(), m.capturedLength(),
                        u"%1 %2 '%3'"_s.arg(m.captured(1), op, globToRegex(m.captured(3))));
        }
        sql.replace(nocase, u"lower(\\1)"_s);
        sql.replace(reference, u"\\1 DEFERRABLE INITIALLY IMMEDIATE"_s);
        // 16 random bytes as 32 hex digits: a version 4 UUID's 122 random bits.
        sql.replace(randomHex, u"replace(gen_random_uuid()::text, '-', '')"_s);
        sql.replace(u"json_valid("_s, u"neuvo_json_valid("_s);
        sql.replace(raiseTrigger, u"CREATE TRIGGER \\1 \\2 \\3 ON \\4 FOR EACH ROW EXECUTE FUNCTION neuvo_refuse(\\5)"_s);

        QStringList out{sql};
        if (const auto table = createTable.match(sql); table.hasMatch() && hasRowid) {
            out << u"CREATE TRIGGER neuvo_id_%1 BEFORE INSERT ON %1 FOR EACH ROW EXECUTE FUNCTION neuvo_assign_id()"_s
                       .arg(table.captured(1));
        }
        return out;
    }
};

} // namespace

const SqlDialect &SqlDialect::sqlite()
{
    static const SqliteDialect dialect;
    return dialect;
}

const SqlDialect &SqlDialect::postgresql()
{
    static const PostgreSqlDialect dialect;
    return dialect;
}

const SqlDialect &SqlDialect::of(const QSqlDatabase &db)
{
    return db.driverName() == postgresql().driverName() ? postgresql() : sqlite();
}

const SqlDialect &SqlDialect::of(const QSqlDriver *driver)
{
    return driver && driver->dbmsType() == QSqlDriver::PostgreSQL ? postgresql() : sqlite();
}

bool SqlDialect::isServerUrl(const QString &location)
{
    return location.startsWith(u"postgresql://"_s, Qt::CaseInsensitive)
           || location.startsWith(u"postgres://"_s, Qt::CaseInsensitive);
}

QString SqlDialect::fileOnlyFeature(const QString &feature) const
{
    if (isFile())
        return {};
    return tr("%1 exists only for SQLite database files; this database is on a %2 server. Use the server's own "
              "tools for it (for backups, pg_dump; see docs/postgresql.md).")
        .arg(feature, engineName());
}

} // namespace neuvo
