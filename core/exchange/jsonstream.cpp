#include "jsonstream.h"

#include <QJsonArray>
#include <QJsonObject>

#include <rapidjson/reader.h>

#include <cmath>
#include <limits>
#include <string>
#include <string_view>
#include <unordered_map>

namespace neuvo::exchangedoc {

namespace {

constexpr qint64 kChunkSize = 64 * 1024;

// Nearly every key and most values of a document are ASCII: Qt's JSON
// values take them as Latin-1 without a QString made and converted for
// each (a twentieth of an import's reading).
bool isAscii(const char *s, rapidjson::SizeType length)
{
    for (rapidjson::SizeType i = 0; i < length; ++i) {
        if (static_cast<unsigned char>(s[i]) >= 0x80)
            return false;
    }
    return true;
}

// Keys repeat in every record: each distinct key becomes a QString once,
// and the records share it. A document with endless distinct keys (which
// the checks then report as unknown) stops filling the table at this size.
constexpr size_t kMaxSharedKeys = 4096;

struct KeyHash
{
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

// SAX events → JsonNodes, with the streamed arrays of the root handed out
// element by element.
class ValueBuilder
{
public:
    ValueBuilder(const QSet<QString> &streamed, const StreamingDocument::ElementFn &element)
        : m_streamed(streamed)
        , m_element(element)
    {
        m_root.value = QJsonValue(QJsonValue::Object);
    }

    JsonNode &root() { return m_root; }

    bool Null() { return deliver(QJsonValue(QJsonValue::Null)); }
    bool Bool(bool b) { return deliver(QJsonValue(b)); }
    bool Int(int i) { return deliver(QJsonValue(qint64(i))); }
    bool Uint(unsigned u) { return deliver(QJsonValue(qint64(u))); }
    bool Int64(int64_t i) { return deliver(QJsonValue(qint64(i))); }
    bool Uint64(uint64_t u)
    {
        // As QJsonDocument reads it: beyond qint64, a double.
        if (u > uint64_t(std::numeric_limits<qint64>::max()))
            return deliver(QJsonValue(double(u)));
        return deliver(QJsonValue(qint64(u)));
    }
    bool Double(double d) { return deliver(QJsonValue(d)); }
    bool RawNumber(const char *, rapidjson::SizeType, bool) { return false; }
    bool String(const char *s, rapidjson::SizeType length, bool)
    {
        if (isAscii(s, length))
            return deliver(QJsonValue(QLatin1StringView(s, qsizetype(length))));
        return deliver(QJsonValue(QString::fromUtf8(s, qsizetype(length))));
    }
    bool Key(const char *s, rapidjson::SizeType length, bool)
    {
        if (m_frames.empty() && !m_inStreamedArray) {
            m_rootKey = QString::fromUtf8(s, qsizetype(length));
            return true;
        }
        m_frames.back().key = sharedKey(std::string_view(s, length));
        return true;
    }
    bool StartObject() { return start(true); }
    bool StartArray() { return start(false); }
    bool EndObject(rapidjson::SizeType) { return end(); }
    bool EndArray(rapidjson::SizeType) { return end(); }

private:
    struct Frame
    {
        JsonNode node;
        QString key; // of the object's next member
    };

    QString sharedKey(std::string_view bytes)
    {
        if (const auto it = m_keys.find(bytes); it != m_keys.end())
            return it->second;
        QString key = QString::fromUtf8(bytes.data(), qsizetype(bytes.size()));
        if (m_keys.size() < kMaxSharedKeys)
            m_keys.emplace(std::string(bytes), key);
        return key;
    }

    bool start(bool object)
    {
        if (!m_rootOpen) {
            m_rootOpen = true; // the root object itself (scan made sure it is one)
            return true;
        }
        if (m_frames.empty() && !m_inStreamedArray && !object && m_streamed.contains(m_rootKey)) {
            m_inStreamedArray = true;
            m_index = 0;
            return true;
        }
        m_frames.emplace_back();
        m_frames.back().node.value = QJsonValue(object ? QJsonValue::Object : QJsonValue::Array);
        return true;
    }

    bool end()
    {
        if (!m_frames.empty()) {
            JsonNode node = std::move(m_frames.back().node);
            m_frames.pop_back();
            return deliver(std::move(node));
        }
        if (m_inStreamedArray) {
            m_inStreamedArray = false;
            JsonNode empty;
            empty.value = QJsonValue(QJsonValue::Array);
            m_root.members.push_back(JsonMember{m_rootKey, std::move(empty)});
        }
        return true; // the end of the root
    }

    bool deliver(QJsonValue &&v)
    {
        JsonNode node;
        node.value = std::move(v);
        return deliver(std::move(node));
    }

    bool deliver(JsonNode &&node)
    {
        if (!m_frames.empty()) {
            Frame &top = m_frames.back();
            if (top.node.isObject())
                top.node.members.push_back(JsonMember{std::move(top.key), std::move(node)});
            else
                top.node.elements.push_back(std::move(node));
        } else if (m_inStreamedArray) {
            m_element(m_rootKey, m_index++, node);
        } else {
            m_root.members.push_back(JsonMember{m_rootKey, std::move(node)});
        }
        return true;
    }

