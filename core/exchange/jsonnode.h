#pragma once

#include <QJsonValue>
#include <QString>

#include <vector>

// A JSON value as the import's stream read it. Internal to neuvo_exchange.
namespace neuvo::exchangedoc {

struct JsonMember;

// An object's members stay in document order and an array's elements in a
// plain vector: a QJsonObject keeps its keys sorted, and building one for
// each of a million records, and finding each key in it again, was a sixth
// of an import's time. Scalars are QJsonValues, so the checks and their
// messages read them as before.
struct JsonNode
{
    // The value itself; for an array or an object, an empty one of that
    // type, which is all the checks ask of it before they read the members
    // or elements.
    QJsonValue value;
    std::vector<JsonMember> members; // an object's
    std::vector<JsonNode> elements;  // an array's

    bool isObject() const { return value.isObject(); }
    bool isArray() const { return value.isArray(); }
    // The member named key, or nullptr. Checks ask for keys in about the
    // order an export writes them, so the search starts after `hint`, the
    // member found last, and the next call finds its key at once.
    const JsonMember *member(QStringView key, qsizetype &hint) const;
};

struct JsonMember
{
    QString key;
    JsonNode node;
};

// The same value as Qt's JSON types, for the parts of a document read as a
// whole (the invoices).
QJsonValue toJsonValue(const JsonNode &node);
// A value of Qt's JSON types as a node (the root's format, as the first
// pass saw it).
JsonNode fromJsonValue(const QJsonValue &value);

} // namespace neuvo::exchangedoc
