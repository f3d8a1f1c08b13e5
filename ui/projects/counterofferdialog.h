#pragma once

#include "core/documents/counteroffer.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace neuvo {

// "The client asks for…": the source article's answer to one push-back,
// computed by CounterOffer from the project as the editor's form has it
// (saved or not), in a chosen document language, to copy or to open as an
// e-mail draft. The asks that change the project (postpay: the prepaid
// stages; rush: the honest deadline) have an Apply button; applying goes
// through the editor's callback into its form, so Save stores it in one
// transaction and Cancel discards it.
class CounterOfferDialog final : public QDialog
{
    Q_OBJECT

public:
    using Apply = std::function<Result<void>(const CounterOffer::Answer &)>;

    CounterOfferDialog(Project project, Profile profile, QDate today, QString recipient, CounterOffer::Ask ask,
                       Apply apply, QWidget *parent = nullptr);

    QComboBox *askCombo() const { return m_ask; }
    QComboBox *languageCombo() const { return m_language; }
    QLineEdit *discountEdit() const { return m_discount; }
    QPlainTextEdit *textView() const { return m_text; }
    QPushButton *applyButton() const { return m_apply; }
    QLabel *statusLabel() const { return m_status; }
    // The answer as computed for the current choices, or why it cannot be.
    Result<CounterOffer::Answer> answer() const;

    // The ask's name as the menu and the combo box show it.
    static QString askLabel(CounterOffer::Ask ask);

public slots:
    void copyToClipboard();
    void openEmailDraft();
    void applyToProject();

private:
    void refresh();

    Project m_project;
    Profile m_profile;
    QDate m_today;
    QString m_recipient;
    Apply m_applyCallback;
    QComboBox *m_ask = nullptr;
    QLabel *m_discountLabel = nullptr;
    QLineEdit *m_discount = nullptr;
    QComboBox *m_language = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_apply = nullptr;
};

} // namespace neuvo
