#include "atomicfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace neuvo {

namespace {

Error cannotWrite(const QString &path, const QString &reason)
{
    return fail(AtomicFile::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), reason));
}

} // namespace

Result<void> AtomicFile::write(const QString &path, const QByteArray &data)
{
    return write(path, [&](QIODevice &file) -> Result<void> {
        if (file.write(data) != data.size())
            return cannotWrite(path, file.errorString());
        return {};
    });
}

Result<void> AtomicFile::write(const QString &path, const std::function<Result<void>(QIODevice &)> &fill)
{
    // A device or a pipe (/dev/stdout, a FIFO) is written as it is: a
    // temporary file renamed over it would replace the device itself.
    if (const QFileInfo target(path); target.exists() && !target.isFile() && !target.isDir()) {
        QFile device(path);
        if (!device.open(QIODevice::WriteOnly))
            return cannotWrite(path, device.errorString());
        if (auto filled = fill(device); !filled)
            return filled;
        if (!device.flush() || device.error() != QFileDevice::NoError)
            return cannotWrite(path, device.errorString());
        return {};
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return cannotWrite(path, file.errorString());
    if (auto filled = fill(file); !filled) {
        file.cancelWriting();
        return filled;
    }
    // A write that failed on the way (QPdfWriter does not report it) shows
    // here; QSaveFile then refuses to commit as well.
    if (file.error() != QFileDevice::NoError) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return cannotWrite(path, reason);
    }
    if (!file.commit())
        return cannotWrite(path, file.errorString());
    return {};
}

} // namespace neuvo
