#include "statisticspage.h"

#include "ui/session.h"
#include "ui/widgets/plaintext.h"

#include "core/domain/enumids.h"
#include "core/storage/stores.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QDateEdit>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QGraphicsLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLegend>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardItemModel>
#include <QTableView>
#include <QUrl>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace neuvo {

namespace {

const QColor kWonColor(0x26, 0xa2, 0x69);
const QColor kLostColor(0xe0, 0x1b, 0x24);
const QColor kOpenColor(0x9a, 0x99, 0x96);
const QColor kRateColor(0x62, 0xa0, 0xea);
const QColor kFloorColor(0xf6, 0xd3, 0x2d);
const QColor kRecentColor(0x26, 0xa2, 0x69);

// Bars need a number; the amounts themselves stay integers everywhere else.
double major(qint64 minor, const QString &currency)
{
    return double(minor) / std::pow(10.0, Money::exponent(currency));
}

QString money(qint64 minor, const QString &currency)
{
    return Money(minor, currency).format(QLocale());
}

QString tooFew(int sample)
{
    return StatisticsPage::tr("too few (%1 of %2)").arg(sample).arg(NegotiationStats::MinSample);
}

QString percent(const std::optional<double> &share, int sample)
{
    return share ? StatisticsPage::tr("%1 %").arg(QLocale().toString(*share * 100.0, 'f', 1)) : tooFew(sample);
}

QString ratio(const NegotiationStats::Median &m)
{
    return m.value ? StatisticsPage::tr("%1×").arg(QLocale().toString(*m.value, 'f', 2)) : tooFew(m.sample);
}

QString perHour(const std::optional<qint64> &minor, const QString &currency)
{
    return minor ? StatisticsPage::tr("%1/h").arg(money(*minor, currency)) : StatisticsPage::tr("—");
}

QStandardItem *cell(const QString &text, Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto *item = new QStandardItem(text);
    item->setEditable(false);
    item->setTextAlignment(align);
    item->setToolTip(text);
    return item;
}

QStandardItem *number(const QString &text)
{
    return cell(text, Qt::AlignRight | Qt::AlignVCenter);
}

QString clientName(const Facts &facts, qint64 id)
{
    for (const Client &c : facts.clients) {
        if (c.id == id)
            return c.name;
    }
    return QString();
}

void clearChart(QChart *chart)
{
    chart->removeAllSeries();
    // removeAxis() hands the axis back to the caller: delete it, or every
    // reload leaks one.
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
}

QChart *newChart()
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setBackgroundVisible(false);
    chart->setMargins(QMargins(0, 0, 0, 0));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    return chart;
}

QBarSet *barSet(const QString &label, const QColor &color)
{
    auto *set = new QBarSet(label);
    set->setColor(color);
    set->setBorderColor(color);
    return set;
}

// The chart paints its own text; follow the widget palette so a dark theme
// does not get black labels on a dark window.
void applyPalette(QChart *chart, const QPalette &palette)
{
    const QColor text = palette.color(QPalette::WindowText);
    chart->legend()->setLabelColor(text);
    chart->setTitleBrush(text);
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        QColor grid = text;
        grid.setAlpha(40);
        axis->setGridLineColor(grid);
        axis->setLinePenColor(grid);
    }
}

} // namespace

