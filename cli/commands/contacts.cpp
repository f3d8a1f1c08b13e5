// What happens with a client between projects: the interaction log,
// promises made to the client, and the observations of the "when to
// decline" checklist, with the checks of the client page's tabs.
#include "commands.h"

#include "cli/arguments.h"
#include "cli/cli.h"
#include "cli/records.h"

#include "core/storage/database.h"
#include "core/storage/deletion.h"
#include "core/storage/stores.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace neuvo::commands {

namespace {

// A --project given with a client must be one of that client's projects, as
// the desktop offers only those.
Result<void> checkProjectOfClient(Database &db, qint64 projectId, qint64 clientId)
{
    if (projectId <= 0)
        return {};
    const auto project = ProjectStore(db).get(projectId);
    if (!project)
        return Error{project.error()};
    if (project->clientId != clientId)
        return fail(QCoreApplication::translate("Cli", "--project: \"%1\" (#%2) is not a project of client #%3.")
                        .arg(project->title)
                        .arg(projectId)
                        .arg(clientId));
    return {};
}

// An optional field given as an option: an empty value clears it.
qint64 optionalId(Arguments &in, const QCommandLineOption &option)
{
    return in.text(option).isEmpty() ? 0 : in.id(option);
}

QDate optionalDate(Arguments &in, const QCommandLineOption &option)
{
    return in.text(option).isEmpty() ? QDate() : in.date(option, QDate());
}

class LogCommand final : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    LogCommand()
        : DatabaseCommand(
              {u"log"_s, QT_TRANSLATE_NOOP("Cli", "CLIENT_ID --summary TEXT [OPTIONS]"),
               QT_TRANSLATE_NOOP("Cli", "Log a call, message or meeting with a client."),
               QT_TRANSLATE_NOOP("Cli", "Without options it is an inbound e-mail of the general kind, now. An "
                                        "agreement made by phone or in a meeting waits for its written "
                                        "confirmation: print the follow-up letter with \"letter ID\" and give "
                                        "--confirmed-on when the client has confirmed."),
               1, 1},
              Console::Access::Write,
              {QCommandLineOption(u"summary"_s, tr("What was said or agreed."), tr("TEXT")),
               QCommandLineOption(u"channel"_s, tr("How (default: email)."), allIds<Channel>().join(u'|')),
               QCommandLineOption(u"direction"_s, tr("in: from the client, out: from you (default: in)."),
                                  allIds<Direction>().join(u'|')),
               QCommandLineOption(u"kind"_s,
                                  tr("What kind of contact: %1 (default: general).")
                                      .arg(allIds<InteractionKind>().join(u", "_s)),
                                  tr("KIND")),
               QCommandLineOption(u"project"_s, tr("The project it was about."), tr("ID")),
               QCommandLineOption(u"at"_s, tr("When it happened, in local time (default: now)."),
                                  tr("YYYY-MM-DDTHH:MM")),
               QCommandLineOption(u"confirmed-on"_s, tr("When the client confirmed it in writing."),
                                  tr("YYYY-MM-DD"))})
    {
    }

protected:
    Result<void> readArguments(Arguments &in, const QCommandLineParser &) override
    {
        Interaction &i = m_interaction;
        i = Interaction();
        i.clientId = in.id(0, tr("CLIENT_ID"));
        i.summary = in.text(option(u"summary"_s)).trimmed();
        i.channel = in.choice(option(u"channel"_s), i.channel);
        i.direction = in.choice(option(u"direction"_s), i.direction);
        i.kind = in.choice(option(u"kind"_s), i.kind);
        i.projectId = in.id(option(u"project"_s));
        i.at = in.localDateTime(option(u"at"_s), QDateTime::currentDateTimeUtc());
        i.confirmedOn = in.date(option(u"confirmed-on"_s), QDate());
        return {};
    }

