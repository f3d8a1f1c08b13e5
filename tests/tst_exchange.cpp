#include "core/storage/database.h"
#include "core/exchange/exchange.h"
#include "core/storage/invoicestore.h"
#include "core/storage/stores.h"
#include "testutil.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using namespace neuvo;

namespace {

QByteArray readFixture(const QString &name)
{
    QFile file(QStringLiteral(NEUVO_TEST_DATA_DIR "/exchange/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read fixture %s", qPrintable(file.fileName()));
    return file.readAll();
}

// One step of a JSON path such as `projects[0].stages[1].amount`.
struct Step
{
    QString key;    // set for an object member
    int index = -1; // set for an array element
};

QList<Step> parsePath(const QString &path)
{
    static const QRegularExpression token(u"([^.\\[\\]]+)|\\[(\\d+)\\]"_s);
    QList<Step> steps;
    auto it = token.globalMatch(path);
    while (it.hasNext()) {
        const auto match = it.next();
        if (match.hasCaptured(1))
            steps << Step{match.captured(1)};
        else
            steps << Step{QString(), match.captured(2).toInt()};
    }
    return steps;
}

// The node with the value at `steps` replaced, or removed when value is
// empty. Qt's JSON types are values, so the path is rebuilt on the way out.
QJsonValue edited(const QJsonValue &node, const QList<Step> &steps, qsizetype i,
                  const std::optional<QJsonValue> &value)
{
    const Step &step = steps.at(i);
    const bool last = i == steps.size() - 1;
    if (step.index < 0) {
        QJsonObject object = node.toObject();
        if (!last)
            object.insert(step.key, edited(object.value(step.key), steps, i + 1, value));
        else if (value)
            object.insert(step.key, *value);
        else
            object.remove(step.key);
        return object;
    }
    QJsonArray array = node.toArray();
    if (!last)
        array.replace(step.index, edited(array.at(step.index), steps, i + 1, value));
    else if (value)
        array.replace(step.index, *value);
    else
        array.removeAt(step.index);
    return array;
}

// `valueJson` is a JSON value as text, or "<remove>" to drop the key.
QByteArray editDocument(const QByteArray &json, const QString &path, const QString &valueJson)
{
    std::optional<QJsonValue> value;
    if (valueJson != u"<remove>"_s) {
        const QJsonDocument wrapper = QJsonDocument::fromJson("[" + valueJson.toUtf8() + "]");
        if (!wrapper.isArray())
            qFatal("bad test value %s", qPrintable(valueJson));
        value = wrapper.array().at(0);
    }
    const QJsonValue root = QJsonDocument::fromJson(json).object();
    return QJsonDocument(edited(root, parsePath(path), 0, value).toObject()).toJson();
}

// The value as JSON text with every object's keys in reverse order: an
// export writes them sorted, a person or another program may not.
QByteArray reversedKeys(const QJsonValue &value)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        QByteArrayList members;
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            members.prepend(QJsonDocument(QJsonArray{it.key()}).toJson(QJsonDocument::Compact).mid(1).chopped(1)
                            + ':' + reversedKeys(it.value()));
        return '{' + members.join(',') + '}';
    }
    if (value.isArray()) {
        QByteArrayList elements;
        for (const QJsonValue &e : value.toArray())
            elements << reversedKeys(e);
        return '[' + elements.join(',') + ']';
    }
    return QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
}

// Makes db refuse a row of table whose column holds value, a rule the
// stores do not know of: a CHECK constraint on the server, a trigger in
// SQLite (which cannot add a constraint to an existing table). Either
// refusal names refused_by_test.
bool refuseRows(Database &db, const QString &table, const QString &column, const QString &value)
{
    const QString sql =
        test::onServer()
            ? u"ALTER TABLE %1 ADD CONSTRAINT refused_by_test CHECK (%2 <> '%3')"_s.arg(table, column, value)
            : u"CREATE TRIGGER refused_by_test BEFORE INSERT ON %1 WHEN NEW.%2 = '%3' "
              "BEGIN SELECT RAISE(ABORT, 'refused_by_test'); END"_s.arg(table, column, value);
    QSqlQuery ddl(db.connection());
    if (!ddl.exec(sql)) {
        qWarning("%s", qPrintable(ddl.lastError().text()));
        return false;
    }
    return true;
}

// The prepared statements of db's session on the server (0 on SQLite).
int preparedOnServer(Database &db)
{
    if (!test::onServer())
        return 0;
    QSqlQuery count(db.connection());
    if (!count.exec(u"SELECT count(*) FROM pg_prepared_statements"_s) || !count.next())
        return -1;
    return count.value(0).toInt();
}

} // namespace

class Tst_exchange : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void fixtureRoundTripsExactly();
    void exportImportExportIsIdentical();
    void emptyDatabaseRoundTrips();
    void optionalKeysMayBeOmitted();
    void backupsToKeep_carriedByTheProfile();
    void rushSurcharge_optionalInNeuvo2();
    void importIntoNonEmptyDatabaseRemapsIds();
    void rowChecksAreOnAgainAfterImport();
    void invalidDocumentChangesNothing_data();
    void invalidDocumentChangesNothing();
    void invalidSyntaxChangesNothing_data();
    void invalidSyntaxChangesNothing();
    void invalidImportIntoEmptyDatabaseWritesNothing();
    void manyProblemsAreAllReported();
    void keysInAnyOrderAreRead();
    void unknownKeysAreReportedInKeyOrder();
    void documentedExampleRoundTrips();
    void neuvo1FileStillImports();
    void neuvo2RequiresItsNewKeys();
    void invoiceProblemsNameTheirPath_data();
    void invoiceProblemsNameTheirPath();
    void invoiceNumberAlreadyIssued_isRefused();
    void version1FixIsReadAsRound();
    void keyOrderDoesNotMatter();
    void keyOrderDoesNotMatterWhenMerging();
    void fileImportsInChunks();
    void problemsAcrossChunksNameTheirLine_data();
    void problemsAcrossChunksNameTheirLine();
    void refusedProfileRow_namedAsTheProfile();
    void refusedImport_freesServerStatements();

private:
    // A new database: the file name in the temporary folder, or on the
    // server a database of its own (the suite's one for the test's main
    // database, emptied for each test).
    std::unique_ptr<Database> openDatabase(const QString &name, bool suite = false);
    // A client and a custom profile, as a database in use would have.
    Client storeExistingClient();
    QByteArray exported(Database &db);
    // The fixture's root keys in the given order (export writes them in
    // alphabetical order: "clients" before "format", "invoices" before
    // "projects").
    QByteArray withRootKeysIn(const QStringList &order) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    QByteArray m_fixture;
};

void Tst_exchange::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_fixture = readFixture(u"full.json"_s);
}

void Tst_exchange::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = openDatabase(u"main.sqlite"_s, true);
    QVERIFY(m_db);
}

void Tst_exchange::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

std::unique_ptr<Database> Tst_exchange::openDatabase(const QString &name, bool suite)
{
    auto db = std::make_unique<Database>();
    const QString file = m_dir->filePath(name);
    const auto opened = db->open(suite ? test::suiteDatabase(file) : test::freshDatabase(file));
    if (!opened) {
        qWarning("%s", qPrintable(opened.error()));
        return nullptr;
    }
    return db;
}

Client Tst_exchange::storeExistingClient()
{
    Profile profile;
    profile.rowVersion = ProfileStore(*m_db).load()->rowVersion; // replaces the stored one
    profile.name = u"Olemassa oleva käyttäjä"_s;
    profile.currency = u"SEK"_s;
    profile.floorRateMinor = 50000;
    profile.thresholds.setValue(u"risk_decline_score"_s, 9);
    if (auto saved = ProfileStore(*m_db).save(profile); !saved)
        qFatal("%s", qPrintable(saved.error()));

    Client client;
    client.name = u"Существующий клиент"_s;
    client.company = u"Vanha Oy"_s;
    client.type = ClientType::Agency;
    client.timeZone = u"Europe/Helsinki"_s;
    if (auto created = ClientStore(*m_db).create(client); !created)
        qFatal("%s", qPrintable(created.error()));

    Project project;
    project.clientId = client.id;
    project.title = u"Olemassa oleva projekti"_s;
    project.basePriceMinor = 50000;
    project.stages = {PaymentStage{0, 0, 0, u"Kaikki"_s, 50000, QDate(2026, 1, 10), {}, {}, 0}};
    if (auto created = ProjectStore(*m_db).create(project); !created)
        qFatal("%s", qPrintable(created.error()));
    return client;
}

