#pragma once

#include "core/domain/result.h"
#include "core/exchange/terminaltext.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <optional>

class QCommandLineParser;
class QIODevice;

namespace neuvo {

class Database;
class DocumentLanguage;
struct Facts;
struct Finding;

// neuvo-cli: `neuvo-cli [--db FILE] COMMAND [ARGS]`. Parses the command line
// and hands each command to core; no domain logic lives here. A command is a
// row in the command table (name, synopsis, description, handler), so adding
// one is a handler plus a row, and --help lists it by itself.
class Cli final
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
    Q_DISABLE_COPY_MOVE(Cli)

public:
    enum ExitCode : int {
        Success = 0,
        DataError = 1,  // bad input or data: file missing, database unusable, invalid import
        UsageError = 2, // bad command line: unknown command or option, missing argument
        HighFindings = 3, // flags/alerts: at least one finding of high severity
        ProblemsFound = 4, // check: the database has problems
    };

    // out receives results (tables, JSON), err receives messages; text
    // reaches both with control characters escaped (safeForTerminal).
    Cli(QIODevice &out, QIODevice &err);
    ~Cli();

    // arguments as QCoreApplication::arguments(): the program first.
    int run(const QStringList &arguments);

    // Whether the command named in arguments (the program first) lays out
    // text and so needs a QGuiApplication for its fonts; asked before any
    // application object exists, so the others stay headless QCoreApplication.
    static bool needsGuiApplication(const QStringList &arguments);

private:
    struct Command
    {
        const char *name;
        const char *synopsis;    // what follows the name, e.g. "[OUT.json]"; QT_TRANSLATE_NOOP("Cli")
        const char *description; // one line; QT_TRANSLATE_NOOP("Cli")
        int (Cli::*handler)(const Command &command, const QStringList &args);
        bool createsDatabase;    // may create the file; the others need it to exist
        bool needsFonts = false; // lays out text (PDF): needs a QGuiApplication
    };
    static const QList<Command> &commands();
    static const Command *findCommand(const QString &name);

    int help(const Command &command, const QStringList &args);
    int demo(const Command &command, const QStringList &args);
    int exportJson(const Command &command, const QStringList &args);
    int importJson(const Command &command, const QStringList &args);
    int clients(const Command &command, const QStringList &args);
    int info(const Command &command, const QStringList &args);
    int flags(const Command &command, const QStringList &args);
    int alerts(const Command &command, const QStringList &args);
    int backup(const Command &command, const QStringList &args);
    int backups(const Command &command, const QStringList &args);
    int restore(const Command &command, const QStringList &args);
    int check(const Command &command, const QStringList &args);
    int importCsv(const Command &command, const QStringList &args);
    int exportCsv(const Command &command, const QStringList &args);
    // Writes data to standard output, or atomically to a file.
    int writeOutput(const QString &outPath, const QByteArray &data, const QString &what);
    // The "import" backup made before an import changes an existing file.
    Result<void> backupBeforeImport(Database &db);
    int contract(const Command &command, const QStringList &args);
    int quote(const Command &command, const QStringList &args);
    int invoice(const Command &command, const QStringList &args);
    int letter(const Command &command, const QStringList &args);

    enum class PrintKind { Contract, Quote, Invoice };
    // contract, quote and invoice: parse, load, build, write the PDF.
    int printDocument(const Command &command, const QStringList &args, PrintKind kind);
    // --lang: the document language, by default the system's when Neuvo
    // writes documents in it, else English; returns a usage error's code.
    std::optional<int> parseLanguage(const QCommandLineParser &parser, const QCommandLineOption &option,
                                     const Command &command, DocumentLanguage &language);

    // Opens the database and evaluates every rule as of today; returns the
    // exit code when that fails.
    std::optional<int> evaluateRules(const Command &command, const QDate &today, Facts &facts,
                                     QList<Finding> &findings);
    // Reads --today (exactly YYYY-MM-DD) into today, the current date when
    // absent; returns the exit code of a usage error.
    std::optional<int> parseToday(const QCommandLineParser &parser, const QCommandLineOption &option,
                                  const Command &command, QDate &today);

    // Parses a command's own options (plus --db and --help) and checks the
    // number of positional arguments. Returns an exit code when the command
    // must stop here (help shown or usage error), nothing when it may go on.
    std::optional<int> parseCommand(QCommandLineParser &parser, const Command &command,
                                    const QStringList &args, const QList<QCommandLineOption> &options,
                                    qsizetype minPositional, qsizetype maxPositional);
    Result<void> openDatabase(Database &db, const Command &command);

    QList<QCommandLineOption> globalOptions() const;
    QString optionsText(const QList<QCommandLineOption> &options) const;
    QString synopsis(const Command &command) const;
    void printGlobalHelp();
    void printCommandHelp(const Command &command, const QList<QCommandLineOption> &options);

    int usageError(const QString &message, const Command *command = nullptr);
    int dataError(const QString &message);

    QIODevice &m_outDevice;
    // Every message and table goes through these on its way out, so names
    // holding terminal escapes print as visible text; data written with
    // writeOutput() (JSON, CSV) bypasses them and stays byte for byte.
    TerminalSafeDevice m_safeOut;
    TerminalSafeDevice m_safeErr;
    QTextStream m_out;
    QTextStream m_err;
    QString m_dbPath;
    QCommandLineOption m_dbOption;
    QCommandLineOption m_helpOption;
    QCommandLineOption m_versionOption;
};

} // namespace neuvo
