#pragma once

#include <QWidget>

namespace neuvo {

class Session;

// Placeholder of the Payments page; the desktop UI issue fills it in.
class PaymentsPage final : public QWidget
{
    Q_OBJECT

public:
    explicit PaymentsPage(Session &session, QWidget *parent = nullptr);

public slots:
    void reload();

signals:
    void openClientRequested(qint64 clientId);
    void openProjectRequested(qint64 projectId);

private:
    Session &m_session;
};

} // namespace neuvo
