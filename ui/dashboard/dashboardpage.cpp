#include "dashboardpage.h"
#include "ui/widgets/warning.h"

#include "core/storage/database.h"
#include "incomechart.h"
#include "core/reminders/dashboardsummary.h"
#include "core/reminders/seenfindings.h"
#include "core/domain/paymentfigures.h"
#include "core/domain/plural.h"
#include "cardlist.h"
#include "cardlistdialog.h"
#include "cardmodel.h"
#include "ui/itemroles.h"
#include "ui/session.h"

#include <QApplication>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QProgressBar>
#include <QResizeEvent>
#include <QScrollArea>
#include <QSet>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>
#include <numeric>
#include <unordered_map>

using namespace Qt::StringLiterals;

namespace neuvo {

namespace {

const QColor kRed(0xc0, 0x1c, 0x28);
const QColor kAmber(0xc6, 0x46, 0x00);
const QColor kBlue(0x1c, 0x71, 0xd8);

QColor severityColor(Severity severity)
{
    switch (severity) {
    case Severity::High:
        return kRed;
    case Severity::Warning:
        return kAmber;
    case Severity::Info:
        return kBlue;
    }
    return kBlue;
}

QColor riskColor(RiskLevel level)
{
    return level == RiskLevel::Decline ? kRed : kAmber;
}

void refit(CardList *list)
{
    list->refit();
}

// The order of a list's entries, sorted only as far as it is read: the
// first `head` (the rows the dashboard shows) at once, the rest when a row
// beyond them is first asked for ("Show all N"). Ties keep the entries' own
// order, so either way the result is that of a stable sort; with thousands
// of findings the dashboard then costs one pass, not a sort.
class LazyOrder
{
public:
    using Less = std::function<bool(int, int)>;

private:
    // m_less made total by the entries' own order.
    auto total() const
    {
        return [this](int a, int b) { return m_less(a, b) || (!m_less(b, a) && a < b); };
    }

public:

    LazyOrder(int count, int head, Less less)
        : m_less(std::move(less))
        , m_order(count)
        , m_head(std::min(head, count))
    {
        std::iota(m_order.begin(), m_order.end(), 0);
        std::partial_sort(m_order.begin(), m_order.begin() + m_head, m_order.end(), total());
    }

