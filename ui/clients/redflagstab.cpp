#include "redflagstab.h"

#include "clientdetailmodels.h"
#include "clientdetailviews.h"
#include "core/storage/stores.h"
#include "ui/session.h"
#include "ui/widgets/emptystate.h"
#include "ui/widgets/plaintext.h"
#include "ui/widgets/riskbadge.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QFrame>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace neuvo {

RedFlagsTab::RedFlagsTab(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_findings(new FindingTableModel(this))
    , m_alerts(new FindingTableModel(this))
{
    m_badge = new QLabel;
    m_badge->setObjectName(u"riskBadge"_s);
    m_reasons = valueLabel();
    m_reasons->setObjectName(u"riskReasons"_s);
    auto *riskLabel = new QLabel(tr("Risk:"));
    auto *top = new QHBoxLayout;
    top->addWidget(riskLabel);
    top->addWidget(m_badge, 0, Qt::AlignTop);
    top->addWidget(m_reasons, 1);

    auto *checklist = new QWidget;
    auto *grid = new QGridLayout(checklist);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setVerticalSpacing(2);
    grid->setColumnStretch(1, 1);
    for (const ClientPattern pattern : allValues<ClientPattern>()) {
        Item item;
        item.pattern = pattern;
        item.box = new QCheckBox(displayName(pattern));
        item.box->setObjectName(u"pattern_"_s + toId(pattern));
        item.box->setToolTip(description(pattern));
        item.note = new QLineEdit;
        item.note->setObjectName(u"note_"_s + toId(pattern));
        item.note->setPlaceholderText(tr("What happened"));
        item.note->setAccessibleName(tr("Note: %1").arg(displayName(pattern)));
        item.date = new QDateEdit;
        item.date->setObjectName(u"date_"_s + toId(pattern));
        item.date->setCalendarPopup(true);
        item.date->setAccessibleName(tr("Observed on: %1").arg(displayName(pattern)));
        const int row = int(m_items.size());
        grid->addWidget(item.box, row, 0);
        grid->addWidget(item.note, row, 1);
        grid->addWidget(item.date, row, 2);
        m_items << item;
        connect(item.box, &QCheckBox::toggled, this, [this, row](bool on) { toggle(row, on); });
        connect(item.note, &QLineEdit::editingFinished, this, [this, row] { edit(row); });
        connect(item.date, &QDateEdit::editingFinished, this, [this, row] { edit(row); });
        for (QWidget *control : std::initializer_list<QWidget *>{item.box, item.note, item.date})
            m_session.disableIfReadOnly(control);
        if (m_session.isReadOnly())
            item.box->setToolTip(description(pattern) + u"\n\n"_s + m_session.readOnlyToolTip());
    }
    auto *scroll = new QScrollArea;
    scroll->setWidget(checklist);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *checklistBox = new QGroupBox(tr("Checklist: what you observed"));
    auto *checklistLayout = new QVBoxLayout(checklistBox);
    checklistLayout->setContentsMargins(4, 4, 4, 4);
    checklistLayout->addWidget(scroll);

    // The client's behaviour (it makes the risk) and the freelancer's own
    // to-dos and lapses (they never do) in two lists.
    const auto findingsView = [this](FindingTableModel *model) {
        QTableView *view = tableView(model, this);
        view->setWordWrap(true);
        view->setItemDelegateForColumn(FindingTableModel::Severity, new RiskBadgeDelegate(view));
        view->sortByColumn(FindingTableModel::Severity, Qt::DescendingOrder);
        // The evidence names its dates; the room goes to the evidence.
        view->setColumnHidden(FindingTableModel::Kind, true);
        view->setColumnHidden(FindingTableModel::Date, true);
        QHeaderView *header = view->horizontalHeader();
        header->resizeSection(FindingTableModel::Severity, textWidth(this, tr("Warning")) + 8);
        // Evidence wraps: row heights follow the column width.
        connect(header, &QHeaderView::sectionResized, view, &QTableView::resizeRowsToContents);
        return view;
    };
    m_view = findingsView(m_findings);
    m_view->setObjectName(u"findingsView"_s);
    m_view->setAccessibleName(tr("Client flags: the client's behaviour"));
    new EmptyStateOverlay(m_view, [] { return tr("No red flags about this client."); });
    m_alertView = findingsView(m_alerts);
    m_alertView->setObjectName(u"alertsView"_s);
    m_alertView->setAccessibleName(tr("Your alerts: things for you to do"));
    new EmptyStateOverlay(m_alertView, [] { return tr("Nothing for you to do for this client."); });
    auto *findingsBox = new QGroupBox(tr("Client flags: the client's behaviour, which makes the risk"));
    auto *findingsLayout = new QVBoxLayout(findingsBox);
    findingsLayout->setContentsMargins(4, 4, 4, 4);
    findingsLayout->addWidget(m_view);
    auto *alertsBox = new QGroupBox(tr("Your alerts: things to do or fix; they never change the risk"));
    auto *alertsLayout = new QVBoxLayout(alertsBox);
    alertsLayout->setContentsMargins(4, 4, 4, 4);
    alertsLayout->addWidget(m_alertView);
    auto *lists = new QSplitter(Qt::Vertical);
    lists->setChildrenCollapsible(false);
    lists->addWidget(findingsBox);
    lists->addWidget(alertsBox);

    auto *body = new QSplitter(Qt::Horizontal);
    body->setObjectName(u"redFlagsSplitter"_s);
    body->setChildrenCollapsible(false);
    body->addWidget(checklistBox);
    body->addWidget(lists);
    body->setStretchFactor(0, 1);
    body->setStretchFactor(1, 1);
    // Half and half to start with: the checklist's size hint would
    // otherwise squeeze the evidence into a narrow column.
    body->setSizes({500, 500});
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(body, 1);
}

void RedFlagsTab::load(qint64 clientId, const QList<Observation> &observations,
                       const QList<Finding> &findings, const ClientRisk &risk)
{
    m_clientId = clientId;
    const QDate today = m_session.today();
    for (Item &item : m_items) {
        // The standing observation of this pattern, if any: the latest one
        // not withdrawn by today.
        const Observation *standing = nullptr;
        for (const Observation &o : observations) {
            if (o.pattern == item.pattern && !(o.withdrawnOn.isValid() && o.withdrawnOn <= today))
                standing = &o;
        }
        const QSignalBlocker blockBox(item.box);
        const QSignalBlocker blockNote(item.note);
        const QSignalBlocker blockDate(item.date);
        item.observationId = standing ? standing->id : 0;
        item.box->setChecked(standing != nullptr);
        item.note->setText(standing ? standing->note : QString());
        item.date->setDate(standing && standing->observedOn.isValid() ? standing->observedOn : today);
    }
    QList<Finding> flags;
    QList<Finding> alerts;
    for (const Finding &f : findings)
        (f.kind == FindingKind::Flag ? flags : alerts) << f;
    m_findings->setFindings(flags);
    m_alerts->setFindings(alerts);
    m_view->resizeRowsToContents();
    m_alertView->resizeRowsToContents();

    styleRiskBadge(m_badge, risk.level);
    if (risk.reasons.isEmpty()) {
        m_reasons->setText(tr("No red flags from your observations or records."));
        m_reasons->setToolTip({});
    } else {
        m_reasons->setText(tr("Score %1. %2").arg(risk.score).arg(risk.reasons.first().toString())
                           + (risk.reasons.size() > 1
                                  ? u' ' + tr("(and %n more below)", nullptr, int(risk.reasons.size() - 1))
                                  : QString()));
        m_reasons->setToolTip(risk.reasonTexts().join(u'\n'));
    }
}

QString RedFlagsTab::description(ClientPattern pattern)
{
    switch (pattern) {
    case ClientPattern::Disrespect: return tr("Treats you as if giving you work were a favour.");
    case ClientPattern::BlamesPreviousContractors:
        return tr("Tried several specialists and complains about all of them.");
    case ClientPattern::PaysInPromises:
        return tr("Offers a share of future profit or later payment instead of pay.");
    case ClientPattern::Manipulation: return tr("Manipulates, or pushes their terms without any compromise.");
    case ClientPattern::FullLoadLowPrice: return tr("Promises a steady full workload, usually at a low price.");
    case ClientPattern::UnrealisticExpectations: return tr("Expects huge results for little money.");
    case ClientPattern::Demoralizing:
        return tr("Excessive attention, incomprehensible demands, suspicious tasks.");
    case ClientPattern::DevaluesWork: return tr("Says your work is worth 2–5 times less than you ask.");
    case ClientPattern::FreeWorkSeeker:
        return tr("Contests, free test tasks, \"pay later\", a new mailbox and a pseudonym.");
    case ClientPattern::BadProduct: return tr("Wants a bad product sold as if it were candy.");
    }
    return {};
}

void RedFlagsTab::toggle(int row, bool on)
{
    Item &item = m_items[row];
    ObservationStore store(m_session.db());
    Result<void> result;
    if (on) {
        Observation o;
        o.clientId = m_clientId;
        o.pattern = item.pattern;
        o.note = item.note->text().trimmed();
        o.observedOn = item.date->date();
        result = store.create(o);
    } else if (item.observationId > 0) {
        // Withdrawn, not deleted: the record of what was once observed stays.
        result = store.withdraw(item.observationId, m_session.today());
    }
    if (!result) {
        // Not stored: the box goes back, the note typed beside it stays
        // (a reload would replace it with the stored one).
        const QSignalBlocker block(item.box);
        item.box->setChecked(!on);
        MessageBox::warning(this, tr("Red flags"), result.error());
        return;
    }
    m_session.notifyClientChanged(m_clientId);
}

void RedFlagsTab::edit(int row)
{
    const Item &item = m_items.at(row);
    if (item.observationId <= 0 || !item.box->isChecked())
        return;
    ObservationStore store(m_session.db());
    auto o = store.get(item.observationId);
    if (!o)
        return;
    const QString note = item.note->text().trimmed();
    if (o->note == note && o->observedOn == item.date->date())
        return;
    o->note = note;
    o->observedOn = item.date->date();
    if (auto updated = store.update(*o); !updated) {
        // What was typed stays in the field to try again.
        MessageBox::warning(this, tr("Red flags"), updated.error());
        return;
    }
    m_session.notifyClientChanged(m_clientId);
}

} // namespace neuvo
