#include "icons.h"

#include <QApplication>
#include <QBuffer>
#include <QFile>
#include <QImageReader>
#include <QPalette>
#include <QPixmap>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace neuvo {

namespace {

QPixmap drawn(const QByteArray &svg, const QColor &colour, int size)
{
    QByteArray coloured = svg;
    coloured.replace("currentColor", colour.name(QColor::HexRgb).toLatin1());
    QBuffer buffer(&coloured);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer, "svg");
    reader.setScaledSize(QSize(size, size));
    return QPixmap::fromImage(reader.read());
}

} // namespace

QIcon bundledIcon(const QString &name, const QWidget *widget)
{
    QFile file(u":/icons/actions/%1.svg"_s.arg(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray svg = file.readAll();
    const QPalette palette = widget ? widget->palette() : QApplication::palette();
    QIcon icon;
    for (const int size : {16, 22, 24, 32, 48}) {
        icon.addPixmap(drawn(svg, palette.color(QPalette::Active, QPalette::WindowText), size), QIcon::Normal);
        icon.addPixmap(drawn(svg, palette.color(QPalette::Disabled, QPalette::WindowText), size), QIcon::Disabled);
        icon.addPixmap(drawn(svg, palette.color(QPalette::Active, QPalette::HighlightedText), size), QIcon::Selected);
    }
    return icon;
}

QIcon themedIcon(const QString &name, const QWidget *widget)
{
    if (QIcon::hasThemeIcon(name))
        return QIcon::fromTheme(name);
    return bundledIcon(name, widget);
}

} // namespace neuvo
