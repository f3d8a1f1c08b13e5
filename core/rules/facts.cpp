#include "facts.h"

#include "contacthours.h"
#include "factsrows.h"

#include "core/domain/enumids.h"
#include "core/storage/stores.h"

#include <QHash>
#include <QSet>

#include <functional>
#include <utility>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace neuvo {

namespace {

template<typename T, typename Pred>
void removeIf(QList<T> &list, Pred pred)
{
    list.erase(std::remove_if(list.begin(), list.end(), pred), list.end());
}

// Room for every row of table, from a count: a list grown row by row
// holds up to twice its size while it grows, and keeps the slack.
template<typename T>
Result<void> reserveRows(Database &db, QStringView table, QList<T> &list, FactsRows::Reader reader)
{
    auto counted = FactsRows::select(db.connection(), u"SELECT count(*) FROM %1"_s.arg(table), reader);
    if (!counted)
        return Error{counted.error()};
    FactsRows &count = **counted;
    if (count.next()) {
        list.reserve(count.integer(0));
        return {};
    }
    return count.status();
}

// Whether a rule reads the record on some day by what it is: requests for
// a discount, for free work and for status (the client's), agreements made
// in a call or a meeting and not confirmed in writing, the briefs we sent
// and the reminders. Today only decides which of these count. (The
// client's calls and messages outside its hours are read too: see
// LogChooser.)
bool readByKind(const Interaction &i)
{
    const bool inbound = i.direction == Direction::In;
    switch (i.kind) {
    case InteractionKind::DiscountRequest:
    case InteractionKind::FreeTestRequest:
    case InteractionKind::Reminder:
        return true;
    case InteractionKind::StatusRequest:
        return inbound;
    case InteractionKind::Agreement:
        return (i.channel == Channel::Phone || i.channel == Channel::Meeting) && !i.confirmedOn.isValid();
    case InteractionKind::BriefSent:
        return !inbound;
    case InteractionKind::General:
        return false;
    }
    return true;
}

bool isOutboundBrief(const Interaction &i)
{
    return i.kind == InteractionKind::BriefSent && i.direction == Direction::Out;
}

// Chooses the part of a log the rules read (facts.h), offered record by
// record in any order. Besides what readByKind() keeps:
// - a call or a message from a client outside its contact hours (those
//   depend on the client and the profile; an edit of the profile loads
//   the facts again);
// - the first contact from the client after each brief: any contact after
//   a brief answers it, and the first answers for all later ones on any
//   day (if a later contact is not in the future, neither is the first).
// The briefs are given first.
class LogChooser
{
public:
    LogChooser(const Profile &profile, const QList<Client> &clients)
        : m_profile(profile)
    {
        m_clients.reserve(clients.size());
        for (const Client &c : clients)
            m_clients.insert(c.id, &c);
    }

    void addBrief(qint64 clientId, const QDateTime &at) { m_briefs[clientId] << Brief{at, {}, 0}; }

    // Whether to keep the record as it is; a record not kept may still be
    // held as the first answer to a brief (answers()).
    bool keep(Interaction &i)
    {
        const bool kept = readByKind(i) || outsideHours(i);
        if (i.direction == Direction::In)
            offerAnswer(i, !kept);
        return kept;
    }

    // The first answers that keep() did not keep.
    QList<Interaction> answers()
    {
        QList<Interaction> out;
        out.reserve(m_held.size());
        for (auto it = m_held.begin(); it != m_held.end(); ++it)
            out << std::move(it->record);
        m_held.clear();
        return out;
    }

private:
    // As the rule on contact outside the hours reads the log.
    bool outsideHours(const Interaction &i)
    {
        if (i.direction != Direction::In || (i.channel != Channel::Phone && i.channel != Channel::Messenger))
            return false;
        const Client *c = m_clients.value(i.clientId, nullptr);
        return c && !ContactHours::of(*c, m_profile).contains(i.at.toTimeZone(m_zones.of(c)));
    }

    struct Brief
    {
        QDateTime at;
        QDateTime answerAt;
        qint64 answerId = 0; // 0: no answer seen yet
    };
    struct Held
    {
        Interaction record;
        int briefs = 0; // how many briefs it is the first answer to
    };

    void offerAnswer(Interaction &i, bool hold)
    {
        const auto found = m_briefs.find(i.clientId);
        if (found == m_briefs.end())
            return;
        int answers = 0;
        for (Brief &b : *found) {
            if (!(i.at > b.at))
                continue;
            if (b.answerId != 0 && !(i.at < b.answerAt || (i.at == b.answerAt && i.id < b.answerId)))
                continue;
            release(b.answerId);
            b.answerAt = i.at;
            b.answerId = i.id;
            ++answers;
        }
        if (hold && answers > 0)
            m_held.insert(i.id, Held{i, answers});
    }

