#include "documentlanguage.h"

#include "core/domain/plural.h"

#include <QTranslator>

using namespace Qt::StringLiterals;

namespace neuvo {

namespace {

struct Known
{
    const char *id;
    QLocale::Language language;
    QLocale::Territory territory;
};

// The document's locale is fixed per language so that a contract looks the
// same on every machine: US English, Finnish of Finland, Russian of Russia.
constexpr Known kKnown[] = {
    {"en", QLocale::English, QLocale::UnitedStates},
    {"fi", QLocale::Finnish, QLocale::Finland},
    {"ru", QLocale::Russian, QLocale::Russia},
};

} // namespace

QStringList DocumentLanguage::ids()
{
    QStringList list;
    for (const Known &known : kKnown)
        list << QString::fromLatin1(known.id);
    return list;
}

DocumentLanguage::DocumentLanguage()
    : m_id(u"en"_s), m_locale(QLocale::English, QLocale::UnitedStates)
{
}

DocumentLanguage::DocumentLanguage(QString id, QLocale locale, std::shared_ptr<const QTranslator> translator)
    : m_id(std::move(id)), m_locale(std::move(locale)), m_translator(std::move(translator))
{
}

Result<DocumentLanguage> DocumentLanguage::fromId(const QString &id)
{
    for (const Known &known : kKnown) {
        if (id != QLatin1StringView(known.id))
            continue;
        if (known.language == QLocale::English)
            return DocumentLanguage();
        auto translator = std::make_shared<QTranslator>();
        const QString file = u":/i18n/neuvo_%1.qm"_s.arg(id);
        if (!translator->load(file))
            return fail(tr("The %1 catalogue of the documents (%2) is missing from this build.").arg(id, file));
        return DocumentLanguage(id, QLocale(known.language, known.territory), std::move(translator));
    }
    return fail(tr("\"%1\" is not a document language; use one of: %2.").arg(id, ids().join(u", "_s)));
}

DocumentLanguage DocumentLanguage::forLocale(const QLocale &locale)
{
    for (const Known &known : kKnown) {
        if (known.language == locale.language()) {
            if (auto language = fromId(QString::fromLatin1(known.id)))
                return *language;
        }
    }
    return DocumentLanguage();
}

QString DocumentLanguage::translate(const char *context, const char *source, const char *disambiguation,
                                    int n) const
{
    QString text;
    if (m_translator)
        text = m_translator->translate(context, source, disambiguation, n);
    if (text.isEmpty()) {
        text = QString::fromUtf8(source);
        // English is the source language and has no catalogue; its plurals
        // are written "%n day(s)" as Qt's own convention has it.
        if (n >= 0)
            text = englishPlural(text, n);
    }
    if (n >= 0) {
        text.replace(u"%Ln"_s, m_locale.toString(n));
        text.replace(u"%n"_s, QString::number(n));
    }
    return text;
}

QString DocumentLanguage::longDate(const QDate &date) const
{
    if (!m_translator)
        return m_locale.toString(date, m_usDates ? u"MMMM d, yyyy"_s : u"d MMMM yyyy"_s);
    //: QDate::toString format of a date in the text of a printed document.
    //: MMMM is the month name as used after a day number.
    return m_locale.toString(date, translate("DocumentLanguage", "MMMM d, yyyy"));
}

QString DocumentLanguage::shortDate(const QDate &date) const
{
    if (!m_translator)
        return m_locale.toString(date, m_usDates ? u"MMM d, yyyy"_s : u"d MMM yyyy"_s);
    //: QDate::toString format of a date in a table of a printed document.
    return m_locale.toString(date, translate("DocumentLanguage", "MMM d, yyyy"));
}

QString DocumentLanguage::time(const QTime &time) const
{
    if (!m_translator && !m_usDates)
        return m_locale.toString(time, u"HH:mm"_s);
    return m_locale.toString(time, QLocale::ShortFormat);
}

} // namespace neuvo
