#pragma once

#include <QString>
#include <QStringList>

#include <optional>

class QWidget;

namespace neuvo {

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