QByteArray Tst_exchange::exported(Database &db)
{
    const auto json = Exchange::exportJson(db);
    if (!json) {
        qWarning("%s", qPrintable(json.error()));
        return {};
    }
    return *json;
}

void Tst_exchange::fixtureRoundTripsExactly()
{
    const auto summary = Exchange::importJson(*m_db, m_fixture);
    QVERIFY2(summary.ok(), qPrintable(summary.ok() ? QString() : summary.error()));
    QCOMPARE(summary->clients, 3);
    QCOMPARE(summary->projects, 3);
    QCOMPARE(summary->interactions, 3);
    QCOMPARE(summary->promises, 2);
    QCOMPARE(summary->observations, 2);
    QCOMPARE(summary->invoices, 3);
    QVERIFY(summary->profileApplied);

    // The file's ids are kept in an empty database.
    const auto aino = ClientStore(*m_db).get(1);
    QVERIFY(aino.ok());
    QCOMPARE(aino->name, u"Aino Virtanen"_s);
    const auto project = ProjectStore(*m_db).get(3);
    QVERIFY(project.ok());
    QCOMPARE(project->stages.size(), 4);
    QCOMPARE(project->stages.at(1).id, 100); // stage order is the array order, not id order
    QCOMPARE(project->stages.at(1).paidMinor, 15050);
    QCOMPARE(ProjectStore(*m_db).get(7)->basePriceMinor, 50000); // JPY has no decimals
    QCOMPARE(ProfileStore(*m_db).load()->thresholds.value(u"risk_decline_score"), 7);
    // neuvo/2: tax settings, billing details, issued invoices as issued.
    const Profile profile = *ProfileStore(*m_db).load();
    QCOMPARE(profile.vatStatus, VatStatus::Registered);
    QCOMPARE(profile.vatRateTenths, 255);
    QCOMPARE(profile.vatExemptionTexts.value(u"ru"_s), u"Без НДС (п. 2 ст. 346.11 НК РФ)"_s);
    QCOMPARE(aino->vatId, u"FI23456780"_s);
    QCOMPARE(project->vatRateTenths, std::optional<int>(140));
    QVERIFY(ProjectStore(*m_db).get(7)->reverseCharge);
    const auto invoice = InvoiceStore(*m_db).findByNumber(u"AM-2026-0001"_s);
    QVERIFY(invoice.ok());
    QCOMPARE(invoice->invoice.totals.gross, 34200);
    QCOMPARE(invoice->paid, 17100);
    QCOMPARE(invoice->invoice.stageId, 102);
    const auto cancelled = InvoiceStore(*m_db).findByNumber(u"AM-2026-0002"_s);
    QCOMPARE(cancelled->creditNoteNumber, u"AM-2026-0003"_s);

    const QByteArray out = exported(*m_db);
    QCOMPARE(QJsonDocument::fromJson(out), QJsonDocument::fromJson(m_fixture));
    // The fixture is in canonical form, so even the bytes agree.
    QCOMPARE(out, m_fixture);
}

void Tst_exchange::exportImportExportIsIdentical()
{
    QVERIFY(Exchange::importJson(*m_db, m_fixture).ok());
    const QByteArray first = exported(*m_db);
    QVERIFY(!first.isEmpty());

    auto other = openDatabase(u"other.sqlite"_s);
    QVERIFY(other);
    const auto summary = Exchange::importJson(*other, first);
    QVERIFY2(summary.ok(), qPrintable(summary.ok() ? QString() : summary.error()));
    QCOMPARE(exported(*other), first);
}

void Tst_exchange::emptyDatabaseRoundTrips()
{
    const QByteArray empty = exported(*m_db);
    const QJsonObject root = QJsonDocument::fromJson(empty).object();
    QCOMPARE(root.value(u"format"_s).toString(), u"neuvo/2"_s);
    QCOMPARE(root.value(u"clients"_s).toArray().size(), 0);
    QCOMPARE(root.value(u"invoices"_s).toArray().size(), 0);
    QCOMPARE(root.value(u"projects"_s).toArray().size(), 0);
    // Every threshold is written, so a reader never has to guess defaults.
    QCOMPARE(root.value(u"profile"_s).toObject().value(u"thresholds"_s).toObject().size(),
             RuleThresholds::all().size());

    auto other = openDatabase(u"other.sqlite"_s);
    QVERIFY(other);
    const auto summary = Exchange::importJson(*other, empty);
    QVERIFY(summary.ok());
    QCOMPARE(summary->clients, 0);
    QVERIFY(summary->profileApplied);
    QCOMPARE(exported(*other), empty);
}

void Tst_exchange::optionalKeysMayBeOmitted()
{
    // Child lists, nullable fields, single thresholds and the whole profile
    // may be left out; everything else is required.
    const QByteArray minimal = R"({
        "format": "neuvo/1",
        "clients": [ { "id": 5, "name": "Minimi", "company": "", "type": "individual",
                       "source": "other", "email": "", "phone": "", "messenger": "",
                       "preferred_channel": "email", "contact_days": ["sat"],
                       "time_zone": "UTC", "notes": "", "status": "prospect",
                       "promises": [ { "id": 1, "what": "Soitan", "due_on": "2026-05-01" } ] } ],
        "projects": [ { "id": 2, "client": 5, "title": "Pieni", "scope": "", "status": "lead",
                        "currency": "EUR", "base_price": "10", "nda": false,
                        "nda_markup_percent": 30,
                        "discount": { "kind": "none", "reason": "", "concession": "",
                                      "for_future_orders": false },
                        "estimated_hours": 1, "internal_margin_days": 0, "guarantee_percent": 50,
                        "revisions_included": 2, "contract_number": "",
                        "contract_term_months": 0 } ]
    })";
    const auto summary = Exchange::importJson(*m_db, minimal);
    QVERIFY2(summary.ok(), qPrintable(summary.ok() ? QString() : summary.error()));
    QVERIFY(!summary->profileApplied); // no profile in the file
    QCOMPARE(summary->promises, 1);

    const auto client = ClientStore(*m_db).get(5);
    QVERIFY(client.ok());
    QVERIFY(!client->contactFrom.isValid());
    QCOMPARE(client->contactDays, Weekdays(1u << 5));
    const auto project = ProjectStore(*m_db).get(2);
    QVERIFY(project.ok());
    QCOMPARE(project->basePriceMinor, 1000);
    QVERIFY(!project->firstOfferMinor);
    QVERIFY(!project->deadline.isValid());
    QVERIFY(project->stages.isEmpty());
    const auto promises = PromiseStore(*m_db).list();
    QCOMPARE(promises->constFirst().projectId, 0);
    QVERIFY(!promises->constFirst().doneOn.isValid());
    QCOMPARE(*ProfileStore(*m_db).load(), Profile());

    // A profile with one threshold leaves the others at their defaults.
    auto other = openDatabase(u"other.sqlite"_s);
    QVERIFY(other);
    QJsonObject root = QJsonDocument::fromJson(exported(*other)).object();
    QJsonObject profile = root.value(u"profile"_s).toObject();
    profile.insert(u"thresholds"_s, QJsonObject{{u"stage_due_soon_days"_s, 3}});
    root.insert(u"profile"_s, profile);
    QVERIFY(Exchange::importJson(*other, QJsonDocument(root).toJson()).ok());
    const auto loaded = ProfileStore(*other).load();
    QCOMPARE(loaded->thresholds.value(u"stage_due_soon_days"), 3);
    QCOMPARE(loaded->thresholds.value(u"risk_decline_score"), 6);
    // A file from before the number of backups moved into the profile.
    QCOMPARE(loaded->backupsToKeep, Profile::DefaultBackupsToKeep);
}

