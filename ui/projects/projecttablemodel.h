#pragma once

#include "core/domain/domain.h"
#include "ui/itemroles.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSortFilterProxyModel>

namespace neuvo {

// All projects as a table, with the figures a freelancer scans for: total,
// paid so far and the next stage due. Plain value rows, computed once per
// reload.
class ProjectTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { ClientName, Title, Status, Total, Paid, NextDue, Deadline, ColumnCount };

    explicit ProjectTableModel(QObject *parent = nullptr);

    // today marks overdue next stages; a null date marks none.
    void setProjects(const QList<Project> &projects, const QHash<qint64, QString> &clientNames,
                     const QDate &today = {});

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        qint64 id = 0;
        qint64 rowVersion = 0; // what a delete from this row checks against
        qint64 clientId = 0;
        QString clientName;
        QString title;
        QString contractNumber;
        ProjectStatus status = ProjectStatus::Lead;
        QString currency;
        std::optional<qint64> totalMinor; // empty when the price does not compute
        QString priceError;
        qint64 paidMinor = 0;
        QDate nextDue; // due date of the next stage (Project::nextStage)
        bool overdue = false; // the next stage is overdue (PaymentStage::isOverdue)
        QDate deadline;
    };

    QList<Row> m_rows;
};

// Filters the project table by text (client, title, contract number) and by
// status; sorts on SortRole.
class ProjectFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    // Besides a single status: every status, or those still open.
    enum StatusFilter { AllStatuses = -1, OpenStatuses = -2 };

    explicit ProjectFilterModel(QObject *parent = nullptr);
    void setStatusFilter(int filter); // a StatusFilter or int(ProjectStatus)
    int statusFilter() const { return m_statusFilter; }

    // Lead to delivered: not closed, declined or cancelled.
    static bool isOpen(ProjectStatus status);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    int m_statusFilter = AllStatuses;
};

} // namespace neuvo
