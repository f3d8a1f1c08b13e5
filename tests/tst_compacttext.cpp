#include "core/rules/compacttext.h"

#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using neuvo::CompactText;

class TestCompactText : public QObject
{
    Q_OBJECT

private slots:
    void readsBackWhatItWasMadeFrom_data();
    void readsBackWhatItWasMadeFrom();
    void latinTextTakesOneByteALetter();
    void orderAndEqualityAreQStrings();
    void sortsAsQStringsSort();
    void aLoneSurrogateBecomesTheReplacementCharacter();
    void copiesShareTheBlockAndOutliveTheOriginal();
};

void TestCompactText::readsBackWhatItWasMadeFrom_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << u""_s;
    QTest::newRow("ascii") << u"'Landing page' is due 2026-03-21, in 3 days"_s;
    QTest::newRow("finnish") << u"Lupauksesi asiakkaalle Äänekoski, ”lähetä”, olisi pitänyt täyttää 2 päivää sitten"_s;
    QTest::newRow("russian") << u"Ваше обещание клиенту Дмитрий: срок был 2026-03-16, 2 дня назад"_s;
    QTest::newRow("money") << u"10,000.00\u00A0RUB of 12 500,00\u00A0€"_s;
    QTest::newRow("outside the BMP") << u"\U0001F389 party \U0001F600 and \uFF01"_s;
    QTest::newRow("controls and quotes") << u"\"q\" back\\slash \x01\t\n\u202e"_s;
    // Longer than the scratch buffer kept on the stack.
    QTest::newRow("long") << QString(u"Äänekoski Дмитрий \U0001F389 "_s).repeated(200);
}

void TestCompactText::readsBackWhatItWasMadeFrom()
{
    QFETCH(QString, text);
    const CompactText compact(text);
    QCOMPARE(compact.toString(), text);
    QCOMPARE(compact.utf8(), QByteArrayView(text.toUtf8()));
    QCOMPARE(compact.isEmpty(), text.isEmpty());
    const CompactText copy = compact;
    QCOMPARE(copy.toString(), text);
    QVERIFY(copy == compact);
}

void TestCompactText::latinTextTakesOneByteALetter()
{
    const QString text = u"Stage 1 'All' of 'Newsletter' was paid 9 days late"_s;
    QCOMPARE(CompactText(text).utf8().size(), text.size());
    // Finnish letters take two bytes, as they take in UTF-16.
    QCOMPARE(CompactText(u"Ääni"_s).utf8().size(), 6);
}

void TestCompactText::orderAndEqualityAreQStrings()
{
    // UTF-8's byte order is not QString's: U+FF01 sorts before U+1F389 by
    // bytes (EF.. against F0..) and after it by UTF-16 code units (FF01
    // against the surrogate D83C).
    const QStringList texts{
        u""_s, u"a"_s, u"ab"_s, u"b"_s, u"Z"_s, u"ä"_s, u"Ä"_s, u"Дмитрий"_s, u"Дмитрий А"_s,
        u"x\uFF01"_s, u"x\U0001F389"_s, u"x\U0001F600"_s, u"x\uE000 tail"_s, u"x\uFFFD"_s,
        u"same prefix \U0001F389 a"_s, u"same prefix \U0001F389 b"_s, u"same prefix \uFF01"_s,
        u"\u00A0"_s, u" "_s,
    };
    for (const QString &a : texts) {
        for (const QString &b : texts) {
            const QString pair = u"'%1' '%2'"_s.arg(a, b);
            QVERIFY2((CompactText(a) < CompactText(b)) == (a < b), qPrintable(pair));
            QVERIFY2((CompactText(a) == CompactText(b)) == (a == b), qPrintable(pair));
        }
    }
}

void TestCompactText::sortsAsQStringsSort()
{
    QStringList texts{u"x\U0001F389 b"_s, u"x\uFF01"_s, u"Ääni"_s, u"x\U0001F389 a"_s,
                      u"Aino"_s,          u"Дмитрий"_s, u"x"_s,    u"aino"_s};
    QList<CompactText> compact;
    for (const QString &t : std::as_const(texts))
        compact << t;
    std::sort(texts.begin(), texts.end());
    std::sort(compact.begin(), compact.end());
    QCOMPARE(neuvo::toStringList(compact), texts);
}

void TestCompactText::aLoneSurrogateBecomesTheReplacementCharacter()
{
    // Text read from the database or made by tr() has none; said here so
    // that a change of it is seen.
    const QString lone = u"x"_s + QChar(0xd800) + u"y"_s;
    QCOMPARE(CompactText(lone).toString(), u"x\uFFFDy"_s);
}

void TestCompactText::copiesShareTheBlockAndOutliveTheOriginal()
{
    static_assert(sizeof(CompactText) == sizeof(void *));
    const QString text = u"Stage 2 'Design' of 'Landing page' is 3 days overdue"_s;
    QList<CompactText> kept;
    {
        CompactText original(text);
        CompactText copy = original;
        QCOMPARE(copy.utf8().data(), original.utf8().data()); // one block
        kept << copy;
        CompactText assigned;
        assigned = original;
        assigned = assigned; // onto itself
        QCOMPARE(assigned.toString(), text);
        CompactText moved = std::move(original);
        QCOMPARE(moved.toString(), text);
        QVERIFY(original.isEmpty()); // NOLINT(bugprone-use-after-move): moved from is empty
        original = CompactText(u"other"_s);
        QCOMPARE(original.toString(), u"other"_s);
        kept << moved;
    }
    // Both survive the originals, and the list's growth (relocation).
    for (int i = 0; i < 100; ++i)
        kept << CompactText(QString::number(i));
    QCOMPARE(kept.at(0).toString(), text);
    QCOMPARE(kept.at(1).toString(), text);
    QCOMPARE(kept.at(101).toString(), u"99"_s);
    kept.remove(0, 50);
    QCOMPARE(kept.first().toString(), u"48"_s);
    // The empty text has no block and reads back empty.
    QVERIFY(CompactText(u""_s).isEmpty());
    QVERIFY(CompactText(QString()).utf8().isEmpty());
    QCOMPARE(CompactText(u""_s), CompactText());
}

QTEST_GUILESS_MAIN(TestCompactText)

#include "tst_compacttext.moc"
