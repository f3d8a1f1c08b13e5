#include "cliinprocess.h"
#include "core/exchange/demodata.h"
#include "core/exchange/csv.h"
#include "core/storage/database.h"
#include "core/storage/invoicestore.h"
#include "core/storage/stores.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace neuvo;
using namespace Qt::StringLiterals;

// neuvo-cli's invoices, run in-process: a draft and an issued invoice,
// printing again, a credit note, payments, tax settings and billing
// details, and the month's list and CSV with the totals an accountant
// needs.
class TestCliInvoices : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void invoice_draftThenIssue();
    void creditNoteAndReprint();
    void paperAndDateStyle_asAskedOnEveryPrint();
    void payments_recordListRemove();
    void invoicesCsv_monthTotalsPerCurrency();
    void profileClientProjectOptions();

private:
    // Amounts are written with a no-break space before the currency code.
    test::CliRun cli(const QStringList &args)
    {
        test::CliRun run = test::runCliInProcess(QStringList{u"--db"_s, m_db} + args);
        run.out.replace(QChar(0x00A0), u' ');
        run.err.replace(QChar(0x00A0), u' ');
        return run;
    }
    QString pdfText(const QString &path);
    static QString pdfPageSize(const QString &path);
    qint64 projectId(const QString &prefix);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

#define VERIFY_RUN(run, code)                                                                                    \
    QVERIFY2((run).exitCode == (code), qPrintable(u"exit %1\n%2\n%3"_s.arg((run).exitCode).arg((run).out, (run).err)))

void TestCliInvoices::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = test::suiteDatabase(m_dir->filePath(u"cli.neuvo"_s));
    VERIFY_RUN(cli({u"demo"_s, u"--today"_s, u"2026-03-10"_s}), 0);
}

QString TestCliInvoices::pdfText(const QString &path)
{
    QProcess process;
    process.start(u"pdftotext"_s, {path, u"-"_s});
    process.waitForFinished(30000);
    return QString::fromUtf8(process.readAllStandardOutput()).replace(QChar(0x00A0), u' ');
}

QString TestCliInvoices::pdfPageSize(const QString &path)
{
    QProcess process;
    process.start(u"pdfinfo"_s, {path});
    process.waitForFinished(30000);
    const QString info = QString::fromUtf8(process.readAllStandardOutput());
    for (const QString &line : info.split(u'\n')) {
        if (line.startsWith(u"Page size:"_s))
            return line;
    }
    return info;
}

qint64 TestCliInvoices::projectId(const QString &prefix)
{
    Database db;
    if (!db.open(m_db, Database::Access::ReadOnly))
        return 0;
    for (const Project &p : *ProjectStore(db).list()) {
        if (p.title.startsWith(prefix))
            return p.id;
    }
    return 0;
}

void TestCliInvoices::invoice_draftThenIssue()
{
    const QString id = QString::number(projectId(u"SaaS launch"_s));
    const QString draft = m_dir->filePath(u"draft.pdf"_s);
    VERIFY_RUN(cli({u"invoice"_s, id, u"3"_s, u"--out"_s, draft, u"--lang"_s, u"en"_s, u"--date"_s, u"2026-03-10"_s}), 0);
    QVERIFY(pdfText(draft).contains(u"DRAFT"_s));
    QCOMPARE(test::countRows(m_db, u"invoice"_s), 0);

    const QString pdf = m_dir->filePath(u"invoice.pdf"_s);
    const auto issued = cli({u"invoice"_s, id, u"3"_s, u"--out"_s, pdf, u"--lang"_s, u"fi"_s, u"--date"_s,
                             u"2026-03-10"_s, u"--issue"_s});
    VERIFY_RUN(issued, 0);
    QVERIFY2(issued.out.contains(u"Issued invoice 2026-0001: 1300.00 EUR, due 2026-03-13, reference 202600017."_s),
             qPrintable(issued.out));
    const QString text = pdfText(pdf);
    QVERIFY2(text.contains(u"Lasku"_s) && text.contains(u"2026-0001"_s), qPrintable(text));
    QVERIFY(text.contains(u"2026 00017"_s)); // the reference, grouped
    QCOMPARE(test::countRows(m_db, u"invoice"_s), 1);

    // Not twice.
    const auto again = cli({u"invoice"_s, id, u"3"_s, u"--out"_s, pdf, u"--issue"_s, u"--date"_s, u"2026-03-10"_s});
    VERIFY_RUN(again, 1);
    QVERIFY2(again.err.contains(u"already has invoice 2026-0001"_s), qPrintable(again.err));
    QCOMPARE(test::countRows(m_db, u"invoice"_s), 1);
}

