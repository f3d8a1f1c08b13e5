#include "cli.h"

#include "core/storage/backup.h"
#include "core/exchange/csvexchange.h"
#include "core/storage/database.h"
#include "core/exchange/demodata.h"
#include "core/documents/documentlanguage.h"
#include "core/documents/documentrenderer.h"
#include "core/documents/documents.h"
#include "core/domain/domain.h"
#include "core/exchange/exchange.h"
#include "core/domain/plural.h"
#include "core/storage/integritycheck.h"
#include "core/rules/findingsreport.h"
#include "core/rules/redflags.h"
#include "core/storage/stores.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QIODevice>
#include <QLocale>
#include <QRegularExpression>
#include <QSaveFile>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace neuvo {

namespace {

const QString kProgram = u"neuvo-cli"_s;

// Messages go out as one line each, so scripts can read them line by line;
// core messages may name several fields across lines.
QString oneLine(QString text)
{
    text.replace(u'\n', u' ');
    return text.trimmed();
}

// A plain-text table for a terminal: columns padded to their widest cell.
// Cells are counted in UTF-16 units, which is the display width for the
// Latin, Cyrillic and Finnish text Neuvo holds.
QString table(const QStringList &header, const QList<QStringList> &rows, const QList<bool> &alignRight)
{
    QList<qsizetype> widths;
    for (const QString &cell : header)
        widths << cell.size();
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], row.at(i).size());
    }
    auto line = [&](const QStringList &cells) {
        QStringList padded;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            const bool right = i < alignRight.size() && alignRight.at(i);
            const bool last = i == cells.size() - 1;
            if (right)
                padded << cells.at(i).rightJustified(widths.at(i));
            else
                padded << (last ? cells.at(i) : cells.at(i).leftJustified(widths.at(i)));
        }
        return padded.join(u"  "_s) + u'\n';
    };
    QString text = line(header);
    QStringList rule;
    for (qsizetype w : widths)
        rule << QString(w, u'-');
    text += rule.join(u"  "_s) + u'\n';
    for (const QStringList &row : rows)
        text += line(row);
    return text;
}

} // namespace

Cli::Cli(QIODevice &out, QIODevice &err)
    : m_outDevice(out)
    , m_safeOut(out)
    , m_safeErr(err)
    , m_out(&m_safeOut)
    , m_err(&m_safeErr)
    , m_dbOption(u"db"_s, tr("Database file (default: %1).").arg(Database::defaultPath()), tr("FILE"))
    , m_helpOption(QStringList{u"h"_s, u"help"_s}, tr("Show this help, or a command's help after its name."))
    , m_versionOption(QStringList{u"v"_s, u"version"_s}, tr("Show the version and exit."))
{
}

Cli::~Cli()
{
    m_out.flush();
    m_err.flush();
}

