#include "imports.h"

#include "core/storage/database.h"
#include "core/storage/stores.h"

#include <QBuffer>

namespace neuvo {

Result<std::optional<BackupInfo>> Imports::backupBefore(Database &db)
{
    if (db.wasCreated()) {
        const auto clients = ClientStore(db).count();
        if (!clients)
            return Error{clients.error()};
        if (*clients == 0)
            return std::optional<BackupInfo>();
    }
    auto made = BackupManager(db.path()).create(db, QStringLiteral("import"));
    if (!made)
        return fail(tr("Not importing: the backup before the import failed. %1").arg(made.error()));
    return std::optional<BackupInfo>(*made);
}

Result<Imports::JsonOutcome> Imports::json(Database &db, const QByteArray &json)
{
    QByteArray bytes = json; // shared, not copied
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    return Imports::json(db, buffer);
}

Result<Imports::JsonOutcome> Imports::json(Database &db, QIODevice &device)
{
    auto import = [&]() -> Result<Exchange::ImportSummary> { return Exchange::importJson(db, device); };
    if (!db.wasCreated()) {
        auto tried = db.rehearse([&]() -> Result<void> {
            if (auto rehearsed = import(); !rehearsed)
                return Error{rehearsed.error()};
            return {};
        });
        if (!tried)
            return Error{tried.error()};
    }
    auto backup = backupBefore(db);
    if (!backup)
        return Error{backup.error()};
    auto summary = import();
    if (!summary)
        return Error{summary.error()};
    return JsonOutcome{*summary, *backup};
}

Result<Imports::CsvOutcome> Imports::csv(Database &db, CsvExchange::Table table, const QByteArray &csv,
                                         const QStringList &fields, bool dryRun, const CsvDialect &dialect)
{
    auto run = [&](bool checkOnly) {
        return fields.isEmpty() ? CsvExchange::import(db, table, csv, checkOnly, dialect)
                                : CsvExchange::importMapped(db, table, csv, fields, checkOnly, dialect);
    };
    CsvOutcome outcome;
    const auto checked = run(true);
    if (!checked) {
        outcome.problems = checked.error().split(u'\n');
        return outcome;
    }
    outcome.rows = checked->rows;
    if (dryRun)
        return outcome;
    if (!db.wasCreated()) {
        auto tried = db.rehearse([&]() -> Result<void> {
            if (auto rehearsed = run(false); !rehearsed)
                return Error{rehearsed.error()};
            return {};
        });
        if (!tried)
            return Error{tried.error()};
    }
    auto backup = backupBefore(db);
    if (!backup)
        return Error{backup.error()};
    outcome.backup = *backup;
    const auto written = run(false);
    if (!written)
        return Error{written.error()};
    outcome.rows = written->rows;
    outcome.written = true;
    return outcome;
}

} // namespace neuvo
