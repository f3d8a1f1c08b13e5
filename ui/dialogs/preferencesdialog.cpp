#include "preferencesdialog.h"
#include "ui/widgets/warning.h"
#include "ui/widgets/plaintext.h"
#include "ui/widgets/stalesave.h"

#include "core/documents/documentpreferences.h"
#include "core/documents/documentlanguage.h"
#include "core/documents/invoicedocument.h"
#include "core/domain/invoice.h"
#include "core/storage/backup.h"
#include "core/storage/database.h"
#include "core/storage/sqldialect.h"
#include "core/domain/iban.h"
#include "core/domain/money.h"
#include "core/domain/plural.h"
#include "core/storage/stores.h"
#include "ui/session.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QSpacerItem>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QTimeEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace neuvo {

namespace {

QSpinBox *spinBox(int minimum, int maximum, const QString &suffix = {})
{
    auto *box = new QSpinBox;
    box->setRange(minimum, maximum);
    box->setSuffix(suffix);
    return box;
}

} // namespace

PreferencesDialog::PreferencesDialog(Session &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    setWindowTitle(tr("Preferences"));
    auto *tabs = new QTabWidget;
    tabs->addTab(createProfilePage(), tr("Profile"));
    tabs->addTab(createDefaultsPage(), tr("Defaults"));
    tabs->addTab(createTaxesPage(), tr("Taxes and invoices"));
    tabs->addTab(createRulesPage(), tr("Red-flag rules"));
    tabs->addTab(createRemindersPage(), tr("Reminders"));
    tabs->addTab(createInterfacePage(), tr("Interface"));
    tabs->addTab(createBackupsPage(), tr("Backups"));

    m_error = plainLabel();
    m_error->setObjectName(u"errorLabel"_s);
    m_error->setWordWrap(true);
    colourAsWarning(m_error);
    m_error->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_session.disableIfReadOnly(buttons->button(QDialogButtonBox::Ok));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    load();
}

QString PreferencesDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void PreferencesDialog::showError(const QString &message, QWidget *field)
{
    m_error->setText(message);
    m_error->show();
    if (field)
        field->setFocus(Qt::OtherFocusReason);
}

QString PreferencesDialog::languageSettingKey()
{
    return u"interface/language"_s;
}

QWidget *PreferencesDialog::createProfilePage()
{
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    m_name = new QLineEdit;
    m_name->setObjectName(u"profileName"_s);
    m_legalForm = new QLineEdit;
    m_legalForm->setPlaceholderText(tr("e.g. Sole proprietor"));
    m_registration = new QLineEdit;
    m_address = new QPlainTextEdit;
    m_address->setObjectName(u"address"_s);
    m_address->setTabChangesFocus(true);
    m_address->setFixedHeight(m_address->fontMetrics().lineSpacing() * 4);
    m_email = new QLineEdit;
    m_email->setObjectName(u"profileEmail"_s);
    m_phone = new QLineEdit;
    m_bank = new QPlainTextEdit;
    m_bank->setTabChangesFocus(true);
    m_bank->setFixedHeight(m_bank->fontMetrics().lineSpacing() * 3);
    m_bank->setPlaceholderText(tr("IBAN, BIC and bank name"));
    form->addRow(new QLabel(tr("Your details appear on contracts, quotes and invoices.")));
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Legal form:"), m_legalForm);
    form->addRow(tr("&Registration number:"), m_registration);
    form->addRow(tr("&Address:"), m_address);
    form->addRow(tr("&E-mail:"), m_email);
    form->addRow(tr("P&hone:"), m_phone);
    form->addRow(tr("&Bank details:"), m_bank);
    return page;
}

