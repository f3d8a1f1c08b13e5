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

const ClientDetailWidget::ClientRecords *ClientDetailWidget::recordsOf(qint64 clientId)
{
    const Facts &facts = m_session.facts();
    const QList<Finding> &findings = m_session.findings();
    const QList<quintptr> from{quintptr(facts.clients.constData()),      quintptr(facts.clients.size()),
                               quintptr(facts.projects.constData()),     quintptr(facts.projects.size()),
                               quintptr(facts.promises.constData()),     quintptr(facts.promises.size()),
                               quintptr(facts.observations.constData()), quintptr(facts.observations.size()),
                               quintptr(findings.constData()),           quintptr(findings.size())};
    if (m_recordsGeneration != m_session.generation() || m_recordsFrom != from) {
        m_records.clear();
        m_records.reserve(facts.clients.size());
        for (qsizetype i = 0; i < facts.clients.size(); ++i) {
            ClientRecords &records = m_records[facts.clients.at(i).id];
            if (records.client < 0)
                records.client = i;
        }
        // Records of a client not in the list are never asked for.
        for (qsizetype i = 0; i < facts.projects.size(); ++i) {
            if (const auto it = m_records.find(facts.projects.at(i).clientId); it != m_records.end())
                it->projects << i;
        }
        for (qsizetype i = 0; i < facts.promises.size(); ++i) {
            if (const auto it = m_records.find(facts.promises.at(i).clientId); it != m_records.end())
                it->promises << i;
        }
        for (qsizetype i = 0; i < facts.observations.size(); ++i) {
            if (const auto it = m_records.find(facts.observations.at(i).clientId); it != m_records.end())
                it->observations << i;
        }
        for (qsizetype i = 0; i < findings.size(); ++i) {
            if (const auto it = m_records.find(findings.at(i).clientId); it != m_records.end())
                it->findings << i;
        }
        m_recordsGeneration = m_session.generation();
        m_recordsFrom = from;
    }
    const auto it = m_records.constFind(clientId);
    return it != m_records.cend() ? &*it : nullptr;
}

void ClientDetailWidget::setClient(qint64 clientId)
{
    const ClientRecords *records = recordsOf(clientId);
    const Facts &facts = m_session.facts();
    const Client *client = records ? &facts.clients.at(records->client) : nullptr;
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
    projects.reserve(records->projects.size());
    for (const qsizetype i : records->projects)
        projects << facts.projects.at(i);
    QList<Promise> promises;
    for (const qsizetype i : records->promises)
        promises << facts.promises.at(i);
    QList<Observation> observations;
    for (const qsizetype i : records->observations)
        observations << facts.observations.at(i);
    QList<Finding> findings;
    const QList<Finding> &allFindings = m_session.findings();
    for (const qsizetype i : records->findings)
        findings << allFindings.at(i);
    // Whole, with every summary: the facts keep only the ones the rules
    // quote (Facts::keepsSummary()). Read after the lists above are taken,
    // so that nothing a reported error sets off can move them meanwhile.
    QList<Interaction> interactions;
    if (auto stored = InteractionStore(m_session.db()).list(clientId))
        interactions = std::move(stored).value();
    else
        emit m_session.errorOccurred(stored.error());
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
