#include "confirmation.h"

#include "plaintext.h"

#include <QMessageBox>
#include <QPushButton>

namespace neuvo {

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

} // namespace neuvo
