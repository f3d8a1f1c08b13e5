#pragma once

#include "core/database.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
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

// Rows of a table in a database file, read through a read-only connection of
// its own (so the file is looked at without Database's checks); -1 when it
// cannot be read.
inline int countRows(const QString &file, const QString &table)
{
    int rows = -1;
    const QString name = QStringLiteral("count-") + file;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(file);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT count(*) FROM ") + table) && q.next())
                rows = q.value(0).toInt();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return rows;
}

} // namespace neuvo::test
