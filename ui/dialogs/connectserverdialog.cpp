#include "ui/dialogs/connectserverdialog.h"

#include "core/storage/database.h"
#include "ui/widgets/plaintext.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace neuvo {

ConnectServerDialog::ConnectServerDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"connectServerDialog"_s);
    setWindowTitle(tr("Connect to Server"));

    auto *intro = new QLabel(tr("Open a Neuvo database on a PostgreSQL server. The password comes from ~/.pgpass or "
                                "PGPASSWORD; when neither has it, Neuvo asks for it and keeps it only while the "
                                "database is open."));
    intro->setWordWrap(true);

    m_host = new QLineEdit;
    m_host->setObjectName(u"hostEdit"_s);
    m_host->setPlaceholderText(tr("db.example.org, or a socket folder such as /var/run/postgresql"));
    m_port = new QSpinBox;
    m_port->setObjectName(u"portSpin"_s);
    m_port->setRange(1, 65535);
    m_port->setValue(ServerAddress::DefaultPort);
    m_database = new QLineEdit(u"neuvo"_s);
    m_database->setObjectName(u"databaseEdit"_s);
    m_user = new QLineEdit;
    m_user->setObjectName(u"userEdit"_s);
    m_user->setPlaceholderText(tr("Your login on this computer"));

    m_sslMode = new QComboBox;
    m_sslMode->setObjectName(u"sslModeCombo"_s);
    // libpq's sslmode values, safest first; "prefer" is libpq's default.
    m_sslMode->addItem(tr("Encrypt and check the server's certificate"), u"verify-full"_s);
    m_sslMode->addItem(tr("Encrypt, without checking the certificate"), u"require"_s);
    m_sslMode->addItem(tr("Encrypt if the server offers it"), u"prefer"_s);
    m_sslMode->addItem(tr("Never encrypt"), u"disable"_s);
    m_sslMode->setCurrentIndex(m_sslMode->findData(u"prefer"_s));
    m_sslHint = new QLabel;
    m_sslHint->setObjectName(u"sslHint"_s);
    m_sslHint->setWordWrap(true);
    connect(m_sslMode, &QComboBox::currentIndexChanged, this, &ConnectServerDialog::updateSslHint);
    updateSslHint();

    m_password = new QLineEdit;
    m_password->setObjectName(u"passwordEdit"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_passwordLabel = new QLabel(tr("&Password:"));
    m_passwordLabel->setBuddy(m_password);

    auto *form = new QFormLayout;
    auto addRow = [form](const QString &label, QWidget *field) {
        auto *l = new QLabel(label);
        l->setBuddy(field);
        form->addRow(l, field);
    };
    addRow(tr("&Host:"), m_host);
    addRow(tr("P&ort:"), m_port);
    addRow(tr("&Database:"), m_database);
    addRow(tr("&User:"), m_user);
    addRow(tr("&Encryption:"), m_sslMode);
    form->addRow(QString(), m_sslHint);
    form->addRow(m_passwordLabel, m_password);
    m_passwordLabel->hide();
    m_password->hide();

    // The server's and the driver's words may quote what was typed.
    m_message = plainLabel();
    m_message->setObjectName(u"connectMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_connect = buttons->addButton(tr("&Connect"), QDialogButtonBox::AcceptRole);
    m_connect->setObjectName(u"connectButton"_s);
    m_connect->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectServerDialog::tryConnect);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

ConnectServerDialog::~ConnectServerDialog() = default;

void ConnectServerDialog::setAddress(const ServerAddress &address)
{
    m_host->setText(address.host);
    m_port->setValue(address.port);
    m_database->setText(address.database);
    m_user->setText(address.user);
    const int ssl = m_sslMode->findData(address.sslMode.isEmpty() ? u"prefer"_s : address.sslMode);
    if (ssl >= 0)
        m_sslMode->setCurrentIndex(ssl);
}

ServerAddress ConnectServerDialog::address() const
{
    ServerAddress address;
    address.host = m_host->text().trimmed();
    address.port = m_port->value();
    address.database = m_database->text().trimmed();
    address.user = m_user->text().trimmed();
    const QString ssl = m_sslMode->currentData().toString();
    // libpq's default need not be spelled out in the URL.
    address.sslMode = ssl == u"prefer"_s ? QString() : ssl;
    return address;
}

std::unique_ptr<Database> ConnectServerDialog::takeDatabase()
{
    return std::move(m_opened);
}

QString ConnectServerDialog::errorText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void ConnectServerDialog::updateSslHint()
{
    const QString mode = m_sslMode->currentData().toString();
    QString hint;
    if (mode == u"verify-full"_s)
        hint = tr("The safest: nobody can read or change what is sent, and Neuvo talks only to the server named "
                  "above. Needs the certificate of the server's authority in ~/.postgresql/root.crt (sslmode "
                  "verify-full).");
    else if (mode == u"require"_s)
        hint = tr("Nobody can read what is sent, but another machine could pose as the server (sslmode require).");
    else if (mode == u"prefer"_s)
        hint = tr("Encrypted when the server can, otherwise not, without saying so (sslmode prefer). Fine on a "
                  "Unix socket or a network you trust.");
    else
        hint = tr("Everything, passwords excepted, crosses the network readable: only on this computer or a "
                  "network you trust (sslmode disable).");
    m_sslHint->setText(hint);
}

void ConnectServerDialog::tryConnect()
{
    const ServerAddress server = address();
    if (server.database.isEmpty()) {
        showFailure(tr("Enter the name of the database on the server (Database)."));
        m_database->setFocus();
        return;
    }
    auto db = std::make_unique<Database>();
    if (!m_password->isHidden() && !m_password->text().isEmpty())
        db->setServerPassword(m_password->text());
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto opened = db->open(server.toUrl());
    QApplication::restoreOverrideCursor();
    if (opened) {
        m_opened = std::move(db);
        accept();
        return;
    }
    const QString user = server.user.isEmpty() ? tr("your login") : server.user;
    const ServerFailure failure = classifyServerFailure(opened.error());
    if (failure != ServerFailure::PasswordNeeded && failure != ServerFailure::PasswordRejected) {
        // Not about the password: the row goes until a server asks again,
        // and what was typed goes with it (it was meant for the server
        // asked then, not for whatever host or port is typed next).
        m_passwordLabel->hide();
        m_password->hide();
        m_password->clear();
    }
    QString reason;
    switch (failure) {
    case ServerFailure::PasswordNeeded:
        m_passwordLabel->show();
        m_password->show();
        m_password->setFocus();
        showFailure(tr("The server asks for the password of %1, and none was found in ~/.pgpass or PGPASSWORD. "
                       "Type it under Password and connect again; Neuvo does not save it.")
                        .arg(user));
        return;
    case ServerFailure::PasswordRejected:
        reason = tr("The server refused the user %1 or the password. Check User, and the password in ~/.pgpass, "
                    "PGPASSWORD or under Password.")
                     .arg(user);
        m_passwordLabel->show();
        m_password->show();
        m_password->selectAll();
        m_password->setFocus();
        break;
    case ServerFailure::Unreachable:
        reason = server.isLocalSocket()
                     ? tr("No PostgreSQL server answers on this computer at the socket folder and port given. Check "
                          "Host and Port, and that the server is running.")
                     : tr("No PostgreSQL server answers at %1, port %2. Check Host and Port, that the server is "
                          "running, and that it accepts connections from this computer (listen_addresses, "
                          "pg_hba.conf).")
                           .arg(server.host)
                           .arg(server.port);
        m_host->setFocus();
        break;
    case ServerFailure::NoSuchDatabase:
        reason = tr("The server has no database called %1. Check Database, or ask the server's administrator to "
                    "create it (see docs/postgresql.md).")
                     .arg(server.database);
        m_database->setFocus();
        break;
    case ServerFailure::Other:
        break;
    }
    showFailure(reason.isEmpty() ? opened.error() : reason + u"\n\n"_s + opened.error());
}

void ConnectServerDialog::showFailure(const QString &message)
{
    m_message->setText(message);
    m_message->show();
    // Room for the message and the password row, so the form above it
    // keeps its height.
    adjustSize();
}

std::optional<QString> ConnectServerDialog::askPassword(QWidget *parent, const QString &url)
{
    const auto address = ServerAddress::fromUrl(url);
    const QString name = address ? address->displayName() : url;
    const QString user = address && !address->user.isEmpty() ? address->user : tr("your login");
    QInputDialog dialog(parent);
    dialog.setObjectName(u"serverPasswordDialog"_s);
    dialog.setWindowTitle(tr("Password"));
    dialog.setInputMode(QInputDialog::TextInput);
    dialog.setTextEchoMode(QLineEdit::Password);
    dialog.setLabelText(tr("The server of %1 asks for the password of %2, and none was found in ~/.pgpass or "
                           "PGPASSWORD. Neuvo uses it for this connection only and does not save it.")
                            .arg(name, user));
    // The database's and the user's names are what someone typed.
    for (QLabel *label : dialog.findChildren<QLabel *>()) {
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
    }
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.textValue();
}

} // namespace neuvo
