#include "cli.h"

#include "command.h"
#include "console.h"
#include "commands/commands.h"

#include <QCommandLineParser>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace neuvo {

// help [COMMAND [SUBCOMMAND]]: the global help, or one command's.
class HelpCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    explicit HelpCommand(Cli *cli)
        : Command({u"help"_s, QT_TRANSLATE_NOOP("Cli", "[COMMAND]"),
                   QT_TRANSLATE_NOOP("Cli", "Show this help, or the help of one command."), nullptr, 0, 2})
        , m_cli(cli)
    {
    }

protected:
    Result<int> execute(Console &console, const QCommandLineParser &parser) override
    {
        const QStringList words = parser.positionalArguments();
        if (words.isEmpty()) {
            m_cli->printGlobalHelp();
            return int(Cli::Success);
        }
        Command *command = m_cli->find(words.at(0));
        if (command && words.size() == 2) {
            const auto *group = dynamic_cast<const CommandGroup *>(command);
            command = group ? group->find(words.at(1)) : nullptr;
        }
        if (!command)
            return console.usageError(tr("Unknown command \"%1\".").arg(words.join(u' ')));
        command->printHelp(console);
        return int(Cli::Success);
    }

private:
    Cli *m_cli;
};

Cli::Cli(QIODevice &out, QIODevice &err)
    : m_console(std::make_unique<Console>(out, err))
{
    m_sections = makeSections();
    m_sections.back().commands.push_back(std::make_unique<HelpCommand>(this));
}

Cli::~Cli() = default;

std::vector<Cli::Section> Cli::makeSections()
{
    auto join = [](std::initializer_list<commands::CommandList *> lists) {
        commands::CommandList all;
        for (commands::CommandList *list : lists)
            std::move(list->begin(), list->end(), std::back_inserter(all));
        return all;
    };
    commands::CommandList data = commands::data();
    commands::CommandList csv = commands::csv();
    commands::CommandList profile = commands::profile();
    commands::CommandList clients = commands::clients();
    commands::CommandList projects = commands::projects();
    commands::CommandList reports = commands::reports();
    commands::CommandList reminders = commands::reminders();
    std::vector<Section> sections;
    sections.push_back({QT_TRANSLATE_NOOP("Cli", "Data:"), join({&data, &csv, &profile})});
    sections.push_back({QT_TRANSLATE_NOOP("Cli", "Clients and projects:"), join({&clients, &projects})});
    sections.push_back({QT_TRANSLATE_NOOP("Cli", "Contacts, promises and red flags:"), commands::contacts()});
    sections.push_back({QT_TRANSLATE_NOOP("Cli", "Reports and reminders:"), join({&reports, &reminders})});
    sections.push_back({QT_TRANSLATE_NOOP("Cli", "Documents:"), commands::documents()});
    sections.push_back({QT_TRANSLATE_NOOP("Cli", "Negotiation:"), commands::negotiation()});
    sections.push_back({QT_TRANSLATE_NOOP("Cli", "Invoices:"), commands::invoices()});
    sections.push_back({QT_TRANSLATE_NOOP("Cli", "Backups and checks:"), commands::safety()});
    sections.push_back({QT_TRANSLATE_NOOP("Cli", "Help:"), {}});
    return sections;
}

Command *Cli::find(const QString &name) const
{
    for (const Section &section : m_sections) {
        for (const auto &command : section.commands) {
            if (command->name() == name)
                return command.get();
        }
    }
    return nullptr;
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
        for (const Section &section : makeSections()) {
            for (const auto &command : section.commands) {
                if (command->name() == arg)
                    return command->needsFonts();
            }
        }
        return false;
    }
    return false;
}

void Cli::setOutputIsTerminal(bool terminal)
{
    m_console->setOutputIsTerminal(terminal);
}

int Cli::run(const QStringList &arguments)
{
    Console &console = *m_console;
    QCommandLineParser parser;
    parser.addOptions({console.dbOption(), console.helpOption(), console.versionOption()});
    // Everything from the command name on belongs to the command, which
    // parses its own options.
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    if (!parser.parse(arguments.isEmpty() ? QStringList{Console::Program} : arguments))
        return console.usageError(parser.errorText());
    if (parser.isSet(console.versionOption())) {
        console.out() << Console::Program << u' ' << QStringLiteral(NEUVO_VERSION) << u'\n';
        return Success;
    }
    if (parser.isSet(console.helpOption())) {
        printGlobalHelp();
        return Success;
    }
    if (parser.isSet(console.dbOption()))
        console.setDbPath(parser.value(console.dbOption()));

    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return console.usageError(tr("No command given."));
    Command *command = find(positional.constFirst());
    if (!command)
        return console.usageError(tr("Unknown command \"%1\".").arg(positional.constFirst()));
    // QCommandLineParser expects the program name first.
    QStringList args = positional;
    args[0] = Console::Program + u' ' + positional.constFirst();
    return command->run(console, args);
}

void Cli::printGlobalHelp()
{
    QTextStream &out = m_console->out();
    out << tr("Usage: %1 [--db FILE] COMMAND [ARGS]").arg(Console::Program) << u"\n\n"_s
        << tr("Neuvo keeps clients, projects, staged payments and red flags for a freelancer.") << u"\n\n"_s
        << tr("Options:") << u'\n'
        << Console::optionsText({m_console->dbOption(), m_console->helpOption(), m_console->versionOption()});
    // A group lists its subcommands, each on a line of its own.
    auto lines = [](const Command &command) {
        QList<const Command *> shown;
        if (const auto *group = dynamic_cast<const CommandGroup *>(&command)) {
            for (const auto &sub : group->subcommands())
                shown << sub.get();
        } else {
            shown << &command;
        }
        return shown;
    };
    qsizetype width = 0;
    for (const Section &section : m_sections) {
        for (const auto &command : section.commands) {
            for (const Command *shown : lines(*command))
                width = std::max(width, shown->usage().size());
        }
    }
    for (const Section &section : m_sections) {
        out << u'\n' << QCoreApplication::translate("Cli", section.title) << u'\n';
        for (const auto &command : section.commands) {
            for (const Command *shown : lines(*command))
                out << u"  "_s << shown->usage().leftJustified(width) << u"  "_s << shown->description() << u'\n';
        }
    }
    out << u'\n' << tr("Run \"%1 COMMAND --help\" for the options of one command.").arg(Console::Program) << u'\n';
}

} // namespace neuvo
