// Hostile sizes: a 1 MB name, a 100 000-digit amount, two stages of
// INT64_MAX. Each is refused where it enters with a short message naming
// the field, or shown as "too large" instead of a wrapped-round figure.

#include "core/domain/limits.h"
#include "core/domain/moneytotals.h"
#include "core/exchange/csvexchange.h"
#include "core/rules/facts.h"
#include "core/storage/database.h"
#include "core/storage/stores.h"
#include "testutil.h"
#include "ui/clients/clienttablemodel.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QTest>

#include <limits>
#include <memory>

using namespace Qt::StringLiterals;
using namespace neuvo;
using neuvo::test::why;

namespace {
constexpr qint64 kMax = std::numeric_limits<qint64>::max();
}

class TestLimits : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void shorten_keepsShortValues_cutsLongOnesBetweenCharacters();
    void moneyTotals_overflowIsTooLarge_otherCurrenciesExact();
    void store_megabyteName_refusedNamingTheField();
    void store_everyKindOfRecord_hasItsLimits();
    void store_amountBeyondTheMaximum_refused();
    void moneyParse_hugeBadValue_quotedInPart();
    void csv_longName_refusedWithItsLine();
    void clientTable_twoStagesOfInt64Max_tooLargeNotWrapped();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestLimits::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<Database>();
    const auto opened = m_db->open(m_dir->filePath(u"limits.sqlite"_s));
    QVERIFY2(opened, why(opened));
}

void TestLimits::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestLimits::shorten_keepsShortValues_cutsLongOnesBetweenCharacters()
{
    QCOMPARE(Limits::shorten(u"Aino"_s), u"Aino"_s);
    const QString exactly(Limits::QuotedLength, u'x');
    QCOMPARE(Limits::shorten(exactly), exactly);

    const QString cut = Limits::shorten(QString(1'000'000, u'y'));
    QCOMPARE(cut.size(), Limits::QuotedLength);
    QVERIFY(cut.endsWith(QChar(0x2026)));

    // An emoji (a surrogate pair) straddling the cut is dropped whole.
    QString emoji = QString(Limits::QuotedLength - 2, u'a') + QString::fromUcs4(U"\U0001F600") + u"tail"_s;
    const QString shortened = Limits::shorten(emoji);
    QVERIFY(!shortened.at(shortened.size() - 2).isHighSurrogate());
    QVERIFY(shortened.size() <= Limits::QuotedLength);
    QVERIFY(!shortened.toUcs4().contains(0xFFFD));
}

void TestLimits::moneyTotals_overflowIsTooLarge_otherCurrenciesExact()
{
    MoneyTotals totals;
    totals.add(u"EUR"_s, kMax);
    totals.add(u"RUB"_s, 150);
    QCOMPARE(totals.total(u"EUR"_s), std::optional<qint64>(kMax));
    totals.add(u"EUR"_s, 1);
    QCOMPARE(totals.total(u"EUR"_s), std::nullopt);
    // Once too large it stays so, whatever comes next.
    totals.add(u"EUR"_s, -5);
    QCOMPARE(totals.total(u"EUR"_s), std::nullopt);
    QCOMPARE(totals.total(u"RUB"_s), std::optional<qint64>(150));
    QCOMPARE(totals.total(u"JPY"_s), std::optional<qint64>(0));

    const QStringList texts = totals.format(QLocale(QLocale::English, QLocale::UnitedStates), u"RUB"_s);
    QCOMPARE(texts.size(), 2);
    QCOMPARE(texts.at(0), u"RUB\u00a01.50"_s);
    QCOMPARE(texts.at(1), u"EUR: too large to add up"_s);
    QCOMPARE(totals.sortKey(), kMax);

    qint64 sum = kMax - 1;
    QVERIFY(MoneyTotals::addChecked(sum, 1));
    QVERIFY(!MoneyTotals::addChecked(sum, 1));
    QCOMPARE(sum, kMax);
    MoneyTotals::addSaturating(sum, 10);
    QCOMPARE(sum, kMax);
}