    // The index of the entry at position `row` of the sorted list.
    int at(int row)
    {
        if (row >= m_head && !m_sortedAll) {
            std::sort(m_order.begin() + m_head, m_order.end(), total());
            m_sortedAll = true;
        }
        return m_order.at(row);
    }

private:
    Less m_less;
    std::vector<int> m_order;
    int m_head = 0;
    bool m_sortedAll = false;
};

QLabel *sectionTitle()
{
    auto *label = new QLabel;
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    label->setFont(font);
    return label;
}

QLabel *emptyLabel(const QString &text)
{
    auto *label = new QLabel(text);
    label->setWordWrap(true);
    label->setEnabled(false); // the muted look of an empty list
    label->setContentsMargins(6, 4, 6, 4);
    return label;
}

// Rules shown among your alerts, in the order their groups appear.
// payment_overdue is a flag about the client, but it is also money to
// chase today, so the dashboard lists it first.
const QStringList &alertRuleOrder()
{
    static const QStringList order = {
        u"payment_overdue"_s,     u"part_ways"_s,           u"work_without_prepayment"_s,
        u"deadline_missed"_s,     u"deadline_at_risk"_s,    u"stage_due_soon"_s,
        u"promise_due"_s,         u"unconfirmed_agreement"_s, u"brief_unanswered"_s,
        u"postpayment_plan"_s,    u"unbilled_changes"_s,    u"price_notice_due"_s,
        u"contract_renewal_due"_s, u"below_floor_rate"_s,   u"discount_without_concession"_s,
        u"nda_without_surcharge"_s, u"no_price_breakdown"_s, u"deadline_without_margin"_s,
    };
    return order;
}

bool isDashboardItem(const Finding &f)
{
    return f.kind == FindingKind::Alert || f.rule == u"payment_overdue"_s;
}

QString relativeDay(const QDate &date, const QDate &today)
{
    const qint64 days = today.daysTo(date);
    if (days == 0)
        return DashboardPage::tr("today");
    if (days == 1)
        return DashboardPage::tr("tomorrow");
    if (days == -1)
        return DashboardPage::tr("yesterday");
    if (days > 1)
        return DashboardPage::tr("in %n days", nullptr, int(days));
    return DashboardPage::tr("%n days ago", nullptr, int(-days));
}

QString dateWithRelative(const QDate &date, const QDate &today)
{
    //: A date and how far it is from today, e.g. "12.05.2024 (in 3 days)"
    return DashboardPage::tr("%1 (%2)")
        .arg(QLocale().toString(date, QLocale::ShortFormat), relativeDay(date, today));
}

} // namespace

DashboardPage::DashboardPage(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    // ---- Notices banner, outside the scroll area so it stays in view ----
    m_banner = new QFrame;
    m_banner->setObjectName(u"noticeBanner"_s);
    // The window colour tinted red: the palette's text and link colours stay
    // readable on it in a light and a dark theme.
    const QColor alarm(0xe0, 0x1b, 0x24);
    m_banner->setStyleSheet(u"QFrame#noticeBanner { background: %1; border: 1px solid %2; border-radius: 4px; }"
                            " QFrame#noticeBanner QLabel { background: transparent; border: none; }"
                            " QFrame#noticeBanner QToolButton { border: none; }"_s
                                .arg(bannerColor(this, alarm).name(), bannerBorderColor(this, alarm).name()));
    m_bannerText = new QLabel;
    m_bannerText->setObjectName(u"noticeText"_s);
    m_bannerText->setWordWrap(true);
    m_bannerText->setTextFormat(Qt::RichText);
    m_bannerText->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(m_bannerText, &QLabel::linkActivated, this, &DashboardPage::openLink);
    auto *close = new QToolButton;
    close->setObjectName(u"noticeClose"_s);
    close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    close->setAutoRaise(true);
    close->setAccessibleName(tr("Dismiss the notice"));
    close->setToolTip(tr("Dismiss the notice"));
    connect(close, &QToolButton::clicked, this, [this] {
        m_banner->hide();
        m_bannerFindings.clear();
    });
    auto *bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->setContentsMargins(10, 6, 4, 6);
    bannerLayout->addWidget(m_bannerText, 1);
    bannerLayout->addWidget(close, 0, Qt::AlignTop);
    m_banner->hide();

    // ---- The page ----
    m_dateLabel = new QLabel;
    m_dateLabel->setTextFormat(Qt::RichText);

    m_alertsTitle = sectionTitle();
    m_alerts = new CardList(tr("Today's alerts"), 380);
    m_alerts->setObjectName(u"alertList"_s);
    m_alertsTitle->setBuddy(m_alerts);
    m_alertsEmpty = emptyLabel(tr("Nothing needs your attention today."));

    m_clientsTitle = sectionTitle();
    m_clients = new CardList(tr("Clients to watch"), 440);
    m_clients->setObjectName(u"riskyClientList"_s);
    m_clientsTitle->setBuddy(m_clients);
    m_clientsEmpty = emptyLabel(tr("No risky clients: nobody is at Caution or Decline."));

    m_projectsTitle = sectionTitle();
    m_projects = new CardList(tr("Projects in progress"), 440);
    m_projects->setObjectName(u"projectList"_s);
    m_projectsTitle->setBuddy(m_projects);
    m_projectsEmpty = emptyLabel(tr("No projects in progress. A project shows here once its status is "
                                    "“In progress”."));

    auto *incomeTitle = sectionTitle();
    incomeTitle->setText(tr("Income"));
    m_incomeTitle = incomeTitle;

    // While the rules are evaluated in the session's thread.
    m_progress = new QWidget;
    m_progress->setObjectName(u"dashboardProgress"_s);
    m_progressText = new QLabel;
    m_progressText->setObjectName(u"dashboardProgressText"_s);
    m_progressText->setTextFormat(Qt::PlainText);
    auto *busy = new QProgressBar;
    busy->setRange(0, 0); // no end known: a busy indicator
    busy->setTextVisible(false);
    busy->setMaximumWidth(320);
    busy->setAccessibleName(tr("Checking your records"));
    auto *progressLayout = new QVBoxLayout(m_progress);
    progressLayout->setContentsMargins(0, 12, 0, 12);
    progressLayout->addWidget(m_progressText);
    progressLayout->addWidget(busy);
    // What the dashboard said when the window last closed, so the first
    // paint has the figures the freelancer expects, marked as not checked yet.
    m_lastSummary = new QLabel;
    m_lastSummary->setObjectName(u"lastSessionSummary"_s);
    m_lastSummary->setTextFormat(Qt::PlainText);
    m_lastSummary->setWordWrap(true);
    m_lastSummary->setContentsMargins(0, 8, 0, 0);
    m_lastSummary->hide();
    progressLayout->addWidget(m_lastSummary);
    m_progress->hide();
    m_income = new IncomeChart;
    m_income->setObjectName(u"incomeChart"_s);

    for (CardList *list : {m_alerts, m_clients, m_projects}) {
        connect(list, &QTreeView::clicked, this, [this, list](const QModelIndex &index) { openIndex(list, index); });
        connect(list, &QTreeView::activated, this, [this, list](const QModelIndex &index) { openIndex(list, index); });
    }

    auto *content = new QWidget;
    auto *grid = new QGridLayout(content);
    grid->setVerticalSpacing(6);
    grid->setHorizontalSpacing(18);
    int row = 0;
    grid->addWidget(m_dateLabel, row++, 0, 1, 2);
    grid->addWidget(m_progress, row++, 0, 1, 2);
    grid->addWidget(m_alertsTitle, row++, 0, 1, 2);
    grid->addWidget(m_alerts, row++, 0, 1, 2);
    grid->addWidget(m_alertsEmpty, row++, 0, 1, 2);
    grid->addItem(new QSpacerItem(0, 10), row++, 0);
    grid->addWidget(m_clientsTitle, row, 0);
    grid->addWidget(m_projectsTitle, row++, 1);
    auto *clientColumn = new QVBoxLayout;
    clientColumn->addWidget(m_clients);
    clientColumn->addWidget(m_clientsEmpty);
    clientColumn->addStretch();
    auto *projectColumn = new QVBoxLayout;
    projectColumn->addWidget(m_projects);
    projectColumn->addWidget(m_projectsEmpty);
    projectColumn->addStretch();
    grid->addLayout(clientColumn, row, 0);
    grid->addLayout(projectColumn, row++, 1);
    grid->addItem(new QSpacerItem(0, 10), row++, 0);
    grid->addWidget(incomeTitle, row++, 0, 1, 2);
    grid->addWidget(m_income, row++, 0, 1, 2);
    grid->setRowStretch(row, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);

    auto *scroll = new QScrollArea;
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    // Tabbing into a list further down must bring it into view.
    for (auto *list : {m_alerts, m_clients, m_projects})
        list->installEventFilter(this);
    m_scroll = scroll;

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_banner);
    layout->addWidget(scroll, 1);

