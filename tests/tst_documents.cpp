#include "core/storage/database.h"
#include "core/exchange/demodata.h"
#include "core/domain/iban.h"
#include "core/documents/documentrenderer.h"
#include "core/documents/documents.h"
#include "core/documents/letters.h"
#include "core/documents/invoicedocument.h"
#include "core/domain/pricing.h"
#include "core/domain/stageplan.h"
#include "core/storage/stores.h"
#include "testutil.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFragment>
#include <QTimeZone>
#include <QUrl>

#include <memory>

using namespace Qt::StringLiterals;
using namespace neuvo;
using neuvo::test::why;

namespace {

// pdftotext writes the spaces of the PDF; the locales use U+00A0 and U+202F
// in amounts. Both sides of a comparison go through this.
QString normalized(QString text)
{
    for (QChar &c : text) {
        if (c == QChar(0x00A0) || c == QChar(0x202F) || c == QChar(0x2009) || c == u'\n' || c == u'\t'
            || c == QChar::LineSeparator)
            c = u' ';
    }
    static const QRegularExpression spaces(u" {2,}"_s);
    text.replace(spaces, u" "_s);
    return text;
}

const QString kInjection = uR"(<img src="/etc/hostname"><b>Bold</b> & 'Co')"_s;

} // namespace

// Documents built from the demo sample and from hand-made projects, written
// as PDF and read back with pdftotext (poppler-utils): what a client would
// read is what is checked. Set NEUVO_KEEP_DOCUMENTS=DIR to keep the demo
// PDFs for looking at them.
class Tst_documents : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void contract_showsClientStagesTotalGuaranteeRevisions_data();
    void contract_showsClientStagesTotalGuaranteeRevisions();
    void contract_ndaSectionOnlyWithNda_data();
    void contract_ndaSectionOnlyWithNda();
    void contract_userTextIsPrintedLiterally();
    void contract_finnishAndCyrillicSurvive();
    void contract_longScheduleRepeatsHeaderOnEveryPage();
    void contract_paperIsChosenNotByLanguage_data();
    void contract_paperIsChosenNotByLanguage();
    void englishDates_internationalUnlessUs();
    void contract_numberFallsBackToYearAndId();
    void documents_refuseProjectWithoutStages();
    void documents_refuseStageSumMismatch();
    void documents_reportMissingProfileData();
    void quote_showsItemsPriceLinesStagesAndValidity();
    void invoice_showsOneStageNumberDueDateAndBank();
    void invoice_unknownStageIsRefused();
    void letter_listsAgreementsAndAsksToConfirm();
    void letter_mailtoUrlIsPercentEncoded();
    void letter_kindIdsRoundTrip();
    void briefReminder_namesTheBriefDateProjectAndDeadline();
    void slotRelease_namesBothDatesAndReleasesTheTime();
    void briefLetters_refuseTheWrongInteraction();
    void language_unknownIdIsRefused();
    void writePdf_replacesFileOnlyWhenComplete();
    void demo_allDocumentsInAllLanguages();

private:
    QString pdfToText(const QString &pdf, int page = 0);
    int pdfPages(const QString &pdf);
    QString pdfInfo(const QString &pdf);
    QString write(const Result<PrintableDocument> &doc, const QString &name);
    DocumentLanguage language(const QString &id);
    const Project &projectTitled(const QString &prefix) const;
    const Client &clientOf(const Project &project) const;
    Project stagedProject(int stageCount) const;

    QTemporaryDir m_dir;
    QString m_pdftotext;
    QString m_pdfinfo;
    Profile m_profile;
    QList<Client> m_clients;
    QList<Project> m_projects;
    QList<Interaction> m_interactions;
    const QDate m_today{2025, 3, 12};
};

void Tst_documents::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
    m_pdfinfo = QStandardPaths::findExecutable(u"pdfinfo"_s);
    QVERIFY2(!m_pdftotext.isEmpty() && !m_pdfinfo.isEmpty(),
             "pdftotext and pdfinfo (Debian poppler-utils, see scripts/install-deps) are needed");

    Database db;
    QVERIFY2(db.open(test::suiteDatabase(m_dir.filePath(u"demo.sqlite"_s))), "open");
    auto filled = DemoData::fill(db, m_today);
    QVERIFY2(filled, why(filled));
    auto profile = ProfileStore(db).load();
    auto clients = ClientStore(db).list();
    auto projects = ProjectStore(db).list();
    auto interactions = InteractionStore(db).list();
    QVERIFY(profile && clients && projects && interactions);
    m_profile = *profile;
    m_clients = *clients;
    m_projects = *projects;
    m_interactions = *interactions;
}

QString Tst_documents::pdfToText(const QString &pdf, int page)
{
    QStringList pages;
    if (page > 0)
        pages << u"-f"_s << QString::number(page) << u"-l"_s << QString::number(page);
    return normalized(test::pdfToText(pdf, pages));
}