void TestCliInvoices::creditNoteAndReprint()
{
    const QString id = QString::number(projectId(u"SaaS launch"_s));
    VERIFY_RUN(cli({u"invoice"_s, id, u"3"_s, u"--out"_s, m_dir->filePath(u"a.pdf"_s), u"--lang"_s, u"en"_s,
                    u"--date"_s, u"2026-03-10"_s, u"--issue"_s}),
               0);
    const QString first = m_dir->filePath(u"first.pdf"_s);
    VERIFY_RUN(cli({u"invoice-print"_s, u"2026-0001"_s, u"--out"_s, first}), 0);
    const QString before = pdfText(first);

    // The client moves: the issued invoice still prints the same.
    Client client;
    {
        Database db;
        QVERIFY(db.open(m_db).ok());
        const Project project = *ProjectStore(db).get(id.toLongLong());
        client = *ClientStore(db).get(project.clientId);
    }
    VERIFY_RUN(cli({u"client"_s, u"edit"_s, QString::number(client.id), u"--billing-address"_s,
                    u"Uusi osoite 1\\n00100 Helsinki"_s}),
               0);
    const QString second = m_dir->filePath(u"second.pdf"_s);
    VERIFY_RUN(cli({u"invoice-print"_s, u"2026-0001"_s, u"--out"_s, second}), 0);
    QCOMPARE(pdfText(second), before);

    const QString credit = m_dir->filePath(u"credit.pdf"_s);
    const auto cancelled = cli({u"credit-note"_s, u"2026-0001"_s, u"--date"_s, u"2026-03-11"_s, u"--out"_s, credit});
    VERIFY_RUN(cancelled, 0);
    QVERIFY2(cancelled.out.contains(u"Credit note 2026-0002 cancels invoice 2026-0001."_s), qPrintable(cancelled.out));
    QVERIFY(pdfText(credit).contains(u"Credit note"_s));
    VERIFY_RUN(cli({u"credit-note"_s, u"2026-0001"_s}), 1);
    VERIFY_RUN(cli({u"invoice-print"_s, u"2026-0099"_s, u"--out"_s, credit}), 1);
}

void TestCliInvoices::paperAndDateStyle_asAskedOnEveryPrint()
{
    // The paper and the date style are chosen when printing: the draft, the
    // issued invoice, its reprint and the credit note each take --paper and
    // --us-dates, and the stored invoice does not change with them.
    const QString id = QString::number(projectId(u"SaaS launch"_s));
    const QString draft = m_dir->filePath(u"draft.pdf"_s);
    VERIFY_RUN(cli({u"invoice"_s, id, u"3"_s, u"--out"_s, draft, u"--lang"_s, u"en"_s, u"--date"_s, u"2026-03-10"_s,
                    u"--paper"_s, u"letter"_s, u"--us-dates"_s}),
               0);
    QVERIFY2(pdfPageSize(draft).contains(u"(letter)"_s), qPrintable(pdfPageSize(draft)));
    QVERIFY2(pdfText(draft).contains(u"Date: Mar 10, 2026"_s), qPrintable(pdfText(draft)));

    const QString issued = m_dir->filePath(u"issued.pdf"_s);
    VERIFY_RUN(cli({u"invoice"_s, id, u"3"_s, u"--out"_s, issued, u"--lang"_s, u"en"_s, u"--date"_s, u"2026-03-10"_s,
                    u"--issue"_s, u"--paper"_s, u"a4"_s}),
               0);
    QVERIFY2(pdfPageSize(issued).contains(u"(A4)"_s), qPrintable(pdfPageSize(issued)));
    QVERIFY2(pdfText(issued).contains(u"Date: 10 Mar 2026"_s), qPrintable(pdfText(issued)));

    const QString reprint = m_dir->filePath(u"reprint.pdf"_s);
    VERIFY_RUN(cli({u"invoice-print"_s, u"2026-0001"_s, u"--out"_s, reprint, u"--paper"_s, u"letter"_s}), 0);
    QVERIFY2(pdfPageSize(reprint).contains(u"(letter)"_s), qPrintable(pdfPageSize(reprint)));
    QVERIFY(pdfText(reprint).contains(u"2026-0001"_s));

    const QString credit = m_dir->filePath(u"credit.pdf"_s);
    VERIFY_RUN(cli({u"credit-note"_s, u"2026-0001"_s, u"--date"_s, u"2026-03-11"_s, u"--out"_s, credit, u"--paper"_s,
                    u"letter"_s, u"--us-dates"_s}),
               0);
    QVERIFY2(pdfPageSize(credit).contains(u"(letter)"_s), qPrintable(pdfPageSize(credit)));
    QVERIFY2(pdfText(credit).contains(u"Mar 11, 2026"_s), qPrintable(pdfText(credit)));

    const auto bad = cli({u"invoice-print"_s, u"2026-0001"_s, u"--out"_s, reprint, u"--paper"_s, u"a5"_s});
    VERIFY_RUN(bad, 2);
    QVERIFY2(bad.err.contains(u"--paper: \"a5\" is not one of a4, letter."_s), qPrintable(bad.err));
}