void TestLimits::store_megabyteName_refusedNamingTheField()
{
    Client huge = test::makeClient(QString(1'000'000, u'N'));
    const auto created = ClientStore(*m_db).create(huge);
    QVERIFY(!created);
    QCOMPARE(created.error(), u"Name: 1000000 characters is too long; at most 200 fit."_s);
    QCOMPARE(*ClientStore(*m_db).count(), 0);

    // At the limit it is stored; one over, an update is refused and the
    // stored record stays as it was.
    Client fits = test::makeClient(QString(Limits::LineLength, u'N'));
    QVERIFY2(ClientStore(*m_db).create(fits), "a name of exactly the limit is refused");
    Client longer = fits;
    longer.notes = QString(Limits::TextLength + 1, u'n');
    const auto updated = ClientStore(*m_db).update(longer);
    QVERIFY(!updated);
    QVERIFY2(updated.error().startsWith(u"Notes: 50001 characters"_s), qPrintable(updated.error()));
    QCOMPARE(*ClientStore(*m_db).get(fits.id), fits);
}

void TestLimits::store_everyKindOfRecord_hasItsLimits()
{
    Client c = test::makeClient(u"Aino"_s);
    QVERIFY(ClientStore(*m_db).create(c));
    Project p = test::makeProject(c.id, u"Logo"_s, 100000);
    QVERIFY(ProjectStore(*m_db).create(p));

    const QString paragraph(Limits::ParagraphLength + 1, u'p');
    Interaction i;
    i.clientId = c.id;
    i.at = QDateTime(QDate(2026, 11, 2), QTime(10, 0), Qt::UTC);
    i.summary = QString(Limits::TextLength + 1, u's');
    auto r = InteractionStore(*m_db).create(i);
    QVERIFY(!r);
    QVERIFY2(r.error().startsWith(u"Summary: "_s), qPrintable(r.error()));

    Promise promise;
    promise.clientId = c.id;
    promise.what = paragraph;
    promise.dueOn = QDate(2026, 12, 1);
    r = PromiseStore(*m_db).create(promise);
    QVERIFY(!r);
    QVERIFY2(r.error().startsWith(u"Promise: 2001 characters"_s), qPrintable(r.error()));

    Observation o;
    o.clientId = c.id;
    o.note = paragraph;
    o.observedOn = QDate(2026, 11, 2);
    r = ObservationStore(*m_db).create(o);
    QVERIFY(!r);
    QVERIFY2(r.error().startsWith(u"Note: "_s), qPrintable(r.error()));

    Project titled = p;
    titled.title = QString(Limits::LineLength + 1, u't');
    r = ProjectStore(*m_db).update(titled);
    QVERIFY(!r);
    QVERIFY2(r.error().startsWith(u"Title: 201 characters"_s), qPrintable(r.error()));

    Profile profile = *ProfileStore(*m_db).load();
    profile.bankDetails = paragraph;
    r = ProfileStore(*m_db).save(profile);
    QVERIFY(!r);
    QVERIFY2(r.error().startsWith(u"Bank details: "_s), qPrintable(r.error()));

    // The invoicing details: the client's billing address and the profile's
    // invoice prefix and exemption sentences.
    Client billed = c;
    billed.billingAddress = paragraph;
    r = ClientStore(*m_db).update(billed);
    QVERIFY(!r);
    QVERIFY2(r.error().startsWith(u"Billing address: 2001 characters"_s), qPrintable(r.error()));
    profile = *ProfileStore(*m_db).load();
    profile.invoicePrefix = QString(Limits::LineLength + 1, u'i');
    r = ProfileStore(*m_db).save(profile);
    QVERIFY(!r);
    QVERIFY2(r.error().startsWith(u"Invoice prefix: 201 characters"_s), qPrintable(r.error()));
    profile = *ProfileStore(*m_db).load();
    profile.vatExemptionTexts.insert(u"fi"_s, paragraph);
    r = ProfileStore(*m_db).save(profile);
    QVERIFY(!r);
    QVERIFY2(r.error().startsWith(u"VAT exemption text: "_s), qPrintable(r.error()));
    QVERIFY(ClientStore(*m_db).get(c.id)->billingAddress.isEmpty());

    QCOMPARE(InteractionStore(*m_db).list()->size(), 0);
    QCOMPARE(ProjectStore(*m_db).get(p.id)->title, u"Logo"_s);
}

