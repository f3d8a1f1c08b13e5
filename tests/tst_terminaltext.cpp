#include "core/exchange/terminaltext.h"

#include <QBuffer>
#include <QTest>
#include <QTextStream>

using namespace neuvo;
using namespace Qt::StringLiterals;

// Text for a terminal: control characters and bidirectional overrides in
// client data become visible escapes instead of terminal commands.
class TestTerminalText : public QObject
{
    Q_OBJECT

private slots:
    void safeForTerminal_data();
    void safeForTerminal();
    void device_splitCharactersAndStreams();
    void device_wholeWritesPassThroughOnlyWhenSafe_data();
    void device_wholeWritesPassThroughOnlyWhenSafe();
};

void TestTerminalText::safeForTerminal_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("shown");
    QTest::newRow("plain") << u"Häkkinen Oy – Жуков"_s << u"Häkkinen Oy – Жуков"_s;
    QTest::newRow("tab and line feed kept") << u"a\tb\nc"_s << u"a\tb\nc"_s;
    QTest::newRow("OSC window title") << u"\x1b]0;owned\x07"_s << u"\\u001B]0;owned\\u0007"_s;
    QTest::newRow("SGR colour") << u"\x1b[31mred"_s << u"\\u001B[31mred"_s;
    QTest::newRow("carriage return") << u"paid\rUNPAID"_s << u"paid\\u000DUNPAID"_s;
    QTest::newRow("NUL and DEL") << u"a\0b\x7f"_s << u"a\\u0000b\\u007F"_s;
    QTest::newRow("C1 CSI") << u"\u009b2J"_s << u"\\u009B2J"_s;
    QTest::newRow("right-to-left override") << u"abc\u202Efdp.exe"_s << u"abc\\u202Efdp.exe"_s;
    QTest::newRow("isolate") << u"\u2066x\u2069"_s << u"\\u2066x\\u2069"_s;
}

void TestTerminalText::safeForTerminal()
{
    QFETCH(QString, text);
    QFETCH(QString, shown);
    QCOMPARE(neuvo::safeForTerminal(text), shown);
}

void TestTerminalText::device_splitCharactersAndStreams()
{
    QBuffer target;
    QVERIFY(target.open(QIODevice::WriteOnly));
    TerminalSafeDevice device(target);
    // "ä" (C3 A4) and U+009B (C2 9B) split across writes.
    const QByteArray bytes = QStringLiteral("x\u00e4\u009b\x1b[0m").toUtf8();
    for (const char byte : bytes)
        QCOMPARE(device.write(&byte, 1), qint64(1));
    QCOMPARE(QString::fromUtf8(target.data()), u"x\u00e4\\u009B\\u001B[0m"_s);

    target.buffer().clear();
    target.seek(0);
    QTextStream out(&device);
    out << u"Client: \x1b]52;c;ZWNobyBoaQ==\x07"_s << u'\n';
    out.flush();
    QCOMPARE(QString::fromUtf8(target.data()), u"Client: \\u001B]52;c;ZWNobyBoaQ==\\u0007\n"_s);
}

// Whole writes of clean text skip the decoder; each chunk below must still
// come out as safeForTerminal() of the whole text, whatever goes before it.
void TestTerminalText::device_wholeWritesPassThroughOnlyWhenSafe_data()
{
    QTest::addColumn<QByteArrayList>("chunks");
    QTest::addColumn<QString>("shown");
    const QByteArray name = QStringLiteral("H\u00e4kkinen \u2013 \u0416\u0443\u043a\u043e\u0432\n").toUtf8();
    QTest::newRow("clean chunks") << QByteArrayList{name, name, "{\"a\": 1}\n"}
                                  << QString::fromUtf8(name + name + "{\"a\": 1}\n");
    QTest::newRow("escape after clean text")
        << QByteArrayList{name, name, QStringLiteral("x\u009b\u202e\x1b").toUtf8(), name}
        << QString::fromUtf8(name + name) + u"x\\u009B\\u202E\\u001B"_s + QString::fromUtf8(name);
    // The lead byte of "ä" ends one write, its continuation starts the next
    // one, which is otherwise clean text.
    QTest::newRow("character split after clean text")
        << QByteArrayList{name, name + "\xc3", "\xa4 ok\n"}
        << QString::fromUtf8(name + name) + u"\u00e4 ok\n"_s;
    // A lead byte whose character never comes: the decoder still holds it
    // and decides what the clean text after it becomes (Qt's decoder makes
    // U+FFFD of it and the next byte), so only the comparison with the
    // decoder below applies.
    QTest::newRow("character cut after clean text")
        << QByteArrayList{name, name + "\xc3", "ok\n"} << QString();
    QTest::newRow("invalid bytes") << QByteArrayList{name, name, "a\xff" "b"}
                                   << QString::fromUtf8(name + name) + u"a\ufffdb"_s;
    QTest::newRow("byte order mark first") << QByteArrayList{"\xef\xbb\xbfz", name} << QString();
    QTest::newRow("clean text first") << QByteArrayList{name, "\xef\xbb\xbfz"} << QString();
    QTest::newRow("byte order mark after text")
        << QByteArrayList{name, name, "\xef\xbb\xbfz"}
        << QString::fromUtf8(name + name) + u"\ufeffz"_s;
}

void TestTerminalText::device_wholeWritesPassThroughOnlyWhenSafe()
{
    QFETCH(QByteArrayList, chunks);
    QFETCH(QString, shown);
    QBuffer target;
    QVERIFY(target.open(QIODevice::WriteOnly));
    TerminalSafeDevice device(target);
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString throughDecoder;
    for (const QByteArray &chunk : chunks) {
        QCOMPARE(device.write(chunk), qint64(chunk.size()));
        throughDecoder += neuvo::safeForTerminal(QString(decoder.decode(chunk)));
    }
    QCOMPARE(QString::fromUtf8(target.data()), throughDecoder);
    if (!shown.isNull())
        QCOMPARE(QString::fromUtf8(target.data()), shown);
}

QTEST_GUILESS_MAIN(TestTerminalText)
#include "tst_terminaltext.moc"
