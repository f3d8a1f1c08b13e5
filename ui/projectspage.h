#pragma once

#include <QWidget>

namespace neuvo {

class Session;

// Placeholder of the Projects page; the desktop UI issue fills it in.
class ProjectsPage final : public QWidget
{
    Q_OBJECT

public:
    explicit ProjectsPage(Session &session, QWidget *parent = nullptr);

public slots:
    void reload();

signals:
    void openClientRequested(qint64 clientId);
    void openProjectRequested(qint64 projectId);

private:
    Session &m_session;
};

} // namespace neuvo