StatisticsPage::StatisticsPage(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    m_period = new QComboBox;
    m_period->setObjectName(u"statisticsPeriod"_s);
    m_period->addItem(tr("All time"), AllTime);
    m_period->addItem(tr("Last 12 months"), LastTwelveMonths);
    m_period->addItem(tr("Since a date"), SinceDate);
    m_period->setAccessibleName(tr("Period"));
    m_since = new QDateEdit(session.today().addYears(-1));
    m_since->setObjectName(u"statisticsSince"_s);
    m_since->setCalendarPopup(true);
    m_since->setAccessibleName(tr("Counted from"));
    m_since->setToolTip(tr("Only projects agreed or quoted on or after this day."));
    m_since->setVisible(false);
    connect(m_period, &QComboBox::currentIndexChanged, this, [this] {
        m_since->setVisible(m_period->currentData().toInt() == SinceDate);
        reload();
    });
    connect(m_since, &QDateEdit::dateChanged, this, [this] {
        if (m_period->currentData().toInt() == SinceDate)
            reload();
    });

    m_summary = plainLabel();
    m_summary->setObjectName(u"statisticsSummary"_s);
    m_summary->setWordWrap(true);

    auto *top = new QHBoxLayout;
    auto *heading = new QLabel(u"<h2>%1</h2>"_s.arg(tr("Negotiation statistics").toHtmlEscaped()));
    top->addWidget(heading);
    top->addStretch();
    top->addWidget(plainLabel(tr("Period:")));
    top->addWidget(m_period);
    top->addWidget(m_since);

    const QStringList titles = {
        tr("Agreed price ÷ client's first offer (median)"),
        tr("Discounts on won projects"),
        tr("Win rate by source (agreed ÷ decided quotes)"),
        tr("Effective hourly rate (money received ÷ hours the work took)"),
        tr("Late payment (stages due by today)"),
        tr("Price rises to plan"),
    };
    const QList<QStringList> headers = {
        {tr("Group"), tr("Median"), tr("Data points")},
        {tr("Currency"), tr("Given"), tr("List price"), tr("Share"), tr("Discounted"), tr("With a concession"),
         tr("Share with a concession")},
        {tr("Source"), tr("Warm or cold"), tr("Won"), tr("Lost"), tr("Open"), tr("Win rate")},
        {tr("Client"), tr("Received"), tr("Hours"), tr("Rate"), tr("Floor"), tr("New agreements")},
        {tr("Client"), tr("Stages due"), tr("Late"), tr("Days late"), tr("Per stage due"), tr("Overdue now (days)")},
        {tr("Client"), tr("Project"), tr("Rate"), tr("New agreements"), tr("Price now"), tr("New price"),
         tr("From")},
    };

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->addLayout(top);
    layout->addWidget(m_summary);

    m_winChart = newChart();
    m_winView = new QChartView(m_winChart);
    m_winView->setObjectName(u"winChart"_s);
    m_winView->setRenderHint(QPainter::Antialiasing);
    m_winView->setMinimumHeight(240);
    m_winView->setAccessibleName(tr("Warm and cold clients chart"));
    m_winView->setFocusPolicy(Qt::NoFocus);
    m_rateChart = newChart();
    m_rateView = new QChartView(m_rateChart);
    m_rateView->setObjectName(u"rateChart"_s);
    m_rateView->setRenderHint(QPainter::Antialiasing);
    m_rateView->setMinimumHeight(240);
    m_rateView->setAccessibleName(tr("Effective hourly rate chart"));
    m_rateView->setFocusPolicy(Qt::NoFocus);
    auto *charts = new QHBoxLayout;
    charts->addWidget(m_winView, 2);
    charts->addWidget(m_rateView, 3);
    layout->addLayout(charts);

    for (int t = 0; t < TableCount; ++t) {
        auto *title = new QLabel(u"<b>%1</b>"_s.arg(titles.at(t).toHtmlEscaped()));
        title->setWordWrap(true);
        m_models[t] = new QStandardItemModel(0, int(headers.at(t).size()), this);
        m_models[t]->setHorizontalHeaderLabels(headers.at(t));
        m_views[t] = new QTableView;
        m_views[t]->setModel(m_models[t]);
        m_views[t]->setAccessibleName(titles.at(t));
        m_views[t]->verticalHeader()->hide();
        m_views[t]->setSelectionBehavior(QAbstractItemView::SelectRows);
        m_views[t]->setSelectionMode(t == RaisePlan ? QAbstractItemView::SingleSelection
                                                    : QAbstractItemView::NoSelection);
        m_views[t]->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        m_views[t]->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
        m_views[t]->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        m_views[t]->horizontalHeader()->setStretchLastSection(true);
        layout->addWidget(title);
        layout->addWidget(m_views[t]);
    }
    m_views[RaisePlan]->setObjectName(u"raisePlanView"_s);

    m_letterButton = new QPushButton(tr("Notice &Letter…"));
    m_letterButton->setObjectName(u"raiseLetterButton"_s);
    m_applyButton = new QPushButton(tr("&Plan the Price Rise"));
    m_applyButton->setObjectName(u"raiseApplyButton"_s);
    m_applyButton->setToolTip(tr("Stores the new price from its date in the project, announced today: send the "
                                 "letter today."));
    m_session.disableIfReadOnly(m_applyButton);
    connect(m_letterButton, &QPushButton::clicked, this, &StatisticsPage::showLetter);
    connect(m_applyButton, &QPushButton::clicked, this, [this] { planPriceRise(selectedPlanRow()); });
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_letterButton);
    actions->addWidget(m_applyButton);
    actions->addStretch();
    layout->addLayout(actions);
    m_status = plainLabel();
    m_status->setObjectName(u"statisticsStatus"_s);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    layout->addStretch();

    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    connect(&m_session, &Session::changed, this, [this] {
        m_stale = true;
        if (isVisible())
            reload();
    });
}

