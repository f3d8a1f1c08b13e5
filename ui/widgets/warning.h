#pragma once

#include <QColor>
#include <QString>

class QLabel;
class QWidget;

namespace neuvo {

// The colour of texts that warn (below the floor rate, too many revision
// rounds, a stage sum that does not match): dark enough to read on a light
// window, light enough on a dark one.
QColor warningColor(const QWidget *widget = nullptr);
// Shows or hides a warning label and colours it.
void showWarning(QLabel *label, const QString &text);

} // namespace neuvo
