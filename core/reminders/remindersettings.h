#pragma once

#include "core/domain/result.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace neuvo {

class Database;

// How this database reminds the freelancer outside the dashboard: desktop
// notifications (the desktop application and `neuvo-cli alerts --notify`
// read the same row, so turning them off stops both) and the alarms of the
// calendar feed. Kept in the database file, beside what was announced.
struct ReminderSettings
{
    // The longest alarm lead the calendar feed offers.
    static constexpr int MaxAlarmDays = 30;

    bool desktopNotifications = true;
    // Hold notifications outside the profile's working hours and days; they
    // are shown when the next working period starts.
    bool quietOutsideWorkingHours = true;
    // A VALARM on every calendar event: this many days before the day, at
    // the start of the working day. Empty: no alarms.
    std::optional<int> calendarAlarmDays;
    // 32 hex digits made when the database was created; part of every
    // calendar UID, so two databases never share an event.
    QString calendarId;

    friend bool operator==(const ReminderSettings &, const ReminderSettings &) = default;
};

class ReminderSettingsStore final
{
    Q_DECLARE_TR_FUNCTIONS(ReminderSettingsStore)

public:
    explicit ReminderSettingsStore(Database &db) : m_db(db) {}
    Result<ReminderSettings> load() const;
    // Stores everything but the calendar id, which never changes.
    Result<void> save(const ReminderSettings &settings);

private:
    Database &m_db;
};

} // namespace neuvo