    Result<int> executeWithDatabase(Console &console, Database &db, const QCommandLineParser &) override
    {
        Interaction &i = m_interaction;
        const auto client = ClientStore(db).get(i.clientId);
        if (!client)
            return Error{client.error()};
        if (auto owned = checkProjectOfClient(db, i.projectId, i.clientId); !owned)
            return Error{owned.error()};
        if (auto valid = InteractionStore::validate(i); !valid)
            return Error{valid.error()};
        auto saved = db.transaction([&] { return InteractionStore(db).create(i); });
        if (!saved)
            return Error{saved.error()};
        console.out() << tr("Logged interaction #%1 with %2 (#%3): %4, %5, %6 at %7.")
                             .arg(i.id)
                             .arg(client->name)
                             .arg(client->id)
                             .arg(toId(i.channel), toId(i.direction), toId(i.kind), Records::localTime(i.at))
                      << u'\n';
        const bool spoken = i.channel == Channel::Phone || i.channel == Channel::Meeting;
        if (i.kind == InteractionKind::Agreement && spoken && !i.confirmedOn.isValid())
            console.out() << tr("Fix it in writing: \"%1 letter %2\" prints the follow-up letter.")
                                 .arg(Console::Program)
                                 .arg(i.id)
                          << u'\n';
        return int(Cli::Success);
    }

private:
    Interaction m_interaction;
};

class PromiseAddCommand final : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    PromiseAddCommand()
        : DatabaseCommand({u"promise add"_s, QT_TRANSLATE_NOOP("Cli", "CLIENT_ID WHAT [--due YYYY-MM-DD]"),
                           QT_TRANSLATE_NOOP("Cli", "Note a promise made to a client, small and exact: \"Send the "
                                                    "brief on Tuesday\"."),
                           nullptr, 2, 2},
                          Console::Access::Write,
                          {QCommandLineOption(u"due"_s, tr("When it is due (default: tomorrow)."), tr("YYYY-MM-DD")),
                           QCommandLineOption(u"project"_s, tr("The project it is about."), tr("ID"))})
    {
    }

protected:
    Result<void> readArguments(Arguments &in, const QCommandLineParser &) override
    {
        m_promise = Promise();
        m_promise.clientId = in.id(0, tr("CLIENT_ID"));
        m_promise.what = in.positional(1).trimmed();
        m_promise.dueOn = in.date(option(u"due"_s), QDate::currentDate().addDays(1));
        m_promise.projectId = in.id(option(u"project"_s));
        return {};
    }

    Result<int> executeWithDatabase(Console &console, Database &db, const QCommandLineParser &) override
    {
        const auto client = ClientStore(db).get(m_promise.clientId);
        if (!client)
            return Error{client.error()};
        if (auto owned = checkProjectOfClient(db, m_promise.projectId, m_promise.clientId); !owned)
            return Error{owned.error()};
        auto saved = db.transaction([&] { return PromiseStore(db).create(m_promise); });
        if (!saved)
            return Error{saved.error()};
        console.out() << tr("Promise #%1 to %2 (#%3), due %4: %5")
                             .arg(m_promise.id)
                             .arg(client->name)
                             .arg(client->id)
                             .arg(Records::date(m_promise.dueOn), m_promise.what)
                      << u'\n';
        return int(Cli::Success);
    }

private:
    Promise m_promise;
};

class PromiseDoneCommand final : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    PromiseDoneCommand()
        : DatabaseCommand({u"promise done"_s, QT_TRANSLATE_NOOP("Cli", "PROMISE_ID [--on YYYY-MM-DD]"),
                           QT_TRANSLATE_NOOP("Cli", "Mark a promise as kept."), nullptr, 1, 1},
                          Console::Access::Write,
                          {Arguments::onOption(tr("The day it was kept (default: today)."))})
    {
    }

protected:
    Result<void> readArguments(Arguments &in, const QCommandLineParser &) override
    {
        m_promiseId = in.id(0, tr("PROMISE_ID"));
        m_on = in.date(option(u"on"_s), QDate::currentDate());
        return {};
    }

    Result<int> executeWithDatabase(Console &console, Database &db, const QCommandLineParser &) override
    {
        PromiseStore store(db);
        auto promise = store.get(m_promiseId);
        if (!promise)
            return Error{promise.error()};
        if (promise->doneOn.isValid())
            return fail(tr("Promise #%1 was kept on %2 already.").arg(m_promiseId).arg(Records::date(promise->doneOn)));
        promise->doneOn = m_on;
        auto saved = db.transaction([&] { return store.update(*promise); });
        if (!saved)
            return Error{saved.error()};
        console.out() << tr("Promise #%1 kept on %2: %3").arg(m_promiseId).arg(Records::date(m_on), promise->what)
                      << u'\n';
        return int(Cli::Success);
    }

