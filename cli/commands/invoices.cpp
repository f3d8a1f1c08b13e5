// Invoices: a stage's invoice as a draft or issued, an issued one printed
// again, a credit note, payments against an invoice, and the list of a
// period with its totals for the accountant.
#include "commands.h"

#include "cli/arguments.h"
#include "cli/cli.h"

#include "core/documents/documentrenderer.h"
#include "core/documents/invoicedocument.h"
#include "core/documents/invoicing.h"
#include "core/exchange/invoicereport.h"
#include "core/storage/database.h"
#include "core/storage/invoicestore.h"

using namespace Qt::StringLiterals;

namespace neuvo::commands {

namespace {

QCommandLineOption outOption()
{
    return QCommandLineOption(u"out"_s, QCoreApplication::translate("Cli", "The PDF file to write (replaced only when "
                                                                           "complete)."),
                              QCoreApplication::translate("Cli", "FILE.pdf"));
}

Result<int> writeInvoicePdf(Console &console, const Invoice &invoice, const PrintFormat &format, const QString &path)
{
    const auto document = InvoiceDocument::build(invoice, format);
    if (!document)
        return Error{document.error()};
    const auto pages = DocumentRenderer::writePdf(*document, path);
    if (!pages)
        return Error{pages.error()};
    console.out() << QCoreApplication::translate("Cli", "Wrote \"%1\" (%2, pages: %3) to %4.")
                         .arg(document->title, invoice.language, QString::number(*pages), path)
                  << u'\n';
    return int(Cli::Success);
}

// invoice PROJECT_ID STAGE: a draft without a number, or with --issue the
// invoice numbered and stored for good.
class InvoiceCommand final : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    InvoiceCommand()
        : DatabaseCommand(
              {u"invoice"_s, QT_TRANSLATE_NOOP("Cli", "PROJECT_ID STAGE --out FILE.pdf [--lang LANG] [--paper a4|letter] [--issue]"),
               QT_TRANSLATE_NOOP("Cli", "The invoice of one payment stage as a PDF: a draft without a number, or "
                                        "issued with --issue."),
               QT_TRANSLATE_NOOP("Cli", "--issue gives the invoice the next number of your series and stores it as "
                                        "it prints; it never changes afterwards (\"credit-note NUMBER\" cancels it). "
                                        "Without --issue the PDF is a draft, marked as one, with no number."),
               2, 2, true},
              Console::Access::Read,
              {outOption(),
               QCommandLineOption(u"lang"_s, tr("Language of the invoice: en, fi or ru (default: the system's, else "
                                                "en)."),
                                  tr("LANG")),
               Arguments::paperOption(), Arguments::usDatesOption(),
               QCommandLineOption(u"date"_s, tr("Date of the invoice (default: today)."), tr("YYYY-MM-DD")),
               QCommandLineOption(u"issue"_s, tr("Issue the invoice: number it and store it.")),
               Arguments::todayOption()})
    {
    }

protected:
    Result<void> readArguments(Arguments &in, const QCommandLineParser &) override
    {
        m_projectId = in.id(0, tr("PROJECT_ID"));
        m_stage = in.position(1, tr("STAGE"));
        m_out = in.text(option(u"out"_s));
        if (m_out.trimmed().isEmpty())
            in.problem(tr("%1: --out FILE.pdf is required.").arg(name()));
        m_language = in.language(option(u"lang"_s));
        m_language.setPrintFormat(in.printFormat());
        const QDate today = in.date(option(u"today"_s), QDate::currentDate());
        m_date = in.date(option(u"date"_s), today);
        m_issue = in.isSet(option(u"issue"_s));
        return {};
    }

