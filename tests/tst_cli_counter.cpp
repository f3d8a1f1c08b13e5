#include "core/domain/pricing.h"
#include "core/storage/database.h"
#include "core/storage/stores.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "cliinprocess.h"

using namespace Qt::StringLiterals;
using namespace neuvo;

// neuvo-cli counter, run in-process against the demo data made for
// 2025-03-12.
class Tst_cli_counter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void postpay_demoProjectGetsFourPrepaidStages();
    void postpay_applyStoresThePlan();
    void postpay_applyRefusesStagesWithPayments();
    void discount_underTheFloorIsRefusedWithTheAmount();
    void text_inFinnish();
    void usageErrors_data();
    void usageErrors();

private:
    using Run = neuvo::test::CliRun;
    static Run cli(const QStringList &args) { return neuvo::test::runCliInProcess(args); }
    Run counter(const QStringList &args)
    {
        return cli(QStringList{u"--db"_s, m_db, u"counter"_s} + args + QStringList{u"--today"_s, u"2025-03-12"_s});
    }

    QTemporaryDir m_dir;
    QString m_db;
};

void Tst_cli_counter::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = test::suiteDatabase(m_dir.filePath(u"demo.sqlite"_s));
    VERIFY_EXIT(cli({u"--db"_s, m_db, u"demo"_s, u"--today"_s, u"2025-03-12"_s}), 0);
}

void Tst_cli_counter::postpay_demoProjectGetsFourPrepaidStages()
{
    const Run run = counter({u"4"_s, u"--ask"_s, u"postpay"_s, u"--json"_s, u"--lang"_s, u"en"_s});
    VERIFY_EXIT(run, 0);
    const QJsonObject o = QJsonDocument::fromJson(run.rawOut).object();
    QCOMPARE(o.value(u"ask"_s).toString(), u"postpay"_s);
    QCOMPARE(o.value(u"currency"_s).toString(), u"RUB"_s);
    // The demo's online course: 120 000.00 RUB less 10 % = 108 000.00, so
    // four stages of 27 000.00. Deadline 2025-03-30, own deadline 03-27:
    // 15 days, the stages start at 0, 3, 7 and 11 days.
    QCOMPARE(o.value(u"deadline"_s).toString(), u"2025-03-30"_s);
    QCOMPARE(o.value(u"total_minor"_s).toInteger(), 10800000);
    const QJsonArray stages = o.value(u"stages"_s).toArray();
    QCOMPARE(stages.size(), 4);
    const QStringList dues{u"2025-03-12"_s, u"2025-03-15"_s, u"2025-03-19"_s, u"2025-03-23"_s};
    qint64 sum = 0;
    for (int i = 0; i < 4; ++i) {
        const QJsonObject s = stages.at(i).toObject();
        QCOMPARE(s.value(u"amount_minor"_s).toInteger(), 2700000);
        QCOMPARE(s.value(u"due_on"_s).toString(), dues.at(i));
        sum += s.value(u"amount_minor"_s).toInteger();
    }
    QCOMPARE(sum, 10800000);

    // The same total the store computes for the project.
    Database db;
    QVERIFY(db.open(m_db));
    const auto project = ProjectStore(db).get(4);
    QVERIFY2(project, qPrintable(project.error()));
    QVERIFY(project->title.startsWith(u"Online course"_s));
    QCOMPARE(Pricing::compute(*project)->total.minor(), sum);
}

void Tst_cli_counter::postpay_applyStoresThePlan()
{
    qint64 id = 0;
    {
        Database db;
        QVERIFY(db.open(m_db));
        Project p;
        p.clientId = 1;
        p.title = u"Catalogue texts"_s;
        p.currency = u"EUR"_s;
        p.basePriceMinor = 100001;
        p.deadline = QDate(2025, 4, 12);
        PaymentStage half;
        half.title = u"Now"_s;
        half.amountMinor = 50000;
        half.dueOn = QDate(2025, 3, 12);
        PaymentStage after = half;
        after.title = u"After delivery"_s;
        after.amountMinor = 50001;
        after.dueOn = QDate(2025, 4, 12);
        p.stages = {half, after};
        const auto created = ProjectStore(db).create(p);
        QVERIFY2(created, qPrintable(created.error()));
        id = p.id;
    }
    const Run run = counter({QString::number(id), u"--ask"_s, u"postpay"_s, u"--apply"_s, u"--lang"_s, u"en"_s});
    VERIFY_EXIT(run, 0);
    QVERIFY(run.out.contains(u"4 prepaid stages"_s));

    Database db;
    QVERIFY(db.open(m_db));
    const auto stored = ProjectStore(db).get(id);
    QVERIFY2(stored, qPrintable(stored.error()));
    QCOMPARE(stored->stages.size(), 4);
    // 31 days to 2025-04-12: starts at 0, 7, 15 and 23 days; 1 000.01 in
    // four, the extra cent on the first.
    const QList<qint64> amounts{25001, 25000, 25000, 25000};
    const QList<QDate> dues{QDate(2025, 3, 12), QDate(2025, 3, 19), QDate(2025, 3, 27), QDate(2025, 4, 4)};
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(stored->stages.at(i).amountMinor, amounts.at(i));
        QCOMPARE(stored->stages.at(i).dueOn, dues.at(i));
    }
    QCOMPARE(stored->stages.at(0).title, u"Now"_s);
    QCOMPARE(stored->stages.at(2).title, u"Stage 3 of 4"_s);
    QVERIFY(ProjectStore::validate(*stored));
}

