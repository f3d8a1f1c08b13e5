// The short letters from the interaction log: the follow-up of a call or
// meeting, the one reminder for an unanswered brief and releasing the
// reserved time, as plain text or an e-mail draft.
#include "letters.h"

#include "documentparts.h"
#include "documents.h"

#include <QTimeZone>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace neuvo {

using documentparts::isBlank;

Result<FollowUpLetter> FollowUpLetter::build(const Profile &profile, const Client &client, const Project *project,
                                             const Interaction &interaction, const DocumentLanguage &lang)
{
    if (auto ok = DocumentRequirements::checkProfile(DocumentKind::FollowUpLetter, profile); !ok)
        return Error{ok.error()};
    if (isBlank(interaction.summary))
        return fail(DocumentRequirements::tr("The interaction of %1 has no summary: write down what was agreed "
                                             "before sending the letter.")
                        .arg(client.name));

    // The day as the client lived it: a call at 23:30 in Moscow is not the
    // next day's call.
    QTimeZone zone(client.timeZone.toUtf8());
    const QDate day = (zone.isValid() ? interaction.at.toTimeZone(zone) : interaction.at).date();
    const QString dayText = lang.longDate(day);

    FollowUpLetter letter;
    letter.m_recipient = client.email.trimmed();
    letter.m_subject = project ? lang.translate("FollowUpLetter", "Summary of our agreement: %1")
                                     .arg(project->title.trimmed())
                               : lang.translate("FollowUpLetter", "Summary of our conversation on %1").arg(dayText);

    QString opening;
    switch (interaction.channel) {
    case Channel::Phone:
        opening = lang.translate("FollowUpLetter", "Thank you for the call on %1. This is what we agreed:");
        break;
    case Channel::Meeting:
        opening = lang.translate("FollowUpLetter", "Thank you for the meeting on %1. This is what we agreed:");
        break;
    case Channel::Email:
    case Channel::Messenger:
        opening = lang.translate("FollowUpLetter", "Following our conversation on %1, this is what we agreed:");
        break;
    }

    QStringList points;
    for (const QString &line : interaction.summary.split(u'\n')) {
        if (!isBlank(line))
            points << u"- "_s + line.trimmed();
    }

    QStringList body;
    body << lang.translate("FollowUpLetter", "Hello %1,").arg(client.name.trimmed()) << QString();
    body << opening.arg(dayText) << QString();
    body << points.join(u'\n') << QString();
    if (project)
        body << lang.translate("FollowUpLetter", "Project: %1").arg(project->title.trimmed()) << QString();
    body << lang.translate("FollowUpLetter",
                           "Please confirm by replying to this message that this matches your understanding. "
                           "If anything is missing or different, let me know and I will correct it.")
         << QString();
    body << lang.translate("FollowUpLetter", "Best regards,");
    body << profile.name.trimmed();
    if (!isBlank(profile.email))
        body << profile.email.trimmed();
    if (!isBlank(profile.phone))
        body << profile.phone.trimmed();
    letter.m_body = body.join(u'\n') + u'\n';
    return letter;
}

namespace {

// The day as the client lived it: a call at 23:30 in Moscow is not the
// next day's call.
QDate clientDay(const Client &client, const QDateTime &at)
{
    QTimeZone zone(client.timeZone.toUtf8());
    return (zone.isValid() ? at.toTimeZone(zone) : at).date();
}

QStringList signature(const Profile &profile, const DocumentLanguage &lang)
{
    QStringList lines;
    lines << lang.translate("FollowUpLetter", "Best regards,");
    lines << profile.name.trimmed();
    if (!isBlank(profile.email))
        lines << profile.email.trimmed();
    if (!isBlank(profile.phone))
        lines << profile.phone.trimmed();
    return lines;
}

const struct
{
    LetterKind kind;
    const char *id;
} kLetterKinds[] = {
    {LetterKind::FollowUp, "follow-up"},
    {LetterKind::BriefReminder, "brief-reminder"},
    {LetterKind::SlotRelease, "release-slot"},
};

} // namespace

QStringList FollowUpLetter::kindIds()
{
    QStringList ids;
    for (const auto &entry : kLetterKinds)
        ids << QString::fromLatin1(entry.id);
    return ids;
}

std::optional<LetterKind> FollowUpLetter::kindFromId(const QString &id)
{
    for (const auto &entry : kLetterKinds) {
        if (id == QLatin1StringView(entry.id))
            return entry.kind;
    }
    return std::nullopt;
}

QString FollowUpLetter::kindId(LetterKind kind)
{
    for (const auto &entry : kLetterKinds) {
        if (entry.kind == kind)
            return QString::fromLatin1(entry.id);
    }
    return QString();
}

LetterKind FollowUpLetter::suggestedKind(const Interaction &interaction)
{
    if (interaction.direction == Direction::Out && interaction.kind == InteractionKind::BriefSent)
        return LetterKind::BriefReminder;
    if (interaction.direction == Direction::Out && interaction.kind == InteractionKind::Reminder)
        return LetterKind::SlotRelease;
    return LetterKind::FollowUp;
}

