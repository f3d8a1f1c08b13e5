#pragma once

#include "core/domain/result.h"
#include "core/storage/database.h"

#include <QDate>

namespace neuvo::bench {

// A freelancer's database of any size for the benchmarks: per client five
// projects of four payment stages and fifty interactions (10 000 clients give
// 50 000 projects, 200 000 stages and 500 000 interactions). Most clients are
// fine; about one in eight has overdue stages and one in twelve behaves
// toxically (discount and free-test requests, messages at night, out-of-scope
// revisions), so the rules find what they would find in a real file. The
// same clients, seed and today give the same records, written through the
// stores (so they obey every rule an edit obeys) in one transaction.
struct SampleShape
{
    int clients = 1000;
    quint32 seed = 1;
    QDate today;
};

Result<void> fillSample(Database &db, const SampleShape &shape);

} // namespace neuvo::bench
