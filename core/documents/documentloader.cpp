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
                                                  const DocumentLanguage &language)
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
    return FollowUpLetter::build(*profile, *client, project ? &*project : nullptr, *interaction, language);
}

} // namespace neuvo
