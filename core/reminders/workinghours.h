#pragma once

#include "core/domain/domain.h"

#include <QDateTime>

namespace neuvo {

// The freelancer's working hours and days from the profile, in local time:
// the quiet hours of desktop notifications are the time outside them.
// A start after the end runs over midnight (22:00–02:00 belongs to the day
// it starts on); equal or missing times mean the whole day; no working days
// at all would never let a notification through, so it counts as always.
class WorkingHours final
{
public:
    explicit WorkingHours(const Profile &profile);

    bool contains(const QDateTime &local) const;
    // local itself when it is inside, else the start of the next working
    // period.
    QDateTime nextStart(const QDateTime &local) const;

private:
    bool isWorkday(const QDate &date) const;

    QTime m_start;
    QTime m_end;
    Weekdays m_days;
    bool m_always = false;
    bool m_wholeDay = false;
};

} // namespace neuvo
