#pragma once

#include "core/domain/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>

namespace neuvo {

// A QR code drawn by libqrencode (Debian libqrencode-dev) rather than by
// hand: the symbol's version, masks and error correction are that library's
// well-tested work. Error correction level M, as the EPC's payment QR code
// asks.
class QrCode final
{
    Q_DECLARE_TR_FUNCTIONS(QrCode)

public:
    // The data as a black-on-white 1-bit image, pixelsPerModule pixels a
    // module, with the four-module quiet zone around it that readers need.
    // An error when the data does not fit a symbol of at most maxVersion.
    static Result<QImage> image(const QByteArray &data, int pixelsPerModule = 8, int maxVersion = 40);
};

} // namespace neuvo
