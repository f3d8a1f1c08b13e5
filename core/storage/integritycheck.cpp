#include "integritycheck.h"

#include "core/domain/limits.h"

#include "database.h"
#include "migrations.h"
#include "schemacheck.h"
#include "scopedconnection.h"
#include "sqldialect.h"
#include "sqlstatement.h"
#include "stores.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace neuvo {

namespace {

IntegrityProblem problem(const QString &check, const QString &record, const QString &message)
{
    return IntegrityProblem{check, record, message};
}

QString projectRecord(qint64 id, const QString &title)
{
    return IntegrityCheck::tr("project %1 “%2”").arg(id).arg(title);
}

// The lines of quick_check or integrity_check other than "ok"; an error
// when SQLite could not run the check for a reason other than damage.
Result<QStringList> runCheck(const QSqlDatabase &db, const QString &pragma, const QString &path)
{
    QSqlQuery q(db);
    if (!q.exec(pragma)) {
        if (isDamage(q.lastError()))
            return QStringList{IntegrityCheck::tr("%1 is damaged: %2").arg(path, q.lastError().databaseText())};
        return fail(sqlReadFailureMessage(q.lastError(), path));
    }
    QStringList lines;
    while (q.next()) {
        if (const QString line = q.value(0).toString(); line != u"ok"_s)
            lines << line;
    }
    return lines;
}

// SQLite verifies CHECK and NOT NULL constraints in its checks only on a
// connection that may write; on a read-only one they pass unseen (a
// contact time flipped to "19\xff00" on the disk is "ok" there). So the
// check runs again on a writable connection made unable to change anything
// (query_only), or, when the file or its folder is not writable, on a
// snapshot of it in a temporary folder. Called once the read-only pass found
// the file sound, so this connection opening it is harmless.
Result<QStringList> constraintProblems(const QSqlDatabase &readOnly, const QString &path, const QString &pragma)
{
    const QFileInfo info(path);
    if (info.isWritable() && QFileInfo(info.absolutePath()).isWritable()) {
        ScopedConnection writable(path, ScopedConnection::Mode::ReadWrite);
        if (writable.open() && QSqlQuery(writable.db()).exec(u"PRAGMA query_only = 1"_s))
            return runCheck(writable.db(), pragma, path);
    }
    QTemporaryDir dir;
    if (!dir.isValid())
        return fail(IntegrityCheck::tr("Cannot check the constraints of %1: no temporary folder (%2).")
                        .arg(path, dir.errorString()));
    const QString copy = dir.filePath(u"check.sqlite"_s);
    {
        QSqlQuery q(readOnly);
        q.prepare(u"VACUUM INTO ?"_s);
        q.addBindValue(copy);
        if (!q.exec())
            return fail(IntegrityCheck::tr("Cannot check the constraints of %1: %2")
                            .arg(path, sqlReadFailureMessage(q.lastError(), path)));
    }
    ScopedConnection writable(copy, ScopedConnection::Mode::ReadWrite);
    if (!writable.open())
        return fail(IntegrityCheck::tr("Cannot check the constraints of %1: %2")
                        .arg(path, writable.lastError().text()));
    return runCheck(writable.db(), pragma, path);
}

} // namespace

