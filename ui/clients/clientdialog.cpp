#include "clientdialog.h"
#include "ui/widgets/warning.h"
#include "ui/widgets/plaintext.h"

#include "core/storage/stores.h"
#include "ui/widgets/enumcombo.h"
#include "ui/session.h"
#include "ui/widgets/stalesave.h"

#include <QCheckBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHash>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimeEdit>
#include <QTimeZone>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace neuvo {

namespace {

QTimeEdit *timeEdit()
{
    auto *edit = new QTimeEdit;
    edit->setDisplayFormat(u"HH:mm"_s);
    return edit;
}

} // namespace

ClientDialog::ClientDialog(Session &session, const Client &client, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_client(client)
{
    setObjectName(u"clientDialog"_s);
    setWindowTitle(client.id == 0 ? tr("New Client") : tr("Edit Client – %1").arg(client.name));

    m_name = new QLineEdit;
    m_name->setObjectName(u"name"_s);
    m_company = new QLineEdit;
    m_company->setObjectName(u"company"_s);
    m_type = new QComboBox;
    fillEnumCombo<ClientType>(m_type);
    m_source = new QComboBox;
    fillEnumCombo<ClientSource>(m_source);
    m_status = new QComboBox;
    fillEnumCombo<ClientStatus>(m_status);
    m_email = new QLineEdit;
    m_email->setObjectName(u"email"_s);
    m_email->setPlaceholderText(tr("name@example.com"));
    m_phone = new QLineEdit;
    m_messenger = new QLineEdit;
    m_messenger->setPlaceholderText(tr("e.g. @handle"));
    m_channel = new QComboBox;
    fillEnumCombo<Channel>(m_channel);

    m_contactFrom = timeEdit();
    m_contactFrom->setAccessibleName(tr("Contact hours from"));
    m_contactTo = timeEdit();
    m_contactTo->setAccessibleName(tr("Contact hours until"));
    auto *hours = new QHBoxLayout;
    hours->addWidget(m_contactFrom);
    hours->addWidget(new QLabel(u"–"_s));
    hours->addWidget(m_contactTo);
    hours->addStretch();
    auto *hoursLabel = new QLabel(tr("Contact &hours:"));
    hoursLabel->setBuddy(m_contactFrom);
    hoursLabel->setToolTip(tr("In the client's time zone. The same time twice means any time; "
                              "an end before the start runs over midnight."));

    auto *days = new QHBoxLayout;
    const QLocale locale;
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day) {
        auto *box = new QCheckBox(locale.dayName(day, QLocale::ShortFormat));
        box->setAccessibleName(locale.dayName(day, QLocale::LongFormat));
        m_days << box;
        days->addWidget(box);
    }
    days->addStretch();
    auto *daysLabel = new QLabel(tr("Contact &days:"));
    daysLabel->setBuddy(m_days.first());

    m_timeZone = new QComboBox;
    m_timeZone->setObjectName(u"timeZone"_s);
    m_timeZone->setEditable(true);
    m_timeZone->setInsertPolicy(QComboBox::NoInsert);
    QStringList zones;
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        zones << QString::fromUtf8(id);
    m_timeZone->addItems(zones);
    // "Helsinki" should find Europe/Helsinki: match anywhere, in a popup.
    auto *completer = new QCompleter(zones, m_timeZone);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    m_timeZone->setCompleter(completer);

    m_notes = new QPlainTextEdit;
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 4 + 8);

    m_billingAddress = new QPlainTextEdit;
    m_billingAddress->setObjectName(u"billingAddress"_s);
    m_billingAddress->setTabChangesFocus(true);
    m_billingAddress->setFixedHeight(m_billingAddress->fontMetrics().lineSpacing() * 4 + 8);
    m_billingAddress->setPlaceholderText(tr("Company, street, postcode and town, country"));
    m_businessId = new QLineEdit;
    m_businessId->setObjectName(u"businessId"_s);
    m_businessId->setPlaceholderText(tr("e.g. 1234567-8"));
    m_businessId->setToolTip(tr("A Finnish business ID is checked; others are taken as written."));
    m_vatId = new QLineEdit;
    m_vatId->setObjectName(u"vatId"_s);
    m_vatId->setPlaceholderText(tr("e.g. FI12345678"));
    m_vatId->setToolTip(tr("Needed for a reverse-charge invoice to a business in another EU country."));

    m_error = plainLabel();
    m_error->setObjectName(u"errorLabel"_s);
    m_error->setWordWrap(true);
    colourAsWarning(m_error);
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("C&ompany:"), m_company);
    form->addRow(tr("T&ype:"), m_type);
    form->addRow(tr("&Source:"), m_source);
    form->addRow(tr("Stat&us:"), m_status);
    form->addRow(tr("&E-mail:"), m_email);
    form->addRow(tr("&Phone:"), m_phone);
    form->addRow(tr("&Messenger:"), m_messenger);
    form->addRow(tr("Preferred &channel:"), m_channel);
    form->addRow(hoursLabel, hours);
    form->addRow(daysLabel, days);
    form->addRow(tr("Time &zone:"), m_timeZone);
    form->addRow(tr("No&tes:"), m_notes);
    auto *billing = new QLabel(tr("Billing details, printed on invoices"));
    QFont bold = billing->font();
    bold.setBold(true);
    billing->setFont(bold);
    form->addRow(billing);
    form->addRow(tr("Billing &address:"), m_billingAddress);
    form->addRow(tr("&Business ID:"), m_businessId);
    form->addRow(tr("&VAT ID:"), m_vatId);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)->setText(client.id == 0 ? tr("Add Client") : tr("Save"));
    m_session.disableIfReadOnly(m_buttons->button(QDialogButtonBox::Ok));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    // The reading order, whatever order the widgets were created in.
    QList<QWidget *> order = {m_name, m_company, m_type, m_source, m_status, m_email, m_phone,
                              m_messenger, m_channel, m_contactFrom, m_contactTo};
    order << QList<QWidget *>(m_days.cbegin(), m_days.cend());
    order << m_timeZone << m_notes << m_billingAddress << m_businessId << m_vatId << m_buttons;
    for (int i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));

    fill(client);
    m_name->setFocus();
}

