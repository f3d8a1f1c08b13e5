#include "core/storage/database.h"
#include "core/translations.h"
#include "ui/mainwindow.h"
#include "ui/dialogs/preferencesdialog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QSettings>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Neuvo"));
    QApplication::setApplicationVersion(QStringLiteral(NEUVO_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("fi.neuvo.Neuvo"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/fi.neuvo.Neuvo.svg")));
    // The language chosen in Preferences, else the system's.
    const QString language = QSettings().value(neuvo::PreferencesDialog::languageSettingKey()).toString();
    neuvo::installTranslations(app, language.isEmpty() ? QLocale::system() : QLocale(language));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Desktop CRM for solo freelancers."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QApplication::translate("main", "Open the database FILE."),
                                      QApplication::translate("main", "FILE"));
    parser.addOption(dbOption);
    parser.process(app);

    const QString path = parser.isSet(dbOption) ? parser.value(dbOption) : neuvo::Database::defaultPath();
    bool handedOver = false;
    if (!neuvo::MainWindow::openWindow(path, nullptr, &handedOver))
        return handedOver ? 0 : 1; // handed over: the running Neuvo raised its window
    return app.exec();
}
