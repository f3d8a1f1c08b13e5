#pragma once

#include <QList>
#include <QStringList>

namespace neuvo {

// One numbered schema step. Steps run in order, each in one transaction that
// also records its number (SQLite's PRAGMA user_version; see SqlDialect).
struct Migration
{
    int version;
    QStringList statements;
};

const QList<Migration> &migrations();
// The newest schema version this build knows.
int latestSchemaVersion();

} // namespace neuvo
