// Whole-database commands: the demo data, the JSON exchange format, the
// file's summary.
#include "commands.h"

#include "cli/arguments.h"
#include "cli/cli.h"

#include "core/domain/plural.h"
#include "core/exchange/demodata.h"
#include "core/exchange/exchange.h"
#include "core/exchange/imports.h"
#include "core/storage/database.h"
#include "core/storage/sqldialect.h"
#include "core/storage/stores.h"


#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace neuvo::commands {

namespace {

class DemoCommand final : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    DemoCommand()
        : DatabaseCommand({u"demo"_s, QT_TRANSLATE_NOOP("Cli", "[--today YYYY-MM-DD]"),
                           QT_TRANSLATE_NOOP("Cli", "Fill an empty database with a realistic sample of clients and "
                                                    "projects.")},
                          Console::Access::Create,
                          {QCommandLineOption(u"today"_s,
                                              tr("Place the sample's dates around this day instead of the current "
                                                 "date."),
                                              tr("YYYY-MM-DD"))})
    {
    }

protected:
    Result<void> readArguments(Arguments &in, const QCommandLineParser &) override
    {
        m_today = in.date(option(u"today"_s), QDate::currentDate());
        return {};
    }

    Result<int> executeWithDatabase(Console &console, Database &db, const QCommandLineParser &) override
    {
        if (auto filled = DemoData::fill(db, m_today); !filled)
            return Error{filled.error()};
        const auto count = ClientStore(db).count();
        console.out() << tr("Wrote the demo data to %1 (clients: %2, dates around %3).")
                             .arg(db.path(), QString::number(count ? *count : 0), m_today.toString(Qt::ISODate))
                      << u'\n';
        return int(Cli::Success);
    }

private:
    QDate m_today;
};

class ExportCommand final : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    ExportCommand()
        : DatabaseCommand({u"export"_s, QT_TRANSLATE_NOOP("Cli", "[OUT.json]"),
                           QT_TRANSLATE_NOOP("Cli", "Write the whole database as neuvo/2 JSON (to standard output "
                                                    "without a file)."),
                           nullptr, 0, 1},
                          Console::Access::Read)
    {
    }

protected:
    Result<int> executeWithDatabase(Console &console, Database &db, const QCommandLineParser &parser) override
    {
        const QString outPath = parser.positionalArguments().value(0);
        auto json = Exchange::exportJson(db);
        if (!json)
            return Error{json.error()};
        return console.writeOutput(outPath, *json, tr("Exported %1 to %2.").arg(db.path(), outPath));
    }
};

class ImportCommand final : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    ImportCommand()
        : DatabaseCommand({u"import"_s, QT_TRANSLATE_NOOP("Cli", "IN.json"),
                           QT_TRANSLATE_NOOP("Cli", "Read a neuvo/2 (or neuvo/1) JSON file into the database; nothing is written "
                                                    "if it is invalid."),
                           nullptr, 1, 1},
                          Console::Access::Create)
    {
    }

protected:
    Result<void> readArguments(Arguments &, const QCommandLineParser &parser) override
    {
        // Open the file before opening the database, so a mistyped name
        // does not create an empty database. It is read in chunks by the
        // import, never whole.
        m_inPath = parser.positionalArguments().constFirst();
        return Console::openInput(m_file, m_inPath);
    }

    Result<int> executeWithDatabase(Console &console, Database &db, const QCommandLineParser &) override
    {
        const auto outcome = Imports::json(db, m_file);
        if (!outcome)
            return fail(tr("%1: %2").arg(m_inPath, outcome.error()));
        if (outcome->backup)
            console.out() << tr("Backed up %1 to %2 before the import.").arg(db.path(), outcome->backup->path) << u'\n';
        const Exchange::ImportSummary &summary = outcome->summary;
        console.out() << tr("Imported %1 clients, %2 projects, %3 interactions, %4 promises and %5 observations "
                            "from %6; %7")
                             .arg(summary.clients)
                             .arg(summary.projects)
                             .arg(summary.interactions)
                             .arg(summary.promises)
                             .arg(summary.observations)
                             .arg(m_inPath, summary.profileApplied ? tr("the profile was replaced.")
                                                                    : tr("the existing profile was kept."))
                      << u'\n';
        return int(Cli::Success);
    }

private:
    QString m_inPath;
    QFile m_file;
};

