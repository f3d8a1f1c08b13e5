// The red-flag engine's two reports: each client's flags and risk, and the
// to-do list of alerts.
#include "commands.h"

#include "cli/arguments.h"
#include "cli/cli.h"

#include "core/domain/plural.h"
#include "core/reminders/announcements.h"
#include "core/rules/findingsreport.h"
#include "core/rules/redflags.h"
#include "core/storage/database.h"

#include <QJsonDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace neuvo::commands {

namespace {

// Evaluates every rule as of --today (the current date by default), never
// the clock inside a rule, so a report can be reproduced.
class ReportCommand : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    ReportCommand(Spec spec, QList<QCommandLineOption> options)
        : DatabaseCommand(std::move(spec), Console::Access::Read,
                          QList<QCommandLineOption>{Arguments::todayOption()} + options + QList{Arguments::jsonOption()})
    {
    }

protected:
    Result<void> readArguments(Arguments &in, const QCommandLineParser &) override
    {
        m_today = in.date(option(u"today"_s), QDate::currentDate());
        readReportArguments(in);
        return {};
    }
    virtual void readReportArguments(Arguments &) {}

    Result<int> executeWithDatabase(Console &console, Database &db, const QCommandLineParser &parser) override
    {
        auto facts = Facts::load(db);
        if (!facts)
            return Error{facts.error()};
        const QList<Finding> findings = RedFlagEngine::evaluate(*facts, m_today);
        // The reports name clients and projects only: the log and the
        // projects' stages and revisions, most of the facts, go before the
        // report is built, so the two are not held at once.
        facts->interactions = {};
        facts->promises = {};
        facts->observations = {};
        for (Project &p : facts->projects) {
            p.stages = {};
            p.revisions = {};
            p.priceChanges = {};
            p.includedItems = {};
        }
        return report(console, *facts, findings, parser.isSet(option(u"json"_s)));
    }
    virtual Result<int> report(Console &console, const Facts &facts, const QList<Finding> &findings, bool json) = 0;

    QDate m_today;
};

class FlagsCommand final : public ReportCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    FlagsCommand()
        : ReportCommand({u"flags"_s, QT_TRANSLATE_NOOP("Cli", "[--today YYYY-MM-DD] [--client ID] [--json]"),
                         QT_TRANSLATE_NOOP("Cli", "Each client's flags and risk level, with evidence, and apart your "
                                                  "alerts about the client (they never change the risk). Exit 3 when "
                                                  "a flag is high.")},
                        {QCommandLineOption(u"client"_s, tr("Only this client."), tr("ID"))})
    {
    }

protected:
    void readReportArguments(Arguments &in) override { m_clientId = in.id(option(u"client"_s)); }

    Result<int> report(Console &console, const Facts &facts, const QList<Finding> &findings, bool json) override
    {
        if (m_clientId > 0 && std::none_of(facts.clients.cbegin(), facts.clients.cend(),
                                           [this](const Client &c) { return c.id == m_clientId; }))
            return fail(tr("Client #%1 does not exist.").arg(m_clientId));
        if (json)
            console.writeUtf8(FindingsReport::flagsJsonText(facts, findings, m_today, m_clientId));
        else
            console.out() << FindingsReport::flagsText(facts, findings, m_today, m_clientId);
        return int(FindingsReport::flagsHaveHigh(findings, m_clientId) ? Cli::HighFindings : Cli::Success);
    }

private:
    qint64 m_clientId = 0;
};

class AlertsCommand final : public ReportCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    AlertsCommand()
        : ReportCommand(
              {u"alerts"_s, QT_TRANSLATE_NOOP("Cli", "[--today YYYY-MM-DD] [--json] [--notify]"),
               QT_TRANSLATE_NOOP("Cli", "What needs doing, soonest first. Exit 3 when any alert is high."),
               QT_TRANSLATE_NOOP("Cli", "--notify also shows a desktop notification for each new serious warning "
                                        "and each thing coming due, as the desktop application does: each only "
                                        "once, not during quiet hours, not when notifications are off "
                                        "(\"reminders set\"), and not while a Neuvo has the database open, which "
                                        "announces them itself. The reminder timer runs it (see the README).")},
              {QCommandLineOption(u"notify"_s, tr("Also announce what is new on the desktop."))})
    {
    }

protected:
    Result<int> report(Console &console, const Facts &facts, const QList<Finding> &findings, bool json) override
    {
        if (json)
            console.out() << QJsonDocument(FindingsReport::alertsJson(facts, findings, m_today))
                                 .toJson(QJsonDocument::Indented);
        else
            console.out() << FindingsReport::alertsText(facts, findings, m_today);
        return int(FindingsReport::alertsHaveHigh(findings) ? Cli::HighFindings : Cli::Success);
    }

    Result<int> executeWithDatabase(Console &console, Database &db, const QCommandLineParser &parser) override
    {
        const auto code = ReportCommand::executeWithDatabase(console, db, parser);
        if (!code || !parser.isSet(option(u"notify"_s)))
            return code;
        console.out().flush();
        // The report was for --today; notifications are about now.
        const auto facts = Facts::load(db);
        if (!facts)
            return Error{facts.error()};
        const QDateTime now = QDateTime::currentDateTime();
        const QList<Finding> findings = RedFlagEngine::evaluate(*facts, now.date());
        DesktopNotifications desktop;
        const auto outcome = DesktopAnnouncer::announce(db, *facts, findings, now, desktop);
        if (!outcome)
            return Error{outcome.error()};
        if (outcome->sent > 0)
            console.warn(englishPlural(tr("announced %n new reminder(s) on the desktop.", nullptr, outcome->announced),
                                       outcome->announced));
        if (!outcome->notSentBecause.isEmpty())
            console.warn(outcome->sent > 0 ? tr("some reminders were not announced: %1.").arg(outcome->notSentBecause)
                                           : tr("nothing was announced: %1.").arg(outcome->notSentBecause));
        return code;
    }
};

} // namespace

CommandList reports()
{
    CommandList list;
    list.push_back(std::make_unique<FlagsCommand>());
    list.push_back(std::make_unique<AlertsCommand>());
    return list;
}

} // namespace neuvo::commands
