#include "counterofferdialog.h"

#include "core/documents/documentpreferences.h"
#include "core/documents/letters.h"
#include "projecteditorfields.h"
#include "ui/widgets/plaintext.h"

#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace neuvo {

namespace {

// The document language chosen last for any document or letter.
const auto kLanguageKey = u"documents/language"_s;

bool changesTheProject(CounterOffer::Ask ask)
{
    return ask == CounterOffer::Ask::Postpay || ask == CounterOffer::Ask::Rush;
}

} // namespace

QString CounterOfferDialog::askLabel(CounterOffer::Ask ask)
{
    switch (ask) {
    case CounterOffer::Ask::Postpay:
        return tr("Payment after the work (“50 % now, 50 % after”)");
    case CounterOffer::Ask::Discount:
        return tr("A discount");
    case CounterOffer::Ask::Nda:
        return tr("Signing an NDA");
    case CounterOffer::Ask::Rush:
        return tr("The work today (a rush)");
    case CounterOffer::Ask::Budget:
        return tr("My price (“What is your budget?”)");
    }
    return QString();
}

CounterOfferDialog::CounterOfferDialog(Project project, Profile profile, QDate today, QString recipient,
                                       CounterOffer::Ask ask, Apply apply, QWidget *parent)
    : QDialog(parent)
    , m_project(std::move(project))
    , m_profile(std::move(profile))
    , m_today(today)
    , m_recipient(std::move(recipient))
    , m_applyCallback(std::move(apply))
{
    setWindowTitle(tr("The Client Asks For…"));
    m_ask = new QComboBox;
    m_ask->setObjectName(u"askCombo"_s);
    for (const QString &id : CounterOffer::askIds()) {
        const auto each = *CounterOffer::askFromId(id);
        m_ask->addItem(askLabel(each), int(each));
    }
    m_ask->setCurrentIndex(qMax(0, m_ask->findData(int(ask))));
    m_discount = new QLineEdit;
    m_discount->setObjectName(u"askedDiscountEdit"_s);
    m_discount->setPlaceholderText(tr("empty: the largest one the floor rate allows"));
    m_discountLabel = new QLabel(tr("&Discount asked (%1):").arg(m_project.currency));
    m_discountLabel->setTextFormat(Qt::PlainText);
    m_discountLabel->setBuddy(m_discount);
    m_language = new QComboBox;
    m_language->setObjectName(u"answerLanguageCombo"_s);
    m_language->addItem(u"English"_s, u"en"_s);
    m_language->addItem(u"Suomi"_s, u"fi"_s);
    m_language->addItem(u"Русский"_s, u"ru"_s);
    const QString remembered = QSettings().value(kLanguageKey, DocumentLanguage::forLocale(QLocale()).id()).toString();
    m_language->setCurrentIndex(qMax(0, m_language->findData(remembered)));
    m_text = new QPlainTextEdit;
    m_text->setObjectName(u"answerText"_s);
    m_text->setReadOnly(true);
    m_text->setAccessibleName(tr("Answer text"));
    m_status = plainLabel();
    m_status->setObjectName(u"answerStatus"_s);
    m_status->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("The client &asks for:"), m_ask);
    form->addRow(m_discountLabel, m_discount);
    form->addRow(tr("&Language:"), m_language);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton *copy = buttons->addButton(tr("&Copy to Clipboard"), QDialogButtonBox::ActionRole);
    copy->setObjectName(u"copyAnswerButton"_s);
    QPushButton *mail = buttons->addButton(tr("Open &E-mail Draft"), QDialogButtonBox::ActionRole);
    mail->setObjectName(u"mailAnswerButton"_s);
    m_apply = buttons->addButton(tr("A&pply to Project"), QDialogButtonBox::ActionRole);
    m_apply->setObjectName(u"applyAnswerButton"_s);
    connect(copy, &QPushButton::clicked, this, &CounterOfferDialog::copyToClipboard);
    connect(mail, &QPushButton::clicked, this, &CounterOfferDialog::openEmailDraft);
    connect(m_apply, &QPushButton::clicked, this, &CounterOfferDialog::applyToProject);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(680, 480);

    connect(m_ask, &QComboBox::currentIndexChanged, this, &CounterOfferDialog::refresh);
    connect(m_language, &QComboBox::currentIndexChanged, this, &CounterOfferDialog::refresh);
    connect(m_discount, &QLineEdit::textChanged, this, &CounterOfferDialog::refresh);
    refresh();
}

Result<CounterOffer::Answer> CounterOfferDialog::answer() const
{
    auto language = DocumentLanguage::fromId(m_language->currentData().toString());
    if (!language)
        return Error{language.error()};
    *language = DocumentPreferences::applied(*language);
    const auto ask = CounterOffer::Ask(m_ask->currentData().toInt());
    std::optional<qint64> asked;
    if (ask == CounterOffer::Ask::Discount) {
        const auto amount = editorfields::parseAmountField(m_discount, m_project.currency, tr("Discount asked"),
                                                           std::nullopt);
        if (!amount)
            return Error{amount.error()};
        asked = *amount;
    }
    return CounterOffer::answer(ask, m_project, m_profile, m_today, *language, asked);
}

void CounterOfferDialog::refresh()
{
    const auto ask = CounterOffer::Ask(m_ask->currentData().toInt());
    m_discountLabel->setVisible(ask == CounterOffer::Ask::Discount);
    m_discount->setVisible(ask == CounterOffer::Ask::Discount);
    const auto a = answer();
    m_text->setPlainText(a ? a->text : QString());
    m_status->setText(a ? QString() : a.error());
    m_apply->setVisible(changesTheProject(ask));
    switch (ask) {
    case CounterOffer::Ask::Postpay:
        m_apply->setToolTip(tr("Replace the stages with the proposed prepaid stages; Save keeps them, Cancel "
                               "discards them."));
        m_apply->setEnabled(a.ok());
        break;
    case CounterOffer::Ask::Rush:
        m_apply->setToolTip(tr("Set the deadline to the honest one; Save keeps it, Cancel discards it."));
        m_apply->setEnabled(a && a->honestDeadline != m_project.deadline);
        break;
    default:
        m_apply->setEnabled(false);
        break;
    }
}

void CounterOfferDialog::copyToClipboard()
{
    const auto a = answer();
    if (!a) {
        m_status->setText(a.error());
        return;
    }
    QSettings().setValue(kLanguageKey, m_language->currentData().toString());
    QGuiApplication::clipboard()->setText(a->text);
    m_status->setText(tr("Copied. Paste it into your answer to the client."));
}

void CounterOfferDialog::openEmailDraft()
{
    const auto a = answer();
    if (!a) {
        m_status->setText(a.error());
        return;
    }
    QSettings().setValue(kLanguageKey, m_language->currentData().toString());
    const QString url = FollowUpLetter::mailtoUrl(m_recipient, m_project.title.trimmed(), a->text);
    if (!QDesktopServices::openUrl(QUrl(url, QUrl::StrictMode)))
        m_status->setText(tr("No e-mail program answered. Copy the answer to the clipboard instead."));
}

void CounterOfferDialog::applyToProject()
{
    const auto a = answer();
    if (!a) {
        m_status->setText(a.error());
        return;
    }
    if (!m_applyCallback)
        return;
    if (const auto applied = m_applyCallback(*a); !applied) {
        m_status->setText(applied.error());
        return;
    }
    accept();
}

} // namespace neuvo
