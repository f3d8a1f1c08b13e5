#include "evaluator.h"

#include "core/domain/plural.h"

#include <algorithm>

// The rules over the interaction log: discount and status pressure, contact
// outside the agreed hours, requests for free work, unanswered briefs and
// agreements not confirmed in writing.

using namespace Qt::StringLiterals;

namespace neuvo::evaluation {

void Evaluator::interactionRules()
{
    QHash<qint64, ClientLog> logs;
    logs.reserve(m_facts.clients.size());
    // The latest brief per (client, project): a brief sent again
    // replaces the earlier one.
    QHash<QPair<qint64, qint64>, const Interaction *> briefs;
    QList<const Interaction *> agreements;

    for (const Interaction &i : m_facts.interactions) {
        if (!notFuture(i.at))
            continue;
        ClientLog &log = logs[i.clientId];
        const bool inbound = i.direction == Direction::In;
        if (inbound && (!log.lastInbound.isValid() || i.at > log.lastInbound))
            log.lastInbound = i.at;
        switch (i.kind) {
        case InteractionKind::DiscountRequest:
            log.discountRequests << &i;
            break;
        case InteractionKind::StatusRequest:
            if (inbound)
                log.statusRequests << &i;
            break;
        case InteractionKind::FreeTestRequest:
            log.freeTestRequests << &i;
            break;
        case InteractionKind::Agreement:
            if ((i.channel == Channel::Phone || i.channel == Channel::Meeting)
                && !i.confirmedOn.isValid())
                agreements << &i;
            break;
        case InteractionKind::BriefSent: {
            // A brief the client sent us waits for our answer, not theirs.
            if (inbound)
                break;
            const Interaction *&latest = briefs[qMakePair(i.clientId, i.projectId)];
            if (!latest || i.at >= latest->at)
                latest = &i;
            break;
        }
        case InteractionKind::Reminder: {
            QDateTime &last = log.lastReminder[i.projectId];
            if (!last.isValid() || i.at > last)
                last = i.at;
            break;
        }
        case InteractionKind::General:
            break;
        }
        if (inbound && (i.channel == Channel::Phone || i.channel == Channel::Messenger)) {
            if (const Client *c = client(i.clientId);
                c && !hoursOf(*c).contains(i.at.toTimeZone(m_zones.of(c))))
                log.outsideHours << &i;
        }
    }

    const auto byTime = [](const Interaction *a, const Interaction *b) {
        return a->at < b->at || (a->at == b->at && a->id < b->id);
    };
    for (auto it = logs.begin(); it != logs.end(); ++it) {
        const qint64 clientId = it.key();
        ClientLog &log = it.value();
        for (auto *list : {&log.discountRequests, &log.statusRequests, &log.outsideHours,
                           &log.freeTestRequests}) {
            if (!std::is_sorted(list->cbegin(), list->cend(), byTime))
                std::sort(list->begin(), list->end(), byTime);
        }
        // Behaviour counts within the window; a request for free work is
        // a standing fact like a ticked observation.
        for (auto *list : {&log.discountRequests, &log.statusRequests, &log.outsideHours}) {
            list->removeIf([this](const Interaction *i) { return !inWindow(i->at.toUTC().date()); });
        }
        discountPressure(clientId, log.discountRequests);
        statusPressure(clientId, log.statusRequests);
        outsideHours(clientId, log.outsideHours);
        freeWorkSeeker(clientId, log.freeTestRequests);
    }
    for (auto it = briefs.cbegin(); it != briefs.cend(); ++it)
        briefUnanswered(*it.value(), logs.value(it.key().first));
    for (const Interaction *i : agreements)
        unconfirmedAgreement(*i);
}

QString Evaluator::localStamp(const QDateTime &at, const Client *c) const
{
    return at.toTimeZone(m_zones.of(c)).toString(u"yyyy-MM-dd HH:mm"_s);
}

void Evaluator::discountPressure(qint64 clientId, const QList<const Interaction *> &requests)
{
    if (m_t.discountRequests <= 0 || requests.size() < m_t.discountRequests)
        return;
    QList<qint64> keys;
    keys.reserve(requests.size());
    for (const Interaction *i : requests)
        keys << i->at.toUTC().date().toJulianDay();
    const Window w = fullestWindow(keys, m_t.discountDays);
    if (w.count < m_t.discountRequests)
        return;
    const Interaction &first = *requests.at(w.first);
    const Interaction &last = *requests.at(w.last);
    const QString count = englishPlural(
        RedFlagEngine::tr("%n discount request(s)", nullptr, int(w.count)), w.count);
    flag("discount_pressure", Severity::Warning, clientId, last.projectId,
         last.at.toUTC().date(),
         RedFlagEngine::tr("%1 between %2 and %3 (within %4), the latest: '%5'")
             .arg(count, iso(first.at.toUTC().date()), iso(last.at.toUTC().date()),
                  days(m_t.discountDays), last.summary));
}

void Evaluator::statusPressure(qint64 clientId, const QList<const Interaction *> &requests)
{
    if (m_t.statusRequests <= 0 || requests.size() < m_t.statusRequests)
        return;
    QList<qint64> keys;
    keys.reserve(requests.size());
    for (const Interaction *i : requests)
        keys << i->at.toSecsSinceEpoch();
    const Window w = fullestWindow(keys, qint64(m_t.statusHours) * 3600);
    if (w.count < m_t.statusRequests)
        return;
    const Client *c = client(clientId);
    const Interaction &first = *requests.at(w.first);
    const Interaction &last = *requests.at(w.last);
    const QString count = englishPlural(
        RedFlagEngine::tr("%n status request(s)", nullptr, int(w.count)), w.count);
    const QString hours = englishPlural(
        RedFlagEngine::tr("%n hour(s)", nullptr, m_t.statusHours), m_t.statusHours);
    flag("status_pressure", Severity::Warning, clientId, last.projectId,
         last.at.toUTC().date(),
         RedFlagEngine::tr("%1 within %2: from %3 to %4 (%5 time)")
             .arg(count, hours, localStamp(first.at, c), localStamp(last.at, c),
                  QString::fromUtf8(m_zones.of(c).id())));
}

void Evaluator::outsideHours(qint64 clientId, const QList<const Interaction *> &contacts)
{
    const Client *c = client(clientId);
    if (!c || m_t.outsideHoursCount <= 0 || contacts.size() < m_t.outsideHoursCount)
        return;
    const QTimeZone zone = m_zones.of(c);
    QList<qint64> keys;
    keys.reserve(contacts.size());
    for (const Interaction *i : contacts)
        keys << i->at.toTimeZone(zone).date().toJulianDay();
    const Window w = fullestWindow(keys, m_t.outsideHoursDays);
    if (w.count < m_t.outsideHoursCount)
        return;
    // Name at most five contacts, the latest ones.
    QStringList times;
    for (qsizetype k = std::max(w.first, w.last - 4); k <= w.last; ++k) {
        const Interaction &i = *contacts.at(k);
        times << RedFlagEngine::tr("%1 (%2)").arg(localStamp(i.at, c), displayName(i.channel));
    }
    const ContactHours b = hoursOf(*c);
    QStringList dayNames;
    for (int d = 1; d <= 7; ++d) {
        if (hasWeekday(b.days, d))
            dayNames << m_locale.dayName(d, QLocale::ShortFormat);
    }
    const QString count = englishPlural(
        RedFlagEngine::tr("%n call(s) or message(s)", nullptr, int(w.count)), w.count);
    flag("contact_outside_hours", Severity::Warning, clientId, 0,
         contacts.at(w.last)->at.toTimeZone(zone).date(),
         (c->contactDays != 0
              ? RedFlagEngine::tr("%1 outside the agreed hours %2–%3 (%4, %5 time) within %6: %7")
              : RedFlagEngine::tr("%1 outside your working hours %2–%3 (%4, %5 time; no hours agreed with the client) within %6: %7"))
             .arg(count, b.from.toString(u"HH:mm"_s), b.to.toString(u"HH:mm"_s),
                  dayNames.join(u", "_s), QString::fromUtf8(zone.id()),
                  days(m_t.outsideHoursDays), times.join(u", "_s)));
}

void Evaluator::freeWorkSeeker(qint64 clientId, const QList<const Interaction *> &requests)
{
    if (requests.isEmpty())
        return;
    const Interaction &last = *requests.constLast();
    const QString count = englishPlural(
        RedFlagEngine::tr("%n request(s) for free work (a test task or a contest)", nullptr,
                   int(requests.size())),
        requests.size());
    const QDate on = last.at.toUTC().date();
    flag("free_work_seeker", Severity::High, clientId, last.projectId, on,
         last.summary.trimmed().isEmpty()
             ? RedFlagEngine::tr("%1, the latest on %2").arg(count, iso(on))
             : RedFlagEngine::tr("%1, the latest on %2: '%3'").arg(count, iso(on), last.summary));
}

void Evaluator::briefUnanswered(const Interaction &brief, const ClientLog &log)
{
    if (!alertsWanted(brief.clientId))
        return;
    const Project *p = brief.projectId ? m_projects.value(brief.projectId, nullptr) : nullptr;
    if (p && !isBeforeAgreement(p->status))
        return;
    if (log.lastInbound.isValid() && log.lastInbound > brief.at)
        return;
    if (const QDateTime reminded = log.lastReminder.value(brief.projectId);
        reminded.isValid() && reminded > brief.at)
        return; // one reminder, not many
    const QDate sent = brief.at.toUTC().date();
    const qint64 waited = sent.daysTo(m_today);
    if (waited < m_t.briefDays)
        return;
    const QString evidence = p
        ? RedFlagEngine::tr("The brief for '%1' sent to %2 on %3 has had no answer for %4: send one reminder")
              .arg(p->title, clientName(brief.clientId), iso(sent), days(waited))
        : RedFlagEngine::tr("The brief sent to %1 on %2 has had no answer for %3: send one reminder")
              .arg(clientName(brief.clientId), iso(sent), days(waited));
    add("brief_unanswered", FindingKind::Alert, Severity::Info, brief.clientId, brief.projectId,
        sent.addDays(m_t.briefDays), evidence);
}

void Evaluator::unconfirmedAgreement(const Interaction &i)
{
    if (!alertsWanted(i.clientId))
        return;
    const QDate on = i.at.toUTC().date();
    const qint64 waited = on.daysTo(m_today);
    if (waited <= m_t.agreementDays)
        return;
    const QString what = i.summary.trimmed().isEmpty() ? QString() : quoted(i.summary);
    QString evidence;
    if (i.channel == Channel::Phone) {
        evidence = RedFlagEngine::tr("The agreement with %1 made in a call on %2 %3 is not confirmed in writing after %4: send a letter with its key points")
                       .arg(clientName(i.clientId), iso(on), what, days(waited));
    } else {
        evidence = RedFlagEngine::tr("The agreement with %1 made in a meeting on %2 %3 is not confirmed in writing after %4: send a letter with its key points")
                       .arg(clientName(i.clientId), iso(on), what, days(waited));
    }
    add("unconfirmed_agreement", FindingKind::Alert, Severity::Warning, i.clientId, i.projectId,
        on.addDays(m_t.agreementDays), evidence.simplified());
}

} // namespace neuvo::evaluation