void Tst_exchange::backupsToKeep_carriedByTheProfile()
{
    // The fixture keeps 30; the number travels with the profile, and a file
    // without it still imports and keeps the default.
    QVERIFY(Exchange::importJson(*m_db, m_fixture).ok());
    QCOMPARE(ProfileStore(*m_db).load()->backupsToKeep, 30);
    const QJsonObject root = QJsonDocument::fromJson(exported(*m_db)).object();
    QCOMPARE(root.value(u"profile"_s).toObject().value(u"backups_to_keep"_s).toInt(), 30);

    auto older = openDatabase(u"older.sqlite"_s);
    QVERIFY(older);
    const auto imported = Exchange::importJson(*older, editDocument(m_fixture, u"profile.backups_to_keep"_s, u"<remove>"_s));
    QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error()));
    QVERIFY(imported->profileApplied);
    QCOMPARE(ProfileStore(*older).load()->backupsToKeep, Profile::DefaultBackupsToKeep);
}

void Tst_exchange::rushSurcharge_optionalInNeuvo2()
{
    // The fixture has none: absent on export, none after import.
    QVERIFY(Exchange::importJson(*m_db, m_fixture).ok());
    QVERIFY(!ProfileStore(*m_db).load()->rushSurchargePercent);
    QVERIFY(!QJsonDocument::fromJson(exported(*m_db)).object().value(u"profile"_s).toObject()
                 .contains(u"rush_surcharge_percent"_s));

    // Set: it travels with the profile.
    auto with = openDatabase(u"rush.sqlite"_s);
    QVERIFY(with);
    const auto imported = Exchange::importJson(*with, editDocument(m_fixture, u"profile.rush_surcharge_percent"_s, u"40"_s));
    QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error()));
    QCOMPARE(ProfileStore(*with).load()->rushSurchargePercent, std::optional<int>(40));
    QCOMPARE(QJsonDocument::fromJson(exported(*with)).object().value(u"profile"_s).toObject()
                 .value(u"rush_surcharge_percent"_s).toInt(),
             40);

    // Null is none; out of range or not a number is refused with its path.
    auto nulled = openDatabase(u"rush-null.sqlite"_s);
    QVERIFY(Exchange::importJson(*nulled, editDocument(m_fixture, u"profile.rush_surcharge_percent"_s, u"null"_s)).ok());
    QVERIFY(!ProfileStore(*nulled).load()->rushSurchargePercent);
    for (const QString &bad : {u"0"_s, u"501"_s, u"\"20\""_s}) {
        auto refused = openDatabase(u"rush-bad.sqlite"_s);
        const auto result = Exchange::importJson(*refused, editDocument(m_fixture, u"profile.rush_surcharge_percent"_s, bad));
        QVERIFY2(!result.ok(), qPrintable(bad));
        QVERIFY2(result.error().contains(u"profile.rush_surcharge_percent"_s), qPrintable(result.error()));
    }
}

void Tst_exchange::importIntoNonEmptyDatabaseRemapsIds()
{
    const Client existing = storeExistingClient();
    QCOMPARE(existing.id, 1); // the same id as Aino in the file
    const Profile profileBefore = *ProfileStore(*m_db).load();
    const auto projectsBefore = ProjectStore(*m_db).list();

    const auto summary = Exchange::importJson(*m_db, m_fixture);
    QVERIFY2(summary.ok(), qPrintable(summary.ok() ? QString() : summary.error()));
    QCOMPARE(summary->clients, 3);
    QCOMPARE(summary->projects, 3);
    QVERIFY(!summary->profileApplied);
    QCOMPARE(*ProfileStore(*m_db).load(), profileBefore);
    QCOMPARE(*ClientStore(*m_db).get(existing.id), existing);
    QCOMPARE(*ProjectStore(*m_db).get(projectsBefore->constFirst().id), projectsBefore->constFirst());

    const auto clients = ClientStore(*m_db).list();
    QCOMPARE(clients->size(), 4);
    auto byName = [&](const QString &name) {
        for (const Client &c : *clients) {
            if (c.name == name)
                return c;
        }
        return Client();
    };
    const Client aino = byName(u"Aino Virtanen"_s);
    const Client ivan = byName(u"Иван Петров"_s);
    QVERIFY(aino.id > 0 && aino.id != existing.id);
    QVERIFY(ivan.id > 0);
    QCOMPARE(aino.company, u"Kahvila Pöllö Oy"_s);

    const auto ainoProjects = ProjectStore(*m_db).listForClient(aino.id);
    QCOMPARE(ainoProjects->size(), 2);
    Project website;
    for (const Project &p : *ainoProjects) {
        if (p.title == u"Verkkosivun tekstit"_s)
            website = p;
    }
    QVERIFY(website.id > 0);
    QCOMPARE(website.stages.size(), 4);
    QCOMPARE(website.stages.at(0).title, u"Analyysi"_s);
    QCOMPARE(website.stages.at(1).title, u"Rakenne"_s);
    QCOMPARE(website.revisions.size(), 2);
    QCOMPARE(website.priceChanges.size(), 2);
    QCOMPARE(ProjectStore(*m_db).listForClient(ivan.id)->size(), 1);

    // References inside the file follow the new ids.
    const auto interactions = InteractionStore(*m_db).list(aino.id);
    QCOMPARE(interactions->size(), 2);
    for (const Interaction &i : *interactions) {
        if (i.kind == InteractionKind::Agreement)
            QCOMPARE(i.projectId, website.id);
        else
            QCOMPARE(i.projectId, 0);
    }
    QCOMPARE(PromiseStore(*m_db).list(aino.id)->constFirst().projectId, website.id);
    QCOMPARE(ObservationStore(*m_db).list(ivan.id)->size(), 2);
    QCOMPARE(ObservationStore(*m_db).list(existing.id)->size(), 0);

    // Invoices follow too: client, project, stage and the cancelled invoice.
    const auto invoice = InvoiceStore(*m_db).findByNumber(u"AM-2026-0001"_s);
    QVERIFY(invoice.ok());
    QCOMPARE(invoice->invoice.clientId, aino.id);
    QCOMPARE(invoice->invoice.projectId, website.id);
    QCOMPARE(invoice->invoice.stageId, website.stages.at(2).id);
    QCOMPARE(invoice->paid, 17100);
    const auto credit = InvoiceStore(*m_db).findByNumber(u"AM-2026-0003"_s);
    QCOMPARE(credit->invoice.creditedInvoiceId, InvoiceStore(*m_db).findByNumber(u"AM-2026-0002"_s)->invoice.id);
}

// Into an empty file the import writes its rows without their CHECK
// constraints and checks them all before COMMIT; afterwards, whether the
// import succeeded or not, the connection checks every row again.
void Tst_exchange::rowChecksAreOnAgainAfterImport()
{
    // A client of a type no CHECK allows, written past the stores: the
    // refusal in SQLite's words or PostgreSQL's.
    const auto badClientRefused = [this]() -> QString {
        QSqlQuery insert(m_db->connection());
        if (insert.exec(u"INSERT INTO client (name, type, source, preferred_channel, status) "
                        "VALUES ('x', 'robot', 'cold', 'email', 'active')"_s))
            return u"inserted"_s;
        const QString why = insert.lastError().databaseText();
        return why.contains(u"violates check constraint"_s) ? u"CHECK constraint failed: "_s + why : why;
    };

    // A document the reader refuses, into the empty file: nothing written.
    QByteArray broken = m_fixture;
    broken.replace("\"channel\": \"email\"", "\"channel\": \"pigeon\"");
    QVERIFY(broken != m_fixture);
    QVERIFY(!Exchange::importJson(*m_db, broken).ok());
    QCOMPARE(*ClientStore(*m_db).count(), 0);
    QVERIFY2(badClientRefused().contains(u"CHECK constraint failed"_s), qPrintable(badClientRefused()));

    const auto summary = Exchange::importJson(*m_db, m_fixture);
    QVERIFY2(summary.ok(), qPrintable(summary.ok() ? QString() : summary.error()));
    QVERIFY2(badClientRefused().contains(u"CHECK constraint failed"_s), qPrintable(badClientRefused()));
    QCOMPARE(exported(*m_db), m_fixture);
}