QWidget *PreferencesDialog::createDefaultsPage()
{
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    m_currency = new QComboBox;
    m_currency->setEditable(true);
    m_currency->addItems({u"EUR"_s, u"USD"_s, u"GBP"_s, u"SEK"_s, u"NOK"_s, u"RUB"_s, u"JPY"_s});
    m_ndaMarkup = spinBox(0, 1000, u" %"_s);
    m_ndaMarkup->setToolTip(tr("What an NDA adds to the price; experienced freelancers charge 20–40 %."));
    // 0 shows "none": the surcharge is optional.
    m_rushSurcharge = spinBox(0, Profile::MaxRushSurchargePercent, u" %"_s);
    m_rushSurcharge->setObjectName(u"rushSurcharge"_s);
    m_rushSurcharge->setSpecialValueText(tr("none"));
    m_rushSurcharge->setToolTip(tr("What putting a project before the others costs on top of its price; the "
                                   "answer to \"I need it today\" names it."));
    m_revisions = spinBox(0, 100);
    m_guarantee = spinBox(0, 100, u" %"_s);
    m_guarantee->setToolTip(tr("Share of a stage refunded when you miss its deadline."));
    m_noticeDays = spinBox(0, 365, tr(" days"));
    m_workStart = new QTimeEdit;
    m_workEnd = new QTimeEdit;
    m_workStart->setDisplayFormat(u"HH:mm"_s);
    m_workEnd->setDisplayFormat(u"HH:mm"_s);
    auto *hours = new QHBoxLayout;
    hours->addWidget(m_workStart);
    hours->addWidget(new QLabel(u"–"_s));
    hours->addWidget(m_workEnd);
    hours->addStretch();
    auto *days = new QHBoxLayout;
    for (int day = 1; day <= 7; ++day) {
        auto *box = new QCheckBox(QLocale().dayName(day, QLocale::ShortFormat));
        m_workDays << box;
        days->addWidget(box);
    }
    days->addStretch();
    m_floorRate = new QLineEdit;
    m_floorRate->setToolTip(tr("The lowest price per hour you accept; projects below it raise an alert."));
    form->addRow(tr("&Currency:"), m_currency);
    form->addRow(tr("&NDA surcharge:"), m_ndaMarkup);
    form->addRow(tr("R&ush surcharge:"), m_rushSurcharge);
    form->addRow(tr("Included &revision rounds:"), m_revisions);
    form->addRow(tr("&Guarantee refund:"), m_guarantee);
    form->addRow(tr("Price change &notice:"), m_noticeDays);
    // A row holding a layout gets no buddy from the form: without one the
    // label would show its "&" literally and Alt+H would go nowhere.
    auto *hoursLabel = new QLabel(tr("Working &hours:"));
    hoursLabel->setBuddy(m_workStart);
    form->addRow(hoursLabel, hours);
    form->addRow(tr("Working days:"), days);
    form->addRow(tr("&Floor rate per hour:"), m_floorRate);
    return page;
}

