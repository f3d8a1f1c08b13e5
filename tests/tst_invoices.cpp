#include "core/documents/documentrenderer.h"
#include "core/documents/invoicedocument.h"
#include "core/documents/invoicing.h"
#include "core/domain/bankbarcode.h"
#include "core/domain/creditorreference.h"
#include "core/domain/epcpayment.h"
#include "core/domain/finnishreference.h"
#include "core/domain/invoicejson.h"
#include "core/storage/database.h"
#include "core/storage/invoicestore.h"
#include "core/storage/stores.h"
#include "testutil.h"

#include <QDir>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace neuvo;

namespace {

template<typename R>
QByteArray why(const R &result)
{
    return result ? QByteArray() : result.error().toUtf8();
}

QString normalized(QString text)
{
    for (QChar &c : text) {
        if (c == QChar(0x00A0) || c == QChar(0x202F) || c == QChar(0x2009) || c == u'\n' || c == u'\t')
            c = u' ';
    }
    static const QRegularExpression spaces(u" {2,}"_s);
    text.replace(spaces, u" "_s);
    return text;
}

DocumentLanguage language(const QString &id)
{
    return *DocumentLanguage::fromId(id);
}

} // namespace

// Issued invoices: gapless numbers assigned with the invoice, never reused;
// credit notes; invoices that never change and print the same; VAT as the
// profile and project say; payments against invoices; the payment codes
// read back from the printed PDF (pdftotext, pdftoppm and zbarimg).
class TestInvoices : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void issue_numbersAreGaplessPerYear();
    void issue_prefixAndSingleSeries();
    void issue_secondInvoiceForStageRefused();
    void issue_datesFollowNumbers();
    void issue_failedTransactionUsesNoNumber();
    void cancel_creditNoteTakesNextNumberAndNegates();
    void cancel_thenStageCanBeInvoicedAgain();
    void storedInvoice_cannotBeChangedOrDeleted();
    void storedInvoice_jsonRoundTripAndTamperedTotals();
    void invoicedStage_keepsAmountAndCannotBeRemoved();
    void invoicedClientAndProject_cannotBeDeleted();

    void vat_notRegistered_exemptionSentencePerLanguage();
    void vat_registered_projectRateOverridesProfile();
    void vat_pricesIncludeVat();
    void vat_reverseChargeNeedsClientVatId();
    void vat_netPlusVatIsGrossOnEveryIssuedInvoice();

    void payments_moveTheStageShare();
    void payments_refusedBeyondOutstandingAndOnCancelled();
    void paidBefore_shownAndCarriedToTheReissue();

    void pdf_sameTextAfterClientAndProfileChange();
    void pdf_draftHasNoNumberNoCodes();
    void pdf_buyerCompanyPrintedOnce();
    void pdf_bankDetailsNotRepeatingTheIban();
    void pdf_referenceAndBarcodePrinted();
    void pdf_qrCodeDecodesToThePayment_data();
    void pdf_qrCodeDecodesToThePayment();
    void pdf_creditNote();

private:
    Project addProject(int stages, qint64 stageAmount, const QString &currency = u"EUR"_s);
    Invoice issue(const Project &project, int stage, const QDate &date, const QString &lang = u"en"_s);
    QString pdfText(const Invoice &invoice, const QString &name);
    QString writePdf(const Invoice &invoice, const QString &name);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    Client m_client;
    QString m_pdftotext;
    QString m_pdftoppm;
    QString m_zbarimg;
    int m_file = 0;
};

void TestInvoices::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
    m_pdftoppm = QStandardPaths::findExecutable(u"pdftoppm"_s);
    m_zbarimg = QStandardPaths::findExecutable(u"zbarimg"_s);
    QVERIFY2(!m_pdftotext.isEmpty() && !m_pdftoppm.isEmpty(),
             "pdftotext and pdftoppm (Debian poppler-utils, see scripts/install-deps) are needed");
    QVERIFY2(!m_zbarimg.isEmpty(), "zbarimg (Debian zbar-tools, see scripts/install-deps) is needed");
}

void TestInvoices::init()
{
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(test::suiteDatabase(m_dir.filePath(u"invoices-%1.sqlite"_s.arg(++m_file)))).ok());
    Profile profile = *ProfileStore(*m_db).load();
    profile.name = u"Aino Virtanen"_s;
    profile.legalForm = u"Sole proprietor"_s;
    profile.registrationNumber = u"3141593-8"_s;
    profile.address = u"Hämeenkatu 12 A 5\n33100 Tampere"_s;
    profile.email = u"aino@example.com"_s;
    profile.bankDetails = u"Nordea"_s;
    profile.iban = u"FI21 1234 5600 0007 85"_s;
    profile.bic = u"NDEAFIHH"_s;
    QVERIFY(ProfileStore(*m_db).save(profile).ok());

    m_client = Client();
    m_client.name = u"Laura Mäkelä"_s;
    m_client.company = u"Kotileipomo Oy"_s;
    m_client.billingAddress = u"Hatanpään valtatie 24\n33100 Tampere"_s;
    m_client.businessId = u"2345678-0"_s;
    m_client.vatId = u"FI23456780"_s;
    QVERIFY(ClientStore(*m_db).create(m_client).ok());
}

