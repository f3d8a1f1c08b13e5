#include "paymentsmodel.h"

#include "core/rules/redflags.h"
#include "ui/itemroles.h"

#include <QBrush>
#include <QGuiApplication>
#include <QHash>
#include <QLocale>
#include <QPalette>

#include <limits>

using namespace Qt::StringLiterals;

namespace neuvo {

PaymentsModel::PaymentsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void PaymentsModel::setFacts(const Facts &facts, const QDate &today)
{
    QHash<qint64, const neuvo::Client *> clients;
    clients.reserve(facts.clients.size());
    for (const neuvo::Client &c : facts.clients)
        clients.insert(c.id, &c);

    QList<PaymentRow> rows;
    const int dueSoon = facts.profile.thresholds.value(u"stage_due_soon_days");
    for (const neuvo::Project &p : facts.projects) {
        const neuvo::Client *client = clients.value(p.clientId, nullptr);
        for (const PaymentStage &s : p.stages) {
            PaymentRow row;
            row.stageId = s.id;
            row.projectId = p.id;
            row.clientId = p.clientId;
            row.clientName = client ? client->name : QString();
            row.projectTitle = p.title;
            row.position = s.position;
            row.stageTitle = s.title;
            row.currency = p.currency;
            row.amountMinor = s.amountMinor;
            row.dueOn = s.dueOn;
            row.paidOn = s.paidOn;
            row.paidMinor = s.paidMinor;
            row.status = PaymentFigures::status(p, s, today, dueSoon);
            row.outstandingMinor = PaymentFigures::outstandingMinor(row.status, s);
            rows.append(std::move(row));
        }
    }
    beginResetModel();
    m_rows = std::move(rows);
    m_dueSoonDays = dueSoon;
    endResetModel();
}

const PaymentRow *PaymentsModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int PaymentsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PaymentsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PaymentsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PaymentRow &r = m_rows.at(index.row());
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Client:
            return r.clientName;
        case Project:
            return r.projectTitle;
        case Stage:
            //: Stage number and title in the payments table, e.g. "2. Design"
            return tr("%1. %2").arg(r.position).arg(r.stageTitle);
        case Amount:
            return Money(r.amountMinor, r.currency).format(locale);
        case DueOn:
            return r.dueOn.isValid() ? locale.toString(r.dueOn, QLocale::ShortFormat) : QString();
        case PaidOn:
            return r.paidOn.isValid() ? locale.toString(r.paidOn, QLocale::ShortFormat) : QString();
        case Paid:
            return r.paidMinor > 0 ? Money(r.paidMinor, r.currency).format(locale) : QString();
        case Status:
            return PaymentFigures::label(r.status);
        case ColumnCount:
            break;
        }
        break;
    case SortRole:
        switch (Column(index.column())) {
        case Client:
            return r.clientName.toCaseFolded();
        case Project:
            return r.projectTitle.toCaseFolded();
        case Stage:
            return r.position;
        case Amount:
            return r.amountMinor;
        case DueOn:
            // A stage without a date sorts after every dated one.
            return r.dueOn.isValid() ? r.dueOn.toJulianDay() : std::numeric_limits<qint64>::max();
        case PaidOn:
            return r.paidOn.isValid() ? r.paidOn.toJulianDay() : std::numeric_limits<qint64>::max();
        case Paid:
            return r.paidMinor;
        case Status:
            return int(r.status);
        case ColumnCount:
            break;
        }
        break;
    case IdRole:
        return r.projectId;
    case Qt::TextAlignmentRole:
        switch (Column(index.column())) {
        case Amount:
        case Paid:
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
        }
    case Qt::ForegroundRole:
        if (index.column() == Status && r.status == StageStatus::Overdue)
            return QBrush(QColor(0xc0, 0x1c, 0x28));
        if (r.status == StageStatus::Proposed || r.status == StageStatus::NotCollected)
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        break;
    case Qt::ToolTipRole:
        if (index.column() == Status)
            return PaymentFigures::explanation(r.status);
        if (index.column() == Stage || index.column() == Project)
            return tr("%1: stage %2 '%3'").arg(r.projectTitle, QString::number(r.position), r.stageTitle);
        break;
    default:
        break;
    }
    return {};
}

QVariant PaymentsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Client:
        return tr("Client");
    case Project:
        return tr("Project");
    case Stage:
        return tr("Stage");
    case Amount:
        return tr("Amount");
    case DueOn:
        return tr("Due");
    case PaidOn:
        return tr("Paid on");
    case Paid:
        //: Column: the amount paid so far for a stage
        return tr("Paid");
    case Status:
        return tr("Status");
    case ColumnCount:
        break;
    }
    return {};
}

PaymentsFilterModel::PaymentsFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(SortRole);
}

void PaymentsFilterModel::setSourceModel(QAbstractItemModel *model)
{
    m_payments = qobject_cast<const PaymentsModel *>(model);
    Q_ASSERT_X(m_payments || !model, "PaymentsFilterModel", "the source must be a PaymentsModel");
    QSortFilterProxyModel::setSourceModel(model);
}

void PaymentsFilterModel::setFilter(Filter filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    invalidateRowsFilter();
}

bool PaymentsFilterModel::accepts(Filter filter, StageStatus status)
{
    switch (filter) {
    case All:
        return true;
    case Overdue:
        return status == StageStatus::Overdue;
    case DueSoon:
        return status == StageStatus::DueSoon;
    case Unpaid:
        return status == StageStatus::Overdue || status == StageStatus::DueSoon
            || status == StageStatus::PartiallyPaid || status == StageStatus::Unpaid;
    case Paid:
        return status == StageStatus::Paid;
    case FilterCount:
        break;
    }
    return false;
}

bool PaymentsFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid() || !m_payments)
        return false;
    const PaymentRow *row = m_payments->rowAt(sourceRow);
    return row && accepts(m_filter, row->status);
}

CurrencyTotals PaymentsFilterModel::outstandingTotals() const
{
    CurrencyTotals totals;
    for (int i = 0; i < rowCount(); ++i) {
        if (const PaymentRow *r = m_payments->rowAt(mapToSource(index(i, 0)).row()); r && r->outstandingMinor > 0)
            totals.add(r->currency, r->outstandingMinor);
    }
    return totals;
}

CurrencyTotals PaymentsFilterModel::paidTotals() const
{
    CurrencyTotals totals;
    for (int i = 0; i < rowCount(); ++i) {
        if (const PaymentRow *r = m_payments->rowAt(mapToSource(index(i, 0)).row()); r && r->paidMinor > 0)
            totals.add(r->currency, r->paidMinor);
    }
    return totals;
}

} // namespace neuvo