QWidget *PreferencesDialog::createTaxesPage()
{
    auto *inner = new QWidget;
    auto *form = new QFormLayout(inner);
    m_vatStatus = new QComboBox;
    m_vatStatus->setObjectName(u"vatStatus"_s);
    for (VatStatus status : allValues<VatStatus>())
        m_vatStatus->addItem(displayName(status), toId(status));
    m_vatId = new QLineEdit;
    m_vatId->setObjectName(u"vatId"_s);
    m_vatId->setPlaceholderText(tr("e.g. FI12345678"));
    m_vatRate = new QLineEdit;
    m_vatRate->setObjectName(u"vatRate"_s);
    m_vatRate->setToolTip(tr("A percentage with at most one decimal, e.g. 25.5 or 24. A project can have a rate "
                             "of its own."));
    m_pricesIncludeVat = new QComboBox;
    m_pricesIncludeVat->setObjectName(u"pricesIncludeVat"_s);
    m_pricesIncludeVat->addItem(tr("Net: VAT is added on the invoice"), false);
    m_pricesIncludeVat->addItem(tr("Gross: prices include VAT"), true);
    form->addRow(new QLabel(tr("How invoices handle value added tax.")));
    form->addRow(tr("VAT &status:"), m_vatStatus);
    form->addRow(tr("&VAT ID:"), m_vatId);
    form->addRow(tr("Default VAT &rate (%):"), m_vatRate);
    form->addRow(tr("&Prices are entered:"), m_pricesIncludeVat);

    auto *exemptions = new QLabel(tr("When no VAT is charged, the invoice says why. Leave a language empty for "
                                     "Neuvo's standard sentence (shown greyed)."));
    exemptions->setWordWrap(true);
    form->addRow(exemptions);
    Profile standard;
    for (const QString &id : DocumentLanguage::ids()) {
        auto *text = new QPlainTextEdit;
        text->setObjectName(u"exemption_"_s + id);
        text->setTabChangesFocus(true);
        text->setFixedHeight(text->fontMetrics().lineSpacing() * 3);
        m_exemptionTexts.insert(id, text);
        form->addRow(tr("Exemption sentence (%1):").arg(id), text);
    }
    auto updatePlaceholders = [this] {
        Profile probe;
        probe.vatStatus = fromId<VatStatus>(m_vatStatus->currentData().toString()).value_or(VatStatus::NotRegistered);
        for (auto it = m_exemptionTexts.cbegin(); it != m_exemptionTexts.cend(); ++it) {
            if (auto language = DocumentLanguage::fromId(it.key()))
                it.value()->setPlaceholderText(InvoiceDocument::exemptionText(probe, *language));
        }
        const bool registered = probe.vatStatus == VatStatus::Registered;
        m_vatRate->setEnabled(registered);
        m_pricesIncludeVat->setEnabled(registered);
    };
    connect(m_vatStatus, &QComboBox::currentIndexChanged, this, updatePlaceholders);
    updatePlaceholders();

    m_iban = new QLineEdit;
    m_iban->setObjectName(u"iban"_s);
    m_iban->setPlaceholderText(tr("e.g. FI21 1234 5600 0007 85"));
    m_iban->setToolTip(tr("With an IBAN, invoices carry a reference number, the bank bar code and a payment QR "
                          "code."));
    m_bic = new QLineEdit;
    m_bic->setObjectName(u"bic"_s);
    form->addRow(tr("&IBAN:"), m_iban);
    form->addRow(tr("&BIC:"), m_bic);

    m_invoicePrefix = new QLineEdit;
    m_invoicePrefix->setObjectName(u"invoicePrefix"_s);
    m_invoiceNumbersYearly = new QCheckBox(tr("Start the numbers again each year"));
    m_invoiceNumbersYearly->setObjectName(u"invoiceNumbersYearly"_s);
    m_numberExample = plainLabel();
    auto updateExample = [this] {
        const QDate today = m_session.today();
        m_numberExample->setText(tr("Next numbers look like %1.")
                                     .arg(InvoiceNumbering::number(
                                         m_invoicePrefix->text(),
                                         InvoiceNumbering::series(today, m_invoiceNumbersYearly->isChecked()), 1)));
    };
    connect(m_invoicePrefix, &QLineEdit::textChanged, this, updateExample);
    connect(m_invoiceNumbersYearly, &QCheckBox::toggled, this, updateExample);
    m_paymentDays = spinBox(0, 365, tr(" days"));
    m_paymentDays->setObjectName(u"paymentDays"_s);
    m_paymentDays->setToolTip(tr("Due date of an invoice whose stage has no due date ahead."));
    form->addRow(tr("Invoice &number prefix:"), m_invoicePrefix);
    form->addRow(QString(), m_invoiceNumbersYearly);
    form->addRow(QString(), m_numberExample);
    form->addRow(tr("Payment &term:"), m_paymentDays);

    auto *scroll = new QScrollArea;
    scroll->setWidget(inner);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    return scroll;
}

QWidget *PreferencesDialog::createRulesPage()
{
    auto *inner = new QWidget;
    auto *form = new QFormLayout(inner);
    for (const ThresholdInfo &info : RuleThresholds::all()) {
        auto *box = spinBox(0, 100000);
        box->setAccessibleName(QCoreApplication::translate("Threshold", info.label));
        m_thresholds.insert(QString::fromLatin1(info.key), box);
        auto *label = new QLabel(QCoreApplication::translate("Threshold", info.label));
        label->setWordWrap(true);
        label->setBuddy(box);
        form->addRow(label, box);
    }
    auto *scroll = new QScrollArea;
    scroll->setWidget(inner);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    return scroll;
}