private:
    qint64 m_promiseId = 0;
    QDate m_on;
};

class PromiseListCommand final : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    PromiseListCommand()
        : DatabaseCommand({u"promise list"_s, QT_TRANSLATE_NOOP("Cli", "[--client ID] [--open] [--json]"),
                           QT_TRANSLATE_NOOP("Cli", "List the promises, soonest due first.")},
                          Console::Access::Read,
                          {QCommandLineOption(u"client"_s, tr("Only this client's promises."), tr("ID")),
                           QCommandLineOption(u"open"_s, tr("Only the promises not kept yet.")),
                           Arguments::jsonOption()})
    {
    }

protected:
    Result<void> readArguments(Arguments &in, const QCommandLineParser &) override
    {
        m_clientId = in.id(option(u"client"_s));
        return {};
    }

    Result<int> executeWithDatabase(Console &console, Database &db, const QCommandLineParser &parser) override
    {
        const auto clientNames = Records::clientNames(db, m_clientId);
        if (!clientNames)
            return Error{clientNames.error()};
        const QHash<qint64, QString> &names = *clientNames;
        const auto all = PromiseStore(db).list(m_clientId);
        if (!all)
            return Error{all.error()};
        QList<Promise> promises;
        for (const Promise &p : *all) {
            if (!parser.isSet(option(u"open"_s)) || !p.doneOn.isValid())
                promises << p;
        }

        if (parser.isSet(option(u"json"_s))) {
            QJsonArray list;
            auto dateValue = [](const QDate &d) { return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(); };
            for (const Promise &p : promises) {
                list.append(QJsonObject{{u"id"_s, p.id},
                                        {u"client"_s, p.clientId},
                                        {u"client_name"_s, names.value(p.clientId)},
                                        {u"project"_s, p.projectId > 0 ? QJsonValue(p.projectId) : QJsonValue()},
                                        {u"what"_s, p.what},
                                        {u"due_on"_s, dateValue(p.dueOn)},
                                        {u"done_on"_s, dateValue(p.doneOn)}});
            }
            console.out() << QJsonDocument(QJsonObject{{u"promises"_s, list}}).toJson(QJsonDocument::Indented);
            return int(Cli::Success);
        }
        if (promises.isEmpty()) {
            console.out() << tr("No promises.") << u'\n';
            return int(Cli::Success);
        }
        QList<QStringList> rows;
        for (const Promise &p : promises) {
            rows.append({QString::number(p.id), Records::date(p.dueOn), Records::date(p.doneOn),
                         names.value(p.clientId), p.what});
        }
        console.out() << Console::table({tr("ID"), tr("Due"), tr("Kept"), tr("Client"), tr("What")}, rows,
                                        {true, false, false, false, false});
        return int(Cli::Success);
    }

private:
    qint64 m_clientId = 0;
};

// interaction edit: the options given replace the stored values, then the
// checks of a new entry, then one transaction.
class InteractionEditCommand final : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    InteractionEditCommand()
        : DatabaseCommand({u"interaction edit"_s, QT_TRANSLATE_NOOP("Cli", "INTERACTION_ID [OPTIONS]"),
                           QT_TRANSLATE_NOOP("Cli", "Change a logged interaction: only the options given change."),
                           nullptr, 1, 1},
                          Console::Access::Write,
                          {QCommandLineOption(u"summary"_s, tr("What was said or agreed."), tr("TEXT")),
                           QCommandLineOption(u"channel"_s, tr("How."), allIds<Channel>().join(u'|')),
                           QCommandLineOption(u"direction"_s, tr("in: from the client, out: from you."),
                                              allIds<Direction>().join(u'|')),
                           QCommandLineOption(u"kind"_s,
                                              tr("What kind of contact: %1.").arg(allIds<InteractionKind>().join(u", "_s)),
                                              tr("KIND")),
                           QCommandLineOption(u"project"_s, tr("The project it was about (\"\": none)."), tr("ID")),
                           QCommandLineOption(u"at"_s, tr("When it happened, in local time."), tr("YYYY-MM-DDTHH:MM")),
                           QCommandLineOption(u"confirmed-on"_s,
                                              tr("When the client confirmed it in writing (\"\": not confirmed)."),
                                              tr("YYYY-MM-DD")),
                           Arguments::ifVersionOption()})
    {
    }

