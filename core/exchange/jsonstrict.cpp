#include "jsonstrict.h"

#include "jsonstream.h"
#include "core/domain/limits.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <rapidjson/reader.h>

#include <cmath>
#include <cstring>
#include <string>
#include <vector>

using namespace Qt::StringLiterals;

namespace neuvo {

using namespace exchangedoc;

namespace {

// Integers above 2^53 do not survive a JSON number (a double) exactly; the
// record readers refuse such ids, so they are no ids here either.
constexpr double kMaxJsonInteger = 9007199254740991.0;

QString at(QIODevice &device, qint64 offset, const QString &message)
{
    const TextPosition p = positionOf(device, offset);
    return JsonStrictness::tr("line %1, column %2: %3").arg(p.line).arg(p.column).arg(message);
}

QString describe(rapidjson::ParseErrorCode code)
{
    switch (code) {
    case rapidjson::kParseErrorDocumentEmpty:
        return JsonStrictness::tr("the document is empty");
    case rapidjson::kParseErrorDocumentRootNotSingular:
        return JsonStrictness::tr("something follows the end of the document");
    case rapidjson::kParseErrorValueInvalid:
        return JsonStrictness::tr("not a JSON value");
    case rapidjson::kParseErrorObjectMissName:
        return JsonStrictness::tr("a key (a string in quotes) is missing");
    case rapidjson::kParseErrorObjectMissColon:
        return JsonStrictness::tr("a colon is missing after a key");
    case rapidjson::kParseErrorObjectMissCommaOrCurlyBracket:
        return JsonStrictness::tr("a comma or } is missing in an object");
    case rapidjson::kParseErrorArrayMissCommaOrSquareBracket:
        return JsonStrictness::tr("a comma or ] is missing in an array");
    case rapidjson::kParseErrorStringUnicodeEscapeInvalidHex:
        return JsonStrictness::tr("a \\u escape without four hexadecimal digits");
    case rapidjson::kParseErrorStringEscapeInvalid:
        return JsonStrictness::tr("an escape that JSON does not have");
    case rapidjson::kParseErrorStringMissQuotationMark:
        return JsonStrictness::tr("a string without its closing quote");
    case rapidjson::kParseErrorStringInvalidEncoding:
        return JsonStrictness::tr("the text is not valid UTF-8");
    case rapidjson::kParseErrorNumberTooBig:
    case rapidjson::kParseErrorNumberMissFraction:
    case rapidjson::kParseErrorNumberMissExponent:
        return JsonStrictness::tr("a number that is not a JSON number");
    default:
        break;
    }
    return JsonStrictness::tr("not JSON");
}

bool isWholeId(double d)
{
    return std::isfinite(d) && d >= 1 && d <= kMaxJsonInteger && d == std::trunc(d);
}

// The SAX handler of the scan.
class Scanner
{
public:
    Scanner(QIODevice &device, DeviceReadStream &stream)
        : m_device(device)
        , m_stream(stream)
    {
    }

    JsonStrictness::Shape &shape() { return m_shape; }
    const QString &error() const { return m_error; }

    bool Null() { return scalar(QJsonValue(QJsonValue::Null), std::nullopt); }
    bool Bool(bool b) { return scalar(QJsonValue(b), std::nullopt); }
    bool Int(int i) { return scalar(QJsonValue(qint64(i)), double(i)); }
    bool Uint(unsigned u) { return scalar(QJsonValue(qint64(u)), double(u)); }
    bool Int64(int64_t i) { return scalar(QJsonValue(qint64(i)), double(i)); }
    bool Uint64(uint64_t u) { return scalar(QJsonValue(double(u)), double(u)); }
    bool Double(double d) { return scalar(QJsonValue(d), d); }
    bool RawNumber(const char *, rapidjson::SizeType, bool) { return false; }

    bool String(const char *s, rapidjson::SizeType length, bool)
    {
        if (!surrogatesPaired(s, length))
            return false;
        if (m_expect == Expect::Format)
            m_shape.format = QJsonValue(QString::fromUtf8(s, qsizetype(length)));
        if (m_depth == 1 && m_topKey == Top::Clients)
            m_shape.clientsReadable = false;
        m_expect = Expect::Nothing;
        return true;
    }

