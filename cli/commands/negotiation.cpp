// The source article's answers to a client's push-back, computed from the
// stored project: counter.
#include "commands.h"

#include "cli/arguments.h"
#include "cli/cli.h"

#include "core/documents/counteroffer.h"
#include "core/domain/stagepayment.h"
#include "core/storage/database.h"
#include "core/storage/stores.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace neuvo::commands {

namespace {

QJsonValue minorOrNull(std::optional<qint64> minor)
{
    return minor ? QJsonValue(*minor) : QJsonValue();
}

QJsonObject answerJson(const Project &project, const CounterOffer::Answer &a, const QString &language)
{
    QJsonObject o{
        {u"project"_s, project.id},
        {u"ask"_s, CounterOffer::askId(a.ask)},
        {u"language"_s, language},
        {u"currency"_s, project.currency},
        {u"text"_s, a.text},
    };
    switch (a.ask) {
    case CounterOffer::Ask::Postpay: {
        QJsonArray stages;
        qint64 sum = 0;
        for (const PaymentStage &s : a.stages) {
            stages.append(QJsonObject{{u"position"_s, s.position},
                                      {u"title"_s, s.title},
                                      {u"amount_minor"_s, s.amountMinor},
                                      {u"due_on"_s, s.dueOn.toString(Qt::ISODate)}});
            sum += s.amountMinor;
        }
        o.insert(u"stages"_s, stages);
        o.insert(u"total_minor"_s, sum);
        o.insert(u"deadline"_s, project.deadline.toString(Qt::ISODate));
        break;
    }
    case CounterOffer::Ask::Discount:
        o.insert(u"asked_discount_minor"_s, minorOrNull(a.askedDiscountMinor));
        o.insert(u"max_discount_minor"_s, minorOrNull(a.maxDiscountMinor));
        o.insert(u"refused"_s, a.refused);
        o.insert(u"under_floor_minor"_s, a.underFloorMinor);
        o.insert(u"items_to_drop"_s, QJsonArray::fromStringList(a.itemsToDrop));
        o.insert(u"extra_hours"_s, a.extraHours);
        o.insert(u"extra_working_days"_s, a.extraWorkingDays);
        o.insert(u"longer_deadline"_s,
                 a.longerDeadline.isValid() ? QJsonValue(a.longerDeadline.toString(Qt::ISODate)) : QJsonValue());
        break;
    case CounterOffer::Ask::Nda:
        o.insert(u"surcharge_low_minor"_s, a.ndaLowMinor);
        o.insert(u"surcharge_high_minor"_s, a.ndaHighMinor);
        break;
    case CounterOffer::Ask::Rush:
        o.insert(u"honest_deadline"_s, a.honestDeadline.toString(Qt::ISODate));
        o.insert(u"working_days"_s, a.workingDays);
        o.insert(u"rush_surcharge_percent"_s,
                 a.rushSurchargePercent ? QJsonValue(*a.rushSurchargePercent) : QJsonValue());
        o.insert(u"rush_surcharge_minor"_s, minorOrNull(a.rushSurchargeMinor));
        break;
    case CounterOffer::Ask::Budget:
        break;
    }
    return o;
}

class CounterCommand final : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    CounterCommand()
        : DatabaseCommand(
              {u"counter"_s,
               QT_TRANSLATE_NOOP("Cli", "PROJECT_ID --ask ASK [--discount AMOUNT] [--json] [--lang LANG] [--apply]"),
               QT_TRANSLATE_NOOP("Cli", "The answer to a client's ask (postpay, discount, nda, rush, budget), "
                                        "computed from the project."),
               QT_TRANSLATE_NOOP("Cli", "postpay: the same total as four prepaid stages, each due before its work; "
                                        "--apply stores that plan. discount: --discount is the amount asked; one "
                                        "under the floor rate is refused with the amount."),
               1, 1},
              Console::Access::Read,
              {QCommandLineOption(u"ask"_s, tr("What the client asks: %1.").arg(CounterOffer::askIds().join(u", "_s)),
                                  tr("ASK")),
               QCommandLineOption(u"discount"_s, tr("The discount the client asks for, e.g. 1500.00."), tr("AMOUNT")),
               QCommandLineOption(u"lang"_s, tr("Language of the answer: en, fi or ru (default: the system's, else en)."),
                                  tr("LANG")),
               QCommandLineOption(u"apply"_s, tr("postpay only: store the proposed stages in the project.")),
               Arguments::todayOption(), Arguments::jsonOption()})
    {
    }

protected:
    Result<void> readArguments(Arguments &in, const QCommandLineParser &parser) override
    {
        m_projectId = in.id(0, tr("PROJECT_ID"));
        m_language = in.language(option(u"lang"_s));
        m_today = in.date(option(u"today"_s), QDate::currentDate());
        m_discountText = in.text(option(u"discount"_s));
        const QString ask = in.text(option(u"ask"_s));
        if (ask.isEmpty()) {
            in.problem(tr("--ask: say what the client asks: %1.").arg(CounterOffer::askIds().join(u", "_s)));
        } else if (auto chosen = CounterOffer::askFromId(ask)) {
            m_ask = *chosen;
        } else {
            in.problem(tr("--ask: \"%1\" is not one of %2.").arg(ask, CounterOffer::askIds().join(u", "_s)));
        }
        if (in.ok() && parser.isSet(option(u"apply"_s)) && m_ask != CounterOffer::Ask::Postpay)
            in.problem(tr("--apply: only the postpay answer changes the project."));
        if (in.ok() && in.isSet(option(u"discount"_s)) && m_ask != CounterOffer::Ask::Discount)
            in.problem(tr("--discount: only for --ask discount."));
        return {};
    }