void TestCliInvoices::payments_recordListRemove()
{
    const QString id = QString::number(projectId(u"SaaS launch"_s));
    VERIFY_RUN(cli({u"invoice"_s, id, u"4"_s, u"--out"_s, m_dir->filePath(u"a.pdf"_s), u"--date"_s, u"2026-03-10"_s,
                    u"--issue"_s}),
               0);
    const auto paid = cli({u"invoice-payment"_s, u"2026-0001"_s, u"300.00"_s, u"--on"_s, u"2026-03-12"_s});
    VERIFY_RUN(paid, 0);
    QVERIFY2(paid.out.contains(u"still owed: 1000.00 EUR"_s), qPrintable(paid.out));
    VERIFY_RUN(cli({u"invoice-payment"_s, u"2026-0001"_s, u"5000.00"_s}), 1);
    const auto list = cli({u"invoice-payment"_s, u"2026-0001"_s, u"--list"_s});
    VERIFY_RUN(list, 0);
    QVERIFY2(list.out.contains(u"2026-03-12"_s) && list.out.contains(u"300.00"_s), qPrintable(list.out));
    VERIFY_RUN(cli({u"invoice-payment"_s, u"2026-0001"_s, u"--remove"_s, u"99"_s}), 1);
    VERIFY_RUN(cli({u"invoice-payment"_s, u"2026-0001"_s, u"--remove"_s, u"1"_s}), 0);
    QCOMPARE(test::countRows(m_db, u"invoice_payment"_s), 0);
    // Without an amount: everything still owed.
    VERIFY_RUN(cli({u"invoice-payment"_s, u"2026-0001"_s}), 0);
    Database db;
    QVERIFY(db.open(m_db).ok());
    QCOMPARE(InvoiceStore(db).findByNumber(u"2026-0001"_s)->outstanding(), 0);
}

