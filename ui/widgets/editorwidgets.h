#pragma once

#include <QDate>
#include <QList>
#include <QPair>
#include <QStringList>
#include <QStyledItemDelegate>
#include <QWidget>

#include <optional>

class QCheckBox;
class QDateEdit;
class QLabel;

namespace neuvo {

// The colour of texts that warn (below the floor rate, too many revision
// rounds, a stage sum that does not match): dark enough to read on a light
// window, light enough on a dark one.
QColor warningColor(const QWidget *widget = nullptr);
// Shows or hides a warning label and colours it.
void showWarning(QLabel *label, const QString &text);

// A date that may be unset (a deadline not agreed yet, a contract not signed
// yet): a check box says whether there is a date, the date editor beside it
// is enabled only then. Cleaner than a sentinel date in the editor.
class OptionalDateEdit final : public QWidget
{
    Q_OBJECT

public:
    // checkText names what having a date means, e.g. "Agreed", "Signed".
    explicit OptionalDateEdit(const QString &checkText, QWidget *parent = nullptr);

    QDate date() const; // null when unset
    void setDate(const QDate &date);
    // The date offered when the box is ticked on an unset value.
    void setDefaultDate(const QDate &date) { m_defaultDate = date; }
    QCheckBox *checkBox() const { return m_check; }
    QDateEdit *dateEdit() const { return m_edit; }

signals:
    void dateChanged(const QDate &date);

private:
    QCheckBox *m_check = nullptr;
    QDateEdit *m_edit = nullptr;
    QDate m_defaultDate;
};

// Edits a QDate cell with a calendar pop-up; an empty cell opens on
// `defaultDate` (today). Pressing Delete on the cell (see DateClearingFilter)
// clears it.
class DateDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit DateDelegate(QDate defaultDate, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

private:
    QDate m_defaultDate;
};

// Edits a cell whose EditRole is a stable id by a combo box of labels.
class ChoiceDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    // (label, id) pairs
    explicit ChoiceDelegate(QList<QPair<QString, QString>> choices, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

private:
    QList<QPair<QString, QString>> m_choices;
};

// Installed on a table view: Delete or Backspace on a cell whose EditRole is
// a date clears that date (a date editor cannot show "no date").
class DateClearingFilter final : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    bool eventFilter(QObject *watched, QEvent *event) override;
};

// A yes/no question before something destructive. Tests answer it in
// advance with setNextAnswer() instead of driving a modal QMessageBox.
class Confirmation final
{
public:
    static bool ask(QWidget *parent, const QString &title, const QString &question,
                    const QString &acceptText);
    // The next ask() returns this without showing anything.
    static void setNextAnswer(bool answer);
    // The question of the last ask(), shown or answered in advance.
    static QString lastQuestion();

private:
    static std::optional<bool> s_nextAnswer;
    static QString s_lastQuestion;
};

// A question with several answers besides Cancel ("Restore this backup",
// "Open Read-Only"). Tests answer it in advance like Confirmation.
class Choice final
{
public:
    // The index in answers of the button pressed (the first is the default),
    // or -1 for Cancel. details goes into the box's informative text.
    static int ask(QWidget *parent, const QString &title, const QString &text, const QString &details,
                   const QStringList &answers);
    // The next ask() returns this without showing anything.
    static void setNextAnswer(int answer);
    // The text and answers of the last ask(), shown or answered in advance.
    static QString lastText();
    static QStringList lastAnswers();

private:
    static std::optional<int> s_nextAnswer;
    static QString s_lastText;
    static QStringList s_lastAnswers;
};

} // namespace neuvo
