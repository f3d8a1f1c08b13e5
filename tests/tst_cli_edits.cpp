#include "core/exchange/exchange.h"
#include "core/storage/database.h"
#include "core/storage/stores.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

#include "cliinprocess.h"

#include <algorithm>
#include <memory>

using namespace neuvo;
using namespace Qt::StringLiterals;

// The everyday edits of neuvo-cli, run in-process against the demo data of
// 2026-11-30: each command with a good input (what is stored afterwards)
// and a bad one (exit 1 or 2, a message naming the field, and every record
// exactly as before).
class TestCliEdits : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void help_listsEveryCommandAndSubcommand();
    void help_ofSubcommand();
    void group_withoutSubcommand_isUsageError();

    void clientAdd_storesDetails();
    void clientAdd_badInput_namesFieldAndChangesNothing_data();
    void clientAdd_badInput_namesFieldAndChangesNothing();
    void clientEdit_changesOnlyGivenFields();
    void clientEdit_badInput_changesNothing_data();
    void clientEdit_badInput_changesNothing();
    void clientShow_textAndJson();
    void clientList_json_andClientsAlias();

    void projectAdd_withSplitAndItems();
    void projectAdd_badInput_changesNothing_data();
    void projectAdd_badInput_changesNothing();
    void projectEdit_newPriceNeedsNewSplit();
    void projectShowAndList_json();

    void pay_partThenRest_refusesMoreThanOpen();
    void pay_badInput_changesNothing_data();
    void pay_badInput_changesNothing();
    void startWork_warnsWhenNotPaid_refusesTwice();

    void log_storesInteraction_andPointsToTheLetter();
    void log_badInput_changesNothing_data();
    void log_badInput_changesNothing();

    void promise_addDoneList();
    void promise_editAndDelete();
    void interaction_editAndDelete();
    void promise_badInput_changesNothing_data();
    void promise_badInput_changesNothing();

    void observe_raisesFlag_withdrawKeepsRecord();
    void observe_badInput_changesNothing_data();
    void observe_badInput_changesNothing();

    void profileSet_changesGivenFieldsAndThresholds();
    void profileSet_rushSurchargeSetShownAndTakenAway();
    void profileSet_badInput_changesNothing_data();
    void profileSet_badInput_changesNothing();

    void edits_whileAnotherNeuvoHasIt_fileRefusesReadersGoOn_serverAccepts();
    void edits_missingDatabase_isNotCreated();

private:
    using Run = test::CliRun;
    Run cli(QStringList args) { return test::runCliInProcess(QStringList{u"--db"_s, m_db} + args); }
    // Every record, as the exchange format writes them (deterministic).
    QByteArray contentHash();
    Client client(qint64 id);
    Project project(qint64 id);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

// Amounts are written with a no-break space before the currency code.
QString plain(QString text)
{
    return text.replace(QChar(0x00A0), u' ');
}

// Demo ids: 1 Laura Mäkelä (projects 1, 2), 3 Дмитрий Соколов (project 4),
// 5 Elina Öhman (project 6: Agreed, two unpaid stages of 1,200.00 EUR).
constexpr qint64 Laura = 1;
constexpr qint64 Elina = 5;
constexpr qint64 TravelBlog = 6;
constexpr qint64 CourseLaunch = 4;

void TestCliEdits::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = test::suiteDatabase(m_dir->filePath(u"edits.sqlite"_s));
    VERIFY_EXIT(cli({u"demo"_s, u"--today"_s, u"2026-11-30"_s}), 0);
}

void TestCliEdits::cleanup()
{
    m_dir.reset();
}

QByteArray TestCliEdits::contentHash()
{
    Database db;
    if (!db.open(m_db, Database::Access::ReadOnly))
        return {};
    const auto json = Exchange::exportJson(db);
    return json ? QCryptographicHash::hash(*json, QCryptographicHash::Sha256) : QByteArray();
}

Client TestCliEdits::client(qint64 id)
{
    Database db;
    if (!db.open(m_db, Database::Access::ReadOnly))
        return {};
    const auto c = ClientStore(db).get(id);
    return c ? *c : Client();
}

Project TestCliEdits::project(qint64 id)
{
    Database db;
    if (!db.open(m_db, Database::Access::ReadOnly))
        return {};
    const auto p = ProjectStore(db).get(id);
    return p ? *p : Project();
}

// ---------------------------------------------------------------- help

void TestCliEdits::help_listsEveryCommandAndSubcommand()
{
    const Run run = test::runCliInProcess({u"--help"_s});
    VERIFY_EXIT(run, 0);
    for (const QString &command :
         {u"demo"_s, u"export"_s, u"import"_s, u"info"_s, u"import-csv"_s, u"export-csv"_s, u"clients"_s,
          u"profile show"_s, u"profile set"_s, u"client list"_s, u"client show"_s, u"client add"_s, u"client edit"_s, u"project list"_s,
          u"project show"_s, u"project add"_s, u"project edit"_s, u"pay"_s, u"start-work"_s, u"log"_s,
          u"interaction edit"_s, u"interaction delete"_s, u"promise add"_s, u"promise edit"_s, u"promise done"_s,
          u"promise delete"_s, u"promise list"_s, u"observe"_s, u"withdraw"_s, u"flags"_s,
          u"alerts"_s, u"contract"_s, u"quote"_s, u"invoice"_s, u"letter"_s, u"backup"_s, u"backups"_s,
          u"restore"_s, u"check"_s, u"help"_s}) {
        QVERIFY2(run.out.contains(u"\n  "_s + command + u' '), qPrintable(command));
    }
}

void TestCliEdits::help_ofSubcommand()
{
    const Run run = test::runCliInProcess({u"client"_s, u"add"_s, u"--help"_s});
    VERIFY_EXIT(run, 0);
    QVERIFY(run.out.startsWith(u"Usage: neuvo-cli [--db FILE] client add NAME [OPTIONS]\n"_s));
    for (const QString &option : {u"--email ADDRESS"_s, u"--time-zone ZONE"_s, u"--contact-days DAYS"_s,
                                  u"--preferred-channel email|phone|messenger|meeting"_s, u"--db FILE"_s})
        QVERIFY2(run.out.contains(option), qPrintable(option + u"\n"_s + run.out));
    const Run viaHelp = test::runCliInProcess({u"help"_s, u"client"_s, u"add"_s});
    VERIFY_EXIT(viaHelp, 0);
    QCOMPARE(viaHelp.out, run.out);

    const Run group = test::runCliInProcess({u"project"_s, u"--help"_s});
    VERIFY_EXIT(group, 0);
    QVERIFY(group.out.contains(u"  project add CLIENT_ID TITLE [OPTIONS]"_s));
    QVERIFY(group.out.contains(u"  project edit PROJECT_ID [OPTIONS]"_s));
}

