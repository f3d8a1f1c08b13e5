#include "icons.h"

#include <QApplication>
#include <QBuffer>
#include <QFile>
#include <QHash>
#include <QIconEngine>
#include <QImageReader>
#include <QPainter>
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

// A bundled drawing, drawn at the size and in the mode a view asks for when
// it first asks, and kept. Drawing every icon in five sizes and three modes
// when it was made took a fifth of the start before the first paint, while
// a window shows most icons at one size, in one mode, and many (menus) not
// at all until opened.
class DrawnIconEngine final : public QIconEngine
{
public:
    DrawnIconEngine(const QByteArray &svg, const QPalette &palette)
        : m_svg(svg)
        , m_normal(palette.color(QPalette::Active, QPalette::WindowText))
        , m_disabled(palette.color(QPalette::Disabled, QPalette::WindowText))
        , m_selected(palette.color(QPalette::Active, QPalette::HighlightedText))
    {
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State) override
    {
        const int side = qMin(size.width(), size.height()); // the drawings are square
        if (side <= 0)
            return {};
        const QColor colour = mode == QIcon::Disabled ? m_disabled : mode == QIcon::Selected ? m_selected : m_normal;
        const quint64 key = (quint64(colour.rgba()) << 32) | quint32(side);
        auto cached = m_drawn.constFind(key);
        if (cached == m_drawn.cend())
            cached = m_drawn.insert(key, drawn(m_svg, colour, side));
        return *cached;
    }
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override
    {
        QPixmap result = pixmap(size * scale, mode, state);
        result.setDevicePixelRatio(scale);
        return result;
    }
    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal scale = painter->device() ? painter->device()->devicePixelRatio() : 1.0;
        painter->drawPixmap(rect, scaledPixmap(rect.size(), mode, state, scale));
    }
    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State) override
    {
        const int side = qMin(size.width(), size.height());
        return QSize(side, side);
    }
    QList<QSize> availableSizes(QIcon::Mode, QIcon::State) override
    {
        return {QSize(16, 16), QSize(22, 22), QSize(24, 24), QSize(32, 32), QSize(48, 48)};
    }
    bool isNull() override { return m_svg.isEmpty(); }
    QString key() const override { return u"NeuvoDrawnIcon"_s; }
    QIconEngine *clone() const override { return new DrawnIconEngine(*this); }

private:
    QByteArray m_svg;
    QColor m_normal;
    QColor m_disabled;
    QColor m_selected;
    QHash<quint64, QPixmap> m_drawn;
};

} // namespace

QIcon bundledIcon(const QString &name, const QWidget *widget)
{
    QFile file(u":/icons/actions/%1.svg"_s.arg(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QIcon(new DrawnIconEngine(file.readAll(), widget ? widget->palette() : QApplication::palette()));
}

QIcon themedIcon(const QString &name, const QWidget *widget)
{
    if (QIcon::hasThemeIcon(name))
        return QIcon::fromTheme(name);
    return bundledIcon(name, widget);
}

} // namespace neuvo