void Tst_exchange::invalidDocumentChangesNothing_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected"); // the start of one line of the error

    QTest::newRow("bad amount") << u"projects[0].stages[1].amount"_s << u"\"12,5x\""_s
                                << u"projects[0].stages[1].amount: \"12,5x\" is not a decimal amount"_s;
    QTest::newRow("too many decimals") << u"projects[0].base_price"_s << u"\"1000.001\""_s
                                       << u"projects[0].base_price: \"1000.001\" has more decimals than EUR allows (2)"_s;
    QTest::newRow("decimals in JPY") << u"projects[2].base_price"_s << u"\"50000.5\""_s
                                     << u"projects[2].base_price: \"50000.5\" has more decimals than JPY allows (0)"_s;
    QTest::newRow("negative amount") << u"projects[0].stages[0].paid"_s << u"\"-1.00\""_s
                                     << u"projects[0].stages[0].paid: \"-1.00\": a negative amount is not allowed here"_s;
    QTest::newRow("amount as number") << u"projects[0].first_offer"_s << u"400"_s
                                      << u"projects[0].first_offer: expected a decimal string such as \"1200.00\", not a number"_s;
    QTest::newRow("bad enum id") << u"clients[0].type"_s << u"\"vip\""_s
                                 << u"clients[0].type: \"vip\" is not one of individual, small_business, large_company, agency"_s;
    QTest::newRow("bad nested enum") << u"projects[0].revisions[1].kind"_s << u"\"extra\""_s
                                     << u"projects[0].revisions[1].kind: \"extra\" is not one of round, error, change"_s;
    QTest::newRow("bad pattern") << u"clients[1].observations[0].pattern"_s << u"\"rude\""_s
                                 << u"clients[1].observations[0].pattern: \"rude\" is not one of disrespect,"_s;
    QTest::newRow("unknown top-level key") << u"colour"_s << u"\"red\""_s << u"colour: unknown key"_s;
    QTest::newRow("unknown client key") << u"clients[2].colour"_s << u"\"red\""_s
                                        << u"clients[2].colour: unknown key"_s;
    QTest::newRow("unknown nested key") << u"projects[0].discount.colour"_s << u"1"_s
                                        << u"projects[0].discount.colour: unknown key"_s;
    QTest::newRow("unknown stage key") << u"projects[1].stages[1].position"_s << u"2"_s
                                       << u"projects[1].stages[1].position: unknown key"_s;
    QTest::newRow("no backups kept") << u"profile.backups_to_keep"_s << u"0"_s
                                     << u"profile.backups_to_keep: 0 is"_s;
    QTest::newRow("hour 24") << u"clients[0].interactions[0].at"_s << u"\"2026-01-01T24:00:00Z\""_s
                             << u"clients[0].interactions[0].at: \"2026-01-01T24:00:00Z\" is not a UTC timestamp"_s;
    QTest::newRow("offset as a zone") << u"clients[0].time_zone"_s << u"\"UTC+5\""_s
                                      << u"clients[0].time_zone: \"UTC+5\" is not a known time zone"_s;
    QTest::newRow("zoneinfo file as a zone") << u"clients[0].time_zone"_s << u"\"posixrules\""_s
                                             << u"clients[0].time_zone: \"posixrules\" is not a known time zone"_s;
    QTest::newRow("zone with a NUL") << u"clients[0].time_zone"_s << u"\"Europe/Helsinki\\u0000x\""_s
                                     << u"clients[0].time_zone: \"Europe/Helsinki"_s;
    QTest::newRow("not an ISO 4217 currency") << u"projects[0].currency"_s << u"\"ZZZ\""_s
                                              << u"projects[0].currency: \"ZZZ\" is not a three-letter ISO 4217"_s;
    QTest::newRow("padded amount") << u"projects[0].base_price"_s << u"\" 10.00\""_s
                                   << u"projects[0].base_price: \" 10.00\" is not a decimal amount such as"_s;
    QTest::newRow("grouped amount") << u"projects[0].base_price"_s << u"\"1 000.00\""_s
                                    << u"projects[0].base_price: \"1 000.00\" is not a decimal amount such as"_s;
    // Limits: a field beyond its maximum length is named with its length,
    // and a rejected value is quoted only in part.
    QTest::newRow("name too long") << u"clients[0].name"_s << u"\"%1\""_s.arg(QString(300, u'A'))
                                   << u"clients[0]: Name: 300 characters is too long; at most 200 fit."_s;
    QTest::newRow("summary too long")
        << u"clients[0].interactions[0].summary"_s << u"\"%1\""_s.arg(QString(50'001, u's'))
        << u"clients[0].interactions[0]: Summary: 50001 characters is too long"_s;
    QTest::newRow("huge bad amount quoted in part")
        << u"projects[0].base_price"_s << u"\"%1\""_s.arg(QString(100'000, u'9') + u'x')
        << u"projects[0].base_price: \"%1\u2026\" is not a decimal amount"_s.arg(QString(79, u'9'));
    QTest::newRow("amount beyond the maximum")
        << u"projects[0].stages[0].amount"_s << u"\"10000000000000.01\""_s
        << u"projects[0]: Stage amount: "_s;
    QTest::newRow("unknown threshold") << u"profile.thresholds.mood"_s << u"3"_s
                                       << u"profile.thresholds.mood: unknown key"_s;
    QTest::newRow("missing name") << u"clients[1].name"_s << u"<remove>"_s << u"clients[1].name: missing"_s;
    QTest::newRow("missing stage id") << u"projects[1].stages[0].id"_s << u"<remove>"_s
                                      << u"projects[1].stages[0].id: missing"_s;
    QTest::newRow("missing format") << u"format"_s << u"<remove>"_s << u"format: missing"_s;
    QTest::newRow("missing discount") << u"projects[2].discount"_s << u"<remove>"_s
                                      << u"projects[2].discount: missing"_s;
    QTest::newRow("wrong type boolean") << u"projects[0].nda"_s << u"\"yes\""_s
                                        << u"projects[0].nda: expected a boolean, not a string"_s;
    QTest::newRow("wrong type array") << u"clients"_s << u"{}"_s
                                      << u"clients: expected an array, not an object"_s;
    QTest::newRow("wrong type string") << u"clients[0].notes"_s << u"5"_s
                                       << u"clients[0].notes: expected a string, not a number"_s;
    QTest::newRow("wrong type element") << u"projects[0].stages[2]"_s << u"5"_s
                                        << u"projects[0].stages[2]: expected an object, not a number"_s;
    QTest::newRow("null not allowed") << u"clients[0].email"_s << u"null"_s
                                      << u"clients[0].email: must not be null"_s;
    QTest::newRow("empty name") << u"clients[0].name"_s << u"\"  \""_s << u"clients[0].name: must not be empty"_s;
    QTest::newRow("fractional id") << u"clients[2].id"_s << u"9.5"_s << u"clients[2].id: 9.5 is not a whole number"_s;
    QTest::newRow("zero id") << u"clients[2].id"_s << u"0"_s << u"clients[2].id: 0 is less than 1"_s;
    QTest::newRow("dangling client") << u"projects[0].client"_s << u"7"_s
                                     << u"projects[0].client: no client with id 7 in this file"_s;
    QTest::newRow("dangling project in interaction") << u"clients[0].interactions[1].project"_s << u"99"_s
                                                     << u"clients[0].interactions[1].project: no project with id 99 in this file"_s;
    QTest::newRow("dangling project in promise") << u"clients[1].promises[0].project"_s << u"42"_s
                                                 << u"clients[1].promises[0].project: no project with id 42 in this file"_s;
    QTest::newRow("duplicate client id") << u"clients[1].id"_s << u"1"_s
                                         << u"clients[1].id: id 1 is used twice (also at clients[0])"_s;
    QTest::newRow("duplicate stage id") << u"projects[1].stages[0].id"_s << u"101"_s
                                        << u"projects[1].stages[0].id: id 101 is used twice (also at projects[0].stages[0])"_s;
    QTest::newRow("duplicate interaction id") << u"clients[1].interactions[0].id"_s << u"10"_s
                                              << u"clients[1].interactions[0].id: id 10 is used twice (also at clients[0].interactions[0])"_s;
    QTest::newRow("wrong format id") << u"format"_s << u"\"neuvo/3\""_s
                                     << u"format: \"neuvo/3\" is not a supported format (expected \"neuvo/2\")"_s;
    QTest::newRow("bad date") << u"projects[0].deadline"_s << u"\"2026-02-30\""_s
                              << u"projects[0].deadline: \"2026-02-30\" is not a date (YYYY-MM-DD)"_s;
    QTest::newRow("year zero") << u"projects[0].deadline"_s << u"\"0000-01-01\""_s
                               << u"projects[0].deadline: \"0000-01-01\" is not a date (YYYY-MM-DD)"_s;
    QTest::newRow("timestamp, second 60") << u"clients[0].interactions[0].at"_s << u"\"2026-03-01T08:15:60Z\""_s
                                          << u"clients[0].interactions[0].at: \"2026-03-01T08:15:60Z\" is not a UTC timestamp"_s;
    QTest::newRow("amount, trailing point") << u"projects[0].base_price"_s << u"\"10.\""_s
                                            << u"projects[0].base_price: \"10.\" is not a decimal amount such as"_s;
    QTest::newRow("local date format") << u"clients[1].observations[1].withdrawn_on"_s << u"\"15.03.2026\""_s
                                       << u"clients[1].observations[1].withdrawn_on: \"15.03.2026\" is not a date (YYYY-MM-DD)"_s;
    QTest::newRow("missing required date") << u"clients[0].promises[0].due_on"_s << u"null"_s
                                           << u"clients[0].promises[0].due_on: must not be null"_s;
    QTest::newRow("bad timestamp") << u"clients[0].interactions[0].at"_s << u"\"2026-03-01 08:15\""_s
                                   << u"clients[0].interactions[0].at: \"2026-03-01 08:15\" is not a UTC timestamp"_s;
    QTest::newRow("timestamp with offset") << u"clients[0].interactions[0].at"_s << u"\"2026-03-01T08:15:00+02:00\""_s
                                           << u"clients[0].interactions[0].at: \"2026-03-01T08:15:00+02:00\" is not a UTC timestamp"_s;
    QTest::newRow("bad time") << u"profile.work_start"_s << u"\"25:00\""_s
                              << u"profile.work_start: \"25:00\" is not a time (HH:MM)"_s;
    QTest::newRow("bad weekday") << u"clients[0].contact_days[2]"_s << u"\"wensday\""_s
                                 << u"clients[0].contact_days[2]: \"wensday\" is not one of mon, tue, wed, thu, fri, sat, sun"_s;
    QTest::newRow("weekday twice") << u"clients[0].contact_days[2]"_s << u"\"mon\""_s
                                   << u"clients[0].contact_days[2]: \"mon\" is listed twice"_s;
    QTest::newRow("bad time zone") << u"clients[0].time_zone"_s << u"\"Mars/Olympus\""_s
                                   << u"clients[0].time_zone: \"Mars/Olympus\" is not a known time zone"_s;
    QTest::newRow("bad currency") << u"projects[1].currency"_s << u"\"rub\""_s
                                  << u"projects[1].currency: \"rub\" is not a three-letter ISO 4217 currency code"_s;
    QTest::newRow("percent out of range") << u"projects[1].discount.value"_s << u"150"_s
                                          << u"projects[1].discount.value: 150 is outside 0–100"_s;
    QTest::newRow("percent as string") << u"projects[1].discount.value"_s << u"\"10\""_s
                                       << u"projects[1].discount.value: expected a whole number, not a string"_s;
    QTest::newRow("value with no discount") << u"projects[2].discount.value"_s << u"5"_s
                                            << u"projects[2].discount.value: must be null when the kind is \"none\""_s;
    QTest::newRow("guarantee out of range") << u"profile.guarantee_percent"_s << u"101"_s
                                            << u"profile.guarantee_percent: 101 is outside 0–100"_s;
    QTest::newRow("negative threshold") << u"profile.thresholds.stage_due_soon_days"_s << u"-1"_s
                                        << u"profile.thresholds.stage_due_soon_days: -1 is less than 0"_s;
    QTest::newRow("stage sum mismatch") << u"projects[0].stages[3].amount"_s << u"\"299.00\""_s
                                        << u"projects[0]: Stages: they sum to"_s;
    QTest::newRow("discount above price") << u"projects[0].discount.value"_s << u"\"5000.00\""_s
                                          << u"projects[0]: Price: The discount"_s;
}

void Tst_exchange::invalidDocumentChangesNothing()
{
    QFETCH(QString, path);
    QFETCH(QString, value);
    QFETCH(QString, expected);

    const Client existing = storeExistingClient();
    const QByteArray before = exported(*m_db);
    QVERIFY(!before.isEmpty());

    const QByteArray document = editDocument(m_fixture, path, value);
    const auto result = Exchange::importJson(*m_db, document);
    QVERIFY2(!result.ok(), "the invalid document was accepted");
    const QStringList lines = result.error().split(u'\n');
    const bool found = std::any_of(lines.cbegin(), lines.cend(),
                                   [&](const QString &line) { return line.startsWith(expected); });
    QVERIFY2(found, qPrintable(u"expected a line starting with\n  "_s + expected + u"\ngot\n  "_s
                               + lines.join(u"\n  "_s)));

    QCOMPARE(*ClientStore(*m_db).count(), 1);
    QCOMPARE(*ClientStore(*m_db).get(existing.id), existing);
    QCOMPARE(ProjectStore(*m_db).list()->size(), 1);
    QCOMPARE(InteractionStore(*m_db).list()->size(), 0);
    QCOMPARE(exported(*m_db), before);
}

void Tst_exchange::invalidSyntaxChangesNothing_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<QString>("expected");

    QTest::newRow("truncated") << m_fixture.left(m_fixture.size() / 2) << u"JSON syntax error at offset "_s;
    QTest::newRow("trailing comma") << QByteArray(R"({"format": "neuvo/1",})")
                                    << u"JSON syntax error at offset "_s;
    QTest::newRow("not an object") << QByteArray("[1, 2]") << u"The file is not a Neuvo exchange document"_s;
    QTest::newRow("empty") << QByteArray() << u"JSON syntax error at offset 0"_s;
    // What QJsonDocument would accept and read wrongly.
    QTest::newRow("duplicate key")
        << QByteArray(R"({"format": "neuvo/2", "clients": [], "clients": [{"id": 1}]})")
        << u"line 1, column 38: the key \"clients\" appears twice in the same object"_s;
    QTest::newRow("duplicate key spelled with an escape")
        << QByteArray("{\"a\": {\"k\": 1,\n \"\\u006b\": 2}}")
        << u"line 2, column 2: the key \"k\" appears twice"_s;
    QTest::newRow("raw control character")
        << QByteArray("{\"format\": \"neuvo/2\", \"profile\": {\"name\": \"A\x01" "B\"}}")
        << u"line 1, column 45: a control character (U+0001) inside a string"_s;
    QTest::newRow("lone first half of a surrogate pair")
        << QByteArray(R"({"format": "neuvo/2", "profile": {"name": "\ud800x"}})")
        << u"line 1, column 44: \\uD800 is the first half of a surrogate pair without its second half."_s;
    QTest::newRow("lone second half of a surrogate pair")
        << QByteArray(R"({"format": "neuvo/2", "profile": {"name": "a\udc00"}})")
        << u"line 1, column 45: \\uDC00 is the second half"_s;
}

void Tst_exchange::invalidSyntaxChangesNothing()
{
    QFETCH(QByteArray, document);
    QFETCH(QString, expected);

    storeExistingClient();
    const QByteArray before = exported(*m_db);
    const auto result = Exchange::importJson(*m_db, document);
    QVERIFY(!result.ok());
    QVERIFY2(result.error().startsWith(expected), qPrintable(result.error()));
    QCOMPARE(exported(*m_db), before);
}

void Tst_exchange::invalidImportIntoEmptyDatabaseWritesNothing()
{
    // The error is in the last record, after everything else was read.
    const QByteArray before = exported(*m_db);
    const QByteArray document = editDocument(m_fixture, u"projects[2].title"_s, u"\"\""_s);
    const auto result = Exchange::importJson(*m_db, document);
    QVERIFY(!result.ok());
    QCOMPARE(result.error(), u"projects[2].title: must not be empty"_s);
    QCOMPARE(*ClientStore(*m_db).count(), 0);
    QCOMPARE(*ProfileStore(*m_db).load(), Profile());
    QCOMPARE(exported(*m_db), before);
}

void Tst_exchange::keysInAnyOrderAreRead()
{
    const QByteArray reversed = reversedKeys(QJsonDocument::fromJson(m_fixture).object());
    QVERIFY(reversed.indexOf("\"format\"") < reversed.indexOf("\"clients\""));
    const auto summary = Exchange::importJson(*m_db, reversed);
    QVERIFY2(summary.ok(), qPrintable(summary.ok() ? QString() : summary.error()));
    QCOMPARE(exported(*m_db), m_fixture);
}

void Tst_exchange::unknownKeysAreReportedInKeyOrder()
{
    // Written out of order; reported in the order of the keys, as always.
    QByteArray document = m_fixture;
    const qsizetype clients = document.indexOf("\"clients\": [");
    QVERIFY(clients >= 0);
    document.insert(document.indexOf('{', clients) + 1, "\"zz_extra\": 1, \"aa_extra\": {\"x\": [1]}, ");
    const qsizetype discount = document.indexOf("\"discount\": {");
    QVERIFY(discount >= 0);
    document.insert(discount + qsizetype(strlen("\"discount\": {")), "\"mood\": null, \"colour\": \"red\", ");
    const auto result = Exchange::importJson(*m_db, document);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().split(u'\n'),
             QStringList({u"clients[0].aa_extra: unknown key"_s, u"clients[0].zz_extra: unknown key"_s,
                          u"projects[0].discount.colour: unknown key"_s, u"projects[0].discount.mood: unknown key"_s}));
    QCOMPARE(*ClientStore(*m_db).count(), 0);
}

void Tst_exchange::manyProblemsAreAllReported()
{
    // Except for a wrong format: then nothing else is worth reading.
    const auto otherFormat = Exchange::importJson(*m_db, editDocument(m_fixture, u"format"_s, u"\"crm/9\""_s));
    QVERIFY(!otherFormat.ok());
    QCOMPARE(otherFormat.error(), u"format: \"crm/9\" is not a supported format (expected \"neuvo/2\")"_s);
    const auto noFormat = Exchange::importJson(*m_db, R"({"colour": 1})");
    QVERIFY(!noFormat.ok());
    QCOMPARE(noFormat.error(), u"format: missing"_s);

    QByteArray document = editDocument(m_fixture, u"clients[0].type"_s, u"\"vip\""_s);
    document = editDocument(document, u"projects[1].stages[0].amount"_s, u"\"x\""_s);
    document = editDocument(document, u"extra"_s, u"true"_s);
    const auto result = Exchange::importJson(*m_db, document);
    QVERIFY(!result.ok());
    const QStringList lines = result.error().split(u'\n');
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines.at(0).startsWith(u"clients[0].type: "_s));
    QVERIFY(lines.at(1).startsWith(u"projects[1].stages[0].amount: "_s));
    QCOMPARE(lines.at(2), u"extra: unknown key"_s);

    // A hopeless file is cut short rather than printing pages.
    QJsonArray emptyClients;
    for (int i = 0; i < 30; ++i)
        emptyClients.append(QJsonObject());
    const QJsonObject hopeless{{u"format"_s, u"neuvo/1"_s}, {u"clients"_s, emptyClients}};
    const auto cut = Exchange::importJson(*m_db, QJsonDocument(hopeless).toJson());
    QVERIFY(!cut.ok());
    const QStringList cutLines = cut.error().split(u'\n');
    QCOMPARE(cutLines.size(), 26);
    QCOMPARE(cutLines.at(0), u"clients[0].id: missing"_s);
    QVERIFY2(cutLines.at(25).startsWith(u"… and "_s), qPrintable(cutLines.at(25)));
}

