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

// --separator, --decimal and --encoding, the same for import and export.
QList<QCommandLineOption> dialectOptions(const QString &defaults)
{
    return {QCommandLineOption(u"separator"_s,
                               QCoreApplication::translate("Cli", "Between fields: comma, semicolon or tab (%1).")
                                   .arg(defaults),
                               u"comma|semicolon|tab"_s),
            QCommandLineOption(u"decimal"_s,
                               QCoreApplication::translate("Cli", "The decimal mark of amounts: . or , (%1).")
                                   .arg(defaults),
                               u".|,"_s),
            QCommandLineOption(u"encoding"_s,
                               QCoreApplication::translate("Cli", "utf-8, windows-1252 or windows-1251 (%1).")
                                   .arg(defaults),
                               QCoreApplication::translate("Cli", "ENCODING"))};
}

// The options given replace what `dialect` has.
CsvDialect readDialect(Arguments &in, const Command &command, CsvDialect dialect)
{
    const auto given = [&](const QString &name) { return in.isSet(command.option(name)); };
    if (given(u"separator"_s)) {
        const QString value = in.text(command.option(u"separator"_s));
        if (const auto separator = CsvDialect::separatorFromId(value))
            dialect.separator = *separator;
        else
            in.problem(QCoreApplication::translate("Cli", "--separator: \"%1\" is not one of comma, semicolon, tab.")
                           .arg(value));
    }
    if (given(u"decimal"_s)) {
        const QString value = in.text(command.option(u"decimal"_s));
        if (value == u"."_s || value == u","_s)
            dialect.decimalMark = value.front();
        else
            in.problem(QCoreApplication::translate("Cli", "--decimal: \"%1\" is not . or ,.").arg(value));
    }
    if (given(u"encoding"_s)) {
        const QString value = in.text(command.option(u"encoding"_s));
        if (const auto encoding = CsvDialect::encodingFromId(value))
            dialect.encoding = *encoding;
        else
            in.problem(QCoreApplication::translate("Cli",
                                                   "--encoding: \"%1\" is not one of utf-8, windows-1252, "
                                                   "windows-1251.")
                           .arg(value));
    }
    return dialect;
}

class ImportCsvCommand final : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    ImportCsvCommand()
        : DatabaseCommand({u"import-csv"_s, QT_TRANSLATE_NOOP("Cli", "clients|projects IN.csv [OPTIONS]"),
                           QT_TRANSLATE_NOOP("Cli", "Read clients or projects from a spreadsheet's CSV; every bad "
                                                    "row is reported, nothing is written then."),
                           QT_TRANSLATE_NOOP("Cli", "The separator, the decimal mark and the encoding are guessed "
                                                    "from the file (a Finnish or Russian Excel writes \";\", "
                                                    "\"1 234,50\" and Windows-1252 or -1251); the options "
                                                    "override the guess."),
                           2, 2},
                          Console::Access::Create,
                          QList<QCommandLineOption>{QCommandLineOption(
                              u"dry-run"_s, tr("Check every row and report, but write nothing."))}
                              + dialectOptions(tr("default: guessed from the file")))
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
        m_dialect = readDialect(in, *this, Csv::detect(m_csv));
        return {};
    }

    Result<int> executeWithDatabase(Console &console, Database &db, const QCommandLineParser &parser) override
    {
        const bool dryRun = parser.isSet(option(u"dry-run"_s));
        const auto outcome = Imports::csv(db, m_table, m_csv, {}, dryRun, m_dialect);
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
    CsvDialect m_dialect;
};

class ExportCsvCommand final : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    ExportCsvCommand()
        : DatabaseCommand({u"export-csv"_s, QT_TRANSLATE_NOOP("Cli", "clients|projects|stages [OUT.csv] [OPTIONS]"),
                           QT_TRANSLATE_NOOP("Cli", "Write clients, projects or payment stages as CSV for a "
                                                    "spreadsheet."),
                           QT_TRANSLATE_NOOP("Cli", "For a spreadsheet that expects \";\" and decimal commas "
                                                    "(Finnish, Russian): --separator semicolon --decimal ,"),
                           1, 2},
                          Console::Access::Read, dialectOptions(tr("default: comma, ., utf-8")))
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
        m_dialect = readDialect(in, *this, CsvDialect());
        return {};
    }

    Result<int> executeWithDatabase(Console &console, Database &db, const QCommandLineParser &parser) override
    {
        const auto csv = CsvExchange::exportTable(db, m_table, m_dialect);
        if (!csv)
            return Error{csv.error()};
        const QString outPath = parser.positionalArguments().value(1);
        return console.writeOutput(outPath, *csv,
                                   tr("Wrote %1 to %2.").arg(parser.positionalArguments().at(0), outPath),
                                   CsvDialect::encodingId(m_dialect.encoding));
    }

private:
    CsvExchange::Table m_table = CsvExchange::Table::Clients;
    CsvDialect m_dialect;
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