void TestLimits::store_amountBeyondTheMaximum_refused()
{
    Client c = test::makeClient(u"Aino"_s);
    QVERIFY(ClientStore(*m_db).create(c));
    const qint64 tooMuch = Limits::AmountMinor + 1;
    Project p = test::makeProject(c.id, u"Everything"_s, tooMuch);
    p.stages << test::makeStage(1, tooMuch, QDate(2026, 12, 1));
    const auto created = ProjectStore(*m_db).create(p);
    QVERIFY(!created);
    QVERIFY2(created.error().startsWith(u"Base price: "_s), qPrintable(created.error()));
    QVERIFY2(created.error().contains(u"more than Neuvo accepts"_s), qPrintable(created.error()));
    QCOMPARE(ProjectStore(*m_db).list()->size(), 0);

    // The maximum itself is accepted.
    Project most = test::makeProject(c.id, u"Most"_s, Limits::AmountMinor);
    most.stages << test::makeStage(1, Limits::AmountMinor, QDate(2026, 12, 1));
    const auto stored = ProjectStore(*m_db).create(most);
    QVERIFY2(stored, why(stored));
}

void TestLimits::moneyParse_hugeBadValue_quotedInPart()
{
    const QString hostile = QString(5'000'000, u'7') + u'x';
    const auto parsed = Money::parseDecimal(hostile, u"EUR"_s);
    QVERIFY(!parsed);
    QVERIFY2(parsed.error().size() < 200, qPrintable(parsed.error().left(300)));
    QCOMPARE(parsed.error(), u"\"%1\u2026\" is not a decimal amount"_s.arg(QString(79, u'7')));
}

void TestLimits::csv_longName_refusedWithItsLine()
{
    const QByteArray csv = "name,email\nAino,aino@example.com\n" + QByteArray(250, 'B') + ",b@example.com\n";
    const auto imported = CsvExchange::import(*m_db, CsvExchange::Table::Clients, csv, false);
    QVERIFY(!imported);
    QVERIFY2(imported.error().contains(u"line 3: Name: 250 characters is too long; at most 200 fit."_s),
             qPrintable(imported.error()));
    QCOMPARE(*ClientStore(*m_db).count(), 0);
}

void TestLimits::clientTable_twoStagesOfInt64Max_tooLargeNotWrapped()
{
    Client c = test::makeClient(u"Aino"_s);
    QVERIFY(ClientStore(*m_db).create(c));
    for (const QString &title : {u"One"_s, u"Two"_s}) {
        Project p = test::makeProject(c.id, title, 100);
        p.stages << test::makeStage(1, 100, QDate(2026, 12, 1));
        QVERIFY(ProjectStore(*m_db).create(p));
    }
    // Written past the stores, as another tool or a damaged file could.
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(u"UPDATE stage SET amount_minor = %1"_s.arg(kMax)));
    QVERIFY(q.exec(u"UPDATE project SET base_price_minor = %1"_s.arg(kMax)));

    const auto facts = Facts::load(*m_db);
    QVERIFY2(facts, why(facts));
    ClientTableModel model;
    model.setFacts(*facts, {});
    QCOMPARE(model.rowCount(), 1);
    const QModelIndex outstanding = model.index(0, ClientTableModel::Outstanding);
    QCOMPARE(outstanding.data().toString(), u"EUR: too large to add up"_s);
    QCOMPARE(outstanding.data(Qt::ToolTipRole).toString(), u"EUR: too large to add up"_s);
}

QTEST_MAIN(TestLimits)
#include "tst_limits.moc"