void StatisticsPage::showEvent(QShowEvent *event)
{
    if (m_stale)
        reload();
    QWidget::showEvent(event);
}

void StatisticsPage::reload()
{
    m_stale = false;
    const Facts &facts = m_session.facts();
    const QDate today = m_session.today();
    QDate since;
    switch (Period(m_period->currentData().toInt())) {
    case AllTime:
        break;
    case LastTwelveMonths:
        since = today.addYears(-1);
        break;
    case SinceDate:
        since = m_since->date();
        break;
    }
    // The session holds only the part of the interaction log the rules
    // read; the days each project is counted from come from the whole log
    // in the store, read while the page is shown and not kept.
    auto logDays = InteractionStore(m_session.db()).projectLogDays();
    if (!logDays) {
        // Without the log's days most projects would drop out of a period,
        // and the figures would look plausible and be wrong: keep the last
        // ones, say why, and read again when the page is next shown.
        m_stale = true;
        emit m_session.errorOccurred(logDays.error());
        return;
    }
    const NegotiationStats::ProjectLogDays days = std::move(logDays).value();
    m_report = NegotiationStats::compute(facts.profile, facts.clients, facts.projects, days,
                                         NegotiationStats::optionsFor(facts.profile, today, since));
    // The planner compares with the newest agreements whatever the period.
    const auto all = since.isValid()
        ? NegotiationStats::compute(facts.profile, facts.clients, facts.projects, days,
                                    NegotiationStats::optionsFor(facts.profile, today))
        : m_report;
    m_plan = PriceRisePlan::plan(facts.profile, facts.clients, facts.projects, all, days, today);

    m_summary->setText(
        m_report.projectsCounted == 0
            ? tr("No projects yet. The figures appear as quotes are decided, projects agreed and stages paid.")
            : tr("%1 projects counted. A figure from fewer than %2 data points is not shown: it would say more than "
                 "the data does. Money is shown in its own currency, never converted. Extra revision rounds and "
                 "unbilled changes count %3 h each; the rate of new agreements is the median of the last %4.")
                  .arg(m_report.projectsCounted)
                  .arg(NegotiationStats::MinSample)
                  .arg(m_report.options.hoursPerRound)
                  .arg(m_report.options.recentAgreements));
    fillTables();
    fillWinChart();
    fillRateChart();
}

