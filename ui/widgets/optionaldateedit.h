#pragma once

#include <QDate>
#include <QWidget>

class QCheckBox;
class QDateEdit;

namespace neuvo {

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

} // namespace neuvo