    Result<int> executeWithDatabase(Console &console, Database &db, const QCommandLineParser &) override
    {
        const auto invoice = m_issue ? Invoicing::issue(db, m_projectId, m_stage, m_language, m_date)
                                     : Invoicing::draft(db, m_projectId, m_stage, m_language, m_date);
        if (!invoice)
            return Error{invoice.error()};
        if (m_issue) {
            console.out() << tr("Issued invoice %1: %2, due %3, reference %4.")
                                 .arg(invoice->number, invoice->money(invoice->amountDue()).formatWithCode(QLocale::c()),
                                      invoice->dueOn.toString(Qt::ISODate), invoice->reference)
                          << u'\n';
        }
        return writeInvoicePdf(console, *invoice, m_language.printFormat(), m_out);
    }

private:
    qint64 m_projectId = 0;
    int m_stage = 0;
    QString m_out;
    DocumentLanguage m_language;
    QDate m_date;
    bool m_issue = false;
};

// invoice-print NUMBER: an issued invoice or credit note as it was issued.
class InvoicePrintCommand final : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    InvoicePrintCommand()
        : DatabaseCommand({u"invoice-print"_s, QT_TRANSLATE_NOOP("Cli", "NUMBER --out FILE.pdf [--paper a4|letter]"),
                           QT_TRANSLATE_NOOP("Cli", "Print an issued invoice or credit note again, exactly as issued."),
                           nullptr, 1, 1, true},
                          Console::Access::Read, {outOption(), Arguments::paperOption(), Arguments::usDatesOption()})
    {
    }

protected:
    Result<void> readArguments(Arguments &in, const QCommandLineParser &) override
    {
        m_number = in.positional(0).trimmed();
        m_out = in.text(option(u"out"_s));
        if (m_out.trimmed().isEmpty())
            in.problem(tr("%1: --out FILE.pdf is required.").arg(name()));
        m_format = in.printFormat();
        return {};
    }

    Result<int> executeWithDatabase(Console &console, Database &db, const QCommandLineParser &) override
    {
        const auto record = InvoiceStore(db).findByNumber(m_number);
        if (!record)
            return Error{record.error()};
        return writeInvoicePdf(console, record->invoice, m_format, m_out);
    }

private:
    QString m_number;
    QString m_out;
    PrintFormat m_format;
};

// credit-note NUMBER: cancels an invoice in full.
class CreditNoteCommand final : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    CreditNoteCommand()
        : DatabaseCommand({u"credit-note"_s, QT_TRANSLATE_NOOP("Cli", "NUMBER [--date YYYY-MM-DD] [--out FILE.pdf [--paper a4|letter]]"),
                           QT_TRANSLATE_NOOP("Cli", "Cancel an issued invoice with a credit note of its own number."),
                           nullptr, 1, 1, true},
                          Console::Access::Write,
                          {QCommandLineOption(u"date"_s, tr("Date of the credit note (default: today)."),
                                              tr("YYYY-MM-DD")),
                           QCommandLineOption(u"out"_s, tr("Also write the credit note as a PDF."), tr("FILE.pdf")),
                           Arguments::paperOption(), Arguments::usDatesOption()})
    {
    }

protected:
    Result<void> readArguments(Arguments &in, const QCommandLineParser &) override
    {
        m_number = in.positional(0).trimmed();
        m_date = in.date(option(u"date"_s), QDate::currentDate());
        m_out = in.text(option(u"out"_s));
        m_format = in.printFormat();
        return {};
    }

    Result<int> executeWithDatabase(Console &console, Database &db, const QCommandLineParser &) override
    {
        InvoiceStore store(db);
        const auto record = store.findByNumber(m_number);
        if (!record)
            return Error{record.error()};
        const auto credit = store.cancel(record->invoice.id, m_date);
        if (!credit)
            return Error{credit.error()};
        console.out() << tr("Credit note %1 cancels invoice %2.").arg(credit->number, m_number) << u'\n';
        if (!m_out.trimmed().isEmpty())
            return writeInvoicePdf(console, *credit, m_format, m_out);
        return int(Cli::Success);
    }

private:
    QString m_number;
    QDate m_date;
    QString m_out;
    PrintFormat m_format;
};

// invoice-payment NUMBER AMOUNT: a payment received; --remove ID takes one
// back.
class InvoicePaymentCommand final : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    InvoicePaymentCommand()
        : DatabaseCommand({u"invoice-payment"_s, QT_TRANSLATE_NOOP("Cli", "NUMBER [AMOUNT] [--on YYYY-MM-DD]"),
                           QT_TRANSLATE_NOOP("Cli", "Record a payment received against an invoice (the amount "
                                                    "still owed without AMOUNT), or list or remove its payments."),
                           QT_TRANSLATE_NOOP("Cli", "The stage's paid amount grows by the stage's share of the "
                                                    "payment. --list prints the payments with their ids; --remove "
                                                    "ID removes one recorded by mistake."),
                           1, 2},
                          Console::Access::Write,
                          {Arguments::onOption(tr("When the payment was received (default: today).")),
                           QCommandLineOption(u"list"_s, tr("List the invoice's payments instead.")),
                           QCommandLineOption(u"remove"_s, tr("Remove the payment with this id."), tr("ID"))})
    {
    }