    connect(&m_session, &Session::changed, this, [this] {
        m_stale = true;
        if (isVisible())
            reload();
    });

    // The evaluation's end refills the page one part per event (see
    // reload()); the banner's bookkeeping comes after them, in its own.
    connect(&m_session, &Session::evaluationFinished, this, [this] {
        m_fillInSlices = true;
        if (!m_announcePending)
            return;
        m_announcePending = false;
        m_announceWaiting = true;
        if (isVisible())
            m_announceQueued = true; // the last part of the refill
        else
            QTimer::singleShot(0, this, &DashboardPage::announceNewFindings);
    });
    connect(&m_session, &Session::writesReleased, this, [this] {
        if (!m_seenToRecord)
            return;
        const QList<Finding> shown = *std::exchange(m_seenToRecord, std::nullopt);
        if (auto recorded = SeenFindings(m_session.db()).recordSeen(shown); !recorded)
            qWarning("Could not record the warnings shown: %s", qUtf8Printable(recorded.error()));
    });
    m_fillTimer.setSingleShot(true);
    m_fillTimer.setInterval(0);
    connect(&m_fillTimer, &QTimer::timeout, this, &DashboardPage::fillNextPart);

    if (m_session.isEvaluating())
        m_announcePending = true;
    else
        announceNewFindings();
    reload();
}

QString DashboardPage::progressText() const
{
    return m_progress->isVisibleTo(this) ? m_progressText->text() : QString();
}

QString DashboardPage::groupTitle(const QString &rule)
{
    if (rule == u"payment_overdue")
        return tr("Overdue payments");
    if (rule == u"work_without_prepayment")
        return tr("Work started without payment");
    if (rule == u"deadline_missed" || rule == u"deadline_at_risk")
        return tr("Deadlines");
    if (rule == u"stage_due_soon")
        return tr("Payments due soon");
    if (rule == u"promise_due")
        return tr("Promises");
    if (rule == u"unconfirmed_agreement")
        return tr("Unconfirmed agreements");
    if (rule == u"brief_unanswered")
        return tr("Briefs without answer");
    if (rule == u"price_notice_due")
        return tr("Price notices");
    if (rule == u"contract_renewal_due")
        return tr("Contract renewals");
    if (rule == u"below_floor_rate")
        return tr("Below your floor rate");
    if (rule == u"part_ways")
        return tr("Part ways: finish or refund");
    if (rule == u"postpayment_plan")
        return tr("Payment after the work");
    if (rule == u"unbilled_changes")
        return tr("Changes to bill");
    if (rule == u"discount_without_concession")
        return tr("Discounts without a concession");
    if (rule == u"nda_without_surcharge")
        return tr("NDA without its surcharge");
    if (rule == u"no_price_breakdown")
        return tr("Prices without a breakdown");
    if (rule == u"deadline_without_margin")
        return tr("Deadlines without a margin");
    return tr("Other alerts");
}