Result<QList<IntegrityProblem>> IntegrityCheck::checkFile(const QString &path, Depth depth)
{
    if (SqlDialect::isServerUrl(path))
        return checkServer(path);
    const QFileInfo info(path);
    if (!info.exists())
        return fail(tr("%1 does not exist.").arg(path));
    if (!info.isFile())
        return fail(tr("%1 is not a file.").arg(path));

    QList<IntegrityProblem> problems;
    const auto sqliteProblem = [&](const QString &message) { problems << problem(u"sqlite"_s, QString(), message); };

    if (!info.isReadable())
        return fail(tr("Cannot read %1: you do not have permission to read it.").arg(path));
    if (info.size() == 0) {
        sqliteProblem(tr("%1 is empty (0 bytes).").arg(path));
        return problems;
    }
    {
        const bool folderWritable = QFileInfo(info.absolutePath()).isWritable();
        ScopedConnection conn(path, folderWritable ? ScopedConnection::Mode::ReadOnly
                                                   : ScopedConnection::Mode::ReadOnlyImmutable);
        // Only SQLite saying "damaged" is a problem of the file; a full
        // disk or a file the user may not read is a check that could not
        // run (exit 1), never damage (exit 4) with advice to restore.
        if (!conn.open()) {
            if (!isDamage(conn.lastError()))
                return fail(sqlReadFailureMessage(conn.lastError(), path));
            sqliteProblem(tr("SQLite cannot open %1: %2").arg(path, conn.lastError().text()));
            return problems;
        }
        const QString pragma = depth == Depth::Full ? u"PRAGMA integrity_check(100)"_s
                                                    : u"PRAGMA quick_check(100)"_s;
        const auto structure = runCheck(conn.db(), pragma, path);
        if (!structure)
            return fail(structure.error());
        for (const QString &line : *structure)
            sqliteProblem(line);
        if (!problems.isEmpty())
            return problems;

        const auto constraints = constraintProblems(conn.db(), path, pragma);
        if (!constraints)
            return fail(constraints.error());
        for (const QString &line : *constraints)
            sqliteProblem(line);

        QSqlQuery q(conn.db());
        if (!q.exec(u"PRAGMA user_version"_s) || !q.next())
            return fail(sqlReadFailureMessage(q.lastError(), path));
        const int version = q.value(0).toInt();
        if (version >= 1 && version <= latestSchemaVersion()) {
            const auto differences = SchemaCheck::compare(conn.db(), version);
            if (!differences)
                return fail(tr("Cannot read the schema of %1: %2").arg(path, differences.error()));
            for (const SchemaDifference &d : *differences)
                problems << problem(u"schema"_s, tr("schema"), d.message);
        }

        // Foreign keys are checked whatever PRAGMA foreign_keys says: a file
        // edited by another tool may break them.
        if (!q.exec(u"PRAGMA foreign_key_check"_s)) {
            sqliteProblem(tr("%1: %2").arg(path, q.lastError().databaseText()));
            return problems;
        }
        struct Violation
        {
            QString table;
            QVariant rowid;
            QString parent;
            int fkid;
        };
        QList<Violation> violations;
        while (q.next())
            violations.append({q.value(0).toString(), q.value(1), q.value(2).toString(), q.value(3).toInt()});
        for (const Violation &v : violations) {
            // Which column, and what value it holds.
            QString column;
            QSqlQuery fk(conn.db());
            if (fk.exec(u"PRAGMA foreign_key_list(\"%1\")"_s.arg(v.table))) {
                while (fk.next()) {
                    if (fk.value(0).toInt() == v.fkid)
                        column = fk.value(3).toString();
                }
            }
            QString value;
            if (!column.isEmpty() && !v.rowid.isNull()) {
                QSqlQuery row(conn.db());
                row.prepare(u"SELECT \"%1\" FROM \"%2\" WHERE rowid = ?"_s.arg(column, v.table));
                row.addBindValue(v.rowid);
                if (row.exec() && row.next())
                    value = row.value(0).toString();
            }
            const QString record = v.rowid.isNull() ? v.table : u"%1 %2"_s.arg(v.table, v.rowid.toString());
            problems << problem(u"foreign_key"_s, record,
                                tr("%1 refers to %2 %3, which does not exist.")
                                    .arg(column.isEmpty() ? tr("a reference") : column, v.parent,
                                         value.isEmpty() ? u"?"_s : value));
        }
    }

    // Neuvo's own rules are read through Database, which refuses a file
    // whose schema is not Neuvo's; the differences found are the report
    // then, so the person learns what to remove (exit 4, not a failed
    // check).
    if (std::any_of(problems.cbegin(), problems.cend(),
                    [](const IntegrityProblem &p) { return p.check == u"schema"_s; }))
        return problems;
    Database db;
    if (auto opened = db.open(path, Database::Access::ReadWriteIfFree); !opened)
        return fail(opened.error());
    auto invariants = checkInvariants(db);
    if (!invariants)
        return invariants;
    problems += *invariants;
    return problems;
}

Result<QList<IntegrityProblem>> IntegrityCheck::checkServer(const QString &url, const QString &password)
{
    // The server keeps its own storage sound and enforces every constraint
    // and foreign key on each write; what is left to check is Neuvo's own
    // rules. Opening refuses a schema that is not Neuvo's, as it does for a
    // file.
    Database db;
    db.setServerPassword(password);
    if (auto opened = db.open(url, Database::Access::ReadOnly); !opened)
        return Error{opened.error()};
    return checkInvariants(db);
}