protected:
    Result<void> readArguments(Arguments &in, const QCommandLineParser &) override
    {
        m_number = in.positional(0).trimmed();
        m_amountText = in.positional(1).trimmed();
        m_on = in.date(option(u"on"_s), QDate::currentDate());
        m_list = in.isSet(option(u"list"_s));
        m_remove = in.id(option(u"remove"_s), 0);
        if ((m_list || m_remove > 0) && !m_amountText.isEmpty())
            in.problem(tr("%1: an AMOUNT goes with recording a payment, not with --list or --remove.").arg(name()));
        return {};
    }

    Result<int> executeWithDatabase(Console &console, Database &db, const QCommandLineParser &) override
    {
        InvoiceStore store(db);
        const auto record = store.findByNumber(m_number);
        if (!record)
            return Error{record.error()};
        const Invoice &invoice = record->invoice;
        if (m_list) {
            const auto payments = store.payments(invoice.id);
            if (!payments)
                return Error{payments.error()};
            QList<QStringList> rows;
            for (const InvoicePayment &p : *payments)
                rows.append({QString::number(p.id), p.paidOn.toString(Qt::ISODate), invoice.money(p.amount).toDecimalString()});
            console.out() << Console::table({tr("ID"), tr("Received"), tr("Amount")}, rows, {true, false, true});
            console.out() << tr("Still owed: %1").arg(invoice.money(record->outstanding()).formatWithCode(QLocale::c()))
                          << u'\n';
            return int(Cli::Success);
        }
        if (m_remove > 0) {
            const auto payments = store.payments(invoice.id);
            if (!payments)
                return Error{payments.error()};
            const bool ofThisInvoice = std::any_of(payments->cbegin(), payments->cend(),
                                                   [&](const InvoicePayment &p) { return p.id == m_remove; });
            if (!ofThisInvoice)
                return fail(tr("Invoice %1 has no payment #%2; \"%3 invoice-payment %1 --list\" shows them.")
                                .arg(m_number)
                                .arg(m_remove)
                                .arg(Console::Program));
            if (auto removed = store.removePayment(m_remove); !removed)
                return Error{removed.error()};
            console.out() << tr("Removed payment #%1 of invoice %2.").arg(m_remove).arg(m_number) << u'\n';
            return int(Cli::Success);
        }
        qint64 amount = record->outstanding();
        if (!m_amountText.isEmpty()) {
            const auto parsed = Money::parseDecimal(m_amountText, invoice.currency);
            if (!parsed)
                return fail(tr("AMOUNT: %1").arg(parsed.error()));
            amount = parsed->minor();
        }
        InvoicePayment payment{0, invoice.id, m_on, amount};
        if (auto saved = store.recordPayment(payment); !saved)
            return Error{saved.error()};
        const auto after = store.get(invoice.id);
        console.out() << tr("Recorded %1 received on %2 against invoice %3; still owed: %4.")
                             .arg(invoice.money(amount).formatWithCode(QLocale::c()), m_on.toString(Qt::ISODate),
                                  m_number,
                                  invoice.money(after ? after->outstanding() : 0).formatWithCode(QLocale::c()))
                      << u'\n';
        return int(Cli::Success);
    }

private:
    QString m_number;
    QString m_amountText;
    QDate m_on;
    bool m_list = false;
    qint64 m_remove = 0;
};

