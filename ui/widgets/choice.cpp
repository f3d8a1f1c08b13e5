#include "choice.h"

#include "plaintext.h"

#include <QList>
#include <QMessageBox>
#include <QPushButton>

namespace neuvo {

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
