#include "warning.h"

#include <QApplication>
#include <QLabel>
#include <QPalette>

namespace neuvo {

QColor warningColor(const QWidget *widget)
{
    const QPalette palette = widget ? widget->palette() : QApplication::palette();
    const bool darkWindow = palette.color(QPalette::Window).lightness() < 128;
    return darkWindow ? QColor(0xff, 0x8a, 0x75) : QColor(0xb0, 0x30, 0x20);
}

void showWarning(QLabel *label, const QString &text)
{
    // Warnings quote what was typed.
    label->setTextFormat(Qt::PlainText);
    label->setText(text);
    label->setVisible(!text.isEmpty());
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, warningColor(label));
    label->setPalette(palette);
}

} // namespace neuvo
