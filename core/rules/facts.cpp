#include "facts.h"

#include "core/storage/stores.h"

#include <QSet>

#include <algorithm>

namespace neuvo {

namespace {

template<typename T, typename Pred>
void removeIf(QList<T> &list, Pred pred)
{
    list.erase(std::remove_if(list.begin(), list.end(), pred), list.end());
}

} // namespace

Result<Facts> Facts::load(Database &db)
{
    Facts facts;
    auto loaded = db.readTransaction([&]() -> Result<void> {
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
        return {};
    });
    if (!loaded)
        return Error{loaded.error()};
    return facts;
}

Result<void> Facts::reloadClient(Database &db, qint64 clientId)
{
    Facts fresh;
    auto loaded = db.readTransaction([&]() -> Result<void> {
        auto storedClients = ClientStore(db).list();
        if (!storedClients)
            return Error{storedClients.error()};
        fresh.clients = std::move(storedClients).value();
        auto storedProjects = ProjectStore(db).listForClient(clientId);
        if (!storedProjects)
            return Error{storedProjects.error()};
        fresh.projects = std::move(storedProjects).value();
        auto storedInteractions = InteractionStore(db).list(clientId);
        if (!storedInteractions)
            return Error{storedInteractions.error()};
        fresh.interactions = std::move(storedInteractions).value();
        auto storedPromises = PromiseStore(db).list(clientId);
        if (!storedPromises)
            return Error{storedPromises.error()};
        fresh.promises = std::move(storedPromises).value();
        auto storedObservations = ObservationStore(db).list(clientId);
        if (!storedObservations)
            return Error{storedObservations.error()};
        fresh.observations = std::move(storedObservations).value();
        return {};
    });
    if (!loaded)
        return loaded;

    clients = std::move(fresh.clients);
    // A project that moved to this client leaves its old place as well.
    QSet<qint64> projectIds;
    for (const Project &p : std::as_const(fresh.projects))
        projectIds.insert(p.id);
    removeIf(projects, [&](const Project &p) { return p.clientId == clientId || projectIds.contains(p.id); });
    projects << fresh.projects;
    std::sort(projects.begin(), projects.end(), [](const Project &a, const Project &b) { return a.id < b.id; });
    // Within a client the records keep the stored order (interactions by
    // time), which is all the rules rely on.
    removeIf(interactions, [&](const Interaction &i) { return i.clientId == clientId; });
    interactions << fresh.interactions;
    removeIf(promises, [&](const Promise &p) { return p.clientId == clientId; });
    promises << fresh.promises;
    removeIf(observations, [&](const Observation &o) { return o.clientId == clientId; });
    observations << fresh.observations;
    return {};
}

} // namespace neuvo
