// Clients and projects to and from spreadsheets.
#include "commands.h"

#include "cli/arguments.h"
#include "cli/cli.h"

#include "core/domain/plural.h"
#include "core/exchange/csvexchange.h"
#include "core/exchange/imports.h"
#include "core/storage/database.h"


using namespace Qt::StringLiterals;

namespace neuvo::commands {

namespace {

std::optional<CsvExchange::Table> csvTable(const QString &name, bool stagesAllowed)
{
    if (name == u"clients"_s)
        return CsvExchange::Table::Clients;
    if (name == u"projects"_s)
        return CsvExchange::Table::Projects;
    if (stagesAllowed && name == u"stages"_s)
        return CsvExchange::Table::Stages;
    return std::nullopt;
}

class ImportCsvCommand final : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    ImportCsvCommand()
        : DatabaseCommand({u"import-csv"_s, QT_TRANSLATE_NOOP("Cli", "clients|projects IN.csv [--dry-run]"),
                           QT_TRANSLATE_NOOP("Cli", "Read clients or projects from a spreadsheet's CSV; every bad "
                                                    "row is reported, nothing is written then."),
                           nullptr, 2, 2},
                          Console::Access::Create,
                          {QCommandLineOption(u"dry-run"_s, tr("Check every row and report, but write nothing."))})
    {
    }

protected:
    Result<void> readArguments(Arguments &in, const QCommandLineParser &parser) override
    {
        const auto table = csvTable(parser.positionalArguments().at(0), false);
        if (!table)
            in.problem(tr("import-csv: \"%1\" is not clients or projects.").arg(parser.positionalArguments().at(0)));
        m_table = table.value_or(CsvExchange::Table::Clients);
        m_inPath = parser.positionalArguments().at(1);
        if (!table)
            return {};
        auto csv = Console::readInput(m_inPath);
        if (!csv)
            return Error{csv.error()};
        m_csv = *csv;
        return {};
    }

    Result<int> executeWithDatabase(Console &console, Database &db, const QCommandLineParser &parser) override
    {
        const bool dryRun = parser.isSet(option(u"dry-run"_s));
        const auto outcome = Imports::csv(db, m_table, m_csv, {}, dryRun);
        if (!outcome)
            return Error{outcome.error()};
        if (!outcome->problems.isEmpty()) {
            // One line per bad row, each naming the file and line.
            for (const QString &problem : outcome->problems)
                console.warn(m_inPath + u": "_s + problem);
            console.warn(tr("Nothing was imported from %1.").arg(m_inPath));
            return int(Cli::DataError);
        }
        if (outcome->backup)
            console.out() << tr("Backed up %1 to %2 before the import.").arg(db.path(), outcome->backup->path)
                          << u'\n';
        const int rows = outcome->rows;
        if (dryRun)
            console.out() << englishPlural(tr("%1: all %n row(s) are fine; nothing was written (dry run).", nullptr,
                                              rows),
                                           rows)
                                 .arg(m_inPath)
                          << u'\n';
        else
            console.out() << englishPlural(tr("Imported %n row(s) from %1.", nullptr, rows), rows).arg(m_inPath)
                          << u'\n';
        return int(Cli::Success);
    }

private:
    CsvExchange::Table m_table = CsvExchange::Table::Clients;
    QString m_inPath;
    QByteArray m_csv;
};

class ExportCsvCommand final : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    ExportCsvCommand()
        : DatabaseCommand({u"export-csv"_s, QT_TRANSLATE_NOOP("Cli", "clients|projects|stages [OUT.csv]"),
                           QT_TRANSLATE_NOOP("Cli", "Write clients, projects or payment stages as CSV for a "
                                                    "spreadsheet."),
                           nullptr, 1, 2},
                          Console::Access::Read)
    {
    }

protected:
    Result<void> readArguments(Arguments &in, const QCommandLineParser &parser) override
    {
        const auto table = csvTable(parser.positionalArguments().at(0), true);
        if (!table)
            in.problem(tr("export-csv: \"%1\" is not clients, projects or stages.")
                           .arg(parser.positionalArguments().at(0)));
        m_table = table.value_or(CsvExchange::Table::Clients);
        return {};
    }

    Result<int> executeWithDatabase(Console &console, Database &db, const QCommandLineParser &parser) override
    {
        const auto csv = CsvExchange::exportTable(db, m_table);
        if (!csv)
            return Error{csv.error()};
        const QString outPath = parser.positionalArguments().value(1);
        return console.writeOutput(outPath, *csv,
                                   tr("Wrote %1 to %2.").arg(parser.positionalArguments().at(0), outPath));
    }

private:
    CsvExchange::Table m_table = CsvExchange::Table::Clients;
};

} // namespace

CommandList csv()
{
    CommandList list;
    list.push_back(std::make_unique<ImportCsvCommand>());
    list.push_back(std::make_unique<ExportCsvCommand>());
    return list;
}

} // namespace neuvo::commands
