// The person's locale: the interface language's dates and numbers, the
// paper of printed documents and the date style of English ones.
#include "core/documents/documentpreferences.h"
#include "core/translations.h"

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace neuvo;
using namespace Qt::StringLiterals;

class TestLocale : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init() { QSettings().clear(); }

    void interfaceLocale_followsTheChosenLanguage_data();
    void interfaceLocale_followsTheChosenLanguage();
    void interfaceLocale_writesDatesAndNumbersOfThatLanguage();
    void paper_defaultsFromTheSystemsCountry_data();
    void paper_defaultsFromTheSystemsCountry();
    void preferences_chosenValuesWinOverTheSystem();
    void applied_setsPaperAndDatesOfEveryLanguage();
};

void TestLocale::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"NeuvoTest"_s);
    QCoreApplication::setApplicationName(u"tst_locale"_s);
}

void TestLocale::interfaceLocale_followsTheChosenLanguage_data()
{
    QTest::addColumn<QString>("chosen");
    QTest::addColumn<QString>("system");
    QTest::addColumn<QLocale::Language>("language");
    QTest::addColumn<QLocale::Territory>("territory");
    QTest::newRow("system language") << QString() << u"fi_FI"_s << QLocale::Finnish << QLocale::Finland;
    QTest::newRow("same as the system") << u"fi"_s << u"fi_FI"_s << QLocale::Finnish << QLocale::Finland;
    // English in Finland is a locale of its own: Finnish dates and numbers.
    QTest::newRow("English in Finland") << u"en"_s << u"fi_FI"_s << QLocale::English << QLocale::Finland;
    QTest::newRow("Finnish in the US") << u"fi"_s << u"en_US"_s << QLocale::Finnish << QLocale::Finland;
    QTest::newRow("Russian in Germany") << u"ru"_s << u"de_DE"_s << QLocale::Russian << QLocale::Russia;
    QTest::newRow("English in Russia") << u"en"_s << u"ru_RU"_s << QLocale::English << QLocale::UnitedStates;
}

void TestLocale::interfaceLocale_followsTheChosenLanguage()
{
    QFETCH(QString, chosen);
    QFETCH(QString, system);
    QFETCH(QLocale::Language, language);
    QFETCH(QLocale::Territory, territory);
    const QLocale locale = interfaceLocale(chosen, QLocale(system));
    QCOMPARE(locale.language(), language);
    QCOMPARE(locale.territory(), territory);
}

void TestLocale::interfaceLocale_writesDatesAndNumbersOfThatLanguage()
{
    const QLocale before;
    // What the desktop does at start with Finnish chosen on an English system.
    QLocale::setDefault(interfaceLocale(u"fi"_s, QLocale(u"en_US"_s)));
    const QDate date(2025, 3, 14);
    QCOMPARE(QLocale().toString(date, QLocale::ShortFormat), u"14.3.2025"_s);
    QCOMPARE(QLocale().toString(1234.5, 'f', 2), u"1\u00a0234,50"_s);
    QLocale::setDefault(interfaceLocale(u"ru"_s, QLocale(u"en_US"_s)));
    QCOMPARE(QLocale().toString(date, QLocale::ShortFormat), u"14.03.2025"_s);
    QLocale::setDefault(before);
}

void TestLocale::paper_defaultsFromTheSystemsCountry_data()
{
    QTest::addColumn<QString>("system");
    QTest::addColumn<DocumentPreferences::Paper>("paper");
    QTest::addColumn<bool>("usDates");
    QTest::newRow("en_US") << u"en_US"_s << DocumentPreferences::Paper::Letter << true;
    QTest::newRow("en_CA") << u"en_CA"_s << DocumentPreferences::Paper::Letter << false;
    QTest::newRow("es_MX") << u"es_MX"_s << DocumentPreferences::Paper::Letter << false;
    QTest::newRow("en_GB") << u"en_GB"_s << DocumentPreferences::Paper::A4 << false;
    QTest::newRow("en_FI") << u"en_FI"_s << DocumentPreferences::Paper::A4 << false;
    QTest::newRow("fi_FI") << u"fi_FI"_s << DocumentPreferences::Paper::A4 << false;
    QTest::newRow("ru_RU") << u"ru_RU"_s << DocumentPreferences::Paper::A4 << false;
    QTest::newRow("C") << u"C"_s << DocumentPreferences::Paper::A4 << false;
}

void TestLocale::paper_defaultsFromTheSystemsCountry()
{
    QFETCH(QString, system);
    QFETCH(DocumentPreferences::Paper, paper);
    QFETCH(bool, usDates);
    QCOMPARE(DocumentPreferences::paperFor(QLocale(system)), paper);
    QCOMPARE(DocumentPreferences::usDatesFor(QLocale(system)), usDates);
}

void TestLocale::preferences_chosenValuesWinOverTheSystem()
{
    // The tests run under LC_ALL=C.UTF-8: A4, international dates.
    QCOMPARE(DocumentPreferences::paper(), DocumentPreferences::paperFor(QLocale::system()));
    DocumentPreferences::setPaper(DocumentPreferences::Paper::Letter);
    DocumentPreferences::setUsDates(true);
    QCOMPARE(DocumentPreferences::paper(), DocumentPreferences::Paper::Letter);
    QVERIFY(DocumentPreferences::usDates());
    // Kept where neuvo-cli reads them.
    QCOMPARE(QSettings().value(u"documents/paper"_s).toString(), u"letter"_s);
    DocumentPreferences::setPaper(DocumentPreferences::Paper::A4);
    QCOMPARE(DocumentPreferences::paper(), DocumentPreferences::Paper::A4);
    DocumentPreferences::resetPaper();
    DocumentPreferences::resetUsDates();
    QCOMPARE(DocumentPreferences::paper(), DocumentPreferences::paperFor(QLocale::system()));
    QCOMPARE(DocumentPreferences::usDates(), DocumentPreferences::usDatesFor(QLocale::system()));
    QCOMPARE(DocumentPreferences::paperFromId(u"A5"_s), std::nullopt);
}

void TestLocale::applied_setsPaperAndDatesOfEveryLanguage()
{
    DocumentPreferences::setPaper(DocumentPreferences::Paper::Letter);
    DocumentPreferences::setUsDates(false);
    for (const QString &id : DocumentLanguage::ids()) {
        const DocumentLanguage language = DocumentPreferences::applied(*DocumentLanguage::fromId(id));
        QCOMPARE(language.pageSize().id(), QPageSize::Letter);
        QVERIFY(!language.usDates());
    }
    DocumentPreferences::setPaper(DocumentPreferences::Paper::A4);
    DocumentPreferences::setUsDates(true);
    const DocumentLanguage english = DocumentPreferences::applied(DocumentLanguage());
    QCOMPARE(english.pageSize().id(), QPageSize::A4);
    QCOMPARE(english.longDate(QDate(2025, 3, 12)), u"March 12, 2025"_s);
}

QTEST_GUILESS_MAIN(TestLocale)
#include "tst_locale.moc"