protected:
    Result<void> readArguments(Arguments &in, const QCommandLineParser &) override
    {
        m_id = in.id(0, tr("INTERACTION_ID"));
        Interaction &i = m_changes;
        i = Interaction();
        i.summary = in.text(option(u"summary"_s)).trimmed();
        i.channel = in.choice(option(u"channel"_s), i.channel);
        i.direction = in.choice(option(u"direction"_s), i.direction);
        i.kind = in.choice(option(u"kind"_s), i.kind);
        i.projectId = optionalId(in, option(u"project"_s));
        i.at = in.localDateTime(option(u"at"_s), QDateTime());
        i.confirmedOn = optionalDate(in, option(u"confirmed-on"_s));
        i.rowVersion.value = in.id(option(u"if-version"_s));
        m_given = in.givenOptions(true);
        return {};
    }

    Result<int> executeWithDatabase(Console &console, Database &db, const QCommandLineParser &) override
    {
        InteractionStore store(db);
        auto stored = store.get(m_id);
        if (!stored)
            return Error{stored.error()};
        Interaction i = *stored;
        if (m_changes.rowVersion.value > 0)
            i.rowVersion = m_changes.rowVersion;
        const auto given = [&](const char *name) { return m_given.contains(QLatin1StringView(name)); };
        if (given("summary"))
            i.summary = m_changes.summary;
        if (given("channel"))
            i.channel = m_changes.channel;
        if (given("direction"))
            i.direction = m_changes.direction;
        if (given("kind"))
            i.kind = m_changes.kind;
        if (given("project"))
            i.projectId = m_changes.projectId;
        if (given("at"))
            i.at = m_changes.at;
        if (given("confirmed-on"))
            i.confirmedOn = m_changes.confirmedOn;
        if (auto owned = checkProjectOfClient(db, i.projectId, i.clientId); !owned)
            return Error{owned.error()};
        if (auto valid = InteractionStore::validate(i); !valid)
            return Error{valid.error()};
        if (auto saved = db.transaction([&] { return store.update(i); }); !saved)
            return Error{saved.error()};
        console.out() << tr("Saved interaction #%1: %2, %3, %4 at %5.")
                             .arg(i.id)
                             .arg(toId(i.channel), toId(i.direction), toId(i.kind), Records::localTime(i.at))
                      << u'\n';
        return int(Cli::Success);
    }

private:
    qint64 m_id = 0;
    Interaction m_changes;
    QStringList m_given;
};

class InteractionDeleteCommand final : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    InteractionDeleteCommand()
        : DatabaseCommand({u"interaction delete"_s, QT_TRANSLATE_NOOP("Cli", "INTERACTION_ID"),
                           QT_TRANSLATE_NOOP("Cli", "Delete a logged interaction."), nullptr, 1, 1},
                          Console::Access::Write)
    {
    }

protected:
    Result<void> readArguments(Arguments &in, const QCommandLineParser &) override
    {
        m_id = in.id(0, tr("INTERACTION_ID"));
        return {};
    }

    Result<int> executeWithDatabase(Console &console, Database &db, const QCommandLineParser &) override
    {
        auto deleted = Deletion::deleteInteraction(db, m_id);
        if (!deleted)
            return Error{deleted.error()};
        console.out() << tr("Deleted interaction #%1: %2").arg(m_id).arg(deleted->interactions.first().summary)
                      << u'\n';
        return int(Cli::Success);
    }

private:
    qint64 m_id = 0;
};