const QList<Cli::Command> &Cli::commands()
{
    // Later commands (flags, alerts, contract, quote, invoice, backup,
    // restore, check, import-csv, export-csv) are added here.
    static const QList<Command> table = {
        {"demo", QT_TRANSLATE_NOOP("Cli", "[--today YYYY-MM-DD]"),
         QT_TRANSLATE_NOOP("Cli", "Fill an empty database with a realistic sample of clients and projects."),
         &Cli::demo, true},
        {"export", QT_TRANSLATE_NOOP("Cli", "[OUT.json]"),
         QT_TRANSLATE_NOOP("Cli", "Write the whole database as neuvo/1 JSON (to standard output without a file)."),
         &Cli::exportJson, false},
        {"import", QT_TRANSLATE_NOOP("Cli", "IN.json"),
         QT_TRANSLATE_NOOP("Cli", "Read a neuvo/1 JSON file into the database; nothing is written if it is invalid."),
         &Cli::importJson, true},
        {"flags", QT_TRANSLATE_NOOP("Cli", "[--today YYYY-MM-DD] [--client ID] [--json]"),
         QT_TRANSLATE_NOOP("Cli", "Red flags and risk level of each client, with evidence. Exit 3 when any is high."),
         &Cli::flags, false},
        {"alerts", QT_TRANSLATE_NOOP("Cli", "[--today YYYY-MM-DD] [--json]"),
         QT_TRANSLATE_NOOP("Cli", "What needs doing, soonest first. Exit 3 when any alert is high."),
         &Cli::alerts, false},
        {"contract", QT_TRANSLATE_NOOP("Cli", "PROJECT_ID --out FILE.pdf [--lang LANG]"),
         QT_TRANSLATE_NOOP("Cli", "Print the project's stage-payment contract as a PDF."),
         &Cli::contract, false, true},
        {"quote", QT_TRANSLATE_NOOP("Cli", "PROJECT_ID --out FILE.pdf [--lang LANG]"),
         QT_TRANSLATE_NOOP("Cli", "Print a quote: what the price includes, its lines, the stage plan, validity."),
         &Cli::quote, false, true},
        {"invoice", QT_TRANSLATE_NOOP("Cli", "PROJECT_ID STAGE --out FILE.pdf [--lang LANG]"),
         QT_TRANSLATE_NOOP("Cli", "Print the invoice for one payment stage of a project as a PDF."),
         &Cli::invoice, false, true},
        {"letter", QT_TRANSLATE_NOOP("Cli", "INTERACTION_ID [--lang LANG] [--mailto]"),
         QT_TRANSLATE_NOOP("Cli", "The follow-up letter of a call or meeting, or its mailto: link."),
         &Cli::letter, false},
        {"clients", "",
         QT_TRANSLATE_NOOP("Cli", "List the clients: id, name, company, status and type."),
         &Cli::clients, false},
        {"info", "",
         QT_TRANSLATE_NOOP("Cli", "Show the database file, its schema version and its record counts."),
         &Cli::info, false},
        {"backup", QT_TRANSLATE_NOOP("Cli", "[OUT.sqlite]"),
         QT_TRANSLATE_NOOP("Cli", "Write a consistent copy of the database (into its backups folder without a file)."),
         &Cli::backup, false},
        {"backups", "",
         QT_TRANSLATE_NOOP("Cli", "List the backups of the database, newest first."),
         &Cli::backups, false},
        {"restore", QT_TRANSLATE_NOOP("Cli", "BACKUP.sqlite"),
         QT_TRANSLATE_NOOP("Cli", "Check a backup and replace the database with it; the current file is kept as a backup."),
         &Cli::restore, true},
        {"check", QT_TRANSLATE_NOOP("Cli", "[--full]"),
         QT_TRANSLATE_NOOP("Cli", "Check the file and Neuvo's own rules; print each problem. Exit 4 when any is found."),
         &Cli::check, false},
        {"import-csv", QT_TRANSLATE_NOOP("Cli", "clients|projects IN.csv [--dry-run]"),
         QT_TRANSLATE_NOOP("Cli", "Read clients or projects from a spreadsheet's CSV; every bad row is reported, nothing is written then."),
         &Cli::importCsv, true},
        {"export-csv", QT_TRANSLATE_NOOP("Cli", "clients|projects|stages [OUT.csv]"),
         QT_TRANSLATE_NOOP("Cli", "Write clients, projects or payment stages as CSV for a spreadsheet."),
         &Cli::exportCsv, false},
        {"help", QT_TRANSLATE_NOOP("Cli", "[COMMAND]"),
         QT_TRANSLATE_NOOP("Cli", "Show this help, or the help of one command."),
         &Cli::help, false},
    };
    return table;
}

bool Cli::needsGuiApplication(const QStringList &arguments)
{
    // The same rule as run(): global options first, then the command name.
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == u"--db"_s) {
            ++i;
            continue;
        }
        if (arg.startsWith(u'-'))
            continue;
        const Command *command = findCommand(arg);
        return command && command->needsFonts;
    }
    return false;
}

const Cli::Command *Cli::findCommand(const QString &name)
{
    for (const Command &command : commands()) {
        if (name == QLatin1StringView(command.name))
            return &command;
    }
    return nullptr;
}

QList<QCommandLineOption> Cli::globalOptions() const
{
    return {m_dbOption, m_helpOption, m_versionOption};
}

int Cli::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOptions(globalOptions());
    // Everything from the command name on belongs to the command, which
    // parses its own options.
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    if (!parser.parse(arguments.isEmpty() ? QStringList{kProgram} : arguments))
        return usageError(parser.errorText());
    if (parser.isSet(m_versionOption)) {
        m_out << kProgram << u' ' << QStringLiteral(NEUVO_VERSION) << u'\n';
        return Success;
    }
    if (parser.isSet(m_helpOption)) {
        printGlobalHelp();
        return Success;
    }
    m_dbPath = parser.isSet(m_dbOption) ? parser.value(m_dbOption) : Database::defaultPath();

    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return usageError(tr("No command given."));
    const Command *command = findCommand(positional.constFirst());
    if (!command)
        return usageError(tr("Unknown command \"%1\".").arg(positional.constFirst()));
    // QCommandLineParser expects the program name first.
    QStringList args = positional;
    args[0] = kProgram + u' ' + positional.constFirst();
    return (this->*command->handler)(*command, args);
}

std::optional<int> Cli::parseCommand(QCommandLineParser &parser, const Command &command,
                                     const QStringList &args, const QList<QCommandLineOption> &options,
                                     qsizetype minPositional, qsizetype maxPositional)
{
    parser.addOptions(options);
    // --db is accepted after the command too: `neuvo-cli clients --db x`.
    parser.addOption(m_dbOption);
    parser.addOption(m_helpOption);
    if (!parser.parse(args))
        return usageError(parser.errorText(), &command);
    if (parser.isSet(m_helpOption)) {
        printCommandHelp(command, options);
        return Success;
    }
    if (parser.isSet(m_dbOption))
        m_dbPath = parser.value(m_dbOption);
    const qsizetype count = parser.positionalArguments().size();
    if (count < minPositional)
        return usageError(tr("%1: a required argument is missing.").arg(QLatin1StringView(command.name)), &command);
    if (count > maxPositional)
        return usageError(tr("%1: unexpected argument \"%2\".")
                              .arg(QLatin1StringView(command.name), parser.positionalArguments().at(maxPositional)),
                          &command);
    if (m_dbPath.trimmed().isEmpty())
        return usageError(tr("--db needs a file name."), &command);
    return std::nullopt;
}