Result<QList<IntegrityProblem>> IntegrityCheck::checkInvariants(Database &db)
{
    QList<IntegrityProblem> problems;
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    const auto run = [&](const QString &sql) -> Result<void> {
        if (!q.exec(sql))
            return fail(tr("Cannot check %1: %2").arg(db.path(), q.lastError().databaseText()));
        return {};
    };

    if (auto r = run(u"SELECT count(*) FROM profile"_s); !r)
        return fail(r.error());
    if (q.next() && q.value(0).toInt() != 1)
        problems << problem(u"profile"_s, tr("profile"),
                            tr("there are %1 profile records instead of exactly one.").arg(q.value(0).toInt()));

    // The schema's CHECK constraints refuse negative amounts, but a file
    // written by another tool (or with ignore_check_constraints) may hold
    // them; every place money is stored is looked at.
    struct AmountColumn
    {
        const char *table;
        const char *column;
        const char *label;
    };
    static const AmountColumn amounts[] = {
        {"project", "base_price_minor", QT_TRANSLATE_NOOP("IntegrityCheck", "base price")},
        {"project", "first_offer_minor", QT_TRANSLATE_NOOP("IntegrityCheck", "first offer")},
        {"project", "discount_value", QT_TRANSLATE_NOOP("IntegrityCheck", "discount")},
        {"stage", "amount_minor", QT_TRANSLATE_NOOP("IntegrityCheck", "amount")},
        {"stage", "paid_minor", QT_TRANSLATE_NOOP("IntegrityCheck", "paid amount")},
        {"revision", "charge_minor", QT_TRANSLATE_NOOP("IntegrityCheck", "charge")},
        {"price_change", "new_price_minor", QT_TRANSLATE_NOOP("IntegrityCheck", "new price")},
        {"profile", "floor_rate_minor", QT_TRANSLATE_NOOP("IntegrityCheck", "floor rate")},
    };
    for (const AmountColumn &a : amounts) {
        const QString table = QString::fromLatin1(a.table);
        const QString column = QString::fromLatin1(a.column);
        if (auto r = run(u"SELECT id, %1 FROM %2 WHERE %1 < 0 ORDER BY id"_s.arg(column, table)); !r)
            return fail(r.error());
        while (q.next()) {
            problems << problem(u"negative_amount"_s, u"%1 %2"_s.arg(table, q.value(0).toString()),
                                tr("the %1 is negative (%2 minor units).")
                                    .arg(tr(a.label), q.value(1).toString()));
        }
        // Neuvo never stores an amount beyond Limits::AmountMinor; one that
        // is there came from elsewhere and would overflow the sums.
        if (auto r = run(u"SELECT id, %1 FROM %2 WHERE %1 > %3 ORDER BY id"_s.arg(column, table)
                             .arg(Limits::AmountMinor));
            !r)
            return fail(r.error());
        while (q.next()) {
            problems << problem(u"impossible_amount"_s, u"%1 %2"_s.arg(table, q.value(0).toString()),
                                tr("the %1 is %2 minor units, more than the %3 Neuvo accepts.")
                                    .arg(tr(a.label), q.value(1).toString())
                                    .arg(Limits::AmountMinor));
        }
    }

    // An interaction or promise about a project must be with that project's
    // client, or the red-flag rules would blame the wrong client.
    for (const QString &table : {u"interaction"_s, u"promise"_s}) {
        if (auto r = run(u"SELECT t.id, t.client_id, t.project_id, p.client_id FROM %1 t "
                         "JOIN project p ON p.id = t.project_id WHERE p.client_id <> t.client_id ORDER BY t.id"_s
                             .arg(table));
            !r)
            return fail(r.error());
        while (q.next()) {
            problems << problem(u"cross_reference"_s, u"%1 %2"_s.arg(table, q.value(0).toString()),
                                tr("it is with client %1 but about project %2, which belongs to client %3.")
                                    .arg(q.value(1).toString(), q.value(2).toString(), q.value(3).toString()));
        }
    }
    q.finish();

    // Every project obeys the rules the store enforces on saving, above all
    // that its stages sum exactly to its total.
    const auto projects = ProjectStore(db).list();
    if (!projects)
        return fail(tr("Cannot read the projects of %1: %2").arg(db.path(), projects.error()));
    for (const Project &p : *projects) {
        if (auto valid = ProjectStore::validate(p); !valid)
            problems << problem(u"stage_sum"_s, projectRecord(p.id, p.title), valid.error());
    }
    return problems;
}

} // namespace neuvo
