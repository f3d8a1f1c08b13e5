#include "cli/cli.h"

#include "core/storage/applicationidentity.h"
#include "core/translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QGuiApplication>
#include <QLocale>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

// Printing lays out text, which needs fonts and so a QGuiApplication; the
// other commands stay a plain QCoreApplication. Without a display (a
// server, cron, CI) the offscreen platform is chosen, unless the caller
// chose one.
std::unique_ptr<QCoreApplication> makeApplication(int &argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    if (!neuvo::Cli::needsGuiApplication(arguments))
        return std::make_unique<QCoreApplication>(argc, argv);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return std::make_unique<QGuiApplication>(argc, argv);
}

} // namespace

int main(int argc, char *argv[])
{
    const std::unique_ptr<QCoreApplication> application = makeApplication(argc, argv);
    QCoreApplication &app = *application;
    neuvo::setUpApplicationIdentity();
    neuvo::installTranslations(app, QLocale::system());

    QFile out;
    QFile err;
    if (!out.open(stdout, QIODevice::WriteOnly) || !err.open(stderr, QIODevice::WriteOnly)) {
        std::fputs("neuvo-cli: cannot open the standard streams\n", stderr);
        return neuvo::Cli::DataError;
    }
    int code = 0;
    {
        neuvo::Cli cli(out, err);
        code = cli.run(QCoreApplication::arguments());
    }
    out.flush();
    err.flush();
    return code;
}