QWidget *PreferencesDialog::createRemindersPage()
{
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    m_notifications = new QCheckBox(tr("Desktop &notifications"));
    m_notifications->setObjectName(u"desktopNotifications"_s);
    m_quietHours = new QCheckBox(tr("&Quiet outside my working hours"));
    m_quietHours->setObjectName(u"quietHours"_s);
    connect(m_notifications, &QCheckBox::toggled, m_quietHours, &QWidget::setEnabled);
    const auto hint = [](const QString &text) {
        auto *label = new QLabel(text);
        label->setWordWrap(true);
        label->setEnabled(false); // the muted look of a hint
        label->setContentsMargins(24, 0, 0, 6);
        return label;
    };
    auto *notificationsNote = hint(tr("One notification for each new serious warning and each payment, deadline "
                                      "or promise coming due, with the client's name; click it to open the "
                                      "item. Each is announced once, also by the reminder timer "
                                      "(neuvo-cli alerts --notify) while Neuvo is closed. Without a "
                                      "notification service Neuvo uses the tray, else the dashboard's banner."));
    auto *quietNote = hint(tr("Outside the working hours and days on the Defaults tab, notifications wait "
                              "until work starts."));

    m_calendarAlarm = new QComboBox;
    m_calendarAlarm->setObjectName(u"calendarAlarm"_s);
    m_calendarAlarm->addItem(tr("No reminder"), -1);
    m_calendarAlarm->addItem(tr("On the day"), 0);
    for (int days : {1, 2, 3, 7, 14})
        m_calendarAlarm->addItem(englishPlural(tr("%n day(s) before", nullptr, days), days), days);
    auto *alarmLabel = new QLabel(tr("Calendar &reminder:"));
    alarmLabel->setBuddy(m_calendarAlarm);
    auto *alarmRow = new QHBoxLayout;
    alarmRow->addWidget(m_calendarAlarm);
    alarmRow->addStretch();
    auto *calendarNote = hint(tr("The calendar file (File → Export Calendar, or neuvo-cli ics for a calendar "
                                 "that subscribes to it) asks your calendar to remind you of each event then, at "
                                 "the start of your working day."));

    form->addRow(m_notifications);
    form->addRow(notificationsNote);
    form->addRow(m_quietHours);
    form->addRow(quietNote);
    form->addItem(new QSpacerItem(0, 12));
    form->addRow(alarmLabel, alarmRow);
    form->addRow(calendarNote);
    return page;
}

QWidget *PreferencesDialog::createInterfacePage()
{
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    m_language = new QComboBox;
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(u"English"_s, u"en"_s);
    m_language->addItem(u"Suomi"_s, u"fi"_s);
    m_language->addItem(u"Русский"_s, u"ru"_s);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(new QLabel(tr("A new language is used from the next start, with its dates and numbers.")));

    // Printed documents: the paper is the printer's, whatever the language
    // of the document.
    m_paper = new QComboBox;
    m_paper->setObjectName(u"paperSize"_s);
    m_paper->addItem(tr("A4"), DocumentPreferences::paperId(DocumentPreferences::Paper::A4));
    m_paper->addItem(tr("US Letter"), DocumentPreferences::paperId(DocumentPreferences::Paper::Letter));
    m_englishDates = new QComboBox;
    m_englishDates->setObjectName(u"englishDates"_s);
    const QDate example(2025, 3, 12);
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    m_englishDates->addItem(english.toString(example, u"d MMMM yyyy"_s), false);
    m_englishDates->addItem(tr("%1 (US)").arg(english.toString(example, u"MMMM d, yyyy"_s)), true);
    form->addRow(tr("&Paper for documents:"), m_paper);
    form->addRow(tr("&Dates in English documents:"), m_englishDates);
    return page;
}

QWidget *PreferencesDialog::createBackupsPage()
{
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    m_backupsToKeep = spinBox(1, Profile::MaxBackupsToKeep, tr(" backups"));
    m_backupsToKeep->setObjectName(u"backupsToKeep"_s);
    auto *keepRow = new QHBoxLayout;
    keepRow->addWidget(m_backupsToKeep);
    keepRow->addStretch();
    auto *keepLabel = new QLabel(tr("&Keep the newest:"));
    keepLabel->setBuddy(m_backupsToKeep);
    form->addRow(keepLabel, keepRow);
    const QString folder = QDir::toNativeSeparators(BackupManager::folderFor(m_session.db().path()));
    // A server is backed up with its own tools; Neuvo only writes snapshots.
    auto *where = new QLabel(
        SqlDialect::isServerUrl(m_session.db().path())
            ? tr("This database is on a PostgreSQL server, which is backed up with its own tools (pg_dump). Neuvo "
                 "makes no daily backups of it; before an import or an upgrade, and with File → Back Up Now, it "
                 "writes a snapshot of every table into %1.")
                  .arg(folder)
            : tr("Neuvo backs up the database at the first start of each day, before every import "
                 "and restore, and with File → Back Up Now, into %1. Older backups are deleted "
                 "beyond this number; the copies made before a database upgrade are always kept.")
                  .arg(folder));
    where->setWordWrap(true);
    where->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(where);
    return page;
}

void PreferencesDialog::load()
{
    loadStored();
    const QString language = QSettings().value(languageSettingKey()).toString();
    m_language->setCurrentIndex(qMax(0, m_language->findData(language)));
    m_paper->setCurrentIndex(qMax(0, m_paper->findData(DocumentPreferences::paperId(DocumentPreferences::paper()))));
    m_englishDates->setCurrentIndex(DocumentPreferences::usDates() ? 1 : 0);
}

