#pragma once

#include "database.h"
#include "core/domain/domain.h"
#include "core/domain/result.h"

#include <QCoreApplication>
#include <QList>

namespace neuvo {

// Everything a deletion removed, kept so that the last deletion can be
// undone: the records with their original ids, and the links (interactions
// and promises pointing at a deleted project) that ON DELETE SET NULL cut.
struct DeletedRecords
{
    Q_DECLARE_TR_FUNCTIONS(DeletedRecords)

public:
    QList<Client> clients;
    QList<Project> projects;
    QList<Interaction> interactions;
    QList<Promise> promises;
    QList<Observation> observations;
    // Records that stay but lost their project link: restored on undo.
    QList<Interaction> relinkedInteractions;
    QList<Promise> relinkedPromises;

    bool isEmpty() const
    {
        return clients.isEmpty() && projects.isEmpty() && interactions.isEmpty() && promises.isEmpty()
               && observations.isEmpty();
    }
    // "client 'Mikko' with 2 projects, 14 interactions, 1 promise", for the
    // confirmation question and the Undo action text.
    QString describe() const;
};

// Deletes clients, projects, logged interactions and promises in one
// transaction each and can put them back.
class Deletion final
{
    Q_DECLARE_TR_FUNCTIONS(Deletion)

public:
    // What deleting the client would remove, without removing anything; the
    // UI names it in its question.
    static Result<DeletedRecords> previewClient(Database &db, qint64 clientId);
    static Result<DeletedRecords> previewProject(Database &db, qint64 projectId);

    // Deletes and returns what went. A client with projects is refused
    // unless withProjects is true. loadedVersion, when given, is the row
    // version of the copy the person decided on: the deletion is refused
    // when someone else saved the record since (see RowVersions).
    static Result<DeletedRecords> deleteClient(Database &db, qint64 clientId, bool withProjects,
                                               qint64 loadedVersion = 0);
    static Result<DeletedRecords> deleteProject(Database &db, qint64 projectId, qint64 loadedVersion = 0);
    static Result<DeletedRecords> deleteInteraction(Database &db, qint64 interactionId, qint64 loadedVersion = 0);
    static Result<DeletedRecords> deletePromise(Database &db, qint64 promiseId, qint64 loadedVersion = 0);

    // Writes the records back with their ids, in one transaction.
    static Result<void> restore(Database &db, const DeletedRecords &records);
};

} // namespace neuvo
