#include "workinghours.h"

namespace neuvo {

WorkingHours::WorkingHours(const Profile &profile)
    : m_start(profile.workStart)
    , m_end(profile.workEnd)
    , m_days(profile.workDays & AllWeek)
{
    m_always = m_days == 0;
    m_wholeDay = !m_start.isValid() || !m_end.isValid() || m_start == m_end;
}

bool WorkingHours::isWorkday(const QDate &date) const
{
    return hasWeekday(m_days, date.dayOfWeek());
}

bool WorkingHours::contains(const QDateTime &local) const
{
    if (m_always)
        return true;
    const QDate day = local.date();
    const QTime t = local.time();
    if (m_wholeDay)
        return isWorkday(day);
    if (m_start < m_end)
        return isWorkday(day) && t >= m_start && t < m_end;
    // Over midnight: the evening of a working day and the early hours after it.
    return (isWorkday(day) && t >= m_start) || (isWorkday(day.addDays(-1)) && t < m_end);
}

QDateTime WorkingHours::nextStart(const QDateTime &local) const
{
    if (contains(local))
        return local;
    const QTime start = m_wholeDay ? QTime(0, 0) : m_start;
    // Within a week every working day comes round once.
    for (int offset = 0; offset <= 7; ++offset) {
        const QDate day = local.date().addDays(offset);
        if (!isWorkday(day))
            continue;
        // A copy keeps local's time spec (local time, or UTC in a test).
        QDateTime candidate = local;
        candidate.setDate(day);
        candidate.setTime(start);
        if (candidate > local)
            return candidate;
    }
    return {};
}

} // namespace neuvo