void TestInvoices::cleanup()
{
    m_db.reset();
}

Project TestInvoices::addProject(int stages, qint64 stageAmount, const QString &currency)
{
    Project p;
    p.clientId = m_client.id;
    p.title = u"Website copy"_s;
    p.currency = currency;
    p.basePriceMinor = stages * stageAmount;
    p.contractNumber = u"AV-2026-1"_s;
    p.contractDate = QDate(2026, 1, 10);
    for (int i = 1; i <= stages; ++i)
        p.stages << PaymentStage{0, 0, i, u"Stage %1 work"_s.arg(i), stageAmount, QDate(2026, 2, i), {}, {}, 0};
    const auto created = ProjectStore(*m_db).create(p);
    if (!created)
        qWarning("%s", qPrintable(created.error()));
    return p;
}

Invoice TestInvoices::issue(const Project &project, int stage, const QDate &date, const QString &lang)
{
    const auto issued = Invoicing::issue(*m_db, project.id, stage, language(lang), date);
    if (!issued) {
        qWarning("%s", qPrintable(issued.error()));
        return {};
    }
    return *issued;
}

QString TestInvoices::writePdf(const Invoice &invoice, const QString &name)
{
    const auto doc = InvoiceDocument::build(invoice);
    if (!doc)
        return {};
    const QString path = m_dir.filePath(name);
    if (!DocumentRenderer::writePdf(*doc, path))
        return {};
    // NEUVO_KEEP_DOCUMENTS=DIR keeps the PDFs for looking at them.
    const QString keep = qEnvironmentVariable("NEUVO_KEEP_DOCUMENTS");
    if (!keep.isEmpty()) {
        QDir().mkpath(keep);
        QFile::remove(keep + u'/' + name);
        QFile::copy(path, keep + u'/' + name);
    }
    return path;
}

QString TestInvoices::pdfText(const Invoice &invoice, const QString &name)
{
    const QString pdf = writePdf(invoice, name);
    if (pdf.isEmpty())
        return u"<no PDF>"_s;
    QProcess process;
    process.start(m_pdftotext, {u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s});
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return u"<pdftotext failed>"_s;
    return normalized(QString::fromUtf8(process.readAllStandardOutput()));
}

void TestInvoices::issue_numbersAreGaplessPerYear()
{
    const Project project = addProject(6, 100000);
    QStringList numbers;
    for (int stage = 1; stage <= 4; ++stage)
        numbers << issue(project, stage, QDate(2026, 3, stage)).number;
    QCOMPARE(numbers, (QStringList{u"2026-0001"_s, u"2026-0002"_s, u"2026-0003"_s, u"2026-0004"_s}));
    // A new year starts the series again.
    QCOMPARE(issue(project, 5, QDate(2027, 1, 2)).number, u"2027-0001"_s);
    const Invoice sixth = issue(project, 6, QDate(2027, 1, 3));
    QCOMPARE(sixth.number, u"2027-0002"_s);
    QCOMPARE(sixth.series, u"2027"_s);
    QCOMPARE(sixth.sequence, 2);
    // The reference number is the year and the running number with its
    // check digit; the RF reference is formed from it.
    QCOMPARE(sixth.reference, *FinnishReference::fromBase(u"20270002"_s));
    QVERIFY(FinnishReference::isValid(sixth.reference));
    QCOMPARE(sixth.rfReference, *CreditorReference::fromBody(sixth.reference));
    QCOMPARE(*InvoiceStore(*m_db).count(), 6);
}

void TestInvoices::issue_prefixAndSingleSeries()
{
    Profile profile = *ProfileStore(*m_db).load();
    profile.invoicePrefix = u"AV-"_s;
    profile.invoiceNumbersYearly = false;
    QVERIFY(ProfileStore(*m_db).save(profile).ok());
    const Project project = addProject(3, 50000);
    QCOMPARE(issue(project, 1, QDate(2026, 12, 30)).number, u"AV-0001"_s);
    const Invoice second = issue(project, 2, QDate(2027, 1, 2));
    QCOMPARE(second.number, u"AV-0002"_s); // one series across the years
    QCOMPARE(second.reference, *FinnishReference::fromBase(u"10002"_s));
    // Changing the prefix does not start the series again.
    profile.invoicePrefix = u"N-"_s;
    QVERIFY(ProfileStore(*m_db).save(profile).ok());
    QCOMPARE(issue(project, 3, QDate(2027, 1, 3)).number, u"N-0003"_s);
}

void TestInvoices::issue_secondInvoiceForStageRefused()
{
    const Project project = addProject(2, 100000);
    const Invoice first = issue(project, 1, QDate(2026, 3, 1));
    QVERIFY(!first.number.isEmpty());
    const auto again = Invoicing::issue(*m_db, project.id, 1, language(u"en"_s), QDate(2026, 3, 2));
    QVERIFY(!again);
    QVERIFY2(again.error().contains(first.number), why(again));
    QCOMPARE(*InvoiceStore(*m_db).count(), 1);
    // The refusal used no number.
    QCOMPARE(issue(project, 2, QDate(2026, 3, 2)).number, u"2026-0002"_s);
}

