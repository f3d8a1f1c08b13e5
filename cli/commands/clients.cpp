// Clients: the list, one client's page, adding and editing one with the
// checks of the desktop's client dialog (ClientStore::validate).
#include "commands.h"

#include "cli/arguments.h"
#include "cli/cli.h"
#include "cli/records.h"

#include "core/domain/newrecords.h"
#include "core/domain/pricing.h"
#include "core/storage/database.h"
#include "core/storage/stores.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace neuvo::commands {

namespace {

class ClientListCommand final : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    explicit ClientListCommand(Spec spec)
        : DatabaseCommand(std::move(spec), Console::Access::Read, {Arguments::jsonOption()})
    {
    }

protected:
    Result<int> executeWithDatabase(Console &console, Database &db, const QCommandLineParser &parser) override
    {
        const auto all = ClientStore(db).list();
        if (!all)
            return Error{all.error()};
        if (parser.isSet(option(u"json"_s))) {
            QJsonArray clients;
            for (const Client &c : *all) {
                clients.append(QJsonObject{{u"id"_s, c.id},
                                           {u"name"_s, c.name},
                                           {u"company"_s, c.company},
                                           {u"status"_s, toId(c.status)},
                                           {u"type"_s, toId(c.type)}});
            }
            console.out() << QJsonDocument(QJsonObject{{u"clients"_s, clients}}).toJson(QJsonDocument::Indented);
            return int(Cli::Success);
        }
        if (all->isEmpty()) {
            console.out() << tr("No clients.") << u'\n';
            return int(Cli::Success);
        }
        QList<QStringList> rows;
        for (const Client &c : *all)
            rows.append({QString::number(c.id), c.name, c.company, displayName(c.status), displayName(c.type)});
        console.out() << Console::table({tr("ID"), tr("Name"), tr("Company"), tr("Status"), tr("Type")}, rows,
                                        {true, false, false, false, false});
        return int(Cli::Success);
    }
};

class ClientShowCommand final : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    ClientShowCommand()
        : DatabaseCommand({u"client show"_s, QT_TRANSLATE_NOOP("Cli", "CLIENT_ID [--json]"),
                           QT_TRANSLATE_NOOP("Cli", "One client: contact details and hours, projects, the "
                                                    "interaction log, promises and observations, with their ids."),
                           nullptr, 1, 1},
                          Console::Access::Read, {Arguments::jsonOption()})
    {
    }