class PromiseEditCommand final : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    PromiseEditCommand()
        : DatabaseCommand({u"promise edit"_s, QT_TRANSLATE_NOOP("Cli", "PROMISE_ID [OPTIONS]"),
                           QT_TRANSLATE_NOOP("Cli", "Change a promise: only the options given change."), nullptr, 1,
                           1},
                          Console::Access::Write,
                          {QCommandLineOption(u"what"_s, tr("What was promised."), tr("TEXT")),
                           QCommandLineOption(u"due"_s, tr("When it is due."), tr("YYYY-MM-DD")),
                           QCommandLineOption(u"project"_s, tr("The project it is about (\"\": none)."), tr("ID")),
                           QCommandLineOption(u"kept-on"_s, tr("The day it was kept (\"\": not kept yet)."),
                                              tr("YYYY-MM-DD")),
                           Arguments::ifVersionOption()})
    {
    }

protected:
    Result<void> readArguments(Arguments &in, const QCommandLineParser &) override
    {
        m_id = in.id(0, tr("PROMISE_ID"));
        m_changes = Promise();
        m_changes.what = in.text(option(u"what"_s)).trimmed();
        m_changes.dueOn = in.date(option(u"due"_s), QDate());
        m_changes.projectId = optionalId(in, option(u"project"_s));
        m_changes.doneOn = optionalDate(in, option(u"kept-on"_s));
        m_changes.rowVersion.value = in.id(option(u"if-version"_s));
        m_given = in.givenOptions(true);
        return {};
    }

    Result<int> executeWithDatabase(Console &console, Database &db, const QCommandLineParser &) override
    {
        PromiseStore store(db);
        auto stored = store.get(m_id);
        if (!stored)
            return Error{stored.error()};
        Promise p = *stored;
        if (m_changes.rowVersion.value > 0)
            p.rowVersion = m_changes.rowVersion;
        const auto given = [&](const char *name) { return m_given.contains(QLatin1StringView(name)); };
        if (given("what"))
            p.what = m_changes.what;
        if (given("due"))
            p.dueOn = m_changes.dueOn;
        if (given("project"))
            p.projectId = m_changes.projectId;
        if (given("kept-on"))
            p.doneOn = m_changes.doneOn;
        if (auto owned = checkProjectOfClient(db, p.projectId, p.clientId); !owned)
            return Error{owned.error()};
        if (auto saved = db.transaction([&] { return store.update(p); }); !saved)
            return Error{saved.error()};
        console.out() << tr("Saved promise #%1, due %2: %3").arg(p.id).arg(Records::date(p.dueOn), p.what) << u'\n';
        return int(Cli::Success);
    }

private:
    qint64 m_id = 0;
    Promise m_changes;
    QStringList m_given;
};

class PromiseDeleteCommand final : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    PromiseDeleteCommand()
        : DatabaseCommand({u"promise delete"_s, QT_TRANSLATE_NOOP("Cli", "PROMISE_ID"),
                           QT_TRANSLATE_NOOP("Cli", "Delete a promise."), nullptr, 1, 1},
                          Console::Access::Write)
    {
    }

protected:
    Result<void> readArguments(Arguments &in, const QCommandLineParser &) override
    {
        m_id = in.id(0, tr("PROMISE_ID"));
        return {};
    }

    Result<int> executeWithDatabase(Console &console, Database &db, const QCommandLineParser &) override
    {
        auto deleted = Deletion::deletePromise(db, m_id);
        if (!deleted)
            return Error{deleted.error()};
        console.out() << tr("Deleted promise #%1: %2").arg(m_id).arg(deleted->promises.first().what) << u'\n';
        return int(Cli::Success);
    }

private:
    qint64 m_id = 0;
};

class ObserveCommand final : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    ObserveCommand()
        : DatabaseCommand({u"observe"_s, QT_TRANSLATE_NOOP("Cli", "CLIENT_ID PATTERN [--note TEXT]"),
                           QT_TRANSLATE_NOOP("Cli", "Tick one of the ten \"when to decline\" patterns on a client."),
                           QT_TRANSLATE_NOOP("Cli", "PATTERN is one of disrespect, blames_previous_contractors, "
                                                    "pays_in_promises, manipulation, full_load_low_price, "
                                                    "unrealistic_expectations, demoralizing, devalues_work, "
                                                    "free_work_seeker, bad_product. A pattern observed once stands "
                                                    "until it is withdrawn."),
                           2, 2},
                          Console::Access::Write,
                          {QCommandLineOption(u"note"_s, tr("What you observed."), tr("TEXT")),
                           Arguments::onOption(tr("When you observed it (default: today)."))})
    {
    }

