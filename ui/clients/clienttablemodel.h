#pragma once

#include "core/domain/domain.h"
#include "core/rules/redflags.h"
#include "ui/itemroles.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

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

} // namespace neuvo