Result<void> Cli::openDatabase(Database &db, const Command &command)
{
    // Reading commands must not leave an empty database behind when the
    // path is mistyped.
    if (!command.createsDatabase && !QFileInfo::exists(m_dbPath))
        return fail(tr("%1 does not exist; create it with \"%2 demo\" or \"%2 import FILE\".")
                        .arg(m_dbPath, kProgram));
    // One writer per file: commands that write refuse while another Neuvo
    // has the file open; reading commands go on read-only then.
    return db.open(m_dbPath, command.createsDatabase ? Database::Access::ReadWrite
                                                     : Database::Access::ReadWriteIfFree);
}

// ---------------------------------------------------------------- help

QString Cli::synopsis(const Command &command) const
{
    QString text = QString::fromLatin1(command.name);
    if (*command.synopsis)
        text += u' ' + QCoreApplication::translate("Cli", command.synopsis);
    return text;
}

QString Cli::optionsText(const QList<QCommandLineOption> &options) const
{
    QList<QPair<QString, QString>> rows;
    for (const QCommandLineOption &option : options) {
        QStringList names;
        for (const QString &name : option.names())
            names << (name.size() == 1 ? u"-"_s : u"--"_s) + name;
        QString left = names.join(u", "_s);
        if (!option.valueName().isEmpty())
            left += u' ' + option.valueName();
        rows.append({left, option.description()});
    }
    qsizetype width = 0;
    for (const auto &row : rows)
        width = std::max(width, row.first.size());
    QString text;
    for (const auto &row : rows)
        text += u"  "_s + row.first.leftJustified(width) + u"  "_s + row.second + u'\n';
    return text;
}

void Cli::printGlobalHelp()
{
    m_out << tr("Usage: %1 [--db FILE] COMMAND [ARGS]").arg(kProgram) << u"\n\n"_s
          << tr("Neuvo keeps clients, projects, staged payments and red flags for a freelancer.") << u"\n\n"_s
          << tr("Options:") << u'\n'
          << optionsText(globalOptions()) << u'\n'
          << tr("Commands:") << u'\n';
    qsizetype width = 0;
    for (const Command &command : commands())
        width = std::max(width, synopsis(command).size());
    for (const Command &command : commands()) {
        m_out << u"  "_s << synopsis(command).leftJustified(width) << u"  "_s
              << QCoreApplication::translate("Cli", command.description) << u'\n';
    }
    m_out << u'\n' << tr("Run \"%1 COMMAND --help\" for the options of one command.").arg(kProgram) << u'\n';
}

void Cli::printCommandHelp(const Command &command, const QList<QCommandLineOption> &options)
{
    m_out << tr("Usage: %1 [--db FILE] %2").arg(kProgram, synopsis(command)) << u"\n\n"_s
          << QCoreApplication::translate("Cli", command.description) << u"\n\n"_s
          << tr("Options:") << u'\n'
          << optionsText(options + QList<QCommandLineOption>{m_dbOption, m_helpOption});
}

int Cli::help(const Command &command, const QStringList &args)
{
    QCommandLineParser parser;
    if (auto exit = parseCommand(parser, command, args, {}, 0, 1))
        return *exit;
    if (parser.positionalArguments().isEmpty()) {
        printGlobalHelp();
        return Success;
    }
    const Command *other = findCommand(parser.positionalArguments().constFirst());
    if (!other)
        return usageError(tr("Unknown command \"%1\".").arg(parser.positionalArguments().constFirst()));
    // A command's help lists its own options, which only its handler knows.
    return (this->*other->handler)(*other, {kProgram + u' ' + QLatin1StringView(other->name), u"--help"_s});
}

// ---------------------------------------------------------------- errors

int Cli::usageError(const QString &message, const Command *command)
{
    m_err << kProgram << u": "_s << oneLine(message) << u'\n';
    if (command)
        m_err << tr("Usage: %1 [--db FILE] %2").arg(kProgram, synopsis(*command)) << u'\n';
    m_err << tr("Run \"%1 --help\" for the list of commands.").arg(kProgram) << u'\n';
    return UsageError;
}

int Cli::dataError(const QString &message)
{
    m_err << kProgram << u": "_s << oneLine(message) << u'\n';
    return DataError;
}

// ---------------------------------------------------------------- commands