QString DashboardPage::bannerText() const
{
    return m_bannerText->text();
}

bool DashboardPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusIn && watched->isWidgetType())
        m_scroll->ensureWidgetVisible(static_cast<QWidget *>(watched), 0, 0);
    return QWidget::eventFilter(watched, event);
}

void DashboardPage::showEvent(QShowEvent *event)
{
    if (m_stale)
        reload();
    QWidget::showEvent(event);
}

void DashboardPage::reload()
{
    m_stale = false;
    const QDate today = m_session.today();
    m_dateLabel->setText(u"<h2>%1</h2>"_s.arg(
        tr("Today, %1").arg(QLocale().toString(today, QLocale::LongFormat)).toHtmlEscaped()));
    // Nothing here waits for the rules: the page paints at once and says
    // what it is doing, and fills when the session's thread is done.
    const bool evaluating = m_session.isEvaluating();
    m_progress->setVisible(evaluating);
    // Each title shows with its list, as the list fills.
    for (QWidget *w : std::initializer_list<QWidget *>{m_alertsTitle, m_clientsTitle, m_projectsTitle,
                                                       m_incomeTitle, m_income})
        w->hide();
    m_fillTimer.stop();
    m_partsToFill.clear();
    if (evaluating) {
        for (QWidget *w : std::initializer_list<QWidget *>{m_alerts, m_alertsEmpty, m_clients, m_clientsEmpty,
                                                           m_projects, m_projectsEmpty})
            w->hide();
        const int clients = m_session.clientCount();
        m_progressText->setText(englishPlural(tr("Checking %Ln client(s)…", nullptr, clients), clients));
        showLastSummary();
        return;
    }
    m_partsToFill = {Part::Alerts, Part::Clients, Part::Projects, Part::Income};
    if (m_announceQueued) {
        m_announceQueued = false;
        m_partsToFill << Part::Announce;
    }
    // After the evaluation every list fills at once, and on a large file
    // that is long enough to be felt: then one part per event, so the
    // window paints and takes input between them. After an edit the page
    // fills at once, as the edit's dialog expects to see its result.
    if (std::exchange(m_fillInSlices, false)) {
        // The first part too: the event that ends the evaluation also
        // runs the other pages' and the window's slots.
        m_fillTimer.start();
        return;
    }
    while (!m_partsToFill.isEmpty())
        fillNextPart();
}

void DashboardPage::fillNextPart()
{
    if (m_partsToFill.isEmpty())
        return;
    switch (m_partsToFill.takeFirst()) {
    case Part::Alerts: fillAlerts(); break;
    case Part::Clients: fillClients(); break;
    case Part::Projects: fillProjects(); break;
    case Part::Income: fillIncome(); break;
    case Part::Announce: announceNewFindings(); break;
    }
    if (m_partsToFill.isEmpty())
        emit filled();
    else if (!m_fillTimer.isActive())
        m_fillTimer.start();
}

QString DashboardPage::lastSummaryText() const
{
    return m_lastSummary->isVisibleTo(this) ? m_lastSummary->text() : QString();
}

void DashboardPage::showLastSummary()
{
    const auto stored = DashboardSummaryStore(m_session.db()).load();
    if (!stored || !stored->has_value()) {
        m_lastSummary->hide();
        return;
    }
    const DashboardSummary &last = **stored;
    const QLocale locale;
    QStringList lines;
    lines << tr("When Neuvo was last closed (%1), being checked now:")
                 .arg(locale.toString(last.evaluatedOn, QLocale::LongFormat));
    lines << QStringList{englishPlural(tr("%Ln alert(s)", nullptr, last.alerts), last.alerts),
                         englishPlural(tr("%Ln client(s) to watch", nullptr, last.clientsToWatch),
                                       last.clientsToWatch),
                         englishPlural(tr("%Ln project(s) in progress", nullptr, last.projectsInProgress),
                                       last.projectsInProgress)}
                 .join(u" · "_s);
    for (const auto &[rule, count] : last.groups)
        //: An alert group and how many alerts it had, e.g. "Overdue payments: 3"
        lines << tr("%1: %2").arg(groupTitle(rule), locale.toString(count));
    m_lastSummary->setText(lines.join(u'\n'));
    m_lastSummary->show();
}

