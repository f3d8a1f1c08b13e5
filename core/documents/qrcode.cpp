#include "qrcode.h"

#include <qrencode.h>

#include <memory>

namespace neuvo {

namespace {

constexpr int kQuietZoneModules = 4;

} // namespace

Result<QImage> QrCode::image(const QByteArray &data, int pixelsPerModule, int maxVersion)
{
    if (data.isEmpty())
        return fail(tr("There is nothing to put in the QR code."));
    const std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeData(int(data.size()), reinterpret_cast<const unsigned char *>(data.constData()), 0,
                          QR_ECLEVEL_M),
        &QRcode_free);
    if (!code || code->version > maxVersion)
        return fail(tr("The QR code cannot hold %n byte(s).", nullptr, int(data.size())));

    const int modules = code->width + 2 * kQuietZoneModules;
    const int side = modules * pixelsPerModule;
    QImage image(side, side, QImage::Format_Mono);
    // Index 0 white, 1 black: a two-colour image the PDF keeps as a bitmap,
    // sharp at any zoom.
    image.setColor(0, qRgb(255, 255, 255));
    image.setColor(1, qRgb(0, 0, 0));
    image.fill(0);
    for (int y = 0; y < code->width; ++y) {
        for (int x = 0; x < code->width; ++x) {
            // Bit 0 of each byte is the module's colour (1 = black).
            if (!(code->data[y * code->width + x] & 1))
                continue;
            const int left = (x + kQuietZoneModules) * pixelsPerModule;
            const int top = (y + kQuietZoneModules) * pixelsPerModule;
            for (int py = top; py < top + pixelsPerModule; ++py) {
                for (int px = left; px < left + pixelsPerModule; ++px)
                    image.setPixel(px, py, 1);
            }
        }
    }
    return image;
}

} // namespace neuvo
