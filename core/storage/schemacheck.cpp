#include "schemacheck.h"

#include "migrations.h"
#include "sqldialect.h"

#include <QAtomicInt>
#include <QHash>
#include <QMap>
#include <QMutex>
#include <QMutexLocker>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <iterator>

using namespace Qt::StringLiterals;

namespace neuvo {

namespace {

struct SchemaObject
{
    QString type;
    QString table;
    QString sql;
};

Result<QMap<QString, SchemaObject>> objectsOf(const QSqlDatabase &db)
{
    const auto listed = SqlDialect::of(db).listSchema(db);
    if (!listed)
        return Error{listed.error()};
    QMap<QString, SchemaObject> objects;
    for (const SqlSchemaObject &object : *listed)
        objects.insert(object.name, {object.type, object.table, object.sql});
    return objects;
}

QString typeName(const QString &type)
{
    if (type == u"table"_s)
        return SchemaCheck::tr("table");
    if (type == u"index"_s)
        return SchemaCheck::tr("index");
    if (type == u"trigger"_s)
        return SchemaCheck::tr("trigger");
    if (type == u"view"_s)
        return SchemaCheck::tr("view");
    return type;
}

// The schema the migrations create up to version, built in memory.
Result<QMap<QString, SchemaObject>> expectedObjects(int version)
{
    static QAtomicInt counter;
    const QString name = u"neuvo-schema-%1"_s.arg(counter.fetchAndAddRelaxed(1));
    Result<QMap<QString, SchemaObject>> result = fail(QString());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(u":memory:"_s);
        if (!db.open()) {
            result = fail(db.lastError().text());
        } else {
            QSqlQuery q(db);
            bool ok = true;
            for (const Migration &step : migrations()) {
                if (step.version > version)
                    break;
                for (const QString &statement : step.statements) {
                    if (!q.exec(statement)) {
                        result = fail(q.lastError().databaseText());
                        ok = false;
                        break;
                    }
                }
                if (!ok)
                    break;
            }
            if (ok)
                result = objectsOf(db);
            q.finish();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

// The names and types (and tables) of the objects the migrations leave at
// version, read from their statements rather than by running them: every
// open asks, and building the schema in an in-memory database costs tens of
// milliseconds on a busy machine, paid by each neuvo-cli run. The
// migrations use a small set of statements (CREATE TABLE/INDEX/TRIGGER/
// VIEW, DROP, ALTER TABLE ... RENAME TO / ADD COLUMN, INSERT), which this
// follows; tst_schemacheck compares the result with the schema the
// migrations really build, for every version, so a new form of statement
// cannot slip by.
QMap<QString, SchemaObject> declaredObjects(const SqlDialect &dialect, int version)
{
    static const QRegularExpression create(
        u"^\\s*CREATE\\s+(?:UNIQUE\\s+)?(TABLE|INDEX|TRIGGER|VIEW)\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?(\\w+)"
        "(?:.*?\\bON\\s+(\\w+))?"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression drop(u"^\\s*DROP\\s+(TABLE|INDEX|TRIGGER|VIEW)\\s+(?:IF\\s+EXISTS\\s+)?(\\w+)"_s,
                                         QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression rename(u"^\\s*ALTER\\s+TABLE\\s+(\\w+)\\s+RENAME\\s+TO\\s+(\\w+)"_s,
                                           QRegularExpression::CaseInsensitiveOption);
    QMap<QString, SchemaObject> objects;
    for (const Migration &step : migrations()) {
        if (step.version > version)
            break;
        for (const QString &statement : dialect.schemaStatements(step)) {
            if (const auto m = create.match(statement); m.hasMatch()) {
                const QString type = m.captured(1).toLower();
                const QString name = m.captured(2);
                objects.insert(name, {type, type == u"table"_s || type == u"view"_s ? name : m.captured(3), {}});
            } else if (const auto d = drop.match(statement); d.hasMatch()) {
                const QString name = d.captured(2);
                const bool table = d.captured(1).compare(u"table"_s, Qt::CaseInsensitive) == 0;
                objects.remove(name);
                // A dropped table takes its indexes and triggers with it.
                for (auto it = objects.begin(); table && it != objects.end();)
                    it = it->table == name ? objects.erase(it) : std::next(it);
            } else if (const auto r = rename.match(statement); r.hasMatch()) {
                const QString from = r.captured(1);
                const QString to = r.captured(2);
                for (auto it = objects.begin(); it != objects.end(); ++it) {
                    if (it->table == from)
                        it->table = to;
                }
                if (auto table = objects.take(from); !table.type.isEmpty())
                    objects.insert(to, table);
            }
        }
    }
    return objects;
}

// The same, once per version for the life of the process.
QMap<QString, SchemaObject> expectedNames(const SqlDialect &dialect, int version)
{
    static QMutex mutex;
    static QHash<std::pair<const SqlDialect *, int>, QMap<QString, SchemaObject>> known;
    QMutexLocker locker(&mutex);
    auto it = known.find({&dialect, version});
    if (it == known.end())
        it = known.insert({&dialect, version}, declaredObjects(dialect, version));
    return *it;
}

QString extraMessage(const QString &name, const SchemaObject &object)
{
    return object.type == u"trigger"_s
               ? SchemaCheck::tr("The trigger “%1” on %2 is not part of Neuvo's schema; it would run on every change "
                                 "to %2.")
                     .arg(name, object.table)
               : SchemaCheck::tr("The %1 “%2” is not part of Neuvo's schema.").arg(typeName(object.type), name);
}

} // namespace

Result<QList<SchemaDifference>> SchemaCheck::compareNames(const QSqlDatabase &db, int schemaVersion)
{
    if (schemaVersion < 1 || schemaVersion > latestSchemaVersion())
        return fail(tr("schema version %1 is not one this Neuvo knows").arg(schemaVersion));
    const QMap<QString, SchemaObject> expected = expectedNames(SqlDialect::of(db), schemaVersion);
    const auto actual = objectsOf(db);
    if (!actual)
        return fail(actual.error());

    QList<SchemaDifference> differences;
    for (auto it = actual->cbegin(); it != actual->cend(); ++it) {
        const auto wanted = expected.constFind(it.key());
        if (wanted == expected.cend())
            differences.append({it->type, it.key(), extraMessage(it.key(), *it)});
        else if (wanted->type != it->type)
            differences.append({it->type, it.key(),
                                tr("The %1 “%2” differs from the one Neuvo creates.").arg(typeName(it->type), it.key()),
                                SchemaDifference::Kind::Changed});
    }
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        if (!actual->contains(it.key()))
            differences.append({it->type, it.key(), tr("The %1 “%2” is missing.").arg(typeName(it->type), it.key()),
                                SchemaDifference::Kind::Missing});
    }
    return differences;
}

Result<QList<SchemaDifference>> SchemaCheck::compare(const QSqlDatabase &db, int schemaVersion)
{
    // The expected statements are built in an in-memory SQLite database;
    // on a server only the names and types are compared for now.
    if (!SqlDialect::of(db).comparesStatements())
        return compareNames(db, schemaVersion);
    if (schemaVersion < 1 || schemaVersion > latestSchemaVersion())
        return fail(tr("schema version %1 is not one this Neuvo knows").arg(schemaVersion));
    const auto expected = expectedObjects(schemaVersion);
    if (!expected)
        return fail(expected.error());
    const auto actual = objectsOf(db);
    if (!actual)
        return fail(actual.error());

    QList<SchemaDifference> differences;
    for (auto it = actual->cbegin(); it != actual->cend(); ++it) {
        const SchemaObject &object = it.value();
        const auto wanted = expected->constFind(it.key());
        if (wanted == expected->cend()) {
            differences.append({object.type, it.key(), extraMessage(it.key(), object)});
        } else if (wanted->type != object.type || wanted->sql != object.sql) {
            differences.append({object.type, it.key(),
                                tr("The %1 “%2” differs from the one Neuvo creates.").arg(typeName(object.type), it.key()),
                                SchemaDifference::Kind::Changed});
        }
    }
    for (auto it = expected->cbegin(); it != expected->cend(); ++it) {
        if (!actual->contains(it.key()))
            differences.append({it->type, it.key(),
                                tr("The %1 “%2” is missing.").arg(typeName(it->type), it.key()),
                                SchemaDifference::Kind::Missing});
    }
    return differences;
}

} // namespace neuvo
