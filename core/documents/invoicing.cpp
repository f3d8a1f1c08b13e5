#include "invoicing.h"

#include "invoicedocument.h"
#include "core/storage/invoicestore.h"
#include "core/storage/stores.h"

namespace neuvo {

Result<Invoice> Invoicing::draft(Database &db, qint64 projectId, int stagePosition, const DocumentLanguage &language,
                                 const QDate &date)
{
    const auto project = ProjectStore(db).get(projectId);
    if (!project)
        return Error{project.error()};
    const auto client = ClientStore(db).get(project->clientId);
    if (!client)
        return Error{client.error()};
    const auto profile = ProfileStore(db).load();
    if (!profile)
        return Error{profile.error()};
    return InvoiceDocument::prepare(*profile, *client, *project, stagePosition, language, date);
}

Result<Invoice> Invoicing::issue(Database &db, qint64 projectId, int stagePosition, const DocumentLanguage &language,
                                 const QDate &date)
{
    Invoice invoice;
    auto issued = db.transaction([&]() -> Result<void> {
        auto prepared = draft(db, projectId, stagePosition, language, date);
        if (!prepared)
            return Error{prepared.error()};
        invoice = *prepared;
        return InvoiceStore(db).issue(invoice);
    });
    if (!issued)
        return Error{issued.error()};
    return invoice;
}

Result<PrintableDocument> Invoicing::print(Database &db, const QString &number, const PrintFormat &format)
{
    const auto record = InvoiceStore(db).findByNumber(number);
    if (!record)
        return Error{record.error()};
    return InvoiceDocument::build(record->invoice, format);
}

} // namespace neuvo
