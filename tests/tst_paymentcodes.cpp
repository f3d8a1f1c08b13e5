#include "core/domain/bankbarcode.h"
#include "core/domain/businessid.h"
#include "core/domain/creditorreference.h"
#include "core/domain/epcpayment.h"
#include "core/domain/finnishreference.h"
#include "core/domain/iban.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace neuvo;

// What banks read from an invoice: the Finnish reference number, the RF
// creditor reference, the IBAN, the bank bar code, the EPC QR payload, and
// the business and VAT ids printed beside them.
//
// The bar codes and references are the examples of Finance Finland's Bank
// Bar Code Guide (Pankkiviivakoodi-opas), version 5.3: invoices 1–9 in
// symbol version 4 and in version 5. Every reference in them carries a
// check digit, so they test the reference rules too.
class TestPaymentCodes : public QObject
{
    Q_OBJECT

private slots:
    void finnishReference_data();
    void finnishReference();
    void finnishReference_rejects();
    void finnishReference_grouped();
    void creditorReference_data();
    void creditorReference();
    void creditorReference_rejects();
    void iban();
    void barcodeVersion4_data();
    void barcodeVersion4();
    void barcodeVersion5_data();
    void barcodeVersion5();
    void barcode_refusesWhatItCannotHold();
    void epcPayload_exactText();
    void epcPayload_roundTrip();
    void epcPayload_rejects();
    void businessId_data();
    void businessId();
    void vatId_data();
    void vatId();
};

void TestPaymentCodes::finnishReference_data()
{
    QTest::addColumn<QString>("reference");
    // The guide's references (version 4), and 1234561, the base 123456
    // worked by hand: 6·7 + 5·3 + 4·1 + 3·7 + 2·3 + 1·1 = 89 → 10 − 9 = 1.
    for (const char *ref : {"86851 62596 19897", "55958 22432 94671", "69 87567 20834 35364",
                            "7 75847 47906 47489", "78 77767 96566 28687", "8 68624",
                            "92125 37425 25398 97737", "5907 38390", "13 57914", "1234561"}) {
        QTest::newRow(ref) << QString::fromLatin1(ref);
    }
}

void TestPaymentCodes::finnishReference()
{
    QFETCH(QString, reference);
    QVERIFY(FinnishReference::isValid(reference));
    const QString digits = FinnishReference::compact(reference);
    const auto rebuilt = FinnishReference::fromBase(QStringView(digits).chopped(1));
    QVERIFY2(rebuilt, qPrintable(rebuilt.error()));
    QCOMPARE(*rebuilt, digits);
    // Any other last digit is refused.
    for (int wrong = 0; wrong <= 9; ++wrong) {
        if (wrong == digits.back().digitValue())
            continue;
        QVERIFY(!FinnishReference::isValid(digits.chopped(1) + QString::number(wrong)));
    }
}

void TestPaymentCodes::finnishReference_rejects()
{
    QVERIFY(!FinnishReference::isValid(u"123"_s)); // at least 3 digits and the check digit
    QVERIFY(!FinnishReference::isValid(u"01234561"_s)); // no leading zero
    QVERIFY(!FinnishReference::isValid(u"12345A1"_s));
    QVERIFY(!FinnishReference::isValid(u"123456789012345678901"_s)); // 21 digits
    QVERIFY(!FinnishReference::fromBase(u"12"_s));
    QVERIFY(!FinnishReference::fromBase(u"12345678901234567890"_s)); // 20 + check = 21
    QVERIFY(FinnishReference::fromBase(u"1234567890123456789"_s));
}

void TestPaymentCodes::finnishReference_grouped()
{
    QCOMPARE(FinnishReference::grouped(u"868516259619897"_s), u"86851 62596 19897"_s);
    QCOMPARE(FinnishReference::grouped(u"868624"_s), u"8 68624"_s);
    QCOMPARE(FinnishReference::grouped(u"69875672083435364"_s), u"69 87567 20834 35364"_s);
    QCOMPARE(FinnishReference::grouped(u"12345"_s), u"12345"_s);
}

