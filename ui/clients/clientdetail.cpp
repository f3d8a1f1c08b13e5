#include "clientdetail.h"

#include "clientprojectstab.h"
#include "contacttab.h"
#include "interactionstab.h"
#include "promisestab.h"
#include "redflagstab.h"
#include "core/storage/stores.h"
#include "ui/session.h"
#include "ui/widgets/riskbadge.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace neuvo {

ClientDetailWidget::ClientDetailWidget(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    auto *placeholder = new QLabel(tr("Select a client to see contacts, projects, interactions, "
                                      "promises and red flags."));
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setWordWrap(true);
    placeholder->setForegroundRole(QPalette::PlaceholderText);

    m_stack = new QStackedWidget;
    m_stack->addWidget(placeholder);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
}

// The header and the five tabs are built when a client is first shown:
// the window opens with no client selected, and its first paint need not
// wait for widgets it does not show.
void ClientDetailWidget::buildDetails()
{
    m_title = new QLabel;
    m_title->setObjectName(u"clientTitle"_s);
    m_title->setTextFormat(Qt::PlainText);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_badge = new QLabel;
    m_badge->setObjectName(u"headerRiskBadge"_s);

    m_contact = new ContactTab;
    m_projects = new ClientProjectsTab;
    m_interactions = new InteractionsTab(m_session);
    m_promises = new PromisesTab(m_session);
    m_redFlags = new RedFlagsTab(m_session);
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(u"clientTabs"_s);
    m_tabs->insertTab(ContactPage, m_contact, tr("Contact"));
    m_tabs->insertTab(ProjectsPage, m_projects, tr("Projects"));
    m_tabs->insertTab(InteractionsPage, m_interactions, tr("Interactions"));
    m_tabs->insertTab(PromisesPage, m_promises, tr("Promises"));
    m_tabs->insertTab(RedFlagsPage, m_redFlags, tr("Red flags"));
    connect(m_contact->editButton(), &QPushButton::clicked, this, &ClientDetailWidget::editRequested);
    m_session.disableIfReadOnly(m_contact->editButton());
    connect(m_projects, &ClientProjectsTab::openProjectRequested, this,
            &ClientDetailWidget::openProjectRequested);

    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_badge);
    auto *details = new QWidget;
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addLayout(header);
    detailsLayout->addWidget(m_tabs, 1);
    m_stack->addWidget(details);
}

void ClientDetailWidget::setClient(qint64 clientId)
{
    const Facts &facts = m_session.facts();
    const Client *client = nullptr;
    for (const Client &c : facts.clients) {
        if (c.id == clientId) {
            client = &c;
            break;
        }
    }
    m_clientId = client ? clientId : 0;
    m_clientVersion = client ? client->rowVersion.value : 0;
    if (!client) {
        m_stack->setCurrentIndex(0);
        return;
    }
    if (!m_tabs)
        buildDetails();
    m_stack->setCurrentIndex(1);

    QList<Project> projects;
    for (const Project &p : facts.projects) {
        if (p.clientId == clientId)
            projects << p;
    }
    // Whole, with every summary: the facts keep only the ones the rules
    // quote (Facts::keepsSummary()).
    QList<Interaction> interactions;
    if (auto stored = InteractionStore(m_session.db()).list(clientId))
        interactions = std::move(stored).value();
    else
        emit m_session.errorOccurred(stored.error());
    QList<Promise> promises;
    for (const Promise &p : facts.promises) {
        if (p.clientId == clientId)
            promises << p;
    }
    QList<Observation> observations;
    for (const Observation &o : facts.observations) {
        if (o.clientId == clientId)
            observations << o;
    }
    QList<Finding> findings;
    for (const Finding &f : m_session.findings()) {
        if (f.clientId == clientId)
            findings << f;
    }
    const ClientRisk risk = m_session.risk(clientId);

    m_title->setText(client->company.isEmpty() ? client->name
                                               : tr("%1 — %2").arg(client->name, client->company));
    styleRiskBadge(m_badge, risk.level);
    m_badge->setToolTip(risk.reasonTexts().join(u'\n'));
    m_contact->load(*client);
    m_projects->load(projects, m_session.today());
    m_interactions->load(*client, interactions, projects);
    m_promises->load(clientId, promises, projects);
    m_redFlags->load(clientId, observations, findings, risk);
}

} // namespace neuvo
