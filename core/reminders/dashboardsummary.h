#pragma once

#include "core/domain/result.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace neuvo {

class Database;

// The dashboard's counts as they were when the window last closed: what
// the next start shows at once, marked as last session's, while the rules
// are evaluated again. A handful of numbers, one per alert group at most,
// so it stays small however large the file grows.
struct DashboardSummary
{
    QDate evaluatedOn; // the day the rules gave these counts
    int alerts = 0;
    int clientsToWatch = 0;
    int projectsInProgress = 0;
    // Each alert group by the rule that leads it, with its count, in the
    // dashboard's order.
    QList<std::pair<QString, int>> groups;

    friend bool operator==(const DashboardSummary &, const DashboardSummary &) = default;
};

// Kept in the database (tables dashboard_summary and
// dashboard_summary_group), beside the records it sums up, so each file
// shows its own. Not a record: the exchange format leaves it out.
class DashboardSummaryStore final
{
public:
    explicit DashboardSummaryStore(Database &db) : m_db(db) {}

    // The summary last saved; none in a file never closed with one.
    Result<std::optional<DashboardSummary>> load() const;
    // Replaces the saved summary, in one transaction.
    Result<void> save(const DashboardSummary &summary);

private:
    Database &m_db;
};

} // namespace neuvo
