#include "command.h"

#include "arguments.h"
#include "cli.h"

#include "core/storage/database.h"

#include <QCommandLineParser>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace neuvo {

Command::Command(Spec spec, QList<QCommandLineOption> options)
    : m_spec(std::move(spec))
    , m_options(std::move(options))
{
}

Command::~Command() = default;

QString Command::usage() const
{
    QString text = m_spec.name;
    if (m_spec.synopsis && *m_spec.synopsis)
        text += u' ' + QCoreApplication::translate("Cli", m_spec.synopsis);
    return text;
}

QString Command::description() const
{
    return QCoreApplication::translate("Cli", m_spec.description);
}

const QCommandLineOption &Command::option(const QString &name) const
{
    for (const QCommandLineOption &option : m_options) {
        if (option.names().contains(name))
            return option;
    }
    Q_ASSERT_X(false, "Command::option", "an option the command does not declare");
    return m_options.constFirst();
}

void Command::printHelp(Console &console) const
{
    QTextStream &out = console.out();
    out << tr("Usage: %1 [--db FILE] %2").arg(Console::Program, usage()) << u"\n\n"_s << description() << u"\n\n"_s;
    if (m_spec.details && *m_spec.details)
        out << QCoreApplication::translate("Cli", m_spec.details) << u"\n\n"_s;
    out << tr("Options:") << u'\n'
        << Console::optionsText(m_options + QList<QCommandLineOption>{console.dbOption(), console.helpOption()});
}

int Command::run(Console &console, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOptions(m_options);
    // --db is accepted after the command too: `neuvo-cli clients --db x`.
    parser.addOption(console.dbOption());
    parser.addOption(console.helpOption());
    if (!parser.parse(arguments))
        return console.usageError(parser.errorText(), this);
    if (parser.isSet(console.helpOption())) {
        printHelp(console);
        return Cli::Success;
    }
    if (parser.isSet(console.dbOption()))
        console.setDbPath(parser.value(console.dbOption()));
    const QStringList positional = parser.positionalArguments();
    if (positional.size() < m_spec.minArguments)
        return console.usageError(tr("%1: a required argument is missing.").arg(name()), this);
    if (positional.size() > m_spec.maxArguments)
        return console.usageError(
            tr("%1: unexpected argument \"%2\".").arg(name(), positional.at(m_spec.maxArguments)), this);
    if (console.dbPath().trimmed().isEmpty())
        return console.usageError(tr("--db needs a file name."), this);
    const auto code = execute(console, parser);
    if (!code)
        return console.dataError(code.error());
    return *code;
}

DatabaseCommand::DatabaseCommand(Spec spec, Console::Access access, QList<QCommandLineOption> options)
    : Command(std::move(spec), std::move(options))
    , m_access(access)
{
}

Result<void> DatabaseCommand::readArguments(Arguments &, const QCommandLineParser &)
{
    return {};
}

Result<int> DatabaseCommand::execute(Console &console, const QCommandLineParser &parser)
{
    Arguments in(*this, parser);
    const auto read = readArguments(in, parser);
    if (!in.ok())
        return in.usageError(console);
    if (!read)
        return Error{read.error()};
    Database db;
    if (auto opened = console.openDatabase(db, access(parser)); !opened)
        return Error{opened.error()};
    return executeWithDatabase(console, db, parser);
}

CommandGroup::CommandGroup(const QString &name, const char *description)
    : Command({name, QT_TRANSLATE_NOOP("Cli", "SUBCOMMAND [ARGS]"), description})
{
}

void CommandGroup::add(std::unique_ptr<Command> command)
{
    m_subcommands.push_back(std::move(command));
}

Command *CommandGroup::find(const QString &word) const
{
    for (const auto &command : m_subcommands) {
        if (command->name() == name() + u' ' + word)
            return command.get();
    }
    return nullptr;
}

void CommandGroup::printHelp(Console &console) const
{
    QTextStream &out = console.out();
    out << tr("Usage: %1 [--db FILE] %2").arg(Console::Program, usage()) << u"\n\n"_s << description() << u"\n\n"_s
        << tr("Subcommands:") << u'\n';
    qsizetype width = 0;
    for (const auto &command : m_subcommands)
        width = std::max(width, command->usage().size());
    for (const auto &command : m_subcommands)
        out << u"  "_s << command->usage().leftJustified(width) << u"  "_s << command->description() << u'\n';
    out << u'\n'
        << tr("Run \"%1 %2 SUBCOMMAND --help\" for the options of one.").arg(Console::Program, name()) << u'\n';
}

int CommandGroup::run(Console &console, const QStringList &arguments)
{
    const QString word = arguments.value(1);
    if (word == u"-h"_s || word == u"--help"_s) {
        printHelp(console);
        return Cli::Success;
    }
    QStringList names;
    for (const auto &command : m_subcommands)
        names << command->name().mid(name().size() + 1);
    if (word.isEmpty())
        return console.usageError(tr("%1: say what to do: %2.").arg(name(), names.join(u", "_s)), this);
    Command *command = find(word);
    if (!command)
        return console.usageError(
            tr("%1: unknown subcommand \"%2\"; it is one of %3.").arg(name(), word, names.join(u", "_s)), this);
    QStringList rest = arguments.mid(2);
    rest.prepend(Console::Program + u' ' + command->name());
    return command->run(console, rest);
}

Result<int> CommandGroup::execute(Console &, const QCommandLineParser &)
{
    // run() hands every command line to a subcommand.
    return int(Cli::UsageError);
}

} // namespace neuvo