QString Tst_documents::pdfInfo(const QString &pdf)
{
    QProcess process;
    process.start(m_pdfinfo, {pdf});
    if (!process.waitForFinished(30000))
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

int Tst_documents::pdfPages(const QString &pdf)
{
    static const QRegularExpression pages(u"^Pages:\\s+(\\d+)"_s, QRegularExpression::MultilineOption);
    const auto match = pages.match(pdfInfo(pdf));
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

QString Tst_documents::write(const Result<PrintableDocument> &doc, const QString &name)
{
    if (!doc) {
        qWarning("%s", why(doc).constData());
        return {};
    }
    const QString path = m_dir.filePath(name);
    const auto pages = DocumentRenderer::writePdf(*doc, path);
    if (!pages) {
        qWarning("%s", why(pages).constData());
        return {};
    }
    if (*pages != pdfPages(path)) {
        qWarning("writePdf reported %d pages, the file has %d", *pages, pdfPages(path));
        return {};
    }
    return path;
}

DocumentLanguage Tst_documents::language(const QString &id)
{
    auto lang = DocumentLanguage::fromId(id);
    if (!lang)
        qFatal("%s", why(lang).constData());
    return *lang;
}

const Project &Tst_documents::projectTitled(const QString &prefix) const
{
    for (const Project &p : m_projects) {
        if (p.title.startsWith(prefix))
            return p;
    }
    qFatal("no demo project %s", qPrintable(prefix));
}

const Client &Tst_documents::clientOf(const Project &project) const
{
    for (const Client &c : m_clients) {
        if (c.id == project.clientId)
            return c;
    }
    qFatal("no client for project %lld", project.id);
}

// A project whose price is split into stageCount equal stages.
Project Tst_documents::stagedProject(int stageCount) const
{
    Project p = projectTitled(u"Travel blog"_s);
    p.stages.clear();
    const auto price = Pricing::compute(p);
    const auto split = StagePlan::splitEqual(price->total, stageCount);
    for (int i = 0; i < stageCount; ++i) {
        PaymentStage s;
        s.position = i + 1;
        s.title = u"Guide chapter %1"_s.arg(i + 1);
        s.amountMinor = split->at(i).minor();
        s.dueOn = m_today.addDays(7 * (i + 1));
        p.stages.append(s);
    }
    return p;
}

// ---------------------------------------------------------------- contract

void Tst_documents::contract_showsClientStagesTotalGuaranteeRevisions_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("guarantee");
    QTest::addColumn<QString>("revisions");
    QTest::newRow("en") << u"en"_s << u"refunds 35 % of the price of that stage"_s
                        << u"The price includes 3 revision rounds"_s;
    QTest::newRow("fi") << u"fi"_s << u"35 %"_s << u"3 korjauskierrosta"_s;
    QTest::newRow("ru") << u"ru"_s << u"35 %"_s << u"3 раунда правок"_s;
}

void Tst_documents::contract_showsClientStagesTotalGuaranteeRevisions()
{
    QFETCH(QString, lang);
    QFETCH(QString, guarantee);
    QFETCH(QString, revisions);
    Project project = projectTitled(u"SaaS launch"_s);
    project.guaranteePercent = 35;
    project.revisionsIncluded = 3;
    const Client &client = clientOf(project);
    const DocumentLanguage l = language(lang);
    const QString pdf = write(ContractDocument::build(m_profile, client, project, l, m_today),
                              u"contract-%1.pdf"_s.arg(lang));
    QVERIFY(!pdf.isEmpty());
    const QString text = pdfToText(pdf);

    QVERIFY2(text.contains(client.name), qPrintable(text));
    QVERIFY(text.contains(client.company));
    QVERIFY(text.contains(project.contractNumber));
    QCOMPARE(project.stages.size(), 4);
    for (const PaymentStage &stage : project.stages) {
        const QString amount = normalized(project.money(stage.amountMinor).format(l.locale()));
        QVERIFY2(text.contains(amount), qPrintable(amount));
        QVERIFY2(text.contains(stage.title), qPrintable(stage.title));
    }
    const auto price = Pricing::compute(project);
    const QString total = normalized(price->total.format(l.locale()));
    QVERIFY2(text.contains(total), qPrintable(total + u" in "_s + text));
    // The explained lines: base and NDA surcharge reach the total.
    QVERIFY(text.contains(normalized(project.basePrice().format(l.locale()))));
    QVERIFY(text.contains(normalized(u'+' + price->lines.at(1).amount.format(l.locale()))));
    QVERIFY2(text.contains(guarantee), qPrintable(text));
    QVERIFY2(text.contains(revisions), qPrintable(text));
    QVERIFY(text.contains(m_profile.registrationNumber));
    QVERIFY(text.contains(m_profile.bankDetails));
}

void Tst_documents::contract_ndaSectionOnlyWithNda_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("confidentiality");
    QTest::newRow("en") << u"en"_s << u"The duty of confidentiality remains in force"_s;
    QTest::newRow("fi") << u"fi"_s << u"Salassapitovelvollisuus"_s;
    QTest::newRow("ru") << u"ru"_s << u"Обязанность соблюдать конфиденциальность"_s;
}

void Tst_documents::contract_ndaSectionOnlyWithNda()
{
    QFETCH(QString, lang);
    QFETCH(QString, confidentiality);
    const DocumentLanguage l = language(lang);
    Project withNda = projectTitled(u"SaaS launch"_s);
    QVERIFY(withNda.nda);
    const QString a = write(ContractDocument::build(m_profile, clientOf(withNda), withNda, l, m_today),
                            u"nda-%1.pdf"_s.arg(lang));
    QVERIFY(!a.isEmpty());
    QVERIFY2(pdfToText(a).contains(confidentiality), qPrintable(pdfToText(a)));

    const Project &without = projectTitled(u"Travel blog"_s);
    QVERIFY(!without.nda);
    const QString b = write(ContractDocument::build(m_profile, clientOf(without), without, l, m_today),
                            u"no-nda-%1.pdf"_s.arg(lang));
    QVERIFY(!b.isEmpty());
    QVERIFY(!pdfToText(b).contains(confidentiality));
    QVERIFY(!pdfToText(b).contains(u"NDA"_s));

    // The same project with the flag turned off loses the section too.
    withNda.nda = false;
    const auto price = Pricing::compute(withNda);
    QVERIFY(price);
    const auto split = StagePlan::splitEqual(price->total, int(withNda.stages.size()));
    for (int i = 0; i < withNda.stages.size(); ++i)
        withNda.stages[i].amountMinor = split->at(i).minor();
    const QString c = write(ContractDocument::build(m_profile, clientOf(withNda), withNda, l, m_today),
                            u"nda-off-%1.pdf"_s.arg(lang));
    QVERIFY(!c.isEmpty());
    QVERIFY(!pdfToText(c).contains(confidentiality));
}

