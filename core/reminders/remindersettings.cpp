#include "remindersettings.h"

#include "core/storage/database.h"
#include "core/storage/sqlstatement.h"

using namespace Qt::StringLiterals;

namespace neuvo {

Result<ReminderSettings> ReminderSettingsStore::load() const
{
    SqlStatement st(m_db.connection(), u"SELECT desktop_notifications, quiet_outside_working_hours, "
                                       "calendar_alarm_days, calendar_id FROM reminder_settings WHERE id = 1"_s);
    if (auto r = st.exec(); !r)
        return Error{r.error()};
    if (!st.next())
        return fail(tr("The reminder settings are missing from the database."));
    ReminderSettings s;
    s.desktopNotifications = st.value(0).toInt() != 0;
    s.quietOutsideWorkingHours = st.value(1).toInt() != 0;
    if (!st.value(2).isNull())
        s.calendarAlarmDays = st.value(2).toInt();
    s.calendarId = st.value(3).toString();
    return s;
}

Result<void> ReminderSettingsStore::save(const ReminderSettings &s)
{
    if (s.calendarAlarmDays && (*s.calendarAlarmDays < 0 || *s.calendarAlarmDays > ReminderSettings::MaxAlarmDays))
        return fail(tr("Calendar reminder: %1 days before is outside 0–%2.")
                        .arg(*s.calendarAlarmDays)
                        .arg(ReminderSettings::MaxAlarmDays));
    return m_db.transaction([&]() -> Result<void> {
        SqlStatement st(m_db.connection(), u"UPDATE reminder_settings SET desktop_notifications = :notify, "
                                           "quiet_outside_working_hours = :quiet, calendar_alarm_days = :alarm "
                                           "WHERE id = 1"_s);
        st.bind(u":notify"_s, int(s.desktopNotifications))
            .bind(u":quiet"_s, int(s.quietOutsideWorkingHours))
            .bind(u":alarm"_s, s.calendarAlarmDays ? QVariant(*s.calendarAlarmDays) : QVariant(QMetaType(QMetaType::Int)));
        if (auto r = st.exec(); !r)
            return r;
        if (st.rowsAffected() == 0)
            return fail(tr("The reminder settings are missing from the database."));
        return {};
    });
}

} // namespace neuvo
