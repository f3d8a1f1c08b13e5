#include "dashboardpage.h"

#include "session.h"

#include <QLabel>
#include <QVBoxLayout>

namespace neuvo {

DashboardPage::DashboardPage(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Dashboard")));
    connect(&m_session, &Session::changed, this, &DashboardPage::reload);
}

void DashboardPage::reload()
{
}

} // namespace neuvo
