#include "core/documents/invoicing.h"
#include "core/exchange/demodata.h"
#include "core/storage/database.h"
#include "core/storage/invoicestore.h"
#include "core/storage/stores.h"
#include "ui/clients/clientdialog.h"
#include "ui/dialogs/documentdialog.h"
#include "ui/dialogs/preferencesdialog.h"
#include "ui/invoices/invoicepaymentdialog.h"
#include "ui/invoices/invoicespage.h"
#include "ui/mainwindow.h"
#include "ui/projects/projecteditor.h"
#include "ui/session.h"
#include "ui/widgets/confirmation.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace neuvo;
using namespace Qt::StringLiterals;

// The desktop side of invoicing, driven through the real widgets and
// checked in the database: tax settings in Preferences, billing details in
// the client dialog, a project's VAT, issuing from the document dialog, the
// Invoices page with its totals, a credit note and a payment.
class TestInvoicesPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void preferences_storeTaxSettings();
    void preferences_refuseBadVatIdAndIban();
    void clientDialog_billingDetails();
    void projectEditor_ownVatRateAndReverseCharge();
    void documentDialog_issuesOnceThenPrintsAsIssued();
    void invoicesPage_listsTotalsCreditNoteAndPayment();
    void mainWindow_hasInvoicesPage();

private:
    qint64 projectWithStages(int minimumStages);
    static QString pdfText(const QString &path);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Session> m_session;
};

void TestInvoicesPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(u"neuvo-test-invoicespage"_s);
}

void TestInvoicesPage::init()
{
    QSettings().clear();
    m_dir.reset(new QTemporaryDir);
    m_db.reset(new Database);
    QVERIFY(m_db->open(m_dir->filePath(u"inv.sqlite"_s)).ok());
    QVERIFY(DemoData::fill(*m_db, QDate(2026, 3, 10)).ok());
    m_session.reset(new Session(*m_db));
    m_session->setToday(QDate(2026, 3, 10));
}

void TestInvoicesPage::cleanup()
{
    m_session.reset();
    m_db.reset();
    m_dir.reset();
}

qint64 TestInvoicesPage::projectWithStages(int minimumStages)
{
    for (const Project &p : *ProjectStore(*m_db).list()) {
        if (p.stages.size() >= minimumStages && p.status == ProjectStatus::InProgress && p.currency == u"EUR"_s)
            return p.id;
    }
    return 0;
}

QString TestInvoicesPage::pdfText(const QString &path)
{
    QProcess process;
    process.start(u"pdftotext"_s, {path, u"-"_s});
    if (!process.waitForFinished(30000))
        return {};
    return QString::fromUtf8(process.readAllStandardOutput()).replace(QChar(0x00A0), u' ');
}

void TestInvoicesPage::preferences_storeTaxSettings()
{
    PreferencesDialog dialog(*m_session);
    auto *status = dialog.findChild<QComboBox *>(u"vatStatus"_s);
    QVERIFY(status);
    status->setCurrentIndex(status->findData(u"registered"_s));
    dialog.findChild<QLineEdit *>(u"vatId"_s)->setText(u"FI31415938"_s);
    dialog.findChild<QLineEdit *>(u"vatRate"_s)->setText(u"25,5"_s);
    auto *gross = dialog.findChild<QComboBox *>(u"pricesIncludeVat"_s);
    gross->setCurrentIndex(1);
    dialog.findChild<QPlainTextEdit *>(u"exemption_ru"_s)->setPlainText(u"Без НДС"_s);
    dialog.findChild<QLineEdit *>(u"iban"_s)->setText(u"fi21 1234 5600 0007 85"_s);
    dialog.findChild<QLineEdit *>(u"bic"_s)->setText(u"ndeafihh"_s);
    dialog.findChild<QLineEdit *>(u"invoicePrefix"_s)->setText(u"AV-"_s);
    dialog.findChild<QCheckBox *>(u"invoiceNumbersYearly"_s)->setChecked(false);
    dialog.accept();
    QVERIFY2(dialog.errorText().isEmpty(), qPrintable(dialog.errorText()));

    const Profile p = *ProfileStore(*m_db).load();
    QCOMPARE(p.vatStatus, VatStatus::Registered);
    QCOMPARE(p.vatId, u"FI31415938"_s);
    QCOMPARE(p.vatRateTenths, 255);
    QVERIFY(p.pricesIncludeVat);
    QCOMPARE(p.vatExemptionTexts, (QMap<QString, QString>{{u"ru"_s, u"Без НДС"_s}}));
    QCOMPARE(p.iban, u"FI2112345600000785"_s);
    QCOMPARE(p.bic, u"NDEAFIHH"_s);
    QCOMPARE(p.invoicePrefix, u"AV-"_s);
    QVERIFY(!p.invoiceNumbersYearly);

    // Opened again, it shows what is stored.
    PreferencesDialog again(*m_session);
    QCOMPARE(again.findChild<QLineEdit *>(u"iban"_s)->text(), u"FI21 1234 5600 0007 85"_s);
    QCOMPARE(again.findChild<QLineEdit *>(u"vatRate"_s)->text(), QLocale().toString(25.5, 'f', 1));
}

