#include "clienttablemodel.h"

namespace neuvo {

ClientTableModel::ClientTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ClientTableModel::setClients(QList<Client> clients)
{
    beginResetModel();
    m_clients = std::move(clients);
    endResetModel();
}

const Client *ClientTableModel::clientAt(int row) const
{
    return row >= 0 && row < m_clients.size() ? &m_clients.at(row) : nullptr;
}

int ClientTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_clients.size());
}

int ClientTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClientTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Client &c = m_clients.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name: return c.name;
        case Company: return c.company;
        case Type: return displayName(c.type);
        case Source: return displayName(c.source);
        case Status: return displayName(c.status);
        case Email: return c.email;
        }
        break;
    case SortRole:
        switch (index.column()) {
        case Name: return c.name.toCaseFolded();
        case Company: return c.company.toCaseFolded();
        case Type: return int(c.type);
        case Source: return int(c.source);
        case Status: return int(c.status);
        case Email: return c.email.toCaseFolded();
        }
        break;
    case FilterTextRole:
        return QStringList{c.name, c.company, c.email}.join(u'\n');
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
    case Status: return tr("Status");
    case Email: return tr("E-mail");
    }
    return {};
}

} // namespace neuvo