void Tst_exchange::documentedExampleRoundTrips()
{
    // The example of docs/exchange-format.md must stay a valid document.
    QFile doc(QStringLiteral(NEUVO_TEST_DATA_DIR "/../../docs/exchange-format.md"));
    QVERIFY(doc.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(doc.readAll());
    const qsizetype start = text.indexOf(u"```json\n"_s);
    QVERIFY(start >= 0);
    const qsizetype end = text.indexOf(u"\n```"_s, start);
    QVERIFY(end > start);
    const QByteArray example = text.mid(start + 8, end - start - 8).toUtf8();

    const auto summary = Exchange::importJson(*m_db, example);
    QVERIFY2(summary.ok(), qPrintable(summary.ok() ? QString() : summary.error()));
    QCOMPARE(summary->projects, 1);
    QCOMPARE(QJsonDocument::fromJson(exported(*m_db)), QJsonDocument::fromJson(example));
}

void Tst_exchange::neuvo1FileStillImports()
{
    // A file written before invoices existed: every record imports, the new
    // fields take their defaults, and the next export is neuvo/2.
    const QByteArray old = readFixture(u"full-neuvo1.json"_s);
    QVERIFY(old.contains("\"format\": \"neuvo/1\""));
    const auto summary = Exchange::importJson(*m_db, old);
    QVERIFY2(summary.ok(), qPrintable(summary.ok() ? QString() : summary.error()));
    QCOMPARE(summary->clients, 3);
    QCOMPARE(summary->projects, 3);
    QCOMPARE(summary->invoices, 0);
    const Profile profile = *ProfileStore(*m_db).load();
    QCOMPARE(profile.name, u"Aleksi Mäkelä"_s);
    QCOMPARE(profile.vatStatus, VatStatus::NotRegistered);
    QCOMPARE(profile.vatRateTenths, 255);
    QVERIFY(profile.iban.isEmpty());
    QVERIFY(ClientStore(*m_db).get(1)->billingAddress.isEmpty());
    QVERIFY(!ProjectStore(*m_db).get(3)->vatRateTenths);

    const QJsonObject root = QJsonDocument::fromJson(exported(*m_db)).object();
    QCOMPARE(root.value(u"format"_s).toString(), u"neuvo/2"_s);
    // Apart from the version and the new keys, the records are the file's.
    QJsonObject oldRoot = QJsonDocument::fromJson(old).object();
    QCOMPARE(root.value(u"clients"_s).toArray().size(), oldRoot.value(u"clients"_s).toArray().size());
    QJsonObject firstOld = oldRoot.value(u"projects"_s).toArray().at(0).toObject();
    // neuvo/1's "fix" is read as a round.
    QJsonArray revisions = firstOld.value(u"revisions"_s).toArray();
    for (qsizetype i = 0; i < revisions.size(); ++i) {
        QJsonObject revision = revisions.at(i).toObject();
        if (revision.value(u"kind"_s).toString() == u"fix"_s)
            revision.insert(u"kind"_s, u"round"_s);
        revisions.replace(i, revision);
    }
    firstOld.insert(u"revisions"_s, revisions);
    QJsonObject firstNew = root.value(u"projects"_s).toArray().at(0).toObject();
    firstNew.remove(u"vat_rate"_s);
    firstNew.remove(u"reverse_charge"_s);
    QCOMPARE(firstNew, firstOld);

    // Invoices are not part of neuvo/1.
    oldRoot.insert(u"invoices"_s, QJsonArray());
    auto other = openDatabase(u"other.sqlite"_s);
    const auto refused = Exchange::importJson(*other, QJsonDocument(oldRoot).toJson());
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(u"invoices: invoices are part of neuvo/2"_s), qPrintable(refused.error()));
}

