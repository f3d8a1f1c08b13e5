#pragma once

#include "core/domain/money.h"
#include "core/domain/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QPageSize>
#include <QString>
#include <QStringList>

#include <memory>

class QTranslator;

namespace neuvo {

// The language a printed document is written in, chosen per document and
// independent of the interface language: a contract for a Russian client is
// printed in Russian from a Finnish interface. The texts are the same tr()
// strings in every language; this class looks them up in that language's
// embedded catalogue (:/i18n/neuvo_<id>.qm) without installing it, so the
// interface around the document keeps its own language.
// The paper and the date style: the person's choice when printing, not a
// part of what a document says. A stored invoice keeps its language but not
// these, so an issued invoice prints with the same content on A4 or Letter.
struct PrintFormat
{
    QPageSize::PageSizeId paper = QPageSize::A4;
    bool usDates = false;
};

class DocumentLanguage final
{
    Q_DECLARE_TR_FUNCTIONS(DocumentLanguage)

public:
    // "en", "fi", "ru"
    static QStringList ids();
    // Error names the unknown id and the known ones.
    static Result<DocumentLanguage> fromId(const QString &id);
    // The document language closest to a locale: its language when Neuvo
    // has documents in it, English otherwise.
    static DocumentLanguage forLocale(const QLocale &locale);

    DocumentLanguage(); // English

    const QString &id() const { return m_id; }
    // en_US, fi_FI, ru_RU: number and money formats of the document.
    const QLocale &locale() const { return m_locale; }
    // The paper is the person's choice (DocumentPreferences), not the
    // language's: an English contract written in Finland goes on A4.
    // A4 until set.
    QPageSize pageSize() const { return QPageSize(m_paper); }
    void setPaper(QPageSize::PageSizeId paper) { m_paper = paper; }
    // English documents write dates the international way ("12 March
    // 2025", 14:30) unless US dates are asked for ("March 12, 2025",
    // 2:30 PM). The other languages have one way each.
    bool usDates() const { return m_usDates; }
    void setUsDates(bool us) { m_usDates = us; }
    PrintFormat printFormat() const { return {m_paper, m_usDates}; }
    void setPrintFormat(const PrintFormat &format)
    {
        m_paper = format.paper;
        m_usDates = format.usDates;
    }

    // The translation of source in context, or source itself when the
    // catalogue has none (English, or a string not translated yet). With
    // n >= 0, the plural form for n is chosen and %n replaced by n as the
    // locale writes it.
    QString translate(const char *context, const char *source, const char *disambiguation = nullptr,
                      int n = -1) const;

    // "12 March 2025" (US: "March 12, 2025"), "12. maaliskuuta 2025",
    // "12 марта 2025".
    QString longDate(const QDate &date) const;
    // "12 Mar 2025" (US: "Mar 12, 2025"), "12. maalisk. 2025",
    // "12 мар. 2025": for tables.
    QString shortDate(const QDate &date) const;
    // "14:30" (US: "2:30 PM"), "14.30", "14:30".
    QString time(const QTime &time) const;
    // Money::format in the document's locale.
    QString money(const Money &amount) const { return amount.format(m_locale); }
    QString number(qint64 value) const { return m_locale.toString(value); }

private:
    DocumentLanguage(QString id, QLocale locale, std::shared_ptr<const QTranslator> translator);

    QString m_id;
    QLocale m_locale;
    std::shared_ptr<const QTranslator> m_translator; // null for English
    QPageSize::PageSizeId m_paper = QPageSize::A4;
    bool m_usDates = false;
};

} // namespace neuvo
