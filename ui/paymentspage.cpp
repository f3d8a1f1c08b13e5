#include "paymentspage.h"

#include "session.h"

#include <QLabel>
#include <QVBoxLayout>

namespace neuvo {

PaymentsPage::PaymentsPage(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Payments")));
    connect(&m_session, &Session::changed, this, &PaymentsPage::reload);
}

void PaymentsPage::reload()
{
}

} // namespace neuvo
