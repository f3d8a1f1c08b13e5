#include "clienttablemodel.h"

#include "core/domain/moneytotals.h"

#include "ui/widgets/riskbadge.h"

#include <QCollator>
#include <QLocale>
#include <QMap>

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

namespace neuvo {

ClientTableModel::ClientTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ClientTableModel::setClients(QList<Client> clients)
{
    QList<Row> rows;
    rows.reserve(clients.size());
    for (Client &c : clients) {
        Row row;
        row.client = std::move(c);
        row.risk.clientId = row.client.id;
        rows << std::move(row);
    }
    setRows(std::move(rows));
}

void ClientTableModel::setFacts(const Facts &facts, const QHash<qint64, ClientRisk> &risks)
{
    struct Totals
    {
        int active = 0;
        MoneyTotals owed; // unpaid minor units per currency
    };
    QHash<qint64, Totals> totals;
    totals.reserve(facts.clients.size());
    for (const Project &p : facts.projects) {
        // Active: a project that owes money, the same projects whose stages
        // the payments page and the engine collect.
        if (!p.owesMoney())
            continue;
        Totals &t = totals[p.clientId];
        ++t.active;
        for (const PaymentStage &s : p.stages) {
            if (const qint64 unpaid = s.unpaidMinor(); unpaid > 0)
                t.owed.add(p.currency, unpaid);
        }
    }

    const QLocale locale;
    const QString home = facts.profile.currency;
    QList<Row> rows;
    rows.reserve(facts.clients.size());
    for (const Client &c : facts.clients) {
        Row row;
        row.client = c;
        row.risk = risks.value(c.id);
        row.risk.clientId = c.id;
        const auto it = totals.constFind(c.id);
        if (it != totals.cend()) {
            row.activeProjects = it->active;
            // The freelancer's own currency first, then the others by code,
            // so rows with the same currencies read alike. No exchange rates
            // are stored: with mixed currencies the order is only rough, but
            // one currency sorts exactly.
            row.outstandingText = it->owed.format(locale, home).join(u" + "_s);
            row.outstandingTip = it->owed.format(locale, home, true).join(u'\n');
            row.outstandingSort = it->owed.sortKey();
        }
        row.filterText = QStringList{c.name, c.company, c.email}.join(u'\n');
        rows << std::move(row);
    }
    setRows(std::move(rows));
}

void ClientTableModel::setRows(QList<Row> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_nameRanks.clear();
    m_companyRanks.clear();
    m_rowById.clear();
    m_rowById.reserve(m_rows.size());
    for (int i = 0; i < m_rows.size(); ++i) {
        Row &row = m_rows[i];
        if (row.filterText.isEmpty())
            row.filterText = QStringList{row.client.name, row.client.company, row.client.email}.join(u'\n');
        row.filterText = std::move(row.filterText).toCaseFolded();
        m_rowById.insert(row.client.id, i);
    }
    endResetModel();
}

const QList<int> &ClientTableModel::naturalRanks(int column) const
{
    QList<int> &ranks = column == Company ? m_companyRanks : m_nameRanks;
    if (ranks.size() == m_rows.size())
        return ranks;
    // QCollator (ICU) in the interface's locale: digits compare as numbers,
    // letters as the language orders them (Å after Z in Finnish), case
    // and accents only to break ties.
    QCollator collator;
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    QList<QCollatorSortKey> keys;
    keys.reserve(m_rows.size());
    for (const Row &row : m_rows)
        keys << collator.sortKey(column == Company ? row.client.company : row.client.name);
    QList<int> order(m_rows.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return keys.at(a).compare(keys.at(b)) < 0; });
    ranks.resize(m_rows.size());
    // Equal names share a rank, so the proxy keeps their order stable.
    int rank = 0;
    for (int i = 0; i < order.size(); ++i) {
        if (i > 0 && keys.at(order.at(i - 1)).compare(keys.at(order.at(i))) != 0)
            rank = i;
        ranks[order.at(i)] = rank;
    }
    return ranks;
}

const Client *ClientTableModel::clientAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row).client : nullptr;
}

int ClientTableModel::rowOf(qint64 clientId) const
{
    return m_rowById.value(clientId, -1);
}

bool ClientTableModel::matches(int row, const QStringMatcher &foldedText) const
{
    return foldedText.indexIn(m_rows.at(row).filterText) >= 0;
}

qint64 ClientTableModel::sortKey(int row, int column) const
{
    const Row &r = m_rows.at(row);
    switch (column) {
    case Name:
    case Company: return naturalRanks(column).at(row);
    case Type: return int(r.client.type);
    case Source: return int(r.client.source);
    case ActiveProjects: return r.activeProjects;
    case Outstanding: return r.outstandingSort;
    // Within a level, the higher score is the riskier client.
    case Risk: return qint64(r.risk.level) * 1'000'000 + r.risk.score;
    }
    return 0;
}

int ClientTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ClientTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClientTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const Client &c = row.client;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name: return c.name;
        case Company: return c.company;
        case Type: return displayName(c.type);
        case Source: return displayName(c.source);
        case ActiveProjects: return row.activeProjects;
        case Outstanding: return row.outstandingText;
        case Risk: return displayName(row.risk.level);
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == Risk)
            return riskColor(row.risk.level);
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Outstanding: return row.outstandingTip;
        case Risk:
            return row.risk.reasons.isEmpty() ? tr("No red flags.") : row.risk.reasonTexts().join(u'\n');
        case Name:
            return c.email;
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == ActiveProjects || index.column() == Outstanding)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case SortRole: {
        const qint64 key = sortKey(index.row(), index.column());
        // The types callers and tests read: an int where one fits the column.
        if (index.column() == Outstanding || index.column() == Risk)
            return key;
        return int(key);
    }
    case FilterTextRole:
        return row.filterText;
    case IdRole:
        return c.id;
    }
    return {};
}

QVariant ClientTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Name");
    case Company: return tr("Company");
    case Type: return tr("Type");
    case Source: return tr("Source");
    case ActiveProjects: return tr("Active projects");
    case Outstanding: return tr("Outstanding");
    case Risk: return tr("Risk");
    }
    return {};
}

ClientFilterProxy::ClientFilterProxy(ClientTableModel *model, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_model(model)
{
    m_matcher.setCaseSensitivity(Qt::CaseSensitive); // both sides are folded
    setSourceModel(model);
    setSortRole(SortRole);
}

void ClientFilterProxy::setFilterText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_matcher.setPattern(text.toCaseFolded());
    invalidateRowsFilter();
}

bool ClientFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid())
        return false;
    return m_text.isEmpty() || m_model->matches(sourceRow, m_matcher);
}

bool ClientFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    return m_model->sortKey(left.row(), left.column()) < m_model->sortKey(right.row(), right.column());
}

} // namespace neuvo
