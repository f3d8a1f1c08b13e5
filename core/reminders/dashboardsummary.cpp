#include "dashboardsummary.h"

#include "core/storage/database.h"
#include "core/storage/sqlstatement.h"

using namespace Qt::StringLiterals;

namespace neuvo {

Result<std::optional<DashboardSummary>> DashboardSummaryStore::load() const
{
    SqlStatement totals(m_db.connection(), u"SELECT evaluated_on, alerts, clients_to_watch, projects_in_progress "
                                           u"FROM dashboard_summary WHERE id = 1"_s);
    if (auto r = totals.exec(); !r)
        return Error{r.error()};
    if (!totals.next())
        return std::optional<DashboardSummary>();
    DashboardSummary summary;
    summary.evaluatedOn = QDate::fromString(totals.value(0).toString(), Qt::ISODate);
    summary.alerts = totals.value(1).toInt();
    summary.clientsToWatch = totals.value(2).toInt();
    summary.projectsInProgress = totals.value(3).toInt();

    SqlStatement groups(m_db.connection(), u"SELECT rule, count FROM dashboard_summary_group ORDER BY position"_s);
    if (auto r = groups.exec(); !r)
        return Error{r.error()};
    while (groups.next())
        summary.groups.append({groups.value(0).toString(), groups.value(1).toInt()});
    return std::optional<DashboardSummary>(std::move(summary));
}

Result<void> DashboardSummaryStore::save(const DashboardSummary &summary)
{
    return m_db.transaction([&]() -> Result<void> {
        SqlStatement totals(m_db.connection(),
                            u"INSERT INTO dashboard_summary (id, evaluated_on, alerts, clients_to_watch, "
                            u"projects_in_progress) VALUES (1, :on, :alerts, :clients, :projects) "
                            u"ON CONFLICT (id) DO UPDATE SET evaluated_on = excluded.evaluated_on, "
                            u"alerts = excluded.alerts, clients_to_watch = excluded.clients_to_watch, "
                            u"projects_in_progress = excluded.projects_in_progress"_s);
        totals.bind(u":on"_s, summary.evaluatedOn.toString(Qt::ISODate))
            .bind(u":alerts"_s, summary.alerts)
            .bind(u":clients"_s, summary.clientsToWatch)
            .bind(u":projects"_s, summary.projectsInProgress);
        if (auto r = totals.exec(); !r)
            return r;
        SqlStatement clear(m_db.connection(), u"DELETE FROM dashboard_summary_group"_s);
        if (auto r = clear.exec(); !r)
            return r;
        int position = 0;
        for (const auto &[rule, count] : summary.groups) {
            SqlStatement group(m_db.connection(), u"INSERT INTO dashboard_summary_group (rule, position, count) "
                                                  u"VALUES (:rule, :position, :count)"_s);
            group.bind(u":rule"_s, rule).bind(u":position"_s, position++).bind(u":count"_s, count);
            if (auto r = group.exec(); !r)
                return r;
        }
        return {};
    });
}

} // namespace neuvo