void TestPaymentCodes::creditorReference_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("reference");
    // Version 5 examples of the guide, whose RF bodies are Finnish references.
    QTest::newRow("invoice 1") << u"868516259619897"_s << u"RF09 8685 1625 9619 897"_s;
    QTest::newRow("invoice 2") << u"559582243294671"_s << u"RF06 5595 8224 3294 671"_s;
    QTest::newRow("invoice 3") << u"698756720834"_s << u"RF02 6987 5672 0834"_s;
    QTest::newRow("invoice 4") << u"7758474790647489"_s << u"RF84 7758 4747 9064 7489"_s;
    QTest::newRow("invoice 5") << u"78777679656628687"_s << u"RF60 7877 7679 6566 2868 7"_s;
    QTest::newRow("invoice 6") << u"868624"_s << u"RF10 8686 24"_s;
    QTest::newRow("invoice 7") << u"92125374252539897737"_s << u"RF71 9212 5374 2525 3989 7737"_s;
    QTest::newRow("invoice 8") << u"590738390"_s << u"RF66 5907 3839 0"_s;
    QTest::newRow("invoice 9") << u"1357914"_s << u"RF95 1357 914"_s;
    // Finance Finland's guide to the RF reference: 2348236 → RF33 2348 236.
    QTest::newRow("structure guide") << u"2348236"_s << u"RF33 2348 236"_s;
    // ISO 11649's example, with letters.
    QTest::newRow("ISO 11649") << u"539007547034"_s << u"RF18 5390 0754 7034"_s;
    QTest::newRow("letters") << u"INV2026"_s << QString(); // checked by validity only
}

void TestPaymentCodes::creditorReference()
{
    QFETCH(QString, body);
    QFETCH(QString, reference);
    const auto built = CreditorReference::fromBody(body);
    QVERIFY2(built, qPrintable(built.error()));
    QVERIFY(CreditorReference::isValid(*built));
    if (!reference.isEmpty()) {
        QCOMPARE(CreditorReference::grouped(*built), reference);
        QVERIFY(CreditorReference::isValid(reference));
    }
}

void TestPaymentCodes::creditorReference_rejects()
{
    QVERIFY(!CreditorReference::isValid(u"RF18 5390 0754 7035"_s)); // one digit off
    QVERIFY(!CreditorReference::isValid(u"RF81 5390 0754 7034"_s)); // check digits swapped
    QVERIFY(!CreditorReference::isValid(u"XX18 5390 0754 7034"_s));
    QVERIFY(!CreditorReference::isValid(u"RF18"_s));
    QVERIFY(!CreditorReference::fromBody(u"1234567890123456789012"_s)); // 22 characters
    QVERIFY(!CreditorReference::fromBody(u"12-34"_s));
}

void TestPaymentCodes::iban()
{
    for (const char *valid : {"FI79 4405 2020 0360 82", "FI58 1017 1000 0001 22", "FI02 5000 4640 0013 02",
                              "FI39 3636 3002 0924 92", "fi92 3939 0001 0033 91",
                              // ISO 13616's German example
                              "DE89 3704 0044 0532 0130 00"}) {
        QVERIFY2(Iban::isValid(QString::fromLatin1(valid)), valid);
    }
    QVERIFY(!Iban::isValid(u"FI79 4405 2020 0360 83"_s));
    QVERIFY(!Iban::isValid(u"FI79 4405 2020 0360 8"_s)); // Finnish IBANs have 18 characters
    QVERIFY(!Iban::isValid(u"79FI 4405 2020 0360 82"_s));
    QVERIFY(!Iban::isValid(QString()));
    QCOMPARE(Iban::compact(u"fi79 4405 2020 0360 82"_s), u"FI7944052020036082"_s);
    QCOMPARE(Iban::grouped(u"FI7944052020036082"_s), u"FI79 4405 2020 0360 82"_s);
}

