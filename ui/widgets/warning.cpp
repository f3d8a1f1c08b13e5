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

namespace {

QColor mixed(const QColor &base, const QColor &tint, qreal amount)
{
    return QColor::fromRgbF(base.redF() + (tint.redF() - base.redF()) * amount,
                            base.greenF() + (tint.greenF() - base.greenF()) * amount,
                            base.blueF() + (tint.blueF() - base.blueF()) * amount);
}

QColor tinted(const QWidget *widget, const QColor &accent, qreal amount)
{
    const QPalette palette = widget ? widget->palette() : QApplication::palette();
    return mixed(palette.color(QPalette::Window), accent.isValid() ? accent : palette.color(QPalette::Highlight),
                 amount);
}

} // namespace

QColor bannerColor(const QWidget *widget, const QColor &accent)
{
    return tinted(widget, accent, 0.18);
}

QColor bannerBorderColor(const QWidget *widget, const QColor &accent)
{
    return tinted(widget, accent, 0.5);
}

void colourAsWarning(QWidget *widget)
{
    QPalette palette = widget->palette();
    const QColor colour = warningColor(widget);
    palette.setColor(QPalette::WindowText, colour);
    palette.setColor(QPalette::Text, colour);
    widget->setPalette(palette);
}

void colourAsNormal(QWidget *widget)
{
    const QPalette base = widget->parentWidget() ? widget->parentWidget()->palette() : QApplication::palette();
    QPalette palette = widget->palette();
    palette.setColor(QPalette::WindowText, base.color(QPalette::WindowText));
    palette.setColor(QPalette::Text, base.color(QPalette::Text));
    widget->setPalette(palette);
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