void TestInvoices::issue_datesFollowNumbers()
{
    const Project project = addProject(2, 100000);
    issue(project, 1, QDate(2026, 3, 10));
    const auto earlier = Invoicing::issue(*m_db, project.id, 2, language(u"en"_s), QDate(2026, 3, 9));
    QVERIFY(!earlier);
    QVERIFY2(earlier.error().contains(u"2026-0001"_s), why(earlier));
    QCOMPARE(issue(project, 2, QDate(2026, 3, 10)).number, u"2026-0002"_s);
}

void TestInvoices::issue_failedTransactionUsesNoNumber()
{
    // An issue that fails after the number was taken (here: inside an outer
    // transaction that is then rolled back) leaves no trace; the next
    // invoice takes the same number, which was never issued.
    const Project project = addProject(2, 100000);
    const auto rolledBack = m_db->transaction([&]() -> Result<void> {
        const auto issued = Invoicing::issue(*m_db, project.id, 1, language(u"en"_s), QDate(2026, 3, 1));
        if (!issued)
            return Error{issued.error()};
        if (issued->number != u"2026-0001"_s)
            return fail(u"unexpected number "_s + issued->number);
        return fail(u"something later in the same change failed"_s);
    });
    QVERIFY(!rolledBack);
    QCOMPARE(rolledBack.error(), u"something later in the same change failed"_s);
    QCOMPARE(*InvoiceStore(*m_db).count(), 0);
    QCOMPARE(issue(project, 2, QDate(2026, 3, 1)).number, u"2026-0001"_s);
}

void TestInvoices::cancel_creditNoteTakesNextNumberAndNegates()
{
    Profile profile = *ProfileStore(*m_db).load();
    profile.vatStatus = VatStatus::Registered;
    profile.vatId = u"FI31415938"_s;
    QVERIFY(ProfileStore(*m_db).save(profile).ok());
    const Project project = addProject(2, 123457);
    const Invoice invoice = issue(project, 1, QDate(2026, 3, 1));
    issue(project, 2, QDate(2026, 3, 2));
    InvoiceStore store(*m_db);
    const auto credit = store.cancel(invoice.id, QDate(2026, 3, 5));
    QVERIFY2(credit, why(credit));
    QCOMPARE(credit->kind, InvoiceKind::CreditNote);
    QCOMPARE(credit->number, u"2026-0003"_s);
    QCOMPARE(credit->creditedInvoiceId, invoice.id);
    QCOMPARE(credit->creditedNumber, invoice.number);
    QCOMPARE(credit->totals.net, -invoice.totals.net);
    QCOMPARE(credit->totals.vat, -invoice.totals.vat);
    QCOMPARE(credit->totals.gross, -invoice.totals.gross);
    QCOMPARE(credit->totals.net + credit->totals.vat, credit->totals.gross);
    QVERIFY(credit->reference.isEmpty());

    const auto record = store.get(invoice.id);
    QVERIFY(record->isCancelled());
    QCOMPARE(record->creditNoteNumber, credit->number);
    QCOMPARE(record->outstanding(), 0);
    // Neither twice, nor a credit note.
    QVERIFY(!store.cancel(invoice.id, QDate(2026, 3, 6)));
    QVERIFY(!store.cancel(credit->id, QDate(2026, 3, 6)));
    QVERIFY(!store.cancel(store.get(invoice.id + 1)->invoice.id, QDate(2026, 2, 1))); // before its invoice
    // Nothing was numbered by the refusals.
    QCOMPARE(*store.count(), 3);
}

void TestInvoices::cancel_thenStageCanBeInvoicedAgain()
{
    const Project project = addProject(1, 100000);
    const Invoice first = issue(project, 1, QDate(2026, 3, 1));
    QVERIFY(InvoiceStore(*m_db).cancel(first.id, QDate(2026, 3, 2)));
    const Invoice second = issue(project, 1, QDate(2026, 3, 2));
    QCOMPARE(second.number, u"2026-0003"_s);
    const auto active = InvoiceStore(*m_db).activeForStage(project.stages.at(0).id);
    QVERIFY(active && *active);
    QCOMPARE((*active)->invoice.number, second.number);
    // 1, 2 and 3 in the series: no gap, nothing reused.
    const auto all = InvoiceStore(*m_db).list();
    QCOMPARE(all->size(), 3);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(all->at(i).invoice.sequence, i + 1);
}

void TestInvoices::storedInvoice_cannotBeChangedOrDeleted()
{
    const Project project = addProject(1, 100000);
    const Invoice invoice = issue(project, 1, QDate(2026, 3, 1));
    QSqlQuery q(m_db->connection());
    QVERIFY(!q.exec(u"UPDATE invoice SET gross_minor = 1, net_minor = 1 WHERE id = %1"_s.arg(invoice.id)));
    QVERIFY2(q.lastError().text().contains(u"never changed"_s), qPrintable(q.lastError().text()));
    QVERIFY(!q.exec(u"DELETE FROM invoice WHERE id = %1"_s.arg(invoice.id)));
    QVERIFY2(q.lastError().text().contains(u"never deleted"_s), qPrintable(q.lastError().text()));
    QCOMPARE(InvoiceStore(*m_db).get(invoice.id)->invoice, invoice);
}

