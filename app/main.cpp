#include "core/database.h"
#include "core/translations.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Neuvo"));
    QApplication::setApplicationVersion(QStringLiteral(NEUVO_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("fi.neuvo.Neuvo"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/fi.neuvo.Neuvo.svg")));
    neuvo::installTranslations(app, QLocale::system());

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
    neuvo::Database db;
    if (const auto opened = db.open(path); !opened) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Neuvo"), opened.error());
        return 1;
    }

    neuvo::MainWindow window(db);
    window.show();
    return app.exec();
}