namespace {

void barcodeColumns()
{
    QTest::addColumn<QString>("iban");
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<QString>("reference");
    QTest::addColumn<QDate>("due");
    QTest::addColumn<QString>("code");
}

} // namespace

void TestPaymentCodes::barcodeVersion4_data()
{
    barcodeColumns();
    QTest::newRow("1") << u"FI79 4405 2020 0360 82"_s << qint64(488315) << u"86851 62596 19897"_s << QDate(2010, 6, 12)
                       << u"479440520200360820048831500000000868516259619897100612"_s;
    QTest::newRow("2") << u"FI58 1017 1000 0001 22"_s << qint64(48299) << u"55958 22432 94671"_s << QDate(2012, 1, 31)
                       << u"458101710000001220004829900000000559582243294671120131"_s;
    QTest::newRow("3") << u"FI02 5000 4640 0013 02"_s << qint64(69380) << u"69 87567 20834 35364"_s << QDate(2011, 7, 24)
                       << u"402500046400013020006938000000069875672083435364110724"_s;
    QTest::newRow("4") << u"FI15 6601 0001 5306 41"_s << qint64(744454) << u"7 75847 47906 47489"_s << QDate(2019, 12, 19)
                       << u"415660100015306410074445400000007758474790647489191219"_s;
    QTest::newRow("5 no due date") << u"FI16 8000 1400 0502 67"_s << qint64(93585) << u"78 77767 96566 28687"_s << QDate()
                                   << u"416800014000502670009358500000078777679656628687000000"_s;
    QTest::newRow("6 no amount") << u"FI73 3131 3001 0000 58"_s << qint64(0) << u"8 68624"_s << QDate(2013, 8, 9)
                                 << u"473313130010000580000000000000000000000000868624130809"_s;
    QTest::newRow("7 largest") << u"FI83 3301 0001 1007 75"_s << qint64(15000020) << u"92125 37425 25398 97737"_s
                               << QDate(2016, 5, 25) << u"483330100011007751500002000092125374252539897737160525"_s;
    QTest::newRow("8") << u"FI39 3636 3002 0924 92"_s << qint64(103) << u"5907 38390"_s << QDate(2023, 3, 11)
                       << u"439363630020924920000010300000000000000590738390230311"_s;
    QTest::newRow("9") << u"FI92 3939 0001 0033 91"_s << qint64(2) << u"13 57914"_s << QDate(2099, 12, 24)
                       << u"492393900010033910000000200000000000000001357914991224"_s;
}

void TestPaymentCodes::barcodeVersion4()
{
    QFETCH(QString, iban);
    QFETCH(qint64, cents);
    QFETCH(QString, reference);
    QFETCH(QDate, due);
    QFETCH(QString, code);
    const auto built = BankBarcode::version4(iban, cents, reference, due);
    QVERIFY2(built, qPrintable(built.error()));
    QCOMPARE(*built, code);
    QCOMPARE(built->size(), 54);
}