void TestInvoices::storedInvoice_jsonRoundTripAndTamperedTotals()
{
    Profile profile = *ProfileStore(*m_db).load();
    profile.vatStatus = VatStatus::Registered;
    profile.vatId = u"FI31415938"_s;
    QVERIFY(ProfileStore(*m_db).save(profile).ok());
    const Project project = addProject(1, 99999);
    Invoice invoice = issue(project, 1, QDate(2026, 3, 1));
    QJsonObject json = InvoiceJson::write(invoice);
    auto back = InvoiceJson::read(json);
    QVERIFY2(back, why(back));
    back->id = invoice.id;
    QCOMPARE(*back, invoice);

    json[u"vat_total"_s] = u"1.00"_s;
    const auto tampered = InvoiceJson::read(json, u"invoices[0]"_s);
    QVERIFY(!tampered);
    QVERIFY2(tampered.error().contains(u"invoices[0]: the VAT and totals are not those of the lines"_s),
             why(tampered));
    json = InvoiceJson::write(invoice);
    json[u"surprise"_s] = 1;
    json.remove(u"due_on"_s);
    const auto unknown = InvoiceJson::read(json, u"x"_s);
    QVERIFY(!unknown);
    QVERIFY2(unknown.error().contains(u"x.surprise: unknown key"_s), why(unknown));
    QVERIFY2(unknown.error().contains(u"x.due_on: missing"_s), why(unknown));
}

void TestInvoices::invoicedStage_keepsAmountAndCannotBeRemoved()
{
    Project project = addProject(2, 100000);
    const Invoice invoice = issue(project, 2, QDate(2026, 3, 1));
    ProjectStore projects(*m_db);

    Project changed = *projects.get(project.id);
    changed.stages[1].amountMinor = 90000;
    changed.stages[0].amountMinor = 110000;
    auto refused = projects.update(changed);
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(invoice.number), why(refused));

    Project removed = *projects.get(project.id);
    removed.stages.removeLast();
    removed.stages[0].amountMinor = 200000;
    refused = projects.update(removed);
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(u"cannot be removed"_s), why(refused));

    // Other edits are fine: the title, the other stage's dates, the order.
    Project edited = *projects.get(project.id);
    edited.title = u"Website copy, revised"_s;
    edited.stages[0].dueOn = QDate(2026, 4, 1);
    std::swap(edited.stages[0], edited.stages[1]);
    const auto saved = projects.update(edited);
    QVERIFY2(saved, why(saved));
    // The invoice still says what it said.
    QCOMPARE(InvoiceStore(*m_db).get(invoice.id)->invoice.projectTitle, u"Website copy"_s);

    // Once cancelled, the stage is free again. (The edit starts from the
    // project as stored now: a copy loaded before the save above is stale.)
    QVERIFY(InvoiceStore(*m_db).cancel(invoice.id, QDate(2026, 3, 2)));
    QVERIFY(!projects.update(changed));
    changed = *projects.get(project.id);
    changed.stages[0].amountMinor = 90000; // the invoiced stage, first since the swap
    changed.stages[1].amountMinor = 110000;
    const auto freed = projects.update(changed);
    QVERIFY2(freed, why(freed));
}

void TestInvoices::invoicedClientAndProject_cannotBeDeleted()
{
    const Project project = addProject(1, 100000);
    issue(project, 1, QDate(2026, 3, 1));
    const auto project_ = ProjectStore(*m_db).remove(project.id);
    QVERIFY(!project_);
    QVERIFY2(project_.error().contains(u"2026-0001"_s), why(project_));
    const auto client = ClientStore(*m_db).remove(m_client.id, ClientStore::ProjectsOnDelete::DeleteThem);
    QVERIFY(!client);
    QVERIFY2(client.error().contains(u"cannot be deleted"_s), why(client));
    QVERIFY(ProjectStore(*m_db).get(project.id));
}

void TestInvoices::vat_notRegistered_exemptionSentencePerLanguage()
{
    Profile profile = *ProfileStore(*m_db).load();
    profile.vatExemptionTexts.insert(u"ru"_s, u"Без НДС (УСН, п. 2 ст. 346.11 НК РФ)"_s);
    QVERIFY(ProfileStore(*m_db).save(profile).ok());
    QCOMPARE(ProfileStore(*m_db).load()->vatExemptionTexts, profile.vatExemptionTexts);
    const Project project = addProject(3, 100000);
    const Invoice en = issue(project, 1, QDate(2026, 3, 1), u"en"_s);
    QCOMPARE(en.totals.vat, 0);
    QCOMPARE(en.totals.gross, 100000);
    QCOMPARE(en.lines.at(0).rateTenths, 0);
    QCOMPARE(en.vatNote, InvoiceDocument::exemptionText(profile, language(u"en"_s)));
    QVERIFY(en.vatNote.contains(u"not registered for VAT"_s));
    QVERIFY(en.seller.vatId.isEmpty());
    const Invoice ru = issue(project, 2, QDate(2026, 3, 1), u"ru"_s);
    QCOMPARE(ru.vatNote, u"Без НДС (УСН, п. 2 ст. 346.11 НК РФ)"_s);
    const QString text = pdfText(ru, u"ru-exempt.pdf"_s);
    QVERIFY2(text.contains(u"Без НДС (УСН, п. 2 ст. 346.11 НК РФ)"_s), qPrintable(text));
}