void ClientDialog::fill(const Client &client)
{
    m_name->setText(client.name);
    m_company->setText(client.company);
    setEnumCombo(m_type, client.type);
    setEnumCombo(m_source, client.source);
    setEnumCombo(m_status, client.status);
    m_email->setText(client.email);
    m_phone->setText(client.phone);
    m_messenger->setText(client.messenger);
    setEnumCombo(m_channel, client.preferredChannel);
    m_contactFrom->setTime(client.contactFrom);
    m_contactTo->setTime(client.contactTo);
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day)
        m_days.at(day - 1)->setChecked(hasWeekday(client.contactDays, day));
    m_timeZone->setCurrentText(client.timeZone);
    m_notes->setPlainText(client.notes);
    m_billingAddress->setPlainText(client.billingAddress);
    m_businessId->setText(client.businessId);
    m_vatId->setText(client.vatId);
}

QString ClientDialog::errorText() const
{
    return m_error->text();
}

void ClientDialog::showError(const QString &message, QWidget *field)
{
    m_error->setText(message);
    m_error->show();
    if (field)
        field->setFocus(Qt::OtherFocusReason);
}

bool ClientDialog::collect(Client &c)
{
    c.name = m_name->text().trimmed();
    c.company = m_company->text().trimmed();
    c.type = enumComboValue(m_type, c.type);
    c.source = enumComboValue(m_source, c.source);
    c.status = enumComboValue(m_status, c.status);
    c.email = m_email->text().trimmed();
    c.phone = m_phone->text().trimmed();
    c.messenger = m_messenger->text().trimmed();
    c.preferredChannel = enumComboValue(m_channel, c.preferredChannel);
    c.contactFrom = m_contactFrom->time();
    c.contactTo = m_contactTo->time();
    Weekdays days = 0;
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day) {
        if (m_days.at(day - 1)->isChecked())
            days = Weekdays(days | (1u << (day - 1)));
    }
    c.contactDays = days;
    c.timeZone = m_timeZone->currentText().trimmed();
    c.notes = m_notes->toPlainText().trimmed();
    c.billingAddress = m_billingAddress->toPlainText().trimmed();
    c.businessId = m_businessId->text().trimmed();
    c.vatId = m_vatId->text().trimmed();
    QString field;
    if (auto valid = ClientStore::validate(c, &field); !valid) {
        const QHash<QString, QWidget *> widgets = {{u"name"_s, m_name},
                                                   {u"email"_s, m_email},
                                                   {u"contact_days"_s, m_days.first()},
                                                   {u"time_zone"_s, m_timeZone},
                                                   {u"business_id"_s, m_businessId},
                                                   {u"vat_id"_s, m_vatId}};
        showError(valid.error(), widgets.value(field));
        return false;
    }
    return true;
}

void ClientDialog::accept()
{
    Client c = m_client;
    if (!collect(c))
        return;
    ClientStore store(m_session.db());
    const auto saved = c.id == 0 ? store.create(c) : store.update(c);
    if (!saved) {
        // Saved by someone else since the form loaded it: reload, or keep
        // the form so what was typed can be copied.
        const auto stored = c.id == 0 ? Result<Client>(fail(QString())) : store.get(c.id);
        if (stored && stored->rowVersion.value != m_client.rowVersion.value
            && StaleSave::ask(this, saved.error(), m_client.name) == StaleSave::Answer::Reload) {
            m_client = *stored;
            fill(m_client);
            m_error->clear();
            m_error->hide();
            return;
        }
        showError(saved.error(), nullptr);
        return;
    }
    m_client = c;
    m_error->clear();
    m_error->hide();
    m_session.notifyClientChanged(m_client.id);
    QDialog::accept();
}

} // namespace neuvo