void TestPaymentCodes::barcodeVersion5_data()
{
    barcodeColumns();
    QTest::newRow("1") << u"FI79 4405 2020 0360 82"_s << qint64(488315) << u"RF09 8685 1625 9619 897"_s << QDate(2010, 6, 12)
                       << u"579440520200360820048831509000000868516259619897100612"_s;
    QTest::newRow("2") << u"FI58 1017 1000 0001 22"_s << qint64(48299) << u"RF06 5595 8224 3294 671"_s << QDate(2010, 1, 31)
                       << u"558101710000001220004829906000000559582243294671100131"_s;
    QTest::newRow("3") << u"FI02 5000 4640 0013 02"_s << qint64(69380) << u"RF02 6987 5672 0834"_s << QDate(2011, 7, 24)
                       << u"502500046400013020006938002000000000698756720834110724"_s;
    QTest::newRow("4") << u"FI15 6601 0001 5306 41"_s << qint64(744454) << u"RF84 7758 4747 9064 7489"_s << QDate(2019, 12, 19)
                       << u"515660100015306410074445484000007758474790647489191219"_s;
    QTest::newRow("5 no due date") << u"FI16 8000 1400 0502 67"_s << qint64(93585) << u"RF60 7877 7679 6566 2868 7"_s << QDate()
                                   << u"516800014000502670009358560000078777679656628687000000"_s;
    QTest::newRow("6 no amount") << u"FI73 3131 3001 0000 58"_s << qint64(0) << u"RF10 8686 24"_s << QDate(2013, 8, 9)
                                 << u"573313130010000580000000010000000000000000868624130809"_s;
    QTest::newRow("7 largest") << u"FI83 3301 0001 1007 75"_s << qint64(15000020) << u"RF71 9212 5374 2525 3989 7737"_s
                               << QDate(2016, 5, 25) << u"583330100011007751500002071092125374252539897737160525"_s;
    QTest::newRow("8") << u"FI39 3636 3002 0924 92"_s << qint64(103) << u"RF66 5907 3839 0"_s << QDate(2023, 3, 11)
                       << u"539363630020924920000010366000000000000590738390230311"_s;
    QTest::newRow("9") << u"FI92 3939 0001 0033 91"_s << qint64(2) << u"RF95 1357 914"_s << QDate(2099, 12, 24)
                       << u"592393900010033910000000295000000000000001357914991224"_s;
}

void TestPaymentCodes::barcodeVersion5()
{
    QFETCH(QString, iban);
    QFETCH(qint64, cents);
    QFETCH(QString, reference);
    QFETCH(QDate, due);
    QFETCH(QString, code);
    const auto built = BankBarcode::version5(iban, cents, reference, due);
    QVERIFY2(built, qPrintable(built.error()));
    QCOMPARE(*built, code);
    QCOMPARE(built->size(), 54);
}

void TestPaymentCodes::barcode_refusesWhatItCannotHold()
{
    // Only Finnish accounts.
    QVERIFY(!BankBarcode::version4(u"DE89 3704 0044 0532 0130 00"_s, 100, u"1234561"_s, {}));
    QVERIFY(!BankBarcode::version4(u"FI79 4405 2020 0360 83"_s, 100, u"1234561"_s, {}));
    QVERIFY(!BankBarcode::version4(u"FI79 4405 2020 0360 82"_s, 100, u"1234562"_s, {}));
    QVERIFY(!BankBarcode::version5(u"FI79 4405 2020 0360 82"_s, 100, u"RF18 5390 0754 7034X"_s, {}));
    QVERIFY(!BankBarcode::version5(u"FI79 4405 2020 0360 82"_s, 100, u"RF47INV2026"_s, {}));
    // Beyond 999 999.99 € the amount is written as zeros.
    const auto big = BankBarcode::version4(u"FI79 4405 2020 0360 82"_s, 100000000, u"1234561"_s, {});
    QVERIFY(big);
    QCOMPARE(big->mid(17, 8), u"00000000"_s);
}

void TestPaymentCodes::epcPayload_exactText()
{
    EpcPayment payment;
    payment.bic = u"HELSFIHH"_s;
    payment.name = u"Aino Virtanen"_s;
    payment.iban = u"FI79 4405 2020 0360 82"_s;
    payment.cents = 125550;
    payment.reference = *CreditorReference::fromBody(u"202600013"_s);
    const auto bytes = payment.payload();
    QVERIFY2(bytes, qPrintable(bytes.error()));
    QCOMPARE(*bytes, QByteArray("BCD\n002\n1\nSCT\nHELSFIHH\nAino Virtanen\nFI7944052020036082\nEUR1255.50\n\n"
                                "RF96202600013"));
    QVERIFY(CreditorReference::isValid(u"RF96202600013"_s));
}

void TestPaymentCodes::epcPayload_roundTrip()
{
    EpcPayment payment;
    payment.name = u"Äijälä Työ Oy"_s; // UTF-8, character set 1
    payment.iban = u"DE89370400440532013000"_s;
    payment.cents = 999999999999 / 10;
    payment.text = u"Lasku 2026-0001"_s;
    payment.information = u"Kiitos"_s;
    const auto bytes = payment.payload();
    QVERIFY2(bytes, qPrintable(bytes.error()));
    const auto back = EpcPayment::parse(*bytes);
    QVERIFY2(back, qPrintable(back.error()));
    QCOMPARE(*back, payment);
}

