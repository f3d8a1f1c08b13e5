#include "legacysettings.h"

#include "core/storage/database.h"
#include "core/storage/stores.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace neuvo {

QString LegacySettings::backupsToKeepKey()
{
    return u"backups/keep"_s;
}

Result<void> LegacySettings::moveIntoProfile(Database &db)
{
    QSettings settings;
    if (!settings.contains(backupsToKeepKey()) || db.isReadOnly())
        return {};
    bool ok = false;
    const int keep = settings.value(backupsToKeepKey()).toInt(&ok);
    if (ok && keep >= 1 && keep <= Profile::MaxBackupsToKeep && keep != Profile::DefaultBackupsToKeep) {
        auto profile = ProfileStore(db).load();
        if (!profile)
            return Error{profile.error()};
        // A profile that holds a number of its own was set for this file
        // (in Preferences or by neuvo-cli) after the desktop setting.
        if (profile->backupsToKeep == Profile::DefaultBackupsToKeep) {
            profile->backupsToKeep = keep;
            if (auto saved = ProfileStore(db).save(*profile); !saved)
                return saved;
        }
    }
    settings.remove(backupsToKeepKey());
    return {};
}

} // namespace neuvo
