#pragma once

#include <QAbstractItemModel>
#include <QColor>
#include <QHash>
#include <QString>

#include <functional>

namespace neuvo {

// One row of a dashboard list: plain text only (drawn by CardDelegate,
// never read as rich text), and what a click opens.
struct Card
{
    QString text;
    QString detail;
    QString badge;
    QColor badgeColor;
    QColor dot;
    qint64 clientId = 0;
    qint64 projectId = 0;
    QString rule;
    QString accessibleText;
    QString toolTip;
};

// Makes the card of row `row` of a list; called only for the rows a view
// asks about, so a list of 100 000 entries costs what its visible rows cost.
using CardMaker = std::function<Card(int row)>;

// A group of cards under a title (an alert group), or the one untitled
// group of a flat list.
struct CardGroup
{
    QString title;
    QString rule;
    int count = 0;
    CardMaker make;
};

// The dashboard's lists as a model. With titled groups it is a tree of
// group rows and their cards; with one untitled group, a flat list. Each
// group shows its first `shownPerGroup` cards (the most urgent: the maker's
// order) and then one "Show all N" row (ShowAllRole) when it has more, so
// the rows a view lays out do not grow with the records behind them.
class CardModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    explicit CardModel(QObject *parent = nullptr);

    // shownPerGroup < 0: every card.
    void setGroups(const QList<CardGroup> &groups, int shownPerGroup);
    void setList(int count, const CardMaker &make, int shown);
    void setShowAllText(const std::function<QString(int count)> &text) { m_showAllText = text; }

    bool isFlat() const { return m_flat; }
    int groupCount() const { return int(m_groups.size()); }
    const CardGroup &group(int i) const { return m_groups.at(i); }
    // Every card of every group, not only the shown ones.
    int totalCount() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    // internalId: 0 for a group row, group + 1 for a row inside group.
    int shownRows(int group) const;
    bool hasShowAll(int group) const;
    const Card &card(int group, int row) const;

    QList<CardGroup> m_groups;
    int m_shown = -1;
    bool m_flat = false;
    std::function<QString(int)> m_showAllText;
    mutable QHash<quint64, Card> m_cache;
};

} // namespace neuvo