int Cli::demo(const Command &command, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption todayOption(u"today"_s,
                                         tr("Place the sample's dates around this day instead of the current date."),
                                         tr("YYYY-MM-DD"));
    if (auto exit = parseCommand(parser, command, args, {todayOption}, 0, 0))
        return *exit;

    QDate today;
    if (auto exit = parseToday(parser, todayOption, command, today))
        return *exit;

    Database db;
    if (auto opened = openDatabase(db, command); !opened)
        return dataError(opened.error());
    if (auto filled = DemoData::fill(db, today); !filled)
        return dataError(filled.error());
    const auto count = ClientStore(db).count();
    m_out << tr("Wrote the demo data to %1 (clients: %2, dates around %3).")
                 .arg(db.path(), QString::number(count ? *count : 0), today.toString(Qt::ISODate))
          << u'\n';
    return Success;
}

std::optional<int> Cli::parseToday(const QCommandLineParser &parser, const QCommandLineOption &option,
                                   const Command &command, QDate &today)
{
    today = QDate::currentDate();
    if (!parser.isSet(option))
        return std::nullopt;
    const QString text = parser.value(option);
    // QDate::fromString alone would also take "2024-1-5"; the format is exact.
    static const QRegularExpression iso(u"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"_s);
    today = iso.match(text).hasMatch() ? QDate::fromString(text, Qt::ISODate) : QDate();
    if (!today.isValid())
        return usageError(tr("--today: \"%1\" is not a date in the form YYYY-MM-DD.").arg(text), &command);
    return std::nullopt;
}

int Cli::exportJson(const Command &command, const QStringList &args)
{
    QCommandLineParser parser;
    if (auto exit = parseCommand(parser, command, args, {}, 0, 1))
        return *exit;
    const QString outPath = parser.positionalArguments().value(0);

    Database db;
    if (auto opened = openDatabase(db, command); !opened)
        return dataError(opened.error());
    auto json = Exchange::exportJson(db);
    if (!json)
        return dataError(json.error());

    if (outPath.isEmpty() || outPath == u"-"_s) {
        m_out.flush();
        if (m_outDevice.write(*json) != json->size())
            return dataError(tr("Cannot write to standard output: %1").arg(m_outDevice.errorString()));
        return Success;
    }
    // QSaveFile: an interrupted export never leaves a half-written backup
    // in place of a good one.
    QSaveFile file(outPath);
    if (!file.open(QIODevice::WriteOnly))
        return dataError(tr("Cannot write %1: %2").arg(outPath, file.errorString()));
    file.write(*json);
    if (!file.commit())
        return dataError(tr("Cannot write %1: %2").arg(outPath, file.errorString()));
    m_out << tr("Exported %1 to %2.").arg(db.path(), outPath) << u'\n';
    return Success;
}

int Cli::importJson(const Command &command, const QStringList &args)
{
    QCommandLineParser parser;
    if (auto exit = parseCommand(parser, command, args, {}, 1, 1))
        return *exit;
    const QString inPath = parser.positionalArguments().constFirst();

    // Read the file before opening the database, so a mistyped name does not
    // create an empty database.
    QFile file(inPath);
    if (!file.exists())
        return dataError(tr("%1 does not exist.").arg(inPath));
    if (!file.open(QIODevice::ReadOnly))
        return dataError(tr("Cannot read %1: %2").arg(inPath, file.errorString()));
    const QByteArray json = file.readAll();

    Database db;
    if (auto opened = openDatabase(db, command); !opened)
        return dataError(opened.error());
    // The whole import is tried first and rolled back, so a file that is
    // refused makes no backup (each would push an older one out).
    if (!db.wasCreated()) {
        auto tried = db.rehearse([&]() -> Result<void> {
            if (auto summary = Exchange::importJson(db, json); !summary)
                return fail(summary.error());
            return {};
        });
        if (!tried)
            return dataError(tr("%1: %2").arg(inPath, tried.error()));
    }
    if (auto saved = backupBeforeImport(db); !saved)
        return dataError(saved.error());
    auto summary = Exchange::importJson(db, json);
    if (!summary)
        return dataError(tr("%1: %2").arg(inPath, summary.error()));
    m_out << tr("Imported %1 clients, %2 projects, %3 interactions, %4 promises and %5 observations "
                "from %6; %7")
                 .arg(summary->clients)
                 .arg(summary->projects)
                 .arg(summary->interactions)
                 .arg(summary->promises)
                 .arg(summary->observations)
                 .arg(inPath,
                      summary->profileApplied ? tr("the profile was replaced.") : tr("the existing profile was kept."))
          << u'\n';
    return Success;
}

int Cli::clients(const Command &command, const QStringList &args)
{
    QCommandLineParser parser;
    if (auto exit = parseCommand(parser, command, args, {}, 0, 0))
        return *exit;
    Database db;
    if (auto opened = openDatabase(db, command); !opened)
        return dataError(opened.error());
    const auto all = ClientStore(db).list();
    if (!all)
        return dataError(all.error());
    if (all->isEmpty()) {
        m_out << tr("No clients.") << u'\n';
        return Success;
    }
    QList<QStringList> rows;
    for (const Client &c : *all)
        rows.append({QString::number(c.id), c.name, c.company, displayName(c.status), displayName(c.type)});
    m_out << table({tr("ID"), tr("Name"), tr("Company"), tr("Status"), tr("Type")}, rows,
                   {true, false, false, false, false});
    return Success;
}

