#include "stalesave.h"

#include "choice.h"
#include "confirmation.h"

namespace neuvo {

StaleSave::Answer StaleSave::ask(QWidget *parent, const QString &refusal, const QString &record)
{
    const int choice = Choice::ask(parent, tr("Changed Elsewhere"), refusal,
                                   tr("Reload shows the saved version and discards your edits in this form. Cancel "
                                      "keeps the form as it is, so you can copy what you typed."),
                                   {tr("Reload")});
    if (choice != 0)
        return Answer::KeepEditing;
    if (!Confirmation::ask(parent, tr("Reload"),
                           tr("Discard your edits to \"%1\" and load the saved version?").arg(record),
                           tr("Discard and Reload")))
        return Answer::KeepEditing;
    return Answer::Reload;
}

} // namespace neuvo
