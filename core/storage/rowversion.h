#pragma once

#include "sqlstatement.h"
#include "core/domain/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace neuvo {

// Row versions: the profile, clients, projects, interactions, promises and
// observations carry row_version, updated_at (UTC) and updated_by. Every
// save of such a record names the version it was loaded at
// ("... WHERE id = ? AND row_version = ?") and bumps it, so a save made from
// a copy someone else has saved over since is refused instead of silently
// overwriting their change. The desktop and neuvo-cli (and, on a server,
// two people) can then share one database without losing an edit.
// The stores' update() and save() take the record by reference and, on
// success, leave it at the stored version, so a form can save again; a
// create() starts the record at 1.
class RowVersions final
{
    Q_DECLARE_TR_FUNCTIONS(RowVersions)

public:
    // Who is saving, stored as updated_by: the operating-system user and the
    // machine ("aino@desktop"), so that a refusal can say which of one's own
    // machines saved last. setEditor() overrides it for the process (tests,
    // or a server connection that knows its role).
    static QString editor();
    static void setEditor(const QString &editor);
    // Now, as stored in updated_at: "2026-12-01T03:05:00Z".
    static QString now();

    // "row_version = row_version + 1, updated_at = :updated_at, updated_by =
    // :updated_by", for the SET list of an UPDATE; bindStamp() binds both.
    static QString bumpColumns();
    static void bindStamp(SqlStatement &st);

    // Runs an UPDATE or DELETE of one record whose WHERE ends in
    // "AND row_version = :row_version" (bound here to expectedVersion). When
    // no row was touched, says why: the record was deleted, or someone else
    // saved it since it was loaded (naming who and when). what is the
    // untranslated noun of the "Database" context ("Client").
    static Result<void> exec(SqlStatement &st, const QSqlDatabase &db, const char *table, const char *what,
                             qint64 id, qint64 expectedVersion);

    // What was refused, for the refusal's wording.
    enum class Refused { Save, Deletion };
    // The refusal for a record that is not at expectedVersion any more (or
    // is gone); empty when it is.
    static Result<void> check(const QSqlDatabase &db, const char *table, const char *what, qint64 id,
                              qint64 expectedVersion, Refused refused = Refused::Save);

    // The version, who and when of a stored record; version 0 when it does
    // not exist.
    struct Stamp
    {
        qint64 version = 0;
        QString updatedBy;
        QString updatedAt; // as stored (UTC), empty when unknown
    };
    static Result<Stamp> stamp(const QSqlDatabase &db, const char *table, qint64 id);

    // Bumps a record's version without a check: a change to part of it
    // (a stage's payment, a revision of a project) makes every copy loaded
    // before it stale.
    static Result<void> bump(const QSqlDatabase &db, const char *table, qint64 id);
};

} // namespace neuvo