void TestCliEdits::group_withoutSubcommand_isUsageError()
{
    const Run none = cli({u"client"_s});
    VERIFY_EXIT(none, 2);
    QVERIFY2(none.err.contains(u"add, edit"_s), qPrintable(none.err));
    const Run unknown = cli({u"promise"_s, u"break"_s});
    VERIFY_EXIT(unknown, 2);
    QVERIFY2(unknown.err.contains(u"\"break\""_s), qPrintable(unknown.err));
}

// ---------------------------------------------------------------- clients

void TestCliEdits::clientAdd_storesDetails()
{
    const Run run = cli({u"client"_s, u"add"_s, u"  Aino Aalto "_s, u"--company"_s, u"Aalto Oy"_s, u"--type"_s,
                         u"agency"_s, u"--email"_s, u"aino@example.fi"_s, u"--preferred-channel"_s, u"phone"_s,
                         u"--contact-from"_s, u"08:30"_s, u"--contact-to"_s, u"16:00"_s, u"--contact-days"_s,
                         u"mon,wed,fri"_s, u"--time-zone"_s, u"Europe/Helsinki"_s, u"--status"_s, u"active"_s});
    VERIFY_EXIT(run, 0);
    QCOMPARE(run.out, u"Added client #7 \"Aino Aalto\".\n"_s);
    const Client c = client(7);
    QCOMPARE(c.name, u"Aino Aalto"_s);
    QCOMPARE(c.company, u"Aalto Oy"_s);
    QCOMPARE(c.type, ClientType::Agency);
    QCOMPARE(c.email, u"aino@example.fi"_s);
    QCOMPARE(c.preferredChannel, Channel::Phone);
    QCOMPARE(c.contactFrom, QTime(8, 30));
    QCOMPARE(c.contactTo, QTime(16, 0));
    QCOMPARE(c.contactDays, Weekdays(0b0010101));
    QCOMPARE(c.timeZone, u"Europe/Helsinki"_s);
    QCOMPARE(c.status, ClientStatus::Active);
}

void TestCliEdits::clientAdd_badInput_namesFieldAndChangesNothing_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exit");
    QTest::addColumn<QString>("message");
    QTest::newRow("blank name") << QStringList{u"  "_s} << 1 << u"Name: a client needs a name."_s;
    QTest::newRow("e-mail") << QStringList{u"Aino"_s, u"--email"_s, u"aino.example.fi"_s} << 1
                            << u"E-mail: \"aino.example.fi\" is not an address"_s;
    QTest::newRow("time zone") << QStringList{u"Aino"_s, u"--time-zone"_s, u"Mars/Olympus"_s} << 1
                               << u"Time zone: \"Mars/Olympus\" is not a known time zone"_s;
    QTest::newRow("type") << QStringList{u"Aino"_s, u"--type"_s, u"friend"_s} << 2
                          << u"--type: \"friend\" is not one of individual, small_business"_s;
    QTest::newRow("days") << QStringList{u"Aino"_s, u"--contact-days"_s, u"mon,funday"_s} << 2
                          << u"--contact-days: \"mon,funday\""_s;
    QTest::newRow("hours") << QStringList{u"Aino"_s, u"--contact-from"_s, u"9"_s} << 2 << u"--contact-from: \"9\""_s;
    QTest::newRow("no name") << QStringList{} << 2 << u"client add: a required argument is missing."_s;
}

void TestCliEdits::clientAdd_badInput_namesFieldAndChangesNothing()
{
    QFETCH(QStringList, args);
    QFETCH(int, exit);
    QFETCH(QString, message);
    const QByteArray before = contentHash();
    QVERIFY(!before.isEmpty());
    const Run run = cli(QStringList{u"client"_s, u"add"_s} + args);
    VERIFY_EXIT(run, exit);
    QVERIFY2(run.err.startsWith(u"neuvo-cli: "_s + message), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
    QCOMPARE(contentHash(), before);
}

void TestCliEdits::clientEdit_changesOnlyGivenFields()
{
    const Client before = client(Laura);
    const Run run = cli({u"client"_s, u"edit"_s, QString::number(Laura), u"--phone"_s, u"+358 40 111 2222"_s,
                         u"--notes"_s, u"Prefers e-mail before noon."_s});
    VERIFY_EXIT(run, 0);
    QCOMPARE(run.out, u"Saved client #1 \"Laura Mäkelä\".\n"_s);
    Client expected = before;
    expected.phone = u"+358 40 111 2222"_s;
    expected.notes = u"Prefers e-mail before noon."_s;
    QCOMPARE(client(Laura), expected);
}

void TestCliEdits::clientEdit_badInput_changesNothing_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exit");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown client") << QStringList{u"99"_s, u"--phone"_s, u"1"_s} << 1
                                    << u"Client #99 does not exist."_s;
    QTest::newRow("empty name") << QStringList{u"1"_s, u"--name"_s, u""_s} << 1 << u"Name: a client needs a name."_s;
    QTest::newRow("e-mail") << QStringList{u"1"_s, u"--email"_s, u"laura@"_s} << 1 << u"E-mail: \"laura@\""_s;
    QTest::newRow("nothing to change") << QStringList{u"1"_s} << 2 << u"client edit: nothing to change"_s;
    QTest::newRow("id") << QStringList{u"first"_s, u"--phone"_s, u"1"_s} << 2
                        << u"client edit: CLIENT_ID must be a positive number, not \"first\"."_s;
}

void TestCliEdits::clientEdit_badInput_changesNothing()
{
    QFETCH(QStringList, args);
    QFETCH(int, exit);
    QFETCH(QString, message);
    const QByteArray before = contentHash();
    const Run run = cli(QStringList{u"client"_s, u"edit"_s} + args);
    VERIFY_EXIT(run, exit);
    QVERIFY2(run.err.startsWith(u"neuvo-cli: "_s + message), qPrintable(run.err));
    QCOMPARE(contentHash(), before);
}