void TestCliInvoices::invoicesCsv_monthTotalsPerCurrency()
{
    // VAT-registered, so the month has VAT to report; two currencies.
    VERIFY_RUN(cli({u"profile"_s, u"set"_s, u"--vat-status"_s, u"registered"_s, u"--vat-id"_s, u"FI31415938"_s,
                    u"--vat-rate"_s, u"25.5"_s}),
               0);
    const QString saas = QString::number(projectId(u"SaaS launch"_s));
    const QString course = QString::number(projectId(u"Online course"_s));
    VERIFY_RUN(cli({u"invoice"_s, saas, u"3"_s, u"--out"_s, m_dir->filePath(u"1.pdf"_s), u"--date"_s, u"2026-02-27"_s,
                    u"--issue"_s}),
               0);
    VERIFY_RUN(cli({u"invoice"_s, saas, u"4"_s, u"--out"_s, m_dir->filePath(u"2.pdf"_s), u"--date"_s, u"2026-03-02"_s,
                    u"--issue"_s}),
               0);
    VERIFY_RUN(cli({u"invoice"_s, course, u"3"_s, u"--out"_s, m_dir->filePath(u"3.pdf"_s), u"--lang"_s, u"ru"_s,
                    u"--date"_s, u"2026-03-05"_s, u"--issue"_s}),
               0);
    VERIFY_RUN(cli({u"credit-note"_s, u"2026-0002"_s, u"--date"_s, u"2026-03-06"_s}), 0);

    const QString csvPath = m_dir->filePath(u"march.csv"_s);
    VERIFY_RUN(cli({u"invoices"_s, u"--from"_s, u"2026-03-01"_s, u"--to"_s, u"2026-03-31"_s, u"--csv"_s, u"--out"_s,
                    csvPath}),
               0);
    QFile file(csvPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const auto records = Csv::parse(file.readAll());
    QVERIFY2(records, qPrintable(records.error()));
    const QStringList header = records->at(0).fields;
    auto column = [&](const QString &name) { return header.indexOf(name); };
    QMap<QString, QStringList> byNumber;
    QList<QStringList> totals;
    for (qsizetype r = 1; r < records->size(); ++r) {
        const QStringList &row = records->at(r).fields;
        if (row.at(0).startsWith(u"total"_s))
            totals << row;
        else
            byNumber.insert(row.at(column(u"number"_s)), row);
    }
    // February's invoice is not in March.
    QCOMPARE(byNumber.keys(), (QStringList{u"2026-0002"_s, u"2026-0003"_s, u"2026-0004"_s}));
    const QStringList eur = byNumber.value(u"2026-0002"_s);
    QCOMPARE(eur.at(column(u"net"_s)), u"1300.00"_s);
    QCOMPARE(eur.at(column(u"vat"_s)), u"331.50"_s);
    QCOMPARE(eur.at(column(u"gross"_s)), u"1631.50"_s);
    QCOMPARE(eur.at(column(u"cancelled_by"_s)), u"2026-0004"_s);
    const QStringList credit = byNumber.value(u"2026-0004"_s);
    QCOMPARE(credit.at(column(u"kind"_s)), u"credit_note"_s);
    QCOMPARE(credit.at(column(u"gross"_s)), u"-1631.50"_s);
    QCOMPARE(credit.at(column(u"credits"_s)), u"2026-0002"_s);
    const QStringList rub = byNumber.value(u"2026-0003"_s);
    QCOMPARE(rub.at(column(u"currency"_s)), u"RUB"_s);

    // Per currency: the invoice and its credit note cancel out in EUR.
    QMap<QString, QStringList> total;
    for (const QStringList &row : totals) {
        if (row.at(0) == u"total"_s)
            total.insert(row.at(column(u"currency"_s)), row);
    }
    QCOMPARE(total.keys(), (QStringList{u"EUR"_s, u"RUB"_s}));
    QCOMPARE(total.value(u"EUR"_s).at(column(u"net"_s)), u"0.00"_s);
    QCOMPARE(total.value(u"EUR"_s).at(column(u"vat"_s)), u"0.00"_s);
    QCOMPARE(total.value(u"EUR"_s).at(column(u"gross"_s)), u"0.00"_s);
    const QStringList rubTotal = total.value(u"RUB"_s);
    const qint64 net = QString(rubTotal.at(column(u"net"_s))).remove(u'.').toLongLong();
    const qint64 vat = QString(rubTotal.at(column(u"vat"_s))).remove(u'.').toLongLong();
    const qint64 gross = QString(rubTotal.at(column(u"gross"_s))).remove(u'.').toLongLong();
    QCOMPARE(net + vat, gross);
    QCOMPARE(rubTotal.at(column(u"gross"_s)), rub.at(column(u"gross"_s)));

    // The table has the same totals.
    const auto table = cli({u"invoices"_s, u"--from"_s, u"2026-03-01"_s, u"--to"_s, u"2026-03-31"_s});
    VERIFY_RUN(table, 0);
    QVERIFY2(table.out.contains(u"2026-0004"_s) && table.out.contains(u"-1631.50"_s), qPrintable(table.out));
    VERIFY_RUN(cli({u"invoices"_s, u"--from"_s, u"2026-03-31"_s, u"--to"_s, u"2026-03-01"_s}), 2);
}

void TestCliInvoices::profileClientProjectOptions()
{
    VERIFY_RUN(cli({u"profile"_s, u"set"_s, u"--iban"_s, u"FI21 1234 5600 0007 85"_s, u"--bic"_s, u"ndeafihh"_s,
                    u"--invoice-prefix"_s, u"AV-"_s, u"--yearly-numbers"_s, u"no"_s, u"--payment-days"_s, u"21"_s,
                    u"--exemption"_s, u"ru=Без НДС (УСН)"_s}),
               0);
    VERIFY_RUN(cli({u"profile"_s, u"set"_s, u"--iban"_s, u"FI21 1234 5600 0007 86"_s}), 1);
    VERIFY_RUN(cli({u"profile"_s, u"set"_s, u"--vat-rate"_s, u"25.55"_s}), 2);
    VERIFY_RUN(cli({u"profile"_s, u"set"_s, u"--exemption"_s, u"de=Keine"_s}), 2);
    VERIFY_RUN(cli({u"client"_s, u"edit"_s, u"1"_s, u"--business-id"_s, u"2345678-1"_s}), 1);
    const QString project = QString::number(projectId(u"SaaS launch"_s));
    VERIFY_RUN(cli({u"project"_s, u"edit"_s, project, u"--vat-rate"_s, u"14"_s, u"--reverse-charge"_s, u"yes"_s}), 0);

    Database db;
    QVERIFY(db.open(m_db).ok());
    const Profile p = *ProfileStore(db).load();
    QCOMPARE(p.iban, u"FI2112345600000785"_s);
    QCOMPARE(p.bic, u"NDEAFIHH"_s);
    QCOMPARE(p.invoicePrefix, u"AV-"_s);
    QVERIFY(!p.invoiceNumbersYearly);
    QCOMPARE(p.invoicePaymentDays, 21);
    QCOMPARE(p.vatExemptionTexts.value(u"ru"_s), u"Без НДС (УСН)"_s);
    const Project stored = *ProjectStore(db).get(project.toLongLong());
    QCOMPARE(stored.vatRateTenths, std::optional<int>(140));
    QVERIFY(stored.reverseCharge);
}

QTEST_MAIN(TestCliInvoices)
#include "tst_cli_invoices.moc"
