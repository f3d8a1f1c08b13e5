#pragma once

#include "core/domain.h"

#include <QAbstractTableModel>
#include <QList>

namespace neuvo {

// Custom roles shared by Neuvo's item models: proxies sort and filter on
// these, never on display text.
enum ItemRole {
    SortRole = Qt::UserRole + 1,
    IdRole,
    FilterTextRole,
};

// The clients as a table. Holds plain value records (no widgets per row), so
// ten thousand clients cost one list of structs.
class ClientTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Company, Type, Source, Status, Email, ColumnCount };

    explicit ClientTableModel(QObject *parent = nullptr);

    void setClients(QList<Client> clients);
    const Client *clientAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Client> m_clients;
};

} // namespace neuvo
