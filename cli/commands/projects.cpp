// Projects: the list, one project's page, adding and editing one with the
// project editor's checks (ProjectStore::validate, StagePayment), and the
// two things that happen to a stage: a payment and the start of its work.
#include "commands.h"

#include "cli/arguments.h"
#include "cli/cli.h"
#include "cli/records.h"

#include "core/domain/newrecords.h"
#include "core/domain/pricing.h"
#include "core/domain/stagepayment.h"
#include "core/domain/stageplan.h"
#include "core/storage/database.h"
#include "core/storage/stores.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

namespace neuvo::commands {

namespace {

qint64 paidMinor(const Project &p)
{
    return std::accumulate(p.stages.cbegin(), p.stages.cend(), qint64(0),
                           [](qint64 sum, const PaymentStage &s) { return sum + s.paidMinor; });
}

class ProjectListCommand final : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    ProjectListCommand()
        : DatabaseCommand({u"project list"_s, QT_TRANSLATE_NOOP("Cli", "[--client ID] [--json]"),
                           QT_TRANSLATE_NOOP("Cli", "List the projects: id, client, title, status, total and paid.")},
                          Console::Access::Read,
                          {QCommandLineOption(u"client"_s, tr("Only this client's projects."), tr("ID")),
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
        const auto projects = m_clientId > 0 ? ProjectStore(db).listForClient(m_clientId) : ProjectStore(db).list();
        if (!projects)
            return Error{projects.error()};

        if (parser.isSet(option(u"json"_s))) {
            QJsonArray list;
            for (const Project &p : *projects) {
                const auto price = Pricing::compute(p);
                list.append(QJsonObject{
                    {u"id"_s, p.id},
                    {u"client"_s, p.clientId},
                    {u"client_name"_s, names.value(p.clientId)},
                    {u"title"_s, p.title},
                    {u"status"_s, toId(p.status)},
                    {u"currency"_s, p.currency},
                    {u"total"_s, price ? QJsonValue(price->total.toDecimalString()) : QJsonValue()},
                    {u"paid"_s, p.money(paidMinor(p)).toDecimalString()},
                });
            }
            console.out() << QJsonDocument(QJsonObject{{u"projects"_s, list}}).toJson(QJsonDocument::Indented);
            return int(Cli::Success);
        }
        if (projects->isEmpty()) {
            console.out() << tr("No projects.") << u'\n';
            return int(Cli::Success);
        }
        QList<QStringList> rows;
        for (const Project &p : *projects) {
            const auto price = Pricing::compute(p);
            rows.append({QString::number(p.id), names.value(p.clientId), p.title, displayName(p.status),
                         price ? price->total.formatWithCode() : QString(), p.money(paidMinor(p)).formatWithCode()});
        }
        console.out() << Console::table({tr("ID"), tr("Client"), tr("Title"), tr("Status"), tr("Total"), tr("Paid")},
                                        rows, {true, false, false, false, true, true});
        return int(Cli::Success);
    }

private:
    qint64 m_clientId = 0;
};

class ProjectShowCommand final : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    ProjectShowCommand()
        : DatabaseCommand({u"project show"_s, QT_TRANSLATE_NOOP("Cli", "PROJECT_ID [--json]"),
                           QT_TRANSLATE_NOOP("Cli", "One project: scope, the explained price, deadline, contract, "
                                                    "payment stages with what is paid and open, revisions."),
                           nullptr, 1, 1},
                          Console::Access::Read, {Arguments::jsonOption()})
    {
    }

protected:
    Result<void> readArguments(Arguments &in, const QCommandLineParser &) override
    {
        m_projectId = in.id(0, tr("PROJECT_ID"));
        return {};
    }