void TestInvoices::vat_registered_projectRateOverridesProfile()
{
    Profile profile = *ProfileStore(*m_db).load();
    profile.vatStatus = VatStatus::Registered;
    profile.vatId = u"FI31415938"_s;
    profile.vatRateTenths = 255;
    QVERIFY(ProfileStore(*m_db).save(profile).ok());
    Project project = addProject(2, 100000);
    const Invoice standard = issue(project, 1, QDate(2026, 3, 1));
    QCOMPARE(standard.lines.at(0).rateTenths, 255);
    QCOMPARE(standard.totals.net, 100000);
    QCOMPARE(standard.totals.vat, 25500);
    QCOMPARE(standard.totals.gross, 125500);
    QCOMPARE(standard.seller.vatId, u"FI31415938"_s);
    QVERIFY(standard.vatNote.isEmpty());

    project = *ProjectStore(*m_db).get(project.id);
    project.vatRateTenths = 140;
    QVERIFY(ProjectStore(*m_db).update(project).ok());
    QCOMPARE(ProjectStore(*m_db).get(project.id)->vatRateTenths, std::optional<int>(140));
    const Invoice reduced = issue(project, 2, QDate(2026, 3, 2));
    QCOMPARE(reduced.lines.at(0).rateTenths, 140);
    QCOMPARE(reduced.totals.vat, 14000);
    const QString text = pdfText(reduced, u"reduced.pdf"_s);
    // en_US writes a currency that is not its own by its code.
    QVERIFY2(text.contains(u"VAT 14%: EUR 140.00"_s), qPrintable(text));
    QVERIFY(text.contains(u"Total including VAT: EUR 1,140.00"_s));
    QVERIFY(text.contains(u"FI31415938"_s));
}

void TestInvoices::vat_pricesIncludeVat()
{
    Profile profile = *ProfileStore(*m_db).load();
    profile.vatStatus = VatStatus::Registered;
    profile.vatId = u"FI31415938"_s;
    profile.pricesIncludeVat = true;
    QVERIFY(ProfileStore(*m_db).save(profile).ok());
    const Project project = addProject(1, 100000);
    const Invoice invoice = issue(project, 1, QDate(2026, 3, 1));
    // 1000.00 with 25.5 % VAT in it: 1000 × 25.5 / 125.5 = 203.19 (203.187…).
    QCOMPARE(invoice.totals.gross, 100000);
    QCOMPARE(invoice.totals.vat, 20319);
    QCOMPARE(invoice.totals.net, 79681);
}

void TestInvoices::vat_reverseChargeNeedsClientVatId()
{
    Profile profile = *ProfileStore(*m_db).load();
    profile.vatStatus = VatStatus::Registered;
    profile.vatId = u"FI31415938"_s;
    profile.pricesIncludeVat = true;
    QVERIFY(ProfileStore(*m_db).save(profile).ok());
    Project project = addProject(1, 125500);
    project.reverseCharge = true;
    QVERIFY(ProjectStore(*m_db).update(project).ok());
    Client client = m_client;
    client.vatId.clear();
    QVERIFY(ClientStore(*m_db).update(client).ok());
    const auto refused = Invoicing::issue(*m_db, project.id, 1, language(u"en"_s), QDate(2026, 3, 1));
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(u"VAT ID"_s), why(refused));
    QCOMPARE(*InvoiceStore(*m_db).count(), 0);

    client.vatId = u"DE123456789"_s;
    QVERIFY(ClientStore(*m_db).update(client).ok());
    const Invoice invoice = issue(project, 1, QDate(2026, 3, 1));
    QVERIFY(invoice.reverseCharge);
    // The price was entered with 25.5 % VAT; the buyer pays it without.
    QCOMPARE(invoice.totals.vat, 0);
    QCOMPARE(invoice.totals.gross, 100000);
    QCOMPARE(invoice.buyer.vatId, u"DE123456789"_s);
    const QString text = pdfText(invoice, u"reverse.pdf"_s);
    QVERIFY2(text.contains(u"Reverse charge"_s), qPrintable(text));
    QVERIFY(text.contains(u"DE123456789"_s));
}