protected:
    Result<void> readArguments(Arguments &in, const QCommandLineParser &) override
    {
        m_observation = Observation();
        m_observation.clientId = in.id(0, tr("CLIENT_ID"));
        const QString pattern = in.positional(1);
        if (const auto value = fromId<ClientPattern>(pattern))
            m_observation.pattern = *value;
        else
            in.problem(tr("PATTERN: \"%1\" is not one of %2.").arg(pattern, allIds<ClientPattern>().join(u", "_s)));
        m_observation.note = in.text(option(u"note"_s)).trimmed();
        m_observation.observedOn = in.date(option(u"on"_s), QDate::currentDate());
        return {};
    }

    Result<int> executeWithDatabase(Console &console, Database &db, const QCommandLineParser &) override
    {
        const auto client = ClientStore(db).get(m_observation.clientId);
        if (!client)
            return Error{client.error()};
        auto saved = ObservationStore(db).observe(m_observation);
        if (!saved)
            return Error{saved.error()};
        console.out() << tr("Observed %1 on %2 (#%3) on %4: observation #%5.")
                             .arg(toId(m_observation.pattern), client->name)
                             .arg(client->id)
                             .arg(Records::date(m_observation.observedOn))
                             .arg(m_observation.id)
                      << u'\n';
        return int(Cli::Success);
    }

private:
    Observation m_observation;
};

class WithdrawCommand final : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    WithdrawCommand()
        : DatabaseCommand({u"withdraw"_s, QT_TRANSLATE_NOOP("Cli", "OBSERVATION_ID [--on YYYY-MM-DD]"),
                           QT_TRANSLATE_NOOP("Cli", "Withdraw an observation; the record stays with the date."),
                           nullptr, 1, 1},
                          Console::Access::Write,
                          {Arguments::onOption(tr("The day it no longer holds (default: today)."))})
    {
    }

protected:
    Result<void> readArguments(Arguments &in, const QCommandLineParser &) override
    {
        m_observationId = in.id(0, tr("OBSERVATION_ID"));
        m_on = in.date(option(u"on"_s), QDate::currentDate());
        return {};
    }

    Result<int> executeWithDatabase(Console &console, Database &db, const QCommandLineParser &) override
    {
        ObservationStore store(db);
        auto withdrawn = db.transaction([&] { return store.withdraw(m_observationId, m_on); });
        if (!withdrawn)
            return Error{withdrawn.error()};
        const auto observation = store.get(m_observationId);
        console.out() << tr("Withdrew observation #%1 (%2) on %3.")
                             .arg(m_observationId)
                             .arg(observation ? toId(observation->pattern) : QString(), Records::date(m_on))
                      << u'\n';
        return int(Cli::Success);
    }

private:
    qint64 m_observationId = 0;
    QDate m_on;
};

} // namespace

CommandList contacts()
{
    CommandList list;
    list.push_back(std::make_unique<LogCommand>());
    auto interactions = std::make_unique<CommandGroup>(
        u"interaction"_s, QT_TRANSLATE_NOOP("Cli", "Logged interactions: edit and delete (log adds one)."));
    interactions->add(std::make_unique<InteractionEditCommand>());
    interactions->add(std::make_unique<InteractionDeleteCommand>());
    list.push_back(std::move(interactions));
    auto promises = std::make_unique<CommandGroup>(
        u"promise"_s, QT_TRANSLATE_NOOP("Cli", "Promises to clients: add, edit, done, delete and list."));
    promises->add(std::make_unique<PromiseAddCommand>());
    promises->add(std::make_unique<PromiseEditCommand>());
    promises->add(std::make_unique<PromiseDoneCommand>());
    promises->add(std::make_unique<PromiseDeleteCommand>());
    promises->add(std::make_unique<PromiseListCommand>());
    list.push_back(std::move(promises));
    list.push_back(std::make_unique<ObserveCommand>());
    list.push_back(std::make_unique<WithdrawCommand>());
    return list;
}

} // namespace neuvo::commands
