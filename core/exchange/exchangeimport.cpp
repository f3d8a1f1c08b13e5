#include "exchange.h"
#include "jsonstrict.h"
#include "jsonstream.h"

#include "exchangereader.h"
#include "core/storage/insertbatch.h"
#include "core/storage/sqldialect.h"
#include "core/storage/sqlstatement.h"
#include "core/storage/stores.h"

#include <QBuffer>
#include <QSqlError>
#include <QSqlQuery>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

// Importing an exchange document in two passes over the file, a chunk at a
// time: the first (JsonStrictness::scan) checks that it is strict JSON and
// notes the format and the ids that records refer to; the second reads
// each client and project, checks it, and writes it at once into the open
// transaction, then forgets it. Any problem stops the writing, the reading
// goes on to report every problem, and the transaction is rolled back.

using namespace Qt::StringLiterals;

namespace neuvo {

using namespace exchangedoc;

namespace {

// Empty = nothing the file's ids could collide with.
Result<bool> isEmpty(Database &db)
{
    auto clients = ClientStore(db).count();
    if (!clients)
        return Error{clients.error()};
    if (*clients > 0)
        return false;
    auto projects = ProjectStore(db).list();
    if (!projects)
        return Error{projects.error()};
    return projects->isEmpty();
}

// A record of the file gets the file's id plus the offset of its kind: 0
// into an empty database (the ids are kept), the largest id of its table
// otherwise. So a reference can be followed before the record it names is
// written (export writes "clients", with interactions naming projects,
// before "projects"), and nothing needs a table of old and new ids.
struct IdOffsets
{
    qint64 observation = 0;
    qint64 interaction = 0;
    qint64 promise = 0;
    qint64 revision = 0;
    qint64 priceChange = 0;
    InvoiceExchange::IdOffsets records; // clients, projects, stages, invoices, payments
};

Result<IdOffsets> offsetsAfterExistingIds(Database &db)
{
    IdOffsets o;
    const std::pair<const char *, qint64 *> tables[] = {
        {"client", &o.records.client},          {"project", &o.records.project},
        {"stage", &o.records.stage},            {"invoice", &o.records.invoice},
        {"invoice_payment", &o.records.payment}, {"observation", &o.observation},
        {"interaction", &o.interaction},        {"promise", &o.promise},
        {"revision", &o.revision},              {"price_change", &o.priceChange},
    };
    for (const auto &[table, offset] : tables) {
        SqlStatement st(db.connection(),
                        QStringLiteral("SELECT coalesce(max(id), 0) FROM %1").arg(QLatin1StringView(table)));
        if (auto r = st.exec(); !r)
            return Error{r.error()};
        *offset = st.next() ? st.value(0).toLongLong() : 0;
    }
    return o;
}

// Writes each record the reader hands on, as long as the document has no
// problem so far; after the first one it only counts on the rollback.
class RecordWriter final : public RecordSink
{
public:
    RecordWriter(Database &db, const Problems &problems, const IdOffsets &offsets, Exchange::ImportSummary &summary)
        : m_problems(problems)
        , m_offsets(offsets)
        , m_summary(summary)
        , m_clients(db)
        , m_projects(db)
        , m_observations(db)
        , m_interactions(db)
        , m_promises(db)
        , m_batching(db)
    {
    }

    // Sends the rows still gathered (on a server), a refusal naming its
    // record, and ends the gathering: what the import writes after the
    // records (the profile, the invoices) is refused in its own name.
    Result<void> finish() { return m_batching.finish(); }

    // A store error means validation missed something: it names the record.
    const std::optional<QString> &error() const { return m_error; }
    bool writing() const { return !m_error && m_problems.isEmpty(); }