void Tst_documents::contract_userTextIsPrintedLiterally()
{
    Project project = projectTitled(u"Travel blog"_s);
    Client client = clientOf(project);
    client.name = kInjection;
    client.company = u"<script>alert(1)</script> & Söner"_s;
    project.title = u"<h1>Big</h1> title & <i>more</i>"_s;
    project.includedItems.append(u"<img src=\"file:///etc/passwd\"/> item"_s);
    const auto doc = ContractDocument::build(m_profile, client, project, language(u"en"_s), m_today);
    QVERIFY2(doc, why(doc));

    // Nothing in the document is an image or markup: each value is one text.
    for (QTextBlock block = doc->text->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it)
            QVERIFY(!it.fragment().charFormat().isImageFormat());
    }
    QVERIFY(doc->text->toPlainText().contains(kInjection));
    for (const QTextFormat &format : doc->text->allFormats())
        QVERIFY(!format.isImageFormat());

    const QString pdf = write(doc, u"injection.pdf"_s);
    QVERIFY(!pdf.isEmpty());
    const QString text = pdfToText(pdf);
    QVERIFY2(text.contains(kInjection), qPrintable(text));
    QVERIFY(text.contains(u"<script>alert(1)</script> & Söner"_s));
    QVERIFY(text.contains(u"<h1>Big</h1> title & <i>more</i>"_s));
    QVERIFY(text.contains(u"<img src=\"file:///etc/passwd\"/> item"_s));

    QFile hostname(u"/etc/hostname"_s);
    const QString host = hostname.open(QIODevice::ReadOnly) ? QString::fromUtf8(hostname.readAll()).trimmed()
                                                            : QString();
    if (host.isEmpty())
        QSKIP("/etc/hostname is empty here; the literal text was checked");
    QVERIFY2(!text.contains(host), qPrintable(u"the contents of /etc/hostname (%1) were printed"_s.arg(host)));
}

void Tst_documents::contract_finnishAndCyrillicSurvive()
{
    Project project = projectTitled(u"Travel blog"_s);
    Client client = clientOf(project);
    client.name = u"Сергей Ёлкин-Пääkkönen"_s;
    project.scope = u"Käännös: ÄÖÅ äöå — Съешь же ещё этих мягких французских булок"_s;

    const QString fi = write(ContractDocument::build(m_profile, client, project, language(u"fi"_s), m_today),
                             u"glyphs-fi.pdf"_s);
    QVERIFY(!fi.isEmpty());
    const QString fiText = pdfToText(fi);
    QVERIFY2(fiText.contains(client.name), qPrintable(fiText));
    QVERIFY(fiText.contains(project.scope));
    QVERIFY(fiText.contains(u"Hämeenkatu"_s)); // the profile's address
    // Finnish clause text and date from the catalogue and the fi_FI locale.
    QVERIFY2(fiText.contains(u"Toimeksiantosopimus"_s), qPrintable(fiText));
    QVERIFY(fiText.contains(u"12. maaliskuuta 2025"_s));
    QVERIFY(fiText.contains(u"Maksu erissä"_s));

    const QString ru = write(ContractDocument::build(m_profile, client, project, language(u"ru"_s), m_today),
                             u"glyphs-ru.pdf"_s);
    QVERIFY(!ru.isEmpty());
    const QString ruText = pdfToText(ru);
    QVERIFY(ruText.contains(client.name));
    QVERIFY(ruText.contains(project.scope));
    QVERIFY2(ruText.contains(u"Договор возмездного оказания услуг"_s), qPrintable(ruText));
    QVERIFY(ruText.contains(u"12 марта 2025"_s));
    QVERIFY(ruText.contains(u"Исполнитель"_s));
}

void Tst_documents::contract_longScheduleRepeatsHeaderOnEveryPage()
{
    const Project project = stagedProject(24);
    QVERIFY2(ProjectStore::validate(project), why(ProjectStore::validate(project)));
    const QString pdf = write(ContractDocument::build(m_profile, clientOf(project), project,
                                                      language(u"en"_s), m_today),
                              u"long.pdf"_s);
    QVERIFY(!pdf.isEmpty());
    const int pages = pdfPages(pdf);
    QVERIFY2(pages >= 2, qPrintable(QString::number(pages)));

    // Every page that shows a stage row also shows the table's header row.
    QList<int> pagesWithStages;
    int rowsSeen = 0;
    for (int page = 1; page <= pages; ++page) {
        const QString text = pdfToText(pdf, page);
        int rows = 0;
        for (int i = 1; i <= 24; ++i) {
            if (text.contains(u"Guide chapter %1 "_s.arg(i)))
                ++rows;
        }
        if (rows == 0)
            continue;
        rowsSeen += rows;
        pagesWithStages << page;
        // The header row comes before this page's first stage row.
        const qsizetype header = text.indexOf(u"Payment due"_s);
        const qsizetype firstRow = text.indexOf(u"Guide chapter "_s);
        QVERIFY2(header >= 0 && header < firstRow && text.indexOf(u"Work"_s) < firstRow,
                 qPrintable(u"page %1 has stage rows but no header:\n%2"_s.arg(page).arg(text)));
        QVERIFY(text.contains(u"Page %1 of %2"_s.arg(page).arg(pages)));
    }
    QCOMPARE(rowsSeen, 24);
    QVERIFY2(pagesWithStages.size() >= 2, "the 24-stage schedule should span pages");
}

