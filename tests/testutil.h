#pragma once

#include "core/database.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTest>

namespace neuvo::test {

inline QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// Copies a fixture from tests/data into dir, writable, and returns its path.
inline QString copyFixture(const QString &name, const QString &dir)
{
    const QString target = dir + u'/' + name;
    QFile::remove(target);
    if (!QFile::copy(QStringLiteral(NEUVO_TEST_DATA_DIR "/") + name, target))
        return {};
    QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return target;
}

} // namespace neuvo::test