void TestInvoices::vat_netPlusVatIsGrossOnEveryIssuedInvoice()
{
    Profile profile = *ProfileStore(*m_db).load();
    profile.vatStatus = VatStatus::Registered;
    profile.vatId = u"FI31415938"_s;
    QVERIFY(ProfileStore(*m_db).save(profile).ok());
    QRandomGenerator random(14);
    const int rates[] = {255, 240, 140, 135, 100, 200, 0, 55};
    int issued = 0;
    for (int round = 0; round < 16; ++round) {
        profile.pricesIncludeVat = round % 2;
        profile.vatRateTenths = rates[round % 8];
        QVERIFY(ProfileStore(*m_db).save(profile).ok());
        const Project project = addProject(3, 1 + random.bounded(1000000));
        for (int stage = 1; stage <= 3; ++stage) {
            const Invoice invoice = issue(project, stage, QDate(2026, 3, 1));
            QVERIFY(!invoice.number.isEmpty());
            const auto stored = InvoiceStore(*m_db).get(invoice.id);
            QCOMPARE(stored->invoice.totals.net + stored->invoice.totals.vat, stored->invoice.totals.gross);
            QCOMPARE(*stored->invoice.computeTotals(), stored->invoice.totals);
            // The database keeps the same totals beside the document.
            QSqlQuery q(m_db->connection());
            QVERIFY(q.exec(u"SELECT net_minor, vat_minor, gross_minor FROM invoice WHERE id = %1"_s.arg(invoice.id)));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toLongLong(), invoice.totals.net);
            QCOMPARE(q.value(1).toLongLong(), invoice.totals.vat);
            QCOMPARE(q.value(2).toLongLong(), invoice.totals.gross);
            ++issued;
        }
    }
    QCOMPARE(issued, 48);
}

void TestInvoices::payments_moveTheStageShare()
{
    Profile profile = *ProfileStore(*m_db).load();
    profile.vatStatus = VatStatus::Registered;
    profile.vatId = u"FI31415938"_s;
    QVERIFY(ProfileStore(*m_db).save(profile).ok());
    const Project project = addProject(2, 100000);
    const Invoice invoice = issue(project, 1, QDate(2026, 3, 1));
    QCOMPARE(invoice.totals.gross, 125500);
    InvoiceStore store(*m_db);
    InvoicePayment half{0, invoice.id, QDate(2026, 3, 10), 62750};
    const auto recorded = store.recordPayment(half);
    QVERIFY2(recorded, why(recorded));
    PaymentStage stage = ProjectStore(*m_db).get(project.id)->stages.at(0);
    QCOMPARE(stage.paidMinor, 50000); // half of the net stage amount
    QCOMPARE(stage.paidOn, QDate(2026, 3, 10));
    QCOMPARE(store.get(invoice.id)->paid, 62750);
    QCOMPARE(store.get(invoice.id)->outstanding(), 62750);

    InvoicePayment rest{0, invoice.id, QDate(2026, 3, 12), 62750};
    QVERIFY(store.recordPayment(rest));
    stage = ProjectStore(*m_db).get(project.id)->stages.at(0);
    QCOMPARE(stage.paidMinor, 100000);
    QVERIFY(stage.isFullyPaid());
    QCOMPARE(store.get(invoice.id)->outstanding(), 0);

    QVERIFY(store.removePayment(rest.id));
    stage = ProjectStore(*m_db).get(project.id)->stages.at(0);
    QCOMPARE(stage.paidMinor, 50000);
    QCOMPARE(store.payments(invoice.id)->size(), 1);
    QVERIFY(store.removePayment(half.id));
    stage = ProjectStore(*m_db).get(project.id)->stages.at(0);
    QCOMPARE(stage.paidMinor, 0);
    QVERIFY(!stage.paidOn.isValid());
}

void TestInvoices::payments_refusedBeyondOutstandingAndOnCancelled()
{
    const Project project = addProject(1, 100000);
    const Invoice invoice = issue(project, 1, QDate(2026, 3, 1));
    InvoiceStore store(*m_db);
    InvoicePayment tooMuch{0, invoice.id, QDate(2026, 3, 2), 100001};
    auto refused = store.recordPayment(tooMuch);
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(u"still owed"_s), why(refused));
    InvoicePayment zero{0, invoice.id, QDate(2026, 3, 2), 0};
    QVERIFY(!store.recordPayment(zero));
    const auto credit = store.cancel(invoice.id, QDate(2026, 3, 3));
    InvoicePayment late{0, invoice.id, QDate(2026, 3, 4), 100};
    refused = store.recordPayment(late);
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(u"cancelled"_s), why(refused));
    InvoicePayment onCredit{0, credit->id, QDate(2026, 3, 4), 100};
    QVERIFY(!store.recordPayment(onCredit));
    QVERIFY(store.payments()->isEmpty());
}

void TestInvoices::paidBefore_shownAndCarriedToTheReissue()
{
    Project project = addProject(1, 100000);
    project.stages[0].paidMinor = 40000;
    project.stages[0].paidOn = QDate(2026, 2, 20);
    QVERIFY(ProjectStore(*m_db).update(project).ok());
    const Invoice invoice = issue(project, 1, QDate(2026, 3, 1));
    QCOMPARE(invoice.paidBefore, 40000);
    QCOMPARE(invoice.amountDue(), 60000);
    QCOMPARE(InvoiceStore(*m_db).get(invoice.id)->outstanding(), 60000);
    const QString text = pdfText(invoice, u"paid-before.pdf"_s);
    QVERIFY2(text.contains(u"Paid before this invoice: −EUR 400.00"_s), qPrintable(text));
    QVERIFY(text.contains(u"Amount due: EUR 600.00"_s));
}

