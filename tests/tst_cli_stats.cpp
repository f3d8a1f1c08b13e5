#include "core/storage/database.h"
#include "core/storage/stores.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QUrl>
#include <QUrlQuery>
#include <QTest>

#include "cliinprocess.h"

using namespace Qt::StringLiterals;
using namespace neuvo;

// neuvo-cli stats and raise-plan, run in-process against the demo data made
// for 2025-03-12. The figures are worked out by hand from the demo records:
//   #1 Laura (referral):   "product pages" closed 1 800.00 EUR / 30 h,
//                          "newsletter" delivered 1 500.00 EUR / 30 h, all paid
//   #2 Jukka (publication): 4 000.00 + 30 % NDA = 5 200.00 EUR / 80 h, first
//                          offer 3 500.00, in progress
//   #3 Dmitry (marketplace): 120 000.00 RUB − 10 % = 108 000.00 / 60 h, first
//                          offer 48 000.00; stage 1 paid 2 days late, stage 2
//                          20 days overdue
//   #4 Petri (social):     a quote in brief_sent
//   #5 Elina (publication): 2 400.00 EUR / 40 h, first offer 2 000.00, agreed
//                          by phone 2025-03-07
//   #6 Kaisa (referral, past): 1 600.00 EUR / 32 h, closed
class Tst_cli_stats : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void stats_json_demoFigures();
    void stats_since_leavesOlderProjectsOut();
    void stats_text_namesSampleSizes();
    void raisePlan_listsLauraWithADateNoticeDaysAhead();
    void raisePlan_applyStoresTheAnnouncedChange();
    void usageErrors_data();
    void usageErrors();

private:
    using Run = neuvo::test::CliRun;
    static Run cli(const QStringList &args) { return neuvo::test::runCliInProcess(args); }
    Run run(const QString &command, const QStringList &args)
    {
        return cli(QStringList{u"--db"_s, m_db, command} + args + QStringList{u"--today"_s, u"2025-03-12"_s});
    }
    static QJsonObject byKey(const QJsonArray &list, const QString &key, const QJsonValue &value)
    {
        for (const QJsonValue &v : list) {
            if (v.toObject().value(key) == value)
                return v.toObject();
        }
        return {};
    }

    QTemporaryDir m_dir;
    QString m_db;
};

void Tst_cli_stats::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = test::suiteDatabase(m_dir.filePath(u"demo.sqlite"_s));
    VERIFY_EXIT(cli({u"--db"_s, m_db, u"demo"_s, u"--today"_s, u"2025-03-12"_s}), 0);
}