void Tst_documents::contract_paperIsChosenNotByLanguage_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<bool>("letter");
    QTest::addColumn<QString>("paper");
    QTest::addColumn<QString>("pageOne");
    QTest::newRow("en") << u"en"_s << false << u"(A4)"_s << u"Page 1 of %1"_s;
    QTest::newRow("en on Letter") << u"en"_s << true << u"(letter)"_s << u"Page 1 of %1"_s;
    QTest::newRow("fi") << u"fi"_s << false << u"(A4)"_s << u"Sivu 1 / %1"_s;
    QTest::newRow("fi on Letter") << u"fi"_s << true << u"(letter)"_s << u"Sivu 1 / %1"_s;
    QTest::newRow("ru") << u"ru"_s << false << u"(A4)"_s << u"Страница 1 из %1"_s;
}

void Tst_documents::contract_paperIsChosenNotByLanguage()
{
    QFETCH(QString, lang);
    QFETCH(bool, letter);
    QFETCH(QString, paper);
    QFETCH(QString, pageOne);
    const Project &project = projectTitled(u"SaaS launch"_s);
    DocumentLanguage l = language(lang);
    QCOMPARE(l.pageSize().id(), QPageSize::A4);
    if (letter)
        l.setPaper(QPageSize::Letter);
    const QString pdf = write(ContractDocument::build(m_profile, clientOf(project), project, l, m_today),
                              u"paper-%1-%2.pdf"_s.arg(lang).arg(letter));
    QVERIFY(!pdf.isEmpty());
    const QString info = pdfInfo(pdf);
    QVERIFY2(info.contains(paper), qPrintable(info));
    const int pages = pdfPages(pdf);
    QVERIFY(pages >= 2);
    QVERIFY2(pdfToText(pdf, 1).contains(pageOne.arg(pages)), qPrintable(pdfToText(pdf, 1)));
}

void Tst_documents::englishDates_internationalUnlessUs()
{
    DocumentLanguage english = language(u"en"_s);
    const QDate date(2025, 3, 12);
    QCOMPARE(english.longDate(date), u"12 March 2025"_s);
    QCOMPARE(english.shortDate(date), u"12 Mar 2025"_s);
    QCOMPARE(english.time(QTime(14, 30)), u"14:30"_s);
    english.setUsDates(true);
    QCOMPARE(english.longDate(date), u"March 12, 2025"_s);
    QCOMPARE(english.shortDate(date), u"Mar 12, 2025"_s);
    // CLDR puts a narrow or a plain space before PM, depending on its version.
    const QString usTime = english.time(QTime(14, 30));
    QVERIFY2(usTime.startsWith(u"2:30"_s) && usTime.endsWith(u"PM"_s), qPrintable(usTime));
    // The other languages have one way each, whatever the English choice.
    DocumentLanguage finnish = language(u"fi"_s);
    const QString finnishDate = finnish.longDate(date);
    finnish.setUsDates(true);
    QCOMPARE(finnish.longDate(date), finnishDate);
    QVERIFY2(finnishDate.startsWith(u"12."_s), qPrintable(finnishDate));

    // In a printed contract: the date of the contract as chosen.
    const Project &project = projectTitled(u"SaaS launch"_s);
    DocumentLanguage us = language(u"en"_s);
    us.setUsDates(true);
    const QString neutralPdf = write(
        ContractDocument::build(m_profile, clientOf(project), project, language(u"en"_s), m_today), u"dates-en.pdf"_s);
    const QString usPdf = write(ContractDocument::build(m_profile, clientOf(project), project, us, m_today),
                                u"dates-en-us.pdf"_s);
    QVERIFY(!neutralPdf.isEmpty() && !usPdf.isEmpty());
    const QString neutralText = pdfToText(neutralPdf, 1);
    const QString usText = pdfToText(usPdf, 1);
    const QDate contractDate = m_today; // "No. … of <date>" under the title
    QVERIFY2(neutralText.contains(language(u"en"_s).longDate(contractDate)), qPrintable(neutralText.left(600)));
    QVERIFY2(usText.contains(us.longDate(contractDate)), qPrintable(usText.left(600)));
    QVERIFY(language(u"en"_s).longDate(contractDate) != us.longDate(contractDate));
}

void Tst_documents::contract_numberFallsBackToYearAndId()
{
    Project project = projectTitled(u"Travel blog"_s);
    QVERIFY(project.contractNumber.isEmpty());
    const QString expected = u"2025-%1"_s.arg(project.id, 3, 10, QChar(u'0'));
    QCOMPARE(ContractDocument::contractNumber(project, m_today), expected);
    const auto doc = ContractDocument::build(m_profile, clientOf(project), project, language(u"en"_s), m_today);
    QVERIFY2(doc, why(doc));
    QVERIFY(doc->title.contains(expected));
    QCOMPARE(doc->fileName, u"contract-%1-en.pdf"_s.arg(expected));
    project.contractNumber = u"AV/../2025 7"_s;
    const auto named = ContractDocument::build(m_profile, clientOf(project), project, language(u"en"_s), m_today);
    QVERIFY(named);
    QCOMPARE(named->fileName, u"contract-AV-..-2025-7-en.pdf"_s);
}

