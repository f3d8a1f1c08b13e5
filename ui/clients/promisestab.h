#pragma once

#include "core/domain/domain.h"

#include <QList>
#include <QWidget>

class QDateEdit;
class QLineEdit;
class QPushButton;
class QTableView;

namespace neuvo {

class PromiseTableModel;
class Session;

// The promises made to a client: add one with its due date, tick it off
// when kept, delete one after asking.
class PromisesTab final : public QWidget
{
    Q_OBJECT

public:
    explicit PromisesTab(Session &session, QWidget *parent = nullptr);

    void load(qint64 clientId, const QList<Promise> &promises);

private:
    void add();
    void setDone(qint64 promiseId, bool done);
    void removeCurrent();

    Session &m_session;
    PromiseTableModel *m_model;
    qint64 m_clientId = 0;
    QTableView *m_view = nullptr;
    QLineEdit *m_what = nullptr;
    QDateEdit *m_due = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_delete = nullptr;
};

} // namespace neuvo
