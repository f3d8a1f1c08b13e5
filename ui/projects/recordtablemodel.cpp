#include "recordtablemodel.h"

#include "core/domain/money.h"
#include "ui/widgets/warning.h"

#include <QBrush>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace neuvo {

namespace {

bool isValidCell(const QAbstractItemModel *model, const QModelIndex &index)
{
    return index.isValid() && model->checkIndex(index, QAbstractItemModel::CheckIndexOption::IndexIsValid
                                        | QAbstractItemModel::CheckIndexOption::ParentIsInvalid);
}

// Dates are edited through a date editor (QDate) and cleared with an invalid
// QDate; text is accepted too so that a cell can be typed or pasted as ISO.
std::optional<QDate> dateFrom(const QVariant &value)
{
    if (value.metaType().id() == QMetaType::QDate)
        return value.toDate();
    const QString text = value.toString().trimmed();
    if (text.isEmpty())
        return QDate();
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (date.isValid())
        return date;
    return std::nullopt;
}

} // namespace

// ------------------------------------------------------------ RecordTableModel

void RecordTableModel::setCurrency(const QString &currency)
{
    if (currency == m_currency)
        return;
    m_currency = currency;
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

std::optional<qint64> RecordTableModel::parseAmount(const QVariant &value, const QString &field)
{
    const QString text = value.toString().trimmed();
    if (text.isEmpty())
        return 0;
    auto money = Money::parseLocalized(text, m_currency, QLocale());
    if (!money) {
        emit inputRejected(tr("%1: %2").arg(field, money.error()));
        return std::nullopt;
    }
    return money->minor();
}

QString RecordTableModel::formatAmount(qint64 minor) const
{
    return Money(minor, m_currency).formatNumber(QLocale());
}

QString RecordTableModel::formatDate(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
}

void RecordTableModel::emitRowChanged(int row)
{
    emit dataChanged(index(row, 0), index(row, columnCount() - 1));
    emit recordsChanged();
}

// ------------------------------------------------------------ StageTableModel

void StageTableModel::setStages(QList<PaymentStage> stages)
{
    beginResetModel();
    m_stages = std::move(stages);
    endResetModel();
    emit recordsChanged();
}

void StageTableModel::setStage(int row, const PaymentStage &stage)
{
    Q_ASSERT(row >= 0 && row < m_stages.size());
    m_stages[row] = stage;
    emitRowChanged(row);
}

void StageTableModel::setProjectStatus(ProjectStatus status)
{
    if (status == m_projectStatus)
        return;
    m_projectStatus = status;
    if (!m_stages.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_stages.size()) - 1, ColumnCount - 1));
}

std::optional<qint64> StageTableModel::sumMinor() const
{
    qint64 sum = 0;
    for (const PaymentStage &s : m_stages) {
        if (__builtin_add_overflow(sum, s.amountMinor, &sum))
            return std::nullopt;
    }
    return sum;
}

void StageTableModel::insertStage(int row, const PaymentStage &stage)
{
    row = qBound(0, row, int(m_stages.size()));
    beginInsertRows({}, row, row);
    m_stages.insert(row, stage);
    endInsertRows();
    emit recordsChanged();
}

void StageTableModel::removeStage(int row)
{
    if (row < 0 || row >= m_stages.size())
        return;
    beginRemoveRows({}, row, row);
    m_stages.removeAt(row);
    endRemoveRows();
    emit recordsChanged();
}

void StageTableModel::moveStage(int from, int to)
{
    const int count = int(m_stages.size());
    if (from < 0 || from >= count || to < 0 || to >= count || from == to)
        return;
    // beginMoveRows wants the row the item goes in front of, counted before the move.
    if (!beginMoveRows({}, from, from, {}, to > from ? to + 1 : to))
        return;
    m_stages.move(from, to);
    endMoveRows();
    emit recordsChanged();
}

int StageTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_stages.size());
}

int StageTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StageTableModel::data(const QModelIndex &index, int role) const
{
    if (!isValidCell(this, index))
        return {};
    const PaymentStage &s = m_stages.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Title: return s.title;
        case Amount: return formatAmount(s.amountMinor);
        case DueOn: return formatDate(s.dueOn);
        case WorkStartedOn: return formatDate(s.workStartedOn);
        case PaidOn: return formatDate(s.paidOn);
        case PaidAmount: return s.paidMinor == 0 && !s.paidOn.isValid() ? QString() : formatAmount(s.paidMinor);
        case ColumnCount: break;
        }
        break;
    case Qt::EditRole:
        switch (Column(index.column())) {
        case Title: return s.title;
        case Amount: return formatAmount(s.amountMinor);
        case DueOn: return s.dueOn;
        case WorkStartedOn: return s.workStartedOn;
        case PaidOn: return s.paidOn;
        case PaidAmount: return formatAmount(s.paidMinor);
        case ColumnCount: break;
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == Amount || index.column() == PaidAmount)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ToolTipRole:
        if (index.column() == DueOn && s.isOverdue(m_today, m_projectStatus))
            return tr("Overdue: not fully paid and the due date has passed.");
        if (index.column() == PaidAmount && s.paidMinor > 0 && !s.isFullyPaid())
            return tr("Partly paid: %1 of %2").arg(formatAmount(s.paidMinor), formatAmount(s.amountMinor));
        if (!s.workStartedOn.isValid() || s.paidMinor > 0 || index.column() != WorkStartedOn)
            break;
        return tr("Work started before any payment: start a stage only after it is paid in full.");
    case Qt::ForegroundRole:
        // Work without prepayment is the high red flag of the engine.
        if (index.column() == WorkStartedOn && s.isWorkWithoutPrepayment(m_today, m_projectStatus))
            return QBrush(warningColor());
        if (index.column() == DueOn && s.isOverdue(m_today, m_projectStatus))
            return QBrush(warningColor());
        break;
    default:
        break;
    }
    return {};
}

bool StageTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !isValidCell(this, index))
        return false;
    PaymentStage s = m_stages.at(index.row());
    const int number = index.row() + 1;
    switch (Column(index.column())) {
    case Title:
        s.title = value.toString().trimmed();
        break;
    case Amount: {
        const auto amount = parseAmount(value, tr("Stage %1, amount").arg(number));
        if (!amount)
            return false;
        s.amountMinor = *amount;
        break;
    }
    case PaidAmount: {
        const auto amount = parseAmount(value, tr("Stage %1, paid amount").arg(number));
        if (!amount)
            return false;
        s.paidMinor = *amount;
        break;
    }
    case DueOn:
    case WorkStartedOn:
    case PaidOn: {
        const auto date = dateFrom(value);
        if (!date) {
            emit inputRejected(tr("Stage %1: \"%2\" is not a date (YYYY-MM-DD).").arg(number).arg(value.toString()));
            return false;
        }
        if (index.column() == DueOn)
            s.dueOn = *date;
        else if (index.column() == WorkStartedOn)
            s.workStartedOn = *date;
        else
            s.paidOn = *date;
        break;
    }
    case ColumnCount:
        return false;
    }
    if (s == m_stages.at(index.row()))
        return true;
    m_stages[index.row()] = s;
    emitRowChanged(index.row());
    return true;
}

Qt::ItemFlags StageTableModel::flags(const QModelIndex &index) const
{
    if (!isValidCell(this, index))
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable;
}

QVariant StageTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (Column(section)) {
    case Title: return tr("Stage");
    case Amount: return tr("Amount (%1)").arg(m_currency);
    case DueOn: return tr("Due");
    case WorkStartedOn: return tr("Work started");
    case PaidOn: return tr("Paid on");
    case PaidAmount: return tr("Paid (%1)").arg(m_currency);
    case ColumnCount: break;
    }
    return {};
}

// ------------------------------------------------------------ RevisionTableModel

void RevisionTableModel::setRevisions(QList<Revision> revisions)
{
    beginResetModel();
    m_revisions = std::move(revisions);
    endResetModel();
    emit recordsChanged();
}

void RevisionTableModel::appendRevision(const Revision &revision)
{
    const int row = int(m_revisions.size());
    beginInsertRows({}, row, row);
    m_revisions.append(revision);
    endInsertRows();
    emit recordsChanged();
}

void RevisionTableModel::removeRevision(int row)
{
    if (row < 0 || row >= m_revisions.size())
        return;
    beginRemoveRows({}, row, row);
    m_revisions.removeAt(row);
    endRemoveRows();
    emit recordsChanged();
}

int RevisionTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_revisions.size());
}

int RevisionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RevisionTableModel::data(const QModelIndex &index, int role) const
{
    if (!isValidCell(this, index))
        return {};
    const Revision &r = m_revisions.at(index.row());
    const bool unbilledChange = r.kind == RevisionKind::Change && r.chargeMinor == 0;
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case RequestedOn: return formatDate(r.requestedOn);
        case Description: return r.description;
        case Kind: return displayName(r.kind);
        case Charge:
            if (unbilledChange)
                return tr("not billed");
            return r.chargeMinor == 0 ? QString() : formatAmount(r.chargeMinor);
        case ColumnCount: break;
        }
        break;
    case Qt::EditRole:
        switch (Column(index.column())) {
        case RequestedOn: return r.requestedOn;
        case Description: return r.description;
        case Kind: return toId(r.kind);
        case Charge: return formatAmount(r.chargeMinor);
        case ColumnCount: break;
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == Charge)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ForegroundRole:
        if (index.column() == Charge && unbilledChange)
            return QBrush(warningColor());
        break;
    case Qt::ToolTipRole:
        if (index.column() == Charge && unbilledChange)
            return tr("An out-of-scope change is extra work: bill it as a change order.");
        break;
    default:
        break;
    }
    return {};
}

