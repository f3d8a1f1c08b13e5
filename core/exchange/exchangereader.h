#pragma once

#include "invoiceexchange.h"
#include "jsonreader.h"
#include "jsonstrict.h"

#include <QHash>
#include <QList>

// The exchange document read into records: every value checked, ids
// unique, references resolved, every problem named by its JSON path.
// Internal to neuvo_exchange.
namespace neuvo::exchangedoc {

// Ids must be unique per kind of record across the whole file, so that they
// can be kept as they are when importing into an empty database. Where an
// id was first seen is kept as two indices rather than as its path, since a
// large file has hundreds of thousands of ids.
class IdRegistry
{
public:
    // The records are at base[i], or at base[i].child[j] when child is set.
    IdRegistry(Problems &problems, QString base, QString child = {})
        : m_problems(problems)
        , m_base(std::move(base))
        , m_child(std::move(child))
    {
    }

    bool claim(qint64 id, const QString &idPath);

private:
    QString recordPath(qint64 location) const;

    Problems &m_problems;
    QString m_base;
    QString m_child;
    QHash<qint64, qint64> m_seen; // id → where: outer index << 32 | inner index
};

struct ClientRecord
{
    Client client;
    QList<Observation> observations;
    QList<Interaction> interactions;
    QList<Promise> promises;
};

// What the reader hands on as soon as a client (with its observations,
// interactions and promises) or a project has been read without a problem,
// so that it can be written and forgotten.
class RecordSink
{
public:
    virtual ~RecordSink() = default;
    virtual void client(ClientRecord &record, const QString &path) = 0;
    virtual void project(Project &project, const QString &path) = 0;
};

// The small parts of a document, kept until the end of the read.
struct Document
{
    std::optional<Profile> profile;
    QList<InvoiceExchange::FileInvoice> invoices;
};

// path[index]
QString element(const QString &path, qsizetype index);

// Calls read(reader) for every element of an array of objects; false when
// an element was not an object.
template<typename Fn>
inline bool forEachObject(Problems &problems, const QString &path, const JsonNode &array, Fn read)
{
    bool ok = true;
    for (qsizetype i = 0; i < qsizetype(array.elements.size()); ++i) {
        const QString itemPath = element(path, i);
        const JsonNode &item = array.elements[size_t(i)];
        if (!item.isObject()) {
            problems.add(itemPath, Exchange::tr("expected %1, not %2")
                                       .arg(Exchange::tr("an object"), jsonTypeName(item.value)));
            ok = false;
            continue;
        }
        ObjectReader reader(problems, itemPath, item);
        read(reader);
        reader.finish();
    }
    return ok;
}

// Reads a "neuvo/2" (or "neuvo/1") document whose clients and projects come
// one at a time (StreamingDocument), with what the first pass found
// (JsonStrictness::scan). Problems go to `problems`; the document is only
// meant to be written when there are none.
class DocumentReader final
{
public:
    DocumentReader(Problems &problems, const JsonStrictness::Shape &shape, RecordSink &sink);

    // The format, first: false, with that the only problem, when it is
    // missing or not one this version reads.
    bool readFormat();
    // One element of "clients" or "projects".
    void readElement(const QString &key, qsizetype index, const JsonNode &value);
    // The rest of the root, once the streamed arrays are done: the profile,
    // the invoices, unknown keys.
    void readRest(const JsonNode &root);

    Document &document() { return m_document; }

private:
    // Keys that came with neuvo/2 are required there; a neuvo/1 file has
    // none of them and gets the defaults.
    bool hasNewKey(ObjectReader &r, const QString &key);
    bool readVatRate(ObjectReader &r, const QString &key, std::optional<int> &out, Nulls nulls);
    bool readProfileTaxes(ObjectReader &r, Profile &p);
    std::optional<Profile> readProfile(ObjectReader &r);
    void readClient(ObjectReader &r);
    bool readObservation(ObjectReader &r, Observation &o);
    bool readInteraction(ObjectReader &r, Interaction &i);
    bool readPromise(ObjectReader &r, Promise &p);
    void readProject(ObjectReader &r);
    bool readDiscount(ObjectReader &d, Project &p);
    bool claimId(ObjectReader &r, IdRegistry &registry, qint64 &id);
    // The project may belong to another client: the database allows it (a
    // project can move to another client), and every export must import.
    // Reported after everything else.
    void checkProjectReference(const QString &path, qint64 projectId);

    Problems &m_problems;
    const JsonStrictness::Shape &m_shape;
    RecordSink &m_sink;
    Document m_document;
    IdRegistry m_clientIds;
    IdRegistry m_projectIds;
    IdRegistry m_observationIds;
    IdRegistry m_interactionIds;
    IdRegistry m_promiseIds;
    IdRegistry m_stageIds;
    IdRegistry m_revisionIds;
    IdRegistry m_priceChangeIds;
    bool m_clientsReadable = true;
    int m_version = 2;
    bool m_version1 = false; // a "neuvo/1" document
};

} // namespace neuvo::exchangedoc