    Result<int> executeWithDatabase(Console &console, Database &db, const QCommandLineParser &parser) override
    {
        if (parser.isSet(option(u"json"_s))) {
            const auto json = Records::projectJson(db, m_projectId);
            if (!json)
                return Error{json.error()};
            console.out() << QJsonDocument(*json).toJson(QJsonDocument::Indented);
            return int(Cli::Success);
        }
        const auto project = ProjectStore(db).get(m_projectId);
        if (!project)
            return Error{project.error()};
        const auto client = ClientStore(db).get(project->clientId);
        if (!client)
            return Error{client.error()};
        const Project &p = *project;
        const auto price = Pricing::compute(p);
        QStringList priceLines;
        if (price) {
            for (const PriceLine &line : price->lines)
                priceLines << line.text();
        }
        int changes = 0;
        int errors = 0;
        int rounds = 0;
        for (const Revision &r : p.revisions) {
            changes += r.kind == RevisionKind::Change ? 1 : 0;
            rounds += r.countsAsRound() ? 1 : 0;
            errors += r.kind == RevisionKind::Error ? 1 : 0;
        }
        const QString deadline =
            p.deadline.isValid() && p.internalMarginDays > 0
                ? tr("%1 (your own: %2)").arg(Records::date(p.deadline), Records::date(p.deadline.addDays(-p.internalMarginDays)))
                : Records::date(p.deadline);

        QTextStream &out = console.out();
        out << tr("%1 (#%2) for %3 (#%4)").arg(p.title).arg(p.id).arg(client->name).arg(client->id) << u'\n'
            << Console::fields({
                   {tr("Status"), displayName(p.status)},
                   {tr("Scope"), Console::oneLine(p.scope)},
                   {tr("Included"), p.includedItems.join(u"; "_s)},
                   {tr("Price"), price ? priceLines.join(u"; "_s) + u' ' + p.currency : price.error()},
                   {tr("First offer"), p.firstOfferMinor ? Records::money(*p.firstOfferMinor, p.currency) : u"-"_s},
                   {tr("Estimated hours"), QString::number(p.estimatedHours)},
                   {tr("Deadline"), deadline},
                   {tr("Guarantee"), tr("%1 %").arg(p.guaranteePercent)},
                   {tr("Revisions"), tr("%1 recorded: %2 of %3 included rounds used, %4 of your own errors, %5 out of scope")
                                         .arg(p.revisions.size())
                                         .arg(rounds)
                                         .arg(p.revisionsIncluded)
                                         .arg(errors)
                                         .arg(changes)},
                   {tr("Contract"), p.contractNumber.isEmpty() && !p.contractDate.isValid()
                                        ? u"-"_s
                                        : tr("%1 of %2, %3 months")
                                              .arg(p.contractNumber, Records::date(p.contractDate))
                                              .arg(p.contractTermMonths)},
                   {tr("Delivered on"), Records::date(p.deliveredOn)},
                   {tr("Version"), QString::number(p.rowVersion.value)},
               });
        out << u'\n' << tr("Stages:") << u'\n';
        if (p.stages.isEmpty()) {
            out << tr("None.") << u'\n';
            return int(Cli::Success);
        }
        QList<QStringList> rows;
        for (int i = 0; i < p.stages.size(); ++i) {
            const PaymentStage &s = p.stages.at(i);
            rows.append({QString::number(i + 1), s.title, Records::money(s.amountMinor, p.currency),
                         Records::date(s.dueOn), Records::money(s.paidMinor, p.currency), Records::date(s.paidOn),
                         Records::money(s.unpaidMinor(), p.currency),
                         Records::date(s.workStartedOn)});
        }
        out << Console::table({tr("Stage"), tr("Title"), tr("Amount"), tr("Due"), tr("Paid"), tr("Paid on"),
                               tr("Open"), tr("Work started")},
                              rows, {true, false, true, false, true, false, true, false});
        return int(Cli::Success);
    }

private:
    qint64 m_projectId = 0;
};

// project add and project edit: the fields given replace the stored ones,
// then the project editor's checks, then one transaction.
class ProjectWriteCommand final : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    enum class Mode { Add, Edit };