void Tst_documents::documents_refuseProjectWithoutStages()
{
    const Project &project = projectTitled(u"Café website"_s); // the demo's lead: no stages yet
    QVERIFY(project.stages.isEmpty());
    const Client &client = clientOf(project);
    const DocumentLanguage l = language(u"en"_s);
    const auto contract = ContractDocument::build(m_profile, client, project, l, m_today);
    QVERIFY(!contract);
    QVERIFY2(contract.error().contains(u"has no payment stages"_s), why(contract));
    QVERIFY(contract.error().contains(project.title));
    QVERIFY(!QuoteDocument::build(m_profile, client, project, l, m_today));
    QVERIFY(!InvoiceDocument::build(m_profile, client, project, 1, l, m_today));
}

void Tst_documents::documents_refuseStageSumMismatch()
{
    Project project = projectTitled(u"Travel blog"_s);
    project.stages[1].amountMinor -= 1;
    const Client &client = clientOf(project);
    const DocumentLanguage l = language(u"fi"_s);
    for (const auto &result : {ContractDocument::build(m_profile, client, project, l, m_today),
                               QuoteDocument::build(m_profile, client, project, l, m_today),
                               InvoiceDocument::build(m_profile, client, project, 1, l, m_today)}) {
        QVERIFY(!result);
        QVERIFY2(result.error().contains(u"sum to"_s) && result.error().contains(u"difference"_s), why(result));
    }
}

void Tst_documents::documents_reportMissingProfileData()
{
    const Project &project = projectTitled(u"SaaS launch"_s);
    const Client &client = clientOf(project);
    const DocumentLanguage l = language(u"en"_s);
    Profile profile = m_profile;
    profile.bankDetails = u"  "_s;
    profile.registrationNumber.clear();

    const auto missing = DocumentRequirements::missingProfileData(DocumentKind::Contract, profile);
    QCOMPARE(missing.size(), 2);
    QCOMPARE(missing.at(0).field, u"Registration number"_s);
    QCOMPARE(missing.at(0).where, u"Profile → Registration number"_s);
    QCOMPARE(missing.at(1).field, u"Bank details"_s);
    QCOMPARE(missing.at(1).where, u"Profile → Bank details"_s);

    const auto contract = ContractDocument::build(profile, client, project, l, m_today);
    QVERIFY(!contract);
    QVERIFY2(contract.error().contains(u"Bank details (Profile → Bank details)"_s), why(contract));
    QVERIFY(contract.error().contains(u"Registration number (Profile → Registration number)"_s));
    const auto invoice = InvoiceDocument::build(profile, client, project, 1, l, m_today);
    QVERIFY(!invoice);
    QVERIFY(invoice.error().contains(u"Profile → Bank details"_s));
    // A quote needs neither: the freelancer may quote before registering.
    QVERIFY(QuoteDocument::build(profile, client, project, l, m_today));

    profile.email.clear();
    const auto quote = QuoteDocument::build(profile, client, project, l, m_today);
    QVERIFY(!quote);
    QVERIFY2(quote.error().contains(u"E-mail (Profile → E-mail)"_s), why(quote));
    profile.name.clear();
    QCOMPARE(DocumentRequirements::missingProfileData(DocumentKind::FollowUpLetter, profile).size(), 1);
    QCOMPARE(DocumentRequirements::missingProfileData(DocumentKind::Contract, m_profile).size(), 0);
}

// ---------------------------------------------------------------- quote, invoice

void Tst_documents::quote_showsItemsPriceLinesStagesAndValidity()
{
    Project project = projectTitled(u"SaaS launch"_s);
    project.discountKind = DiscountKind::Percent;
    project.discountValue = 10;
    const auto price = Pricing::compute(project);
    QVERIFY(price);
    const auto split = StagePlan::splitEqual(price->total, int(project.stages.size()));
    for (int i = 0; i < project.stages.size(); ++i)
        project.stages[i].amountMinor = split->at(i).minor();

    const DocumentLanguage l = language(u"en"_s);
    const QString pdf = write(QuoteDocument::build(m_profile, clientOf(project), project, l, m_today),
                              u"quote.pdf"_s);
    QVERIFY(!pdf.isEmpty());
    const QString text = pdfToText(pdf);
    for (const QString &item : project.includedItems)
        QVERIFY2(text.contains(item), qPrintable(item));
    QVERIFY(text.contains(u"Confidentiality (NDA) surcharge, 30 % of the base price"_s));
    QVERIFY(text.contains(u"Discount, 10 %"_s));
    QVERIFY(text.contains(normalized(price->total.format(l.locale()))));
    for (const Money &amount : *split)
        QVERIFY(text.contains(normalized(amount.format(l.locale()))));
    QVERIFY2(text.contains(u"Valid until: 11 Apr 2025"_s), qPrintable(text));
    QVERIFY(text.contains(u"This quote is valid until 11 April 2025"_s));
    QVERIFY(text.contains(u"I refund 50 % of its price"_s));
}

