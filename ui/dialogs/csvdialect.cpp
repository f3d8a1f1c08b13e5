#include "csvdialect.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSettings>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace neuvo {

namespace {

const auto kExportKey = u"csvExport/"_s;

} // namespace

CsvDialectCombos CsvDialectCombos::create()
{
    CsvDialectCombos combos;
    combos.separator = new QComboBox;
    combos.separator->setObjectName(u"csvSeparator"_s);
    combos.separator->addItem(CsvExportDialog::tr("Comma ( , )"), QString(u','));
    combos.separator->addItem(CsvExportDialog::tr("Semicolon ( ; )"), QString(u';'));
    combos.separator->addItem(CsvExportDialog::tr("Tab"), QString(u'\t'));
    combos.decimalMark = new QComboBox;
    combos.decimalMark->setObjectName(u"csvDecimal"_s);
    combos.decimalMark->addItem(CsvExportDialog::tr("Point (1234.50)"), QString(u'.'));
    combos.decimalMark->addItem(CsvExportDialog::tr("Comma (1 234,50)"), QString(u','));
    combos.encoding = new QComboBox;
    combos.encoding->setObjectName(u"csvEncoding"_s);
    combos.encoding->addItem(CsvExportDialog::tr("UTF-8"), CsvDialect::encodingId(CsvDialect::Encoding::Utf8));
    combos.encoding->addItem(CsvExportDialog::tr("Windows-1252 (Western European)"),
                             CsvDialect::encodingId(CsvDialect::Encoding::Windows1252));
    combos.encoding->addItem(CsvExportDialog::tr("Windows-1251 (Cyrillic)"),
                             CsvDialect::encodingId(CsvDialect::Encoding::Windows1251));
    return combos;
}

QList<QWidget *> CsvDialectCombos::labels() const
{
    QList<QWidget *> list;
    const QStringList texts = {CsvExportDialog::tr("&Separator:"), CsvExportDialog::tr("&Decimal mark:"),
                               CsvExportDialog::tr("&Encoding:")};
    const QList<QComboBox *> combos = {separator, decimalMark, encoding};
    for (qsizetype i = 0; i < combos.size(); ++i) {
        auto *label = new QLabel(texts.at(i));
        label->setBuddy(combos.at(i));
        list << label;
    }
    return list;
}

void CsvDialectCombos::addTo(QFormLayout *form) const
{
    const QList<QWidget *> texts = labels();
    form->addRow(texts.at(0), separator);
    form->addRow(texts.at(1), decimalMark);
    form->addRow(texts.at(2), encoding);
}

void CsvDialectCombos::set(const CsvDialect &dialect) const
{
    separator->setCurrentIndex(qMax(0, separator->findData(QString(dialect.separator))));
    decimalMark->setCurrentIndex(qMax(0, decimalMark->findData(QString(dialect.decimalMark))));
    encoding->setCurrentIndex(qMax(0, encoding->findData(CsvDialect::encodingId(dialect.encoding))));
}

CsvDialect CsvDialectCombos::dialect(CsvDialect base) const
{
    base.separator = separator->currentData().toString().front();
    base.decimalMark = decimalMark->currentData().toString().front();
    base.encoding = CsvDialect::encodingFromId(encoding->currentData().toString()).value_or(CsvDialect::Encoding::Utf8);
    return base;
}

CsvExportDialog::CsvExportDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"csvExportDialog"_s);
    setWindowTitle(tr("Export CSV"));
    auto *intro = new QLabel(tr("Write the file the way your spreadsheet program reads it."));
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    m_combos = CsvDialectCombos::create();
    m_combos.addTo(form);
    m_byteOrderMark = new QCheckBox(tr("Mark the file as &UTF-8 (byte order mark)"));
    m_byteOrderMark->setObjectName(u"csvByteOrderMark"_s);
    m_byteOrderMark->setToolTip(tr("Without the mark Excel takes UTF-8 for the Windows encoding and garbles "
                                   "ä, ö and Cyrillic letters."));
    form->addRow(QString(), m_byteOrderMark);
    connect(m_combos.encoding, &QComboBox::currentIndexChanged, this, [this] {
        m_byteOrderMark->setEnabled(m_combos.dialect().encoding == CsvDialect::Encoding::Utf8);
    });

    QSettings settings;
    CsvDialect start = CsvDialect::forLocale(QLocale());
    if (const QString separator = settings.value(kExportKey + u"separator"_s).toString(); separator.size() == 1)
        start.separator = separator.front();
    if (const QString mark = settings.value(kExportKey + u"decimalMark"_s).toString(); mark.size() == 1)
        start.decimalMark = mark.front();
    start.encoding = CsvDialect::encodingFromId(settings.value(kExportKey + u"encoding"_s).toString())
                         .value_or(start.encoding);
    start.byteOrderMark = settings.value(kExportKey + u"byteOrderMark"_s, true).toBool();
    m_combos.set(start);
    m_byteOrderMark->setChecked(start.byteOrderMark);
    m_byteOrderMark->setEnabled(start.encoding == CsvDialect::Encoding::Utf8);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

CsvDialect CsvExportDialog::dialect() const
{
    CsvDialect base;
    base.byteOrderMark = m_byteOrderMark->isChecked();
    return m_combos.dialect(base);
}

void CsvExportDialog::accept()
{
    const CsvDialect chosen = dialect();
    QSettings settings;
    settings.setValue(kExportKey + u"separator"_s, QString(chosen.separator));
    settings.setValue(kExportKey + u"decimalMark"_s, QString(chosen.decimalMark));
    settings.setValue(kExportKey + u"encoding"_s, CsvDialect::encodingId(chosen.encoding));
    settings.setValue(kExportKey + u"byteOrderMark"_s, chosen.byteOrderMark);
    QDialog::accept();
}

} // namespace neuvo