    bool Key(const char *s, rapidjson::SizeType length, bool)
    {
        if (!surrogatesPaired(s, length))
            return false;
        Frame &frame = m_frames[m_depth - 1];
        const std::string_view key(s, length);
        for (size_t i = 0; i < frame.keyCount; ++i) {
            if (frame.keys[i] == key) {
                const qint64 start = stringStartBefore(m_device, qint64(m_stream.Tell()));
                m_error = at(m_device, start,
                             JsonStrictness::tr("the key \"%1\" appears twice in the same object; "
                                                "only one value can be kept, so the document is refused.")
                                 .arg(Limits::shorten(QString::fromUtf8(s, qsizetype(length)))));
                return false;
            }
        }
        if (frame.keyCount < frame.keys.size())
            frame.keys[frame.keyCount].assign(key);
        else
            frame.keys.emplace_back(key);
        ++frame.keyCount;

        m_expect = Expect::Nothing;
        if (m_depth == 1) {
            m_topKey = key == "clients" ? Top::Clients : key == "projects" ? Top::Projects : Top::Other;
            if (key == "format")
                m_expect = Expect::Format;
        } else if (key == "id" && m_depth == 3 && m_topKey != Top::Other) {
            m_expect = m_topKey == Top::Clients ? Expect::ClientId : Expect::ProjectId;
        } else if (m_depth == 3 && m_topKey == Top::Projects) {
            m_inStages = key == "stages";
        } else if (key == "id" && m_depth == 5 && m_topKey == Top::Projects && m_inStages) {
            m_expect = Expect::StageId;
        }
        return true;
    }

    bool StartObject() { return start(true); }
    bool StartArray() { return start(false); }
    bool EndObject(rapidjson::SizeType) { return end(); }
    bool EndArray(rapidjson::SizeType) { return end(); }

private:
    enum class Expect { Nothing, Format, ClientId, ProjectId, StageId };
    enum class Top { Other, Clients, Projects };

    struct Frame
    {
        bool object = false;
        std::vector<std::string> keys; // kept between uses, so reusing a level allocates nothing
        size_t keyCount = 0;
    };

    bool scalar(const QJsonValue &v, std::optional<double> number)
    {
        if (m_depth == 1 && m_topKey == Top::Clients)
            m_shape.clientsReadable = false;
        switch (m_expect) {
        case Expect::Nothing:
            break;
        case Expect::Format:
            m_shape.format = v;
            break;
        case Expect::ClientId:
            if (number && isWholeId(*number))
                m_shape.clientIds.insert(qint64(*number));
            break;
        case Expect::ProjectId:
            if (number && isWholeId(*number)) {
                m_projectId = qint64(*number);
                m_shape.projectIds.insert(m_projectId);
            }
            break;
        case Expect::StageId:
            if (number && isWholeId(*number))
                m_stageIds.push_back(qint64(*number));
            break;
        }
        m_expect = Expect::Nothing;
        return true;
    }

    bool start(bool object)
    {
        if (m_depth == 0)
            m_shape.rootIsObject = object;
        if (m_depth == 1 && m_topKey == Top::Clients)
            m_shape.clientsReadable = !object;
        if (m_expect == Expect::Format)
            m_shape.format = object ? QJsonValue(QJsonObject()) : QJsonValue(QJsonArray());
        m_expect = Expect::Nothing;
        if (m_frames.size() <= m_depth)
            m_frames.emplace_back();
        Frame &frame = m_frames[m_depth];
        frame.object = object;
        frame.keyCount = 0;
        ++m_depth;
        return true;
    }

    bool end()
    {
        // The end of a project: its stages belong to it, whether its id came
        // before or after them.
        if (m_depth == 3 && m_topKey == Top::Projects && m_frames[2].object) {
            for (const qint64 stage : m_stageIds)
                m_shape.projectOfStage.insert(stage, m_projectId);
            m_stageIds.clear();
            m_projectId = 0;
            m_inStages = false;
        }
        --m_depth;
        m_expect = Expect::Nothing;
        return true;
    }