    const QSet<QString> &m_streamed;
    const StreamingDocument::ElementFn &m_element;
    JsonNode m_root;
    QString m_rootKey;
    std::vector<Frame> m_frames;
    std::unordered_map<std::string, QString, KeyHash, std::equal_to<>> m_keys;
    qsizetype m_index = 0;
    bool m_rootOpen = false;
    bool m_inStreamedArray = false;
};

} // namespace

DeviceReadStream::DeviceReadStream(QIODevice &device)
    : m_device(device)
    , m_buffer(size_t(kChunkSize) + 1)
{
    m_device.seek(0);
    m_current = m_last = m_buffer.data();
    fill();
}

void DeviceReadStream::fill()
{
    m_consumed += m_readCount;
    m_readCount = m_device.read(m_buffer.data(), kChunkSize);
    if (m_readCount < 0) {
        m_failed = true;
        m_readCount = 0;
    }
    m_current = m_buffer.data();
    m_last = m_buffer.data() + m_readCount - 1;
    if (m_readCount < kChunkSize) {
        // Past the end, Peek() gives '\0', as RapidJSON's own streams do.
        m_buffer[size_t(m_readCount)] = '\0';
        ++m_last;
        m_eof = true;
    }
}

TextPosition positionOf(QIODevice &device, qint64 offset)
{
    TextPosition position;
    qint64 lineStart = 0;
    device.seek(0);
    std::vector<char> chunk(static_cast<size_t>(kChunkSize));
    qint64 at = 0;
    while (at < offset) {
        const qint64 n = device.read(chunk.data(), std::min(kChunkSize, offset - at));
        if (n <= 0)
            break;
        for (qint64 i = 0; i < n; ++i) {
            if (chunk[size_t(i)] == '\n') {
                ++position.line;
                lineStart = at + i + 1;
            }
        }
        at += n;
    }
    position.column = offset - lineStart + 1;
    return position;
}

qint64 stringStartBefore(QIODevice &device, qint64 end)
{
    device.seek(0);
    std::vector<char> chunk(static_cast<size_t>(kChunkSize));
    qint64 at = 0;
    qint64 start = 0;
    bool inString = false;
    bool escaped = false;
    while (at < end) {
        const qint64 n = device.read(chunk.data(), std::min(kChunkSize, end - at));
        if (n <= 0)
            break;
        for (qint64 i = 0; i < n; ++i) {
            const char c = chunk[size_t(i)];
            if (!inString) {
                if (c == '"') {
                    inString = true;
                    start = at + i;
                }
            } else if (escaped) {
                escaped = false;
            } else if (c == '\\') {
                escaped = true;
            } else if (c == '"') {
                inString = false;
            }
        }
        at += n;
    }
    return start;
}

QByteArray bytesAt(QIODevice &device, qint64 from, qint64 to)
{
    device.seek(from);
    return device.read(std::max<qint64>(0, to - from));
}

bool StreamingDocument::read(QIODevice &device, const QSet<QString> &streamed, const ElementFn &element,
                             JsonNode &root)
{
    DeviceReadStream stream(device);
    ValueBuilder builder(streamed, element);
    rapidjson::Reader reader;
    constexpr unsigned flags = rapidjson::kParseValidateEncodingFlag | rapidjson::kParseIterativeFlag;
    const rapidjson::ParseResult result = reader.Parse<flags>(stream, builder);
    if (result.IsError() || stream.readFailed())
        return false;
    root = std::move(builder.root());
    return true;
}

const JsonMember *JsonNode::member(QStringView key, qsizetype &hint) const
{
    const qsizetype count = qsizetype(members.size());
    for (qsizetype i = 0; i < count; ++i) {
        qsizetype at = hint + i;
        if (at >= count)
            at -= count;
        if (members[size_t(at)].key == key) {
            hint = at + 1 < count ? at + 1 : 0;
            return &members[size_t(at)];
        }
    }
    return nullptr;
}

QJsonValue toJsonValue(const JsonNode &node)
{
    if (node.isObject()) {
        QJsonObject object;
        for (const JsonMember &m : node.members)
            object.insert(m.key, toJsonValue(m.node));
        return object;
    }
    if (node.isArray()) {
        QJsonArray array;
        for (const JsonNode &e : node.elements)
            array.append(toJsonValue(e));
        return array;
    }
    return node.value;
}

JsonNode fromJsonValue(const QJsonValue &value)
{
    JsonNode node;
    if (value.isObject()) {
        node.value = QJsonValue(QJsonValue::Object);
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            node.members.push_back(JsonMember{it.key(), fromJsonValue(it.value())});
    } else if (value.isArray()) {
        node.value = QJsonValue(QJsonValue::Array);
        const QJsonArray array = value.toArray();
        for (const QJsonValue &e : array)
            node.elements.push_back(fromJsonValue(e));
    } else {
        node.value = value;
    }
    return node;
}

} // namespace neuvo::exchangedoc
