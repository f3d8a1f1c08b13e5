#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

class QIODevice;

namespace neuvo {

class Command;
class Console;

// neuvo-cli: `neuvo-cli [--db FILE] COMMAND [ARGS]`. Parses the global
// options and hands the command line to one of the commands (cli/commands/,
// one file per group), which call core; no domain logic lives here.
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

    // Whether out is a terminal, for data written as it is (export): found
    // out from the device; a test sets it to see both behaviours.
    void setOutputIsTerminal(bool terminal);

    // Whether the command named in arguments (the program first) lays out
    // text and so needs a QGuiApplication for its fonts; asked before any
    // application object exists, so the others stay headless QCoreApplication.
    static bool needsGuiApplication(const QStringList &arguments);

    // The commands under a heading each, in the order --help lists them.
    struct Section
    {
        const char *title; // QT_TRANSLATE_NOOP("Cli")
        std::vector<std::unique_ptr<Command>> commands;
    };

private:
    static std::vector<Section> makeSections();
    // The command (a group or a plain one) called name, or null.
    Command *find(const QString &name) const;
    void printGlobalHelp();
    friend class HelpCommand;

    std::unique_ptr<Console> m_console;
    std::vector<Section> m_sections;
};

} // namespace neuvo
