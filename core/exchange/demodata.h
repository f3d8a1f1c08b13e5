#pragma once

#include "core/storage/database.h"
#include "core/domain/result.h"

#include <QCoreApplication>
#include <QDate>

namespace neuvo {

// The realistic sample behind `neuvo-cli demo` and the GUI's first run:
// several clients in different states, one of them clearly toxic. Dates are
// placed relative to `today` so the sample always has something due.
class DemoData final
{
    Q_DECLARE_TR_FUNCTIONS(DemoData)

public:
    // Refuses a database that already has clients; writes in one transaction.
    static Result<void> fill(Database &db, const QDate &today);
};

} // namespace neuvo
