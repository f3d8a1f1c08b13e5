#pragma once

#include <QObject>

namespace neuvo {

// Installed on a table view: Delete or Backspace on a cell whose EditRole is
// a date clears that date (a date editor cannot show "no date").
class DateClearingFilter final : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace neuvo
