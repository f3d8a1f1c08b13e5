#include "facts.h"

#include "core/storage/stores.h"

namespace neuvo {

Result<Facts> Facts::load(Database &db)
{
    Facts facts;
    auto profile = ProfileStore(db).load();
    if (!profile)
        return Error{profile.error()};
    facts.profile = std::move(profile).value();
    auto clients = ClientStore(db).list();
    if (!clients)
        return Error{clients.error()};
    facts.clients = std::move(clients).value();
    auto projects = ProjectStore(db).list();
    if (!projects)
        return Error{projects.error()};
    facts.projects = std::move(projects).value();
    auto interactions = InteractionStore(db).list();
    if (!interactions)
        return Error{interactions.error()};
    facts.interactions = std::move(interactions).value();
    auto promises = PromiseStore(db).list();
    if (!promises)
        return Error{promises.error()};
    facts.promises = std::move(promises).value();
    auto observations = ObservationStore(db).list();
    if (!observations)
        return Error{observations.error()};
    facts.observations = std::move(observations).value();
    return facts;
}

} // namespace neuvo
