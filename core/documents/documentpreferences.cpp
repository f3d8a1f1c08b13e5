#include "documentpreferences.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace neuvo {

namespace {

const auto kPaperKey = u"documents/paper"_s;
const auto kUsDatesKey = u"documents/usDates"_s;

} // namespace

DocumentPreferences::Paper DocumentPreferences::paperFor(const QLocale &locale)
{
    if (locale.measurementSystem() == QLocale::ImperialUSSystem)
        return Paper::Letter;
    switch (locale.territory()) {
    case QLocale::UnitedStates:
    case QLocale::Canada:
    case QLocale::Mexico:
    case QLocale::Chile:
    case QLocale::Colombia:
    case QLocale::CostaRica:
    case QLocale::Guatemala:
    case QLocale::Panama:
    case QLocale::Philippines:
    case QLocale::PuertoRico:
    case QLocale::ElSalvador:
    case QLocale::Venezuela:
    case QLocale::Belize:
        return Paper::Letter;
    default:
        return Paper::A4;
    }
}

bool DocumentPreferences::usDatesFor(const QLocale &locale)
{
    return locale.language() == QLocale::English && locale.territory() == QLocale::UnitedStates;
}

DocumentPreferences::Paper DocumentPreferences::paper()
{
    return paperFromId(QSettings().value(kPaperKey).toString()).value_or(paperFor(QLocale::system()));
}

void DocumentPreferences::setPaper(Paper paper)
{
    QSettings().setValue(kPaperKey, paperId(paper));
}

void DocumentPreferences::resetPaper()
{
    QSettings().remove(kPaperKey);
}

bool DocumentPreferences::usDates()
{
    const QVariant stored = QSettings().value(kUsDatesKey);
    return stored.isValid() ? stored.toBool() : usDatesFor(QLocale::system());
}

void DocumentPreferences::setUsDates(bool us)
{
    QSettings().setValue(kUsDatesKey, us);
}

void DocumentPreferences::resetUsDates()
{
    QSettings().remove(kUsDatesKey);
}

QString DocumentPreferences::paperId(Paper paper)
{
    return paper == Paper::Letter ? u"letter"_s : u"a4"_s;
}

std::optional<DocumentPreferences::Paper> DocumentPreferences::paperFromId(const QString &id)
{
    if (id == u"a4"_s)
        return Paper::A4;
    if (id == u"letter"_s)
        return Paper::Letter;
    return std::nullopt;
}

QPageSize::PageSizeId DocumentPreferences::pageSizeId(Paper paper)
{
    return paper == Paper::Letter ? QPageSize::Letter : QPageSize::A4;
}

PrintFormat DocumentPreferences::printFormat()
{
    return {pageSizeId(paper()), usDates()};
}

DocumentLanguage DocumentPreferences::applied(DocumentLanguage language)
{
    language.setPrintFormat(printFormat());
    return language;
}

} // namespace neuvo