void Tst_documents::invoice_showsOneStageNumberDueDateAndBank()
{
    // Printed from the project, an invoice is a draft: everything but the
    // number, which only issuing gives it (tst_invoices).
    const Project &project = projectTitled(u"SaaS launch"_s);
    const PaymentStage &stage = project.stages.at(2);
    const DocumentLanguage l = language(u"fi"_s);
    const auto doc = InvoiceDocument::build(m_profile, clientOf(project), project, 3, l, m_today);
    QVERIFY2(doc, why(doc));
    const QString pdf = write(doc, u"invoice.pdf"_s);
    QVERIFY(!pdf.isEmpty());
    const QString text = pdfToText(pdf);
    QVERIFY2(text.contains(u"Laskuluonnos"_s), qPrintable(text));
    QVERIFY(text.contains(u"LUONNOS"_s));
    QVERIFY(!text.contains(u"Viitenumero"_s));
    QVERIFY(text.contains(stage.title));
    QVERIFY(text.contains(normalized(project.money(stage.amountMinor).format(l.locale()))));
    // The demo's bank details only repeat the IBAN, which is printed once.
    QVERIFY(!m_profile.iban.isEmpty());
    QCOMPARE(text.count(Iban::grouped(m_profile.iban)), 1);
    QVERIFY(text.contains(m_profile.registrationNumber));
    QVERIFY2(text.contains(l.longDate(stage.dueOn)), qPrintable(text));
    // Not registered for VAT: the exemption sentence instead of VAT.
    QVERIFY2(text.contains(u"Myyjä ei ole arvonlisäverovelvollinen"_s), qPrintable(text));
    // Only this stage is billed.
    QVERIFY(!text.contains(project.stages.at(0).title));
    QVERIFY(!text.contains(project.stages.at(3).title));
}

void Tst_documents::invoice_unknownStageIsRefused()
{
    const Project &project = projectTitled(u"SaaS launch"_s);
    const auto doc = InvoiceDocument::build(m_profile, clientOf(project), project, 9, language(u"en"_s), m_today);
    QVERIFY(!doc);
    QVERIFY2(doc.error().contains(u"has no stage 9"_s), why(doc));
}

// ---------------------------------------------------------------- letter

void Tst_documents::letter_listsAgreementsAndAsksToConfirm()
{
    const Interaction *agreement = nullptr;
    for (const Interaction &i : m_interactions) {
        if (i.kind == InteractionKind::Agreement && i.summary.contains(u"50/50"_s))
            agreement = &i;
    }
    QVERIFY(agreement);
    const Project &project = projectTitled(u"Travel blog"_s);
    const Client &client = clientOf(project);

    const auto en = FollowUpLetter::build(m_profile, client, &project, *agreement, language(u"en"_s));
    QVERIFY2(en, why(en));
    QCOMPARE(en->recipient(), client.email);
    QVERIFY(en->subject().contains(project.title));
    QVERIFY(en->body().contains(u"Hello Elina Öhman,"_s));
    QVERIFY(en->body().contains(u"Thank you for the call on"_s));
    QVERIFY(en->body().contains(u"- "_s + agreement->summary));
    QVERIFY(en->body().contains(u"Please confirm"_s));
    QVERIFY(en->body().endsWith(m_profile.phone + u'\n'));
    QVERIFY(en->text().startsWith(en->subject() + u"\n\n"_s));

    const auto ru = FollowUpLetter::build(m_profile, client, nullptr, *agreement, language(u"ru"_s));
    QVERIFY2(ru, why(ru));
    QVERIFY2(ru->body().contains(u"Пожалуйста, подтвердите"_s), qPrintable(ru->body()));
    QVERIFY(ru->subject().contains(u"2025"_s));

    Interaction empty = *agreement;
    empty.summary = u"  "_s;
    QVERIFY(!FollowUpLetter::build(m_profile, client, &project, empty, language(u"en"_s)));
}

void Tst_documents::letter_mailtoUrlIsPercentEncoded()
{
    const Project &project = projectTitled(u"Travel blog"_s);
    Client client = clientOf(project);
    Interaction interaction;
    interaction.clientId = client.id;
    interaction.at = QDateTime(m_today, QTime(10, 0), QTimeZone::utc());
    interaction.channel = Channel::Meeting;
    interaction.summary = u"Price 2 400 € & 50/50 stages?\nDeadline: #6 weeks = 100% sure"_s;
    const auto letter = FollowUpLetter::build(m_profile, client, &project, interaction, language(u"fi"_s));
    QVERIFY2(letter, why(letter));
    const QString url = letter->mailtoUrl();
    QVERIFY2(url.startsWith(u"mailto:elina.ohman@example.com?subject="_s), qPrintable(url));
    // Only ASCII, no raw separators: the address bar and mail programs get
    // exactly one subject and one body.
    for (QChar c : url)
        QVERIFY2(c.unicode() < 128 && c != u' ' && c != u'\n', qPrintable(url));
    QCOMPARE(url.count(u'&'), 1);
    QCOMPARE(url.count(u'?'), 1);
    QVERIFY(url.contains(u"%0D%0A"_s));
    const qsizetype bodyAt = url.indexOf(u"&body="_s);
    const QString subject = url.mid(url.indexOf(u"?subject="_s) + 9, bodyAt - url.indexOf(u"?subject="_s) - 9);
    QCOMPARE(QUrl::fromPercentEncoding(subject.toLatin1()), letter->subject());
    QString body = letter->body();
    body.replace(u"\n"_s, u"\r\n"_s);
    QCOMPARE(QUrl::fromPercentEncoding(url.mid(bodyAt + 6).toLatin1()), body);
    QVERIFY(QUrl(url, QUrl::StrictMode).isValid());
}