    void release(qint64 id)
    {
        const auto it = m_held.find(id);
        if (it != m_held.end() && --it->briefs == 0)
            m_held.erase(it);
    }

    const Profile &m_profile;
    QHash<qint64, const Client *> m_clients;
    ClientZones m_zones;
    QHash<qint64, QList<Brief>> m_briefs;
    QHash<qint64, Held> m_held;
};

bool earlier(const Interaction &a, const Interaction &b)
{
    const qint64 at = a.at.toMSecsSinceEpoch();
    const qint64 bt = b.at.toMSecsSinceEpoch();
    return at < bt || (at == bt && a.id < b.id);
}

// The part of the interaction log the rules read (facts.h), in
// (at, id) order as InteractionStore::list() gives the log. The log, the
// largest table, is never held whole: each row is kept or dropped as it is
// read, in id order, which costs the database nothing, and what is kept is
// sorted here by time, equal times in id order. The briefs are read first:
// which contacts answer them decides what else is kept.
Result<QList<Interaction>> loadInteractions(Database &db, FactsRows::Reader reader, const Profile &profile,
                                            const QList<Client> &clients)
{
    LogChooser chooser(profile, clients);
    {
        auto briefs = FactsRows::select(db.connection(), QStringLiteral(
            "SELECT client_id, at FROM interaction WHERE kind = '%1' AND direction = '%2'")
            .arg(toId(InteractionKind::BriefSent), toId(Direction::Out)), reader);
        if (!briefs)
            return Error{briefs.error()};
        FactsRows &rows = **briefs;
        while (rows.next())
            chooser.addBrief(rows.integer(0), rows.timestamp(1));
        if (auto read = rows.status(); !read)
            return Error{read.error()};
    }
    QList<Interaction> kept;
    auto selected = FactsRows::select(db.connection(), QStringLiteral(
        "SELECT id, client_id, project_id, at, channel, direction, kind, summary, confirmed_on, row_version "
        "FROM interaction ORDER BY id"), reader);
    if (!selected)
        return Error{selected.error()};
    FactsRows &rows = **selected;
    while (rows.next()) {
        Interaction i;
        i.id = rows.integer(0);
        i.clientId = rows.integer(1);
        i.projectId = rows.isNull(2) ? 0 : rows.integer(2);
        i.at = rows.timestamp(3);
        i.channel = rows.enumeration(4, Channel::Email);
        i.direction = rows.enumeration(5, Direction::In);
        i.kind = rows.enumeration(6, InteractionKind::General);
        if (Facts::keepsSummary(i.kind))
            i.summary = rows.text(7);
        i.confirmedOn = rows.date(8);
        // Kept so that a record taken from the facts can be saved (a save
        // names the version it was loaded at).
        i.rowVersion.value = rows.integer(9);
        if (chooser.keep(i))
            kept << std::move(i);
    }
    if (auto read = rows.status(); !read)
        return Error{read.error()};
    kept << chooser.answers();
    kept.squeeze();
    // Read in id order, so (time, id) is the order wanted.
    if (!std::is_sorted(kept.cbegin(), kept.cend(), earlier))
        std::sort(kept.begin(), kept.end(), earlier);
    return kept;
}

// Short texts that repeat across many rows (a currency, the titles of
// stages, the descriptions of revisions: "Prepayment", "Final" in every
// project) held once and shared, instead of once per row.
class SharedTexts
{
public:
    QString operator()(QString text)
    {
        const auto it = m_seen.constFind(text);
        if (it != m_seen.cend())
            return *it;
        m_seen.insert(text);
        return text;
    }

private:
    QSet<QString> m_seen;
};

// What Facts keeps of a project read from ProjectStore: all but the scope.
void leaveOutScope(Project &p)
{
    p.scope = QString();
}

// Every project with its items, stages, revisions and price changes, as
// ProjectStore::list() gives them but for the scope (leaveOutScope();
// tst_reevaluation compares the two), in five statements.
Result<QList<Project>> loadProjects(Database &db, FactsRows::Reader reader)
{
    const QSqlDatabase connection = db.connection();
    QList<Project> projects;
    if (auto sized = reserveRows(db, u"project", projects, reader); !sized)
        return Error{sized.error()};
    QHash<qint64, qsizetype> index;
    index.reserve(projects.capacity());
    SharedTexts shared;
    {
        auto selected = FactsRows::select(connection, QStringLiteral(
            "SELECT id, client_id, title, status, currency, base_price_minor, first_offer_minor, nda, "
            "nda_markup_percent, discount_kind, discount_value, discount_reason, discount_concession, "
            "discount_for_future_orders, estimated_hours, deadline, internal_margin_days, "
            "guarantee_percent, revisions_included, contract_number, contract_date, "
            "contract_term_months, delivered_on, vat_rate_tenths, reverse_charge, row_version FROM project ORDER BY id"),
            reader);
        if (!selected)
            return Error{selected.error()};
        FactsRows &rows = **selected;
        while (rows.next()) {
            Project p;
            p.id = rows.integer(0);
            p.clientId = rows.integer(1);
            p.title = rows.text(2);
            // No scope: no rule reads it (facts.h).
            p.status = rows.enumeration(3, ProjectStatus::Lead);
            p.currency = shared(rows.text(4));
            p.basePriceMinor = rows.integer(5);
            if (!rows.isNull(6))
                p.firstOfferMinor = rows.integer(6);
            p.nda = rows.integer(7) != 0;
            p.ndaMarkupPercent = int(rows.integer(8));
            p.discountKind = rows.enumeration(9, DiscountKind::None);
            p.discountValue = rows.integer(10);
            p.discountReason = rows.text(11);
            p.discountConcession = rows.text(12);
            p.discountForFutureOrders = rows.integer(13) != 0;
            p.estimatedHours = int(rows.integer(14));
            p.deadline = rows.date(15);
            p.internalMarginDays = int(rows.integer(16));
            p.guaranteePercent = int(rows.integer(17));
            p.revisionsIncluded = int(rows.integer(18));
            p.contractNumber = rows.text(19);
            p.contractDate = rows.date(20);
            p.contractTermMonths = int(rows.integer(21));
            p.deliveredOn = rows.date(22);
            if (!rows.isNull(23))
                p.vatRateTenths = int(rows.integer(23));
            p.reverseCharge = rows.integer(24) != 0;
            p.rowVersion.value = rows.integer(25);
            index.insert(p.id, projects.size());
            projects << std::move(p);
        }
        if (auto read = rows.status(); !read)
            return Error{read.error()};
    }
    // Each child row names its project in column 0, the rows of one project
    // together (the statements order by project). A project's children are
    // gathered in one reused list and given to the project in one
    // allocation of their exact size: appended to the project one by one,
    // four stages took three allocations, kept room for five and left the
    // smaller blocks behind as gaps in the heap (23 MB of stages at 10 000
    // clients held 17 MB of them).
    const auto children = [&]<typename Child>(const QString &sql, QList<Child> Project::*member,
                                               const std::function<Child(const FactsRows &)> &make)
        -> Result<void> {
        auto selected = FactsRows::select(connection, sql, reader);
        if (!selected)
            return Error{selected.error()};
        FactsRows &rows = **selected;
        QList<Child> gathered;
        qint64 gatheredFor = 0;
        const auto hand = [&] {
            if (gathered.isEmpty())
                return;
            if (const auto it = index.constFind(gatheredFor); it != index.cend()) {
                QList<Child> &list = projects[*it].*member;
                if (list.isEmpty())
                    list = QList<Child>(gathered.cbegin(), gathered.cend());
                else
                    list << gathered;
            }
            gathered.clear();
        };
        while (rows.next()) {
            if (const qint64 projectId = rows.integer(0); projectId != gatheredFor) {
                hand();
                gatheredFor = projectId;
            }
            gathered << make(rows);
        }
        hand();
        return rows.status();
    };
    auto items = children(QStringLiteral("SELECT project_id, description FROM project_item ORDER BY project_id, position"),
                          &Project::includedItems,
                          std::function<QString(const FactsRows &)>([](const FactsRows &rows) { return rows.text(1); }));
    if (!items)
        return Error{items.error()};
    auto stages = children(QStringLiteral(
        "SELECT project_id, id, position, title, amount_minor, due_on, work_started_on, paid_on, paid_minor "
        "FROM stage ORDER BY project_id, position"),
        &Project::stages,
        std::function<PaymentStage(const FactsRows &)>([&shared](const FactsRows &rows) {
            PaymentStage s;
            s.projectId = rows.integer(0);
            s.id = rows.integer(1);
            s.position = int(rows.integer(2));
            s.title = shared(rows.text(3));
            s.amountMinor = rows.integer(4);
            s.dueOn = rows.date(5);
            s.workStartedOn = rows.date(6);
            s.paidOn = rows.date(7);
            s.paidMinor = rows.integer(8);
            return s;
        }));
    if (!stages)
        return Error{stages.error()};
    auto revisions = children(QStringLiteral(
        "SELECT project_id, id, requested_on, description, kind, charge_minor "
        "FROM revision ORDER BY project_id, requested_on, id"),
        &Project::revisions,
        std::function<Revision(const FactsRows &)>([&shared](const FactsRows &rows) {
            Revision r;
            r.projectId = rows.integer(0);
            r.id = rows.integer(1);
            r.requestedOn = rows.date(2);
            r.description = shared(rows.text(3));
            r.kind = rows.enumeration(4, RevisionKind::Round);
            r.chargeMinor = rows.integer(5);
            return r;
        }));
    if (!revisions)
        return Error{revisions.error()};
    auto changes = children(QStringLiteral(
        "SELECT project_id, id, effective_on, new_price_minor, announced_on, note "
        "FROM price_change ORDER BY project_id, effective_on, id"),
        &Project::priceChanges,
        std::function<PriceChange(const FactsRows &)>([](const FactsRows &rows) {
            PriceChange c;
            c.projectId = rows.integer(0);
            c.id = rows.integer(1);
            c.effectiveOn = rows.date(2);
            c.newPriceMinor = rows.integer(3);
            c.announcedOn = rows.date(4);
            c.note = rows.text(5);
            return c;
        }));
    if (!changes)
        return Error{changes.error()};
    return projects;
}

} // namespace