DashboardSummary DashboardPage::summaryOf(const Facts &facts, const QList<Finding> &findings,
                                          const QHash<qint64, ClientRisk> &risks, const QDate &today)
{
    DashboardSummary summary;
    summary.evaluatedOn = today;
    // Grouped as fillAlerts() groups them: by title, led by the most
    // urgent rule of the group.
    struct Group
    {
        qsizetype rank = 0;
        QString rule;
        int count = 0;
    };
    QHash<QString, int> perRule;
    for (const Finding &f : findings) {
        if (!isDashboardItem(f))
            continue;
        ++perRule[f.rule];
        ++summary.alerts;
    }
    QHash<QString, Group> groups;
    for (auto it = perRule.cbegin(); it != perRule.cend(); ++it) {
        qsizetype rank = alertRuleOrder().indexOf(it.key());
        if (rank < 0)
            rank = alertRuleOrder().size();
        Group &g = groups[groupTitle(it.key())];
        if (g.count == 0 || rank < g.rank) {
            g.rank = rank;
            g.rule = it.key();
        }
        g.count += it.value();
    }
    QList<std::pair<QString, Group>> ordered;
    for (auto it = groups.cbegin(); it != groups.cend(); ++it)
        ordered.append({it.key(), it.value()});
    std::sort(ordered.begin(), ordered.end(), [](const auto &a, const auto &b) {
        return a.second.rank != b.second.rank ? a.second.rank < b.second.rank : a.first < b.first;
    });
    for (const auto &[title, group] : ordered)
        summary.groups.append({group.rule, group.count});
    for (const Client &c : facts.clients) {
        if (c.status == ClientStatus::Declined)
            continue;
        const auto it = risks.constFind(c.id);
        if (it != risks.cend() && it->level != RiskLevel::Ok)
            ++summary.clientsToWatch;
    }
    for (const Project &p : facts.projects)
        summary.projectsInProgress += p.status == ProjectStatus::InProgress ? 1 : 0;
    return summary;
}

bool DashboardPage::isFilling() const
{
    return m_session.isEvaluating() || !m_partsToFill.isEmpty() || m_announceWaiting;
}

void DashboardPage::fillIncome()
{
    const Facts &facts = m_session.facts();
    const QDate today = m_session.today();
    m_income->setSeries(IncomeSeries::compute(facts.projects, today, facts.profile.currency), today);
    m_incomeTitle->show();
    m_income->show();
}

namespace {

// How many rows each dashboard list shows before its "Show all N" row.
constexpr int AlertsPerGroup = 5;
constexpr int ClientsShown = 8;
constexpr int ProjectsShown = 8;

} // namespace

