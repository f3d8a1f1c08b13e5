#include "app/guicommandline.h"
#include "core/storage/applicationidentity.h"
#include "core/translations.h"
#include "ui/mainwindow.h"
#include "ui/dialogs/preferencesdialog.h"

#include <QApplication>
#include <QIcon>
#include <QSettings>
#include <QTimer>

#include <cstdio>

namespace {

// Quits the application once the watched window has painted; the quit is
// queued so the paint completes and reaches the screen first. Quitting closes
// the window as a user would, so what a close writes is part of the timing.
class QuitAfterFirstPaint final : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            watched->removeEventFilter(this);
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    neuvo::setUpApplicationIdentity();
    QApplication::setDesktopFileName(QStringLiteral("fi.neuvo.Neuvo"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/fi.neuvo.Neuvo.svg")));
    // The language chosen in Preferences, else the system's.
    const QString language = QSettings().value(neuvo::PreferencesDialog::languageSettingKey()).toString();
    const QLocale locale = neuvo::interfaceLocale(language);
    // Dates and numbers in the language of the interface, not the system's.
    QLocale::setDefault(locale);
    neuvo::installTranslations(app, locale);

    neuvo::GuiCommandLine commandLine;
    commandLine.parser().process(app);
    const neuvo::Result<QString> path = commandLine.databasePath();
    if (!path.ok()) {
        std::fprintf(stderr, "%s\n", qUtf8Printable(path.error()));
        return 1;
    }

    bool handedOver = false;
    neuvo::MainWindow *window = neuvo::MainWindow::openWindow(*path, nullptr, &handedOver);
    if (!window)
        return handedOver ? 0 : 1; // handed over: the running Neuvo raised its window
    if (commandLine.quitAfterFirstPaint())
        window->installEventFilter(new QuitAfterFirstPaint(&app));
    return app.exec();
}
