#include "logentrydialogs.h"

#include "clientdetailmodels.h"
#include "core/storage/stores.h"
#include "ui/session.h"
#include "ui/widgets/enumcombo.h"
#include "ui/widgets/plaintext.h"
#include "ui/widgets/stalesave.h"
#include "ui/widgets/warning.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace neuvo {

namespace {

QComboBox *projectCombo(const QList<Project> &projects, qint64 current)
{
    auto *combo = new QComboBox;
    combo->addItem(QCoreApplication::translate("neuvo::InteractionsTab", "None"), qint64(0));
    for (const Project &p : projects)
        combo->addItem(p.title, p.id);
    combo->setCurrentIndex(qMax(0, combo->findData(current)));
    return combo;
}

// "Confirmed in writing on [date]" or "Kept on [date]": the date only counts
// while the box is ticked.
QWidget *checkedDate(QCheckBox *box, QDateEdit *date, const QDate &value, const QDate &fallback)
{
    date->setCalendarPopup(true);
    date->setDate(value.isValid() ? value : fallback);
    box->setChecked(value.isValid());
    date->setEnabled(value.isValid());
    QObject::connect(box, &QCheckBox::toggled, date, &QWidget::setEnabled);
    auto *row = new QWidget;
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(box);
    layout->addWidget(date);
    layout->addStretch();
    return row;
}

// The summary or promise as the confirmation before a reload names it.
QString shortName(const QString &text)
{
    const QString line = text.section(u'\n', 0, 0).trimmed();
    return line.size() > 60 ? line.left(59) + u'…' : line;
}

QDialogButtonBox *okCancel(QDialog *dialog)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}

} // namespace

InteractionDialog::InteractionDialog(Session &session, const Interaction &interaction,
                                     const QList<Project> &projects, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_interaction(interaction)
{
    setWindowTitle(tr("Edit Interaction"));
    m_when = new QDateTimeEdit;
    m_when->setObjectName(u"interactionWhen"_s);
    m_when->setCalendarPopup(true);
    m_when->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat) + u' ' + shortTimeFormat(QLocale()));
    m_when->setDateTime(interaction.at.toLocalTime());
    m_channel = new QComboBox;
    m_channel->setObjectName(u"interactionChannel"_s);
    fillEnumCombo<Channel>(m_channel);
    setEnumCombo(m_channel, interaction.channel);
    m_direction = new QComboBox;
    m_direction->setObjectName(u"interactionDirection"_s);
    fillEnumCombo<Direction>(m_direction);
    setEnumCombo(m_direction, interaction.direction);
    m_kind = new QComboBox;
    m_kind->setObjectName(u"interactionKind"_s);
    fillEnumCombo<InteractionKind>(m_kind);
    setEnumCombo(m_kind, interaction.kind);
    m_project = projectCombo(projects, interaction.projectId);
    m_project->setObjectName(u"interactionProject"_s);
    m_summary = new QPlainTextEdit(interaction.summary);
    m_summary->setObjectName(u"interactionSummary"_s);
    m_summary->setTabChangesFocus(true);
    m_confirmed = new QCheckBox(tr("Confirmed in w&riting on"));
    m_confirmed->setObjectName(u"interactionConfirmed"_s);
    m_confirmedOn = new QDateEdit;
    m_confirmedOn->setObjectName(u"interactionConfirmedOn"_s);
    m_confirmedOn->setAccessibleName(tr("Confirmed in writing on"));
    m_error = plainLabel();
    m_error->setObjectName(u"errorLabel"_s);
    m_error->setWordWrap(true);
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&When:"), m_when);
    form->addRow(tr("Cha&nnel:"), m_channel);
    form->addRow(tr("&Direction:"), m_direction);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("Pro&ject:"), m_project);
    form->addRow(tr("&Summary:"), m_summary);
    form->addRow(QString(), checkedDate(m_confirmed, m_confirmedOn, interaction.confirmedOn, session.today()));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(okCancel(this));
    m_summary->setFocus();
}

QString InteractionDialog::errorText() const
{
    return m_error->text();
}