    void client(ClientRecord &record, const QString &path) override
    {
        if (!writing())
            return;
        if (auto sent = m_batching.startRecord(path); !sent)
            return stopWith(sent.error());
        Client &c = record.client;
        c.id += m_offsets.records.client;
        if (auto r = m_clients.create(c); !r)
            return stop(path, r.error());
        ++m_summary.clients;
        if (!record.observations.isEmpty())
            m_batching.setLabel(path + u".observations"_s);
        for (Observation &o : record.observations) {
            o.clientId = c.id;
            o.id += m_offsets.observation;
            if (auto r = m_observations.create(o); !r)
                return stop(path + u".observations"_s, r.error());
            ++m_summary.observations;
        }
        if (!record.interactions.isEmpty())
            m_batching.setLabel(path + u".interactions"_s);
        for (Interaction &x : record.interactions) {
            x.clientId = c.id;
            if (x.projectId > 0)
                x.projectId += m_offsets.records.project;
            x.id += m_offsets.interaction;
            if (auto r = m_interactions.create(x); !r)
                return stop(path + u".interactions"_s, r.error());
            ++m_summary.interactions;
        }
        if (!record.promises.isEmpty())
            m_batching.setLabel(path + u".promises"_s);
        for (Promise &p : record.promises) {
            p.clientId = c.id;
            if (p.projectId > 0)
                p.projectId += m_offsets.records.project;
            p.id += m_offsets.promise;
            if (auto r = m_promises.create(p); !r)
                return stop(path + u".promises"_s, r.error());
            ++m_summary.promises;
        }
    }

    void project(Project &p, const QString &path) override
    {
        if (!writing())
            return;
        if (auto sent = m_batching.startRecord(path); !sent)
            return stopWith(sent.error());
        p.id += m_offsets.records.project;
        p.clientId += m_offsets.records.client;
        for (PaymentStage &s : p.stages)
            s.id += m_offsets.records.stage;
        for (Revision &r : p.revisions)
            r.id += m_offsets.revision;
        for (PriceChange &c : p.priceChanges)
            c.id += m_offsets.priceChange;
        if (auto r = m_projects.create(p); !r)
            return stop(path, r.error());
        ++m_summary.projects;
    }

private:
    void stop(const QString &path, const QString &message) { m_error = path + u": "_s + message; }
    // A gathered row's refusal names its own record already.
    void stopWith(const QString &message) { m_error = message; }

    const Problems &m_problems;
    const IdOffsets &m_offsets;
    Exchange::ImportSummary &m_summary;
    // Each store prepares its statements once for the whole import.
    ClientStore m_clients;
    ProjectStore m_projects;
    ObservationStore m_observations;
    InteractionStore m_interactions;
    PromiseStore m_promises;
    // On a server the rows go many per statement, not one round trip each.
    InsertBatching m_batching;
    std::optional<QString> m_error;
};

// SQLite evaluates a CHECK of the form `x IN ('a', 'b', 'c')` (three values
// or more) through a temporary table that it creates and drops again for
// every row it checks; with the enumerations of interactions, clients and
// projects that was a third of an import's work. Into an empty SQLite file
// the rows are written without their CHECK constraints and then checked
// all at once, before COMMIT, by quick_check, which evaluates every CHECK of
// every row (one temporary table per list for the whole file). Everything
// else stays as it was: NOT NULL and the column types at each row, the
// foreign keys at COMMIT, and the document's own checks before any write.
// PostgreSQL checks each row as before.
class RowChecksAtEnd
{
    Q_DISABLE_COPY_MOVE(RowChecksAtEnd)

public:
    RowChecksAtEnd(Database &db, bool emptyDatabase)
        : m_db(db)
        , m_deferred(emptyDatabase && SqlDialect::of(db.connection()).isFile())
    {
        if (m_deferred)
            m_deferred = QSqlQuery(m_db.connection()).exec(u"PRAGMA ignore_check_constraints = ON"_s);
    }
    ~RowChecksAtEnd() { restore(); }

    // Every CHECK of every row, once the records are written.
    Result<void> verify()
    {
        if (!m_deferred)
            return {};
        if (!restore())
            return fail(sqlErrorMessage(m_restoreError, m_db.path()));
        QSqlQuery check(m_db.connection());
        if (!check.exec(u"PRAGMA quick_check(25)"_s))
            return fail(sqlErrorMessage(check.lastError(), m_db.path()));
        QStringList problems;
        while (check.next()) {
            if (const QString line = check.value(0).toString(); line != u"ok"_s)
                problems << line;
        }
        if (!problems.isEmpty())
            return fail(Exchange::tr("Nothing was imported: the database refused the records (%1).")
                            .arg(problems.join(u"; "_s)));
        return {};
    }

private:
    bool restore()
    {
        if (!m_deferred)
            return true;
        QSqlQuery on(m_db.connection());
        if (!on.exec(u"PRAGMA ignore_check_constraints = OFF"_s)) {
            m_restoreError = on.lastError();
            return false;
        }
        m_deferred = false;
        return true;
    }