void DashboardPage::fillAlerts()
{
    const Facts &facts = m_session.facts();
    const QDate today = m_session.today();
    QHash<qint64, QString> clientNames;
    for (const Client &c : facts.clients)
        clientNames.insert(c.id, c.name);

    // Groups by title (rules of one kind share one), in the fixed order of
    // urgency of their first rule.
    struct Bucket
    {
        qsizetype rank = 0;
        QString title;
        QString rule;
        QList<int> rows; // indices into all
    };
    // Title and rank are looked up once per rule, not once per finding:
    // there may be tens of thousands. std::unordered_map keeps a bucket
    // where it is as others are added.
    std::unordered_map<QString, Bucket> buckets;
    struct RuleEntry
    {
        Bucket *bucket = nullptr;
        qsizetype rank = 0;
    };
    QHash<QString, RuleEntry> rules;
    int total = 0;
    // Each group holds the rows of its findings in this (implicitly
    // shared) list, not copies of them: with tens of thousands of findings
    // the copies were most of this part's time. Findings of one rule
    // mostly come one after another, so the last rule's entry is kept.
    const QList<Finding> all = m_session.findings();
    Bucket *lastBucket = nullptr; // unordered_map keeps it where it is
    QString lastRule;
    for (int i = 0; i < int(all.size()); ++i) {
        const Finding &f = all.at(i);
        if (!isDashboardItem(f))
            continue;
        if (lastBucket && f.rule == lastRule) {
            lastBucket->rows << i;
            ++total;
            continue;
        }
        auto rule = rules.find(f.rule);
        if (rule == rules.end()) {
            const QString title = groupTitle(f.rule);
            qsizetype rank = alertRuleOrder().indexOf(f.rule);
            if (rank < 0)
                rank = alertRuleOrder().size();
            Bucket &fresh = buckets[title];
            if (fresh.rows.isEmpty() || rank < fresh.rank) {
                fresh.rank = rank;
                fresh.rule = f.rule;
            }
            fresh.title = title;
            rule = rules.insert(f.rule, {&fresh, rank});
        }
        rule->bucket->rows << i;
        lastBucket = rule->bucket;
        lastRule = f.rule;
        ++total;
    }
    QList<Bucket> ordered;
    for (auto &[title, bucket] : buckets)
        ordered << std::move(bucket);
    std::sort(ordered.begin(), ordered.end(), [](const Bucket &a, const Bucket &b) {
        return a.rank != b.rank ? a.rank < b.rank : a.title < b.title;
    });

    QList<CardGroup> groups;
    for (Bucket &b : ordered) {
        const QList<int> rows = b.rows;
        // Soonest first (a finding without a date last), the worse one
        // first on the same day.
        auto order = std::make_shared<LazyOrder>(int(rows.size()), AlertsPerGroup, [all, rows](int i, int j) {
            const Finding &x = all.at(rows.at(i));
            const Finding &y = all.at(rows.at(j));
            if (x.date.isValid() != y.date.isValid())
                return x.date.isValid();
            if (x.date != y.date)
                return x.date < y.date;
            return int(x.severity) > int(y.severity);
        });
        groups << CardGroup{b.title, b.rule, int(rows.size()), [all, rows, order, clientNames, today](int row) {
                                const Finding &f = all.at(rows.at(order->at(row)));
                                Card card;
                                card.text = f.evidence.toString();
                                card.dot = severityColor(f.severity);
                                QStringList detail;
                                if (f.date.isValid())
                                    detail << dateWithRelative(f.date, today);
                                if (const QString name = clientNames.value(f.clientId); !name.isEmpty())
                                    detail << name;
                                detail << displayName(f.severity);
                                card.detail = detail.join(u" · "_s);
                                card.clientId = f.clientId;
                                card.projectId = f.projectId;
                                card.rule = f.rule;
                                card.accessibleText = card.text + u". "_s + detail.join(u", "_s);
                                card.toolTip = f.projectId ? tr("Click to open the project")
                                                           : tr("Click to open the client");
                                return card;
                            }};
    }
    m_alerts->cardModel()->setGroups(groups, AlertsPerGroup);
    refit(m_alerts);
    m_alerts->setVisible(total > 0);
    m_alertsEmpty->setVisible(total == 0);
    m_alertsTitle->setText(total == 0 ? tr("&Your alerts: what needs doing")
                                      : tr("&Your alerts: what needs doing (%1)").arg(total));
    m_alertsTitle->show();
}

void DashboardPage::fillClients()
{
    const Facts &facts = m_session.facts();
    const auto &risks = m_session.risks();
    struct Entry
    {
        Client client;
        ClientRisk risk;
    };
    QList<Entry> entries;
    for (const Client &c : facts.clients) {
        // A declined client is one the freelancer already walked away from.
        if (c.status == ClientStatus::Declined)
            continue;
        const auto it = risks.constFind(c.id);
        if (it != risks.cend() && it->level != RiskLevel::Ok)
            entries.append({c, *it});
    }
    const int count = int(entries.size());
    auto order = std::make_shared<LazyOrder>(count, ClientsShown, [entries](int i, int j) {
        const Entry &a = entries.at(i);
        const Entry &b = entries.at(j);
        if (a.risk.level != b.risk.level)
            return int(a.risk.level) > int(b.risk.level);
        if (a.risk.score != b.risk.score)
            return a.risk.score > b.risk.score;
        return QString::localeAwareCompare(a.client.name, b.client.name) < 0;
    });
    m_clients->cardModel()->setList(count, [entries, order](int row) {
        constexpr int MaxReasons = 3;
        const Entry &e = entries.at(order->at(row));
        Card card;
        card.text = e.client.company.isEmpty() ? e.client.name
                                               //: A client on the dashboard: name and company
                                               : tr("%1 — %2").arg(e.client.name, e.client.company);
        card.badge = displayName(e.risk.level);
        card.badgeColor = riskColor(e.risk.level);
        QStringList reasons;
        for (const CompactText &reason : e.risk.reasons.mid(0, MaxReasons))
            reasons << u"• "_s + reason.toString();
        if (e.risk.reasons.size() > MaxReasons)
            reasons << tr("…and %1 more in the client's Red flags tab").arg(e.risk.reasons.size() - MaxReasons);
        card.detail = reasons.join(u'\n');
        card.clientId = e.client.id;
        card.accessibleText = tr("%1, risk %2: %3").arg(card.text, displayName(e.risk.level),
                                                        e.risk.reasonTexts().join(u"; "_s));
        card.toolTip = tr("Risk score %1. Click to open the client.").arg(e.risk.score);
        return card;
    }, ClientsShown);
    refit(m_clients);
    m_clients->setVisible(count > 0);
    m_clientsEmpty->setVisible(count == 0);
    m_clientsTitle->setText(count == 0 ? tr("&Clients to watch: their flags")
                                       : tr("&Clients to watch: their flags (%1)").arg(count));
    m_clientsTitle->show();
}

