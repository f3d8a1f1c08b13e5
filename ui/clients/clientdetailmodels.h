#pragma once

#include "core/domain/domain.h"
#include "core/rules/redflags.h"

#include <QAbstractTableModel>
#include <QList>

namespace neuvo {

// Read-only tables of one client's records for the client detail tabs.
// Each is filled from Session::facts(), which is already loaded, so showing
// a client costs no query.

// The client's projects with their total and the next stage to be paid.
class ClientProjectsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Title, Status, Total, NextDue, ColumnCount };

    explicit ClientProjectsModel(QObject *parent = nullptr);
    void setProjects(const QList<Project> &projects, const QDate &today);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        qint64 id = 0;
        QString title;
        ProjectStatus status = ProjectStatus::Lead;
        QString totalText;
        qint64 totalMinor = 0;
        QDate nextDue;
        QString nextDueText;
        bool overdue = false;
    };
    QList<Row> m_rows;
};

// The interaction log, newest first.
class InteractionTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { When, Channel, Direction, Kind, Summary, Confirmed, ColumnCount };

    explicit InteractionTableModel(QObject *parent = nullptr);
    // clientZone: the client's IANA zone, for the tooltip with their local time.
    void setInteractions(QList<Interaction> interactions, const QString &clientZone);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Interaction> m_rows;
    QString m_zone;
};

// Promises made to the client. The Done column is checkable; the model does
// not store anything itself but asks through doneToggled, so the record
// changes only through PromiseStore.
class PromiseTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Done, What, Due, DoneOn, ColumnCount };

    explicit PromiseTableModel(QObject *parent = nullptr);
    void setPromises(QList<Promise> promises, const QDate &today);
    // Off for a read-only database: the Kept box shows, but cannot be ticked.
    void setCheckable(bool checkable) { m_checkable = checkable; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    void doneToggled(qint64 promiseId, bool done);

private:
    QList<Promise> m_rows;
    QDate m_today;
    bool m_checkable = true;
};

// Findings (flags and alerts) with severity and evidence.
class FindingTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Severity, Kind, Date, Evidence, ColumnCount };

    explicit FindingTableModel(QObject *parent = nullptr);
    void setFindings(QList<Finding> findings);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Finding> m_rows;
};

// The locale's short time format without seconds ("HH:mm", "h:mm AP"): the
// C locale's short format keeps them, which no one needs for a call log.
QString shortTimeFormat(const QLocale &locale);
// Local date and time in the locale's short formats, without seconds.
QString shortDateTimeText(const QDateTime &dateTime, const QLocale &locale);

// The colour of a severity, matching the risk badge colours.
QColor severityColor(neuvo::Severity severity);

} // namespace neuvo