int Cli::info(const Command &command, const QStringList &args)
{
    QCommandLineParser parser;
    if (auto exit = parseCommand(parser, command, args, {}, 0, 0))
        return *exit;
    Database db;
    if (auto opened = openDatabase(db, command); !opened)
        return dataError(opened.error());

    const auto clientCount = ClientStore(db).count();
    const auto projects = ProjectStore(db).list();
    const auto interactions = InteractionStore(db).list();
    const auto promises = PromiseStore(db).list();
    const auto observations = ObservationStore(db).list();
    for (const QString &error : {clientCount ? QString() : clientCount.error(),
                                 projects ? QString() : projects.error(),
                                 interactions ? QString() : interactions.error(),
                                 promises ? QString() : promises.error(),
                                 observations ? QString() : observations.error()}) {
        if (!error.isEmpty())
            return dataError(error);
    }

    const QList<QPair<QString, QString>> lines = {
        {tr("Database"), db.path()},
        {tr("Schema version"), QString::number(db.schemaVersion())},
        {tr("Clients"), QString::number(*clientCount)},
        {tr("Projects"), QString::number(projects->size())},
        {tr("Interactions"), QString::number(interactions->size())},
        {tr("Promises"), QString::number(promises->size())},
        {tr("Observations"), QString::number(observations->size())},
    };
    qsizetype width = 0;
    for (const auto &line : lines)
        width = std::max(width, line.first.size() + 1);
    for (const auto &line : lines)
        m_out << (line.first + u':').leftJustified(width) << u"  "_s << line.second << u'\n';
    return Success;
}

std::optional<int> Cli::evaluateRules(const Command &command, const QDate &today, Facts &facts,
                                      QList<Finding> &findings)
{
    Database db;
    if (auto opened = openDatabase(db, command); !opened)
        return dataError(opened.error());
    auto loaded = Facts::load(db);
    if (!loaded)
        return dataError(loaded.error());
    facts = std::move(*loaded);
    findings = RedFlagEngine::evaluate(facts, today);
    return std::nullopt;
}

int Cli::flags(const Command &command, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption todayOption(u"today"_s, tr("Evaluate as of this day instead of the current date."),
                                         tr("YYYY-MM-DD"));
    const QCommandLineOption clientOption(u"client"_s, tr("Only this client."), tr("ID"));
    const QCommandLineOption jsonOption(u"json"_s, tr("Print JSON instead of a table."));
    if (auto exit = parseCommand(parser, command, args, {todayOption, clientOption, jsonOption}, 0, 0))
        return *exit;
    QDate today;
    if (auto exit = parseToday(parser, todayOption, command, today))
        return *exit;
    qint64 clientId = 0;
    if (parser.isSet(clientOption)) {
        bool ok = false;
        clientId = parser.value(clientOption).toLongLong(&ok);
        if (!ok || clientId <= 0)
            return usageError(tr("--client: \"%1\" is not a client id.").arg(parser.value(clientOption)), &command);
    }

    Facts facts;
    QList<Finding> findings;
    if (auto exit = evaluateRules(command, today, facts, findings))
        return *exit;
    if (clientId > 0 && std::none_of(facts.clients.cbegin(), facts.clients.cend(),
                                     [clientId](const Client &c) { return c.id == clientId; }))
        return dataError(tr("Client #%1 does not exist.").arg(clientId));

    if (parser.isSet(jsonOption))
        m_out << QJsonDocument(FindingsReport::flagsJson(facts, findings, today, clientId)).toJson(QJsonDocument::Indented);
    else
        m_out << FindingsReport::flagsText(facts, findings, today, clientId);
    return FindingsReport::flagsHaveHigh(findings, clientId) ? HighFindings : Success;
}

int Cli::alerts(const Command &command, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption todayOption(u"today"_s, tr("Evaluate as of this day instead of the current date."),
                                         tr("YYYY-MM-DD"));
    const QCommandLineOption jsonOption(u"json"_s, tr("Print JSON instead of a table."));
    if (auto exit = parseCommand(parser, command, args, {todayOption, jsonOption}, 0, 0))
        return *exit;
    QDate today;
    if (auto exit = parseToday(parser, todayOption, command, today))
        return *exit;

    Facts facts;
    QList<Finding> findings;
    if (auto exit = evaluateRules(command, today, facts, findings))
        return *exit;
    if (parser.isSet(jsonOption))
        m_out << QJsonDocument(FindingsReport::alertsJson(facts, findings, today)).toJson(QJsonDocument::Indented);
    else
        m_out << FindingsReport::alertsText(facts, findings, today);
    return FindingsReport::alertsHaveHigh(findings) ? HighFindings : Success;
}

