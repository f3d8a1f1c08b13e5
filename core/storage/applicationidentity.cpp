#include "applicationidentity.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace neuvo {

namespace {

constexpr auto kName = "Neuvo"_L1;

} // namespace

void setUpApplicationIdentity()
{
    QCoreApplication::setOrganizationName(kName);
    // Reverse of the desktop file id fi.neuvo.Neuvo; used for settings on macOS.
    QCoreApplication::setOrganizationDomain(u"neuvo.fi"_s);
    QCoreApplication::setApplicationName(kName);
    QCoreApplication::setApplicationVersion(QStringLiteral(NEUVO_VERSION));
    migrateLegacySettings();
}

QString applicationDataFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)).filePath(kName);
}

bool migrateLegacySettings()
{
    QSettings current;
    if (QFileInfo::exists(current.fileName()))
        return false;
    // Where QSettings puts an application's settings when the organisation
    // name is empty.
    const QString legacyPath = QDir(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation))
                                   .filePath(u"Unknown Organization/"_s + QCoreApplication::applicationName()
                                             + u".conf"_s);
    if (!QFileInfo::exists(legacyPath))
        return false;
    const QSettings legacy(legacyPath, QSettings::IniFormat);
    const QStringList keys = legacy.allKeys();
    for (const QString &key : keys)
        current.setValue(key, legacy.value(key));
    current.sync();
    return !keys.isEmpty() && current.status() == QSettings::NoError;
}

} // namespace neuvo
