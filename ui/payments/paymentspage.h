#pragma once

#include "paymentsmodel.h"

#include <QWidget>

class QAbstractButton;
class QButtonGroup;
class QLabel;
class QStackedWidget;
class QTableView;

namespace neuvo {

class Session;

// Every stage of every project with the filters a freelancer chases money
// by, and the totals per currency of what the filter shows.
class PaymentsPage final : public QWidget
{
    Q_OBJECT

public:
    explicit PaymentsPage(Session &session, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    PaymentsFilterModel *filterModel() const { return m_filter; }
    PaymentsModel *model() const { return m_model; }
    QAbstractButton *filterButton(PaymentsFilterModel::Filter filter) const;
    PaymentsFilterModel::Filter filter() const { return m_filter->filter(); }
    // The text under the table, e.g. "Outstanding: 5 200,00 € · 48 000,00 ₽".
    QString totalsText() const;
    // The message shown instead of the table, empty while the table shows.
    QString emptyText() const;

public slots:
    void reload();
    void setFilter(neuvo::PaymentsFilterModel::Filter filter);

signals:
    void openClientRequested(qint64 clientId);
    void openProjectRequested(qint64 projectId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void updateFilterLabels();
    void updateSummary();
    static QString formatTotals(const CurrencyTotals &totals);

    Session &m_session;
    PaymentsModel *m_model = nullptr;
    PaymentsFilterModel *m_filter = nullptr;
    QButtonGroup *m_filterButtons = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_empty = nullptr;
    QLabel *m_totals = nullptr;
    bool m_stale = true;
};

} // namespace neuvo
