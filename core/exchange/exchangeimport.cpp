#include "exchange.h"
#include "jsonstrict.h"

#include "exchangereader.h"
#include "core/storage/stores.h"

#include <QJsonDocument>
#include <QJsonParseError>

// Importing an exchange document: read and check all of it, then write it
// in one transaction.

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

Result<void> write(Database &db, Document &doc, bool keepIds, Exchange::ImportSummary &summary)
{
    // A store error here means validation missed something: name the record.
    const auto at = [](const QString &path, const QString &message) {
        return fail(path + u": "_s + message);
    };
    summary = {};
    if (keepIds && doc.profile) {
        // The imported profile replaces the stored one whatever its version:
        // versions are not part of the exchange format.
        ProfileStore profiles(db);
        const auto stored = profiles.load();
        if (!stored)
            return at(u"profile"_s, stored.error());
        doc.profile->rowVersion = stored->rowVersion;
        if (auto r = profiles.save(*doc.profile); !r)
            return at(u"profile"_s, r.error());
        summary.profileApplied = true;
    }

    QHash<qint64, qint64> clientIds;
    ClientStore clients(db);
    for (qsizetype i = 0; i < doc.clients.size(); ++i) {
        Client &c = doc.clients[i].client;
        const qint64 fileId = c.id;
        if (!keepIds)
            c.id = 0;
        if (auto r = clients.create(c); !r)
            return at(element(u"clients"_s, i), r.error());
        clientIds.insert(fileId, c.id);
        ++summary.clients;
    }

    QHash<qint64, qint64> projectIds;
    QHash<qint64, qint64> stageIds;
    ProjectStore projects(db);
    for (qsizetype i = 0; i < doc.projects.size(); ++i) {
        Project &p = doc.projects[i];
        const qint64 fileId = p.id;
        QList<qint64> fileStageIds;
        for (const PaymentStage &s : std::as_const(p.stages))
            fileStageIds << s.id;
        p.clientId = clientIds.value(p.clientId);
        if (!keepIds) {
            p.id = 0;
            for (PaymentStage &s : p.stages)
                s.id = 0;
            for (Revision &r : p.revisions)
                r.id = 0;
            for (PriceChange &c : p.priceChanges)
                c.id = 0;
        }
        if (auto r = projects.create(p); !r)
            return at(element(u"projects"_s, i), r.error());
        projectIds.insert(fileId, p.id);
        for (qsizetype n = 0; n < p.stages.size() && n < fileStageIds.size(); ++n)
            stageIds.insert(fileStageIds.at(n), p.stages.at(n).id);
        ++summary.projects;
    }

    ObservationStore observations(db);
    InteractionStore interactions(db);
    PromiseStore promises(db);
    for (qsizetype i = 0; i < doc.clients.size(); ++i) {
        ClientRecord &record = doc.clients[i];
        const QString path = element(u"clients"_s, i);
        const qint64 clientId = record.client.id;
        for (Observation &o : record.observations) {
            o.clientId = clientId;
            if (!keepIds)
                o.id = 0;
            if (auto r = observations.create(o); !r)
                return at(path + u".observations"_s, r.error());
            ++summary.observations;
        }
        for (Interaction &x : record.interactions) {
            x.clientId = clientId;
            x.projectId = x.projectId > 0 ? projectIds.value(x.projectId) : 0;
            if (!keepIds)
                x.id = 0;
            if (auto r = interactions.create(x); !r)
                return at(path + u".interactions"_s, r.error());
            ++summary.interactions;
        }
        for (Promise &p : record.promises) {
            p.clientId = clientId;
            p.projectId = p.projectId > 0 ? projectIds.value(p.projectId) : 0;
            if (!keepIds)
                p.id = 0;
            if (auto r = promises.create(p); !r)
                return at(path + u".promises"_s, r.error());
            ++summary.promises;
        }
    }
    const auto invoices = InvoiceExchange::insert(db, doc.invoices, keepIds, clientIds, projectIds, stageIds);
    if (!invoices)
        return Error{invoices.error()};
    summary.invoices = *invoices;
    return {};
}

} // namespace

Result<Exchange::ImportSummary> Exchange::importJson(Database &db, const QByteArray &json)
{
    if (auto strict = JsonStrictness::check(json); !strict)
        return Error{strict.error()};
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(tr("JSON syntax error at offset %1: %2").arg(parseError.offset).arg(parseError.errorString()));
    if (!document.isObject())
        return fail(tr("The file is not a Neuvo exchange document: it must be a JSON object."));

    Problems problems;
    Document doc = DocumentReader(problems).read(document.object());
    if (!problems.isEmpty())
        return fail(problems.message());

    ImportSummary summary;
    auto written = db.transaction([&]() -> Result<void> {
        // Decided inside the transaction so no other writer can slip a
        // record in between the check and the inserts.
        auto empty = isEmpty(db);
        if (!empty)
            return Error{empty.error()};
        return write(db, doc, *empty, summary);
    });
    if (!written)
        return Error{written.error()};
    return summary;
}

} // namespace neuvo