    explicit ProjectWriteCommand(Mode mode)
        : DatabaseCommand(
              mode == Mode::Add
                  ? Spec{u"project add"_s, QT_TRANSLATE_NOOP("Cli", "CLIENT_ID TITLE [OPTIONS]"),
                         QT_TRANSLATE_NOOP("Cli", "Add a project for a client; the options set its price, stages and "
                                                  "terms."),
                         QT_TRANSLATE_NOOP("Cli", "Amounts are decimals in the project's currency (1234.50). The "
                                                  "currency, NDA markup, included revision rounds and guarantee "
                                                  "start from your profile. --split makes the payment stages: a "
                                                  "number of equal stages (4) or percentages that add up to 100 "
                                                  "(30,40,30)."),
                         2, 2}
                  : Spec{u"project edit"_s, QT_TRANSLATE_NOOP("Cli", "PROJECT_ID [OPTIONS]"),
                         QT_TRANSLATE_NOOP("Cli", "Change a project: only the options given change."),
                         QT_TRANSLATE_NOOP("Cli", "The stages must still add up to the total: give --split with a "
                                                  "new price (refused once a stage has a payment or work recorded; "
                                                  "change such a plan in the desktop's project editor). An empty "
                                                  "value clears an optional field: --deadline \"\"."),
                         1, 1},
              Console::Access::Write, fieldOptions(mode == Mode::Edit))
        , m_mode(mode)
    {
    }

protected:
    Result<void> readArguments(Arguments &in, const QCommandLineParser &parser) override
    {
        m_given = in.givenOptions(m_mode == Mode::Edit);
        Project &p = m_changes;
        p = Project();
        if (m_mode == Mode::Add) {
            m_projectId = 0;
            p.clientId = in.id(0, tr("CLIENT_ID"));
            p.title = in.positional(1).trimmed();
            m_given << u"client"_s << u"title"_s;
        } else {
            m_projectId = in.id(0, tr("PROJECT_ID"));
            m_ifVersion = in.id(option(u"if-version"_s));
            p.clientId = in.id(option(u"client"_s));
            p.title = in.text(option(u"title"_s)).trimmed();
        }
        p.status = in.choice(option(u"status"_s), p.status);
        p.currency = in.text(option(u"currency"_s)).trimmed().toUpper();
        if (in.isSet(option(u"currency"_s)) && !Money::isCurrencyCode(p.currency))
            in.problem(tr("--currency: \"%1\" is not a three-letter ISO 4217 code such as EUR.")
                           .arg(in.text(option(u"currency"_s))));
        p.nda = in.yesNo(option(u"nda"_s), p.nda);
        p.ndaMarkupPercent = in.number(option(u"nda-markup"_s), 0, 1000, p.ndaMarkupPercent);
        // Text is stored trimmed, as the editor stores it.
        p.discountReason = in.text(option(u"discount-reason"_s)).trimmed();
        p.discountConcession = in.text(option(u"concession"_s)).trimmed();
        p.discountForFutureOrders = in.yesNo(option(u"for-future-orders"_s), false);
        p.estimatedHours = in.number(option(u"hours"_s), 0, 1000000, 0);
        p.deadline = optionalDate(in, u"deadline"_s);
        p.internalMarginDays = in.number(option(u"margin-days"_s), 0, 3650, 0);
        p.guaranteePercent = in.number(option(u"guarantee"_s), 0, 100, p.guaranteePercent);
        p.revisionsIncluded = in.number(option(u"revisions"_s), 0, 1000, p.revisionsIncluded);
        p.contractNumber = in.text(option(u"contract-number"_s)).trimmed();
        p.contractDate = optionalDate(in, u"contract-date"_s);
        p.contractTermMonths = in.number(option(u"term"_s), 0, 1200, 0);
        p.deliveredOn = optionalDate(in, u"delivered-on"_s);
        p.vatRateTenths.reset();
        if (!in.text(option(u"vat-rate"_s)).trimmed().isEmpty()) {
            if (const auto rate = VatRate::parse(in.text(option(u"vat-rate"_s))))
                p.vatRateTenths = *rate;
            else
                in.problem(u"--vat-rate: "_s + rate.error());
        }
        p.reverseCharge = in.yesNo(option(u"reverse-charge"_s), false);
        p.scope = in.text(option(u"scope"_s)).trimmed();
        for (const QString &item : parser.values(option(u"item"_s))) {
            if (!item.trimmed().isEmpty())
                p.includedItems << item.trimmed();
        }

        m_split.clear();
        if (in.isSet(option(u"split"_s))) {
            const QString text = in.text(option(u"split"_s));
            static const QRegularExpression form(u"^[0-9]{1,3}(,[0-9]{1,3})*$"_s);
            if (form.match(text).hasMatch()) {
                for (const QString &part : text.split(u','))
                    m_split << part.toInt();
            }
            // One number is a count of equal stages; StagePlan checks that
            // percentages add up to 100.
            if (m_split.isEmpty() || (m_split.size() == 1 && (m_split.first() < 1 || m_split.first() > 100))) {
                in.problem(tr("--split: \"%1\" is neither a number of stages (4) nor percentages such as 30,40,30.")
                               .arg(text));
                m_split.clear();
            }
        }
        return {};
    }

