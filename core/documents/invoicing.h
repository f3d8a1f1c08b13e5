#pragma once

#include "documentlanguage.h"
#include "documents.h"
#include "core/domain/invoice.h"
#include "core/domain/result.h"

#include <QCoreApplication>
#include <QDate>

namespace neuvo {

class Database;

// Invoicing from what is stored, the one way the desktop and neuvo-cli do
// it: the project, its client and the profile are read and the stage's
// invoice is prepared (InvoiceDocument::prepare); issuing then numbers and
// stores it in the same transaction, so nothing can change in between.
class Invoicing final
{
    Q_DECLARE_TR_FUNCTIONS(Invoicing)

public:
    // The stage's invoice as it would be issued on `date`, without a number.
    static Result<Invoice> draft(Database &db, qint64 projectId, int stagePosition, const DocumentLanguage &language,
                                 const QDate &date);
    // Issues the stage's invoice on `date`: its number, references and
    // everything it prints are stored for good.
    static Result<Invoice> issue(Database &db, qint64 projectId, int stagePosition, const DocumentLanguage &language,
                                 const QDate &date);
    // An issued invoice or credit note, printed from what was stored, on
    // the paper and with the date style asked for.
    static Result<PrintableDocument> print(Database &db, const QString &number, const PrintFormat &format = {});
};

} // namespace neuvo
