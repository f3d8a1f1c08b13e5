#pragma once

#include "core/domain/domain.h"
#include "core/domain/result.h"
#include "core/storage/database.h"

#include <QList>

namespace neuvo {

// Everything the red-flag engine looks at, loaded once. The engine never
// touches the database, so the GUI, the CLI and the tests feed it the same
// way and a scenario can be built in memory.
//
// Loaded facts are kept compact. Of the interaction log they hold only the
// part the rules read on any day: requests for a discount, for free work
// and for status, agreements made in a call or a meeting and not
// confirmed in writing, the briefs sent and the reminders, the client's
// calls and messages outside its contact hours, and the first contact from
// the client after each brief (it answers the brief; later ones add
// nothing). A record carries its summary only when
// it is of a kind whose summary a rule quotes (keepsSummary()). Whoever
// shows, counts or edits interactions reads them from InteractionStore
// (the statistics read the days of each project's log with
// InteractionStore::projectLogDays()). The projects come without their
// scope, a free text no rule reads (empty here whatever is stored): whoever
// edits, prints or exports a project reads it from ProjectStore
// (ProjectStore::get() or list()), never from the facts, or a save would
// erase the scope and a contract would print without it.
struct Facts
{
    Profile profile;
    QList<Client> clients;
    QList<Project> projects; // with their stages, revisions and price changes; no scope
    QList<Interaction> interactions; // what the rules read; summaries only where keepsSummary()
    QList<Promise> promises;
    QList<Observation> observations;

    // A fixed number of queries whatever the number of records (one per
    // table; projects bring their children in five), in one read
    // transaction so every table is seen in the same state.
    //
    // Any thread may load facts through a Database it opened itself: the
    // connection belongs to the thread that called Database::open(). A
    // worker opens the same file with Database::Access::ReadOnly (SQLite
    // lets readers share the file with the writer), loads, evaluates and
    // hands the plain values back; Facts and findings hold no connection.
    static Result<Facts> load(Database &db);

    // Whether the rules quote the summary of an interaction of this kind in
    // a finding's evidence (discount, status and free-work requests, and
    // agreements to confirm in writing); the facts keep only these.
    static bool keepsSummary(InteractionKind kind);

    // After an edit of one client's records: replaces that client and its
    // projects, interactions, promises and observations with what is stored
    // now (a deleted client disappears), and reloads the client list, whose
    // order follows the names. A record moved from one client to another
    // changes both: reload both. RedFlagEngine::reevaluateClient() then
    // brings a report up to date. The client list is read again only when
    // the client is new, gone or renamed (its place in the order may move);
    // otherwise the one client is read and replaced where it is.
    Result<void> reloadClient(Database &db, qint64 clientId);
};

} // namespace neuvo