void TestCliEdits::clientShow_textAndJson()
{
    const Run text = cli({u"client"_s, u"show"_s, QString::number(Elina)});
    VERIFY_EXIT(text, 0);
    QVERIFY(text.out.startsWith(u"Elina Öhman (#5)\n"_s));
    for (const QString &part : {u"Projects:"_s, u"Travel blog: 8 archipelago guides"_s, u"Interactions:"_s,
                                u"Agreed by phone: 50/50 plan"_s, u"Promises:"_s,
                                u"Send the written summary of the phone agreement"_s, u"Observations:\nNone."_s})
        QVERIFY2(text.out.contains(part), qPrintable(part + u"\n"_s + text.out));

    const Run json = cli({u"client"_s, u"show"_s, QString::number(Elina), u"--json"_s});
    VERIFY_EXIT(json, 0);
    const QJsonObject c = QJsonDocument::fromJson(json.rawOut).object();
    QCOMPARE(c.value(u"id"_s).toInteger(), Elina);
    QCOMPARE(c.value(u"name"_s).toString(), u"Elina Öhman"_s);
    QCOMPARE(c.value(u"time_zone"_s).toString(), u"Europe/Helsinki"_s);
    QCOMPARE(c.value(u"projects"_s).toArray().size(), 1);
    QCOMPARE(c.value(u"projects"_s).toArray().first()[u"id"_s].toInteger(), TravelBlog);
    QCOMPARE(c.value(u"promises"_s).toArray().size(), 1);
    QVERIFY(c.value(u"interactions"_s).toArray().size() >= 3);

    const Run missing = cli({u"client"_s, u"show"_s, u"99"_s, u"--json"_s});
    VERIFY_EXIT(missing, 1);
    QCOMPARE(missing.err, u"neuvo-cli: Client #99 does not exist.\n"_s);
}

void TestCliEdits::clientList_json_andClientsAlias()
{
    const Run json = cli({u"client"_s, u"list"_s, u"--json"_s});
    VERIFY_EXIT(json, 0);
    const QJsonArray clients = QJsonDocument::fromJson(json.rawOut).object().value(u"clients"_s).toArray();
    QCOMPARE(clients.size(), 6);
    QStringList names;
    for (const QJsonValue &c : clients)
        names << c[u"name"_s].toString();
    QVERIFY(names.contains(u"Дмитрий Соколов"_s));
    QCOMPARE(cli({u"client"_s, u"list"_s}).out, cli({u"clients"_s}).out);
}

// ---------------------------------------------------------------- projects

void TestCliEdits::projectAdd_withSplitAndItems()
{
    const Run run = cli({u"project"_s, u"add"_s, QString::number(Laura), u"Spring newsletter"_s, u"--price"_s,
                         u"1000"_s, u"--nda"_s, u"yes"_s, u"--split"_s, u"30,40,30"_s, u"--item"_s, u"Structure"_s,
                         u"--item"_s, u"Writing"_s, u"--deadline"_s, u"2027-03-01"_s, u"--status"_s, u"agreed"_s});
    VERIFY_EXIT(run, 0);
    QCOMPARE(plain(run.out), u"Added project #8 \"Spring newsletter\": total 1,300.00 EUR, stages: 3.\n"_s);
    const Project p = project(8);
    QCOMPARE(p.clientId, Laura);
    QCOMPARE(p.basePriceMinor, 100000);
    QVERIFY(p.nda);
    QCOMPARE(p.ndaMarkupPercent, 30); // the profile's default
    QCOMPARE(p.includedItems, (QStringList{u"Structure"_s, u"Writing"_s}));
    QCOMPARE(p.deadline, QDate(2027, 3, 1));
    QCOMPARE(p.status, ProjectStatus::Agreed);
    QCOMPARE(p.stages.size(), 3);
    QCOMPARE(p.stages.at(0).amountMinor, 39000);
    QCOMPARE(p.stages.at(1).amountMinor, 52000);
    QCOMPARE(p.stages.at(2).amountMinor, 39000);
    QCOMPARE(p.stages.at(1).title, u"Stage 2"_s);
}

void TestCliEdits::projectAdd_badInput_changesNothing_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exit");
    QTest::addColumn<QString>("message");
    QTest::newRow("blank title") << QStringList{u"1"_s, u" "_s} << 1 << u"Title: a project needs a title."_s;
    QTest::newRow("unknown client") << QStringList{u"99"_s, u"X"_s} << 1 << u"Client #99 does not exist."_s;
    QTest::newRow("split not 100 %") << QStringList{u"1"_s, u"X"_s, u"--price"_s, u"100"_s, u"--split"_s,
                                                    u"30,30"_s}
                                     << 1 << u"Split: "_s;
    QTest::newRow("discount above price") << QStringList{u"1"_s, u"X"_s, u"--price"_s, u"100"_s, u"--discount"_s,
                                                         u"150"_s}
                                          << 1 << u"Price: "_s;
    QTest::newRow("amount") << QStringList{u"1"_s, u"X"_s, u"--price"_s, u"12,50"_s} << 2 << u"--price: "_s;
    QTest::newRow("currency") << QStringList{u"1"_s, u"X"_s, u"--currency"_s, u"euro"_s} << 2
                              << u"--currency: \"euro\" is not a three-letter ISO 4217 code"_s;
    QTest::newRow("guarantee") << QStringList{u"1"_s, u"X"_s, u"--guarantee"_s, u"150"_s} << 2
                               << u"--guarantee: \"150\" is not a whole number from 0 to 100."_s;
    QTest::newRow("deadline") << QStringList{u"1"_s, u"X"_s, u"--deadline"_s, u"1.3.2027"_s} << 2
                              << u"--deadline: \"1.3.2027\" is not a date in the form YYYY-MM-DD."_s;
}

void TestCliEdits::projectAdd_badInput_changesNothing()
{
    QFETCH(QStringList, args);
    QFETCH(int, exit);
    QFETCH(QString, message);
    const QByteArray before = contentHash();
    const Run run = cli(QStringList{u"project"_s, u"add"_s} + args);
    VERIFY_EXIT(run, exit);
    QVERIFY2(run.err.startsWith(u"neuvo-cli: "_s + message), qPrintable(run.err));
    QCOMPARE(contentHash(), before);
}

