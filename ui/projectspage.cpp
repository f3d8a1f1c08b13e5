#include "projectspage.h"

#include "session.h"

#include <QLabel>
#include <QVBoxLayout>

namespace neuvo {

ProjectsPage::ProjectsPage(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Projects")));
    connect(&m_session, &Session::changed, this, &ProjectsPage::reload);
}

void ProjectsPage::reload()
{
}

} // namespace neuvo
