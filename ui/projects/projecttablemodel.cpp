#include "projecttablemodel.h"

#include "core/domain/moneytotals.h"
#include "core/domain/pricing.h"

#include "ui/widgets/warning.h"

#include <QBrush>
#include <QLocale>

namespace neuvo {

namespace {

// Null dates sort after every real one, ascending.
qint64 dateSortKey(const QDate &date)
{
    return date.isValid() ? date.toJulianDay() : std::numeric_limits<qint64>::max();
}

} // namespace

ProjectTableModel::ProjectTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ProjectTableModel::setProjects(const QList<Project> &projects, const QHash<qint64, QString> &clientNames,
                                    const QDate &today)
{
    QList<Row> rows;
    rows.reserve(projects.size());
    for (const Project &p : projects) {
        Row row;
        row.id = p.id;
        row.rowVersion = p.rowVersion.value;
        row.clientId = p.clientId;
        row.clientName = clientNames.value(p.clientId);
        row.title = p.title;
        row.contractNumber = p.contractNumber;
        row.status = p.status;
        row.currency = p.currency;
        row.deadline = p.deadline;
        if (const auto price = Pricing::compute(p))
            row.totalMinor = price->total.minor();
        else
            row.priceError = price.error();
        for (const PaymentStage &s : p.stages)
            MoneyTotals::addSaturating(row.paidMinor, s.paidMinor);
        if (const PaymentStage *next = p.nextStage()) {
            row.nextDue = next->dueOn;
            row.overdue = next->isOverdue(today, p.status);
        }
        rows.append(std::move(row));
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int ProjectTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ProjectTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProjectTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case ClientName: return r.clientName;
        case Title: return r.title;
        case Status: return displayName(r.status);
        case Total: return r.totalMinor ? Money(*r.totalMinor, r.currency).format(locale) : tr("invalid price");
        case Paid: return Money(r.paidMinor, r.currency).format(locale);
        case NextDue: return r.nextDue.isValid() ? locale.toString(r.nextDue, QLocale::ShortFormat) : QString();
        case Deadline: return r.deadline.isValid() ? locale.toString(r.deadline, QLocale::ShortFormat) : QString();
        case ColumnCount: break;
        }
        break;
    case SortRole:
        switch (Column(index.column())) {
        case ClientName: return r.clientName.toCaseFolded();
        case Title: return r.title.toCaseFolded();
        case Status: return int(r.status);
        case Total: return r.totalMinor.value_or(-1);
        case Paid: return r.paidMinor;
        case NextDue: return dateSortKey(r.nextDue);
        case Deadline: return dateSortKey(r.deadline);
        case ColumnCount: break;
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == Total || index.column() == Paid)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ToolTipRole:
        if (index.column() == Total && !r.totalMinor)
            return r.priceError;
        if (index.column() == NextDue && r.overdue)
            return tr("Overdue: a stage due on this date is not fully paid.");
        break;
    case Qt::ForegroundRole:
        if (index.column() == NextDue && r.overdue)
            return QBrush(warningColor());
        break;
    case IdRole:
        return r.id;
    case RowVersionRole:
        return r.rowVersion;
    case FilterTextRole:
        return QStringList{r.clientName, r.title, r.contractNumber}.join(u'\n');
    case StatusRole:
        return int(r.status);
    default:
        break;
    }
    return {};
}

QVariant ProjectTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case ClientName: return tr("Client");
    case Title: return tr("Project");
    case Status: return tr("Status");
    case Total: return tr("Total");
    case Paid: return tr("Paid");
    case NextDue: return tr("Next stage due");
    case Deadline: return tr("Deadline");
    case ColumnCount: break;
    }
    return {};
}

// ------------------------------------------------------------ ProjectFilterModel

ProjectFilterModel::ProjectFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(SortRole);
    setFilterRole(FilterTextRole);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setFilterKeyColumn(0);
}

void ProjectFilterModel::setStatusFilter(int filter)
{
    if (filter == m_statusFilter)
        return;
    m_statusFilter = filter;
    invalidateFilter();
}

bool ProjectFilterModel::isOpen(ProjectStatus status)
{
    switch (status) {
    case ProjectStatus::Closed:
    case ProjectStatus::Declined:
    case ProjectStatus::Cancelled:
        return false;
    default:
        return true;
    }
}

bool ProjectFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_statusFilter != AllStatuses) {
        const int status = sourceModel()->index(sourceRow, 0, sourceParent).data(StatusRole).toInt();
        if (m_statusFilter == OpenStatuses ? !isOpen(ProjectStatus(status)) : status != m_statusFilter)
            return false;
    }
    return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}

} // namespace neuvo
