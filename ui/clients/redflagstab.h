#pragma once

#include "core/domain/domain.h"
#include "core/rules/redflags.h"

#include <QList>
#include <QWidget>

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableView;

namespace neuvo {

class FindingTableModel;
class Session;

// A client's risk with its reasons, the ten-item "when to decline"
// checklist (ticking stores an observation, unticking withdraws it) and
// the findings of the red-flag engine with their evidence: the client's
// flags and your alerts apart.
class RedFlagsTab final : public QWidget
{
    Q_OBJECT

public:
    explicit RedFlagsTab(Session &session, QWidget *parent = nullptr);

    void load(qint64 clientId, const QList<Observation> &observations, const QList<Finding> &findings,
              const ClientRisk &risk);

private:
    struct Item
    {
        ClientPattern pattern = ClientPattern::Disrespect;
        QCheckBox *box = nullptr;
        QLineEdit *note = nullptr;
        QDateEdit *date = nullptr;
        qint64 observationId = 0;
    };

    static QString description(ClientPattern pattern);
    void toggle(int row, bool on);
    void edit(int row);

    Session &m_session;
    FindingTableModel *m_findings; // client flags
    FindingTableModel *m_alerts;   // your alerts
    qint64 m_clientId = 0;
    QList<Item> m_items;
    QLabel *m_badge = nullptr;
    QLabel *m_reasons = nullptr;
    QTableView *m_view = nullptr;
    QTableView *m_alertView = nullptr;
};

} // namespace neuvo
