#pragma once

#include <QString>

namespace neuvo {

// Who Neuvo is to Qt, set once at start by the GUI and the CLI alike, so both
// look for settings and data in the same places:
//   settings  ~/.config/Neuvo/Neuvo.conf   (organisation "Neuvo", application "Neuvo")
//   database  ~/.local/share/Neuvo/neuvo.sqlite   (see applicationDataFolder())
// Needs a QCoreApplication. Also copies the settings of earlier builds once
// (migrateLegacySettings()).
void setUpApplicationIdentity();

// ~/.local/share/Neuvo ($XDG_DATA_HOME/Neuvo). Computed from the generic data
// folder because QStandardPaths::AppDataLocation includes the organisation
// name, which would move every existing database to ~/.local/share/Neuvo/Neuvo.
QString applicationDataFolder();

// Builds before 0.1.0 named no organisation, so Qt wrote their settings to
// ~/.config/Unknown Organization/Neuvo.conf. When the current settings file
// does not exist yet, copies every value from there (the old file is left as
// it was). Returns true when it copied something.
bool migrateLegacySettings();

} // namespace neuvo
