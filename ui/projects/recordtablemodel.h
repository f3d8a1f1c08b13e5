#pragma once

#include "core/domain/domain.h"

#include <QAbstractTableModel>
#include <QList>

#include <optional>

namespace neuvo {

// The editable tables of the project editor (stages, revisions, planned
// price changes) hold plain value records of one project in memory; the
// editor writes them with the project in one transaction on Save.
// Amounts are edited as text in the project's currency and parsed with
// Money::parseLocalized, so what a person types is never guessed at.
class RecordTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    using QAbstractTableModel::QAbstractTableModel;

    QString currency() const { return m_currency; }
    // Amounts are minor units, so only the display changes.
    void setCurrency(const QString &currency);

signals:
    // A typed value was refused; the message names the row and the field.
    void inputRejected(const QString &message);
    // Any record changed, was added, removed or moved.
    void recordsChanged();

protected:
    // Parses an amount cell; emits inputRejected and returns nullopt on error.
    std::optional<qint64> parseAmount(const QVariant &value, const QString &field);
    QString formatAmount(qint64 minor) const;
    static QString formatDate(const QDate &date);
    void emitRowChanged(int row);

    QString m_currency = QStringLiteral("EUR");
};

// The payment stages of one project, in order.
class StageTableModel final : public RecordTableModel
{
    Q_OBJECT

public:
    enum Column { Title, Amount, DueOn, WorkStartedOn, PaidOn, PaidAmount, ColumnCount };

    using RecordTableModel::RecordTableModel;

    // Stages overdue on this day (PaymentStage::isOverdue) are marked, and so
    // is work started without prepayment; both depend on whether the
    // project, in the status it has in the editor, owes money.
    void setToday(const QDate &today) { m_today = today; }
    void setProjectStatus(ProjectStatus status);

    const QList<PaymentStage> &stages() const { return m_stages; }
    void setStages(QList<PaymentStage> stages);
    const PaymentStage &stage(int row) const { return m_stages.at(row); }
    void setStage(int row, const PaymentStage &stage);
    // Empty when the sum does not fit in 64 bits.
    std::optional<qint64> sumMinor() const;

    void insertStage(int row, const PaymentStage &stage);
    void removeStage(int row);
    // Moves the stage at `from` so that it ends up at row `to`.
    void moveStage(int from, int to);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<PaymentStage> m_stages;
    QDate m_today;
    ProjectStatus m_projectStatus = ProjectStatus::Lead;
};

// The revision rounds of one project.
class RevisionTableModel final : public RecordTableModel
{
    Q_OBJECT

public:
    enum Column { RequestedOn, Description, Kind, Charge, ColumnCount };

    using RecordTableModel::RecordTableModel;

    const QList<Revision> &revisions() const { return m_revisions; }
    void setRevisions(QList<Revision> revisions);
    void appendRevision(const Revision &revision);
    void removeRevision(int row);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Revision> m_revisions;
};

// Planned changes of the project's base price.
class PriceChangeTableModel final : public RecordTableModel
{
    Q_OBJECT

public:
    enum Column { EffectiveOn, NewPrice, AnnouncedOn, Note, ColumnCount };

    using RecordTableModel::RecordTableModel;

    const QList<PriceChange> &priceChanges() const { return m_changes; }
    void setPriceChanges(QList<PriceChange> changes);
    void appendPriceChange(const PriceChange &change);
    void removePriceChange(int row);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<PriceChange> m_changes;
};

} // namespace neuvo
