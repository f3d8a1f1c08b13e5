#pragma once

#include "jsonnode.h"

#include <QIODevice>
#include <QJsonObject>
#include <QJsonValue>
#include <QSet>
#include <QString>

#include <functional>
#include <vector>

// Reading a JSON document as a stream with RapidJSON's SAX reader, a chunk
// of the file at a time, so that memory does not grow with the document.
// Internal to neuvo_exchange.
namespace neuvo::exchangedoc {

// A RapidJSON input stream over a QIODevice (a QFile, or a QBuffer for a
// document already in memory), read in chunks. Tell() is the byte offset.
class DeviceReadStream final
{
public:
    using Ch = char;

    explicit DeviceReadStream(QIODevice &device);

    Ch Peek() const { return *m_current; }
    Ch Take()
    {
        const Ch c = *m_current;
        advance();
        return c;
    }
    size_t Tell() const { return size_t(m_consumed + (m_current - m_buffer.data())); }
    bool readFailed() const { return m_failed; }

    // Only reading is supported.
    Ch *PutBegin() { return nullptr; }
    void Put(Ch) {}
    void Flush() {}
    size_t PutEnd(Ch *) { return 0; }

private:
    void advance()
    {
        if (m_current < m_last)
            ++m_current;
        else if (!m_eof)
            fill();
    }
    void fill();

    QIODevice &m_device;
    std::vector<char> m_buffer;
    char *m_current = nullptr;
    char *m_last = nullptr;
    qint64 m_consumed = 0; // bytes before the buffer's start
    qint64 m_readCount = 0;
    bool m_eof = false;
    bool m_failed = false;
};

// Where a byte offset of the document is, for messages: line and column,
// both from 1 (the column counts bytes, as an editor's byte column does).
struct TextPosition
{
    qint64 line = 1;
    qint64 column = 1;
};
TextPosition positionOf(QIODevice &device, qint64 offset);

// The offset of the opening quote of the string that ends just before
// `end` (the offset after its closing quote).
qint64 stringStartBefore(QIODevice &device, qint64 end);

// The raw bytes [from, to) of the document.
QByteArray bytesAt(QIODevice &device, qint64 from, qint64 to);

// Reads the whole document once more, building every value as a
// JsonNode, except that the elements of the root's arrays named in
// `streamed` are handed to `element` one by one as soon as each is complete
// and then dropped. Returns the rest of the root object (the streamed keys
// as empty arrays). The document must have passed JsonStrictness::scan.
class StreamingDocument final
{
public:
    using ElementFn = std::function<void(const QString &key, qsizetype index, const JsonNode &value)>;

    static bool read(QIODevice &device, const QSet<QString> &streamed, const ElementFn &element,
                     JsonNode &root);
};

} // namespace neuvo::exchangedoc
