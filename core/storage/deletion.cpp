#include "deletion.h"

#include "rowversion.h"
#include "stores.h"

using namespace Qt::StringLiterals;

namespace neuvo {

QString DeletedRecords::describe() const
{
    QStringList parts;
    if (clients.size() == 1)
        parts << tr("client \u201c%1\u201d").arg(clients.first().name);
    else if (!clients.isEmpty())
        parts << tr("%1 clients").arg(clients.size());
    if (clients.isEmpty() && projects.size() == 1)
        parts << tr("project \u201c%1\u201d").arg(projects.first().title);
    else if (!projects.isEmpty())
        parts << tr("projects: %1").arg(projects.size());
    // A single record of the log named by its text, shortened: the Undo
    // action's text has to fit in a menu.
    const auto shortened = [](const QString &text) {
        constexpr qsizetype MaxLength = 40;
        const QString simple = text.simplified();
        return simple.size() <= MaxLength ? simple : simple.left(MaxLength - 1).trimmed() + u'\u2026';
    };
    const bool onlyLog = clients.isEmpty() && projects.isEmpty();
    if (onlyLog && interactions.size() == 1)
        parts << tr("interaction \u201c%1\u201d").arg(shortened(interactions.first().summary));
    else if (!interactions.isEmpty())
        parts << tr("interactions: %1").arg(interactions.size());
    if (onlyLog && promises.size() == 1)
        parts << tr("promise \u201c%1\u201d").arg(shortened(promises.first().what));
    else if (!promises.isEmpty())
        parts << tr("promises: %1").arg(promises.size());
    if (!observations.isEmpty())
        parts << tr("observations: %1").arg(observations.size());
    return parts.join(u", "_s);
}

Result<DeletedRecords> Deletion::previewClient(Database &db, qint64 clientId)
{
    DeletedRecords records;
    auto client = ClientStore(db).get(clientId);
    if (!client)
        return Error{client.error()};
    records.clients << *client;
    auto projects = ProjectStore(db).listForClient(clientId);
    if (!projects)
        return Error{projects.error()};
    records.projects = *projects;
    auto interactions = InteractionStore(db).list(clientId);
    if (!interactions)
        return Error{interactions.error()};
    records.interactions = *interactions;
    auto promises = PromiseStore(db).list(clientId);
    if (!promises)
        return Error{promises.error()};
    records.promises = *promises;
    auto observations = ObservationStore(db).list(clientId);
    if (!observations)
        return Error{observations.error()};
    records.observations = *observations;
    return records;
}

Result<DeletedRecords> Deletion::previewProject(Database &db, qint64 projectId)
{
    DeletedRecords records;
    auto project = ProjectStore(db).get(projectId);
    if (!project)
        return Error{project.error()};
    records.projects << *project;
    // The interactions and promises stay with the client; only their link
    // to the project is cut, and undo restores it.
    auto interactions = InteractionStore(db).list(project->clientId);
    if (!interactions)
        return Error{interactions.error()};
    for (const Interaction &i : std::as_const(*interactions)) {
        if (i.projectId == projectId)
            records.relinkedInteractions << i;
    }
    auto promises = PromiseStore(db).list(project->clientId);
    if (!promises)
        return Error{promises.error()};
    for (const Promise &p : std::as_const(*promises)) {
        if (p.projectId == projectId)
            records.relinkedPromises << p;
    }
    return records;
}

namespace {

// A deletion asked for from a loaded copy is refused when the record changed
// since (the person decided on what they saw); 0 = named by id only.
Result<void> checkLoaded(Database &db, const char *table, const char *what, qint64 id, qint64 loadedVersion)
{
    if (loadedVersion <= 0)
        return {};
    return RowVersions::check(db.connection(), table, what, id, loadedVersion, RowVersions::Refused::Deletion);
}

} // namespace

Result<DeletedRecords> Deletion::deleteClient(Database &db, qint64 clientId, bool withProjects,
                                             qint64 loadedVersion)
{
    DeletedRecords records;
    auto result = db.transaction([&]() -> Result<void> {
        if (auto current = checkLoaded(db, "client", QT_TRANSLATE_NOOP("Database", "Client"), clientId, loadedVersion);
            !current)
            return current;
        auto preview = previewClient(db, clientId);
        if (!preview)
            return Error{preview.error()};
        records = std::move(*preview);
        return ClientStore(db).remove(clientId, withProjects ? ClientStore::ProjectsOnDelete::DeleteThem
                                                             : ClientStore::ProjectsOnDelete::Refuse);
    });
    if (!result)
        return Error{result.error()};
    return records;
}

Result<DeletedRecords> Deletion::deleteProject(Database &db, qint64 projectId, qint64 loadedVersion)
{
    DeletedRecords records;
    auto result = db.transaction([&]() -> Result<void> {
        if (auto current = checkLoaded(db, "project", QT_TRANSLATE_NOOP("Database", "Project"), projectId,
                                       loadedVersion);
            !current)
            return current;
        auto preview = previewProject(db, projectId);
        if (!preview)
            return Error{preview.error()};
        records = std::move(*preview);
        return ProjectStore(db).remove(projectId);
    });
    if (!result)
        return Error{result.error()};
    return records;
}

Result<DeletedRecords> Deletion::deleteInteraction(Database &db, qint64 interactionId, qint64 loadedVersion)
{
    DeletedRecords records;
    auto result = db.transaction([&]() -> Result<void> {
        if (auto current = checkLoaded(db, "interaction", QT_TRANSLATE_NOOP("Database", "Interaction"),
                                       interactionId, loadedVersion);
            !current)
            return current;
        InteractionStore store(db);
        auto interaction = store.get(interactionId);
        if (!interaction)
            return Error{interaction.error()};
        records.interactions << *interaction;
        return store.remove(interactionId);
    });
    if (!result)
        return Error{result.error()};
    return records;
}

Result<DeletedRecords> Deletion::deletePromise(Database &db, qint64 promiseId, qint64 loadedVersion)
{
    DeletedRecords records;
    auto result = db.transaction([&]() -> Result<void> {
        if (auto current = checkLoaded(db, "promise", QT_TRANSLATE_NOOP("Database", "Promise"), promiseId,
                                       loadedVersion);
            !current)
            return current;
        PromiseStore store(db);
        auto promise = store.get(promiseId);
        if (!promise)
            return Error{promise.error()};
        records.promises << *promise;
        return store.remove(promiseId);
    });
    if (!result)
        return Error{result.error()};
    return records;
}

Result<void> Deletion::restore(Database &db, const DeletedRecords &records)
{
    return db.transaction([&]() -> Result<void> {
        ClientStore clients(db);
        for (Client c : records.clients) {
            if (auto r = clients.create(c); !r)
                return r;
        }
        ProjectStore projects(db);
        for (Project p : records.projects) {
            if (auto r = projects.create(p); !r)
                return r;
        }
        InteractionStore interactions(db);
        for (Interaction i : records.interactions) {
            if (auto r = interactions.create(i); !r)
                return r;
        }
        for (Interaction i : records.relinkedInteractions) {
            if (auto r = interactions.update(i); !r)
                return r;
        }
        PromiseStore promises(db);
        for (Promise p : records.promises) {
            if (auto r = promises.create(p); !r)
                return r;
        }
        for (Promise p : records.relinkedPromises) {
            if (auto r = promises.update(p); !r)
                return r;
        }
        ObservationStore observations(db);
        for (Observation o : records.observations) {
            if (auto r = observations.create(o); !r)
                return r;
        }
        return {};
    });
}

} // namespace neuvo