// ---------------------------------------------------------------- documents

namespace {

// "12" -> 12; anything else (0, -3, "x") is not an id.
std::optional<qint64> positiveNumber(const QString &text)
{
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    return ok && value > 0 ? std::optional<qint64>(value) : std::nullopt;
}

} // namespace

std::optional<int> Cli::parseLanguage(const QCommandLineParser &parser, const QCommandLineOption &option,
                                      const Command &command, DocumentLanguage &language)
{
    if (!parser.isSet(option)) {
        language = DocumentLanguage::forLocale(QLocale::system());
        return std::nullopt;
    }
    auto chosen = DocumentLanguage::fromId(parser.value(option));
    if (!chosen)
        return usageError(tr("--lang: %1").arg(chosen.error()), &command);
    language = *chosen;
    return std::nullopt;
}

int Cli::contract(const Command &command, const QStringList &args)
{
    return printDocument(command, args, PrintKind::Contract);
}

int Cli::quote(const Command &command, const QStringList &args)
{
    return printDocument(command, args, PrintKind::Quote);
}

int Cli::invoice(const Command &command, const QStringList &args)
{
    return printDocument(command, args, PrintKind::Invoice);
}

int Cli::printDocument(const Command &command, const QStringList &args, PrintKind kind)
{
    QCommandLineParser parser;
    const QCommandLineOption outOption(u"out"_s, tr("The PDF file to write (replaced only when complete)."),
                                       tr("FILE.pdf"));
    const QCommandLineOption langOption(
        u"lang"_s, tr("Language of the document: en, fi or ru (default: the system's, else en)."), tr("LANG"));
    const QCommandLineOption dateOption(
        u"date"_s,
        kind == PrintKind::Contract
            ? tr("Date of the contract (default: the project's contract date, else today).")
            : tr("Date of the document (default: today)."),
        tr("YYYY-MM-DD"));
    const qsizetype positional = kind == PrintKind::Invoice ? 2 : 1;
    if (auto exit = parseCommand(parser, command, args, {outOption, langOption, dateOption}, positional, positional))
        return *exit;

    const QStringList values = parser.positionalArguments();
    const auto projectId = positiveNumber(values.at(0));
    if (!projectId)
        return usageError(tr("%1: PROJECT_ID must be a positive number, not \"%2\".")
                              .arg(QLatin1StringView(command.name), values.at(0)),
                          &command);
    std::optional<qint64> stageNumber;
    if (kind == PrintKind::Invoice) {
        stageNumber = positiveNumber(values.at(1));
        if (!stageNumber || *stageNumber > std::numeric_limits<int>::max())
            return usageError(tr("%1: STAGE must be a positive number, not \"%2\".")
                                  .arg(QLatin1StringView(command.name), values.at(1)),
                              &command);
    }
    const QString outPath = parser.value(outOption);
    if (outPath.trimmed().isEmpty())
        return usageError(tr("%1: --out FILE.pdf is required.").arg(QLatin1StringView(command.name)), &command);
    DocumentLanguage language;
    if (auto exit = parseLanguage(parser, langOption, command, language))
        return *exit;
    QDate date;
    if (parser.isSet(dateOption)) {
        const QString text = parser.value(dateOption);
        static const QRegularExpression iso(u"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"_s);
        date = iso.match(text).hasMatch() ? QDate::fromString(text, Qt::ISODate) : QDate();
        if (!date.isValid())
            return usageError(tr("--date: \"%1\" is not a date in the form YYYY-MM-DD.").arg(text), &command);
    }

    Database db;
    if (auto opened = openDatabase(db, command); !opened)
        return dataError(opened.error());
    const auto project = ProjectStore(db).get(*projectId);
    if (!project)
        return dataError(project.error());
    const auto client = ClientStore(db).get(project->clientId);
    if (!client)
        return dataError(client.error());
    const auto profile = ProfileStore(db).load();
    if (!profile)
        return dataError(profile.error());
    if (!date.isValid()) {
        date = kind == PrintKind::Contract && project->contractDate.isValid() ? project->contractDate
                                                                                : QDate::currentDate();
    }

    Result<PrintableDocument> document = fail(QString());
    switch (kind) {
    case PrintKind::Contract:
        document = ContractDocument::build(*profile, *client, *project, language, date);
        break;
    case PrintKind::Quote:
        document = QuoteDocument::build(*profile, *client, *project, language, date);
        break;
    case PrintKind::Invoice:
        document = InvoiceDocument::build(*profile, *client, *project, int(*stageNumber), language, date);
        break;
    }
    if (!document)
        return dataError(document.error());
    const auto pages = DocumentRenderer::writePdf(*document, outPath);
    if (!pages)
        return dataError(pages.error());
    m_out << tr("Wrote \"%1\" (%2, pages: %3) to %4.")
                 .arg(document->title, language.id(), QString::number(*pages), outPath)
          << u'\n';
    return Success;
}