// copy FROM TO: every record of one database into another that holds
// none, between files and servers alike. One transaction on TO: nothing is
// written unless everything is.
class CopyCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    CopyCommand()
        : Command({u"copy"_s, QT_TRANSLATE_NOOP("Cli", "FROM TO"),
                   QT_TRANSLATE_NOOP("Cli", "Copy every record of database FROM into database TO, which holds no "
                                            "clients yet (a file, made when missing, or a postgresql:// URL)."),
                   QT_TRANSLATE_NOOP("Cli", "FROM and TO are SQLite files or PostgreSQL URLs "
                                            "(postgresql://user@host/db); --db is not used. The ids are kept, so "
                                            "\"export\" gives the same JSON from both. Nothing is written unless "
                                            "everything is; a file TO that did not exist is removed again then. To "
                                            "add records to a database that has some, use export and import."),
                   2, 2})
    {
    }

protected:
    Result<int> execute(Console &console, const QCommandLineParser &parser) override
    {
        const QString from = parser.positionalArguments().at(0);
        const QString to = parser.positionalArguments().at(1);
        if (from == to)
            return fail(tr("copy: FROM and TO are the same database, %1.").arg(from));
        if (!SqlDialect::isServerUrl(from) && !QFileInfo::exists(from))
            return fail(tr("%1 does not exist.").arg(from));

        Database source;
        if (auto opened = source.open(from, Database::Access::ReadWriteIfFree); !opened)
            return Error{opened.error()};
        const auto json = Exchange::exportJson(source);
        if (!json)
            return fail(tr("%1: %2").arg(from, json.error()));
        source.close();

        const bool existed = SqlDialect::isServerUrl(to) || QFileInfo::exists(to);
        Database target;
        if (auto opened = target.open(to, Database::Access::ReadWrite); !opened)
            return Error{opened.error()};
        const auto copied = [&]() -> Result<Exchange::ImportSummary> {
            const auto clients = ClientStore(target).list();
            if (!clients)
                return Error{clients.error()};
            if (!clients->isEmpty())
                return fail(englishPlural(tr("%1 already holds %n client(s); copy writes only into a database "
                                             "without any (export and import add records to one that has some).",
                                             nullptr, int(clients->size())),
                                          clients->size())
                                .arg(to));
            return Exchange::importJson(target, *json);
        }();
        if (!copied) {
            target.close();
            if (!existed)
                removeDatabaseFile(to);
            return fail(tr("%1: %2 Nothing was copied.").arg(to, copied.error()));
        }
        console.out() << tr("Copied %1 clients, %2 projects, %3 interactions, %4 promises, %5 observations and "
                            "%6 invoices from %7 to %8.")
                             .arg(copied->clients)
                             .arg(copied->projects)
                             .arg(copied->interactions)
                             .arg(copied->promises)
                             .arg(copied->observations)
                             .arg(copied->invoices)
                             .arg(from, to)
                      << u'\n';
        return int(Cli::Success);
    }

private:
    // The file copy made, with SQLite's journal files, when it fails.
    static void removeDatabaseFile(const QString &path)
    {
        for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s, u"-journal"_s})
            QFile::remove(path + suffix);
    }
};

class InfoCommand final : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    InfoCommand()
        : DatabaseCommand({u"info"_s, "",
                           QT_TRANSLATE_NOOP("Cli", "Show the database file, its schema version and its record "
                                                    "counts.")},
                          Console::Access::Read)
    {
    }

protected:
    Result<int> executeWithDatabase(Console &console, Database &db, const QCommandLineParser &) override
    {
        const auto clientCount = ClientStore(db).count();
        const auto projects = ProjectStore(db).list();
        const auto interactions = InteractionStore(db).list();
        const auto promises = PromiseStore(db).list();
        const auto observations = ObservationStore(db).list();
        for (const QString &error : {clientCount.error(), projects.error(), interactions.error(), promises.error(),
                                     observations.error()}) {
            if (!error.isEmpty())
                return fail(error);
        }
        console.out() << Console::fields({
            {tr("Database"), db.path()},
            {tr("Schema version"), QString::number(db.schemaVersion())},
            {tr("Clients"), QString::number(*clientCount)},
            {tr("Projects"), QString::number(projects->size())},
            {tr("Interactions"), QString::number(interactions->size())},
            {tr("Promises"), QString::number(promises->size())},
            {tr("Observations"), QString::number(observations->size())},
        });
        return int(Cli::Success);
    }
};

} // namespace

CommandList data()
{
    CommandList list;
    list.push_back(std::make_unique<DemoCommand>());
    list.push_back(std::make_unique<ExportCommand>());
    list.push_back(std::make_unique<ImportCommand>());
    list.push_back(std::make_unique<CopyCommand>());
    list.push_back(std::make_unique<InfoCommand>());
    return list;
}

} // namespace neuvo::commands
