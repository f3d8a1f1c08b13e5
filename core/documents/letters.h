#pragma once

#include "documentlanguage.h"
#include "core/domain/domain.h"
#include "core/domain/result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace neuvo {

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
