#include "clientdetailmodels.h"

#include "ui/itemroles.h"
#include "core/domain/pricing.h"
#include "ui/widgets/riskbadge.h"
#include "ui/widgets/warning.h"

#include <QColor>
#include <QLocale>
#include <QTimeZone>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace neuvo {

namespace {

QString shortDate(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
}

// Dates sort as Julian day numbers; a missing date sorts last.
qint64 dateKey(const QDate &date)
{
    return date.isValid() ? date.toJulianDay() : std::numeric_limits<qint64>::max();
}

} // namespace

QString shortTimeFormat(const QLocale &locale)
{
    QString format = locale.timeFormat(QLocale::ShortFormat);
    format.remove(u":ss"_s).remove(u".ss"_s);
    return format;
}

QString shortDateTimeText(const QDateTime &dateTime, const QLocale &locale)
{
    if (!dateTime.isValid())
        return {};
    return locale.toString(dateTime.date(), QLocale::ShortFormat) + u' '
        + locale.toString(dateTime.time(), shortTimeFormat(locale));
}

QColor severityColor(neuvo::Severity severity)
{
    switch (severity) {
    case neuvo::Severity::Info: return QColor(0x60, 0x7d, 0x8b);
    case neuvo::Severity::Warning: return riskColor(RiskLevel::Caution);
    case neuvo::Severity::High: return riskColor(RiskLevel::Decline);
    }
    return {};
}

// ---- ClientProjectsModel ----

ClientProjectsModel::ClientProjectsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ClientProjectsModel::setProjects(const QList<Project> &projects, const QDate &today)
{
    const QLocale locale;
    QList<Row> rows;
    rows.reserve(projects.size());
    for (const Project &p : projects) {
        Row row;
        row.id = p.id;
        row.title = p.title;
        row.status = p.status;
        if (const auto price = Pricing::compute(p)) {
            row.totalMinor = price->total.minor();
            row.totalText = price->total.format(locale);
        }
        if (const PaymentStage *s = p.nextStage()) {
            row.nextDue = s->dueOn;
            const QString owed = p.money(s->unpaidMinor()).format(locale);
            row.nextDueText = s->dueOn.isValid() ? tr("%1 · %2").arg(shortDate(s->dueOn), owed) : owed;
            row.overdue = s->isOverdue(today, p.status);
        }
        rows << std::move(row);
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int ClientProjectsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ClientProjectsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClientProjectsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Title: return row.title;
        case Status: return displayName(row.status);
        case Total: return row.totalText;
        case NextDue: return row.nextDueText;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == NextDue && row.overdue)
            return tr("Overdue");
        if (index.column() == Title)
            return row.title;
        break;
    case Qt::ForegroundRole:
        if (index.column() == NextDue && row.overdue)
            return warningColor();
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == Total)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case SortRole:
        switch (index.column()) {
        case Title: return row.title.toCaseFolded();
        case Status: return int(row.status);
        case Total: return row.totalMinor;
        case NextDue: return dateKey(row.nextDue);
        }
        break;
    case IdRole:
        return row.id;
    }
    return {};
}

QVariant ClientProjectsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Title: return tr("Project");
    case Status: return tr("Status");
    case Total: return tr("Total");
    case NextDue: return tr("Next stage due");
    }
    return {};
}

// ---- InteractionTableModel ----

InteractionTableModel::InteractionTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void InteractionTableModel::setInteractions(QList<Interaction> interactions, const QString &clientZone)
{
    std::stable_sort(interactions.begin(), interactions.end(),
                     [](const Interaction &a, const Interaction &b) {
                         return a.at != b.at ? a.at > b.at : a.id > b.id;
                     });
    beginResetModel();
    m_rows = std::move(interactions);
    m_zone = clientZone;
    endResetModel();
}

int InteractionTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int InteractionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InteractionTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Interaction &i = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case When: return shortDateTimeText(i.at.toLocalTime(), QLocale());
        case Channel: return displayName(i.channel);
        case Direction: return displayName(i.direction);
        case Kind: return displayName(i.kind);
        case Summary: return i.summary;
        case Confirmed: return shortDate(i.confirmedOn);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == When) {
            // Boundaries are agreed in the client's zone: show their clock too.
            const QTimeZone zone(m_zone.toUtf8());
            if (zone.isValid())
                return tr("%1 in the client's time zone (%2)")
                    .arg(shortDateTimeText(i.at.toTimeZone(zone), QLocale()), m_zone);
        }
        if (index.column() == Summary)
            return i.summary;
        break;
    case SortRole:
        switch (index.column()) {
        case When: return i.at.toMSecsSinceEpoch();
        case Channel: return int(i.channel);
        case Direction: return int(i.direction);
        case Kind: return int(i.kind);
        case Summary: return i.summary.toCaseFolded();
        case Confirmed: return dateKey(i.confirmedOn);
        }
        break;
    case IdRole:
        return i.id;
    case RowVersionRole:
        return i.rowVersion.value;
    }
    return {};
}

