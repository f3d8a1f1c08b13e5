#include "cardmodel.h"

#include "ui/itemroles.h"

#include <QFont>

namespace neuvo {

CardModel::CardModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void CardModel::setGroups(const QList<CardGroup> &groups, int shownPerGroup)
{
    beginResetModel();
    m_groups = groups;
    m_shown = shownPerGroup;
    m_flat = false;
    m_cache.clear();
    endResetModel();
}

void CardModel::setList(int count, const CardMaker &make, int shown)
{
    beginResetModel();
    m_groups = {CardGroup{{}, {}, count, make}};
    m_shown = shown;
    m_flat = true;
    m_cache.clear();
    endResetModel();
}

int CardModel::totalCount() const
{
    int total = 0;
    for (const CardGroup &g : m_groups)
        total += g.count;
    return total;
}

int CardModel::shownRows(int group) const
{
    const int count = m_groups.at(group).count;
    if (m_shown < 0 || count <= m_shown)
        return count;
    return m_shown + 1; // and the "Show all" row
}

bool CardModel::hasShowAll(int group) const
{
    return m_shown >= 0 && m_groups.at(group).count > m_shown;
}

const Card &CardModel::card(int group, int row) const
{
    const quint64 key = (quint64(group) << 32) | quint32(row);
    auto it = m_cache.find(key);
    if (it == m_cache.end())
        it = m_cache.insert(key, m_groups.at(group).make(row));
    return *it;
}

QModelIndex CardModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    if (m_flat) {
        if (parent.isValid() || m_groups.isEmpty() || row >= shownRows(0))
            return {};
        return createIndex(row, 0, quintptr(1));
    }
    if (!parent.isValid())
        return row < m_groups.size() ? createIndex(row, 0, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0 || row >= shownRows(parent.row()))
        return {};
    return createIndex(row, 0, quintptr(parent.row() + 1));
}

QModelIndex CardModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || m_flat || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int CardModel::rowCount(const QModelIndex &parent) const
{
    if (m_flat)
        return parent.isValid() || m_groups.isEmpty() ? 0 : shownRows(0);
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() != 0)
        return 0;
    return shownRows(parent.row());
}

int CardModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() && (m_flat || parent.internalId() != 0) ? 0 : 1;
}

Qt::ItemFlags CardModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (!m_flat && index.internalId() == 0)
        return Qt::ItemIsEnabled; // a group title is not a record
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QVariant CardModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (!m_flat && index.internalId() == 0) {
        const CardGroup &g = m_groups.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole:
            //: Alert group title with its number of items, e.g. "Deadlines (2)"
            return tr("%1 (%2)").arg(g.title).arg(g.count);
        case RuleRole:
            return g.rule;
        case Qt::FontRole: {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        default:
            return {};
        }
    }
    const int group = m_flat ? 0 : int(index.internalId() - 1);
    const CardGroup &g = m_groups.at(group);
    if (hasShowAll(group) && index.row() == m_shown) {
        const QString text = m_showAllText ? m_showAllText(g.count) : tr("Show all %1…").arg(g.count);
        switch (role) {
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole:
            return text;
        case ShowAllRole:
            return true;
        case RuleRole:
            return g.rule;
        case Qt::ToolTipRole:
            return tr("Opens the whole list in a window of its own");
        default:
            return {};
        }
    }
    const Card &c = card(group, index.row());
    switch (role) {
    case Qt::DisplayRole:
        return c.text;
    case Qt::DecorationRole:
        return c.dot.isValid() ? QVariant(c.dot) : QVariant();
    case DetailRole:
        return c.detail.isEmpty() ? QVariant() : QVariant(c.detail);
    case BadgeRole:
        return c.badge.isEmpty() ? QVariant() : QVariant(c.badge);
    case BadgeColorRole:
        return c.badgeColor.isValid() ? QVariant(c.badgeColor) : QVariant();
    case ClientIdRole:
        return c.clientId;
    case ProjectIdRole:
        return c.projectId;
    case RuleRole:
        return c.rule;
    case ShowAllRole:
        return false;
    case FilterTextRole:
        return c.text + u'\n' + c.detail;
    case Qt::AccessibleTextRole:
        return c.accessibleText.isEmpty() ? c.text : c.accessibleText;
    case Qt::ToolTipRole:
        return c.toolTip.isEmpty() ? QVariant() : QVariant(c.toolTip);
    default:
        return {};
    }
}

} // namespace neuvo