int Cli::letter(const Command &command, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption langOption(
        u"lang"_s, tr("Language of the letter: en, fi or ru (default: the system's, else en)."), tr("LANG"));
    const QCommandLineOption mailtoOption(u"mailto"_s,
                                          tr("Print the mailto: link of an e-mail draft instead of the text."));
    if (auto exit = parseCommand(parser, command, args, {langOption, mailtoOption}, 1, 1))
        return *exit;
    const QString idText = parser.positionalArguments().constFirst();
    const auto interactionId = positiveNumber(idText);
    if (!interactionId)
        return usageError(tr("letter: INTERACTION_ID must be a positive number, not \"%1\".").arg(idText), &command);
    DocumentLanguage language;
    if (auto exit = parseLanguage(parser, langOption, command, language))
        return *exit;

    Database db;
    if (auto opened = openDatabase(db, command); !opened)
        return dataError(opened.error());
    const auto interaction = InteractionStore(db).get(*interactionId);
    if (!interaction)
        return dataError(interaction.error());
    const auto client = ClientStore(db).get(interaction->clientId);
    if (!client)
        return dataError(client.error());
    std::optional<Project> project;
    if (interaction->projectId > 0) {
        auto loaded = ProjectStore(db).get(interaction->projectId);
        if (!loaded)
            return dataError(loaded.error());
        project = *loaded;
    }
    const auto profile = ProfileStore(db).load();
    if (!profile)
        return dataError(profile.error());
    const auto letter = FollowUpLetter::build(*profile, *client, project ? &*project : nullptr, *interaction,
                                              language);
    if (!letter)
        return dataError(letter.error());
    if (parser.isSet(mailtoOption))
        m_out << letter->mailtoUrl() << u'\n';
    else
        m_out << letter->text();
    return Success;
}

// ---------------------------------------------------------------- data safety

Result<void> Cli::backupBeforeImport(Database &db)
{
    // A new file has nothing to lose.
    if (db.wasCreated())
        return {};
    auto made = BackupManager(db.path()).create(db, u"import"_s);
    if (!made)
        return fail(tr("Not importing: the backup before the import failed. %1").arg(made.error()));
    m_out << tr("Backed up %1 to %2 before the import.").arg(db.path(), made->path) << u'\n';
    return {};
}

int Cli::writeOutput(const QString &outPath, const QByteArray &data, const QString &what)
{
    if (outPath.isEmpty() || outPath == u"-"_s) {
        m_out.flush();
        if (m_outDevice.write(data) != data.size())
            return dataError(tr("Cannot write to standard output: %1").arg(m_outDevice.errorString()));
        return Success;
    }
    QSaveFile file(outPath);
    if (!file.open(QIODevice::WriteOnly))
        return dataError(tr("Cannot write %1: %2").arg(outPath, file.errorString()));
    file.write(data);
    if (!file.commit())
        return dataError(tr("Cannot write %1: %2").arg(outPath, file.errorString()));
    m_out << tr("Wrote %1 to %2.").arg(what, outPath) << u'\n';
    return Success;
}

int Cli::backup(const Command &command, const QStringList &args)
{
    QCommandLineParser parser;
    if (auto exit = parseCommand(parser, command, args, {}, 0, 1))
        return *exit;
    const QString outPath = parser.positionalArguments().value(0);
    Database db;
    if (auto opened = openDatabase(db, command); !opened)
        return dataError(opened.error());
    if (outPath.isEmpty()) {
        auto made = BackupManager(db.path()).create(db, u"manual"_s);
        if (!made)
            return dataError(made.error());
        m_out << tr("Backed up %1 to %2.").arg(db.path(), made->path) << u'\n';
        return Success;
    }
    if (auto written = BackupManager::snapshot(db.connection(), outPath); !written)
        return dataError(written.error());
    m_out << tr("Backed up %1 to %2.").arg(db.path(), outPath) << u'\n';
    return Success;
}

int Cli::backups(const Command &command, const QStringList &args)
{
    QCommandLineParser parser;
    if (auto exit = parseCommand(parser, command, args, {}, 0, 0))
        return *exit;
    // Listing looks at the folder only, so it also works when the database
    // itself is damaged and a backup is what the user is looking for.
    const BackupManager manager(m_dbPath);
    const QList<BackupInfo> all = manager.list();
    if (all.isEmpty()) {
        m_out << tr("No backups of %1 in %2.").arg(m_dbPath, manager.folder()) << u'\n';
        return Success;
    }
    QList<QStringList> rows;
    for (const BackupInfo &b : all) {
        rows.append({b.createdUtc.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s), b.reason,
                     QLocale().formattedDataSize(b.size), b.path});
    }
    m_out << table({tr("Made"), tr("Why"), tr("Size"), tr("File")}, rows, {false, false, true, false});
    return Success;
}

