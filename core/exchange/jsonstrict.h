#pragma once

#include "core/domain/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QIODevice>
#include <QJsonValue>
#include <QSet>

#include <optional>

namespace neuvo {

// The first of the two passes over an exchange document (the second reads
// and writes the records): RapidJSON's SAX reader goes through the whole
// file a chunk at a time and refuses, with the line and column, what is not
// JSON and what a lenient reader would accept but read wrongly: a key twice
// in one object (only one value could be kept, so `"clients":[],
// "clients":[…]` would silently drop data), a raw control character inside
// a string and an escaped surrogate without its pair. On the way it keeps
// what the second pass needs before it meets it: the format (export writes
// the keys in alphabetical order, so "clients" comes before "format"), and
// the ids of the clients, projects and stages that other records refer to.
class JsonStrictness final
{
    Q_DECLARE_TR_FUNCTIONS(JsonStrictness)

public:
    struct Shape
    {
        bool rootIsObject = false;
        // The root's "format": its value when it is a string or another
        // scalar, an empty array or object when it is one.
        std::optional<QJsonValue> format;
        // "clients" is absent or an array: without a list of clients, the
        // projects' references to them are not reported one by one.
        bool clientsReadable = true;
        QSet<qint64> clientIds;
        QSet<qint64> projectIds;
        QHash<qint64, qint64> projectOfStage; // stage id → the project it is listed under
    };

    // The first problem, as "line 3, column 14: …" (or a JSON syntax error
    // with its offset, line and column), or the shape.
    static Result<Shape> scan(QIODevice &device);
};

} // namespace neuvo