void Tst_exchange::neuvo2RequiresItsNewKeys()
{
    QJsonObject root = QJsonDocument::fromJson(m_fixture).object();
    QJsonObject profile = root.value(u"profile"_s).toObject();
    profile.remove(u"vat_status"_s);
    root.insert(u"profile"_s, profile);
    QJsonArray clients = root.value(u"clients"_s).toArray();
    QJsonObject client = clients.at(0).toObject();
    client.remove(u"billing_address"_s);
    clients.replace(0, client);
    root.insert(u"clients"_s, clients);
    const auto refused = Exchange::importJson(*m_db, QJsonDocument(root).toJson());
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(u"profile.vat_status: missing"_s), qPrintable(refused.error()));
    QVERIFY2(refused.error().contains(u"clients[0].billing_address: missing"_s), qPrintable(refused.error()));
    QCOMPARE(*ClientStore(*m_db).count(), 0);
}

void Tst_exchange::invoiceProblemsNameTheirPath_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");

    QTest::newRow("tampered VAT") << u"invoices[0].vat_total"_s << u"\"40.00\""_s
                                  << u"invoices[0]: the VAT and totals are not those of the lines"_s;
    QTest::newRow("unknown project") << u"invoices[0].project"_s << u"99"_s
                                     << u"invoices[0].project: no project with id 99 in this file"_s;
    QTest::newRow("unknown stage") << u"invoices[0].stage"_s << u"555"_s
                                   << u"invoices[0].stage: project 3 has no stage with id 555"_s;
    QTest::newRow("number twice") << u"invoices[1].number"_s << u"\"AM-2026-0001\""_s
                                  << u"invoices[1].number: AM-2026-0001 is also the number of invoices[0]"_s;
    QTest::newRow("credit note of nothing") << u"invoices[2].credits.invoice"_s << u"77"_s
                                            << u"invoices[2].credits.invoice: no invoice with id 77 in this file"_s;
    QTest::newRow("overpaid") << u"invoices[0].payments[0].amount"_s << u"\"400.00\""_s
                              << u"invoices[0].payments: more is paid than the invoice asks"_s;
    QTest::newRow("bad reference") << u"invoices[0].payment.reference"_s << u"\"202600018\""_s
                                   << u"invoices[0].payment.reference: \"202600018\" is not a Finnish reference number"_s;
    QTest::newRow("unknown key") << u"invoices[1].colour"_s << u"1"_s << u"invoices[1].colour: unknown key"_s;
    QTest::newRow("bad rate") << u"invoices[0].lines[0].vat_rate"_s << u"\"14.25\""_s
                              << u"invoices[0].lines[0].vat_rate: expected a VAT rate"_s;
    QTest::newRow("bad business id") << u"clients[0].business_id"_s << u"\"2345678-1\""_s
                                     << u"clients[0].business_id: Business ID: 2345678-1 is not a valid Finnish"_s;
}

