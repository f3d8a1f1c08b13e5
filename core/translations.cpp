#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace neuvo {

void installTranslations(QCoreApplication &app, const QLocale &locale)
{
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;

    auto *own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("neuvo"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
    else
        delete own;
}

QLocale interfaceLocale(const QString &languageId, const QLocale &system)
{
    if (languageId.isEmpty())
        return system;
    const QLocale language(languageId);
    if (language.language() == system.language())
        return system;
    const QLocale inSystemsCountry(language.language(), system.territory());
    // Qt falls back to the language's home country for a pair CLDR lacks.
    if (inSystemsCountry.territory() == system.territory())
        return inSystemsCountry;
    return language;
}

} // namespace neuvo