    Result<int> executeWithDatabase(Console &console, Database &db, const QCommandLineParser &parser) override
    {
        ProjectStore store(db);
        auto project = store.get(m_projectId);
        if (!project)
            return Error{project.error()};
        const auto profile = ProfileStore(db).load();
        if (!profile)
            return Error{profile.error()};

        std::optional<qint64> asked;
        if (!m_discountText.isEmpty()) {
            const auto amount = Money::parseDecimal(m_discountText, project->currency);
            if (!amount)
                return fail(tr("--discount: %1").arg(amount.error()));
            asked = amount->minor();
        }
        const auto answer = CounterOffer::answer(m_ask, *project, *profile, m_today, m_language, asked);
        if (!answer)
            return Error{answer.error()};

        if (parser.isSet(option(u"apply"_s))) {
            if (auto applied = apply(db, store, *project, *answer); !applied)
                return Error{applied.error()};
        }
        if (parser.isSet(option(u"json"_s)))
            console.out() << QJsonDocument(answerJson(*project, *answer, m_language.id())).toJson(QJsonDocument::Indented);
        else
            console.out() << answer->text;
        if (parser.isSet(option(u"apply"_s)) && !parser.isSet(option(u"json"_s)))
            console.out() << u'\n'
                          << tr("Saved project #%1: %2 prepaid stages.").arg(project->id).arg(answer->stages.size())
                          << u'\n';
        return int(Cli::Success);
    }

    Console::Access access(const QCommandLineParser &parser) const override
    {
        return parser.isSet(option(u"apply"_s)) ? Console::Access::Write : Console::Access::Read;
    }

private:
    // The plan replaces the stages in one transaction, through the same
    // checks as a new split: a stage with a payment or work recorded is
    // never moved to another amount.
    static Result<void> apply(Database &db, ProjectStore &store, Project &project, const CounterOffer::Answer &a)
    {
        auto stages = CounterOffer::applyPostpay(project.stages, a, project.currency);
        if (!stages)
            return Error{stages.error()};
        project.stages = *stages;
        if (auto valid = ProjectStore::validate(project); !valid)
            return valid;
        return db.transaction([&]() -> Result<void> { return store.update(project); });
    }

    qint64 m_projectId = 0;
    CounterOffer::Ask m_ask = CounterOffer::Ask::Postpay;
    DocumentLanguage m_language;
    QDate m_today;
    QString m_discountText;
};

} // namespace

CommandList negotiation()
{
    CommandList list;
    list.push_back(std::make_unique<CounterCommand>());
    return list;
}

} // namespace neuvo::commands