    Result<int> executeWithDatabase(Console &console, Database &db, const QCommandLineParser &parser) override
    {
        ProjectStore store(db);
        Project project;
        if (m_mode == Mode::Add) {
            const auto profile = ProfileStore(db).load();
            if (!profile)
                return Error{profile.error()};
            project = NewRecords::project(*profile, m_changes.clientId);
        } else {
            auto stored = store.get(m_projectId);
            if (!stored)
                return Error{stored.error()};
            project = *stored;
            // The version the caller saw: the store refuses the save when
            // the project was saved since.
            if (m_ifVersion > 0)
                project.rowVersion.value = m_ifVersion;
        }
        if (given(u"client"_s)) {
            if (auto client = ClientStore(db).get(m_changes.clientId); !client)
                return Error{client.error()};
        }
        apply(project);

        // Amounts are read in the project's currency, known only now.
        Arguments in(*this, parser);
        project.basePriceMinor = in.amount(option(u"price"_s), project.currency, project.basePriceMinor).value_or(0);
        project.firstOfferMinor = in.amount(option(u"first-offer"_s), project.currency, project.firstOfferMinor);
        if (given(u"discount"_s))
            readDiscount(in, project);
        if (!in.ok())
            return in.usageError(console);

        if (!m_split.isEmpty()) {
            const auto price = Pricing::compute(project);
            if (!price)
                return fail(tr("Price: %1").arg(price.error()));
            const auto amounts = m_split.size() == 1 ? StagePlan::splitEqual(price->total, m_split.first())
                                                     : StagePlan::splitByPercentages(price->total, m_split);
            if (!amounts)
                return fail(tr("Split: %1").arg(amounts.error()));
            auto stages = StagePayment::resplit(project.stages, *amounts);
            if (!stages)
                return Error{stages.error()};
            project.stages = *stages;
        }
        if (auto valid = ProjectStore::validate(project); !valid)
            return Error{valid.error()};
        auto saved = db.transaction([&]() -> Result<void> {
            return m_mode == Mode::Add ? store.create(project) : store.update(project);
        });
        if (!saved)
            return Error{saved.error()};

        const auto price = Pricing::compute(project);
        console.out() << (m_mode == Mode::Add ? tr("Added project #%1 \"%2\": total %3, stages: %4.")
                                              : tr("Saved project #%1 \"%2\": total %3, stages: %4."))
                             .arg(project.id)
                             .arg(project.title, price ? price->total.formatWithCode() : QString())
                             .arg(project.stages.size())
                      << u'\n';
        if (project.stages.isEmpty() && project.basePriceMinor > 0)
            console.out() << tr("No payment stages yet: split the total with --split 4 or --split 50,50.") << u'\n';
        return int(Cli::Success);
    }

