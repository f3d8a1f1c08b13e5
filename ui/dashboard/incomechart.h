#pragma once

#include "core/domain/paymentfigures.h"

#include <QWidget>

class QChart;
class QChartView;
class QLabel;

namespace neuvo {

// The dashboard's income chart: paid per month against expected from
// unpaid stages, as bars, with a subtitle naming the currency.
class IncomeChart final : public QWidget
{
    Q_OBJECT

public:
    explicit IncomeChart(QWidget *parent = nullptr);

    void setSeries(const IncomeSeries &series, const QDate &today);
    const IncomeSeries &series() const { return m_series; }
    QString subtitle() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyPalette();

    IncomeSeries m_series;
    QChart *m_chart = nullptr;
    QChartView *m_view = nullptr;
    QLabel *m_subtitle = nullptr;
};

} // namespace neuvo