void Tst_cli_counter::postpay_applyRefusesStagesWithPayments()
{
    Database before;
    QVERIFY(before.open(m_db));
    const auto old = ProjectStore(before).get(4);
    QVERIFY(old);
    before.close();

    const Run run = counter({u"4"_s, u"--ask"_s, u"postpay"_s, u"--apply"_s});
    VERIFY_EXIT(run, 1);
    QVERIFY2(run.err.contains(u"stage 1 already has work or a payment"_s), qPrintable(run.err));

    Database db;
    QVERIFY(db.open(m_db));
    QCOMPARE(ProjectStore(db).get(4)->stages, old->stages);
}

void Tst_cli_counter::discount_underTheFloorIsRefusedWithTheAmount()
{
    // The demo's café site: 24 h, 45.00 EUR floor = 1 080.00 EUR.
    Database db;
    QVERIFY(db.open(m_db));
    qint64 cafe = 0;
    for (const Project &p : *ProjectStore(db).list()) {
        if (p.title.startsWith(u"Café website"_s))
            cafe = p.id;
    }
    QVERIFY(cafe > 0);
    const auto project = ProjectStore(db).get(cafe);
    const qint64 total = Pricing::compute(*project)->total.minor();
    QCOMPARE(project->estimatedHours, 24);
    const qint64 floorPrice = 24 * 4500;
    const qint64 most = qMax<qint64>(0, total - floorPrice);

    const Run run = counter({QString::number(cafe), u"--ask"_s, u"discount"_s, u"--discount"_s, u"100.00"_s,
                             u"--json"_s});
    VERIFY_EXIT(run, 0);
    const QJsonObject o = QJsonDocument::fromJson(run.rawOut).object();
    QCOMPARE(o.value(u"asked_discount_minor"_s).toInteger(), 10000);
    QCOMPARE(o.value(u"max_discount_minor"_s).toInteger(), most);
    QCOMPARE(o.value(u"refused"_s).toBool(), 10000 > most);
    QCOMPARE(o.value(u"under_floor_minor"_s).toInteger(), 10000 > most ? 10000 - most : 0);
    QVERIFY(o.value(u"refused"_s).toBool()); // the demo's café is already under its floor
    QVERIFY(o.value(u"text"_s).toString().contains(u"under my floor rate"_s));
}

void Tst_cli_counter::text_inFinnish()
{
    const Run run = counter({u"4"_s, u"--ask"_s, u"postpay"_s, u"--lang"_s, u"fi"_s});
    VERIFY_EXIT(run, 0);
    QVERIFY2(run.out.contains(u"ennakkomaksu"_s), qPrintable(run.out));
}

void Tst_cli_counter::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("no ask") << QStringList{u"4"_s} << u"--ask"_s;
    QTest::newRow("unknown ask") << QStringList{u"4"_s, u"--ask"_s, u"cheaper"_s} << u"\"cheaper\""_s;
    QTest::newRow("apply a discount") << QStringList{u"4"_s, u"--ask"_s, u"discount"_s, u"--apply"_s}
                                      << u"--apply"_s;
    QTest::newRow("discount without ask") << QStringList{u"4"_s, u"--ask"_s, u"nda"_s, u"--discount"_s, u"5"_s}
                                          << u"--discount"_s;
}

void Tst_cli_counter::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const Run run = counter(args);
    VERIFY_EXIT(run, 2);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
}

QTEST_GUILESS_MAIN(Tst_cli_counter)
#include "tst_cli_counter.moc"