void TestInvoicesPage::preferences_refuseBadVatIdAndIban()
{
    const Profile before = *ProfileStore(*m_db).load();
    PreferencesDialog dialog(*m_session);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    auto *status = dialog.findChild<QComboBox *>(u"vatStatus"_s);
    status->setCurrentIndex(status->findData(u"registered"_s));
    auto *vatId = dialog.findChild<QLineEdit *>(u"vatId"_s);
    vatId->setText(u"FI31415939"_s);
    dialog.accept();
    QVERIFY2(dialog.errorText().startsWith(u"VAT ID:"_s), qPrintable(dialog.errorText()));
    QVERIFY(dialog.isVisible());
    QVERIFY(vatId->hasFocus());

    vatId->setText(u"FI31415938"_s);
    auto *iban = dialog.findChild<QLineEdit *>(u"iban"_s);
    iban->setText(u"FI21 1234 5600 0007 86"_s);
    dialog.accept();
    QVERIFY2(dialog.errorText().startsWith(u"IBAN:"_s), qPrintable(dialog.errorText()));
    QVERIFY(iban->hasFocus());
    QCOMPARE(*ProfileStore(*m_db).load(), before);

    dialog.findChild<QLineEdit *>(u"vatRate"_s)->setText(u"25.55"_s);
    iban->setText(u"FI21 1234 5600 0007 85"_s);
    dialog.accept();
    QVERIFY2(dialog.errorText().contains(u"one decimal"_s), qPrintable(dialog.errorText()));
}

void TestInvoicesPage::clientDialog_billingDetails()
{
    Client client = ClientStore(*m_db).list()->constFirst();
    ClientDialog dialog(*m_session, client);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    auto *business = dialog.findChild<QLineEdit *>(u"businessId"_s);
    auto *vat = dialog.findChild<QLineEdit *>(u"vatId"_s);
    auto *address = dialog.findChild<QPlainTextEdit *>(u"billingAddress"_s);
    QVERIFY(business && vat && address);
    business->setText(u"2345678-1"_s); // wrong check digit
    dialog.accept();
    QVERIFY2(dialog.errorText().startsWith(u"Business ID:"_s), qPrintable(dialog.errorText()));
    QVERIFY(business->hasFocus());

    business->setText(u"0112038-9"_s);
    vat->setText(u"FI0112038"_s);
    dialog.accept();
    QVERIFY2(dialog.errorText().startsWith(u"VAT ID:"_s), qPrintable(dialog.errorText()));
    QVERIFY(vat->hasFocus());

    vat->setText(u"FI01120389"_s);
    address->setPlainText(u"Karaportti 1\n02610 Espoo"_s);
    dialog.accept();
    QVERIFY2(dialog.result() == QDialog::Accepted, qPrintable(dialog.errorText()));
    const Client stored = *ClientStore(*m_db).get(client.id);
    QCOMPARE(stored.businessId, u"0112038-9"_s);
    QCOMPARE(stored.vatId, u"FI01120389"_s);
    QCOMPARE(stored.billingAddress, u"Karaportti 1\n02610 Espoo"_s);
}