void TestInvoices::pdf_sameTextAfterClientAndProfileChange()
{
    for (const QString &lang : {u"en"_s, u"fi"_s, u"ru"_s}) {
        init(); // a database of its own per language
        const Project project = addProject(2, 100000);
        const Invoice invoice = issue(project, 1, QDate(2026, 3, 1), lang);
        const QString before = pdfText(InvoiceStore(*m_db).get(invoice.id)->invoice, u"before-%1.pdf"_s.arg(lang));
        QVERIFY2(before.contains(u"Hatanpään valtatie 24"_s), qPrintable(before));

        Client moved = m_client;
        moved.billingAddress = u"Uusi katu 1\n00100 Helsinki"_s;
        moved.company = u"Uusi Leipomo Oy"_s;
        QVERIFY(ClientStore(*m_db).update(moved).ok());
        Profile profile = *ProfileStore(*m_db).load();
        profile.address = u"Moved away"_s;
        profile.iban = u"DE89 3704 0044 0532 0130 00"_s;
        QVERIFY(ProfileStore(*m_db).save(profile).ok());

        // Printed again from the database: the text is the same, word for word.
        const auto reprint = Invoicing::print(*m_db, invoice.number);
        QVERIFY2(reprint, why(reprint));
        const QString path = m_dir.filePath(u"after-%1.pdf"_s.arg(lang));
        QVERIFY(DocumentRenderer::writePdf(*reprint, path));
        QProcess process;
        process.start(m_pdftotext, {u"-enc"_s, u"UTF-8"_s, path, u"-"_s});
        QVERIFY(process.waitForFinished(30000));
        const QString after = normalized(QString::fromUtf8(process.readAllStandardOutput()));
        QCOMPARE(after, before);
        QVERIFY(!after.contains(u"Uusi katu"_s));
        // The draft of the next stage shows the new address.
        const auto draft = Invoicing::draft(*m_db, project.id, 2, language(lang), QDate(2026, 3, 2));
        QVERIFY(draft);
        QVERIFY(draft->buyer.address.contains(u"Uusi katu"_s));
    }
}

void TestInvoices::pdf_draftHasNoNumberNoCodes()
{
    const Project project = addProject(2, 100000);
    const auto draft = Invoicing::draft(*m_db, project.id, 1, language(u"en"_s), QDate(2026, 3, 1));
    QVERIFY2(draft, why(draft));
    QVERIFY(draft->isDraft());
    QVERIFY(draft->reference.isEmpty());
    QVERIFY(InvoiceDocument::epcPayload(*draft).isEmpty());
    QVERIFY(InvoiceDocument::virtualBarcode(*draft).isEmpty());
    const QString text = pdfText(*draft, u"draft.pdf"_s);
    QVERIFY2(text.contains(u"Invoice draft"_s), qPrintable(text));
    QVERIFY(text.contains(u"DRAFT: this is not an invoice"_s));
    QVERIFY(!text.contains(u"Reference number"_s));
    // Nor asks for one: the draft has none yet.
    QVERIFY(!text.contains(u"reference number"_s, Qt::CaseInsensitive));
    QVERIFY(text.contains(u"Late payments bear interest"_s));
    QVERIFY(!text.contains(u"2026-0001"_s));
    QCOMPARE(*InvoiceStore(*m_db).count(), 0);
}

void TestInvoices::pdf_buyerCompanyPrintedOnce()
{
    // Billing addresses usually start with the company; the invoice names
    // it once, in every layout.
    Client client = m_client;
    client.billingAddress = u"Kotileipomo Oy\nHatanpään valtatie 24\n33100 Tampere"_s;
    QVERIFY(ClientStore(*m_db).update(client).ok());
    const Project project = addProject(1, 100000);
    for (const QString &lang : {u"en"_s, u"fi"_s, u"ru"_s}) {
        const auto draft = Invoicing::draft(*m_db, project.id, 1, language(lang), QDate(2026, 3, 1));
        QVERIFY2(draft, why(draft));
        const QString text = pdfText(*draft, u"company-%1.pdf"_s.arg(lang));
        QCOMPARE(text.count(u"Kotileipomo Oy"_s), 1);
        QVERIFY2(text.contains(u"Hatanpään valtatie 24"_s), qPrintable(text));
    }
    // An address that does not name it keeps the company line.
    client.billingAddress = u"Hatanpään valtatie 24\n33100 Tampere"_s;
    QVERIFY(ClientStore(*m_db).update(client).ok());
    const auto draft = Invoicing::draft(*m_db, project.id, 1, language(u"en"_s), QDate(2026, 3, 1));
    QVERIFY2(draft, why(draft));
    QCOMPARE(pdfText(*draft, u"company-line.pdf"_s).count(u"Kotileipomo Oy"_s), 1);
}

