#pragma once

#include "core/domain/result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace neuvo {

// What QJsonDocument accepts but a Neuvo document must not contain, found
// in the raw bytes before Qt parses them: a key twice in one object (Qt
// keeps the last, so `"clients":[], "clients":[…]` would silently drop
// data), a raw control character inside a string, and an escaped surrogate
// without its pair (Qt then swallows the next character). Syntax errors
// are left to QJsonDocument, which reports them itself. Hand-written: no
// JSON library in Debian that Neuvo could use reports duplicate keys.
class JsonStrictness final
{
    Q_DECLARE_TR_FUNCTIONS(JsonStrictness)

public:
    // The first problem, as "line 3, column 14: …", or success.
    static Result<void> check(const QByteArray &json);
};

} // namespace neuvo