void InteractionDialog::accept()
{
    Interaction i = m_interaction;
    i.at = m_when->dateTime().toUTC();
    i.channel = enumComboValue(m_channel, i.channel);
    i.direction = enumComboValue(m_direction, i.direction);
    i.kind = enumComboValue(m_kind, i.kind);
    i.projectId = m_project->currentData().toLongLong();
    i.summary = m_summary->toPlainText().trimmed();
    i.confirmedOn = m_confirmed->isChecked() ? m_confirmedOn->date() : QDate();
    InteractionStore store(m_session.db());
    auto saved = InteractionStore::validate(i);
    if (saved)
        saved = store.update(i);
    if (!saved) {
        // Saved by someone else since the dialog loaded it: reload, or keep
        // the form so what was typed can be copied.
        const auto stored = store.get(i.id);
        if (stored && stored->rowVersion.value != m_interaction.rowVersion.value
            && StaleSave::ask(this, saved.error(), shortName(m_interaction.summary)) == StaleSave::Answer::Reload) {
            m_interaction = *stored;
            m_when->setDateTime(m_interaction.at.toLocalTime());
            setEnumCombo(m_channel, m_interaction.channel);
            setEnumCombo(m_direction, m_interaction.direction);
            setEnumCombo(m_kind, m_interaction.kind);
            m_project->setCurrentIndex(qMax(0, m_project->findData(m_interaction.projectId)));
            m_summary->setPlainText(m_interaction.summary);
            m_confirmed->setChecked(m_interaction.confirmedOn.isValid());
            if (m_interaction.confirmedOn.isValid())
                m_confirmedOn->setDate(m_interaction.confirmedOn);
            showWarning(m_error, QString());
            return;
        }
        showWarning(m_error, saved.error());
        if (i.summary.isEmpty())
            m_summary->setFocus();
        return;
    }
    m_interaction = i;
    m_session.notifyClientChanged(i.clientId);
    QDialog::accept();
}

PromiseDialog::PromiseDialog(Session &session, const Promise &promise, const QList<Project> &projects,
                             QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_promise(promise)
{
    setWindowTitle(tr("Edit Promise"));
    m_what = new QLineEdit(promise.what);
    m_what->setObjectName(u"promiseWhat"_s);
    m_project = projectCombo(projects, promise.projectId);
    m_project->setObjectName(u"promiseProject"_s);
    m_due = new QDateEdit;
    m_due->setObjectName(u"promiseDue"_s);
    m_due->setCalendarPopup(true);
    m_due->setDate(promise.dueOn.isValid() ? promise.dueOn : session.today());
    m_kept = new QCheckBox(tr("&Kept on"));
    m_kept->setObjectName(u"promiseKept"_s);
    m_keptOn = new QDateEdit;
    m_keptOn->setObjectName(u"promiseKeptOn"_s);
    m_keptOn->setAccessibleName(tr("Kept on"));
    m_error = plainLabel();
    m_error->setObjectName(u"errorLabel"_s);
    m_error->setWordWrap(true);
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&What:"), m_what);
    form->addRow(tr("Pro&ject:"), m_project);
    form->addRow(tr("D&ue:"), m_due);
    form->addRow(QString(), checkedDate(m_kept, m_keptOn, promise.doneOn, session.today()));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(okCancel(this));
    m_what->setFocus();
}

QString PromiseDialog::errorText() const
{
    return m_error->text();
}

void PromiseDialog::accept()
{
    Promise p = m_promise;
    p.what = m_what->text().trimmed();
    p.projectId = m_project->currentData().toLongLong();
    p.dueOn = m_due->date();
    p.doneOn = m_kept->isChecked() ? m_keptOn->date() : QDate();
    PromiseStore store(m_session.db());
    if (auto saved = store.update(p); !saved) {
        // Saved by someone else since the dialog loaded it: reload, or keep
        // the form so what was typed can be copied.
        const auto stored = store.get(p.id);
        if (stored && stored->rowVersion.value != m_promise.rowVersion.value
            && StaleSave::ask(this, saved.error(), shortName(m_promise.what)) == StaleSave::Answer::Reload) {
            m_promise = *stored;
            m_what->setText(m_promise.what);
            m_project->setCurrentIndex(qMax(0, m_project->findData(m_promise.projectId)));
            m_due->setDate(m_promise.dueOn);
            m_kept->setChecked(m_promise.doneOn.isValid());
            if (m_promise.doneOn.isValid())
                m_keptOn->setDate(m_promise.doneOn);
            showWarning(m_error, QString());
            return;
        }
        showWarning(m_error, saved.error());
        m_what->setFocus();
        return;
    }
    m_promise = p;
    m_session.notifyClientChanged(p.clientId);
    QDialog::accept();
}

} // namespace neuvo
