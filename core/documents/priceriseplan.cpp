#include "priceriseplan.h"

#include "core/documents/letters.h"
#include "core/domain/contractterms.h"

#include <QMap>

#include <algorithm>
#include <QtNumeric>

using namespace Qt::StringLiterals;

namespace neuvo {

qint64 PriceRisePlan::priceOn(const Project &project, const QDate &day)
{
    qint64 price = project.basePriceMinor;
    QDate latest;
    for (const PriceChange &c : project.priceChanges) {
        if (c.effectiveOn.isValid() && c.effectiveOn <= day && (!latest.isValid() || c.effectiveOn > latest)) {
            latest = c.effectiveOn;
            price = c.newPriceMinor;
        }
    }
    return price;
}

qint64 PriceRisePlan::suggestedPrice(qint64 currentMinor, qint64 recentRateMinor, qint64 effectiveRateMinor,
                                     const QString &currency)
{
    if (effectiveRateMinor <= 0 || currentMinor <= 0)
        return currentMinor;
    // current × recent ÷ effective, rounded up to the step; a price so large
    // that this overflows keeps the current price rather than a wrong one.
    qint64 step = 10;
    for (int i = 0; i < Money::exponent(currency); ++i)
        step *= 10;
    qint64 product = 0;
    if (qMulOverflow(currentMinor, recentRateMinor, &product))
        return currentMinor;
    const qint64 raised = product / effectiveRateMinor + (product % effectiveRateMinor ? 1 : 0);
    const qint64 steps = raised / step + (raised % step ? 1 : 0);
    qint64 rounded = 0;
    if (qMulOverflow(steps, step, &rounded))
        return currentMinor;
    return rounded;
}

QList<PriceRisePlan::Candidate> PriceRisePlan::plan(const Profile &profile, const QList<Client> &clients,
                                                    const QList<Project> &projects,
                                                    const NegotiationStats::Report &stats,
                                                    const NegotiationStats::ProjectLogDays &logDays,
                                                    const QDate &today)
{
    QMap<qint64, const Client *> clientById;
    for (const Client &c : clients)
        clientById.insert(c.id, &c);

    QList<Candidate> out;
    for (const NegotiationStats::ClientRate &rate : stats.clientRates) {
        if (!rate.rateMinor || !rate.recentMinor || *rate.rateMinor >= *rate.recentMinor)
            continue;
        const Client *client = clientById.value(rate.clientId);
        if (!client || client->status == ClientStatus::Past || client->status == ClientStatus::Declined)
            continue;
        // The project the new price goes on: the newest one under way in
        // the same currency (the client's current work with us).
        const Project *target = nullptr;
        QDate targetOn;
        for (const Project &p : projects) {
            if (p.clientId != rate.clientId || p.currency != rate.currency || !p.owesMoney())
                continue;
            const QDate on = NegotiationStats::projectDate(p, logDays);
            if (!target || (on.isValid() && (!targetOn.isValid() || on > targetOn))
                || (on == targetOn && p.id > target->id)) {
                target = &p;
                targetOn = on;
            }
        }
        if (!target)
            continue;

        Candidate c;
        c.clientId = client->id;
        c.clientName = client->name;
        c.projectId = target->id;
        c.projectTitle = target->title;
        c.currency = rate.currency;
        c.effectiveRateMinor = *rate.rateMinor;
        c.recentRateMinor = *rate.recentMinor;
        c.currentPriceMinor = priceOn(*target, today);
        c.suggestedPriceMinor = suggestedPrice(c.currentPriceMinor, c.recentRateMinor, c.effectiveRateMinor,
                                               c.currency);
        c.noticeDays = profile.noticeDays;
        c.termEnd = currentTermEnd(*target, today);
        c.effectiveOn = today.addDays(profile.noticeDays);
        if (c.termEnd.isValid() && c.termEnd > c.effectiveOn)
            c.effectiveOn = c.termEnd;
        for (const PriceChange &change : target->priceChanges) {
            if (change.effectiveOn.isValid() && change.effectiveOn >= today && isPriceRise(*target, change))
                c.alreadyPlanned = change;
        }
        out.append(c);
    }
    std::sort(out.begin(), out.end(), [](const Candidate &a, const Candidate &b) {
        return a.clientName.localeAwareCompare(b.clientName) < 0;
    });
    return out;
}

QString PriceRisePlan::letter(const Candidate &c, const Profile &profile, const DocumentLanguage &lang)
{
    const QString current = lang.money(Money(c.currentPriceMinor, c.currency));
    const QString suggested = lang.money(Money(c.suggestedPriceMinor, c.currency));
    const QString recent = lang.money(Money(c.recentRateMinor, c.currency));
    const QString date = lang.longDate(c.effectiveOn);
    const QString dayBefore = lang.longDate(c.effectiveOn.addDays(-1));

    QStringList body;
    body << lang.translate("PriceRisePlan", "Hello %1,").arg(c.clientName) << QString();
    body << lang.translate("PriceRisePlan", "Thank you for our work together on \"%1\". I am writing well in advance: "
                                            "from %2 my price for this work is %3 instead of %4.")
                .arg(c.projectTitle, date, suggested, current);
    if (c.termEnd.isValid() && c.termEnd == c.effectiveOn)
        body << lang.translate("PriceRisePlan", "The new price starts with the next contract term; until the current "
                                                "term ends on %1 everything stays as agreed.")
                    .arg(date);
    else
        body << lang.translate("PriceRisePlan", "Work ordered by %1 is done at the current price.").arg(dayBefore);
    body << QString();
    body << lang.translate("PriceRisePlan", "Why: my new agreements are now made at about %1 per hour, and at the "
                                            "current price this work no longer pays that. From %2 I can take on "
                                            "this work only at the new price.")
                .arg(recent, date);
    body << QString();
    body << lang.translate("PriceRisePlan", "I am telling you now so that you have time to plan: if the new price does "
                                            "not fit your budget, there is time to find another contractor before %1. "
                                            "I would be glad to go on working with you at the new price.")
                .arg(date);
    body << QString() << lang.translate("PriceRisePlan", "Best regards,");
    if (!profile.name.trimmed().isEmpty())
        body << profile.name.trimmed();
    return body.join(u'\n');
}

QString PriceRisePlan::subject(const Candidate &c, const DocumentLanguage &lang)
{
    return lang.translate("PriceRisePlan", "New price for \"%1\" from %2").arg(c.projectTitle, lang.longDate(c.effectiveOn));
}

QString PriceRisePlan::mailtoUrl(const Candidate &c, const Profile &profile, const QString &recipient,
                                 const DocumentLanguage &lang)
{
    return FollowUpLetter::mailtoUrl(recipient.trimmed(), subject(c, lang), letter(c, profile, lang));
}

Result<PriceChange> PriceRisePlan::priceChange(const Candidate &c, const QDate &announcedOn,
                                               const DocumentLanguage &language)
{
    if (c.alreadyPlanned)
        return fail(tr("'%1' already has a price rise planned from %2; change that one in the project instead.")
                        .arg(c.projectTitle, c.alreadyPlanned->effectiveOn.toString(Qt::ISODate)));
    if (c.suggestedPriceMinor <= c.currentPriceMinor)
        return fail(tr("The suggested price of '%1' is not above its current price.").arg(c.projectTitle));
    PriceChange change;
    change.projectId = c.projectId;
    change.effectiveOn = c.effectiveOn;
    change.newPriceMinor = c.suggestedPriceMinor;
    change.announcedOn = announcedOn;
    change.note = language.translate("PriceRisePlan", "Price rise: effective rate %1 per hour against %2 for new "
                                                      "agreements.")
                      .arg(language.money(Money(c.effectiveRateMinor, c.currency)),
                           language.money(Money(c.recentRateMinor, c.currency)));
    return change;
}

} // namespace neuvo