QVariant InteractionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case When: return tr("When");
    case Channel: return tr("Channel");
    case Direction: return tr("Direction");
    case Kind: return tr("Kind");
    case Summary: return tr("Summary");
    case Confirmed: return tr("Confirmed");
    }
    return {};
}

// ---- PromiseTableModel ----

PromiseTableModel::PromiseTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void PromiseTableModel::setPromises(QList<Promise> promises, const QDate &today)
{
    // Open promises first, soonest due first; kept ones after them.
    std::stable_sort(promises.begin(), promises.end(), [](const Promise &a, const Promise &b) {
        if (a.doneOn.isValid() != b.doneOn.isValid())
            return !a.doneOn.isValid();
        if (a.doneOn.isValid())
            return a.doneOn > b.doneOn;
        return a.dueOn < b.dueOn;
    });
    beginResetModel();
    m_rows = std::move(promises);
    m_today = today;
    endResetModel();
}

int PromiseTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PromiseTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags PromiseTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == Done && m_checkable)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant PromiseTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Promise &p = m_rows.at(index.row());
    const bool overdue = !p.doneOn.isValid() && p.dueOn.isValid() && p.dueOn <= m_today;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case What: return p.what;
        case Due: return shortDate(p.dueOn);
        case DoneOn: return shortDate(p.doneOn);
        }
        break;
    case Qt::CheckStateRole:
        if (index.column() == Done)
            return p.doneOn.isValid() ? Qt::Checked : Qt::Unchecked;
        break;
    case Qt::AccessibleTextRole:
        if (index.column() == Done)
            return p.doneOn.isValid() ? tr("Kept") : tr("Open");
        break;
    case Qt::ForegroundRole:
        if (index.column() == Due && overdue)
            return warningColor();
        break;
    case Qt::ToolTipRole:
        if (index.column() == Due && overdue)
            return p.dueOn < m_today ? tr("Overdue") : tr("Due today");
        if (index.column() == What)
            return p.what;
        break;
    case SortRole:
        switch (index.column()) {
        case Done: return p.doneOn.isValid();
        case What: return p.what.toCaseFolded();
        case Due: return dateKey(p.dueOn);
        case DoneOn: return dateKey(p.doneOn);
        }
        break;
    case IdRole:
        return p.id;
    case RowVersionRole:
        return p.rowVersion.value;
    }
    return {};
}

bool PromiseTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || index.column() != Done || role != Qt::CheckStateRole)
        return false;
    const bool done = value.value<Qt::CheckState>() == Qt::Checked;
    const Promise &p = m_rows.at(index.row());
    if (done == p.doneOn.isValid())
        return false;
    // The receiver stores the change and reloads the model.
    emit doneToggled(p.id, done);
    return true;
}

QVariant PromiseTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Done: return tr("Kept");
    case What: return tr("Promise");
    case Due: return tr("Due");
    case DoneOn: return tr("Kept on");
    }
    return {};
}

// ---- FindingTableModel ----

FindingTableModel::FindingTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void FindingTableModel::setFindings(QList<Finding> findings)
{
    beginResetModel();
    m_rows = std::move(findings);
    endResetModel();
}

int FindingTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FindingTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FindingTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Finding &f = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Severity: return displayName(f.severity);
        case Kind: return displayName(f.kind);
        case Date: return shortDate(f.date);
        case Evidence: return f.evidence.toString();
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == Severity)
            return severityColor(f.severity);
        break;
    case Qt::ToolTipRole:
        if (index.column() == Evidence)
            return f.evidence.toString();
        break;
    case SortRole:
        switch (index.column()) {
        case Severity: return int(f.severity);
        case Kind: return int(f.kind);
        case Date: return dateKey(f.date);
        case Evidence: return f.evidence.toString().toCaseFolded();
        }
        break;
    case IdRole:
        return f.projectId;
    }
    return {};
}

QVariant FindingTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Severity: return tr("Severity");
    case Kind: return tr("Kind");
    case Date: return tr("Date");
    case Evidence: return tr("Evidence");
    }
    return {};
}

} // namespace neuvo