void Tst_cli_stats::stats_json_demoFigures()
{
    const Run r = run(u"stats"_s, {u"--json"_s});
    VERIFY_EXIT(r, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.rawOut).object();
    QCOMPARE(o.value(u"projects_counted"_s).toInt(), 7);
    QCOMPARE(o.value(u"min_sample"_s).toInt(), 3);

    // 5 200 ÷ 3 500 = 1.486, 108 000 ÷ 48 000 = 2.25, 2 400 ÷ 2 000 = 1.2.
    const QJsonObject offer = o.value(u"offer_ratio"_s).toObject();
    QCOMPARE(offer.value(u"all"_s).toObject().value(u"sample"_s).toInt(), 3);
    QCOMPARE(offer.value(u"all"_s).toObject().value(u"median"_s).toDouble(), 5200.0 / 3500.0);
    const QJsonObject publication = byKey(offer.value(u"per_source"_s).toArray(), u"source"_s, u"publication"_s);
    QCOMPARE(publication.value(u"sample"_s).toInt(), 2);
    QVERIFY(publication.value(u"median"_s).isNull());

    const QJsonArray discounts = o.value(u"discounts"_s).toArray();
    const QJsonObject eur = byKey(discounts, u"currency"_s, u"EUR"_s);
    QCOMPARE(eur.value(u"won_projects"_s).toInt(), 5);
    QCOMPARE(eur.value(u"list_price"_s).toString(), u"12500.00"_s);
    QCOMPARE(eur.value(u"discounts"_s).toString(), u"0.00"_s);
    QCOMPARE(eur.value(u"share"_s).toDouble(-1), 0.0);
    const QJsonObject rub = byKey(discounts, u"currency"_s, u"RUB"_s);
    QCOMPARE(rub.value(u"discounts"_s).toString(), u"12000.00"_s);
    QCOMPARE(rub.value(u"discounted"_s).toInt(), 1);
    QCOMPARE(rub.value(u"with_concession"_s).toInt(), 0);
    QVERIFY(rub.value(u"share"_s).isNull()); // one project

    const QJsonObject win = o.value(u"win_rate"_s).toObject();
    QCOMPARE(win.value(u"warm"_s).toObject().value(u"won"_s).toInt(), 5);
    QCOMPARE(win.value(u"warm"_s).toObject().value(u"open"_s).toInt(), 1);
    QCOMPARE(win.value(u"warm"_s).toObject().value(u"rate"_s).toDouble(), 1.0);
    QCOMPARE(win.value(u"cold"_s).toObject().value(u"sample"_s).toInt(), 1);
    QVERIFY(win.value(u"cold"_s).toObject().value(u"rate"_s).isNull());

    // Newest first: Elina 60.00, newsletter 50.00, product pages 60.00,
    // Jukka 65.00, Kaisa 50.00: median 60.00.
    const QJsonObject recent = byKey(o.value(u"recent_rates"_s).toArray(), u"currency"_s, u"EUR"_s);
    QCOMPARE(recent.value(u"projects"_s).toArray(), (QJsonArray{6, 2, 1, 3, 7}));
    QCOMPARE(recent.value(u"median_per_hour"_s).toString(), u"60.00"_s);

    const QJsonArray rates = o.value(u"effective_rates"_s).toArray();
    QCOMPARE(rates.size(), 2);
    const QJsonObject laura = byKey(rates, u"client"_s, 1);
    QCOMPARE(laura.value(u"received"_s).toString(), u"3300.00"_s);
    QCOMPARE(laura.value(u"hours"_s).toInt(), 60);
    QCOMPARE(laura.value(u"per_hour"_s).toString(), u"55.00"_s);
    QCOMPARE(laura.value(u"floor_per_hour"_s).toString(), u"45.00"_s);
    QCOMPARE(laura.value(u"under_floor"_s).toBool(), false);
    QCOMPARE(laura.value(u"under_recent"_s).toBool(), true);
    QCOMPARE(byKey(rates, u"client"_s, 6).value(u"per_hour"_s).toString(), u"50.00"_s);

    const QJsonObject dmitry = byKey(o.value(u"overdue"_s).toArray(), u"client"_s, 3);
    QCOMPARE(dmitry.value(u"stages_due"_s).toInt(), 2);
    QCOMPARE(dmitry.value(u"stages_late"_s).toInt(), 2);
    QCOMPARE(dmitry.value(u"days_late"_s).toInt(), 22);
    QCOMPARE(dmitry.value(u"open_overdue_days"_s).toInt(), 20);
    QVERIFY(dmitry.value(u"average_days_late"_s).isNull());
    const QJsonObject lauraLate = byKey(o.value(u"overdue"_s).toArray(), u"client"_s, 1);
    QCOMPARE(lauraLate.value(u"stages_due"_s).toInt(), 5);
    QCOMPARE(lauraLate.value(u"average_days_late"_s).toDouble(-1), 0.0);
}

void Tst_cli_stats::stats_since_leavesOlderProjectsOut()
{
    // From 2025-01-01: the newsletter (01-29), Elina (03-07), the café
    // (first message 02-28), Dmitry (01-21).
    const Run r = run(u"stats"_s, {u"--json"_s, u"--since"_s, u"2025-01-01"_s});
    VERIFY_EXIT(r, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.rawOut).object();
    QCOMPARE(o.value(u"since"_s).toString(), u"2025-01-01"_s);
    QCOMPARE(o.value(u"projects_counted"_s).toInt(), 4);
}

void Tst_cli_stats::stats_text_namesSampleSizes()
{
    const Run r = run(u"stats"_s, {});
    VERIFY_EXIT(r, 0);
    QVERIFY2(r.out.contains(u"all: 1.49× (3)"_s), qPrintable(r.out));
    QVERIFY2(r.out.contains(u"too few to tell (1 of 3 needed)"_s), qPrintable(r.out));
    QVERIFY2(r.out.contains(u"Laura Mäkelä: 55.00"_s), qPrintable(r.out));
}

