#pragma once

#include <QWidget>

namespace neuvo {

class Session;

// Placeholder of the Dashboard page; the desktop UI issue fills it in.
class DashboardPage final : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardPage(Session &session, QWidget *parent = nullptr);

public slots:
    void reload();

signals:
    void openClientRequested(qint64 clientId);
    void openProjectRequested(qint64 projectId);

private:
    Session &m_session;
};

} // namespace neuvo
