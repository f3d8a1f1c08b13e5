#pragma once

#include "database.h"
#include "sqlstatement.h"
#include "core/domain/domain.h"
#include "core/domain/negotiationstats.h"
#include "core/domain/result.h"

#include <QCoreApplication>
#include <QList>

namespace neuvo {

// One store per aggregate. Stores are the only classes (besides Database)
// that run SQL; every value is bound, every multi-row change is one
// transaction, and list() loads a whole table with a fixed number of queries
// whatever the number of records.

class ProfileStore final
{
    Q_DECLARE_TR_FUNCTIONS(ProfileStore)

public:
    explicit ProfileStore(Database &db) : m_db(db) {}
    // The rules a stored profile obeys (currency, VAT rate, VAT id, IBAN,
    // BIC, payment term, rush surcharge), with messages naming the field.
    // field, when given, receives its id ("currency", "vat_rate", "vat_id",
    // "iban", "bic", "payment_days", "rush_surcharge") so a form can put the
    // cursor there.
    static Result<void> validate(const Profile &profile, QString *field = nullptr);
    Result<Profile> load() const;
    Result<void> save(Profile &profile);

private:
    Database &m_db;
};

class ClientStore final
{
    Q_DECLARE_TR_FUNCTIONS(ClientStore)

public:
    // What happens to a client's projects when the client is deleted.
    enum class ProjectsOnDelete { Refuse, DeleteThem };

    explicit ClientStore(Database &db) : m_db(db) {}

    // What a client typed in by hand must be, with messages naming the
    // field: a name, an e-mail address that looks like one (or none), at
    // least one contact day, a time zone Qt knows, a Finnish business id
    // or VAT id with the right check digit. field, when given, receives the
    // field's id ("name", "email", "contact_days", "time_zone",
    // "business_id", "vat_id") so a form can put the cursor there. create()
    // and update() only insist on the name and the business and VAT ids
    // (which no older file has), so older imports still load.
    static Result<void> validate(const Client &client, QString *field = nullptr);

    // Inserts and sets client.id; a non-zero id is kept (used by import).
    Result<void> create(Client &client);
    Result<Client> get(qint64 id) const;
    Result<void> update(Client &client);
    // The client's interactions, promises and observations go with it.
    Result<void> remove(qint64 id, ProjectsOnDelete projects = ProjectsOnDelete::Refuse);
    Result<QList<Client>> list() const;
    Result<int> projectCount(qint64 clientId) const;
    Result<int> count() const;

private:
    Database &m_db;
    // The inserts of create(), prepared once per store: an import creates
    // thousands of records through one store.
    StatementCache m_statements;
};

// A project is stored with its included items, payment stages, revisions and
// planned price changes; create() and update() write them all in one
// transaction and refuse a project whose stages do not sum to its total.
class ProjectStore final
{
    Q_DECLARE_TR_FUNCTIONS(ProjectStore)

public:
    explicit ProjectStore(Database &db) : m_db(db) {}

    // The rules a stored project obeys, with messages naming the field.
    static Result<void> validate(const Project &project);

    // Sets the ids of the project and of its new children.
    Result<void> create(Project &project);
    Result<Project> get(qint64 id) const;
    Result<void> update(Project &project);
    Result<void> remove(qint64 id);
    Result<QList<Project>> list() const;
    Result<QList<Project>> listForClient(qint64 clientId) const;

    // Payment and progress of one stage (amounts and order change only
    // through update() of the whole project).
    Result<void> recordStageProgress(qint64 stageId, const QDate &workStartedOn,
                                     const QDate &paidOn, qint64 paidMinor);
    Result<void> addRevision(Revision &revision);
    Result<void> updateRevision(const Revision &revision);
    Result<void> removeRevision(qint64 revisionId);

private:
    Result<QList<Project>> load(qint64 projectId, qint64 clientId) const;
    Result<void> writeChildren(Project &project);

    Database &m_db;
    // The inserts of create(), prepared once per store: an import creates
    // thousands of records through one store.
    StatementCache m_statements;
};

class InteractionStore final
{
    Q_DECLARE_TR_FUNCTIONS(InteractionStore)

public:
    explicit InteractionStore(Database &db) : m_db(db) {}
    // What a newly logged interaction must have: when it happened and what
    // was said (the follow-up letter is written from the summary).
    static Result<void> validate(const Interaction &interaction);
    Result<void> create(Interaction &interaction);
    Result<Interaction> get(qint64 id) const;
    Result<void> update(Interaction &interaction);
    Result<void> remove(qint64 id);
    // All interactions (clientId 0) or one client's, oldest first.
    Result<QList<Interaction>> list(qint64 clientId = 0) const;
    // The days of each project's log that the statistics read
    // (NegotiationStats::logDays() of list(), counted by the database).
    Result<NegotiationStats::ProjectLogDays> projectLogDays() const;

private:
    Database &m_db;
    // The inserts of create(), prepared once per store: an import creates
    // thousands of records through one store.
    StatementCache m_statements;
};

class PromiseStore final
{
    Q_DECLARE_TR_FUNCTIONS(PromiseStore)

public:
    explicit PromiseStore(Database &db) : m_db(db) {}
    Result<void> create(Promise &promise);
    Result<Promise> get(qint64 id) const;
    Result<void> update(Promise &promise);
    Result<void> remove(qint64 id);
    Result<QList<Promise>> list(qint64 clientId = 0) const;

private:
    Database &m_db;
    // The inserts of create(), prepared once per store: an import creates
    // thousands of records through one store.
    StatementCache m_statements;
};

class ObservationStore final
{
    Q_DECLARE_TR_FUNCTIONS(ObservationStore)

public:
    explicit ObservationStore(Database &db) : m_db(db) {}
    Result<void> create(Observation &observation);
    // Ticks a pattern on a client: create(), refused while an observation of
    // the same pattern on that client stands (not withdrawn).
    Result<void> observe(Observation &observation);
    Result<Observation> get(qint64 id) const;
    Result<void> update(Observation &observation);
    // Withdrawing keeps the record with the date; remove() deletes it.
    // Refused when it is withdrawn already.
    Result<void> withdraw(qint64 id, const QDate &on);
    Result<void> remove(qint64 id);
    Result<QList<Observation>> list(qint64 clientId = 0) const;

private:
    Database &m_db;
    // The inserts of create(), prepared once per store: an import creates
    // thousands of records through one store.
    StatementCache m_statements;
};

} // namespace neuvo