void TestInvoicesPage::projectEditor_ownVatRateAndReverseCharge()
{
    const qint64 id = projectWithStages(2);
    QVERIFY(id > 0);
    ProjectEditor editor(*m_session, *ProjectStore(*m_db).get(id));
    auto *own = editor.findChild<QCheckBox *>(u"ownVatRateCheck"_s);
    auto *rate = editor.findChild<QLineEdit *>(u"vatRateEdit"_s);
    auto *reverse = editor.findChild<QCheckBox *>(u"reverseChargeCheck"_s);
    QVERIFY(own && rate && reverse);
    QVERIFY(!rate->isEnabled());
    own->setChecked(true);
    QVERIFY(rate->isEnabled());
    rate->setText(u"14"_s);
    reverse->setChecked(true);
    editor.accept();
    QCOMPARE(editor.result(), int(QDialog::Accepted));
    const Project stored = *ProjectStore(*m_db).get(id);
    QCOMPARE(stored.vatRateTenths, std::optional<int>(140));
    QVERIFY(stored.reverseCharge);

    ProjectEditor again(*m_session, stored);
    auto *ownAgain = again.findChild<QCheckBox *>(u"ownVatRateCheck"_s);
    QVERIFY(ownAgain->isChecked());
    QCOMPARE(again.findChild<QLineEdit *>(u"vatRateEdit"_s)->text(), u"14"_s);
    again.findChild<QLineEdit *>(u"vatRateEdit"_s)->setText(u"14.55"_s);
    QVERIFY(!again.currentProject());
    ownAgain->setChecked(false);
    again.accept();
    QCOMPARE(again.result(), int(QDialog::Accepted));
    QVERIFY(!ProjectStore(*m_db).get(id)->vatRateTenths);
}

void TestInvoicesPage::documentDialog_issuesOnceThenPrintsAsIssued()
{
    const qint64 id = projectWithStages(3);
    QVERIFY(id > 0);
    const Project project = *ProjectStore(*m_db).get(id);
    DocumentDialog dialog(*m_session, id, DocumentKind::Invoice, 3);
    dialog.show();
    dialog.languageCombo()->setCurrentIndex(dialog.languageCombo()->findData(u"fi"_s));
    QVERIFY(dialog.issueButton()->isVisible());
    QVERIFY(dialog.issueButton()->isEnabled());

    // A draft first: no number.
    const QString draft = m_dir->filePath(u"draft.pdf"_s);
    QVERIFY(dialog.exportPdfTo(draft).ok());
    QVERIFY2(pdfText(draft).contains(u"LUONNOS"_s), qPrintable(pdfText(draft).left(300)));

    // Cancelled at the question: nothing issued.
    Confirmation::setNextAnswer(false);
    QVERIFY(!dialog.issueInvoice());
    QCOMPARE(*InvoiceStore(*m_db).count(), 0);

    Confirmation::setNextAnswer(true);
    QVERIFY2(dialog.issueInvoice(), qPrintable(dialog.statusText()));
    QVERIFY(Confirmation::lastQuestion().contains(u"stage 3"_s));
    const auto active = InvoiceStore(*m_db).activeForStage(project.stages.at(2).id);
    QVERIFY(active && *active);
    const Invoice invoice = (*active)->invoice;
    QCOMPARE(invoice.number, u"2026-0001"_s);
    QCOMPARE(invoice.language, u"fi"_s);
    QVERIFY(dialog.statusText().contains(invoice.number));

    // Now it prints as issued, in its language, and cannot be issued again.
    QVERIFY(!dialog.issueButton()->isEnabled());
    QVERIFY(!dialog.languageCombo()->isEnabled());
    dialog.languageCombo()->setCurrentIndex(dialog.languageCombo()->findData(u"en"_s));
    const QString issued = m_dir->filePath(u"issued.pdf"_s);
    QVERIFY(dialog.exportPdfTo(issued).ok());
    const QString text = pdfText(issued);
    QVERIFY2(text.contains(u"Lasku"_s) && text.contains(invoice.number), qPrintable(text.left(400)));
    QVERIFY(!text.contains(u"LUONNOS"_s));

    // Another stage is still a draft.
    dialog.stageCombo()->setCurrentIndex(dialog.stageCombo()->findData(1));
    QVERIFY(dialog.languageCombo()->isEnabled());
    QVERIFY(dialog.issueButton()->isEnabled() || project.stages.size() < 1);
}