bool RevisionTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !isValidCell(this, index))
        return false;
    Revision r = m_revisions.at(index.row());
    const int number = index.row() + 1;
    switch (Column(index.column())) {
    case RequestedOn: {
        const auto date = dateFrom(value);
        if (!date) {
            emit inputRejected(tr("Revision %1: \"%2\" is not a date (YYYY-MM-DD).").arg(number).arg(value.toString()));
            return false;
        }
        r.requestedOn = *date;
        break;
    }
    case Description:
        r.description = value.toString().trimmed();
        break;
    case Kind: {
        const auto kind = fromId<RevisionKind>(value.toString());
        if (!kind)
            return false;
        r.kind = *kind;
        break;
    }
    case Charge: {
        const auto amount = parseAmount(value, tr("Revision %1, charge").arg(number));
        if (!amount)
            return false;
        r.chargeMinor = *amount;
        break;
    }
    case ColumnCount:
        return false;
    }
    if (r == m_revisions.at(index.row()))
        return true;
    m_revisions[index.row()] = r;
    emitRowChanged(index.row());
    return true;
}

Qt::ItemFlags RevisionTableModel::flags(const QModelIndex &index) const
{
    if (!isValidCell(this, index))
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable;
}

QVariant RevisionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (Column(section)) {
    case RequestedOn: return tr("Requested");
    case Description: return tr("Description");
    case Kind: return tr("Kind");
    case Charge: return tr("Charge (%1)").arg(m_currency);
    case ColumnCount: break;
    }
    return {};
}

// ------------------------------------------------------------ PriceChangeTableModel

void PriceChangeTableModel::setPriceChanges(QList<PriceChange> changes)
{
    beginResetModel();
    m_changes = std::move(changes);
    endResetModel();
    emit recordsChanged();
}

void PriceChangeTableModel::appendPriceChange(const PriceChange &change)
{
    const int row = int(m_changes.size());
    beginInsertRows({}, row, row);
    m_changes.append(change);
    endInsertRows();
    emit recordsChanged();
}

void PriceChangeTableModel::removePriceChange(int row)
{
    if (row < 0 || row >= m_changes.size())
        return;
    beginRemoveRows({}, row, row);
    m_changes.removeAt(row);
    endRemoveRows();
    emit recordsChanged();
}

int PriceChangeTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_changes.size());
}

int PriceChangeTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PriceChangeTableModel::data(const QModelIndex &index, int role) const
{
    if (!isValidCell(this, index))
        return {};
    const PriceChange &c = m_changes.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case EffectiveOn: return formatDate(c.effectiveOn);
        case NewPrice: return formatAmount(c.newPriceMinor);
        case AnnouncedOn: return c.announcedOn.isValid() ? formatDate(c.announcedOn) : tr("not yet");
        case Note: return c.note;
        case ColumnCount: break;
        }
        break;
    case Qt::EditRole:
        switch (Column(index.column())) {
        case EffectiveOn: return c.effectiveOn;
        case NewPrice: return formatAmount(c.newPriceMinor);
        case AnnouncedOn: return c.announcedOn;
        case Note: return c.note;
        case ColumnCount: break;
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == NewPrice)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return {};
}

bool PriceChangeTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !isValidCell(this, index))
        return false;
    PriceChange c = m_changes.at(index.row());
    const int number = index.row() + 1;
    switch (Column(index.column())) {
    case EffectiveOn:
    case AnnouncedOn: {
        const auto date = dateFrom(value);
        if (!date) {
            emit inputRejected(tr("Price change %1: \"%2\" is not a date (YYYY-MM-DD).").arg(number).arg(value.toString()));
            return false;
        }
        (index.column() == EffectiveOn ? c.effectiveOn : c.announcedOn) = *date;
        break;
    }
    case NewPrice: {
        const auto amount = parseAmount(value, tr("Price change %1, new price").arg(number));
        if (!amount)
            return false;
        c.newPriceMinor = *amount;
        break;
    }
    case Note:
        c.note = value.toString().trimmed();
        break;
    case ColumnCount:
        return false;
    }
    if (c == m_changes.at(index.row()))
        return true;
    m_changes[index.row()] = c;
    emitRowChanged(index.row());
    return true;
}

Qt::ItemFlags PriceChangeTableModel::flags(const QModelIndex &index) const
{
    if (!isValidCell(this, index))
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable;
}

QVariant PriceChangeTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (Column(section)) {
    case EffectiveOn: return tr("Takes effect");
    case NewPrice: return tr("New price (%1)").arg(m_currency);
    case AnnouncedOn: return tr("Announced");
    case Note: return tr("Note");
    case ColumnCount: break;
    }
    return {};
}

} // namespace neuvo
