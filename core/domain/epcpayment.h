#pragma once

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace neuvo {

// The content of the European Payments Council's QR code for a SEPA credit
// transfer (EPC069-12, "Quick Response Code: Guidelines to Enable Data
// Capture for the Initiation of a SEPA Credit Transfer"), which banking
// apps read to fill in a transfer. The payload is text, one element per
// line:
//   BCD / 002 / 1 (UTF-8) / SCT / BIC / name / IBAN / EUR amount /
//   purpose / structured reference / unstructured text / information
// where the structured reference (an ISO 11649 RF reference) and the
// unstructured text exclude each other, trailing empty elements are left
// out, and the whole is at most 331 bytes. Only euros.
struct EpcPayment
{
    Q_DECLARE_TR_FUNCTIONS(EpcPayment)

public:
    QString bic;          // optional in version 002
    QString name;         // 1–70 characters
    QString iban;
    qint64 cents = 0;     // 0 = no amount; else 0.01–999 999 999.99
    QString purpose;      // optional, up to 4 characters
    QString reference;    // RF reference, or empty
    QString text;         // unstructured remittance text, or empty
    QString information;  // for the payer, optional, up to 70 characters

    // The payload as encoded in the QR code, or what makes it impossible
    // (a field too long, both kinds of remittance, an invalid IBAN).
    Result<QByteArray> payload() const;
    // Reads a payload back (what a banking app does), for tests and checks.
    static Result<EpcPayment> parse(const QByteArray &payload);

    friend bool operator==(const EpcPayment &, const EpcPayment &) = default;
};

} // namespace neuvo