void TestInvoicesPage::invoicesPage_listsTotalsCreditNoteAndPayment()
{
    const qint64 id = projectWithStages(3);
    const Project project = *ProjectStore(*m_db).get(id);
    const DocumentLanguage en;
    // Three invoices, the first in the previous month.
    QVERIFY(Invoicing::issue(*m_db, id, 2, en, QDate(2026, 2, 20)));
    const auto second = Invoicing::issue(*m_db, id, 3, en, QDate(2026, 3, 2));
    QVERIFY(second);
    QVERIFY(Invoicing::issue(*m_db, id, 4, en, QDate(2026, 3, 5)));

    InvoicesPage page(*m_session);
    page.show();
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    page.setPeriod(InvoicesPage::ThisMonth);
    QCOMPARE(page.model()->rowCount(), 2);
    page.setPeriod(InvoicesPage::AllTime);
    QCOMPARE(page.model()->rowCount(), 3);
    page.setPeriod(InvoicesPage::ThisYear);
    QCOMPARE(page.model()->rowCount(), 3);
    const qint64 total = project.stages.at(1).amountMinor + project.stages.at(2).amountMinor
                         + project.stages.at(3).amountMinor;
    QVERIFY2(page.totalsText().contains(Money(total, u"EUR"_s).format()), qPrintable(page.totalsText()));

    // A payment on the second invoice, through the dialog.
    page.selectInvoice(second->id);
    QCOMPARE(page.currentInvoiceId(), second->id);
    {
        InvoicePaymentDialog dialog(*m_session, second->id);
        dialog.amountEdit()->setText(Money(10000, u"EUR"_s).formatNumber());
        dialog.dateEdit()->setDate(QDate(2026, 3, 8));
        QVERIFY2(dialog.record(), qPrintable(dialog.errorText()));
        QCOMPARE(dialog.paymentsTable()->rowCount(), 1);
        dialog.amountEdit()->setText(Money(second->totals.gross, u"EUR"_s).formatNumber());
        QVERIFY(!dialog.record()); // more than is still owed
        QVERIFY(dialog.errorText().contains(u"still owed"_s));
    }
    QCOMPARE(InvoiceStore(*m_db).get(second->id)->paid, 10000);
    QCOMPARE(ProjectStore(*m_db).get(id)->stages.at(2).paidMinor, 10000);

    // The second cancelled with a credit note.
    page.reload();
    page.selectInvoice(second->id);
    Confirmation::setNextAnswer(true);
    page.cancelWithCreditNote();
    QVERIFY2(page.statusText().contains(u"2026-0004"_s), qPrintable(page.statusText()));
    QVERIFY(InvoiceStore(*m_db).get(second->id)->isCancelled());
    QCOMPARE(page.model()->rowCount(), 4);
    // The credit note is selected: it can be printed, not paid or cancelled.
    QCOMPARE(page.currentInvoiceId(), InvoiceStore(*m_db).findByNumber(u"2026-0004"_s)->invoice.id);
    QVERIFY(!page.findChild<QPushButton *>(u"recordPayment"_s)->isEnabled());
    QVERIFY(!page.findChild<QPushButton *>(u"cancelInvoice"_s)->isEnabled());
    const QString pdf = m_dir->filePath(u"credit.pdf"_s);
    QVERIFY(page.exportPdfTo(pdf).ok());
    QVERIFY(pdfText(pdf).contains(u"Credit note"_s));

    const QString csv = m_dir->filePath(u"invoices.csv"_s);
    QVERIFY(page.exportCsvTo(csv).ok());
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString content = QString::fromUtf8(file.readAll());
    QVERIFY(content.contains(u"2026-0004,credit_note"_s));
    QVERIFY(content.contains(u"\r\ntotal,"_s));
}

void TestInvoicesPage::mainWindow_hasInvoicesPage()
{
    const QString file = m_dir->filePath(u"window.sqlite"_s);
    {
        Database filled;
        QVERIFY(filled.open(file).ok());
        QVERIFY(DemoData::fill(filled, QDate(2026, 3, 10)).ok());
    }
    auto db = std::make_unique<Database>();
    QVERIFY(db->open(file).ok());
    MainWindow window(std::move(db));
    window.show();
    window.showPage(MainWindow::InvoicesView);
    QCOMPARE(window.currentPage(), MainWindow::InvoicesView);
    QVERIFY(window.invoicesPage()->isVisible());
}

QTEST_MAIN(TestInvoicesPage)
#include "tst_invoicespage.moc"
