#pragma once

#include "core/domain/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <functional>

class QIODevice;

namespace neuvo {

// Writes a whole file or nothing: the data goes into a temporary file beside
// the target, which replaces the target only when every byte was written and
// flushed (QSaveFile). An interrupted or failed write leaves an existing file
// as it was. Every failure (the folder is not writable, the disk is full)
// names the file. A target that is a device or a pipe (/dev/stdout) is
// written directly, never replaced.
class AtomicFile final
{
    Q_DECLARE_TR_FUNCTIONS(AtomicFile)

public:
    static Result<void> write(const QString &path, const QByteArray &data);

    // For a writer that streams into the file (QPdfWriter). When fill
    // returns an Error the file is abandoned, the target left untouched and
    // that Error returned as it is.
    static Result<void> write(const QString &path, const std::function<Result<void>(QIODevice &file)> &fill);
};

} // namespace neuvo
