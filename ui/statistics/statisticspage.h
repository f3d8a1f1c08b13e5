#pragma once

#include "core/documents/priceriseplan.h"
#include "core/domain/negotiationstats.h"

#include <QWidget>

class QChart;
class QChartView;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace neuvo {

class Session;

// How negotiations went (NegotiationStats) and whose prices to raise
// (PriceRisePlan), from the session's facts. Money stays in its own
// currency; a figure from too few data points says so with its sample size.
class StatisticsPage final : public QWidget
{
    Q_OBJECT

public:
    enum Period { AllTime, LastTwelveMonths, SinceDate };
    // The tables, in order, by what they show.
    enum Table { OfferRatios, Discounts, WinRates, Rates, Overdue, RaisePlan, TableCount };

    explicit StatisticsPage(Session &session, QWidget *parent = nullptr);

    QStandardItemModel *model(Table table) const { return m_models[table]; }
    QTableView *view(Table table) const { return m_views[table]; }
    QComboBox *periodCombo() const { return m_period; }
    // The first day counted when the period is SinceDate.
    QDateEdit *sinceEdit() const { return m_since; }
    const NegotiationStats::Report &report() const { return m_report; }
    const QList<PriceRisePlan::Candidate> &plan() const { return m_plan; }
    QChart *winChart() const { return m_winChart; }
    QChart *rateChart() const { return m_rateChart; }
    // The letter to the price-rise candidate on the selected row, in a
    // document language ("en", "fi", "ru").
    QString letter(int row, const QString &languageId) const;
    // The mailto: link of that letter to the client's e-mail address.
    QString mailtoUrl(int row, const QString &languageId) const;
    QString statusText() const;

public slots:
    void reload();
    // Stores the planned price change of the candidate on this row (one
    // transaction), announced today; the result goes to statusText().
    void planPriceRise(int row);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void fillTables();
    void fillWinChart();
    void fillRateChart();
    void showLetter();
    int selectedPlanRow() const;

    Session &m_session;
    bool m_stale = true;
    NegotiationStats::Report m_report;
    QList<PriceRisePlan::Candidate> m_plan;
    QComboBox *m_period = nullptr;
    QDateEdit *m_since = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_status = nullptr;
    QStandardItemModel *m_models[TableCount] = {};
    QTableView *m_views[TableCount] = {};
    QChart *m_winChart = nullptr;
    QChart *m_rateChart = nullptr;
    QChartView *m_winView = nullptr;
    QChartView *m_rateView = nullptr;
    QPushButton *m_letterButton = nullptr;
    QPushButton *m_applyButton = nullptr;
};

} // namespace neuvo
