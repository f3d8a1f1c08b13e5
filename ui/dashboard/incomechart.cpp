#include "incomechart.h"
#include "ui/widgets/plaintext.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QEvent>
#include <QGraphicsLayout>
#include <QLabel>
#include <QLegend>
#include <QLocale>
#include <QToolTip>
#include <QValueAxis>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::StringLiterals;

namespace neuvo {

namespace {

const QColor kPaidColor(0x26, 0xa2, 0x69);
const QColor kExpectedColor(0x62, 0xa0, 0xea);

// Bars need a number; the amounts themselves stay integers everywhere else.
double major(qint64 minor, const QString &currency)
{
    return double(minor) / std::pow(10.0, Money::exponent(currency));
}

QString monthLabel(const QDate &month)
{
    const QLocale locale;
    //: Month in the income chart's tooltips: short month name and year, e.g. "May 2024"
    return IncomeChart::tr("%1 %2")
        .arg(locale.standaloneMonthName(month.month(), QLocale::ShortFormat))
        .arg(month.year());
}

// Twelve categories share the chart's width and some languages have long
// short month names ("marrask."), so the year goes on a second line.
QString axisLabel(const QDate &month, bool current)
{
    const QLocale locale;
    //: Under the current month on the income chart's axis, in place of the year; keep it short
    const QString second = current ? IncomeChart::tr("now") : QString::number(month.year());
    return u"%1<br>%2"_s.arg(locale.standaloneMonthName(month.month(), QLocale::ShortFormat).toHtmlEscaped(),
                             current ? u"<b>%1</b>"_s.arg(second.toHtmlEscaped()) : second);
}

} // namespace

IncomeChart::IncomeChart(QWidget *parent)
    : QWidget(parent)
    , m_chart(new QChart)
{
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setBackgroundVisible(false);
    m_chart->setMargins(QMargins(0, 0, 0, 0));
    m_chart->layout()->setContentsMargins(0, 0, 0, 0);

    m_view = new QChartView(m_chart);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(260);
    m_view->setAccessibleName(tr("Income chart"));
    m_view->setFocusPolicy(Qt::NoFocus);

    m_subtitle = plainLabel();
    m_subtitle->setObjectName(u"incomeSubtitle"_s);
    m_subtitle->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_subtitle);
    layout->addWidget(m_view, 1);
    applyPalette();
}

void IncomeChart::setSeries(const IncomeSeries &series, const QDate &today)
{
    m_series = series;
    m_chart->removeAllSeries();
    // removeAxis() hands the axis back to the caller (unlike
    // removeAllSeries(), which deletes): without the delete every reload
    // leaked two axes (found by the ASan run of tst_guisafety).
    for (QAbstractAxis *axis : m_chart->axes()) {
        m_chart->removeAxis(axis);
        delete axis;
    }

    const QString currency = series.currency;
    auto *paid = new QBarSet(tr("Paid"));
    auto *expected = new QBarSet(tr("Expected (unpaid stages by due date)"));
    paid->setColor(kPaidColor);
    paid->setBorderColor(kPaidColor);
    expected->setColor(kExpectedColor);
    expected->setBorderColor(kExpectedColor);
    QStringList categories;
    QStringList description;
    const QLocale locale;
    const QDate thisMonth(today.year(), today.month(), 1);
    for (const IncomeMonth &m : series.months) {
        paid->append(major(m.paidMinor, currency));
        expected->append(major(m.expectedMinor, currency));
        categories << axisLabel(m.month, m.month == thisMonth);
        description << tr("%1: paid %2, expected %3")
                           .arg(monthLabel(m.month), Money(m.paidMinor, currency).format(locale),
                                Money(m.expectedMinor, currency).format(locale));
    }
    auto *bars = new QBarSeries;
    bars->append(paid);
    bars->append(expected);
    bars->setBarWidth(0.8);
    m_chart->addSeries(bars);
    connect(bars, &QBarSeries::hovered, this, [this](bool status, int index, QBarSet *set) {
        if (!status || index < 0 || index >= m_series.months.size()) {
            QToolTip::hideText();
            return;
        }
        const IncomeMonth &m = m_series.months.at(index);
        const bool isPaid = set->label() == tr("Paid");
        const Money amount(isPaid ? m.paidMinor : m.expectedMinor, m_series.currency);
        QToolTip::showText(QCursor::pos(), u"%1 – %2: %3"_s.arg(monthLabel(m.month), set->label(),
                                                                 amount.format(QLocale())));
    });

    auto *x = new QBarCategoryAxis;
    x->append(categories);
    m_chart->addAxis(x, Qt::AlignBottom);
    bars->attachAxis(x);

    auto *y = new QValueAxis;
    y->setLabelFormat(u"%.0f"_s);
    y->setMin(0);
    y->setMax(std::max(1.0, major(series.maxMinor(), currency)));
    y->applyNiceNumbers();
    y->setTitleText(currency);
    m_chart->addAxis(y, Qt::AlignLeft);
    bars->attachAxis(y);

    QString text = tr("Paid per month against the unpaid stages due each month, in %1.")
                       .arg(currency);
    if (!series.otherCurrencies.isEmpty())
        text += u' '
            + tr("Stages in %1 are not included: Neuvo does not convert currencies.")
                  .arg(locale.createSeparatedList(series.otherCurrencies));
    m_subtitle->setText(text);
    m_view->setAccessibleDescription(description.join(u"; "_s));
    applyPalette();
}

QString IncomeChart::subtitle() const
{
    return m_subtitle->text();
}

void IncomeChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
    QWidget::changeEvent(event);
}

// The chart paints its own text; follow the widget palette so a dark theme
// does not get black labels on a dark window.
void IncomeChart::applyPalette()
{
    const QColor text = palette().color(QPalette::WindowText);
    m_chart->legend()->setLabelColor(text);
    for (QAbstractAxis *axis : m_chart->axes()) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        QColor grid = text;
        grid.setAlpha(40);
        axis->setGridLineColor(grid);
        axis->setLinePenColor(grid);
    }
}

} // namespace neuvo