void TestCliEdits::projectEdit_newPriceNeedsNewSplit()
{
    const QByteArray before = contentHash();
    const Run refused = cli({u"project"_s, u"edit"_s, QString::number(TravelBlog), u"--price"_s, u"3000"_s});
    VERIFY_EXIT(refused, 1);
    QVERIFY2(plain(refused.err).startsWith(u"neuvo-cli: Stages: they sum to 2,400.00 EUR but the project total is "
                                    u"3,000.00 EUR"_s),
             qPrintable(refused.err));
    QCOMPARE(contentHash(), before);

    const Run edited = cli({u"project"_s, u"edit"_s, QString::number(TravelBlog), u"--price"_s, u"3000"_s,
                            u"--split"_s, u"4"_s, u"--deadline"_s, u""_s});
    VERIFY_EXIT(edited, 0);
    const Project p = project(TravelBlog);
    QCOMPARE(p.basePriceMinor, 300000);
    QCOMPARE(p.stages.size(), 4);
    QCOMPARE(p.stages.at(0).title, u"First four guides"_s); // titles stay with their place
    QCOMPARE(p.stages.at(3).amountMinor, 75000);
    QVERIFY(!p.deadline.isValid());

    // Once money has arrived the plan is not split again behind its back.
    VERIFY_EXIT(cli({u"pay"_s, QString::number(TravelBlog), u"1"_s, u"100"_s}), 0);
    const QByteArray paid = contentHash();
    const Run resplit = cli({u"project"_s, u"edit"_s, QString::number(TravelBlog), u"--split"_s, u"2"_s});
    VERIFY_EXIT(resplit, 1);
    QVERIFY2(resplit.err.startsWith(u"neuvo-cli: Split: stage 1 already has work or a payment recorded"_s),
             qPrintable(resplit.err));
    QCOMPARE(contentHash(), paid);
}

void TestCliEdits::projectShowAndList_json()
{
    const Run text = cli({u"project"_s, u"show"_s, QString::number(TravelBlog)});
    VERIFY_EXIT(text, 0);
    QVERIFY(text.out.startsWith(u"Travel blog: 8 archipelago guides (#6) for Elina Öhman (#5)\n"_s));
    QVERIFY2(text.out.contains(u"First four guides"_s), qPrintable(text.out));

    const Run json = cli({u"project"_s, u"show"_s, QString::number(TravelBlog), u"--json"_s});
    VERIFY_EXIT(json, 0);
    const QJsonObject p = QJsonDocument::fromJson(json.rawOut).object();
    QCOMPARE(p.value(u"title"_s).toString(), u"Travel blog: 8 archipelago guides"_s);
    QCOMPARE(p.value(u"client_name"_s).toString(), u"Elina Öhman"_s);
    QCOMPARE(p.value(u"total"_s).toString(), u"2400.00"_s);
    QCOMPARE(p.value(u"stages"_s).toArray().size(), 2);

    const Run list = cli({u"project"_s, u"list"_s, u"--client"_s, QString::number(Laura), u"--json"_s});
    VERIFY_EXIT(list, 0);
    const QJsonArray projects = QJsonDocument::fromJson(list.rawOut).object().value(u"projects"_s).toArray();
    QCOMPARE(projects.size(), 2);
    for (const QJsonValue &project : projects) {
        QCOMPARE(project[u"client"_s].toInteger(), Laura);
        QCOMPARE(project[u"paid"_s].toString(), project[u"total"_s].toString()); // Laura has paid everything
    }
    VERIFY_EXIT(cli({u"project"_s, u"list"_s, u"--client"_s, u"99"_s}), 1);
}

// ---------------------------------------------------------------- stages

void TestCliEdits::pay_partThenRest_refusesMoreThanOpen()
{
    const QString id = QString::number(TravelBlog);
    const Run part = cli({u"pay"_s, id, u"1"_s, u"500"_s, u"--on"_s, u"2026-12-01"_s});
    VERIFY_EXIT(part, 0);
    QCOMPARE(plain(part.out), u"Recorded 500.00 EUR for stage 1 \"First four guides\" of \"Travel blog: 8 archipelago "
                       u"guides\" on 2026-12-01. Still open: 700.00 EUR.\n"_s);
    QCOMPARE(project(TravelBlog).stages.at(0).paidMinor, 50000);

    const QByteArray before = contentHash();
    const Run tooMuch = cli({u"pay"_s, id, u"1"_s, u"700.01"_s});
    VERIFY_EXIT(tooMuch, 1);
    QCOMPARE(plain(tooMuch.err),
             u"neuvo-cli: Payment amount: 700.01 EUR is more than the 700.00 EUR still open on stage 1.\n"_s);
    QCOMPARE(contentHash(), before);

    const Run rest = cli({u"pay"_s, id, u"1"_s, u"700"_s, u"--on"_s, u"2026-12-03"_s});
    VERIFY_EXIT(rest, 0);
    QVERIFY(rest.out.endsWith(u"The stage is paid in full.\n"_s));
    const PaymentStage stage = project(TravelBlog).stages.at(0);
    QVERIFY(stage.isFullyPaid());
    QCOMPARE(stage.paidOn, QDate(2026, 12, 3));
    QCOMPARE(project(TravelBlog).stages.at(1).paidMinor, 0);

    const Run again = cli({u"pay"_s, id, u"1"_s, u"1"_s});
    VERIFY_EXIT(again, 1);
    QCOMPARE(again.err, u"neuvo-cli: Stage 1 is paid in full already.\n"_s);
}

void TestCliEdits::pay_badInput_changesNothing_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exit");
    QTest::addColumn<QString>("message");
    QTest::newRow("zero") << QStringList{u"6"_s, u"1"_s, u"0"_s} << 1
                          << u"Payment amount: enter the amount received."_s;
    QTest::newRow("no such stage") << QStringList{u"6"_s, u"3"_s, u"10"_s} << 1 << u"\"Travel blog"_s;
    QTest::newRow("no such project") << QStringList{u"99"_s, u"1"_s, u"10"_s} << 1 << u"Project #99 does not exist."_s;
    QTest::newRow("amount") << QStringList{u"6"_s, u"1"_s, u"12,50"_s} << 2 << u"pay: AMOUNT: "_s;
    QTest::newRow("too many decimals") << QStringList{u"6"_s, u"1"_s, u"12.505"_s} << 2 << u"pay: AMOUNT: "_s;
    QTest::newRow("negative") << QStringList{u"6"_s, u"1"_s, u"--"_s, u"-5"_s} << 2 << u"pay: AMOUNT: "_s;
    QTest::newRow("date") << QStringList{u"6"_s, u"1"_s, u"10"_s, u"--on"_s, u"yesterday"_s} << 2
                          << u"--on: \"yesterday\" is not a date in the form YYYY-MM-DD."_s;
    QTest::newRow("stage") << QStringList{u"6"_s, u"first"_s, u"10"_s} << 2
                           << u"pay: STAGE must be a positive number, not \"first\"."_s;
}

