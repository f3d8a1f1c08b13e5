#pragma once

#include "documentlanguage.h"
#include "core/domain/domain.h"
#include "core/domain/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

class QTextDocument;

namespace neuvo {

// A document built and ready for print preview, a printer or a PDF: the
// text plus what each page repeats. The document is laid out by
// DocumentRenderer for the page size of its language.
struct PrintableDocument
{
    std::shared_ptr<QTextDocument> text;
    DocumentLanguage language;
    QString title;       // "Service agreement No. AV-FW-2025": page header, PDF title
    QString author;      // the freelancer: page header, PDF creator
    QString fileName;    // suggested file name without folder, e.g. "contract-AV-FW-2025-fi.pdf"
};

enum class DocumentKind { Contract, Quote, Invoice, FollowUpLetter };

// One piece of profile data a document needs and the profile lacks.
struct MissingProfileField
{
    QString field; // "Bank details"
    QString where; // "Profile → Bank details"
};

// What the documents require before they print: the freelancer's data
// (reported as a list of what is missing and where to fill it, never printed
// as blanks) and a project whose stage plan is complete.
class DocumentRequirements final
{
    Q_DECLARE_TR_FUNCTIONS(DocumentRequirements)

public:
    // Contract and invoice: name, legal form, registration number, address,
    // e-mail, bank details. Quote: name and e-mail. Letter: name.
    static QList<MissingProfileField> missingProfileData(DocumentKind kind, const Profile &profile);
    // The missing fields as one error ("The contract needs ... : Bank details
    // (Profile → Bank details); ..."), or success.
    static Result<void> checkProfile(DocumentKind kind, const Profile &profile);
    // ProjectStore::validate plus: at least one payment stage.
    static Result<void> checkProject(DocumentKind kind, const Project &project);
};

// The stage-payment contract (docs/design.md, Payment): parties, subject
// and included items, the explained price, the stage schedule with "paid in
// full before work on it starts", deadline and refund guarantee, revision
// rounds and change orders, confidentiality only with an NDA, term and
// price-change notice, communication rules, signatures.
class ContractDocument final
{
public:
    // date is the contract date printed on it. A project without a contract
    // number gets "<year>-<project id>" (e.g. "2025-007").
    static Result<PrintableDocument> build(const Profile &profile, const Client &client, const Project &project,
                                           const DocumentLanguage &language, const QDate &date);
    static QString contractNumber(const Project &project, const QDate &date);
};

// The offer before the contract: what the price includes, the explained
// price, the stage plan and how long the offer stands.
class QuoteDocument final
{
public:
    static constexpr int DefaultValidityDays = 30;
    static Result<PrintableDocument> build(const Profile &profile, const Client &client, const Project &project,
                                           const DocumentLanguage &language, const QDate &date,
                                           int validityDays = DefaultValidityDays);
};

} // namespace neuvo