void TestInvoices::pdf_bankDetailsNotRepeatingTheIban()
{
    const Project project = addProject(2, 100000);
    const QString withBank = pdfText(issue(project, 1, QDate(2026, 3, 1)), u"bank-name.pdf"_s);
    QVERIFY2(withBank.contains(u"Bank: Nordea"_s), qPrintable(withBank));

    Profile profile = *ProfileStore(*m_db).load();
    profile.bankDetails = u"Nordea, IBAN fi21 1234 5600 0007 85"_s;
    QVERIFY(ProfileStore(*m_db).save(profile).ok());
    const QString repeated = pdfText(issue(project, 2, QDate(2026, 3, 2)), u"bank-iban.pdf"_s);
    QCOMPARE(repeated.count(u"FI21 1234 5600 0007 85"_s), 1);
    QVERIFY2(!repeated.contains(u"Bank:"_s), qPrintable(repeated));
}

void TestInvoices::pdf_referenceAndBarcodePrinted()
{
    const Project project = addProject(1, 123456);
    const Invoice invoice = issue(project, 1, QDate(2026, 3, 1));
    const QString barcode = InvoiceDocument::virtualBarcode(invoice);
    QCOMPARE(barcode, *BankBarcode::version4(invoice.iban, 123456, invoice.reference, invoice.dueOn));
    QVERIFY(barcode.startsWith(u"421123456000007850012345600000000000000"_s));
    const QString text = pdfText(invoice, u"barcode.pdf"_s);
    QVERIFY2(text.contains(barcode), qPrintable(text));
    QVERIFY(text.contains(FinnishReference::grouped(invoice.reference)));
    QVERIFY(text.contains(CreditorReference::grouped(invoice.rfReference)));
    QVERIFY(text.contains(u"FI21 1234 5600 0007 85"_s));
}

void TestInvoices::pdf_qrCodeDecodesToThePayment_data()
{
    QTest::addColumn<QString>("lang");
    QTest::newRow("en") << u"en"_s;
    QTest::newRow("fi") << u"fi"_s;
    QTest::newRow("ru") << u"ru"_s;
}

void TestInvoices::pdf_qrCodeDecodesToThePayment()
{
    QFETCH(QString, lang);
    Profile profile = *ProfileStore(*m_db).load();
    profile.name = u"Aino Äijälä-Virtanen"_s; // UTF-8 in the QR code
    QVERIFY(ProfileStore(*m_db).save(profile).ok());
    const Project project = addProject(1, 98765);
    const Invoice invoice = issue(project, 1, QDate(2026, 3, 1), lang);
    const QString pdf = writePdf(invoice, u"qr-%1.pdf"_s.arg(lang));
    QVERIFY(!pdf.isEmpty());

    // As a phone would see the paper: the first page as an image.
    const QString prefix = m_dir.filePath(u"qr-%1"_s.arg(lang));
    QProcess render;
    render.start(m_pdftoppm, {u"-r"_s, u"150"_s, u"-png"_s, u"-f"_s, u"1"_s, u"-l"_s, u"1"_s, u"-singlefile"_s, pdf,
                              prefix});
    QVERIFY(render.waitForFinished(60000));
    QCOMPARE(render.exitCode(), 0);
    QProcess scan;
    // Binary output: the payload's bytes as they are, no charset guessing.
    scan.start(m_zbarimg, {u"--quiet"_s, u"--raw"_s, u"-Sbinary"_s, prefix + u".png"_s});
    QVERIFY(scan.waitForFinished(60000));
    QVERIFY2(scan.exitCode() == 0, scan.readAllStandardError().constData());
    QByteArray payload = scan.readAllStandardOutput();
    while (payload.endsWith('\n'))
        payload.chop(1);
    QCOMPARE(payload, InvoiceDocument::epcPayload(invoice));
    const auto payment = EpcPayment::parse(payload);
    QVERIFY2(payment, why(payment));
    QCOMPARE(payment->name, u"Aino Äijälä-Virtanen"_s);
    QCOMPARE(payment->iban, u"FI2112345600000785"_s);
    QCOMPARE(payment->bic, u"NDEAFIHH"_s);
    QCOMPARE(payment->cents, 98765);
    QCOMPARE(payment->reference, invoice.rfReference);
    QVERIFY(CreditorReference::isValid(payment->reference));
}

void TestInvoices::pdf_creditNote()
{
    const Project project = addProject(1, 100000);
    const Invoice invoice = issue(project, 1, QDate(2026, 3, 1));
    const auto credit = InvoiceStore(*m_db).cancel(invoice.id, QDate(2026, 3, 4));
    QVERIFY(credit);
    QVERIFY(InvoiceDocument::epcPayload(*credit).isEmpty());
    const QString text = pdfText(*credit, u"credit.pdf"_s);
    QVERIFY2(text.contains(u"Credit note"_s), qPrintable(text));
    QVERIFY(text.contains(u"2026-0002"_s));
    QVERIFY(text.contains(u"cancels invoice 2026-0001"_s));
    QVERIFY2(text.contains(u"−EUR 1,000.00"_s), qPrintable(text));
    QVERIFY(!text.contains(u"Reference number"_s));
}

QTEST_MAIN(TestInvoices)
#include "tst_invoices.moc"