void TestCliEdits::pay_badInput_changesNothing()
{
    QFETCH(QStringList, args);
    QFETCH(int, exit);
    QFETCH(QString, message);
    const QByteArray before = contentHash();
    const Run run = cli(QStringList{u"pay"_s} + args);
    VERIFY_EXIT(run, exit);
    QVERIFY2(run.err.startsWith(u"neuvo-cli: "_s + message), qPrintable(run.err));
    QCOMPARE(contentHash(), before);
}

void TestCliEdits::startWork_warnsWhenNotPaid_refusesTwice()
{
    const Run run = cli({u"start-work"_s, QString::number(TravelBlog), u"2"_s, u"--on"_s, u"2026-12-02"_s});
    VERIFY_EXIT(run, 0);
    QVERIFY(run.out.contains(u"started on 2026-12-02"_s));
    QVERIFY2(run.err.contains(u"work started before the stage is paid"_s), qPrintable(run.err));
    QCOMPARE(project(TravelBlog).stages.at(1).workStartedOn, QDate(2026, 12, 2));
    // The red-flag engine sees the same record the GUI would have written.
    const Run flags = cli({u"flags"_s, u"--client"_s, QString::number(Elina), u"--today"_s, u"2026-12-02"_s});
    const Run alerts = cli({u"alerts"_s, u"--today"_s, u"2026-12-02"_s});
    QVERIFY2((flags.out + alerts.out).contains(u"work_without_prepayment"_s), qPrintable(flags.out + alerts.out));

    const QByteArray before = contentHash();
    const Run twice = cli({u"start-work"_s, QString::number(TravelBlog), u"2"_s});
    VERIFY_EXIT(twice, 1);
    QVERIFY2(twice.err.startsWith(u"neuvo-cli: Stage 2: work started on "_s), qPrintable(twice.err));
    QCOMPARE(contentHash(), before);
}

// ---------------------------------------------------------------- log, promises, observations

void TestCliEdits::log_storesInteraction_andPointsToTheLetter()
{
    const Run run = cli({u"log"_s, QString::number(Elina), u"--summary"_s, u"Agreed: 8 guides, 50/50"_s,
                         u"--channel"_s, u"meeting"_s, u"--direction"_s, u"out"_s, u"--kind"_s, u"agreement"_s,
                         u"--project"_s, QString::number(TravelBlog), u"--at"_s, u"2026-11-30 14:15"_s});
    VERIFY_EXIT(run, 0);
    QVERIFY2(run.out.startsWith(u"Logged interaction #"_s), qPrintable(run.out));
    QVERIFY(run.out.contains(u"neuvo-cli letter "_s));
    Database db;
    QVERIFY(db.open(m_db, Database::Access::ReadOnly));
    const Interaction i = InteractionStore(db).list(Elina)->constLast();
    QCOMPARE(i.summary, u"Agreed: 8 guides, 50/50"_s);
    QCOMPARE(i.channel, Channel::Meeting);
    QCOMPARE(i.direction, Direction::Out);
    QCOMPARE(i.kind, InteractionKind::Agreement);
    QCOMPARE(i.projectId, TravelBlog);
    QCOMPARE(i.at, QDateTime(QDate(2026, 11, 30), QTime(14, 15)).toUTC());
    QVERIFY(!i.confirmedOn.isValid());

    const Run letter = cli({u"letter"_s, QString::number(i.id), u"--lang"_s, u"en"_s});
    VERIFY_EXIT(letter, 0);
    QVERIFY2(letter.out.contains(u"Agreed: 8 guides, 50/50"_s), qPrintable(letter.out));
}

void TestCliEdits::log_badInput_changesNothing_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exit");
    QTest::addColumn<QString>("message");
    QTest::newRow("no summary") << QStringList{u"5"_s, u"--channel"_s, u"phone"_s} << 1
                                << u"Summary: write down what was said or agreed."_s;
    QTest::newRow("other client's project")
        << QStringList{u"5"_s, u"--summary"_s, u"x"_s, u"--project"_s, QString::number(CourseLaunch)} << 1
        << u"--project: \"Online course launch"_s;
    QTest::newRow("unknown client") << QStringList{u"99"_s, u"--summary"_s, u"x"_s} << 1
                                    << u"Client #99 does not exist."_s;
    QTest::newRow("channel") << QStringList{u"5"_s, u"--summary"_s, u"x"_s, u"--channel"_s, u"fax"_s} << 2
                             << u"--channel: \"fax\" is not one of email, phone, messenger, meeting."_s;
    QTest::newRow("time") << QStringList{u"5"_s, u"--summary"_s, u"x"_s, u"--at"_s, u"2026-11-30"_s} << 2
                          << u"--at: \"2026-11-30\" is not a time in the form YYYY-MM-DDTHH:MM."_s;
}

void TestCliEdits::log_badInput_changesNothing()
{
    QFETCH(QStringList, args);
    QFETCH(int, exit);
    QFETCH(QString, message);
    const QByteArray before = contentHash();
    const Run run = cli(QStringList{u"log"_s} + args);
    VERIFY_EXIT(run, exit);
    QVERIFY2(run.err.startsWith(u"neuvo-cli: "_s + message), qPrintable(run.err));
    QCOMPARE(contentHash(), before);
}

