#pragma once

#include "documentlanguage.h"

#include <QLocale>
#include <QPageSize>
#include <QString>

#include <optional>

namespace neuvo {

// The person's choices for printed documents that do not follow the
// document's language: the paper, and whether English documents write dates
// the US way. Kept in the settings the desktop and neuvo-cli share
// (QSettings, organisation "Neuvo"); without a choice both follow the
// system's locale.
class DocumentPreferences final
{
public:
    enum class Paper { A4, Letter };

    // Letter where the locale's country prints on it (the Americas' Letter
    // countries and the Philippines, as in CLDR's paper-size data), A4
    // everywhere else.
    static Paper paperFor(const QLocale &locale);
    // US dates for US English, international ones for every other locale.
    static bool usDatesFor(const QLocale &locale);

    static Paper paper();
    static void setPaper(Paper paper);
    // Forgets the choice: back to the system's default.
    static void resetPaper();
    static bool usDates();
    static void setUsDates(bool us);
    static void resetUsDates();

    // "a4", "letter": for the settings file and neuvo-cli's --paper.
    static QString paperId(Paper paper);
    static std::optional<Paper> paperFromId(const QString &id);
    static QPageSize::PageSizeId pageSizeId(Paper paper);

    // The chosen paper and date style.
    static PrintFormat printFormat();
    // The language with the chosen paper and date style.
    static DocumentLanguage applied(DocumentLanguage language);
};

} // namespace neuvo
