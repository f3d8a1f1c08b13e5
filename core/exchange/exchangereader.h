#pragma once

#include "invoiceexchange.h"
#include "jsonreader.h"

#include <QHash>
#include <QList>

// The exchange document read into records: every value checked, ids
// unique, references resolved, every problem named by its JSON path.
// Internal to neuvo_exchange.
namespace neuvo::exchangedoc {

// Ids must be unique per kind of record across the whole file, so that they
// can be kept as they are when importing into an empty database.
class IdRegistry
{
public:
    explicit IdRegistry(Problems &problems) : m_problems(problems) {}

    bool claim(qint64 id, const QString &idPath)
    {
        const auto it = m_seen.constFind(id);
        if (it != m_seen.cend()) {
            m_problems.add(idPath, Exchange::tr("id %1 is used twice (also at %2)").arg(id).arg(it.value()));
            return false;
        }
        m_seen.insert(id, idPath.chopped(3)); // the record's path, without ".id"
        return true;
    }
    bool contains(qint64 id) const { return m_seen.contains(id); }

private:
    Problems &m_problems;
    QHash<qint64, QString> m_seen;
};

struct ClientRecord
{
    Client client;
    QList<Observation> observations;
    QList<Interaction> interactions;
    QList<Promise> promises;
};

// A reference from an interaction or promise to a project, checked once all
// projects are read.
struct ProjectReference
{
    QString path;
    qint64 projectId = 0;
};

struct Document
{
    std::optional<Profile> profile;
    QList<ClientRecord> clients;
    QList<Project> projects;
    QList<InvoiceExchange::FileInvoice> invoices;
};

// path[index]
QString element(const QString &path, qsizetype index);

// Calls read(reader) for every element of an array of objects; false when
// an element was not an object.
template<typename Fn>
inline bool forEachObject(Problems &problems, const QString &path, const QJsonArray &array, Fn read)
{
    bool ok = true;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString itemPath = element(path, i);
        if (!array.at(i).isObject()) {
            problems.add(itemPath, Exchange::tr("expected %1, not %2")
                                       .arg(Exchange::tr("an object"), jsonTypeName(array.at(i))));
            ok = false;
            continue;
        }
        ObjectReader reader(problems, itemPath, array.at(i).toObject());
        read(reader);
        reader.finish();
    }
    return ok;
}

// Reads a whole "neuvo/2" (or "neuvo/1") document. Problems go to `problems`; the document
// is only meant to be written when there are none.
class DocumentReader final
{
public:
    explicit DocumentReader(Problems &problems);

    Document read(const QJsonObject &root);

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
    void checkReferences();

    Problems &m_problems;
    Document m_document;
    IdRegistry m_clientIds;
    IdRegistry m_projectIds;
    IdRegistry m_observationIds;
    IdRegistry m_interactionIds;
    IdRegistry m_promiseIds;
    IdRegistry m_stageIds;
    IdRegistry m_revisionIds;
    IdRegistry m_priceChangeIds;
    QList<ProjectReference> m_references;
    bool m_clientsReadable = true;
    int m_version = 2;
    InvoiceExchange::FileRecords m_fileRecords;
    bool m_version1 = false; // a "neuvo/1" document
};

} // namespace neuvo::exchangedoc
