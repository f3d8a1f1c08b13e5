#include "schemacheck.h"

#include "migrations.h"

#include <QAtomicInt>
#include <QMap>
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

} // namespace

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
            const QString message =
                object.type == u"trigger"_s
                    ? tr("The trigger “%1” on %2 is not part of Neuvo's schema; it would run on every change to %2.")
                          .arg(it.key(), object.table)
                    : tr("The %1 “%2” is not part of Neuvo's schema.").arg(typeName(object.type), it.key());
            differences.append({object.type, it.key(), message});
        } else if (wanted->type != object.type || wanted->sql != object.sql) {
            differences.append({object.type, it.key(),
                                tr("The %1 “%2” differs from the one Neuvo creates.").arg(typeName(object.type), it.key())});
        }
    }
    for (auto it = expected->cbegin(); it != expected->cend(); ++it) {
        if (!actual->contains(it.key()))
            differences.append({it->type, it.key(),
                                tr("The %1 “%2” is missing.").arg(typeName(it->type), it.key())});
    }
    return differences;
}

} // namespace neuvo