void Tst_exchange::invoiceProblemsNameTheirPath()
{
    QFETCH(QString, path);
    QFETCH(QString, value);
    QFETCH(QString, expected);
    const auto refused = Exchange::importJson(*m_db, editDocument(m_fixture, path, value));
    QVERIFY(!refused.ok());
    bool found = false;
    for (const QString &line : refused.error().split(u'\n'))
        found = found || line.startsWith(expected);
    QVERIFY2(found, qPrintable(u"expected a line starting with\n  "_s + expected + u"\ngot\n  "_s + refused.error()));
    QCOMPARE(*InvoiceStore(*m_db).count(), 0);
    QCOMPARE(*ClientStore(*m_db).count(), 0);
}

void Tst_exchange::invoiceNumberAlreadyIssued_isRefused()
{
    QVERIFY(Exchange::importJson(*m_db, m_fixture).ok());
    // The same file again: its records would be new, but its invoice numbers
    // are issued already, and a number is never used twice.
    const auto again = Exchange::importJson(*m_db, m_fixture);
    QVERIFY(!again.ok());
    QVERIFY2(again.error().startsWith(u"invoices[0]: Invoice number AM-2026-0001 is already in use"_s),
             qPrintable(again.error()));
    QCOMPARE(*ClientStore(*m_db).count(), 3);
    QCOMPARE(*InvoiceStore(*m_db).count(), 3);
}

void Tst_exchange::version1FixIsReadAsRound()
{
    // A neuvo/1 file had "fix" for a round and an error alike; it counted
    // as a round, and it is read as one.
    QByteArray v1 = editDocument(m_fixture, u"format"_s, u"\"neuvo/1\""_s);
    v1 = editDocument(v1, u"projects[0].revisions[0].kind"_s, u"\"fix\""_s);
    // Invoices came with neuvo/2 too: a neuvo/1 file has none.
    QJsonObject v1Root = QJsonDocument::fromJson(v1).object();
    v1Root.remove(u"invoices"_s);
    v1 = QJsonDocument(v1Root).toJson();
    const auto summary = Exchange::importJson(*m_db, v1);
    QVERIFY2(summary.ok(), qPrintable(summary.ok() ? QString() : summary.error()));
    const auto project = ProjectStore(*m_db).get(3);
    QVERIFY(project.ok());
    QCOMPARE(project->revisions.size(), 2);
    for (const Revision &r : project->revisions)
        QCOMPARE(r.kind, r.id == 200 ? RevisionKind::Round : RevisionKind::Change);
    // Export writes the current format.
    QCOMPARE(QJsonDocument::fromJson(exported(*m_db)).object().value(u"format"_s).toString(), u"neuvo/2"_s);

    // "fix" is no kind of neuvo/2, and the new kinds are no kinds of neuvo/1.
    auto other = openDatabase(u"other.sqlite"_s);
    QVERIFY(other);
    const auto v2fix = Exchange::importJson(
        *other, editDocument(m_fixture, u"projects[0].revisions[0].kind"_s, u"\"fix\""_s));
    QVERIFY(!v2fix.ok());
    QVERIFY2(v2fix.error().contains(u"projects[0].revisions[0].kind: \"fix\" is not one of round, error, change"_s),
             qPrintable(v2fix.error()));
    const auto v1error = Exchange::importJson(
        *other, editDocument(v1, u"projects[0].revisions[0].kind"_s, u"\"error\""_s));
    QVERIFY(!v1error.ok());
    QVERIFY2(v1error.error().contains(u"\"error\" is not one of fix, change"_s), qPrintable(v1error.error()));
}

QByteArray Tst_exchange::withRootKeysIn(const QStringList &order) const
{
    const QJsonObject root = QJsonDocument::fromJson(m_fixture).object();
    QByteArray out = "{";
    for (const QString &key : order) {
        if (out.size() > 1)
            out += ",\n";
        const QJsonValue v = root.value(key);
        const QByteArray value = v.isString() ? '"' + v.toString().toUtf8() + '"'
            : v.isObject()                    ? QJsonDocument(v.toObject()).toJson()
                                              : QJsonDocument(v.toArray()).toJson();
        out += '"' + key.toUtf8() + "\": " + value;
    }
    return out + "}";
}

void Tst_exchange::keyOrderDoesNotMatter()
{
    // Projects before the clients they belong to, invoices before both,
    // the format last: every reference points forward.
    const QByteArray reversed =
        withRootKeysIn({u"invoices"_s, u"projects"_s, u"clients"_s, u"profile"_s, u"format"_s});
    QVERIFY(reversed.indexOf("\"projects\"") < reversed.indexOf("\"clients\""));
    const auto summary = Exchange::importJson(*m_db, reversed);
    QVERIFY2(summary.ok(), qPrintable(summary.ok() ? QString() : summary.error()));
    QCOMPARE(summary->clients, 3);
    QCOMPARE(summary->projects, 3);
    QCOMPARE(summary->invoices, 3);
    QCOMPARE(exported(*m_db), m_fixture);

    // Problems are reported in the order of the sections, not of the file.
    QByteArray broken = editDocument(m_fixture, u"clients[0].type"_s, u"\"vip\""_s);
    broken = editDocument(broken, u"projects[1].stages[0].amount"_s, u"\"x\""_s);
    broken = editDocument(broken, u"clients[0].interactions[1].project"_s, u"99"_s);
    const QJsonObject root = QJsonDocument::fromJson(broken).object();
    const QByteArray reversedBroken = "{\"projects\": " + QJsonDocument(root.value(u"projects"_s).toArray()).toJson()
        + ", \"clients\": " + QJsonDocument(root.value(u"clients"_s).toArray()).toJson()
        + ", \"format\": \"neuvo/2\"}";
    auto other = openDatabase(u"other.sqlite"_s);
    QVERIFY(other);
    const auto refused = Exchange::importJson(*other, reversedBroken);
    QVERIFY(!refused.ok());
    const QStringList lines = refused.error().split(u'\n');
    QCOMPARE(lines.size(), 3);
    QVERIFY2(lines.at(0).startsWith(u"clients[0].type: "_s), qPrintable(refused.error()));
    QVERIFY2(lines.at(1).startsWith(u"projects[1].stages[0].amount: "_s), qPrintable(refused.error()));
    QCOMPARE(lines.at(2), u"clients[0].interactions[1].project: no project with id 99 in this file"_s);
    QCOMPARE(*ClientStore(*other).count(), 0);
}

