#pragma once

#include "core/domain/domain.h"

#include <QList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDateTimeEdit;
class QLineEdit;
class QPushButton;
class QTableView;

namespace neuvo {

class InteractionTableModel;
class Session;

// The interaction log of a client, the quick add below it, and the
// follow-up letter for the selected call or meeting.
class InteractionsTab final : public QWidget
{
    Q_OBJECT

public:
    explicit InteractionsTab(Session &session, QWidget *parent = nullptr);

    void load(const Client &client, const QList<Interaction> &interactions, const QList<Project> &projects);

private:
    void resetQuickAdd();
    void add();

    Session &m_session;
    InteractionTableModel *m_model;
    qint64 m_clientId = 0;
    QTableView *m_view = nullptr;
    QDateTimeEdit *m_when = nullptr;
    QComboBox *m_channel = nullptr;
    QComboBox *m_direction = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_summary = nullptr;
    QComboBox *m_project = nullptr;
    QCheckBox *m_confirmed = nullptr;
    QDateEdit *m_confirmedOn = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_letter = nullptr;
};

} // namespace neuvo