protected:
    Result<void> readArguments(Arguments &in, const QCommandLineParser &) override
    {
        m_clientId = in.id(0, tr("CLIENT_ID"));
        return {};
    }

    Result<int> executeWithDatabase(Console &console, Database &db, const QCommandLineParser &parser) override
    {
        if (parser.isSet(option(u"json"_s))) {
            const auto json = Records::clientJson(db, m_clientId);
            if (!json)
                return Error{json.error()};
            console.out() << QJsonDocument(*json).toJson(QJsonDocument::Indented);
            return int(Cli::Success);
        }
        const auto client = ClientStore(db).get(m_clientId);
        if (!client)
            return Error{client.error()};
        const auto projects = ProjectStore(db).listForClient(m_clientId);
        const auto interactions = InteractionStore(db).list(m_clientId);
        const auto promises = PromiseStore(db).list(m_clientId);
        const auto observations = ObservationStore(db).list(m_clientId);
        for (const QString &error :
             {projects.error(), interactions.error(), promises.error(), observations.error()}) {
            if (!error.isEmpty())
                return fail(error);
        }
        QTextStream &out = console.out();
        const Client &c = *client;
        out << tr("%1 (#%2)").arg(c.name).arg(c.id) << u'\n'
            << Console::fields({
                   {tr("Company"), c.company},
                   {tr("Type"), displayName(c.type)},
                   {tr("Source"), displayName(c.source)},
                   {tr("Status"), displayName(c.status)},
                   {tr("E-mail"), c.email},
                   {tr("Phone"), c.phone},
                   {tr("Messenger"), c.messenger},
                   {tr("Preferred channel"), displayName(c.preferredChannel)},
                   {tr("Contact hours"), tr("%1–%2 on %3, %4")
                                             .arg(c.contactFrom.toString(u"HH:mm"_s), c.contactTo.toString(u"HH:mm"_s),
                                                  Records::days(c.contactDays), c.timeZone)},
                   {tr("Notes"), Console::oneLine(c.notes)},
                   {tr("Billing address"), Console::oneLine(c.billingAddress)},
                   {tr("Business ID"), c.businessId},
                   {tr("VAT ID"), c.vatId},
                   {tr("Version"), QString::number(c.rowVersion.value)},
               });

        QList<QStringList> rows;
        for (const Project &p : *projects) {
            const auto price = Pricing::compute(p);
            rows.append({QString::number(p.id), p.title, displayName(p.status),
                         price ? price->total.formatWithCode() : QString()});
        }
        out << u'\n' << tr("Projects:") << u'\n';
        if (rows.isEmpty())
            out << tr("None.") << u'\n';
        else
            out << Console::table({tr("ID"), tr("Title"), tr("Status"), tr("Total")}, rows, {true, false, false, true});

        rows.clear();
        for (const Interaction &i : *interactions) {
            rows.append({QString::number(i.id), Records::localTime(i.at), toId(i.channel), toId(i.direction),
                         toId(i.kind), i.projectId > 0 ? QString::number(i.projectId) : u"-"_s,
                         Records::date(i.confirmedOn), Console::oneLine(i.summary)});
        }
        out << u'\n' << tr("Interactions:") << u'\n';
        if (rows.isEmpty())
            out << tr("None.") << u'\n';
        else
            out << Console::table({tr("ID"), tr("When"), tr("Channel"), tr("Direction"), tr("Kind"), tr("Project"),
                                   tr("Confirmed"), tr("Summary")},
                                  rows, {true, false, false, false, false, true, false, false});

        rows.clear();
        for (const Promise &p : *promises)
            rows.append({QString::number(p.id), Records::date(p.dueOn), Records::date(p.doneOn), p.what});
        out << u'\n' << tr("Promises:") << u'\n';
        if (rows.isEmpty())
            out << tr("None.") << u'\n';
        else
            out << Console::table({tr("ID"), tr("Due"), tr("Kept"), tr("What")}, rows, {true, false, false, false});

        rows.clear();
        for (const Observation &o : *observations) {
            rows.append({QString::number(o.id), toId(o.pattern), Records::date(o.observedOn),
                         Records::date(o.withdrawnOn), Console::oneLine(o.note)});
        }
        out << u'\n' << tr("Observations:") << u'\n';
        if (rows.isEmpty())
            out << tr("None.") << u'\n';
        else
            out << Console::table({tr("ID"), tr("Pattern"), tr("Observed"), tr("Withdrawn"), tr("Note")}, rows,
                                  {true, false, false, false, false});
        return int(Cli::Success);
    }

private:
    qint64 m_clientId = 0;
};

// client add and client edit: the fields given replace the stored ones,
// then the desktop dialog's checks, then one transaction.
class ClientWriteCommand final : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    enum class Mode { Add, Edit };

    explicit ClientWriteCommand(Mode mode)
        : DatabaseCommand(mode == Mode::Add
                              ? Spec{u"client add"_s, QT_TRANSLATE_NOOP("Cli", "NAME [OPTIONS]"),
                                     QT_TRANSLATE_NOOP("Cli", "Add a client; the options set its details."),
                                     QT_TRANSLATE_NOOP("Cli", "Without --time-zone the client gets the system's time "
                                                              "zone, and without --contact-days Monday to Friday."),
                                     1, 1}
                              : Spec{u"client edit"_s, QT_TRANSLATE_NOOP("Cli", "CLIENT_ID [OPTIONS]"),
                                     QT_TRANSLATE_NOOP("Cli", "Change a client's details: only the options given "
                                                              "change."),
                                     nullptr, 1, 1},
                          Console::Access::Write, fieldOptions(mode == Mode::Edit))
        , m_mode(mode)
    {
    }