    Database &m_db;
    bool m_deferred = false;
    QSqlError m_restoreError;
};

// Each record is read, written and freed before the next. glibc hands the
// freed top of the heap back to the system as soon as it exceeds 128 KiB and
// takes it again for the next record, a page fault for every page: with
// the records of a large document that costs more than their reading. The
// freed memory is kept while the import runs.
class KeepFreedHeap
{
public:
#if defined(__GLIBC__)
    KeepFreedHeap() { mallopt(M_TRIM_THRESHOLD, 64 * 1024 * 1024); }
    ~KeepFreedHeap()
    {
        mallopt(M_TRIM_THRESHOLD, 128 * 1024); // glibc's default
        malloc_trim(0);
    }
#else
    KeepFreedHeap() = default;
    ~KeepFreedHeap() = default;
#endif
    Q_DISABLE_COPY_MOVE(KeepFreedHeap)
};

Result<Exchange::ImportSummary> importDocument(Database &db, QIODevice &device, const JsonStrictness::Shape &shape)
{
    const KeepFreedHeap keepFreedHeap;
    Exchange::ImportSummary summary;
    auto written = db.transaction([&]() -> Result<void> {
        // Decided inside the transaction so no other writer can slip a
        // record in between the check and the inserts.
        auto empty = isEmpty(db);
        if (!empty)
            return Error{empty.error()};
        IdOffsets offsets;
        if (!*empty) {
            auto after = offsetsAfterExistingIds(db);
            if (!after)
                return Error{after.error()};
            offsets = *after;
        }
        // A record may name one the file holds further on; every reference
        // is checked against the ids of the first pass, and the database
        // checks them again at COMMIT. Reset when the transaction ends.
        {
            // Not prepared: PostgreSQL prepares no SET statement.
            const SqlDialect &dialect = SqlDialect::of(db.connection());
            QSqlQuery defer(db.connection());
            if (!defer.exec(dialect.deferForeignKeysStatement()))
                return fail(sqlErrorMessage(defer.lastError(), db.path(), dialect));
        }

        RowChecksAtEnd rowChecks(db, *empty);
        Problems problems;
        RecordWriter writer(db, problems, offsets, summary);
        DocumentReader reader(problems, shape, writer);
        if (!reader.readFormat())
            return fail(problems.message());
        JsonNode rest;
        const bool read = StreamingDocument::read(
            device, {u"clients"_s, u"projects"_s},
            [&](const QString &key, qsizetype index, const JsonNode &value) { reader.readElement(key, index, value); },
            rest);
        if (!read)
            return fail(Exchange::tr("The file changed while it was being imported."));
        reader.readRest(rest);
        if (!problems.isEmpty())
            return fail(problems.message());
        if (writer.error())
            return fail(*writer.error());
        if (auto sent = writer.finish(); !sent)
            return sent;

        Document &doc = reader.document();
        if (*empty && doc.profile) {
            // The imported profile replaces the stored one whatever its
            // version: versions are not part of the exchange format.
            ProfileStore profiles(db);
            const auto stored = profiles.load();
            if (!stored)
                return fail(u"profile: "_s + stored.error());
            doc.profile->rowVersion = stored->rowVersion;
            if (auto r = profiles.save(*doc.profile); !r)
                return fail(u"profile: "_s + r.error());
            summary.profileApplied = true;
        }
        const InvoiceExchange::FileRecords records{shape.clientIds, shape.projectIds, shape.projectOfStage};
        const auto invoices = InvoiceExchange::insert(db, doc.invoices, records, offsets.records);
        if (!invoices)
            return Error{invoices.error()};
        summary.invoices = *invoices;
        return rowChecks.verify();
    });
    if (!written)
        return Error{written.error()};
    return summary;
}

} // namespace

Result<Exchange::ImportSummary> Exchange::importJson(Database &db, QIODevice &device)
{
    auto shape = JsonStrictness::scan(device);
    if (!shape)
        return Error{shape.error()};
    if (!shape->rootIsObject)
        return fail(tr("The file is not a Neuvo exchange document: it must be a JSON object."));
    return importDocument(db, device, *shape);
}

Result<Exchange::ImportSummary> Exchange::importJson(Database &db, const QByteArray &json)
{
    QByteArray bytes = json; // shared, not copied
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    return importJson(db, buffer);
}

} // namespace neuvo