void Tst_cli_stats::raisePlan_listsLauraWithADateNoticeDaysAhead()
{
    const Run r = run(u"raise-plan"_s, {u"--json"_s, u"--lang"_s, u"en"_s});
    VERIFY_EXIT(r, 0);
    const QJsonArray clients = QJsonDocument::fromJson(r.rawOut).object().value(u"clients"_s).toArray();
    QCOMPARE(clients.size(), 1); // Kaisa's rate is behind too, but she is a past client
    const QJsonObject laura = clients.first().toObject();
    QCOMPARE(laura.value(u"client"_s).toInt(), 1);
    QCOMPARE(laura.value(u"project"_s).toInt(), 2);
    QCOMPARE(laura.value(u"effective_per_hour"_s).toString(), u"55.00"_s);
    QCOMPARE(laura.value(u"recent_per_hour"_s).toString(), u"60.00"_s);
    QCOMPARE(laura.value(u"current_price"_s).toString(), u"1500.00"_s);
    // 1 500.00 × 60 ÷ 55 = 1 636.37 → 1 640.00
    QCOMPARE(laura.value(u"suggested_price"_s).toString(), u"1640.00"_s);
    // No contract term: today + the demo's 30 days of notice.
    QCOMPARE(laura.value(u"effective_on"_s).toString(), u"2025-04-11"_s);
    QVERIFY(QDate(2025, 3, 12).daysTo(QDate::fromString(laura.value(u"effective_on"_s).toString(), Qt::ISODate)) >= 30);
    QVERIFY2(laura.value(u"letter"_s).toString().contains(u"11 April 2025"_s), qPrintable(laura.value(u"letter"_s).toString()));

    const Run fi = run(u"raise-plan"_s, {u"--lang"_s, u"fi"_s});
    VERIFY_EXIT(fi, 0);
    QVERIFY2(fi.out.contains(u"11. huhtikuuta 2025"_s), qPrintable(fi.out));

    // The letter as an e-mail draft to Laura's address, subject and body
    // percent-encoded.
    const Run mailto = run(u"raise-plan"_s, {u"--mailto"_s, u"1"_s, u"--lang"_s, u"en"_s});
    VERIFY_EXIT(mailto, 0);
    const QUrl url(mailto.out.trimmed(), QUrl::StrictMode);
    QVERIFY2(url.isValid() && url.scheme() == u"mailto"_s, qPrintable(mailto.out));
    QVERIFY2(url.path().contains(u'@'), qPrintable(mailto.out));
    const QUrlQuery query(url);
    QCOMPARE(query.queryItemValue(u"subject"_s, QUrl::FullyDecoded),
             u"New price for \"%1\" from 11 April 2025"_s.arg(laura.value(u"project_title"_s).toString()));
    QVERIFY(query.queryItemValue(u"body"_s, QUrl::FullyDecoded).contains(u"11 April 2025"_s));
    VERIFY_EXIT(run(u"raise-plan"_s, {u"--mailto"_s, u"2"_s}), 1); // Jukka is not behind
}

void Tst_cli_stats::raisePlan_applyStoresTheAnnouncedChange()
{
    QTemporaryDir dir;
    const QString db = test::freshDatabase(dir.filePath(u"apply.sqlite"_s));
    VERIFY_EXIT(cli({u"--db"_s, db, u"demo"_s, u"--today"_s, u"2025-03-12"_s}), 0);
    const auto apply = [&db](const QString &client) {
        return cli({u"--db"_s, db, u"raise-plan"_s, u"--apply"_s, client, u"--today"_s, u"2025-03-12"_s});
    };
    VERIFY_EXIT(apply(u"2"_s), 1); // Jukka is not behind
    const Run applied = apply(u"1"_s);
    VERIFY_EXIT(applied, 0);
    QVERIFY2(applied.out.contains(u"2025-04-11"_s), qPrintable(applied.out));

    {
        Database database;
        QVERIFY(database.open(db));
        const auto project = ProjectStore(database).get(2);
        QVERIFY(project);
        QCOMPARE(project->priceChanges.size(), 1);
        const PriceChange &c = project->priceChanges.first();
        QCOMPARE(c.effectiveOn, QDate(2025, 4, 11));
        QCOMPARE(c.announcedOn, QDate(2025, 3, 12));
        QCOMPARE(c.newPriceMinor, qint64(164000));
    }
    // Announced with 30 days of notice: no price_notice_due alert for it.
    const Run alerts = cli({u"--db"_s, db, u"alerts"_s, u"--json"_s, u"--today"_s, u"2025-03-12"_s});
    QVERIFY(alerts.exitCode == 0 || alerts.exitCode == 3); // 3: the demo has high alerts
    int noticeAlerts = 0;
    for (const QJsonValue &a : QJsonDocument::fromJson(alerts.rawOut).object().value(u"alerts"_s).toArray()) {
        const QJsonObject o = a.toObject();
        if (o.value(u"rule"_s).toString() == u"price_notice_due"_s && o.value(u"client"_s).toInt() == 1)
            ++noticeAlerts;
    }
    QCOMPARE(noticeAlerts, 0);
    // A second rise on the same project is refused, nothing written.
    const Run again = apply(u"1"_s);
    VERIFY_EXIT(again, 1);
    QVERIFY2(again.err.contains(u"2025-04-11"_s), qPrintable(again.err));
}

void Tst_cli_stats::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("bad since") << QStringList{u"stats"_s, u"--since"_s, u"2025-13-01"_s} << u"--since"_s;
    QTest::newRow("bad client") << QStringList{u"raise-plan"_s, u"--apply"_s, u"x"_s} << u"--apply"_s;
    QTest::newRow("apply and mailto") << QStringList{u"raise-plan"_s, u"--apply"_s, u"1"_s, u"--mailto"_s, u"1"_s}
                                      << u"choose one"_s;
    QTest::newRow("bad language") << QStringList{u"raise-plan"_s, u"--lang"_s, u"de"_s} << u"de"_s;
}

void Tst_cli_stats::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const Run r = run(args.first(), args.mid(1));
    VERIFY_EXIT(r, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(Tst_cli_stats)
#include "tst_cli_stats.moc"