protected:
    Result<void> readArguments(Arguments &in, const QCommandLineParser &) override
    {
        m_clientId = m_mode == Mode::Edit ? in.id(0, tr("CLIENT_ID")) : 0;
        // Read now so a malformed value is a usage error before the file is
        // opened; applied to the stored client later.
        m_changes = Client();
        Client &c = m_changes;
        // Text is stored trimmed, as the dialog stores it.
        c.name = (m_mode == Mode::Add ? in.positional(0) : in.text(option(u"name"_s))).trimmed();
        c.company = in.text(option(u"company"_s)).trimmed();
        c.type = in.choice(option(u"type"_s), c.type);
        c.source = in.choice(option(u"source"_s), c.source);
        c.status = in.choice(option(u"status"_s), c.status);
        c.email = in.text(option(u"email"_s)).trimmed();
        c.phone = in.text(option(u"phone"_s)).trimmed();
        c.messenger = in.text(option(u"messenger"_s)).trimmed();
        c.preferredChannel = in.choice(option(u"preferred-channel"_s), c.preferredChannel);
        c.contactFrom = in.time(option(u"contact-from"_s), c.contactFrom);
        c.contactTo = in.time(option(u"contact-to"_s), c.contactTo);
        c.contactDays = in.weekdays(option(u"contact-days"_s), c.contactDays);
        c.timeZone = in.text(option(u"time-zone"_s)).trimmed();
        c.notes = in.text(option(u"notes"_s)).trimmed();
        // A line break in a billing address is typed as \n.
        c.billingAddress = in.text(option(u"billing-address"_s)).replace(u"\\n"_s, u"\n"_s).trimmed();
        c.businessId = in.text(option(u"business-id"_s)).trimmed();
        c.vatId = in.text(option(u"vat-id"_s)).trimmed();
        m_ifVersion = m_mode == Mode::Edit ? in.id(option(u"if-version"_s)) : 0;
        m_given = in.givenOptions(m_mode == Mode::Edit);
        if (m_mode == Mode::Add)
            m_given << u"name"_s;
        return {};
    }

    Result<int> executeWithDatabase(Console &console, Database &db, const QCommandLineParser &) override
    {
        ClientStore store(db);
        Client client = NewRecords::client();
        if (m_mode == Mode::Edit) {
            auto stored = store.get(m_clientId);
            if (!stored)
                return Error{stored.error()};
            client = *stored;
            // The version the caller saw: the store refuses the save when
            // the client was saved since.
            if (m_ifVersion > 0)
                client.rowVersion.value = m_ifVersion;
        }
        auto copy = [&](const char *option, auto member) {
            if (m_given.contains(QLatin1StringView(option)))
                client.*member = m_changes.*member;
        };
        copy("name", &Client::name);
        copy("company", &Client::company);
        copy("type", &Client::type);
        copy("source", &Client::source);
        copy("status", &Client::status);
        copy("email", &Client::email);
        copy("phone", &Client::phone);
        copy("messenger", &Client::messenger);
        copy("preferred-channel", &Client::preferredChannel);
        copy("contact-from", &Client::contactFrom);
        copy("contact-to", &Client::contactTo);
        copy("contact-days", &Client::contactDays);
        copy("time-zone", &Client::timeZone);
        copy("notes", &Client::notes);
        copy("billing-address", &Client::billingAddress);
        copy("business-id", &Client::businessId);
        copy("vat-id", &Client::vatId);

        if (auto valid = ClientStore::validate(client); !valid)
            return Error{valid.error()};
        auto saved = db.transaction([&]() -> Result<void> {
            return m_mode == Mode::Add ? store.create(client) : store.update(client);
        });
        if (!saved)
            return Error{saved.error()};
        console.out() << (m_mode == Mode::Add ? tr("Added client #%1 \"%2\".") : tr("Saved client #%1 \"%2\"."))
                             .arg(client.id)
                             .arg(client.name)
                      << u'\n';
        return int(Cli::Success);
    }

    // The options of every client field, the same for add and edit; ids as in
    // the CSV and JSON formats.
    static QList<QCommandLineOption> fieldOptions(bool withName)
    {
        auto ids = [](const QStringList &all) { return all.join(u'|'); };
        auto list = [](const QStringList &all) { return all.join(u", "_s); };
        QList<QCommandLineOption> options;
        if (withName)
            options << QCommandLineOption(u"name"_s, tr("The client's name."), tr("NAME"));
        options << QCommandLineOption(u"company"_s, tr("Company."), tr("TEXT"))
                << QCommandLineOption(u"type"_s, tr("Type of client: %1.").arg(list(allIds<ClientType>())),
                                      tr("TYPE"))
                << QCommandLineOption(u"source"_s, tr("Where the client came from: %1.").arg(list(allIds<ClientSource>())),
                                      tr("SOURCE"))
                << QCommandLineOption(u"status"_s, tr("Status: %1.").arg(list(allIds<ClientStatus>())), tr("STATUS"))
                << QCommandLineOption(u"email"_s, tr("E-mail address."), tr("ADDRESS"))
                << QCommandLineOption(u"phone"_s, tr("Phone number."), tr("TEXT"))
                << QCommandLineOption(u"messenger"_s, tr("Messenger handle."), tr("TEXT"))
                << QCommandLineOption(u"preferred-channel"_s, tr("How the client prefers to be contacted."),
                                      ids(allIds<Channel>()))
                << QCommandLineOption(u"contact-from"_s, tr("Agreed contact hours from, in the client's time zone."),
                                      tr("HH:MM"))
                << QCommandLineOption(u"contact-to"_s, tr("Agreed contact hours until (the same time twice: any time)."),
                                      tr("HH:MM"))
                << QCommandLineOption(u"contact-days"_s, tr("Days the client may contact you, e.g. mon,tue,wed,thu,fri."),
                                      tr("DAYS"))
                << QCommandLineOption(u"time-zone"_s, tr("The client's time zone, e.g. Europe/Helsinki."), tr("ZONE"))
                << QCommandLineOption(u"notes"_s, tr("Notes."), tr("TEXT"))
                << QCommandLineOption(u"billing-address"_s,
                                      tr("The address invoices are sent to; \\n starts a new line."), tr("TEXT"))
                << QCommandLineOption(u"business-id"_s,
                                      tr("Business ID, e.g. 1234567-8 (a Finnish one is checked)."), tr("ID"))
                << QCommandLineOption(u"vat-id"_s, tr("VAT ID, e.g. FI12345678 (needed for reverse charge)."),
                                      tr("ID"));
        if (withName)
            options << Arguments::ifVersionOption();
        return options;
    }