    // The options of every project field, the same for add and edit; ids as
    // in the CSV and JSON formats.
    static QList<QCommandLineOption> fieldOptions(bool editing)
    {
        QList<QCommandLineOption> options;
        if (editing) {
            options << QCommandLineOption(u"title"_s, tr("The project's title."), tr("TEXT"))
                    << QCommandLineOption(u"client"_s, tr("Move the project to another client."), tr("ID"))
                    << Arguments::ifVersionOption();
        }
        options << QCommandLineOption(u"status"_s, tr("Status: %1.").arg(allIds<ProjectStatus>().join(u", "_s)),
                                      tr("STATUS"))
                << QCommandLineOption(u"scope"_s, tr("What the work covers."), tr("TEXT"))
                << QCommandLineOption(u"item"_s,
                                      tr("What the price includes, one item per option, in order (replaces the "
                                         "list)."),
                                      tr("TEXT"))
                << QCommandLineOption(u"currency"_s, tr("ISO 4217 currency code (default: your profile's)."),
                                      tr("CODE"))
                << QCommandLineOption(u"price"_s, tr("Base price."), tr("AMOUNT"))
                << QCommandLineOption(u"first-offer"_s, tr("The client's first offer (empty: none)."), tr("AMOUNT"))
                << QCommandLineOption(u"nda"_s, tr("Under an NDA: the NDA markup is added to the price."), tr("yes|no"))
                << QCommandLineOption(u"nda-markup"_s, tr("NDA markup in percent."), tr("PERCENT"))
                << QCommandLineOption(u"discount"_s, tr("Discount: an amount (100.00), a percent (10%) or none."),
                                      tr("VALUE"))
                << QCommandLineOption(u"discount-reason"_s, tr("Why the discount was given."), tr("TEXT"))
                << QCommandLineOption(u"concession"_s, tr("What the client gave in return for the discount."),
                                      tr("TEXT"))
                << QCommandLineOption(u"for-future-orders"_s, tr("The discount was for promised future orders."),
                                      tr("yes|no"))
                << QCommandLineOption(u"hours"_s, tr("Estimated hours of work."), tr("N"))
                << QCommandLineOption(u"deadline"_s, tr("Deadline."), tr("YYYY-MM-DD"))
                << QCommandLineOption(u"margin-days"_s, tr("Days your own deadline lies before the deadline."),
                                      tr("N"))
                << QCommandLineOption(u"guarantee"_s, tr("Refund in percent of a stage when a deadline is missed."),
                                      tr("PERCENT"))
                << QCommandLineOption(u"revisions"_s, tr("Revision rounds included in the price."), tr("N"))
                << QCommandLineOption(u"contract-number"_s, tr("Contract number."), tr("TEXT"))
                << QCommandLineOption(u"contract-date"_s, tr("Contract date."), tr("YYYY-MM-DD"))
                << QCommandLineOption(u"term"_s, tr("Contract term in months."), tr("MONTHS"))
                << QCommandLineOption(u"delivered-on"_s, tr("When the work was delivered."), tr("YYYY-MM-DD"))
                << QCommandLineOption(u"split"_s, tr("Payment stages: N equal ones, or percentages such as 30,40,30."),
                                      tr("PLAN"))
                << QCommandLineOption(u"vat-rate"_s,
                                      tr("The project's own VAT rate in percent, e.g. 14 (empty: your profile's)."),
                                      tr("PERCENT"))
                << QCommandLineOption(u"reverse-charge"_s,
                                      tr("Invoiced with reverse charge: the buyer accounts for the VAT."),
                                      tr("yes|no"));
        return options;
    }

private:
    bool given(const QString &field) const { return m_given.contains(field); }

    QDate optionalDate(Arguments &in, const QString &field)
    {
        if (in.text(option(field)).isEmpty())
            return {};
        return in.date(option(field), QDate());
    }

