#pragma once

#include "core/domain/domain.h"

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QTime>
#include <QTimeZone>

namespace neuvo {

// When a client may call or write: the hours and days agreed with it, or
// the freelancer's working hours and days when none were agreed (no
// contact days). The rule on contact outside the hours reads it, and so
// does Facts::load(), which keeps only the calls and messages outside them.
struct ContactHours
{
    QTime from;
    QTime to;
    Weekdays days = 0;

    static ContactHours of(const Client &client, const Profile &profile)
    {
        if (client.contactDays != 0)
            return {client.contactFrom, client.contactTo, client.contactDays};
        return {profile.workStart, profile.workEnd, profile.workDays};
    }

    // Whether a moment, in the client's time zone, is inside the hours.
    bool contains(const QDateTime &local) const
    {
        if (!hasWeekday(days, local.date().dayOfWeek()))
            return false;
        const QTime t = local.time();
        if (from == to)
            return true;
        if (from < to)
            return t >= from && t < to;
        return t >= from || t < to; // over midnight
    }
};

// A client's time zone (UTC when it names none Qt knows), each zone made
// once: a QTimeZone is costly to make and most clients share a few.
class ClientZones
{
public:
    QTimeZone of(const Client *client)
    {
        if (!client)
            return QTimeZone::utc();
        const auto it = m_zones.constFind(client->timeZone);
        if (it != m_zones.cend())
            return *it;
        QTimeZone zone(client->timeZone.toUtf8());
        if (!zone.isValid())
            zone = QTimeZone::utc();
        m_zones.insert(client->timeZone, zone);
        return zone;
    }

private:
    QHash<QString, QTimeZone> m_zones;
};

} // namespace neuvo
