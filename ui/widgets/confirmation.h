#pragma once

#include <QString>

#include <optional>

class QWidget;

namespace neuvo {

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

} // namespace neuvo