    void apply(Project &project) const
    {
        auto copy = [&](const QString &option, auto member) {
            if (given(option))
                project.*member = m_changes.*member;
        };
        copy(u"client"_s, &Project::clientId);
        copy(u"title"_s, &Project::title);
        copy(u"status"_s, &Project::status);
        copy(u"scope"_s, &Project::scope);
        copy(u"item"_s, &Project::includedItems);
        copy(u"currency"_s, &Project::currency);
        copy(u"nda"_s, &Project::nda);
        copy(u"nda-markup"_s, &Project::ndaMarkupPercent);
        copy(u"discount-reason"_s, &Project::discountReason);
        copy(u"concession"_s, &Project::discountConcession);
        copy(u"for-future-orders"_s, &Project::discountForFutureOrders);
        copy(u"hours"_s, &Project::estimatedHours);
        copy(u"deadline"_s, &Project::deadline);
        copy(u"margin-days"_s, &Project::internalMarginDays);
        copy(u"guarantee"_s, &Project::guaranteePercent);
        copy(u"revisions"_s, &Project::revisionsIncluded);
        copy(u"contract-number"_s, &Project::contractNumber);
        copy(u"contract-date"_s, &Project::contractDate);
        copy(u"term"_s, &Project::contractTermMonths);
        copy(u"delivered-on"_s, &Project::deliveredOn);
        copy(u"vat-rate"_s, &Project::vatRateTenths);
        copy(u"reverse-charge"_s, &Project::reverseCharge);
    }

    // --discount 100.00 | 10% | none (or empty).
    void readDiscount(Arguments &in, Project &project) const
    {
        const QString text = in.text(option(u"discount"_s)).trimmed();
        if (text.isEmpty() || text == u"none"_s) {
            project.discountKind = DiscountKind::None;
            project.discountValue = 0;
            return;
        }
        if (text.endsWith(u'%')) {
            bool ok = false;
            const int percent = text.chopped(1).trimmed().toInt(&ok);
            if (!ok || percent < 0 || percent > 100) {
                in.problem(tr("--discount: \"%1\" is not a whole percent from 0 to 100.").arg(text));
                return;
            }
            project.discountKind = DiscountKind::Percent;
            project.discountValue = percent;
            return;
        }
        if (const auto amount = in.amount(option(u"discount"_s), project.currency, std::nullopt)) {
            project.discountKind = DiscountKind::Amount;
            project.discountValue = *amount;
        }
    }

    Mode m_mode;
    qint64 m_projectId = 0;
    qint64 m_ifVersion = 0;
    Project m_changes;
    QStringList m_given;
    QList<int> m_split;
};

// pay and start-work: one stage of one project, found by its place.
class StageCommand : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    using DatabaseCommand::DatabaseCommand;

protected:
    Result<void> readArguments(Arguments &in, const QCommandLineParser &) override
    {
        m_projectId = in.id(0, tr("PROJECT_ID"));
        m_stageNumber = in.position(1, tr("STAGE"));
        m_on = in.date(option(u"on"_s), QDate::currentDate());
        return {};
    }

    Result<int> executeWithDatabase(Console &console, Database &db, const QCommandLineParser &parser) override
    {
        ProjectStore store(db);
        const auto project = store.get(m_projectId);
        if (!project)
            return Error{project.error()};
        if (m_stageNumber > project->stages.size())
            return fail(project->stages.isEmpty()
                            ? tr("\"%1\" has no payment stages; make them with \"project edit %2 --split 4\".")
                                  .arg(project->title)
                                  .arg(project->id)
                            : tr("\"%1\" has no stage %2; its stages are numbered 1 to %3.")
                                  .arg(project->title)
                                  .arg(m_stageNumber)
                                  .arg(project->stages.size()));
        const PaymentStage &stage = project->stages.at(m_stageNumber - 1);
        auto changed = change(console, *project, stage, parser);
        if (!changed)
            return Error{changed.error()};
        if (!changed->has_value())
            return int(Cli::UsageError);
        const PaymentStage &updated = **changed;
        auto saved = db.transaction([&] {
            return store.recordStageProgress(updated.id, updated.workStartedOn, updated.paidOn, updated.paidMinor);
        });
        if (!saved)
            return Error{saved.error()};
        report(console, *project, updated);
        return int(Cli::Success);
    }

    // The stage as it is to be stored; nothing after a usage error.
    virtual Result<std::optional<PaymentStage>> change(Console &console, const Project &project,
                                                       const PaymentStage &stage, const QCommandLineParser &parser) = 0;
    virtual void report(Console &console, const Project &project, const PaymentStage &stage) = 0;

    qint64 m_projectId = 0;
    int m_stageNumber = 0;
    QDate m_on;
};