void TestPaymentCodes::epcPayload_rejects()
{
    EpcPayment payment;
    payment.name = u"Aino"_s;
    payment.iban = u"FI79 4405 2020 0360 83"_s;
    QVERIFY(!payment.payload()); // bad IBAN
    payment.iban = u"FI79 4405 2020 0360 82"_s;
    QVERIFY(payment.payload());
    payment.reference = u"RF18539007547034"_s;
    payment.text = u"both"_s;
    QVERIFY(!payment.payload());
    payment.text.clear();
    payment.name = QString(71, u'x');
    QVERIFY(!payment.payload());
    payment.name = u"Aino"_s;
    payment.bic = u"HELSFI"_s;
    QVERIFY(!payment.payload());
    payment.bic.clear();
    payment.cents = -1;
    QVERIFY(!payment.payload());
    QVERIFY(!EpcPayment::parse("BCD\n002\n2\nSCT\n\nA\nFI7944052020036082"));
}

void TestPaymentCodes::businessId_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("valid");
    // Nokia Oyj's business id, worked by hand: 0·7 + 1·9 + 1·10 + 2·5 +
    // 0·8 + 3·4 + 8·2 = 57; 57 mod 11 = 2; 11 − 2 = 9.
    QTest::newRow("0112038-9") << u"0112038-9"_s << true;
    QTest::newRow("wrong check digit") << u"0112038-8"_s << false;
    // 1·7 + 5·9 + 7·10 + 2·5 + 8·8 + 6·4 + 0·2 = 220, remainder 0 → 0.
    QTest::newRow("remainder 0") << u"1572860-0"_s << true;
    // 1·9 + 2·2 = 13, remainder 2 → 9.
    QTest::newRow("0100002-9") << u"0100002-9"_s << true;
    // 6·2 = 12, remainder 1: no check digit fits, so no such id is issued.
    QTest::newRow("remainder 1") << u"0000006-0"_s << false;
    QTest::newRow("foreign: free text") << u"7701234567"_s << true;
    QTest::newRow("empty") << QString() << true;
}

void TestPaymentCodes::businessId()
{
    QFETCH(QString, id);
    QFETCH(bool, valid);
    const auto checked = BusinessId::check(id);
    QCOMPARE(checked.ok(), valid);
    if (!valid)
        QVERIFY2(checked.error().startsWith(u"Business ID: "_s), qPrintable(checked.error()));
}

void TestPaymentCodes::vatId_data()
{
    QTest::addColumn<QString>("vatId");
    QTest::addColumn<bool>("valid");
    QTest::newRow("FI01120389") << u"FI01120389"_s << true;
    QTest::newRow("wrong check digit") << u"FI01120388"_s << false;
    QTest::newRow("seven digits") << u"FI0112038"_s << false;
    QTest::newRow("with hyphen") << u"FI0112038-9"_s << false;
    QTest::newRow("lower case fi") << u"fi01120389"_s << false;
    QTest::newRow("Swedish: free text") << u"SE556000016701"_s << true;
    QTest::newRow("empty") << QString() << true;
}

void TestPaymentCodes::vatId()
{
    QFETCH(QString, vatId);
    QFETCH(bool, valid);
    const auto checked = BusinessId::checkVatId(vatId);
    QCOMPARE(checked.ok(), valid);
    if (!valid)
        QVERIFY2(checked.error().startsWith(u"VAT ID: "_s), qPrintable(checked.error()));
    if (valid && !vatId.isEmpty() && vatId.startsWith(u"FI"_s))
        QCOMPARE(BusinessId::finnishVatId(u"0112038-9"_s), vatId);
}

QTEST_GUILESS_MAIN(TestPaymentCodes)
#include "tst_paymentcodes.moc"