int Cli::restore(const Command &command, const QStringList &args)
{
    QCommandLineParser parser;
    if (auto exit = parseCommand(parser, command, args, {}, 1, 1))
        return *exit;
    const QString backupPath = parser.positionalArguments().constFirst();
    if (!QFileInfo::exists(backupPath))
        return dataError(tr("%1 does not exist.").arg(backupPath));
    auto restored = BackupManager(m_dbPath).restore(backupPath);
    if (!restored)
        return dataError(restored.error());
    m_out << tr("Restored %1 from %2.").arg(m_dbPath, restored->restoredFrom) << u'\n';
    if (!restored->previousKeptAs.isEmpty())
        m_out << tr("The file it replaced is kept as %1.").arg(restored->previousKeptAs) << u'\n';
    return Success;
}

int Cli::check(const Command &command, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption fullOption(u"full"_s, tr("Run SQLite's full integrity_check instead of quick_check."));
    if (auto exit = parseCommand(parser, command, args, {fullOption}, 0, 0))
        return *exit;
    if (!QFileInfo::exists(m_dbPath))
        return dataError(tr("%1 does not exist.").arg(m_dbPath));
    const auto problems = IntegrityCheck::checkFile(
        m_dbPath, parser.isSet(fullOption) ? IntegrityCheck::Depth::Full : IntegrityCheck::Depth::Quick);
    if (!problems)
        return dataError(problems.error());
    if (problems->isEmpty()) {
        m_out << tr("%1: no problems found.").arg(m_dbPath) << u'\n';
        return Success;
    }
    for (const IntegrityProblem &p : *problems)
        m_out << oneLine(p.toString()) << u'\n';
    m_err << kProgram << u": "_s << tr("%1: problems found: %2.").arg(m_dbPath).arg(problems->size())
          << u'\n';
    const auto good = BackupManager(m_dbPath).newestGoodBackup();
    if (good)
        m_err << kProgram << u": "_s
              << tr("The newest good backup is %1; restore it with \"%2 --db %3 restore %1\".")
                     .arg(good->path, kProgram, m_dbPath)
              << u'\n';
    return ProblemsFound;
}

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

} // namespace

int Cli::importCsv(const Command &command, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption dryRunOption(u"dry-run"_s, tr("Check every row and report, but write nothing."));
    if (auto exit = parseCommand(parser, command, args, {dryRunOption}, 2, 2))
        return *exit;
    const auto table = csvTable(parser.positionalArguments().at(0), false);
    if (!table)
        return usageError(tr("import-csv: \"%1\" is not clients or projects.").arg(parser.positionalArguments().at(0)),
                          &command);
    const QString inPath = parser.positionalArguments().at(1);
    QFile file(inPath);
    if (!file.exists())
        return dataError(tr("%1 does not exist.").arg(inPath));
    if (!file.open(QIODevice::ReadOnly))
        return dataError(tr("Cannot read %1: %2").arg(inPath, file.errorString()));
    const QByteArray csv = file.readAll();
    const bool dryRun = parser.isSet(dryRunOption);

    Database db;
    if (auto opened = openDatabase(db, command); !opened)
        return dataError(opened.error());
    // Every row is checked before the backup, so a file full of mistakes
    // leaves no backup behind either.
    auto summary = CsvExchange::import(db, *table, csv, true);
    if (summary && !dryRun) {
        if (auto saved = backupBeforeImport(db); !saved)
            return dataError(saved.error());
        summary = CsvExchange::import(db, *table, csv, false);
    }
    if (!summary) {
        // One line per bad row, each naming the file and line.
        const QStringList problems = summary.error().split(u'\n');
        for (const QString &problem : problems)
            m_err << kProgram << u": "_s << inPath << u": "_s << problem << u'\n';
        m_err << kProgram << u": "_s << tr("Nothing was imported from %1.").arg(inPath) << u'\n';
        return DataError;
    }
    if (dryRun)
        m_out << englishPlural(tr("%1: all %n row(s) are fine; nothing was written (dry run).", nullptr, summary->rows), summary->rows).arg(inPath) << u'\n';
    else
        m_out << englishPlural(tr("Imported %n row(s) from %1.", nullptr, summary->rows), summary->rows).arg(inPath) << u'\n';
    return Success;
}

int Cli::exportCsv(const Command &command, const QStringList &args)
{
    QCommandLineParser parser;
    if (auto exit = parseCommand(parser, command, args, {}, 1, 2))
        return *exit;
    const auto table = csvTable(parser.positionalArguments().at(0), true);
    if (!table)
        return usageError(
            tr("export-csv: \"%1\" is not clients, projects or stages.").arg(parser.positionalArguments().at(0)),
            &command);
    Database db;
    if (auto opened = openDatabase(db, command); !opened)
        return dataError(opened.error());
    const auto csv = CsvExchange::exportTable(db, *table);
    if (!csv)
        return dataError(csv.error());
    return writeOutput(parser.positionalArguments().value(1), *csv, parser.positionalArguments().at(0));
}

} // namespace neuvo
