#pragma once

#include "core/storage/serveraddress.h"

#include <QDialog>

#include <memory>
#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace neuvo {

class Database;

// File → Connect to Server…: host (or Unix socket folder), port, database,
// user and TLS mode of a PostgreSQL server. Connect opens the database
// here, so a failure is told in the dialog (naming what to fix) while the
// window behind keeps its database; accepted() means takeDatabase() holds
// the open one. When the server asks for a password that neither ~/.pgpass
// nor PGPASSWORD has, a password field appears: what is typed there is
// used for this connection only and never stored.
class ConnectServerDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectServerDialog(QWidget *parent = nullptr);
    ~ConnectServerDialog() override;

    // Fills the fields (File → Connect to Server while on a server).
    void setAddress(const ServerAddress &address);
    // The fields as they are now.
    ServerAddress address() const;

    // After accepted(): the opened database, migrated to the current schema.
    std::unique_ptr<Database> takeDatabase();

    // Asks only for the password of url (a recent entry or the command
    // line, where the server wanted one); nullopt when cancelled.
    static std::optional<QString> askPassword(QWidget *parent, const QString &url);

    QLineEdit *hostEdit() const { return m_host; }
    QSpinBox *portSpin() const { return m_port; }
    QLineEdit *databaseEdit() const { return m_database; }
    QLineEdit *userEdit() const { return m_user; }
    QComboBox *sslModeCombo() const { return m_sslMode; }
    QLineEdit *passwordEdit() const { return m_password; }
    QPushButton *connectButton() const { return m_connect; }
    // Why the last Connect failed; empty while none did.
    QString errorText() const;

private:
    void tryConnect();
    void showFailure(const QString &message);
    void updateSslHint();

    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_database = nullptr;
    QLineEdit *m_user = nullptr;
    QComboBox *m_sslMode = nullptr;
    QLabel *m_sslHint = nullptr;
    QLabel *m_passwordLabel = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_connect = nullptr;
    std::unique_ptr<Database> m_opened;
};

} // namespace neuvo
