#include "atomicfile.h"

#include <QDir>
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
