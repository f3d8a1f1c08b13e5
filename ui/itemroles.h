#pragma once

#include <Qt>

namespace neuvo {

// The custom item roles of every Neuvo model and item widget, in one place
// so that no two roles share a number by accident. Proxies sort and filter
// on these, never on display text.
enum ItemRole {
    // What a column sorts by: case-folded text, a number, a date as a
    // Julian day (a missing date sorts last).
    SortRole = Qt::UserRole + 1,
    // The id of the record a row shows.
    IdRole,
    // The row version of the record as the row shows it (qint64): a
    // deletion names it, so it is refused when someone else saved since.
    RowVersionRole,
    // The text the filter box matches, several fields joined by '\n'.
    FilterTextRole,
    // ProjectStatus as int, for the project list's status filter.
    StatusRole,
    // Dashboard lists: the second line under the main text.
    DetailRole,
    // Dashboard lists: a short text drawn as a coloured pill, and its colour.
    BadgeRole,
    BadgeColorRole,
    // Dashboard lists: what a click opens.
    ClientIdRole,
    ProjectIdRole,
    // The rule id of a finding.
    RuleRole,
    // A file path (a backup in the backup list).
    PathRole,
    // Dashboard lists: the row that opens the whole list (a bool); its
    // RuleRole names the alert group, empty for the client and project lists.
    ShowAllRole,
};

} // namespace neuvo
