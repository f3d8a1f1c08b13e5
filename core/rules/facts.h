#pragma once

#include "core/domain/domain.h"
#include "core/domain/result.h"
#include "core/storage/database.h"

#include <QList>

namespace neuvo {

// Everything the red-flag engine looks at, loaded once. The engine never
// touches the database, so the GUI, the CLI and the tests feed it the same
// way and a scenario can be built in memory.
struct Facts
{
    Profile profile;
    QList<Client> clients;
    QList<Project> projects; // with their stages, revisions and price changes
    QList<Interaction> interactions;
    QList<Promise> promises;
    QList<Observation> observations;

    // A fixed number of queries whatever the number of records (one per
    // table; projects bring their children in five).
    static Result<Facts> load(Database &db);
};

} // namespace neuvo