void Tst_documents::letter_kindIdsRoundTrip()
{
    QCOMPARE(FollowUpLetter::kindIds(), (QStringList{u"follow-up"_s, u"brief-reminder"_s, u"release-slot"_s}));
    for (const QString &id : FollowUpLetter::kindIds())
        QCOMPARE(FollowUpLetter::kindId(*FollowUpLetter::kindFromId(id)), id);
    QVERIFY(!FollowUpLetter::kindFromId(u"reminder"_s));
}

namespace {

Client helsinkiClient()
{
    Client c;
    c.id = 5;
    c.name = u"Marja Virtanen"_s;
    c.email = u"marja@example.com"_s;
    c.timeZone = u"Europe/Helsinki"_s;
    return c;
}

Interaction sentAt(InteractionKind kind, const QDateTime &at)
{
    Interaction i;
    i.clientId = 5;
    i.projectId = 9;
    i.at = at;
    i.channel = Channel::Email;
    i.direction = Direction::Out;
    i.kind = kind;
    i.summary = u"sent"_s;
    return i;
}

} // namespace

void Tst_documents::briefReminder_namesTheBriefDateProjectAndDeadline()
{
    Project project;
    project.id = 9;
    project.title = u"Café menu"_s;
    project.deadline = QDate(2025, 4, 15);
    // 22:30 UTC on 2 March is 00:30 on 3 March in Helsinki: the client's day.
    const Interaction brief = sentAt(InteractionKind::BriefSent, QDateTime(QDate(2025, 3, 2), QTime(22, 30), QTimeZone::utc()));
    const DocumentLanguage en = language(u"en"_s);
    const auto letter = FollowUpLetter::briefReminder(m_profile, helsinkiClient(), &project, brief, en);
    QVERIFY2(letter, why(letter));
    QCOMPARE(letter->recipient(), u"marja@example.com"_s);
    QCOMPARE(letter->subject(), u"The brief for Café menu"_s);
    QVERIFY2(letter->body().startsWith(u"Hello Marja Virtanen,\n"_s), qPrintable(letter->body()));
    QVERIFY2(letter->body().contains(u"On "_s + en.longDate(QDate(2025, 3, 3)) + u" I sent you the brief for \"Café menu\"."_s),
             qPrintable(letter->body()));
    QVERIFY(letter->body().contains(u"is the order still relevant?"_s));
    QVERIFY(letter->body().contains(en.longDate(QDate(2025, 4, 15))));
    QVERIFY(letter->body().contains(u"move the deadline"_s));
    QVERIFY(letter->body().endsWith(m_profile.phone + u'\n'));

    // Without a project or a deadline the letter names the brief's day only.
    const auto bare = FollowUpLetter::briefReminder(m_profile, helsinkiClient(), nullptr, brief, en);
    QVERIFY2(bare, why(bare));
    QCOMPARE(bare->subject(), u"The brief I sent on "_s + en.longDate(QDate(2025, 3, 3)));
    QVERIFY(!bare->body().contains(u"ready by"_s));

    const DocumentLanguage fi = language(u"fi"_s);
    const DocumentLanguage ru = language(u"ru"_s);
    const auto inFinnish = FollowUpLetter::briefReminder(m_profile, helsinkiClient(), &project, brief, fi);
    const auto inRussian = FollowUpLetter::briefReminder(m_profile, helsinkiClient(), &project, brief, ru);
    QVERIFY(inFinnish && inRussian);
    QVERIFY2(inFinnish->body().contains(fi.longDate(QDate(2025, 3, 3))), qPrintable(inFinnish->body()));
    QVERIFY2(inFinnish->body().contains(u"ajankohtainen"_s), qPrintable(inFinnish->body()));
    QVERIFY2(inRussian->body().contains(ru.longDate(QDate(2025, 4, 15))), qPrintable(inRussian->body()));
    QVERIFY2(inRussian->body().contains(u"актуален"_s), qPrintable(inRussian->body()));
}

void Tst_documents::slotRelease_namesBothDatesAndReleasesTheTime()
{
    Project project;
    project.id = 9;
    project.title = u"Café menu"_s;
    project.deadline = QDate(2025, 4, 15);
    const Interaction brief = sentAt(InteractionKind::BriefSent, QDateTime(QDate(2025, 3, 3), QTime(9, 0), QTimeZone::utc()));
    const Interaction reminder = sentAt(InteractionKind::Reminder, QDateTime(QDate(2025, 3, 10), QTime(9, 0), QTimeZone::utc()));
    const DocumentLanguage en = language(u"en"_s);
    const auto letter = FollowUpLetter::slotRelease(m_profile, helsinkiClient(), &project, brief, reminder, en);
    QVERIFY2(letter, why(letter));
    QCOMPARE(letter->subject(), u"Releasing the time reserved for Café menu"_s);
    QVERIFY2(letter->body().contains(u"I sent you the brief for \"Café menu\" on "_s + en.longDate(QDate(2025, 3, 3))
                                     + u" and a reminder on "_s + en.longDate(QDate(2025, 3, 10))),
             qPrintable(letter->body()));
    QVERIFY(letter->body().contains(u"releasing the time I reserved"_s));
    QVERIFY(letter->body().contains(en.longDate(QDate(2025, 4, 15))));
    QVERIFY(letter->body().contains(u"relevant again"_s));

    const DocumentLanguage ru = language(u"ru"_s);
    const auto inRussian = FollowUpLetter::slotRelease(m_profile, helsinkiClient(), &project, brief, reminder, ru);
    QVERIFY2(inRussian, why(inRussian));
    QVERIFY2(inRussian->body().contains(ru.longDate(QDate(2025, 3, 10))), qPrintable(inRussian->body()));
    QVERIFY2(inRussian->body().contains(u"освобождаю"_s), qPrintable(inRussian->body()));
}