void DashboardPage::fillProjects()
{
    const Facts &facts = m_session.facts();
    const QDate today = m_session.today();
    const int dueSoonDays = facts.profile.thresholds.value(u"stage_due_soon_days");
    QHash<qint64, QString> clientNames;
    for (const Client &c : facts.clients)
        clientNames.insert(c.id, c.name);

    // An entry names a project of `projects`, a shared (not copied) hold on
    // the facts' list: a copy of each project in progress took 13 MB at
    // 10 000 clients, at the window's peak of memory.
    struct Entry
    {
        int project; // index into projects
        int next; // index into the project's stages, -1 for none
    };
    const QList<Project> projects = facts.projects;
    QList<Entry> entries;
    for (int i = 0; i < projects.size(); ++i) {
        const Project &p = projects.at(i);
        if (p.status != ProjectStatus::InProgress)
            continue;
        const PaymentStage *next = p.nextStage();
        entries.append({i, next ? int(next - p.stages.constData()) : -1});
    }
    // The stage that comes due first leads; projects with nothing to collect last.
    const auto key = [projects](const Entry &e) {
        const Project &p = projects.at(e.project);
        return e.next >= 0 && p.stages.at(e.next).dueOn.isValid()
            ? p.stages.at(e.next).dueOn.toJulianDay()
            : std::numeric_limits<qint64>::max();
    };
    const int count = int(entries.size());
    auto order = std::make_shared<LazyOrder>(count, ProjectsShown, [entries, key](int i, int j) {
        return key(entries.at(i)) < key(entries.at(j));
    });
    m_projects->cardModel()->setList(count, [projects, entries, order, clientNames, today, dueSoonDays](int row) {
        const Entry &e = entries.at(order->at(row));
        const Project &p = projects.at(e.project);
        const QLocale locale;
        Card card;
        const QString client = clientNames.value(p.clientId);
        card.text = client.isEmpty() ? p.title : tr("%1 — %2").arg(p.title, client);
        QStringList detail;
        if (e.next >= 0) {
            const PaymentStage &s = p.stages.at(e.next);
            const StageStatus status = PaymentFigures::status(p, s, today, dueSoonDays);
            const QString open = p.money(s.unpaidMinor()).format(locale);
            detail << (s.dueOn.isValid()
                           ? tr("Next: stage %1 “%2”, %3 due %4")
                                 .arg(s.position)
                                 .arg(s.title, open, dateWithRelative(s.dueOn, today))
                           : tr("Next: stage %1 “%2”, %3, no due date")
                                 .arg(s.position)
                                 .arg(s.title, open));
            if (status == StageStatus::Overdue || status == StageStatus::DueSoon) {
                card.badge = PaymentFigures::label(status);
                card.badgeColor = status == StageStatus::Overdue ? kRed : kAmber;
            }
        } else if (p.stages.isEmpty()) {
            detail << tr("No stages yet: add them in the project's Stages tab.");
        } else {
            detail << tr("All stages paid.");
        }
        if (p.deadline.isValid())
            detail << tr("Deadline %1").arg(dateWithRelative(p.deadline, today));
        card.detail = detail.join(u'\n');
        card.projectId = p.id;
        card.clientId = p.clientId;
        card.accessibleText = card.text + u". "_s + detail.join(u". "_s);
        card.toolTip = tr("Click to open the project");
        return card;
    }, ProjectsShown);
    refit(m_projects);
    m_projects->setVisible(count > 0);
    m_projectsEmpty->setVisible(count == 0);
    m_projectsTitle->setText(count == 0 ? tr("&Projects in progress")
                                        : tr("&Projects in progress (%1)").arg(count));
    m_projectsTitle->show();
}