void TestCliEdits::promise_editAndDelete()
{
    VERIFY_EXIT(cli({u"promise"_s, u"add"_s, QString::number(Elina), u"Send the plan"_s, u"--due"_s, u"2026-12-02"_s}),
                0);
    const Run edited = cli({u"promise"_s, u"edit"_s, u"6"_s, u"--what"_s, u"Send the content plan"_s, u"--due"_s,
                            u"2026-12-04"_s, u"--project"_s, QString::number(TravelBlog), u"--kept-on"_s,
                            u"2026-12-03"_s});
    VERIFY_EXIT(edited, 0);
    QCOMPARE(edited.out, u"Saved promise #6, due 2026-12-04: Send the content plan\n"_s);
    Database db;
    QVERIFY(db.open(m_db, Database::Access::ReadOnly).ok());
    Promise p = *PromiseStore(db).get(6);
    QCOMPARE(p.what, u"Send the content plan"_s);
    QCOMPARE(p.dueOn, QDate(2026, 12, 4));
    QCOMPARE(p.doneOn, QDate(2026, 12, 3));
    QCOMPARE(p.projectId, TravelBlog);
    // An empty value clears an optional field.
    VERIFY_EXIT(cli({u"promise"_s, u"edit"_s, u"6"_s, u"--kept-on"_s, u""_s, u"--project"_s, u""_s}), 0);
    p = *PromiseStore(db).get(6);
    QVERIFY(!p.doneOn.isValid());
    QCOMPARE(p.projectId, 0);

    const QByteArray before = contentHash();
    VERIFY_EXIT(cli({u"promise"_s, u"edit"_s, u"6"_s}), 2); // nothing to change
    VERIFY_EXIT(cli({u"promise"_s, u"edit"_s, u"6"_s, u"--what"_s, u" "_s}), 1);
    VERIFY_EXIT(cli({u"promise"_s, u"edit"_s, u"6"_s, u"--project"_s, QString::number(CourseLaunch)}), 1);
    VERIFY_EXIT(cli({u"promise"_s, u"edit"_s, u"99"_s, u"--what"_s, u"x"_s}), 1);
    QCOMPARE(contentHash(), before);

    const Run deleted = cli({u"promise"_s, u"delete"_s, u"6"_s});
    VERIFY_EXIT(deleted, 0);
    QCOMPARE(deleted.out, u"Deleted promise #6: Send the content plan\n"_s);
    QVERIFY(!PromiseStore(db).get(6).ok());
    VERIFY_EXIT(cli({u"promise"_s, u"delete"_s, u"6"_s}), 1);
}

void TestCliEdits::interaction_editAndDelete()
{
    Database db;
    QVERIFY(db.open(m_db, Database::Access::ReadOnly).ok());
    const Interaction original = InteractionStore(db).list(Elina)->first();
    const QString id = QString::number(original.id);
    const Run edited = cli({u"interaction"_s, u"edit"_s, id, u"--summary"_s, u"Agreed the brief by phone"_s,
                            u"--channel"_s, u"phone"_s, u"--kind"_s, u"agreement"_s, u"--confirmed-on"_s,
                            u"2026-11-29"_s});
    VERIFY_EXIT(edited, 0);
    QVERIFY2(edited.out.startsWith(u"Saved interaction #%1: phone, "_s.arg(id)), qPrintable(edited.out));
    Interaction i = *InteractionStore(db).get(original.id);
    QCOMPARE(i.summary, u"Agreed the brief by phone"_s);
    QCOMPARE(i.channel, Channel::Phone);
    QCOMPARE(i.kind, InteractionKind::Agreement);
    QCOMPARE(i.confirmedOn, QDate(2026, 11, 29));
    QCOMPARE(i.at, original.at);
    QCOMPARE(i.direction, original.direction);
    VERIFY_EXIT(cli({u"interaction"_s, u"edit"_s, id, u"--confirmed-on"_s, u""_s}), 0);
    QVERIFY(!InteractionStore(db).get(original.id)->confirmedOn.isValid());

    const QByteArray before = contentHash();
    VERIFY_EXIT(cli({u"interaction"_s, u"edit"_s, id, u"--summary"_s, u""_s}), 1);
    VERIFY_EXIT(cli({u"interaction"_s, u"edit"_s, id, u"--channel"_s, u"fax"_s}), 2);
    VERIFY_EXIT(cli({u"interaction"_s, u"edit"_s, id, u"--at"_s, u"yesterday"_s}), 2);
    QCOMPARE(contentHash(), before);

    VERIFY_EXIT(cli({u"interaction"_s, u"delete"_s, id}), 0);
    QVERIFY(!InteractionStore(db).get(original.id).ok());
    VERIFY_EXIT(cli({u"interaction"_s, u"delete"_s, id}), 1);
}

void TestCliEdits::promise_addDoneList()
{
    const Run added = cli({u"promise"_s, u"add"_s, QString::number(Elina), u"Send the content plan"_s, u"--due"_s,
                           u"2026-12-02"_s, u"--project"_s, QString::number(TravelBlog)});
    VERIFY_EXIT(added, 0);
    QVERIFY2(added.out.startsWith(u"Promise #6 to Elina Öhman (#5), due 2026-12-02: Send the content plan"_s),
             qPrintable(added.out));

    const Run open = cli({u"promise"_s, u"list"_s, u"--client"_s, QString::number(Elina), u"--open"_s, u"--json"_s});
    VERIFY_EXIT(open, 0);
    QJsonArray promises = QJsonDocument::fromJson(open.rawOut).object().value(u"promises"_s).toArray();
    QCOMPARE(promises.size(), 2);
    QCOMPARE(promises.last()[u"what"_s].toString(), u"Send the content plan"_s);
    QCOMPARE(promises.last()[u"project"_s].toInteger(), TravelBlog);

    VERIFY_EXIT(cli({u"promise"_s, u"done"_s, u"6"_s, u"--on"_s, u"2026-12-01"_s}), 0);
    const Run after = cli({u"promise"_s, u"list"_s, u"--client"_s, QString::number(Elina), u"--open"_s, u"--json"_s});
    promises = QJsonDocument::fromJson(after.rawOut).object().value(u"promises"_s).toArray();
    QCOMPARE(promises.size(), 1);
    const Run all = cli({u"promise"_s, u"list"_s, u"--client"_s, QString::number(Elina), u"--json"_s});
    promises = QJsonDocument::fromJson(all.rawOut).object().value(u"promises"_s).toArray();
    QCOMPARE(promises.last()[u"done_on"_s].toString(), u"2026-12-01"_s);

    const QByteArray before = contentHash();
    const Run twice = cli({u"promise"_s, u"done"_s, u"6"_s});
    VERIFY_EXIT(twice, 1);
    QCOMPARE(twice.err, u"neuvo-cli: Promise #6 was kept on 2026-12-01 already.\n"_s);
    QCOMPARE(contentHash(), before);
}

void TestCliEdits::promise_badInput_changesNothing_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exit");
    QTest::addColumn<QString>("message");
    QTest::newRow("blank") << QStringList{u"add"_s, u"5"_s, u"  "_s} << 1 << u"What: say what was promised."_s;
    QTest::newRow("due") << QStringList{u"add"_s, u"5"_s, u"X"_s, u"--due"_s, u"Tuesday"_s} << 2
                         << u"--due: \"Tuesday\" is not a date in the form YYYY-MM-DD."_s;
    QTest::newRow("unknown promise") << QStringList{u"done"_s, u"99"_s} << 1 << u"Promise #99 does not exist."_s;
}