void Tst_documents::briefLetters_refuseTheWrongInteraction()
{
    const Interaction brief = sentAt(InteractionKind::BriefSent, QDateTime(QDate(2025, 3, 3), QTime(9, 0), QTimeZone::utc()));
    Interaction inbound = brief;
    inbound.direction = Direction::In; // a brief the client sent waits for our answer
    QVERIFY(!FollowUpLetter::briefReminder(m_profile, helsinkiClient(), nullptr, inbound, language(u"en"_s)));
    Interaction agreement = brief;
    agreement.kind = InteractionKind::Agreement;
    QVERIFY(!FollowUpLetter::briefReminder(m_profile, helsinkiClient(), nullptr, agreement, language(u"en"_s)));
    // A reminder dated before the brief is not its reminder.
    const Interaction early = sentAt(InteractionKind::Reminder, QDateTime(QDate(2025, 3, 1), QTime(9, 0), QTimeZone::utc()));
    QVERIFY(!FollowUpLetter::slotRelease(m_profile, helsinkiClient(), nullptr, brief, early, language(u"en"_s)));
}

// ---------------------------------------------------------------- language, files

void Tst_documents::language_unknownIdIsRefused()
{
    const auto de = DocumentLanguage::fromId(u"de"_s);
    QVERIFY(!de);
    QVERIFY2(de.error().contains(u"en, fi, ru"_s), why(de));
    QCOMPARE(DocumentLanguage::ids(), (QStringList{u"en"_s, u"fi"_s, u"ru"_s}));
    QCOMPARE(DocumentLanguage::forLocale(QLocale(QLocale::Finnish)).id(), u"fi"_s);
    QCOMPARE(DocumentLanguage::forLocale(QLocale(QLocale::German)).id(), u"en"_s);
    // The catalogues are looked up directly, not installed: the interface
    // language stays as it was.
    QCOMPARE(QCoreApplication::translate("ContractDocument", "Service agreement"), u"Service agreement"_s);
    QCOMPARE(language(u"fi"_s).translate("ContractDocument", "Service agreement"), u"Toimeksiantosopimus"_s);
}

void Tst_documents::writePdf_replacesFileOnlyWhenComplete()
{
    const QString path = m_dir.filePath(u"replace.pdf"_s);
    QFile old(path);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("old");
    old.close();
    const Project &project = projectTitled(u"SaaS launch"_s);
    auto doc = QuoteDocument::build(m_profile, clientOf(project), project, language(u"en"_s), m_today);
    QVERIFY(doc);
    QVERIFY(DocumentRenderer::writePdf(*doc, path));
    QFile replaced(path);
    QVERIFY(replaced.open(QIODevice::ReadOnly));
    QVERIFY(replaced.readAll().startsWith("%PDF-"));

    const auto refused = DocumentRenderer::writePdf(*doc, m_dir.filePath(u"no/such/folder/x.pdf"_s));
    QVERIFY(!refused);
    QVERIFY(refused.error().contains(u"no/such/folder/x.pdf"_s));
    // No temporary files are left behind.
    const QStringList left = QDir(m_dir.path()).entryList({u"replace.pdf*"_s}, QDir::Files | QDir::Hidden);
    QCOMPARE(left, QStringList{u"replace.pdf"_s});
}

void Tst_documents::demo_allDocumentsInAllLanguages()
{
    const QString keep = qEnvironmentVariable("NEUVO_KEEP_DOCUMENTS");
    const QString dir = keep.isEmpty() ? m_dir.path() : keep;
    QVERIFY(QDir().mkpath(dir));
    const Project &agency = projectTitled(u"SaaS launch"_s);
    const Project &travel = projectTitled(u"Travel blog"_s);
    for (const QString &id : DocumentLanguage::ids()) {
        const DocumentLanguage l = language(id);
        const QList<QPair<QString, Result<PrintableDocument>>> docs = {
            {u"contract"_s, ContractDocument::build(m_profile, clientOf(agency), agency, l, m_today)},
            {u"contract-no-nda"_s, ContractDocument::build(m_profile, clientOf(travel), travel, l, m_today)},
            {u"quote"_s, QuoteDocument::build(m_profile, clientOf(travel), travel, l, m_today)},
            {u"invoice"_s, InvoiceDocument::build(m_profile, clientOf(agency), agency, 3, l, m_today)},
        };
        for (const auto &[kind, doc] : docs) {
            QVERIFY2(doc, why(doc));
            const QString path = dir + u"/%1-%2.pdf"_s.arg(kind, id);
            const auto pages = DocumentRenderer::writePdf(*doc, path);
            QVERIFY2(pages, why(pages));
            QCOMPARE(pdfPages(path), *pages);
            const QString text = pdfToText(path);
            QVERIFY(text.contains(m_profile.name));
            // Every placeholder was filled.
            QVERIFY(!text.contains(u"%1"_s) && !text.contains(u"%2"_s) && !text.contains(u"%n"_s));
        }
    }
}

QTEST_MAIN(Tst_documents)
#include "tst_documents.moc"
