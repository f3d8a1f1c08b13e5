#pragma once

#include "core/domain/result.h"

#include <QString>

namespace neuvo {

class Database;

// Settings that change what happens to the data file used to be desktop
// settings (QSettings), which neuvo-cli and database upgrades never saw;
// they live in the file's profile now. This moves them there once.
class LegacySettings final
{
public:
    // QSettings key of the number of backups to keep, before it moved into
    // the profile (Profile::backupsToKeep).
    static QString backupsToKeepKey();

    // When the desktop settings still hold a number of backups to keep
    // other than the default and the profile still has the default, the
    // number is copied into the profile; then the key is removed. A file
    // open read-only is left alone and the key kept for a file Neuvo may
    // write. Call it before anything makes a backup.
    static Result<void> moveIntoProfile(Database &db);
};

} // namespace neuvo