void TestCliEdits::promise_badInput_changesNothing()
{
    QFETCH(QStringList, args);
    QFETCH(int, exit);
    QFETCH(QString, message);
    const QByteArray before = contentHash();
    const Run run = cli(QStringList{u"promise"_s} + args);
    VERIFY_EXIT(run, exit);
    QVERIFY2(run.err.startsWith(u"neuvo-cli: "_s + message), qPrintable(run.err));
    QCOMPARE(contentHash(), before);
}

void TestCliEdits::observe_raisesFlag_withdrawKeepsRecord()
{
    const Run observed = cli({u"observe"_s, QString::number(Elina), u"free_work_seeker"_s, u"--note"_s,
                              u"Asked for a free test guide"_s, u"--on"_s, u"2026-11-29"_s});
    VERIFY_EXIT(observed, 0);
    QVERIFY2(observed.out.contains(u"observation #3"_s), qPrintable(observed.out));
    // The same observation the checklist tab stores: the engine flags it.
    const Run flags = cli({u"flags"_s, u"--client"_s, QString::number(Elina), u"--today"_s, u"2026-11-30"_s,
                           u"--json"_s});
    VERIFY_EXIT(flags, 3);
    QVERIFY(flags.out.contains(u"\"rule\": \"free_work_seeker\""_s));

    const Run withdrawn = cli({u"withdraw"_s, u"3"_s, u"--on"_s, u"2026-11-30"_s});
    VERIFY_EXIT(withdrawn, 0);
    QCOMPARE(withdrawn.out, u"Withdrew observation #3 (free_work_seeker) on 2026-11-30.\n"_s);
    Database db;
    QVERIFY(db.open(m_db, Database::Access::ReadOnly));
    const auto o = ObservationStore(db).get(3);
    QVERIFY(o.ok());
    QCOMPARE(o->withdrawnOn, QDate(2026, 11, 30));
    QCOMPARE(o->note, u"Asked for a free test guide"_s);
    db.close();
    VERIFY_EXIT(cli({u"flags"_s, u"--client"_s, QString::number(Elina), u"--today"_s, u"2026-12-01"_s}), 0);

    // Withdrawn, the pattern can be observed again.
    VERIFY_EXIT(cli({u"observe"_s, QString::number(Elina), u"free_work_seeker"_s}), 0);
}

void TestCliEdits::observe_badInput_changesNothing_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exit");
    QTest::addColumn<QString>("message");
    // Дмитрий Соколов (#3) has devalues_work standing since 2026-10-01 (observation #1).
    QTest::newRow("observed already") << QStringList{u"observe"_s, u"3"_s, u"devalues_work"_s} << 1
                                      << u"Pattern: \"devalues_work\" is observed already (observation #1 of "
                                         u"2026-10-01)."_s;
    QTest::newRow("unknown pattern") << QStringList{u"observe"_s, u"3"_s, u"rude"_s} << 2
                                     << u"PATTERN: \"rude\" is not one of disrespect"_s;
    QTest::newRow("unknown client") << QStringList{u"observe"_s, u"99"_s, u"disrespect"_s} << 1
                                    << u"Client #99 does not exist."_s;
    QTest::newRow("unknown observation") << QStringList{u"withdraw"_s, u"99"_s} << 1
                                         << u"Observation #99 does not exist."_s;
}

void TestCliEdits::observe_badInput_changesNothing()
{
    QFETCH(QStringList, args);
    QFETCH(int, exit);
    QFETCH(QString, message);
    const QByteArray before = contentHash();
    const Run run = cli(args);
    VERIFY_EXIT(run, exit);
    QVERIFY2(run.err.startsWith(u"neuvo-cli: "_s + message), qPrintable(run.err));
    QCOMPARE(contentHash(), before);
    if (args.first() == u"withdraw"_s)
        return;
    // Withdrawing twice is refused too.
    VERIFY_EXIT(cli({u"withdraw"_s, u"1"_s}), 0);
    const QByteArray withdrawn = contentHash();
    const Run twice = cli({u"withdraw"_s, u"1"_s});
    VERIFY_EXIT(twice, 1);
    QVERIFY2(twice.err.startsWith(u"neuvo-cli: Observation #1 was withdrawn on "_s), qPrintable(twice.err));
    QCOMPARE(contentHash(), withdrawn);
}

// ---------------------------------------------------------------- profile

void TestCliEdits::profileSet_changesGivenFieldsAndThresholds()
{
    Database db;
    QVERIFY(db.open(m_db, Database::Access::ReadOnly).ok());
    const Profile before = *ProfileStore(db).load();
    db.close();
    const Run run = cli({u"profile"_s, u"set"_s, u"--bank-details"_s, u" FI49 5000 9420 0287 30 "_s, u"--floor-rate"_s,
                         u"52.50"_s, u"--work-days"_s, u"mon,tue,wed,thu"_s, u"--threshold"_s,
                         u"risk_caution_score=3"_s, u"--threshold"_s, u"stage_due_soon_days=10"_s,
                         u"--backups-to-keep"_s, u"30"_s});
    VERIFY_EXIT(run, 0);
    Profile expected = before;
    expected.backupsToKeep = 30;
    expected.bankDetails = u"FI49 5000 9420 0287 30"_s;
    expected.floorRateMinor = 5250;
    expected.workDays = Weekdays(0b0001111);
    QVERIFY(expected.thresholds.setValue(u"risk_caution_score"_s, 3));
    QVERIFY(expected.thresholds.setValue(u"stage_due_soon_days"_s, 10));
    QVERIFY(db.open(m_db, Database::Access::ReadOnly).ok());
    QCOMPARE(*ProfileStore(db).load(), expected);

    const Run shown = cli({u"profile"_s, u"show"_s, u"--json"_s});
    VERIFY_EXIT(shown, 0);
    const QJsonObject profile = QJsonDocument::fromJson(shown.rawOut).object();
    QCOMPARE(profile.value(u"bank_details"_s).toString(), u"FI49 5000 9420 0287 30"_s);
    QCOMPARE(profile.value(u"thresholds"_s)[u"risk_caution_score"_s].toInt(), 3);
    QCOMPARE(profile.value(u"backups_to_keep"_s).toInt(), 30);
}