void StatisticsPage::fillTables()
{
    const Facts &facts = m_session.facts();
    for (QStandardItemModel *model : m_models)
        model->removeRows(0, model->rowCount());

    auto *offers = m_models[OfferRatios];
    offers->appendRow({cell(tr("All won projects")), number(ratio(m_report.offerRatios.all)),
                       number(QString::number(m_report.offerRatios.all.sample))});
    for (const auto &[source, m] : m_report.offerRatios.perSource)
        offers->appendRow({cell(tr("Source: %1").arg(displayName(source))), number(ratio(m)),
                           number(QString::number(m.sample))});
    for (const auto &[id, m] : m_report.offerRatios.perClient)
        offers->appendRow({cell(clientName(facts, id)), number(ratio(m)), number(QString::number(m.sample))});

    for (const auto &d : m_report.discounts) {
        m_models[Discounts]->appendRow({cell(d.currency), number(money(d.discountMinor, d.currency)),
                                        number(money(d.listMinor, d.currency)), number(percent(d.share, d.wonProjects)),
                                        number(tr("%1 of %2").arg(d.discounted).arg(d.wonProjects)),
                                        number(QString::number(d.withConcession)),
                                        number(percent(d.concessionShare, d.discounted))});
    }

    const auto warmth = [](NegotiationStats::Warmth w) {
        switch (w) {
        case NegotiationStats::Warmth::Warm:
            return tr("Warm");
        case NegotiationStats::Warmth::Cold:
            return tr("Cold");
        case NegotiationStats::Warmth::Unknown:
            break;
        }
        return tr("—");
    };
    const auto winRow = [](const QString &name, const QString &kind, const NegotiationStats::WinRate &w) {
        return QList<QStandardItem *>{cell(name), cell(kind), number(QString::number(w.won)),
                                      number(QString::number(w.lost)), number(QString::number(w.open)),
                                      number(percent(w.rate, w.won + w.lost))};
    };
    m_models[WinRates]->appendRow(winRow(tr("All warm sources"), warmth(NegotiationStats::Warmth::Warm), m_report.warm));
    m_models[WinRates]->appendRow(winRow(tr("All cold sources"), warmth(NegotiationStats::Warmth::Cold), m_report.cold));
    for (const auto &[source, w] : m_report.winRateBySource)
        m_models[WinRates]->appendRow(winRow(displayName(source), warmth(NegotiationStats::warmthOf(source)), w));

    for (const auto &r : m_report.clientRates) {
        auto *rate = number(perHour(r.rateMinor, r.currency));
        if (r.rateMinor && ((r.floorMinor && *r.rateMinor < *r.floorMinor) || (r.recentMinor && *r.rateMinor < *r.recentMinor))) {
            QFont bold = rate->font();
            bold.setBold(true);
            rate->setFont(bold);
        }
        m_models[Rates]->appendRow({cell(clientName(facts, r.clientId)), number(money(r.receivedMinor, r.currency)),
                                    number(tr("%1 (%2 estimated)").arg(r.hours).arg(r.estimatedHours)), rate,
                                    number(perHour(r.floorMinor, r.currency)),
                                    number(perHour(r.recentMinor, r.currency))});
    }

    for (const auto &o : m_report.overdue) {
        m_models[Overdue]->appendRow(
            {cell(clientName(facts, o.clientId)), number(QString::number(o.stagesDue)),
             number(QString::number(o.stagesLate)), number(QString::number(o.daysLate)),
             number(o.averageDaysLate ? QLocale().toString(*o.averageDaysLate, 'f', 1) : tooFew(o.stagesDue)),
             number(QString::number(o.openOverdueDays))});
    }

    const QLocale locale;
    for (const auto &c : m_plan) {
        const QString from = c.alreadyPlanned
            ? tr("already planned from %1").arg(locale.toString(c.alreadyPlanned->effectiveOn, QLocale::ShortFormat))
            : locale.toString(c.effectiveOn, QLocale::ShortFormat);
        m_models[RaisePlan]->appendRow({cell(c.clientName), cell(c.projectTitle),
                                        number(perHour(c.effectiveRateMinor, c.currency)),
                                        number(perHour(c.recentRateMinor, c.currency)),
                                        number(money(c.currentPriceMinor, c.currency)),
                                        number(money(c.suggestedPriceMinor, c.currency)), number(from)});
    }
    if (m_plan.isEmpty())
        m_status->setText(tr("No client's effective rate is under the rate of your recent new agreements."));
    else if (m_status->text().isEmpty() || !m_status->property("applied").toBool())
        m_status->setText(tr("Choose a client to see the notice letter or to plan the rise. The date gives %1 days "
                             "of notice, or waits for the end of the contract term."
                             ).arg(m_session.facts().profile.noticeDays));
    m_status->setProperty("applied", false);
    if (!m_plan.isEmpty() && m_views[RaisePlan]->selectionModel()->selectedRows().isEmpty())
        m_views[RaisePlan]->selectRow(0);
    m_letterButton->setEnabled(!m_plan.isEmpty());
    if (!m_session.isReadOnly())
        m_applyButton->setEnabled(!m_plan.isEmpty());

    for (QTableView *view : m_views) {
        view->resizeColumnsToContents();
        // Every row shown, no inner scrolling: the page scrolls.
        int height = view->horizontalHeader()->height() + 2 * view->frameWidth();
        for (int row = 0; row < view->model()->rowCount(); ++row)
            height += view->rowHeight(row);
        view->setFixedHeight(height + (view->model()->rowCount() == 0 ? view->verticalHeader()->defaultSectionSize() : 0));
    }
}