void DashboardPage::openIndex(CardList *list, const QModelIndex &index)
{
    if (!index.isValid())
        return;
    if (index.data(ShowAllRole).toBool()) {
        showAll(list, list->cardModel()->isFlat() ? 0 : index.parent().row());
        return;
    }
    if (const qint64 project = index.data(ProjectIdRole).toLongLong(); project > 0)
        emit openProjectRequested(project);
    else if (const qint64 client = index.data(ClientIdRole).toLongLong(); client > 0)
        emit openClientRequested(client);
}

void DashboardPage::showAll(CardList *list, int group)
{
    const CardModel *model = list->cardModel();
    if (group < 0 || group >= model->groupCount())
        return;
    const CardGroup &g = model->group(group);
    const QString title = list == m_alerts ? g.title : list->accessibleName();
    if (m_fullList)
        m_fullList->close();
    m_fullList = new CardListDialog(title, g.count, g.make, this);
    m_fullList->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_fullList, &CardListDialog::openClientRequested, this, &DashboardPage::openClientRequested);
    connect(m_fullList, &CardListDialog::openProjectRequested, this, &DashboardPage::openProjectRequested);
    m_fullList->show();
}

void DashboardPage::openLink(const QString &link)
{
    const qint64 id = link.section(u':', 1).toLongLong();
    if (id <= 0)
        return;
    if (link.startsWith(u"project:"))
        emit openProjectRequested(id);
    else if (link.startsWith(u"client:"))
        emit openClientRequested(id);
}

void DashboardPage::announceNewFindings()
{
    m_announceWaiting = false;
    SeenFindings seen(m_session.db());
    const QList<Finding> &findings = m_session.findings();
    // A file open read-only keeps its record as it is: the banner shows
    // again at the next start, which is better than showing nothing. While
    // the start checks hold writes the record waits for them, the banner
    // does not.
    const bool waitToRecord = !m_session.isReadOnly() && m_session.writesHeld();
    if (waitToRecord)
        m_seenToRecord = findings;
    auto unseen = m_session.isReadOnly() || waitToRecord ? seen.unseenHigh(findings) : seen.markSeen(findings);
    if (!unseen && !m_session.isReadOnly() && !waitToRecord) {
        qWarning("Could not record the warnings shown: %s", qUtf8Printable(unseen.error()));
        unseen = seen.unseenHigh(findings);
    }
    m_notices = unseen ? *unseen : QList<Finding>();
    if (m_notices.isEmpty())
        return;
    m_bannerHeading = tr("New serious warnings since you last opened Neuvo:");
    m_bannerFindings = m_notices;
    showBanner();
}

int DashboardPage::attentionCount(const QList<Finding> &findings)
{
    return int(std::count_if(findings.cbegin(), findings.cend(), isDashboardItem));
}

void DashboardPage::showNotices(const QList<Finding> &findings)
{
    if (!m_banner->isVisibleTo(this)) {
        m_bannerFindings.clear();
        m_bannerHeading = tr("New reminders:");
    } else {
        // Added to what the banner says already.
        m_bannerHeading = tr("New warnings and reminders:");
    }
    QSet<QString> listed;
    for (const Finding &f : std::as_const(m_bannerFindings))
        listed.insert(SeenFindings::key(f));
    for (const Finding &f : findings) {
        if (!listed.contains(SeenFindings::key(f)))
            m_bannerFindings << f;
    }
    showBanner();
}

void DashboardPage::showBanner()
{
    constexpr int MaxShown = 4;
    QStringList lines;
    for (const Finding &f : m_bannerFindings.mid(0, MaxShown)) {
        const QString link = f.projectId ? u"project:%1"_s.arg(f.projectId) : u"client:%1"_s.arg(f.clientId);
        lines << u"• <a href=\"%1\">%2</a>"_s.arg(link, f.evidence.toString().toHtmlEscaped());
    }
    if (m_bannerFindings.size() > MaxShown)
        lines << tr("…and %1 more below.").arg(m_bannerFindings.size() - MaxShown).toHtmlEscaped();
    m_bannerText->setText(u"<b>%1</b><br>%2"_s.arg(m_bannerHeading.toHtmlEscaped(), lines.join(u"<br>"_s)));
    m_banner->show();
}

} // namespace neuvo