Result<Facts> Facts::load(Database &db)
{
    return loadFacts(db, FactsRows::readerFor(db.connection()));
}

Result<Facts> loadFacts(Database &db, FactsRows::Reader rowReader)
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
        auto projects = loadProjects(db, rowReader);
        if (!projects)
            return Error{projects.error()};
        facts.projects = std::move(projects).value();
        auto interactions = loadInteractions(db, rowReader, facts.profile, facts.clients);
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

bool Facts::keepsSummary(InteractionKind kind)
{
    switch (kind) {
    case InteractionKind::DiscountRequest:
    case InteractionKind::StatusRequest:
    case InteractionKind::FreeTestRequest:
    case InteractionKind::Agreement:
        return true;
    case InteractionKind::General:
    case InteractionKind::BriefSent:
    case InteractionKind::Reminder:
        return false;
    }
    return true;
}

Result<void> Facts::reloadClient(Database &db, qint64 clientId)
{
    Facts fresh;
    // Where the client is in the list now, if it is there.
    qsizetype place = -1;
    for (qsizetype i = 0; i < clients.size() && place < 0; ++i) {
        if (clients.at(i).id == clientId)
            place = i;
    }
    bool wholeList = true;
    auto loaded = db.readTransaction([&]() -> Result<void> {
        // The same name keeps the same place in the name order; anything
        // else (not found, renamed, an error) reads the list again.
        if (place >= 0) {
            if (auto stored = ClientStore(db).get(clientId); stored && stored->name == clients.at(place).name) {
                fresh.clients << std::move(stored).value();
                wholeList = false;
            }
        }
        if (wholeList) {
            auto storedClients = ClientStore(db).list();
            if (!storedClients)
                return Error{storedClients.error()};
            fresh.clients = std::move(storedClients).value();
        }
        auto storedProjects = ProjectStore(db).listForClient(clientId);
        if (!storedProjects)
            return Error{storedProjects.error()};
        fresh.projects = std::move(storedProjects).value();
        for (Project &p : fresh.projects)
            leaveOutScope(p);
        auto storedInteractions = InteractionStore(db).list(clientId);
        if (!storedInteractions)
            return Error{storedInteractions.error()};
        LogChooser chooser(profile, fresh.clients);
        for (const Interaction &i : std::as_const(*storedInteractions)) {
            if (isOutboundBrief(i))
                chooser.addBrief(i.clientId, i.at);
        }
        for (Interaction &i : *storedInteractions) {
            if (!keepsSummary(i.kind))
                i.summary.clear();
            if (chooser.keep(i))
                fresh.interactions << std::move(i);
        }
        fresh.interactions << chooser.answers();
        std::sort(fresh.interactions.begin(), fresh.interactions.end(), earlier);
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

    if (wholeList)
        clients = std::move(fresh.clients);
    else
        clients[place] = std::move(fresh.clients.first());
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
