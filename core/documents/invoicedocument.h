#pragma once

#include "documents.h"
#include "core/domain/invoice.h"

#include <QByteArray>
#include <QCoreApplication>

namespace neuvo {

// The invoice of one payment stage, and its credit note.
//
// prepare() gathers what an invoice says, as it would be issued on a date:
// the seller from the profile, the buyer with the client's billing details,
// one line for the stage at the VAT rate of the project (or the profile),
// the exemption or reverse-charge sentence in the document's language, the
// due date and the bank details. InvoiceStore::issue() then gives it its
// number; build() prints an Invoice from what it holds and nothing else, so
// an issued invoice prints the same after the client or profile change.
//
// Finnish and English invoices carry what the Finnish VAT Act asks of an
// invoice (date, number, the seller's business and VAT ids, the buyer, the
// service and its date, net per rate, the rate, the VAT or why there is
// none), the due date, late-payment interest, the reference number, the
// bank bar code and the EPC payment QR code; a Russian one is laid out as a
// «Счёт на оплату», the bank block first. A draft (no number yet) says so
// on every page and carries no reference, bar code or QR code.
class InvoiceDocument final
{
    Q_DECLARE_TR_FUNCTIONS(InvoiceDocument)

public:
    static Result<Invoice> prepare(const Profile &profile, const Client &client, const Project &project,
                                   int stagePosition, const DocumentLanguage &language, const QDate &date);
    static Result<PrintableDocument> build(const Invoice &invoice, const PrintFormat &format = {});
    // The draft of a stage's invoice: prepare() and build(), on the paper
    // and with the date style of language.
    static Result<PrintableDocument> build(const Profile &profile, const Client &client, const Project &project,
                                           int stagePosition, const DocumentLanguage &language, const QDate &date);

    // The Finnish virtual bar code (version 4, with the national reference)
    // of an issued invoice in euros to a Finnish IBAN; empty otherwise.
    static QString virtualBarcode(const Invoice &invoice);
    // The EPC QR payload of an issued invoice in euros with an IBAN and
    // something to pay; empty otherwise.
    static QByteArray epcPayload(const Invoice &invoice);
    // The sentence printed when no VAT is charged, in the language: the
    // profile's own for that language, or Neuvo's standard one.
    static QString exemptionText(const Profile &profile, const DocumentLanguage &language);
};

} // namespace neuvo
