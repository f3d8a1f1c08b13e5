#pragma once

#include "core/domain/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace neuvo {

class Database;

// One thing wrong with a database, and the record it concerns.
struct IntegrityProblem
{
    // sqlite (SQLite's own check, CHECK and NOT NULL constraints
    // included), schema (a table, index, trigger or view other than Neuvo's),
    // foreign_key, stage_sum (a project that ProjectStore::validate
    // refuses), negative_amount, cross_reference (an interaction or promise
    // whose project belongs to another client), profile.
    QString check;
    // "project 3 “Website”", "stage 12 of project 3"; empty for the file.
    QString record;
    QString message;

    QString toString() const { return record.isEmpty() ? message : record + QStringLiteral(": ") + message; }
};

// `neuvo-cli check`: SQLite's quick_check (integrity_check when full), run
// once read-only for the file's structure and once on a connection that may
// write but is set query_only, since SQLite verifies CHECK constraints only
// there (on a snapshot in a temporary folder when the file may not be
// written); the schema compared with Neuvo's (SchemaCheck);
// foreign_key_check; and the rules Neuvo itself keeps (stages sum to the
// project total, no negative amounts, references between records agree).
// Only reads: nothing the check does changes the data.
class IntegrityCheck final
{
    Q_DECLARE_TR_FUNCTIONS(IntegrityCheck)

public:
    enum class Depth { Quick, Full };

    // Looks at the file through a read-only connection first, so that a
    // damaged file is reported as problems instead of refused; when SQLite
    // finds it sound, opens it and checks Neuvo's own rules. An error means
    // the check could not run at all (missing or unreadable file, a full
    // disk or an I/O error, newer Neuvo, locked): never "damaged".
    // A postgresql:// URL is checked as a server: see checkServer().
    static Result<QList<IntegrityProblem>> checkFile(const QString &path, Depth depth = Depth::Quick);

    // A database on a PostgreSQL server, through a read-only connection of
    // its own (with password when one was typed for the window: ~/.pgpass
    // and PGPASSWORD are libpq's own). The server keeps its storage sound
    // and enforces the constraints and foreign keys on every write, so
    // SQLite's structure, constraint and foreign-key checks have nothing to
    // add there; what is checked is the schema (opening refuses one that is
    // not Neuvo's, naming the differences) and Neuvo's own rules
    // (checkInvariants()).
    static Result<QList<IntegrityProblem>> checkServer(const QString &url, const QString &password = {});

    // Neuvo's own rules on an open database.
    static Result<QList<IntegrityProblem>> checkInvariants(Database &db);
};

} // namespace neuvo