void TestCliEdits::profileSet_rushSurchargeSetShownAndTakenAway()
{
    VERIFY_EXIT(cli({u"profile"_s, u"set"_s, u"--rush-surcharge"_s, u"25"_s}), 0);
    {
        Database db;
        QVERIFY(db.open(m_db, Database::Access::ReadOnly).ok());
        QCOMPARE(ProfileStore(db).load()->rushSurchargePercent, std::optional<int>(25));
    }
    const Run shown = cli({u"profile"_s, u"show"_s, u"--json"_s});
    VERIFY_EXIT(shown, 0);
    QCOMPARE(QJsonDocument::fromJson(shown.rawOut).object().value(u"rush_surcharge_percent"_s).toInt(), 25);
    const Run text = cli({u"profile"_s, u"show"_s});
    VERIFY_EXIT(text, 0);
    QVERIFY2(text.out.contains(u"Rush surcharge"_s) && text.out.contains(u"25 %"_s), qPrintable(text.out));

    VERIFY_EXIT(cli({u"profile"_s, u"set"_s, u"--rush-surcharge"_s, u"none"_s}), 0);
    Database db;
    QVERIFY(db.open(m_db, Database::Access::ReadOnly).ok());
    QVERIFY(!ProfileStore(db).load()->rushSurchargePercent);
    const Run gone = cli({u"profile"_s, u"show"_s, u"--json"_s});
    QVERIFY(!QJsonDocument::fromJson(gone.rawOut).object().contains(u"rush_surcharge_percent"_s));
}

void TestCliEdits::profileSet_badInput_changesNothing_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("nothing") << QStringList{} << u"profile set: nothing to change"_s;
    QTest::newRow("currency") << QStringList{u"--currency"_s, u"euro"_s} << u"--currency: \"euro\""_s;
    QTest::newRow("threshold key") << QStringList{u"--threshold"_s, u"patience=3"_s} << u"--threshold: \"patience=3\""_s;
    QTest::newRow("threshold value") << QStringList{u"--threshold"_s, u"risk_caution_score=-1"_s}
                                     << u"--threshold: \"risk_caution_score=-1\""_s;
    QTest::newRow("floor rate") << QStringList{u"--floor-rate"_s, u"45,50"_s} << u"--floor-rate: "_s;
    QTest::newRow("guarantee") << QStringList{u"--guarantee"_s, u"101"_s} << u"--guarantee: \"101\""_s;
    QTest::newRow("no backups") << QStringList{u"--backups-to-keep"_s, u"0"_s} << u"--backups-to-keep: \"0\""_s;
    QTest::newRow("rush surcharge") << QStringList{u"--rush-surcharge"_s, u"501"_s} << u"--rush-surcharge: \"501\""_s;
    QTest::newRow("rush surcharge word") << QStringList{u"--rush-surcharge"_s, u"lots"_s}
                                         << u"--rush-surcharge: \"lots\""_s;
}

void TestCliEdits::profileSet_badInput_changesNothing()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const QByteArray before = contentHash();
    const Run run = cli(QStringList{u"profile"_s, u"set"_s} + args);
    VERIFY_EXIT(run, 2);
    QVERIFY2(run.err.startsWith(u"neuvo-cli: "_s + message), qPrintable(run.err));
    QCOMPARE(contentHash(), before);
}

// ---------------------------------------------------------------- the file

void TestCliEdits::edits_whileAnotherNeuvoHasIt_fileRefusesReadersGoOn_serverAccepts()
{
    if (test::onServer()) {
        // The writer lock is the SQLite file's (one writer per file). On a
        // server many write at once: with another Neuvo connected, the same
        // edits go through, and row versions guard each record.
        Database running;
        QVERIFY(running.open(m_db));
        VERIFY_EXIT(cli({u"pay"_s, u"6"_s, u"1"_s, u"10"_s}), 0);
        VERIFY_EXIT(cli({u"client"_s, u"add"_s, u"Aino"_s}), 0);
        const auto clients = ClientStore(running).list();
        QVERIFY(clients);
        QVERIFY(std::any_of(clients->cbegin(), clients->cend(), [](const Client &c) { return c.name == u"Aino"_s; }));
        return;
    }
    QProcess other; // stands in for a running Neuvo: a live process in the lock file
    other.start(u"sleep"_s, {u"60"_s});
    QVERIFY(other.waitForStarted());
    {
        QFile lock(m_db + u".lock"_s);
        QVERIFY(lock.open(QIODevice::WriteOnly));
        lock.write(QByteArray::number(other.processId()) + "\nsleep\n" + QSysInfo::machineHostName().toUtf8() + '\n');
    }
    const QByteArray before = contentHash();
    for (const QStringList &edit : {QStringList{u"pay"_s, u"6"_s, u"1"_s, u"10"_s},
                                    QStringList{u"client"_s, u"add"_s, u"Aino"_s},
                                    QStringList{u"observe"_s, u"5"_s, u"disrespect"_s}}) {
        const Run run = cli(edit);
        VERIFY_EXIT(run, 1);
        QVERIFY2(run.err.contains(u"already open in another Neuvo"_s), qPrintable(run.err));
    }
    QCOMPARE(contentHash(), before);
    VERIFY_EXIT(cli({u"client"_s, u"show"_s, u"5"_s}), 0);
    VERIFY_EXIT(cli({u"promise"_s, u"list"_s}), 0);
    // The JSON of one record comes from the export, which reads in one
    // snapshot: that works read-only too.
    const Run json = cli({u"client"_s, u"show"_s, u"5"_s, u"--json"_s});
    VERIFY_EXIT(json, 0);
    QCOMPARE(QJsonDocument::fromJson(json.rawOut).object().value(u"name"_s).toString(), u"Elina Öhman"_s);
    VERIFY_EXIT(cli({u"export"_s}), 0);
    other.kill();
    other.waitForFinished();
}

void TestCliEdits::edits_missingDatabase_isNotCreated()
{
    const QString missing = test::missingDatabase(m_dir->filePath(u"typo.sqlite"_s));
    const Run run = test::runCliInProcess({u"--db"_s, missing, u"client"_s, u"add"_s, u"Aino"_s});
    VERIFY_EXIT(run, 1);
    QVERIFY2(run.err.contains(u"does not exist"_s), qPrintable(run.err));
    QVERIFY(!QFile::exists(missing));
}

QTEST_GUILESS_MAIN(TestCliEdits)
#include "tst_cli_edits.moc"