void PreferencesDialog::loadStored()
{
    auto profile = ProfileStore(m_session.db()).load();
    if (!profile) {
        MessageBox::warning(this, windowTitle(), profile.error());
        return;
    }
    m_profile = *profile;
    m_name->setText(m_profile.name);
    m_legalForm->setText(m_profile.legalForm);
    m_registration->setText(m_profile.registrationNumber);
    m_address->setPlainText(m_profile.address);
    m_email->setText(m_profile.email);
    m_phone->setText(m_profile.phone);
    m_bank->setPlainText(m_profile.bankDetails);
    m_currency->setCurrentText(m_profile.currency);
    m_ndaMarkup->setValue(m_profile.ndaMarkupPercent);
    m_rushSurcharge->setValue(m_profile.rushSurchargePercent.value_or(0));
    m_revisions->setValue(m_profile.includedRevisions);
    m_guarantee->setValue(m_profile.guaranteePercent);
    m_noticeDays->setValue(m_profile.noticeDays);
    m_workStart->setTime(m_profile.workStart);
    m_workEnd->setTime(m_profile.workEnd);
    for (int day = 1; day <= 7; ++day)
        m_workDays.at(day - 1)->setChecked(hasWeekday(m_profile.workDays, day));
    m_floorRate->setText(m_profile.floorRate().formatNumber());
    m_vatStatus->setCurrentIndex(qMax(0, m_vatStatus->findData(toId(m_profile.vatStatus))));
    m_vatId->setText(m_profile.vatId);
    m_vatRate->setText(VatRate::number(m_profile.vatRateTenths));
    m_pricesIncludeVat->setCurrentIndex(m_profile.pricesIncludeVat ? 1 : 0);
    for (auto it = m_exemptionTexts.cbegin(); it != m_exemptionTexts.cend(); ++it)
        it.value()->setPlainText(m_profile.vatExemptionTexts.value(it.key()));
    m_iban->setText(Iban::grouped(m_profile.iban));
    m_bic->setText(m_profile.bic);
    m_invoicePrefix->setText(m_profile.invoicePrefix);
    m_invoiceNumbersYearly->setChecked(m_profile.invoiceNumbersYearly);
    m_paymentDays->setValue(m_profile.invoicePaymentDays);
    for (auto it = m_thresholds.cbegin(); it != m_thresholds.cend(); ++it)
        it.value()->setValue(m_profile.thresholds.value(it.key()));
    if (auto reminders = ReminderSettingsStore(m_session.db()).load(); reminders) {
        m_reminders = *reminders;
    } else {
        MessageBox::warning(this, windowTitle(), reminders.error());
    }
    m_notifications->setChecked(m_reminders.desktopNotifications);
    m_quietHours->setChecked(m_reminders.quietOutsideWorkingHours);
    m_quietHours->setEnabled(m_reminders.desktopNotifications);
    const int alarm = m_reminders.calendarAlarmDays.value_or(-1);
    if (m_calendarAlarm->findData(alarm) < 0) // set elsewhere (neuvo-cli) to a day not listed
        m_calendarAlarm->addItem(englishPlural(tr("%n day(s) before", nullptr, alarm), alarm), alarm);
    m_calendarAlarm->setCurrentIndex(m_calendarAlarm->findData(alarm));
    m_backupsToKeep->setValue(m_profile.backupsToKeep);
}

