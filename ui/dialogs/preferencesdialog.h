#pragma once

#include "core/domain/domain.h"
#include "core/reminders/remindersettings.h"

#include <QDialog>
#include <QMap>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTimeEdit;

namespace neuvo {

class Session;

// The freelancer's profile (printed on contracts), defaults for new
// projects, taxes and invoice numbering, the red-flag thresholds, the
// number of backups to keep, reminders (desktop notifications and the
// calendar's alarms) and the interface language. OK stores the profile
// (backups included, since they concern the file) and the reminder settings
// in one transaction; only the language is a desktop setting. A bad value
// keeps the dialog open with a message naming the field. A profile saved
// elsewhere since the dialog loaded it (another window, neuvo-cli, another
// person on a server) is not overwritten: OK is refused, naming who saved
// it, and offers to reload it (StaleSave), as the other editors do.
class PreferencesDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(Session &session, QWidget *parent = nullptr);

    // QSettings key of the interface language: "" = system, else "en", "fi", "ru".
    static QString languageSettingKey();
    // The message shown when OK could not store the profile, empty when none.
    QString errorText() const;

    void accept() override;

private:
    QWidget *createProfilePage();
    QWidget *createDefaultsPage();
    QWidget *createTaxesPage();
    QWidget *createRulesPage();
    QWidget *createRemindersPage();
    QWidget *createInterfacePage();
    QWidget *createBackupsPage();
    void load();
    // The profile and reminder settings as stored, into the fields: on
    // opening, and to Reload after a save was refused because someone else
    // saved the profile since.
    void loadStored();
    // Shows why OK did not close; the dialog keeps everything typed.
    void showError(const QString &message, QWidget *field);

    Session &m_session;
    Profile m_profile;
    ReminderSettings m_reminders;

    QLineEdit *m_name = nullptr;
    QLineEdit *m_legalForm = nullptr;
    QLineEdit *m_registration = nullptr;
    QPlainTextEdit *m_address = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_phone = nullptr;
    QPlainTextEdit *m_bank = nullptr;

    QComboBox *m_currency = nullptr;
    QSpinBox *m_ndaMarkup = nullptr;
    QSpinBox *m_rushSurcharge = nullptr;
    QSpinBox *m_revisions = nullptr;
    QSpinBox *m_guarantee = nullptr;
    QSpinBox *m_noticeDays = nullptr;
    QTimeEdit *m_workStart = nullptr;
    QTimeEdit *m_workEnd = nullptr;
    QList<QCheckBox *> m_workDays;
    QLineEdit *m_floorRate = nullptr;

    QComboBox *m_vatStatus = nullptr;
    QLineEdit *m_vatId = nullptr;
    QLineEdit *m_vatRate = nullptr;
    QComboBox *m_pricesIncludeVat = nullptr;
    QMap<QString, QPlainTextEdit *> m_exemptionTexts;
    QLineEdit *m_iban = nullptr;
    QLineEdit *m_bic = nullptr;
    QLineEdit *m_invoicePrefix = nullptr;
    QCheckBox *m_invoiceNumbersYearly = nullptr;
    QSpinBox *m_paymentDays = nullptr;
    QLabel *m_numberExample = nullptr;

    QMap<QString, QSpinBox *> m_thresholds;
    QCheckBox *m_notifications = nullptr;
    QCheckBox *m_quietHours = nullptr;
    QComboBox *m_calendarAlarm = nullptr;
    QComboBox *m_language = nullptr;
    QComboBox *m_paper = nullptr;
    QComboBox *m_englishDates = nullptr;
    QSpinBox *m_backupsToKeep = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace neuvo
