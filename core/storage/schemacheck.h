#pragma once

#include "core/domain/result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace neuvo {

// One way a file's schema differs from the one Neuvo's migrations create.
struct SchemaDifference
{
    enum class Kind { Foreign, Changed, Missing };

    QString type; // table, index, trigger, view
    QString name;
    QString message; // translated, names the object
    Kind kind = Kind::Foreign;
};

// Compares the tables, indexes, triggers and views of a database with those
// the migrations create for its schema version. Anything else is a risk,
// not decoration: a trigger runs on every change Neuvo makes (one that
// deletes all projects whenever a client is added would look like Neuvo
// losing data), and a changed table may lack a constraint the stores rely
// on. SQLite's own objects (automatic indexes, statistics) are not compared.
class SchemaCheck final
{
    Q_DECLARE_TR_FUNCTIONS(SchemaCheck)

public:
    // The differences, empty when the schema is Neuvo's. An error when the
    // schema cannot be read or the version is not one Neuvo knows.
    static Result<QList<SchemaDifference>> compare(const QSqlDatabase &db, int schemaVersion);

    // The same by name and type only: objects Neuvo does not create and
    // its own ones that are missing. Cheap enough for every open (one read
    // of sqlite_master; the expected schema is built once per version and
    // kept), so a live file carrying a foreign trigger is refused before
    // the trigger can run. A changed statement of one of Neuvo's own
    // objects is left to compare(), that is to check --full.
    static Result<QList<SchemaDifference>> compareNames(const QSqlDatabase &db, int schemaVersion);
};

} // namespace neuvo
