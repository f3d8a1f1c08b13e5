#pragma once

#include "core/domain/domain.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace neuvo {

// The client's contact data and the agreed boundaries (preferred channel,
// contact hours and days in the client's time zone), read-only, with the
// button that opens the client dialog.
class ContactTab final : public QWidget
{
    Q_OBJECT

public:
    explicit ContactTab(QWidget *parent = nullptr);

    QPushButton *editButton() const { return m_edit; }

    void load(const Client &c);

private:
    QLabel *m_company = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_type = nullptr;
    QLabel *m_source = nullptr;
    QLabel *m_email = nullptr;
    QLabel *m_phone = nullptr;
    QLabel *m_messenger = nullptr;
    QLabel *m_channel = nullptr;
    QLabel *m_hours = nullptr;
    QLabel *m_days = nullptr;
    QLabel *m_zone = nullptr;
    QLabel *m_notes = nullptr;
    QPushButton *m_edit = nullptr;
};

} // namespace neuvo
