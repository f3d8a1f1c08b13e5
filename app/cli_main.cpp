#include "cli.h"

#include "core/translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // No organization name: AppDataLocation is then ~/.local/share/Neuvo,
    // the same folder the GUI uses.
    QCoreApplication::setApplicationName(u"Neuvo"_s);
    QCoreApplication::setOrganizationName(QString());
    QCoreApplication::setApplicationVersion(QStringLiteral(NEUVO_VERSION));
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
