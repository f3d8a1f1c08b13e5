#pragma once

#include "console.h"

#include "core/domain/result.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

class QCommandLineParser;

namespace neuvo {

class Arguments;
class Database;

// One neuvo-cli command: its name, what follows the name, a one-line
// description, its options and how many arguments it takes. run() parses
// the command line (the command's options plus --db and --help), prints
// the help or a usage error, and hands the rest to execute(); an Error that
// execute() returns is reported as one line on standard error, exit 1.
class Command
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
    Q_DISABLE_COPY_MOVE(Command)

public:
    struct Spec
    {
        QString name;            // "clients", "client add"
        const char *synopsis;    // what follows the name, e.g. "[OUT.json]"; QT_TRANSLATE_NOOP("Cli")
        const char *description; // one line; QT_TRANSLATE_NOOP("Cli")
        // More help after the description, e.g. formats and defaults; may be
        // null. QT_TRANSLATE_NOOP("Cli")
        const char *details = nullptr;
        qsizetype minArguments = 0;
        qsizetype maxArguments = 0;
        bool needsFonts = false; // lays out text (PDF): needs a QGuiApplication
    };

    explicit Command(Spec spec, QList<QCommandLineOption> options = {});
    virtual ~Command();

    const QString &name() const { return m_spec.name; }
    bool needsFonts() const { return m_spec.needsFonts; }
    // The name and what follows it, translated: "import IN.json".
    QString usage() const;
    QString description() const;
    const QList<QCommandLineOption> &options() const { return m_options; }
    // The option with this long name, from the list given to the constructor.
    const QCommandLineOption &option(const QString &name) const;
    virtual void printHelp(Console &console) const;

    // arguments: the program and the command name first (as one item, for
    // QCommandLineParser), then what followed them.
    virtual int run(Console &console, const QStringList &arguments);

protected:
    // The options and arguments are parsed and counted; returns the exit
    // code, or an Error for a data error.
    virtual Result<int> execute(Console &console, const QCommandLineParser &parser) = 0;

private:
    Spec m_spec;
    QList<QCommandLineOption> m_options;
};

// A command that works on the --db file (KeePassXC's DatabaseCommand is the
// model): the file is opened in one place, for the access the command
// declares, after readArguments() has accepted the command line, so a
// mistyped argument never creates, upgrades or locks a file.
class DatabaseCommand : public Command
{
public:
    DatabaseCommand(Spec spec, Console::Access access, QList<QCommandLineOption> options = {});

protected:
    // Reads the arguments into the command's members before the file is
    // opened. A malformed value noted in `in` stops the command with a
    // usage error (exit 2); an Error (an input file that cannot be read)
    // with a data error (exit 1).
    virtual Result<void> readArguments(Arguments &in, const QCommandLineParser &parser);
    virtual Result<int> executeWithDatabase(Console &console, Database &db, const QCommandLineParser &parser) = 0;
    // The access this command line needs; the one given to the constructor
    // unless a command only writes with some option.
    virtual Console::Access access(const QCommandLineParser &) const { return m_access; }

private:
    Result<int> execute(Console &console, const QCommandLineParser &parser) final;

    Console::Access m_access;
};

// A command made of subcommands: "client add", "client show". Its own run()
// only picks the subcommand; the global help lists each subcommand.
class CommandGroup final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    CommandGroup(const QString &name, const char *description);

    void add(std::unique_ptr<Command> command);
    const std::vector<std::unique_ptr<Command>> &subcommands() const { return m_subcommands; }
    // The subcommand called word ("add"), or null.
    Command *find(const QString &word) const;

    void printHelp(Console &console) const override;
    int run(Console &console, const QStringList &arguments) override;

protected:
    Result<int> execute(Console &console, const QCommandLineParser &parser) override;

private:
    std::vector<std::unique_ptr<Command>> m_subcommands;
};

} // namespace neuvo