void Tst_exchange::keyOrderDoesNotMatterWhenMerging()
{
    // Into a database with records every id moves; references that point
    // forward in the file follow.
    const Client existing = storeExistingClient();
    const QByteArray reversed =
        withRootKeysIn({u"format"_s, u"invoices"_s, u"projects"_s, u"clients"_s});
    const auto summary = Exchange::importJson(*m_db, reversed);
    QVERIFY2(summary.ok(), qPrintable(summary.ok() ? QString() : summary.error()));
    QCOMPARE(*ClientStore(*m_db).count(), 4);

    Client aino;
    for (const Client &c : *ClientStore(*m_db).list()) {
        if (c.name == u"Aino Virtanen"_s)
            aino = c;
    }
    QVERIFY(aino.id > existing.id);
    Project website;
    for (const Project &p : *ProjectStore(*m_db).listForClient(aino.id)) {
        if (p.title == u"Verkkosivun tekstit"_s)
            website = p;
    }
    QVERIFY(website.id > 0);
    bool agreementFollows = false;
    for (const Interaction &i : *InteractionStore(*m_db).list(aino.id)) {
        if (i.kind == InteractionKind::Agreement)
            agreementFollows = i.projectId == website.id;
    }
    QVERIFY(agreementFollows);
    const auto invoice = InvoiceStore(*m_db).findByNumber(u"AM-2026-0001"_s);
    QVERIFY(invoice.ok());
    QCOMPARE(invoice->invoice.clientId, aino.id);
    QCOMPARE(invoice->invoice.projectId, website.id);
    QCOMPARE(invoice->invoice.stageId, website.stages.at(2).id);
    const auto credit = InvoiceStore(*m_db).findByNumber(u"AM-2026-0003"_s);
    QCOMPARE(credit->invoice.creditedInvoiceId, InvoiceStore(*m_db).findByNumber(u"AM-2026-0002"_s)->invoice.id);
}

void Tst_exchange::fileImportsInChunks()
{
    // More clients than one 64 KiB chunk holds, from a file: the same
    // records as from the bytes.
    QJsonObject root = QJsonDocument::fromJson(m_fixture).object();
    QJsonArray clients = root.value(u"clients"_s).toArray();
    const QJsonObject template_ = clients.at(2).toObject();
    for (int id = 100; id < 700; ++id) {
        QJsonObject c = template_;
        c.insert(u"id"_s, id);
        c.insert(u"name"_s, u"Asiakas %1"_s.arg(id));
        c.insert(u"notes"_s, QString(80, u'ä'));
        c.insert(u"observations"_s, QJsonArray());
        c.insert(u"interactions"_s, QJsonArray());
        c.insert(u"promises"_s, QJsonArray());
        clients.append(c);
    }
    root.insert(u"clients"_s, clients);
    const QByteArray big = QJsonDocument(root).toJson();
    QVERIFY(big.size() > 3 * 64 * 1024);
    const QString path = m_dir->filePath(u"big.json"_s);
    QFile out(path);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(big);
    out.close();

    QFile in(path);
    QVERIFY(in.open(QIODevice::ReadOnly));
    const auto summary = Exchange::importJson(*m_db, in);
    QVERIFY2(summary.ok(), qPrintable(summary.ok() ? QString() : summary.error()));
    QCOMPARE(summary->clients, 603);
    QCOMPARE(ClientStore(*m_db).get(650)->name, u"Asiakas 650"_s);
    QCOMPARE(exported(*m_db), big);
}

void Tst_exchange::problemsAcrossChunksNameTheirLine_data()
{
    QTest::addColumn<QByteArray>("tail");
    QTest::addColumn<QString>("expected");

    // Each is on line 3 003, after 3 000 lines of 100 bytes: far beyond the
    // first chunk.
    QTest::newRow("duplicate key") << QByteArray("  \"b\": 1, \"a\": 2}")
                                   << u"line 3003, column 11: the key \"a\" appears twice"_s;
    QTest::newRow("control character") << QByteArray("  \"b\": \"x\ty\"}")
                                       << u"line 3003, column 10: a control character (U+0009)"_s;
    QTest::newRow("lone second half") << QByteArray("  \"b\": \"\\\"\\udc01\"}")
                                      << u"line 3003, column 11: \\uDC01 is the second half"_s;
    QTest::newRow("syntax") << QByteArray("  \"b\": tru}")
                            << u"JSON syntax error at offset 300023 (line 3003, column 11): "_s;
}

void Tst_exchange::problemsAcrossChunksNameTheirLine()
{
    QFETCH(QByteArray, tail);
    QFETCH(QString, expected);

    QByteArray document = "{\"a\": [\n";
    for (int i = 0; i < 3000; ++i)
        document += '"' + QByteArray(96, 'x') + "\",\n";
    document += "\"\"],\n" + tail;
    const auto result = Exchange::importJson(*m_db, document);
    QVERIFY(!result.ok());
    QVERIFY2(result.error().startsWith(expected), qPrintable(result.error()));
}


// On a server the records' rows are gathered and sent many at a time, each
// named by its record. Once the records are written that ends: a row the
// database refuses afterwards (the profile's VAT exemption text) is named
// by what wrote it, not by the last record.
void Tst_exchange::refusedProfileRow_namedAsTheProfile()
{
    auto db = openDatabase(u"refuses-profile.sqlite"_s);
    QVERIFY(db);
    QVERIFY(refuseRows(*db, u"vat_exemption_text"_s, u"language"_s, u"ru"_s));
    const auto imported = Exchange::importJson(*db, m_fixture);
    QVERIFY(!imported.ok());
    QVERIFY2(imported.error().startsWith(u"profile: "_s), qPrintable(imported.error()));
    QVERIFY2(imported.error().contains(u"refused_by_test"_s), qPrintable(imported.error()));
    QVERIFY2(!imported.error().contains(u"projects["_s) && !imported.error().contains(u"clients["_s),
             qPrintable(imported.error()));
    QCOMPARE(*ClientStore(*db).count(), 0);
}

// A row refused on a server aborts the transaction, which then takes
// nothing but ROLLBACK: the import's prepared statements (its batches' and
// its stores') are freed after it, so none stays on the server for the rest
// of the session and Qt's driver has nothing to warn about. The session
// then imports as before.
void Tst_exchange::refusedImport_freesServerStatements()
{
    QTest::failOnWarning(QRegularExpression(u"Unable to free statement"_s));
    auto db = openDatabase(u"refuses-client.sqlite"_s);
    QVERIFY(db);
    QVERIFY(refuseRows(*db, u"client"_s, u"name"_s, u"Studio Kolmas"_s));
    const int before = preparedOnServer(*db);
    QVERIFY(before >= 0);
    const auto imported = Exchange::importJson(*db, m_fixture);
    QVERIFY(!imported.ok());
    QVERIFY2(imported.error().startsWith(u"clients[2]: "_s), qPrintable(imported.error()));
    QVERIFY2(imported.error().contains(u"refused_by_test"_s), qPrintable(imported.error()));
    QCOMPARE(preparedOnServer(*db), before);

    const QByteArray withoutStudio = editDocument(m_fixture, u"clients[2].name"_s, u"\"Studio Neljäs\""_s);
    const auto again = Exchange::importJson(*db, withoutStudio);
    QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error()));
    QCOMPARE(again->clients, 3);
    QCOMPARE(preparedOnServer(*db), before);
}

QTEST_GUILESS_MAIN(Tst_exchange)
#include "tst_exchange.moc"
