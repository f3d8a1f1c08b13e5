#include "jsonstream.h"

#include <QJsonArray>

#include <rapidjson/reader.h>

#include <cmath>
#include <string>
#include <limits>

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

// SAX events → QJsonValues, with the streamed arrays of the root handed out
// element by element.
class ValueBuilder
{
public:
    ValueBuilder(const QSet<QString> &streamed, const StreamingDocument::ElementFn &element)
        : m_streamed(streamed)
        , m_element(element)
    {
    }

    QJsonObject &root() { return m_root; }

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
        Frame &top = m_frames.back();
        top.asciiKey = isAscii(s, length);
        if (top.asciiKey)
            top.latin1Key.assign(s, length);
        else
            top.key = QString::fromUtf8(s, qsizetype(length));
        return true;
    }
    bool StartObject() { return start(true); }
    bool StartArray() { return start(false); }
    bool EndObject(rapidjson::SizeType) { return end(); }
    bool EndArray(rapidjson::SizeType) { return end(); }

private:
    struct Frame
    {
        bool object = false;
        QJsonObject o;
        QJsonArray a;
        // The key of the next member: its bytes when ASCII, else the text.
        std::string latin1Key;
        QString key;
        bool asciiKey = false;
    };

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
        m_frames.push_back(Frame{object, {}, {}, {}, {}, false});
        return true;
    }

    bool end()
    {
        if (!m_frames.empty()) {
            Frame frame = std::move(m_frames.back());
            m_frames.pop_back();
            return deliver(frame.object ? QJsonValue(std::move(frame.o)) : QJsonValue(std::move(frame.a)));
        }
        if (m_inStreamedArray) {
            m_inStreamedArray = false;
            m_root.insert(m_rootKey, QJsonArray());
        }
        return true; // the end of the root
    }

    bool deliver(const QJsonValue &v)
    {
        if (!m_frames.empty()) {
            Frame &top = m_frames.back();
            if (top.object && top.asciiKey)
                top.o.insert(QLatin1StringView(top.latin1Key.data(), qsizetype(top.latin1Key.size())), v);
            else if (top.object)
                top.o.insert(top.key, v);
            else
                top.a.append(v);
        } else if (m_inStreamedArray) {
            m_element(m_rootKey, m_index++, v);
        } else {
            m_root.insert(m_rootKey, v);
        }
        return true;
    }

    const QSet<QString> &m_streamed;
    const StreamingDocument::ElementFn &m_element;
    QJsonObject m_root;
    QString m_rootKey;
    std::vector<Frame> m_frames;
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
                             QJsonObject &root)
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

} // namespace neuvo::exchangedoc
