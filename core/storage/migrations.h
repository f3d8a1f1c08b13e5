#pragma once

#include <QList>
#include <QStringList>

namespace neuvo {

// One numbered schema step. Steps run in order, each in one transaction that
// also sets PRAGMA user_version to its number.
struct Migration
{
    int version;
    QStringList statements;
};

const QList<Migration> &migrations();
// The newest schema version this build knows.
int latestSchemaVersion();

} // namespace neuvo
