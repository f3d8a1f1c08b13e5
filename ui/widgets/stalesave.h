#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace neuvo {

// What an editor does when its save was refused because someone else saved
// the record (another window, neuvo-cli, another person) since the form
// loaded it: the store's message names who and when; Reload loads the saved
// record, after a confirmation that the form's edits go; Cancel keeps the
// form as it is so the person can copy what they typed. The questions are
// Choice and Confirmation, which tests answer in advance.
class StaleSave final
{
    Q_DECLARE_TR_FUNCTIONS(StaleSave)

public:
    enum class Answer { Reload, KeepEditing };
    // refusal: the store's message; record: how the form names the record
    // ("Mikko Virtanen") in the confirmation.
    static Answer ask(QWidget *parent, const QString &refusal, const QString &record);
};

} // namespace neuvo