void StatisticsPage::fillWinChart()
{
    clearChart(m_winChart);
    auto *won = barSet(tr("Won"), kWonColor);
    auto *lost = barSet(tr("Lost"), kLostColor);
    auto *open = barSet(tr("Open"), kOpenColor);
    int most = 1;
    for (const auto *w : {&m_report.warm, &m_report.cold}) {
        *won << w->won;
        *lost << w->lost;
        *open << w->open;
        most = std::max({most, w->won, w->lost, w->open});
    }
    auto *bars = new QBarSeries;
    bars->append(won);
    bars->append(lost);
    bars->append(open);
    m_winChart->addSeries(bars);
    auto *x = new QBarCategoryAxis;
    // Two lines, the win rate (or, with too few decided quotes, their
    // number) under the name: a category is half of a narrow chart.
    const auto label = [](const QString &name, const NegotiationStats::WinRate &w) {
        const QString rate = w.rate ? percent(w.rate, 0) : tr("n = %1").arg(w.won + w.lost);
        return u"%1<br>%2"_s.arg(name.toHtmlEscaped(), rate.toHtmlEscaped());
    };
    x->append({label(tr("Warm"), m_report.warm), label(tr("Cold"), m_report.cold)});
    m_winChart->addAxis(x, Qt::AlignBottom);
    bars->attachAxis(x);
    auto *y = new QValueAxis;
    y->setLabelFormat(u"%d"_s);
    y->setRange(0, most);
    y->setTickCount(std::min(most, 5) + 1);
    y->setTitleText(tr("Quotes"));
    m_winChart->addAxis(y, Qt::AlignLeft);
    bars->attachAxis(y);
    m_winChart->setTitle(tr("Warm and cold clients").toHtmlEscaped());
    applyPalette(m_winChart, palette());
}

void StatisticsPage::fillRateChart()
{
    clearChart(m_rateChart);
    // One currency per chart: the one with the most clients, the profile's
    // on a tie. The table lists every currency.
    QMap<QString, int> clientsPer;
    for (const auto &r : m_report.clientRates)
        ++clientsPer[r.currency];
    QString currency = m_session.facts().profile.currency;
    for (auto it = clientsPer.cbegin(); it != clientsPer.cend(); ++it) {
        if (it.value() > clientsPer.value(currency))
            currency = it.key();
    }
    auto *rate = barSet(tr("Effective rate"), kRateColor);
    auto *floor = barSet(tr("Floor rate"), kFloorColor);
    auto *recent = barSet(tr("New agreements"), kRecentColor);
    QStringList categories;
    double most = 1;
    const Facts &facts = m_session.facts();
    for (const auto &r : m_report.clientRates) {
        if (r.currency != currency || !r.rateMinor)
            continue;
        // Category labels are rich text in Qt Charts: escape the name.
        QString name = clientName(facts, r.clientId);
        if (name.size() > 18)
            name = name.left(17) + u'…';
        categories << name.toHtmlEscaped();
        *rate << major(*r.rateMinor, currency);
        *floor << (r.floorMinor ? major(*r.floorMinor, currency) : 0.0);
        *recent << (r.recentMinor ? major(*r.recentMinor, currency) : 0.0);
        most = std::max({most, major(*r.rateMinor, currency), r.floorMinor ? major(*r.floorMinor, currency) : 0.0,
                         r.recentMinor ? major(*r.recentMinor, currency) : 0.0});
    }
    auto *bars = new QBarSeries;
    bars->append(rate);
    bars->append(floor);
    bars->append(recent);
    m_rateChart->addSeries(bars);
    auto *x = new QBarCategoryAxis;
    // Without a client the one category stays blank and the title says why:
    // the axis has no room for a sentence.
    x->append(categories.isEmpty() ? QStringList{u" "_s} : categories);
    m_rateChart->addAxis(x, Qt::AlignBottom);
    bars->attachAxis(x);
    auto *y = new QValueAxis;
    y->setLabelFormat(u"%.0f"_s);
    // At least 0–10: whole-number labels on a range of 0–1 would repeat.
    y->setRange(0, std::max(10.0, most));
    y->applyNiceNumbers();
    y->setTitleText(tr("%1 per hour").arg(currency));
    m_rateChart->addAxis(y, Qt::AlignLeft);
    bars->attachAxis(y);
    const QString title = tr("Effective hourly rate, %1").arg(currency);
    m_rateChart->setTitle((categories.isEmpty() ? u"%1: %2"_s.arg(title, tr("no finished projects yet")) : title)
                              .toHtmlEscaped());
    applyPalette(m_rateChart, palette());
}

