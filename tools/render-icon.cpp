// Renders the application's SVG icon as a square PNG of one size, for the
// hicolor sizes the package installs. Uses Qt's own SVG image plugin (Debian
// libqt6svg6, which the application already needs for its window icon), so
// the PNGs look like the icon the running application shows and the build
// needs no other SVG renderer.
//   neuvo-render-icon IN.svg SIZE OUT.png

#include <QCoreApplication>
#include <QImage>
#include <QImageReader>
#include <QSize>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    bool sizeOk = false;
    const int size = args.size() == 4 ? args.at(2).toInt(&sizeOk) : 0;
    if (!sizeOk || size <= 0) {
        std::fputs("usage: neuvo-render-icon IN.svg SIZE OUT.png\n", stderr);
        return 2;
    }
    QImageReader reader(args.at(1));
    reader.setScaledSize(QSize(size, size));
    const QImage image = reader.read();
    if (image.isNull()) {
        std::fprintf(stderr, "neuvo-render-icon: %s: %s\n", qUtf8Printable(args.at(1)),
                     qUtf8Printable(reader.errorString()));
        return 1;
    }
    if (!image.save(args.at(3), "PNG")) {
        std::fprintf(stderr, "neuvo-render-icon: cannot write %s\n", qUtf8Printable(args.at(3)));
        return 1;
    }
    return 0;
}
