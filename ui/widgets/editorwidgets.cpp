#include "editorwidgets.h"

#include "plaintext.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace neuvo {

QColor warningColor(const QWidget *widget)
{
    const QPalette palette = widget ? widget->palette() : QApplication::palette();
    const bool darkWindow = palette.color(QPalette::Window).lightness() < 128;
    return darkWindow ? QColor(0xff, 0x8a, 0x75) : QColor(0xb0, 0x30, 0x20);
}

void showWarning(QLabel *label, const QString &text)
{
    // Warnings quote what was typed.
    label->setTextFormat(Qt::PlainText);
    label->setText(text);
    label->setVisible(!text.isEmpty());
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, warningColor(label));
    label->setPalette(palette);
}

// ------------------------------------------------------------ OptionalDateEdit

OptionalDateEdit::OptionalDateEdit(const QString &checkText, QWidget *parent)
    : QWidget(parent)
    , m_check(new QCheckBox(checkText))
    , m_edit(new QDateEdit)
    , m_defaultDate(QDate::currentDate())
{
    m_edit->setCalendarPopup(true);
    m_edit->setEnabled(false);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_check);
    layout->addWidget(m_edit);
    layout->addStretch();
    // A label's buddy and the tab order reach the check box first.
    setFocusProxy(m_check);
    connect(m_check, &QCheckBox::toggled, this, [this](bool on) {
        m_edit->setEnabled(on);
        if (on && !m_edit->date().isValid())
            m_edit->setDate(m_defaultDate);
        emit dateChanged(date());
    });
    connect(m_edit, &QDateEdit::dateChanged, this, [this] {
        if (m_check->isChecked())
            emit dateChanged(date());
    });
}

QDate OptionalDateEdit::date() const
{
    return m_check->isChecked() ? m_edit->date() : QDate();
}

void OptionalDateEdit::setDate(const QDate &date)
{
    const QSignalBlocker blockCheck(m_check);
    const QSignalBlocker blockEdit(m_edit);
    m_check->setChecked(date.isValid());
    m_edit->setEnabled(date.isValid());
    m_edit->setDate(date.isValid() ? date : m_defaultDate);
}

// ------------------------------------------------------------ DateDelegate

DateDelegate::DateDelegate(QDate defaultDate, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_defaultDate(defaultDate)
{
}

QWidget *DateDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const
{
    auto *edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setFrame(false);
    return edit;
}

void DateDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const QDate date = index.data(Qt::EditRole).toDate();
    static_cast<QDateEdit *>(editor)->setDate(date.isValid() ? date : m_defaultDate);
}

void DateDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    model->setData(index, static_cast<QDateEdit *>(editor)->date(), Qt::EditRole);
}

// ------------------------------------------------------------ ChoiceDelegate

ChoiceDelegate::ChoiceDelegate(QList<QPair<QString, QString>> choices, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_choices(std::move(choices))
{
}

QWidget *ChoiceDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const
{
    auto *combo = new QComboBox(parent);
    for (const auto &[label, id] : m_choices)
        combo->addItem(label, id);
    return combo;
}

void ChoiceDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    combo->setCurrentIndex(qMax(0, combo->findData(index.data(Qt::EditRole).toString())));
}

void ChoiceDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    model->setData(index, static_cast<QComboBox *>(editor)->currentData(), Qt::EditRole);
}

// ------------------------------------------------------------ DateClearingFilter

bool DateClearingFilter::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return false;
    const auto *key = static_cast<QKeyEvent *>(event);
    if (key->key() != Qt::Key_Delete && key->key() != Qt::Key_Backspace)
        return false;
    auto *view = qobject_cast<QAbstractItemView *>(watched);
    // Keys an open cell editor did not use propagate here; they are not ours.
    if (!view || QApplication::focusWidget() != view)
        return false;
    const QModelIndex index = view->currentIndex();
    if (!index.isValid() || index.data(Qt::EditRole).metaType().id() != QMetaType::QDate)
        return false;
    view->model()->setData(index, QDate(), Qt::EditRole);
    return true;
}

// ------------------------------------------------------------ Confirmation

std::optional<bool> Confirmation::s_nextAnswer;
QString Confirmation::s_lastQuestion;

bool Confirmation::ask(QWidget *parent, const QString &title, const QString &question,
                       const QString &acceptText)
{
    s_lastQuestion = question;
    if (s_nextAnswer) {
        const bool answer = *s_nextAnswer;
        s_nextAnswer.reset();
        return answer;
    }
    QMessageBox box(QMessageBox::Question, title, question, QMessageBox::Cancel, parent);
    makePlainText(box);
    QPushButton *accept = box.addButton(acceptText, QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == accept;
}

void Confirmation::setNextAnswer(bool answer)
{
    s_nextAnswer = answer;
}

QString Confirmation::lastQuestion()
{
    return s_lastQuestion;
}

// ------------------------------------------------------------ Choice

std::optional<int> Choice::s_nextAnswer;
QString Choice::s_lastText;
QStringList Choice::s_lastAnswers;

int Choice::ask(QWidget *parent, const QString &title, const QString &text, const QString &details,
                const QStringList &answers)
{
    s_lastText = details.isEmpty() ? text : text + u'\n' + details;
    s_lastAnswers = answers;
    if (s_nextAnswer) {
        const int answer = *s_nextAnswer;
        s_nextAnswer.reset();
        return answer;
    }
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Cancel, parent);
    box.setInformativeText(details);
    makePlainText(box);
    QList<QPushButton *> buttons;
    for (const QString &answer : answers)
        buttons << box.addButton(answer, QMessageBox::AcceptRole);
    if (!buttons.isEmpty())
        box.setDefaultButton(buttons.first());
    box.setEscapeButton(QMessageBox::Cancel);
    box.exec();
    return int(buttons.indexOf(qobject_cast<QPushButton *>(box.clickedButton())));
}

void Choice::setNextAnswer(int answer)
{
    s_nextAnswer = answer;
}

QString Choice::lastText()
{
    return s_lastText;
}

QStringList Choice::lastAnswers()
{
    return s_lastAnswers;
}

} // namespace neuvo
