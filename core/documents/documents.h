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

// The short letters written from the interaction log, each for the
// clipboard or an e-mail draft:
// - FollowUp: after a call or meeting, the agreements with a request to
//   confirm them in writing;
// - BriefReminder: the source article's one reminder for a brief with no
//   answer ("is the order still relevant? if you want to move the deadline,
//   tell me: I take another project into this slot and reserve another
//   time for you"); the article says remind once, not often;
// - SlotRelease: when the reminder too goes unanswered, the reserved time
//   is given to other work, saying so plainly and leaving the door open.
enum class LetterKind { FollowUp, BriefReminder, SlotRelease };

// A letter as plain text (the class keeps its first kind's name).
class FollowUpLetter final
{
    Q_DECLARE_TR_FUNCTIONS(FollowUpLetter)

public:
    // "follow-up", "brief-reminder", "release-slot"
    static QStringList kindIds();
    static std::optional<LetterKind> kindFromId(const QString &id);
    static QString kindId(LetterKind kind);
    // The letter an interaction calls for: a sent brief its reminder, a
    // reminder the release of the time, anything else the follow-up.
    static LetterKind suggestedKind(const Interaction &interaction);

    // project may be null (an interaction not about one project).
    static Result<FollowUpLetter> build(const Profile &profile, const Client &client, const Project *project,
                                        const Interaction &interaction, const DocumentLanguage &language);
    // briefSent: the outbound brief; the dates are the client's days.
    static Result<FollowUpLetter> briefReminder(const Profile &profile, const Client &client, const Project *project,
                                                const Interaction &briefSent, const DocumentLanguage &language);
    // reminder: the one reminder sent after briefSent.
    static Result<FollowUpLetter> slotRelease(const Profile &profile, const Client &client, const Project *project,
                                              const Interaction &briefSent, const Interaction &reminder,
                                              const DocumentLanguage &language);

    const QString &recipient() const { return m_recipient; }
    const QString &subject() const { return m_subject; }
    const QString &body() const { return m_body; }
    // Subject and body as the text to copy: "Subject: ...\n\n<body>".
    QString text() const;
    // mailto:ADDRESS?subject=...&body=... with everything percent-encoded
    // as UTF-8 (RFC 6068), line breaks as %0D%0A.
    QString mailtoUrl() const;
    // The same for any plain-text message (a counter-offer answer).
    static QString mailtoUrl(const QString &recipient, const QString &subject, const QString &body);

private:
    QString m_recipient;
    QString m_subject;
    QString m_body;
};

} // namespace neuvo
