#include "schemacheck.h"

#include "migrations.h"

#include <QAtomicInt>
#include <QHash>
#include <QMap>
#include <QMutex>
#include <QMutexLocker>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace neuvo {

namespace {

struct SchemaObject
{
    QString type;
    QString table;
    QString sql;
};

// Layout does not matter, only the statement: runs of white space count as
// one space.
QString normalized(const QString &sql)
{
    static const QRegularExpression space(u"\\s+"_s);
    return QString(sql).replace(space, u" "_s).trimmed();
}

Result<QMap<QString, SchemaObject>> objectsOf(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // sqlite_master rather than sqlite_schema: the older name works in
    // every SQLite version. Names starting with sqlite_ are SQLite's own.
    if (!q.exec(u"SELECT type, name, tbl_name, sql FROM sqlite_master "
                "WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"_s))
        return fail(q.lastError().databaseText());
    QMap<QString, SchemaObject> objects;
    while (q.next())
        objects.insert(q.value(1).toString(),
                       {q.value(0).toString(), q.value(2).toString(), normalized(q.value(3).toString())});
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
Result<QMap<QString, SchemaObject>> buildExpectedObjects(int version)
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

// The same, built once per version for the life of the process: the
// migrations never change while it runs, and building costs an in-memory
// database and every migration's statements (a few milliseconds), which
// every open would otherwise pay.
Result<QMap<QString, SchemaObject>> expectedObjects(int version)
{
    static QMutex mutex;
    static QHash<int, QMap<QString, SchemaObject>> built;
    QMutexLocker locker(&mutex);
    if (const auto it = built.constFind(version); it != built.cend())
        return *it;
    auto objects = buildExpectedObjects(version);
    if (objects)
        built.insert(version, *objects);
    return objects;
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
    const auto expected = expectedObjects(schemaVersion);
    if (!expected)
        return fail(expected.error());
    const auto actual = objectsOf(db);
    if (!actual)
        return fail(actual.error());

    QList<SchemaDifference> differences;
    for (auto it = actual->cbegin(); it != actual->cend(); ++it) {
        const auto wanted = expected->constFind(it.key());
        if (wanted == expected->cend())
            differences.append({it->type, it.key(), extraMessage(it.key(), *it)});
        else if (wanted->type != it->type)
            differences.append({it->type, it.key(),
                                tr("The %1 “%2” differs from the one Neuvo creates.").arg(typeName(it->type), it.key()),
                                SchemaDifference::Kind::Changed});
    }
    for (auto it = expected->cbegin(); it != expected->cend(); ++it) {
        if (!actual->contains(it.key()))
            differences.append({it->type, it.key(), tr("The %1 “%2” is missing.").arg(typeName(it->type), it.key()),
                                SchemaDifference::Kind::Missing});
    }
    return differences;
}

Result<QList<SchemaDifference>> SchemaCheck::compare(const QSqlDatabase &db, int schemaVersion)
{
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