int StatisticsPage::selectedPlanRow() const
{
    const auto rows = m_views[RaisePlan]->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

QString StatisticsPage::letter(int row, const QString &languageId) const
{
    if (row < 0 || row >= m_plan.size())
        return QString();
    const auto language = DocumentLanguage::fromId(languageId);
    if (!language)
        return QString();
    return PriceRisePlan::letter(m_plan.at(row), m_session.facts().profile, *language);
}

QString StatisticsPage::mailtoUrl(int row, const QString &languageId) const
{
    if (row < 0 || row >= m_plan.size())
        return QString();
    const auto language = DocumentLanguage::fromId(languageId);
    if (!language)
        return QString();
    const PriceRisePlan::Candidate &candidate = m_plan.at(row);
    QString recipient;
    for (const Client &client : m_session.facts().clients) {
        if (client.id == candidate.clientId)
            recipient = client.email;
    }
    return PriceRisePlan::mailtoUrl(candidate, m_session.facts().profile, recipient, *language);
}

QString StatisticsPage::statusText() const
{
    return m_status->text();
}

void StatisticsPage::showLetter()
{
    const int row = selectedPlanRow();
    if (row < 0)
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Price Rise Notice"));
    auto *language = new QComboBox;
    language->addItem(u"English"_s, u"en"_s);
    language->addItem(u"Suomi"_s, u"fi"_s);
    language->addItem(u"Русский"_s, u"ru"_s);
    const int current = language->findData(DocumentLanguage::forLocale(QLocale()).id());
    language->setCurrentIndex(std::max(0, current));
    auto *text = new QPlainTextEdit;
    text->setReadOnly(true);
    text->setMinimumSize(560, 320);
    const auto fill = [this, row, language, text] {
        text->setPlainText(letter(row, language->currentData().toString()));
    };
    connect(language, &QComboBox::currentIndexChanged, &dialog, fill);
    fill();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton *copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    connect(copy, &QPushButton::clicked, &dialog, [text] { QApplication::clipboard()->setText(text->toPlainText()); });
    QPushButton *email = buttons->addButton(tr("Open &E-mail Draft"), QDialogButtonBox::ActionRole);
    email->setObjectName(u"raiseEmailButton"_s);
    auto *status = new QLabel;
    status->setTextFormat(Qt::PlainText);
    status->setWordWrap(true);
    connect(email, &QPushButton::clicked, &dialog, [this, row, language, status] {
        if (!QDesktopServices::openUrl(QUrl(mailtoUrl(row, language->currentData().toString()), QUrl::StrictMode)))
            status->setText(tr("No e-mail program answered. Copy the letter to the clipboard instead."));
    });
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    auto *form = new QHBoxLayout;
    form->addWidget(plainLabel(tr("Language:")));
    form->addWidget(language);
    form->addStretch();
    layout->addLayout(form);
    layout->addWidget(text, 1);
    layout->addWidget(status);
    layout->addWidget(buttons);
    dialog.exec();
}

void StatisticsPage::planPriceRise(int row)
{
    if (row < 0 || row >= m_plan.size() || m_session.isReadOnly())
        return;
    const PriceRisePlan::Candidate candidate = m_plan.at(row);
    const DocumentLanguage language = DocumentLanguage::forLocale(QLocale());
    const auto change = PriceRisePlan::priceChange(candidate, m_session.today(), language);
    if (!change) {
        m_status->setText(change.error());
        return;
    }
    Database &db = m_session.db();
    ProjectStore store(db);
    auto project = store.get(candidate.projectId);
    if (!project) {
        m_status->setText(project.error());
        return;
    }
    project->priceChanges.append(*change);
    if (auto saved = db.transaction([&]() -> Result<void> { return store.update(*project); }); !saved) {
        m_status->setText(saved.error());
        return;
    }
    m_status->setText(tr("Planned: \"%1\" at %2 from %3, announced today. Send the letter today.")
                          .arg(candidate.projectTitle, money(candidate.suggestedPriceMinor, candidate.currency),
                               QLocale().toString(candidate.effectiveOn, QLocale::ShortFormat)));
    m_status->setProperty("applied", true);
    m_session.notifyChanged();
}

} // namespace neuvo
