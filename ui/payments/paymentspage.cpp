#include "paymentspage.h"
#include "ui/widgets/plaintext.h"

#include "ui/itemroles.h"
#include "ui/session.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace neuvo {

namespace {

enum StackIndex { TableIndex, EmptyIndex };

} // namespace

PaymentsPage::PaymentsPage(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new PaymentsModel(this))
    , m_filter(new PaymentsFilterModel(this))
{
    m_filter->setSourceModel(m_model);

    auto *title = new QLabel(tr("<h2>Payments</h2>"));

    auto *filters = new QHBoxLayout;
    auto *filterLabel = new QLabel(tr("Show:"));
    filters->addWidget(filterLabel);
    m_filterButtons = new QButtonGroup(this);
    m_filterButtons->setExclusive(true);
    static const char *const names[] = {"filterAll", "filterOverdue", "filterDueSoon", "filterUnpaid",
                                        "filterPaid"};
    for (int f = 0; f < PaymentsFilterModel::FilterCount; ++f) {
        auto *button = new QPushButton;
        button->setCheckable(true);
        button->setObjectName(QString::fromLatin1(names[f]));
        m_filterButtons->addButton(button, f);
        filters->addWidget(button);
    }
    filters->addStretch();
    m_filterButtons->button(PaymentsFilterModel::All)->setChecked(true);
    connect(m_filterButtons, &QButtonGroup::idClicked, this,
            [this](int id) { setFilter(PaymentsFilterModel::Filter(id)); });

    m_view = new QTableView;
    m_view->setAccessibleName(tr("Payment stages"));
    m_view->setModel(m_filter);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(PaymentsModel::DueOn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    // Project and stage titles are long and the window is not: they wrap
    // rather than lose their ends.
    m_view->setWordWrap(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setMinimumSectionSize(m_view->fontMetrics().height() + 6);
    QHeaderView *header = m_view->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    // The free-text columns share what is left; the rest fit their content.
    header->setSectionResizeMode(PaymentsModel::Project, QHeaderView::Stretch);
    header->setSectionResizeMode(PaymentsModel::Stage, QHeaderView::Stretch);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (const qint64 id = index.data(IdRole).toLongLong(); id > 0)
            emit openProjectRequested(id);
    });

    m_empty = plainLabel();
    m_empty->setObjectName(u"paymentsEmpty"_s);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setEnabled(false); // the muted look of an empty view

    m_stack = new QStackedWidget;
    m_stack->insertWidget(TableIndex, m_view);
    m_stack->insertWidget(EmptyIndex, m_empty);

    m_totals = plainLabel();
    m_totals->setObjectName(u"paymentsTotals"_s);
    m_totals->setWordWrap(true);
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *hint = new QLabel(tr("Double-click a stage to open its project."));
    hint->setEnabled(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(filters);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_totals);
    layout->addWidget(hint);

    setTabOrder(m_filterButtons->button(PaymentsFilterModel::Paid), m_view);

    connect(&m_session, &Session::changed, this, [this] {
        m_stale = true;
        if (isVisible())
            reload();
    });
    updateFilterLabels();
}

QAbstractButton *PaymentsPage::filterButton(PaymentsFilterModel::Filter filter) const
{
    return m_filterButtons->button(filter);
}

void PaymentsPage::showEvent(QShowEvent *event)
{
    if (m_stale)
        reload();
    QWidget::showEvent(event);
}

void PaymentsPage::reload()
{
    m_stale = false;
    m_model->setFacts(m_session.facts(), m_session.today());
    // Fitting every row's height measures every row; past a few thousand
    // stages a fixed height keeps the page instant and titles elide.
    constexpr int MaxFittedRows = 2000;
    QHeaderView *rows = m_view->verticalHeader();
    if (m_model->rowCount() <= MaxFittedRows) {
        rows->setSectionResizeMode(QHeaderView::ResizeToContents);
    } else {
        rows->setSectionResizeMode(QHeaderView::Fixed);
        rows->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    }
    updateFilterLabels();
    updateSummary();
}

void PaymentsPage::setFilter(PaymentsFilterModel::Filter filter)
{
    m_filterButtons->button(filter)->setChecked(true);
    m_filter->setFilter(filter);
    updateSummary();
}

void PaymentsPage::updateFilterLabels()
{
    // Counts on the buttons tell the freelancer where to look before clicking.
    int counts[PaymentsFilterModel::FilterCount] = {};
    for (int row = 0; row < m_model->rowCount(); ++row) {
        for (int f = 0; f < PaymentsFilterModel::FilterCount; ++f) {
            if (PaymentsFilterModel::accepts(PaymentsFilterModel::Filter(f), m_model->rowAt(row)->status))
                ++counts[f];
        }
    }
    const int days = m_model->dueSoonDays();
    const QString dueSoon = days == 1 ? tr("Due within a day")
                                      : tr("Due in %n days", "payments filter", days);
    const QString labels[] = {tr("All"), tr("Overdue"), dueSoon, tr("Unpaid"), tr("Paid")};
    for (int f = 0; f < PaymentsFilterModel::FilterCount; ++f) {
        QAbstractButton *button = m_filterButtons->button(f);
        //: Filter button with the number of stages it shows, e.g. "Overdue (3)"
        button->setText(tr("%1 (%2)").arg(labels[f]).arg(counts[f]));
    }
    m_filterButtons->button(PaymentsFilterModel::DueSoon)
        ->setToolTip(tr("Unpaid stages due within the number of days set in Preferences "
                        "(now %1)").arg(days));
}

QString PaymentsPage::formatTotals(const CurrencyTotals &totals)
{
    return totals.format(QLocale()).join(u" · "_s);
}

void PaymentsPage::updateSummary()
{
    const bool noStages = m_model->rowCount() == 0;
    const bool nothingShown = m_filter->rowCount() == 0;
    if (noStages) {
        m_empty->setText(tr("No stages yet — add them in a project's Stages tab."));
    } else if (nothingShown) {
        const int days = m_model->dueSoonDays();
        switch (m_filter->filter()) {
        case PaymentsFilterModel::Overdue:
            m_empty->setText(tr("Nothing overdue."));
            break;
        case PaymentsFilterModel::DueSoon:
            m_empty->setText(days == 1 ? tr("Nothing due within a day.")
                                       : tr("Nothing due in the next %n days.", nullptr, days));
            break;
        case PaymentsFilterModel::Unpaid:
            m_empty->setText(tr("Every stage that is owed has been paid."));
            break;
        case PaymentsFilterModel::Paid:
            m_empty->setText(tr("No stage has been paid yet."));
            break;
        case PaymentsFilterModel::All:
        case PaymentsFilterModel::FilterCount:
            break;
        }
    }
    m_stack->setCurrentIndex(nothingShown ? EmptyIndex : TableIndex);

    QStringList lines;
    const CurrencyTotals outstanding = m_filter->outstandingTotals();
    const CurrencyTotals paid = m_filter->paidTotals();
    if (!outstanding.isEmpty())
        lines << tr("Outstanding: %1").arg(formatTotals(outstanding));
    if (!paid.isEmpty())
        lines << tr("Paid: %1").arg(formatTotals(paid));
    if (lines.isEmpty() && !nothingShown)
        lines << tr("Nothing outstanding and nothing paid in the stages shown.");
    m_totals->setText(lines.join(u"\n"_s));
    m_totals->setVisible(!lines.isEmpty());
}

QString PaymentsPage::totalsText() const
{
    return m_totals->text();
}

QString PaymentsPage::emptyText() const
{
    return m_stack->currentIndex() == EmptyIndex ? m_empty->text() : QString();
}

} // namespace neuvo
