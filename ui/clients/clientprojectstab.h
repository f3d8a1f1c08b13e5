#pragma once

#include "core/domain/domain.h"

#include <QDate>
#include <QList>
#include <QWidget>

class QTableView;

namespace neuvo {

class ClientProjectsModel;

// The client's projects with their status, total and next stage due; a
// double-click opens a project in the editor.
class ClientProjectsTab final : public QWidget
{
    Q_OBJECT

public:
    explicit ClientProjectsTab(QWidget *parent = nullptr);

    void load(const QList<Project> &projects, const QDate &today);

signals:
    void openProjectRequested(qint64 projectId);

private:
    ClientProjectsModel *m_model;
    QTableView *m_view = nullptr;
};

} // namespace neuvo
