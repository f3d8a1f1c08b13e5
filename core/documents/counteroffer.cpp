#include "counteroffer.h"

#include "core/domain/pricing.h"
#include "core/domain/stagepayment.h"
#include "core/domain/stageplan.h"

using namespace Qt::StringLiterals;

namespace neuvo {

namespace {

// The article: a text that cost 10 000 to develop costs 6 000 when a second
// one follows the same structure.
constexpr int kReusePercent = 60;
// The article's NDA surcharge: 20–40 % more, for the work that cannot go
// into the portfolio.
constexpr int kNdaLowPercent = 20;
constexpr int kNdaHighPercent = 40;
// Working hours per day when the profile's working day is empty.
constexpr int kFallbackDayMinutes = 8 * 60;

const struct
{
    CounterOffer::Ask ask;
    const char *id;
} kAsks[] = {
    {CounterOffer::Ask::Postpay, "postpay"}, {CounterOffer::Ask::Discount, "discount"},
    {CounterOffer::Ask::Nda, "nda"},         {CounterOffer::Ask::Rush, "rush"},
    {CounterOffer::Ask::Budget, "budget"},
};

Result<void> postpay(CounterOffer::Answer &a, const Project &p, const Money &total, const QDate &today,
                     const DocumentLanguage &lang)
{
    if (!p.deadline.isValid() || p.deadline <= today)
        return fail(CounterOffer::tr("Deadline: the stages are spread up to the deadline, so set one after %1.")
                        .arg(today.toString(Qt::ISODate)));
    // Spread the work to the project's own deadline (the agreed one minus
    // the internal margin) while that leaves any time at all.
    QDate end = p.deadline.addDays(-qMax(0, p.internalMarginDays));
    if (end <= today)
        end = p.deadline;
    const qint64 span = today.daysTo(end);
    const auto amounts = StagePlan::splitEqual(total, CounterOffer::PrepaidStages);
    if (!amounts)
        return Error{amounts.error()};

    QStringList lines;
    for (int i = 0; i < CounterOffer::PrepaidStages; ++i) {
        PaymentStage s;
        s.projectId = p.id;
        s.position = i + 1;
        // A stage keeps the title it has at its place, so the plan reads as
        // the work it pays for.
        s.title = i < p.stages.size() && !p.stages.at(i).title.trimmed().isEmpty()
            ? p.stages.at(i).title.trimmed()
            : lang.translate("CounterOffer", "Stage %1 of %2").arg(i + 1).arg(CounterOffer::PrepaidStages);
        s.amountMinor = amounts->at(i).minor();
        // Due on the day its work starts: paid before the work, and the last
        // start lies before the end of the span, so before the deadline.
        s.dueOn = today.addDays(span * i / CounterOffer::PrepaidStages);
        a.stages.append(s);
        lines << lang.translate("CounterOffer", "- %1: %2, paid by %3, before its work starts")
                     .arg(s.title, lang.money(amounts->at(i)), lang.longDate(s.dueOn));
    }
    QStringList body;
    body << lang.translate("CounterOffer", "I only work with full prepayment. But you can split it into four stages: you pay a quarter "
                     "of the work, I do it, we agree on it, then you pay for the next one, and so on. Either way I "
                     "reserve my time for the whole project.")
         << QString() << lines.join(u'\n') << QString()
         << lang.translate("CounterOffer", "Total: %1, the same as agreed; the work is done by %2.")
                .arg(lang.money(total), lang.longDate(p.deadline));
    a.text = body.join(u'\n');
    return {};
}

Result<void> discount(CounterOffer::Answer &a, const Project &p, const Profile &profile, const Money &total,
                      std::optional<qint64> asked, const DocumentLanguage &lang)
{
    if (asked && (*asked < 0 || *asked > total.minor()))
        return fail(CounterOffer::tr("Discount: %1 is not between 0 and the price %2.")
                        .arg(Money(*asked, p.currency).formatWithCode(), total.formatWithCode()));
    a.askedDiscountMinor = asked;
    QStringList body;
    body << lang.translate("CounterOffer", "I do not lower the price of this project for the promise of future orders: a discount has "
                     "to be worth it for both of us.");

    const bool floorApplies = p.estimatedHours > 0 && profile.floorRateMinor > 0 && profile.currency == p.currency;
    if (floorApplies) {
        const auto floorPrice = profile.floorRate().multiply(p.estimatedHours);
        if (!floorPrice)
            return Error{floorPrice.error()};
        a.maxDiscountMinor = qMax<qint64>(0, total.minor() - floorPrice->minor());
        const Money floor = profile.floorRate();
        if (asked && *asked > *a.maxDiscountMinor) {
            a.refused = true;
            a.underFloorMinor = *asked - *a.maxDiscountMinor;
            const Money price(total.minor() - *asked, p.currency);
            const Money perHour(price.minor() / p.estimatedHours, p.currency);
            body << QString()
                 << lang.translate("CounterOffer", "A discount of %1 would bring the price to %2, %3 per hour for %4 hours of work: "
                             "%5 under my floor rate of %6 per hour. I cannot accept it.")
                        .arg(lang.money(Money(*asked, p.currency)), lang.money(price), lang.money(perHour),
                             lang.number(p.estimatedHours), lang.money(Money(a.underFloorMinor, p.currency)),
                             lang.money(floor));
        } else if (asked) {
            body << QString()
                 << lang.translate("CounterOffer", "A discount of %1 keeps the price at or above my floor rate of %2 per hour; "
                             "I can give it if I get something in return.")
                        .arg(lang.money(Money(*asked, p.currency)), lang.money(floor));
        } else {
            body << QString()
                 << lang.translate("CounterOffer", "The most I can take off is %1: below that, the work pays less than my floor rate of "
                             "%2 per hour.")
                        .arg(lang.money(Money(*a.maxDiscountMinor, p.currency)), lang.money(floor));
        }
    }

    // A smaller scope worth about the discount: items dropped from the end,
    // each taken as an equal share of the price (the items carry no prices).
    const qint64 wanted = asked ? *asked : 0;
    const qsizetype n = p.includedItems.size();
    if (wanted > 0 && n > 1) {
        const qint64 share = total.minor() / n;
        qsizetype drop = share > 0 ? qsizetype((wanted + share - 1) / share) : n;
        drop = qMin(drop, n - 1);
        a.itemsToDrop = p.includedItems.mid(n - drop);
        QStringList items;
        for (const QString &item : std::as_const(a.itemsToDrop))
            items << u"- "_s + item.trimmed();
        body << QString() << lang.translate("CounterOffer", "Instead, I can make the scope smaller; without these, the price is about %1:")
                                 .arg(lang.money(Money(total.minor() - share * drop, p.currency)))
             << items.join(u'\n');
    }
    // A longer deadline worth the discount: the discount pays for
    // discount ÷ (price ÷ estimated hours) hours of this very work; moving
    // the deadline by the working days of those hours frees that much time
    // for other work at the same rate, so the freelancer loses nothing.
    if (wanted > 0 && p.estimatedHours > 0 && total.minor() > 0) {
        const qint64 hours = (wanted * p.estimatedHours + total.minor() - 1) / total.minor();
        a.extraHours = int(hours);
        a.extraWorkingDays = CounterOffer::workingDaysFor(a.extraHours, profile);
        const Money perHour(total.minor() / p.estimatedHours, p.currency);
        // One number per sentence: its plural form and, in Russian, its case
        // after "about" depend on that number alone.
        QString line = lang.translate("CounterOffer", "Or a longer deadline: the discount of %1 is worth about %Ln hour(s) "
                                                      "of this work at %2 per hour.",
                                      nullptr, a.extraHours)
                           .arg(lang.money(Money(wanted, p.currency)), lang.money(perHour))
            + u' '
            + lang.translate("CounterOffer", "That is %Ln more working day(s).", nullptr, a.extraWorkingDays);
        if (p.deadline.isValid()) {
            a.longerDeadline = CounterOffer::addWorkingDays(p.deadline.addDays(1), a.extraWorkingDays, profile.workDays);
            line += u' '
                + lang.translate("CounterOffer", "With the deadline moved from %1 to %2 I can give the discount.")
                      .arg(lang.longDate(p.deadline), lang.longDate(a.longerDeadline));
        }
        body << QString() << line;
    }
    const auto reuse = total.percentage(kReusePercent);
    if (!reuse)
        return Error{reuse.error()};
    body << QString()
         << lang.translate("CounterOffer", "If the work repeats the structure of an earlier project of ours, the repeated part costs less: "
                     "about %1 instead of %2.")
                .arg(lang.money(*reuse), lang.money(total));
    a.text = body.join(u'\n');
    return {};
}

Result<void> nda(CounterOffer::Answer &a, const Project &p, const PriceBreakdown &price,
                 const DocumentLanguage &lang)
{
    const auto low = p.basePrice().percentage(kNdaLowPercent);
    const auto high = p.basePrice().percentage(kNdaHighPercent);
    if (!low || !high)
        return Error{(!low ? low : high).error()};
    a.ndaLowMinor = low->minor();
    a.ndaHighMinor = high->minor();
    QStringList body;
    body << lang.translate("CounterOffer", "I can sign the NDA. The work then cannot go into my portfolio, so the price rises by "
                     "20–40 %: from %1 to %2–%3 (%4 to %5 more).")
                .arg(lang.money(p.basePrice()), lang.money(Money(p.basePriceMinor + low->minor(), p.currency)),
                     lang.money(Money(p.basePriceMinor + high->minor(), p.currency)), lang.money(*low),
                     lang.money(*high));
    qint64 discountMinor = 0;
    for (const PriceLine &line : price.lines) {
        if (line.kind == PriceLine::Kind::Discount)
            discountMinor = -line.amount.minor();
    }
    if (discountMinor > 0 && discountMinor >= low->minor())
        body << QString()
             << lang.translate("CounterOffer", "Note: the discount of %1 already given eats at least the lower surcharge of %2.")
                    .arg(lang.money(Money(discountMinor, p.currency)), lang.money(*low));
    a.text = body.join(u'\n');
    return {};
}

Result<void> rush(CounterOffer::Answer &a, const Project &p, const Profile &profile, const Money &total,
                  const QDate &today, const DocumentLanguage &lang)
{
    if (p.estimatedHours <= 0)
        return fail(CounterOffer::tr("Estimated hours: an honest deadline is counted from them, so enter them."));
    a.workingDays = CounterOffer::workingDaysFor(p.estimatedHours, profile);
    const int margin = qMax(0, p.internalMarginDays);
    a.honestDeadline = CounterOffer::addWorkingDays(today, a.workingDays, profile.workDays).addDays(margin);
    QStringList sentences{
        lang.translate("CounterOffer", "I cannot do it today and do it well."),
        lang.translate("CounterOffer", "The work takes about %Ln hour(s).", nullptr, p.estimatedHours),
        lang.translate("CounterOffer", "That makes %Ln working day(s).", nullptr, a.workingDays),
    };
    if (margin > 0)
        sentences << lang.translate("CounterOffer", "I keep %Ln day(s) in reserve for the unexpected.", nullptr, margin);
    sentences << lang.translate("CounterOffer", "The earliest deadline I can promise honestly is %1.")
                     .arg(lang.longDate(a.honestDeadline));
    a.text = sentences.join(u' ');
    // The surcharge pays for putting this work before the other projects;
    // it does not buy a deadline sooner than the honest one.
    if (profile.rushSurchargePercent) {
        const auto surcharge = total.percentage(*profile.rushSurchargePercent);
        if (!surcharge)
            return Error{surcharge.error()};
        a.rushSurchargePercent = profile.rushSurchargePercent;
        a.rushSurchargeMinor = surcharge->minor();
        a.text += u"\n\n"_s
            + lang.translate("CounterOffer", "Putting this work before my other projects costs %1 % more: %2 on top "
                                             "of %3, %4 in all.")
                  .arg(lang.number(*profile.rushSurchargePercent), lang.money(*surcharge), lang.money(total),
                       lang.money(Money(total.minor() + surcharge->minor(), total.currency())));
    }
    return {};
}

void budget(CounterOffer::Answer &a, const Project &p, const PriceBreakdown &price, const DocumentLanguage &lang)
{
    QStringList body;
    body << lang.translate("CounterOffer", "I name the price myself, from the work it takes. For \"%1\" it is %2.")
                .arg(p.title.trimmed(), lang.money(price.total));
    QStringList items;
    for (const QString &item : p.includedItems) {
        if (!item.trimmed().isEmpty())
            items << u"- "_s + item.trimmed();
    }
    if (!items.isEmpty())
        body << QString() << lang.translate("CounterOffer", "The price includes:") << items.join(u'\n');
    QStringList lines;
    for (const PriceLine &line : price.lines) {
        switch (line.kind) {
        case PriceLine::Kind::Base:
            lines << lang.translate("CounterOffer", "Base price: %1").arg(lang.money(line.amount));
            break;
        case PriceLine::Kind::NdaSurcharge:
            lines << lang.translate("CounterOffer", "NDA surcharge %1 %: %2")
                         .arg(line.percent)
                         .arg(u'+' + lang.money(line.amount));
            break;
        case PriceLine::Kind::Discount:
            // Signed as the quote prints it, not in the locale's accounting
            // brackets.
            lines << lang.translate("CounterOffer", "Discount: %1")
                         .arg(QChar(0x2212) + lang.money(Money(-line.amount.minor(), line.amount.currency())));
            break;
        case PriceLine::Kind::Total:
            lines << lang.translate("CounterOffer", "Total: %1").arg(lang.money(line.amount));
            break;
        }
    }
    body << QString() << lines.join(u'\n');
    if (p.revisionsIncluded > 0)
        body << QString() << lang.translate("CounterOffer", "Revision rounds included: %1.").arg(lang.number(p.revisionsIncluded));
    a.text = body.join(u'\n');
}

} // namespace

QStringList CounterOffer::askIds()
{
    QStringList ids;
    for (const auto &entry : kAsks)
        ids << QString::fromLatin1(entry.id);
    return ids;
}

std::optional<CounterOffer::Ask> CounterOffer::askFromId(const QString &id)
{
    for (const auto &entry : kAsks) {
        if (id == QLatin1StringView(entry.id))
            return entry.ask;
    }
    return std::nullopt;
}

QString CounterOffer::askId(Ask ask)
{
    for (const auto &entry : kAsks) {
        if (entry.ask == ask)
            return QString::fromLatin1(entry.id);
    }
    return QString();
}

int CounterOffer::workingDaysFor(int hours, const Profile &profile)
{
    if (hours <= 0)
        return 0;
    int dayMinutes = profile.workStart.isValid() && profile.workEnd.isValid()
        ? profile.workStart.secsTo(profile.workEnd) / 60
        : 0;
    if (dayMinutes <= 0)
        dayMinutes = kFallbackDayMinutes;
    const qint64 minutes = qint64(hours) * 60;
    return int((minutes + dayMinutes - 1) / dayMinutes);
}

QDate CounterOffer::addWorkingDays(const QDate &from, int days, Weekdays workDays)
{
    if (workDays == 0)
        workDays = AllWeek;
    // The first working day counted is `from` itself when it is one: the
    // work can start today; the result is the day the last one ends.
    QDate d = from;
    int counted = 0;
    while (counted < days) {
        if (hasWeekday(workDays, d.dayOfWeek()))
            ++counted;
        if (counted < days)
            d = d.addDays(1);
    }
    return d;
}

Result<QList<PaymentStage>> CounterOffer::applyPostpay(const QList<PaymentStage> &current, const Answer &a,
                                                      const QString &currency)
{
    QList<Money> amounts;
    for (const PaymentStage &s : a.stages)
        amounts.append(Money(s.amountMinor, currency));
    auto stages = StagePayment::resplit(current, amounts);
    if (!stages)
        return Error{stages.error()};
    for (qsizetype i = 0; i < stages->size() && i < a.stages.size(); ++i) {
        (*stages)[i].title = a.stages.at(i).title;
        (*stages)[i].dueOn = a.stages.at(i).dueOn;
    }
    return *stages;
}

Result<CounterOffer::Answer> CounterOffer::answer(Ask ask, const Project &project, const Profile &profile,
                                                  const QDate &today, const DocumentLanguage &language,
                                                  std::optional<qint64> askedDiscountMinor)
{
    const auto price = Pricing::compute(project);
    if (!price)
        return fail(tr("Price: %1").arg(price.error()));
    Answer a;
    a.ask = ask;
    Result<void> done;
    switch (ask) {
    case Ask::Postpay:
        done = postpay(a, project, price->total, today, language);
        break;
    case Ask::Discount:
        done = discount(a, project, profile, price->total, askedDiscountMinor, language);
        break;
    case Ask::Nda:
        done = nda(a, project, *price, language);
        break;
    case Ask::Rush:
        done = rush(a, project, profile, price->total, today, language);
        break;
    case Ask::Budget:
        budget(a, project, *price, language);
        break;
    }
    if (!done)
        return Error{done.error()};
    a.text += u'\n';
    return a;
}

} // namespace neuvo