class PayCommand final : public StageCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    PayCommand()
        : StageCommand({u"pay"_s, QT_TRANSLATE_NOOP("Cli", "PROJECT_ID STAGE AMOUNT [--on YYYY-MM-DD]"),
                        QT_TRANSLATE_NOOP("Cli", "Record a payment received for a stage, in full or in part; never "
                                                 "more than is still open."),
                        nullptr, 3, 3},
                       Console::Access::Write,
                       {Arguments::onOption(tr("The day the money arrived (default: today)."))})
    {
    }

protected:
    Result<std::optional<PaymentStage>> change(Console &console, const Project &project, const PaymentStage &stage,
                                               const QCommandLineParser &parser) override
    {
        // The amount is read in the project's currency, known only now.
        const QString text = parser.positionalArguments().at(2);
        const auto amount = Money::parseDecimal(text, project.currency);
        if (!amount) {
            console.usageError(tr("pay: AMOUNT: %1").arg(amount.error()), this);
            return std::optional<PaymentStage>();
        }
        auto paid = StagePayment::record(stage, m_stageNumber, amount->minor(), m_on, project.currency);
        if (!paid)
            return Error{paid.error()};
        m_amountMinor = amount->minor();
        return std::optional<PaymentStage>(*paid);
    }

    void report(Console &console, const Project &project, const PaymentStage &stage) override
    {
        const qint64 open = stage.amountMinor - stage.paidMinor;
        console.out() << tr("Recorded %1 for stage %2 \"%3\" of \"%4\" on %5.")
                             .arg(Records::money(m_amountMinor, project.currency))
                             .arg(m_stageNumber)
                             .arg(stage.title, project.title, Records::date(stage.paidOn))
                      << u' '
                      << (open > 0 ? tr("Still open: %1.").arg(Records::money(open, project.currency))
                                   : tr("The stage is paid in full."))
                      << u'\n';
    }

private:
    qint64 m_amountMinor = 0;
};

class StartWorkCommand final : public StageCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    StartWorkCommand()
        : StageCommand({u"start-work"_s, QT_TRANSLATE_NOOP("Cli", "PROJECT_ID STAGE [--on YYYY-MM-DD]"),
                        QT_TRANSLATE_NOOP("Cli", "Record that work on a stage has started; warns when the stage is "
                                                 "not paid yet."),
                        nullptr, 2, 2},
                       Console::Access::Write, {Arguments::onOption(tr("The day work started (default: today)."))})
    {
    }

protected:
    Result<std::optional<PaymentStage>> change(Console &, const Project &, const PaymentStage &stage,
                                               const QCommandLineParser &) override
    {
        auto started = StagePayment::startWork(stage, m_stageNumber, m_on);
        if (!started)
            return Error{started.error()};
        return std::optional<PaymentStage>(*started);
    }

    void report(Console &console, const Project &project, const PaymentStage &stage) override
    {
        console.out() << tr("Work on stage %1 \"%2\" of \"%3\" started on %4.")
                             .arg(m_stageNumber)
                             .arg(stage.title, project.title, Records::date(stage.workStartedOn))
                      << u'\n';
        if (const QString warning = StagePayment::prepaymentWarning(stage, m_stageNumber); !warning.isEmpty())
            console.warn(warning);
    }
};

} // namespace

CommandList projects()
{
    CommandList list;
    auto group = std::make_unique<CommandGroup>(
        u"project"_s, QT_TRANSLATE_NOOP("Cli", "Projects: list, show, add and edit."));
    group->add(std::make_unique<ProjectListCommand>());
    group->add(std::make_unique<ProjectShowCommand>());
    group->add(std::make_unique<ProjectWriteCommand>(ProjectWriteCommand::Mode::Add));
    group->add(std::make_unique<ProjectWriteCommand>(ProjectWriteCommand::Mode::Edit));
    list.push_back(std::move(group));
    list.push_back(std::make_unique<PayCommand>());
    list.push_back(std::make_unique<StartWorkCommand>());
    return list;
}

} // namespace neuvo::commands
