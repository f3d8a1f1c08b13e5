#include "documentloader.h"

#include "core/storage/stores.h"
#include "invoicedocument.h"

#include <optional>

using namespace Qt::StringLiterals;

namespace neuvo {

Result<PrintableDocument> DocumentLoader::load(Database &db, const DocumentRequest &request, const QDate &today)
{
    const auto project = ProjectStore(db).get(request.projectId);
    if (!project)
        return Error{project.error()};
    const auto client = ClientStore(db).get(project->clientId);
    if (!client)
        return Error{client.error()};
    const auto profile = ProfileStore(db).load();
    if (!profile)
        return Error{profile.error()};
    if (auto complete = DocumentRequirements::checkProfile(request.kind, *profile); !complete) {
        return fail(request.profileHint.isEmpty() ? complete.error()
                                                  : complete.error() + u'\n' + request.profileHint);
    }

    QDate date = request.date;
    if (!date.isValid())
        date = request.kind == DocumentKind::Contract && project->contractDate.isValid() ? project->contractDate
                                                                                         : today;
    switch (request.kind) {
    case DocumentKind::Contract:
        return ContractDocument::build(*profile, *client, *project, request.language, date);
    case DocumentKind::Quote:
        return QuoteDocument::build(*profile, *client, *project, request.language, date);
    case DocumentKind::Invoice:
        return InvoiceDocument::build(*profile, *client, *project, request.stagePosition, request.language, date);
    case DocumentKind::FollowUpLetter:
        break;
    }
    return fail(tr("A follow-up letter is printed from an interaction, not from a project."));
}

Result<FollowUpLetter> DocumentLoader::loadLetter(Database &db, qint64 interactionId,
                                                  const DocumentLanguage &language, LetterKind kind)
{
    const auto interaction = InteractionStore(db).get(interactionId);
    if (!interaction)
        return Error{interaction.error()};
    const auto client = ClientStore(db).get(interaction->clientId);
    if (!client)
        return Error{client.error()};
    std::optional<Project> project;
    if (interaction->projectId > 0) {
        auto stored = ProjectStore(db).get(interaction->projectId);
        if (!stored)
            return Error{stored.error()};
        project = std::move(*stored);
    }
    const auto profile = ProfileStore(db).load();
    if (!profile)
        return Error{profile.error()};
    const Project *about = project ? &*project : nullptr;
    switch (kind) {
    case LetterKind::FollowUp:
        break;
    case LetterKind::BriefReminder:
        return FollowUpLetter::briefReminder(*profile, *client, about, *interaction, language);
    case LetterKind::SlotRelease: {
        const auto log = InteractionStore(db).list(interaction->clientId);
        if (!log)
            return Error{log.error()};
        const auto isOut = [&](const Interaction &i, InteractionKind k) {
            return i.kind == k && i.direction == Direction::Out && i.projectId == interaction->projectId;
        };
        std::optional<Interaction> brief;
        std::optional<Interaction> reminder;
        if (interaction->kind == InteractionKind::Reminder) {
            reminder = *interaction;
            // The latest brief sent before the reminder.
            for (const Interaction &i : *log) {
                if (isOut(i, InteractionKind::BriefSent) && i.at <= interaction->at)
                    brief = i;
            }
            if (!brief)
                return fail(tr("No brief sent before the reminder #%1 about the same project: the time is released "
                               "for a brief that went unanswered.")
                                .arg(interactionId));
        } else if (interaction->kind == InteractionKind::BriefSent) {
            brief = *interaction;
            // The first reminder after the brief.
            for (const Interaction &i : *log) {
                if (isOut(i, InteractionKind::Reminder) && i.at >= interaction->at) {
                    reminder = i;
                    break;
                }
            }
            if (!reminder)
                return fail(tr("No reminder after the brief #%1: send the one reminder first (the letter "
                               "\"brief-reminder\"), and release the time only when it too goes unanswered.")
                                .arg(interactionId));
        } else {
            return fail(tr("Interaction #%1 is neither a sent brief nor a reminder: the time is released after "
                           "both went unanswered.")
                            .arg(interactionId));
        }
        return FollowUpLetter::slotRelease(*profile, *client, about, *brief, *reminder, language);
    }
    }
    return FollowUpLetter::build(*profile, *client, about, *interaction, language);
}

} // namespace neuvo
