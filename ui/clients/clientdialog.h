#pragma once

#include "core/domain/domain.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTimeEdit;

namespace neuvo {

class Session;

// New or edit client: every field of Client. OK validates, then stores the
// client through ClientStore in one call; a bad value or a failed save keeps
// the dialog open with what was typed and a message naming the field.
class ClientDialog final : public QDialog
{
    Q_OBJECT

public:
    // client.id == 0 creates a new client.
    ClientDialog(Session &session, const Client &client, QWidget *parent = nullptr);

    // The stored client (with its id) after accept.
    const Client &client() const { return m_client; }
    // The last validation or storage message, empty when none.
    QString errorText() const;

    void accept() override;

private:
    // Reads the widgets; on a bad value shows it, focuses the field and
    // returns false.
    bool collect(Client &client);
    // Shows the client's fields in the widgets.
    void fill(const Client &client);
    void showError(const QString &message, QWidget *field);

    Session &m_session;
    Client m_client;

    QLineEdit *m_name = nullptr;
    QLineEdit *m_company = nullptr;
    QComboBox *m_type = nullptr;
    QComboBox *m_source = nullptr;
    QComboBox *m_status = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_messenger = nullptr;
    QComboBox *m_channel = nullptr;
    QTimeEdit *m_contactFrom = nullptr;
    QTimeEdit *m_contactTo = nullptr;
    QList<QCheckBox *> m_days;
    QComboBox *m_timeZone = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QPlainTextEdit *m_billingAddress = nullptr;
    QLineEdit *m_businessId = nullptr;
    QLineEdit *m_vatId = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace neuvo