Result<FollowUpLetter> FollowUpLetter::briefReminder(const Profile &profile, const Client &client,
                                                     const Project *project, const Interaction &briefSent,
                                                     const DocumentLanguage &lang)
{
    if (auto ok = DocumentRequirements::checkProfile(DocumentKind::FollowUpLetter, profile); !ok)
        return Error{ok.error()};
    if (briefSent.kind != InteractionKind::BriefSent || briefSent.direction != Direction::Out)
        return fail(tr("The reminder answers a brief you sent: choose an outgoing interaction of the kind "
                       "\"Brief sent\"."));
    const QString sentText = lang.longDate(clientDay(client, briefSent.at));

    FollowUpLetter letter;
    letter.m_recipient = client.email.trimmed();
    letter.m_subject = project ? lang.translate("FollowUpLetter", "The brief for %1").arg(project->title.trimmed())
                               : lang.translate("FollowUpLetter", "The brief I sent on %1").arg(sentText);
    QStringList body;
    body << lang.translate("FollowUpLetter", "Hello %1,").arg(client.name.trimmed()) << QString();
    body << (project ? lang.translate("FollowUpLetter", "On %1 I sent you the brief for \"%2\".")
                           .arg(sentText, project->title.trimmed())
                     : lang.translate("FollowUpLetter", "On %1 I sent you a brief.").arg(sentText));
    body << lang.translate("FollowUpLetter", "Please tell me: is the order still relevant?");
    if (project && project->deadline.isValid())
        body << lang.translate("FollowUpLetter", "I have reserved time for the work so that it is ready by %1.")
                    .arg(lang.longDate(project->deadline));
    body << QString()
         << lang.translate("FollowUpLetter", "If you would like to move the deadline, just let me know: I will take "
                                             "another project into this time and reserve another time for you.")
         << QString();
    body << signature(profile, lang);
    letter.m_body = body.join(u'\n') + u'\n';
    return letter;
}

Result<FollowUpLetter> FollowUpLetter::slotRelease(const Profile &profile, const Client &client,
                                                   const Project *project, const Interaction &briefSent,
                                                   const Interaction &reminder, const DocumentLanguage &lang)
{
    if (auto ok = DocumentRequirements::checkProfile(DocumentKind::FollowUpLetter, profile); !ok)
        return Error{ok.error()};
    if (briefSent.kind != InteractionKind::BriefSent || reminder.kind != InteractionKind::Reminder
        || reminder.at < briefSent.at)
        return fail(tr("Releasing the reserved time follows a sent brief and the one reminder after it."));
    const QString sentText = lang.longDate(clientDay(client, briefSent.at));
    const QString remindedText = lang.longDate(clientDay(client, reminder.at));

    FollowUpLetter letter;
    letter.m_recipient = client.email.trimmed();
    letter.m_subject = project
        ? lang.translate("FollowUpLetter", "Releasing the time reserved for %1").arg(project->title.trimmed())
        : lang.translate("FollowUpLetter", "Releasing the time reserved for your order");
    QStringList body;
    body << lang.translate("FollowUpLetter", "Hello %1,").arg(client.name.trimmed()) << QString();
    body << (project ? lang.translate("FollowUpLetter", "I sent you the brief for \"%1\" on %2 and a reminder on %3, "
                                                        "and have not heard from you.")
                           .arg(project->title.trimmed(), sentText, remindedText)
                     : lang.translate("FollowUpLetter", "I sent you a brief on %1 and a reminder on %2, and have not "
                                                        "heard from you.")
                           .arg(sentText, remindedText));
    body << (project && project->deadline.isValid()
                 ? lang.translate("FollowUpLetter", "So I am releasing the time I reserved for this work (to be ready "
                                                    "by %1) and taking other projects into it.")
                       .arg(lang.longDate(project->deadline))
                 : lang.translate("FollowUpLetter",
                                  "So I am releasing the time I reserved for this work and taking other projects into it."));
    body << QString()
         << lang.translate("FollowUpLetter", "If the order becomes relevant again, write to me and I will find the "
                                             "next free time for it.")
         << QString();
    body << signature(profile, lang);
    letter.m_body = body.join(u'\n') + u'\n';
    return letter;
}

QString FollowUpLetter::text() const
{
    return m_subject + u"\n\n"_s + m_body;
}

QString FollowUpLetter::mailtoUrl() const
{
    return mailtoUrl(m_recipient, m_subject, m_body);
}

QString FollowUpLetter::mailtoUrl(const QString &recipient, const QString &subject, const QString &text)
{
    // RFC 6068: the address keeps its '@'; subject and body are UTF-8,
    // percent-encoded, with CRLF line breaks.
    auto encode = [](const QString &value, const QByteArray &keep = {}) {
        return QString::fromLatin1(QUrl::toPercentEncoding(value, keep));
    };
    QString body = text;
    body.replace(u"\r\n"_s, u"\n"_s);
    body.replace(u'\n', u"\r\n"_s);
    return u"mailto:"_s + encode(recipient, "@") + u"?subject="_s + encode(subject) + u"&body="_s + encode(body);
}

} // namespace neuvo