private:
    Mode m_mode;
    qint64 m_clientId = 0;
    qint64 m_ifVersion = 0;
    Client m_changes;
    QStringList m_given;
};

} // namespace

CommandList clients()
{
    CommandList list;
    list.push_back(std::make_unique<ClientListCommand>(
        Command::Spec{u"clients"_s, QT_TRANSLATE_NOOP("Cli", "[--json]"), QT_TRANSLATE_NOOP("Cli", "List the clients: id, name, company, status and "
                                                                 "type.")}));
    auto group = std::make_unique<CommandGroup>(
        u"client"_s, QT_TRANSLATE_NOOP("Cli", "Clients: list, show, add and edit."));
    group->add(std::make_unique<ClientListCommand>(
        Command::Spec{u"client list"_s, QT_TRANSLATE_NOOP("Cli", "[--json]"),
                      QT_TRANSLATE_NOOP("Cli", "The same as clients, or as JSON.")}));
    group->add(std::make_unique<ClientShowCommand>());
    group->add(std::make_unique<ClientWriteCommand>(ClientWriteCommand::Mode::Add));
    group->add(std::make_unique<ClientWriteCommand>(ClientWriteCommand::Mode::Edit));
    list.push_back(std::move(group));
    return list;
}

} // namespace neuvo::commands