    // RapidJSON refuses a first half without its second; a second half on
    // its own it passes on, encoded as the three bytes ED B0..BF xx.
    bool surrogatesPaired(const char *s, rapidjson::SizeType length)
    {
        const void *found = std::memchr(s, 0xED, length);
        if (!found)
            return true;
        for (rapidjson::SizeType i = 0; i + 1 < length; ++i) {
            if (uchar(s[i]) == 0xED && uchar(s[i + 1]) >= 0xA0) {
                reportLoneSecondHalf();
                return false;
            }
        }
        return true;
    }

    void reportLoneSecondHalf()
    {
        const qint64 end = qint64(m_stream.Tell());
        const qint64 start = stringStartBefore(m_device, end);
        const QByteArray raw = bytesAt(m_device, start, end);
        for (qsizetype i = 1; i + 5 < raw.size(); ++i) {
            if (raw.at(i) != '\\')
                continue;
            if (raw.at(i + 1) != 'u') {
                ++i; // a one-character escape, such as \" or \\ .
                continue;
            }
            bool ok = false;
            const uint unit = raw.mid(i + 2, 4).toUInt(&ok, 16);
            if (ok && QChar::isHighSurrogate(unit)) {
                i += 11; // its second half follows: RapidJSON checked
                continue;
            }
            if (ok && QChar::isLowSurrogate(unit)) {
                m_error = at(m_device, start + i,
                             JsonStrictness::tr("\\u%1 is the second half of a surrogate pair without its "
                                                "first half.")
                                 .arg(QString::fromLatin1(raw.mid(i + 2, 4)).toUpper()));
                return;
            }
            i += 5;
        }
        m_error = at(m_device, start, JsonStrictness::tr("the text is not valid UTF-8"));
    }

    QIODevice &m_device;
    DeviceReadStream &m_stream;
    JsonStrictness::Shape m_shape;
    QString m_error;
    std::vector<Frame> m_frames;
    size_t m_depth = 0;
    Expect m_expect = Expect::Nothing;
    Top m_topKey = Top::Other;
    bool m_inStages = false;
    qint64 m_projectId = 0;
    std::vector<qint64> m_stageIds;
};

} // namespace

Result<JsonStrictness::Shape> JsonStrictness::scan(QIODevice &device)
{
    DeviceReadStream stream(device);
    Scanner scanner(device, stream);
    rapidjson::Reader reader;
    // Iterative: a hostile file nested a million levels deep costs memory,
    // not the stack. Every string is checked to be UTF-8.
    constexpr unsigned flags = rapidjson::kParseValidateEncodingFlag | rapidjson::kParseIterativeFlag;
    const rapidjson::ParseResult result = reader.Parse<flags>(stream, scanner);
    if (stream.readFailed())
        return fail(tr("The file cannot be read: %1").arg(device.errorString()));
    if (!result.IsError())
        return std::move(scanner.shape());
    if (result.Code() == rapidjson::kParseErrorTermination)
        return fail(scanner.error());

    const qint64 offset = qint64(result.Offset());
    if (result.Code() == rapidjson::kParseErrorStringUnicodeSurrogateInvalid) {
        const QByteArray escape = bytesAt(device, offset, offset + 6); // the first half: \uD8xx
        return fail(at(device, offset,
                       tr("\\u%1 is the first half of a surrogate pair without its second half.")
                           .arg(QString::fromLatin1(escape.mid(2)).toUpper())));
    }
    if (result.Code() == rapidjson::kParseErrorStringEscapeInvalid
        || result.Code() == rapidjson::kParseErrorStringMissQuotationMark) {
        const QByteArray c = bytesAt(device, offset, offset + 1);
        if (c.size() == 1 && uchar(c.at(0)) < 0x20) {
            const QString hex = QString::number(uchar(c.at(0)), 16).rightJustified(4, u'0').toUpper();
            return fail(at(device, offset,
                           tr("a control character (U+%1) inside a string; "
                              "write it as an escape such as \\n or \\u%1.")
                               .arg(hex)));
        }
    }
    const TextPosition p = positionOf(device, offset);
    return fail(tr("JSON syntax error at offset %1 (line %2, column %3): %4")
                    .arg(offset)
                    .arg(p.line)
                    .arg(p.column)
                    .arg(describe(result.Code())));
}

} // namespace neuvo