// invoices [--from] [--to] [--csv]: the list and the totals of a period.
class InvoicesCommand final : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    InvoicesCommand()
        : DatabaseCommand(
              {u"invoices"_s, QT_TRANSLATE_NOOP("Cli", "[--from YYYY-MM-DD] [--to YYYY-MM-DD] [--csv] [--out FILE]"),
               QT_TRANSLATE_NOOP("Cli", "The invoices and credit notes issued in a period, with net, VAT, gross and "
                                        "paid, and the totals per currency and VAT rate."),
               QT_TRANSLATE_NOOP("Cli", "--csv writes them for a spreadsheet or an accountant: amounts with a decimal "
                                        "point, dates YYYY-MM-DD, the totals at the end. A credit note counts with "
                                        "negative amounts."),
               0, 0},
              Console::Access::Read,
              {QCommandLineOption(u"from"_s, tr("Issued on or after this day."), tr("YYYY-MM-DD")),
               QCommandLineOption(u"to"_s, tr("Issued on or before this day."), tr("YYYY-MM-DD")),
               QCommandLineOption(u"csv"_s, tr("Write CSV instead of a table.")),
               QCommandLineOption(u"out"_s, tr("Write to this file (default: standard output)."), tr("FILE"))})
    {
    }

protected:
    Result<void> readArguments(Arguments &in, const QCommandLineParser &) override
    {
        m_from = in.date(option(u"from"_s), QDate());
        m_to = in.date(option(u"to"_s), QDate());
        if (m_from.isValid() && m_to.isValid() && m_to < m_from)
            in.problem(tr("--to: %1 is before --from %2.").arg(m_to.toString(Qt::ISODate), m_from.toString(Qt::ISODate)));
        m_csv = in.isSet(option(u"csv"_s));
        m_out = in.text(option(u"out"_s));
        return {};
    }

    Result<int> executeWithDatabase(Console &console, Database &db, const QCommandLineParser &) override
    {
        const auto records = InvoiceStore(db).list(m_from, m_to);
        if (!records)
            return Error{records.error()};
        if (m_csv) {
            const auto written = console.writeOutput(m_out, InvoiceReport::csv(*records),
                                                     tr("Wrote %n invoice(s) to %1.", nullptr, int(records->size()))
                                                         .arg(m_out));
            if (!written)
                return Error{written.error()};
            return *written;
        }
        QList<QStringList> rows;
        for (const InvoiceRecord &record : *records) {
            const Invoice &i = record.invoice;
            auto amount = [&i](qint64 minor) { return i.money(minor).toDecimalString(); };
            rows.append({i.number, i.issuedOn.toString(Qt::ISODate), Console::oneLine(InvoiceReport::buyer(i)),
                         i.currency, amount(i.totals.net), amount(i.totals.vat), amount(i.totals.gross),
                         amount(record.paid), InvoiceReport::status(record)});
        }
        QString text = Console::table({tr("Number"), tr("Date"), tr("Buyer"), tr("Currency"), tr("Net"), tr("VAT"),
                                       tr("Gross"), tr("Paid"), tr("Status")},
                                      rows, {false, false, false, false, true, true, true, true, false});
        text += u'\n';
        QList<QStringList> totals;
        for (const InvoiceReport::Totals &t : InvoiceReport::totals(*records)) {
            auto amount = [&t](qint64 minor) { return Money(minor, t.currency).toDecimalString(); };
            totals.append({t.currency,
                           t.rateTenths < 0 ? tr("all") : tr("%1 %").arg(VatRate::number(t.rateTenths, QLocale::c())),
                           amount(t.net), amount(t.vat), amount(t.gross),
                           t.rateTenths < 0 ? amount(t.paid) : QString(),
                           t.rateTenths < 0 ? amount(t.outstanding) : QString()});
        }
        text += Console::table({tr("Currency"), tr("VAT rate"), tr("Net"), tr("VAT"), tr("Gross"), tr("Paid"),
                                tr("Outstanding")},
                               totals, {false, false, true, true, true, true, true});
        const auto written = console.writeOutput(m_out, text.toUtf8(),
                                                 tr("Wrote %n invoice(s) to %1.", nullptr, int(records->size()))
                                                     .arg(m_out));
        if (!written)
            return Error{written.error()};
        return *written;
    }

private:
    QDate m_from;
    QDate m_to;
    bool m_csv = false;
    QString m_out;
};

} // namespace

CommandList invoices()
{
    CommandList list;
    list.push_back(std::make_unique<InvoiceCommand>());
    list.push_back(std::make_unique<InvoicePrintCommand>());
    list.push_back(std::make_unique<CreditNoteCommand>());
    list.push_back(std::make_unique<InvoicePaymentCommand>());
    list.push_back(std::make_unique<InvoicesCommand>());
    return list;
}

} // namespace neuvo::commands