void PreferencesDialog::accept()
{
    Profile p = m_profile;
    p.name = m_name->text().trimmed();
    p.legalForm = m_legalForm->text().trimmed();
    p.registrationNumber = m_registration->text().trimmed();
    p.address = m_address->toPlainText().trimmed();
    p.email = m_email->text().trimmed();
    p.phone = m_phone->text().trimmed();
    p.bankDetails = m_bank->toPlainText().trimmed();
    p.currency = m_currency->currentText().trimmed().toUpper();
    if (!Money::isCurrencyCode(p.currency)) {
        showError(tr("Currency: \"%1\" is not a three-letter ISO 4217 code such as EUR.").arg(p.currency),
                  m_currency);
        return;
    }
    p.ndaMarkupPercent = m_ndaMarkup->value();
    p.rushSurchargePercent = m_rushSurcharge->value() > 0 ? std::optional<int>(m_rushSurcharge->value()) : std::nullopt;
    p.includedRevisions = m_revisions->value();
    p.guaranteePercent = m_guarantee->value();
    p.noticeDays = m_noticeDays->value();
    p.workStart = m_workStart->time();
    p.workEnd = m_workEnd->time();
    Weekdays days = 0;
    for (int day = 1; day <= 7; ++day) {
        if (m_workDays.at(day - 1)->isChecked())
            days = Weekdays(days | (1u << (day - 1)));
    }
    p.workDays = days;
    const QString floorText = m_floorRate->text().trimmed();
    if (floorText.isEmpty()) {
        p.floorRateMinor = 0;
    } else {
        auto floor = Money::parseLocalized(floorText, p.currency, QLocale());
        if (!floor) {
            showError(tr("Floor rate per hour: %1").arg(floor.error()), m_floorRate);
            return;
        }
        p.floorRateMinor = floor->minor();
    }
    for (auto it = m_thresholds.cbegin(); it != m_thresholds.cend(); ++it)
        p.thresholds.setValue(it.key(), it.value()->value());
    p.backupsToKeep = m_backupsToKeep->value();

    p.vatStatus = fromId<VatStatus>(m_vatStatus->currentData().toString()).value_or(VatStatus::NotRegistered);
    p.vatId = m_vatId->text().trimmed();
    const auto rate = VatRate::parse(m_vatRate->text());
    if (!rate) {
        showError(tr("Default VAT rate: %1").arg(rate.error()), m_vatRate);
        return;
    }
    p.vatRateTenths = *rate;
    p.pricesIncludeVat = m_pricesIncludeVat->currentData().toBool();
    p.vatExemptionTexts.clear();
    for (auto it = m_exemptionTexts.cbegin(); it != m_exemptionTexts.cend(); ++it) {
        const QString text = it.value()->toPlainText().trimmed();
        if (!text.isEmpty())
            p.vatExemptionTexts.insert(it.key(), text);
    }
    p.iban = m_iban->text().trimmed();
    p.bic = m_bic->text().trimmed();
    p.invoicePrefix = m_invoicePrefix->text();
    p.invoiceNumbersYearly = m_invoiceNumbersYearly->isChecked();
    p.invoicePaymentDays = m_paymentDays->value();
    QString field;
    if (auto valid = ProfileStore::validate(p, &field); !valid) {
        const QHash<QString, QWidget *> fields{{u"currency"_s, m_currency}, {u"vat_rate"_s, m_vatRate},
                                               {u"vat_id"_s, m_vatId},      {u"iban"_s, m_iban},
                                               {u"bic"_s, m_bic},           {u"payment_days"_s, m_paymentDays},
                                               {u"rush_surcharge"_s, m_rushSurcharge},
                                               {u"backups_to_keep"_s, m_backupsToKeep}};
        showError(valid.error(), fields.value(field));
        return;
    }

    ReminderSettings reminders = m_reminders;
    reminders.desktopNotifications = m_notifications->isChecked();
    reminders.quietOutsideWorkingHours = m_quietHours->isChecked();
    const int alarm = m_calendarAlarm->currentData().toInt();
    reminders.calendarAlarmDays = alarm >= 0 ? std::optional<int>(alarm) : std::nullopt;

    const auto saved = m_session.db().transaction([&]() -> Result<void> {
        if (auto r = ProfileStore(m_session.db()).save(p); !r)
            return r;
        return ReminderSettingsStore(m_session.db()).save(reminders);
    });
    if (!saved) {
        // Saved by someone else since the dialog loaded it (another window,
        // neuvo-cli, another person on the server): reload what is stored,
        // or keep everything typed so it can be copied or tried again.
        const auto stored = ProfileStore(m_session.db()).load();
        if (stored && stored->rowVersion.value != m_profile.rowVersion.value
            && StaleSave::ask(this, saved.error(), tr("Profile")) == StaleSave::Answer::Reload) {
            // This window's own settings (language, paper) were not
            // refused and stay as chosen.
            loadStored();
            m_error->clear();
            m_error->hide();
            return;
        }
        showError(saved.error(), nullptr);
        return;
    }
    QSettings settings;
    settings.setValue(languageSettingKey(), m_language->currentData().toString());
    if (const auto paper = DocumentPreferences::paperFromId(m_paper->currentData().toString()))
        DocumentPreferences::setPaper(*paper);
    DocumentPreferences::setUsDates(m_englishDates->currentData().toBool());
    m_session.notifyChanged();
    QDialog::accept();
}

} // namespace neuvo
