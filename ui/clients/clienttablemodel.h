#pragma once

#include "core/domain/domain.h"
#include "core/rules/redflags.h"
#include "ui/itemroles.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSortFilterProxyModel>
#include <QStringMatcher>

namespace neuvo {

// The clients as a table with what a freelancer scans for: how much is
// outstanding and how risky the client is. Holds plain value records (no
// widgets per row), computed from the facts in one pass, so ten thousand
// clients cost one list of structs.
class ClientTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Company, Type, Source, ActiveProjects, Outstanding, Risk, ColumnCount };

    explicit ClientTableModel(QObject *parent = nullptr);

    // Clients without projects or findings; what tests and a bare list need.
    void setClients(QList<Client> clients);
    // Everything the columns show, from one load of the facts.
    void setFacts(const Facts &facts, const QHash<qint64, ClientRisk> &risks);

    const Client *clientAt(int row) const;
    // Whether the row's name, company or e-mail holds the text a matcher
    // looks for, given in case-folded form (QString::toCaseFolded()).
    bool matches(int row, const QStringMatcher &foldedText) const;
    // What SortRole gives for a cell, without a QVariant.
    qint64 sortKey(int row, int column) const;
    // -1 when the id is not in the model.
    int rowOf(qint64 clientId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        Client client;
        int activeProjects = 0;
        QString outstandingText;
        qint64 outstandingSort = 0;
        QString outstandingTip;
        ClientRisk risk;
        // Name, company and e-mail joined by '\n', case-folded once here
        // rather than at every keystroke.
        QString filterText;
    };
    void setRows(QList<Row> rows);
    // Each row's place among the names (column Name) or companies (Company)
    // in the locale's natural order ("Client 2" before "Client 10"), what
    // SortRole gives for those columns. Computed on the first sort after
    // the rows change, from one collation key per row, so a sort compares
    // integers, not strings.
    const QList<int> &naturalRanks(int column) const;

    QList<Row> m_rows;
    QHash<qint64, int> m_rowById;
    mutable QList<int> m_nameRanks;
    mutable QList<int> m_companyRanks;
};

// The clients table's filter and sort, what a keystroke in the filter field
// runs over every client: the filter text's case-folded form is matched
// against each row's folded name, company and e-mail (computed once per
// row) with one QStringMatcher, and the sort compares the model's integer
// keys, where QSortFilterProxyModel's own filter runs a regular expression
// on a QVariant per row and its sort compares two QVariants per step.
// The rows shown and their order are those of setFilterFixedString()
// (case-insensitive) and SortRole.
class ClientFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ClientFilterProxy(ClientTableModel *model, QObject *parent = nullptr);

    QString filterText() const { return m_text; }

public slots:
    void setFilterText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    ClientTableModel *m_model;
    QString m_text;
    QStringMatcher m_matcher;
};

} // namespace neuvo
