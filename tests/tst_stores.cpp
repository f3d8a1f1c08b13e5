#include "core/storage/database.h"
#include "core/storage/insertbatch.h"
#include "core/storage/stores.h"
#include "testutil.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace neuvo;
using namespace Qt::StringLiterals;

// Create / read / update / delete / list for every entity, against a fresh
// database file per test function.
class TestStores : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup() { m_db.reset(); m_dir.reset(); }

    void profile_saveAndLoad();
    void profile_rejectsBadCurrency();
    void client_crud();
    void client_removeWithProjects_needsExplicitChoice();
    void project_crudWithChildren();
    void project_stageSumMismatch_refusedWithDifference();
    void project_reorderStages_keepsIds();
    void project_stageProgressAndRevisions();
    void project_failedUpdate_leavesStoredVersion();
    void interaction_crud();
    void promise_crud();
    void observation_crudAndWithdraw();
    void userText_storedVerbatim();
    void batchedInserts_storedAsOneByOne();
    void batchedInserts_refusedRowNamesItsRecord();
    void batchedInserts_onlyInsideTransaction();
    void batchedInserts_refusedBatchFreesItsStatements();

private:
    // A client with every field filled, stored, and a project with every
    // field and child filled (not stored): what a round trip must keep.
    Client storeFullClient(const QString &name);
    Project fullProject(qint64 clientId);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestStores::init()
{
    m_dir.reset(new QTemporaryDir);
    m_db.reset(new Database);
    const auto opened = m_db->open(neuvo::test::suiteDatabase(m_dir->filePath(u"t.sqlite"_s)));
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
}

Client TestStores::storeFullClient(const QString &name)
{
    Client c;
    c.name = name;
    c.company = u"Kahvila Öljy Oy"_s;
    c.type = ClientType::SmallBusiness;
    c.source = ClientSource::Referral;
    c.email = u"mikko@example.fi"_s;
    c.phone = u"+358 40 123 4567"_s;
    c.messenger = u"@mikko"_s;
    c.preferredChannel = Channel::Messenger;
    c.contactFrom = QTime(10, 0);
    c.contactTo = QTime(16, 30);
    c.contactDays = Weekdays(0b0010101);
    c.timeZone = u"Europe/Helsinki"_s;
    c.notes = u"Prefers short calls"_s;
    c.status = ClientStatus::Active;
    const auto created = ClientStore(*m_db).create(c);
    if (!created)
        qWarning() << created.error();
    return c;
}

Project TestStores::fullProject(qint64 clientId)
{
    Project p;
    p.clientId = clientId;
    p.title = u"Landing page"_s;
    p.scope = u"One landing page, 3 screens"_s;
    p.includedItems = {u"Audience analysis"_s, u"Competitor analysis"_s, u"Structure"_s, u"Writing"_s};
    p.status = ProjectStatus::InProgress;
    p.currency = u"EUR"_s;
    p.basePriceMinor = 100000;
    p.firstOfferMinor = 40000;
    p.nda = true;
    p.ndaMarkupPercent = 30; // total 1300.00
    p.estimatedHours = 20;
    p.deadline = QDate(2026, 12, 20);
    p.internalMarginDays = 2;
    p.guaranteePercent = 50;
    p.revisionsIncluded = 2;
    p.contractNumber = u"2026-07"_s;
    p.contractDate = QDate(2026, 11, 1);
    p.contractTermMonths = 6;
    for (int i = 0; i < 4; ++i) {
        PaymentStage s;
        s.title = u"Stage %1"_s.arg(i + 1);
        s.amountMinor = 32500;
        s.dueOn = QDate(2026, 11, 1).addDays(7 * i);
        p.stages << s;
    }
    p.revisions << Revision{0, 0, QDate(2026, 11, 10), u"Typo in heading"_s, RevisionKind::Error, 0};
    p.priceChanges << PriceChange{0, 0, QDate(2027, 5, 1), 120000, QDate(), u"Renewal"_s};
    return p;
}

void TestStores::profile_saveAndLoad()
{
    ProfileStore store(*m_db);
    Profile p;
    p.rowVersion = store.load()->rowVersion; // replaces the stored profile
    p.name = u"Aino Virtanen"_s;
    p.legalForm = u"Toiminimi"_s;
    p.registrationNumber = u"1234567-8"_s;
    p.address = u"Hämeenkatu 1, Tampere"_s;
    p.email = u"aino@example.fi"_s;
    p.phone = u"+358 50 1"_s;
    p.bankDetails = u"FI21 1234 5600 0007 85"_s;
    p.currency = u"EUR"_s;
    p.ndaMarkupPercent = 35;
    p.includedRevisions = 3;
    p.guaranteePercent = 40;
    p.noticeDays = 45;
    p.workStart = QTime(8, 30);
    p.workEnd = QTime(16, 0);
    p.workDays = MondayToFriday;
    p.floorRateMinor = 4500;
    QVERIFY(p.thresholds.setValue(u"stage_due_soon_days"_s, 10));
    QVERIFY(!p.thresholds.setValue(u"no_such_threshold"_s, 1));
    const auto saved = store.save(p);
    QVERIFY2(saved.ok(), qPrintable(saved.error()));
    const auto loaded = store.load();
    QVERIFY(loaded.ok());
    QCOMPARE(*loaded, p);
    QCOMPARE(loaded->thresholds.value(u"stage_due_soon_days"), 10);
    QCOMPARE(loaded->thresholds.value(u"payment_overdue_high_days"), 14);
}

void TestStores::profile_rejectsBadCurrency()
{
    ProfileStore store(*m_db);
    Profile p;
    p.currency = u"euro"_s;
    const auto saved = store.save(p);
    QVERIFY(!saved.ok());
    QVERIFY(saved.error().startsWith(u"Currency"_s));
    QCOMPARE(store.load()->currency, u"EUR"_s);
}

void TestStores::client_crud()
{
    ClientStore store(*m_db);
    Client c = storeFullClient(u"Mikko Häkkinen"_s);
    QVERIFY(c.id > 0);
    auto read = store.get(c.id);
    QVERIFY(read.ok());
    QCOMPARE(*read, c);

    c.status = ClientStatus::Past;
    c.contactDays = AllWeek;
    c.timeZone = u"Asia/Tokyo"_s;
    QVERIFY(store.update(c).ok());
    QCOMPARE(*store.get(c.id), c);

    Client nameless = c;
    nameless.name = u"   "_s;
    const auto refused = store.update(nameless);
    QVERIFY(!refused.ok());
    QVERIFY(refused.error().startsWith(u"Name"_s));
    QCOMPARE(store.get(c.id)->name, u"Mikko Häkkinen"_s);

    storeFullClient(u"aino"_s);
    storeFullClient(u"Bertta"_s);
    const auto all = store.list();
    QVERIFY(all.ok());
    QCOMPARE(all->size(), 3);
    QCOMPARE(all->at(0).name, u"aino"_s); // case-insensitive order
    QCOMPARE(all->at(1).name, u"Bertta"_s);
    QCOMPARE(*store.count(), 3);

    QVERIFY(store.remove(c.id).ok());
    QVERIFY(!store.get(c.id).ok());
    QVERIFY(store.get(c.id).error().contains(u"does not exist"_s));
    QVERIFY(!store.remove(c.id).ok());
    QCOMPARE(*store.count(), 2);
}

void TestStores::client_removeWithProjects_needsExplicitChoice()
{
    ClientStore clients(*m_db);
    ProjectStore projects(*m_db);
    InteractionStore interactions(*m_db);
    Client c = storeFullClient(u"Mikko"_s);
    Project p = fullProject(c.id);
    QVERIFY(projects.create(p).ok());
    Interaction i;
    i.clientId = c.id;
    i.projectId = p.id;
    i.at = QDateTime(QDate(2026, 11, 2), QTime(10, 0), QTimeZone::utc());
    QVERIFY(interactions.create(i).ok());

    const auto refused = clients.remove(c.id);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(u"1 project"_s), qPrintable(refused.error()));
    QVERIFY(clients.get(c.id).ok());
    QVERIFY(projects.get(p.id).ok());

    QVERIFY(clients.remove(c.id, ClientStore::ProjectsOnDelete::DeleteThem).ok());
    QVERIFY(!clients.get(c.id).ok());
    QVERIFY(!projects.get(p.id).ok());
    QVERIFY(interactions.list()->isEmpty());
}

void TestStores::project_crudWithChildren()
{
    ProjectStore store(*m_db);
    const Client c = storeFullClient(u"Mikko"_s);
    Project p = fullProject(c.id);
    const auto created = store.create(p);
    QVERIFY2(created.ok(), qPrintable(created.error()));
    QVERIFY(p.id > 0);
    for (const PaymentStage &s : std::as_const(p.stages)) {
        QVERIFY(s.id > 0);
        QCOMPARE(s.projectId, p.id);
    }
    QCOMPARE(p.stages.at(2).position, 3);
    QVERIFY(p.revisions.first().id > 0);
    QVERIFY(p.priceChanges.first().id > 0);

    auto read = store.get(p.id);
    QVERIFY(read.ok());
    QCOMPARE(*read, p);

    p.title = u"Landing page v2"_s;
    p.includedItems.removeAt(1);
    p.nda = false; // total now 1000.00
    p.stages.removeLast();
    p.stages[0].amountMinor = 25000;
    p.stages[1].amountMinor = 25000;
    p.stages[2].amountMinor = 50000;
    p.firstOfferMinor.reset();
    p.discountKind = DiscountKind::Percent;
    p.discountValue = 0;
    QVERIFY2(store.update(p).ok(), qPrintable(store.update(p).error()));
    QCOMPARE(*store.get(p.id), p);

    Project second = fullProject(c.id);
    second.title = u"Second"_s;
    QVERIFY(store.create(second).ok());
    QCOMPARE(store.list()->size(), 2);
    QCOMPARE(store.listForClient(c.id)->size(), 2);
    QCOMPARE(store.listForClient(c.id + 100)->size(), 0);

    QVERIFY(store.remove(p.id).ok());
    QVERIFY(!store.get(p.id).ok());
    QCOMPARE(store.list()->size(), 1);
    QCOMPARE(store.list()->first(), second);
}

void TestStores::project_stageSumMismatch_refusedWithDifference()
{
    ProjectStore store(*m_db);
    const Client c = storeFullClient(u"Mikko"_s);
    Project p = fullProject(c.id);
    p.stages[3].amountMinor = 30000; // 1275.00 of 1300.00
    const auto created = store.create(p);
    QVERIFY(!created.ok());
    QVERIFY2(created.error().startsWith(u"Stages"_s), qPrintable(created.error()));
    QVERIFY2(created.error().contains(u"25.00"_s), qPrintable(created.error()));
    QCOMPARE(p.id, 0);
    QCOMPARE(store.list()->size(), 0);
}

void TestStores::project_reorderStages_keepsIds()
{
    ProjectStore store(*m_db);
    Project p = fullProject(storeFullClient(u"M"_s).id);
    QVERIFY(store.create(p).ok());
    const qint64 firstId = p.stages.first().id;
    const qint64 lastId = p.stages.last().id;
    p.stages.swapItemsAt(0, 3);
    QVERIFY(store.update(p).ok());
    const auto read = store.get(p.id);
    QCOMPARE(read->stages.first().id, lastId);
    QCOMPARE(read->stages.last().id, firstId);
    QCOMPARE(read->stages.last().position, 4);
}

void TestStores::project_stageProgressAndRevisions()
{
    ProjectStore store(*m_db);
    Project p = fullProject(storeFullClient(u"M"_s).id);
    QVERIFY(store.create(p).ok());
    const qint64 stageId = p.stages.at(1).id;
    QVERIFY(store.recordStageProgress(stageId, QDate(2026, 11, 9), QDate(2026, 11, 8), 32500).ok());
    QVERIFY(!store.recordStageProgress(stageId, {}, {}, -1).ok());
    QVERIFY(!store.recordStageProgress(999999, {}, {}, 0).ok());
    auto read = store.get(p.id);
    QCOMPARE(read->stages.at(1).paidOn, QDate(2026, 11, 8));
    QCOMPARE(read->stages.at(1).workStartedOn, QDate(2026, 11, 9));
    QVERIFY(read->stages.at(1).isFullyPaid());
    QVERIFY(!read->stages.at(0).isFullyPaid());

    Revision r{0, p.id, QDate(2026, 11, 12), u"New section"_s, RevisionKind::Change, 15000};
    QVERIFY(store.addRevision(r).ok());
    QVERIFY(r.id > 0);
    r.chargeMinor = 0;
    QVERIFY(store.updateRevision(r).ok());
    read = store.get(p.id);
    QCOMPARE(read->revisions.size(), 2);
    QCOMPARE(read->revisions.last(), r);
    QVERIFY(store.removeRevision(r.id).ok());
    QCOMPARE(store.get(p.id)->revisions.size(), 1);
    Revision undated{0, p.id, {}, u"x"_s, RevisionKind::Round, 0};
    QVERIFY(!store.addRevision(undated).ok());
}

void TestStores::project_failedUpdate_leavesStoredVersion()
{
    ProjectStore store(*m_db);
    Project p = fullProject(storeFullClient(u"M"_s).id);
    QVERIFY(store.create(p).ok());
    const Project stored = p;
    // A child row that SQLite refuses (bad charge) after the project row and
    // the stages were already rewritten: the whole update must roll back.
    p.title = u"Changed"_s;
    p.revisions << Revision{0, 0, QDate(2026, 11, 20), u"neg"_s, RevisionKind::Change, -5};
    const auto updated = store.update(p);
    QVERIFY(!updated.ok());
    QCOMPARE(*store.get(p.id), stored);
}

void TestStores::interaction_crud()
{
    InteractionStore store(*m_db);
    const Client c = storeFullClient(u"M"_s);
    Interaction i;
    i.clientId = c.id;
    i.at = QDateTime(QDate(2026, 11, 3), QTime(20, 5), QTimeZone::utc());
    i.channel = Channel::Phone;
    i.direction = Direction::In;
    i.kind = InteractionKind::Agreement;
    i.summary = u"Deadline moved"_s;
    QVERIFY(store.create(i).ok());
    QVERIFY(i.id > 0);
    QCOMPARE(*store.get(i.id), i);
    i.confirmedOn = QDate(2026, 11, 4);
    QVERIFY(store.update(i).ok());
    QCOMPARE(*store.get(i.id), i);

    Interaction noTime = i;
    noTime.id = 0;
    noTime.at = {};
    QVERIFY(!store.create(noTime).ok());
    Interaction orphan = i;
    orphan.id = 0;
    orphan.clientId = 4242;
    QVERIFY(!store.create(orphan).ok());

    QCOMPARE(store.list(c.id)->size(), 1);
    QCOMPARE(store.list(c.id + 1)->size(), 0);
    QVERIFY(store.remove(i.id).ok());
    QVERIFY(store.list()->isEmpty());
}

void TestStores::promise_crud()
{
    PromiseStore store(*m_db);
    const Client c = storeFullClient(u"M"_s);
    Promise p{0, c.id, 0, u"Send the brief"_s, QDate(2026, 11, 3), {}};
    QVERIFY(store.create(p).ok());
    QCOMPARE(*store.get(p.id), p);
    p.doneOn = QDate(2026, 11, 3);
    QVERIFY(store.update(p).ok());
    QCOMPARE(*store.get(p.id), p);
    Promise empty{0, c.id, 0, u" "_s, QDate(2026, 11, 3), {}};
    QVERIFY(store.create(empty).error().startsWith(u"What"_s));
    QCOMPARE(store.list()->size(), 1);
    QVERIFY(store.remove(p.id).ok());
    QCOMPARE(store.list()->size(), 0);
}

void TestStores::observation_crudAndWithdraw()
{
    ObservationStore store(*m_db);
    const Client c = storeFullClient(u"M"_s);
    Observation o{0, c.id, ClientPattern::PaysInPromises, u"Offered 10 % of future profit"_s, QDate(2026, 10, 1), {}};
    QVERIFY(store.create(o).ok());
    QCOMPARE(*store.get(o.id), o);
    o.pattern = ClientPattern::Manipulation;
    QVERIFY(store.update(o).ok());
    QVERIFY(store.withdraw(o.id, QDate(2026, 10, 5)).ok());
    const auto read = store.get(o.id);
    QCOMPARE(read->pattern, ClientPattern::Manipulation);
    QCOMPARE(read->withdrawnOn, QDate(2026, 10, 5));
    QCOMPARE(store.list(c.id)->size(), 1);
    QVERIFY(store.remove(o.id).ok());
    QVERIFY(store.list()->isEmpty());
}

void TestStores::userText_storedVerbatim()
{
    const QString hostile = u"<img src=\"/etc/hostname\"><b>Bold</b> & 'Co'; DROP TABLE client; --"_s;
    Client c = storeFullClient(hostile);
    QCOMPARE(ClientStore(*m_db).get(c.id)->name, hostile);
    QCOMPARE(*ClientStore(*m_db).count(), 1);
}


// On a server an InsertBatching gathers the rows of plain INSERTs and sends
// them many per statement (on SQLite it does nothing): what is stored must be
// what the stores write one by one, a read in between sees the rows before
// it, and a row the database refuses is named by its own record's label.
void TestStores::batchedInserts_storedAsOneByOne()
{
    QList<Client> clients;
    QList<Interaction> interactions;
    QList<Project> projects;
    const auto written = m_db->transaction([&]() -> Result<void> {
        // A send every few rows, so that sends happen at records' starts,
        // before a read, and at the end.
        InsertBatching batching(*m_db, 5);
        ClientStore clientStore(*m_db);
        InteractionStore interactionStore(*m_db);
        ProjectStore projectStore(*m_db);
        for (int k = 0; k < 3; ++k) {
            if (auto sent = batching.startRecord(u"clients[%1]"_s.arg(k)); !sent)
                return sent;
            Client c;
            c.id = 100 + k;
            c.name = u"Client %1 'quoted' \\ ; \u00e4"_s.arg(k);
            c.notes = k == 1 ? QString() : u"Line one\nline two"_s;
            c.contactFrom = QTime(9, 0);
            c.contactTo = QTime(17, 15);
            c.contactDays = Weekdays(0b0011111);
            if (auto r = clientStore.create(c); !r)
                return r;
            clients << c;
            for (int n = 0; n < 7; ++n) {
                Interaction i;
                i.id = 1000 + 10 * k + n;
                i.clientId = c.id;
                i.at = QDateTime(QDate(2026, 10, 1 + n), QTime(8, n, 30), QTimeZone::utc());
                i.channel = Channel::Email;
                i.direction = n % 2 ? Direction::In : Direction::Out;
                i.kind = InteractionKind::General;
                i.summary = u"Note %1 of %2"_s.arg(n).arg(k);
                if (n == 3)
                    i.confirmedOn = QDate(2026, 10, 9);
                if (auto r = interactionStore.create(i); !r)
                    return r;
                interactions << i;
            }
            if (k == 1) {
                // A read in the middle sees the rows gathered before it.
                const auto read = clientStore.get(100);
                if (!read)
                    return Error{read.error()};
                if (read->name != clients.first().name)
                    return fail(u"the first client read back as %1"_s.arg(read->name));
            }
            if (auto sent = batching.startRecord(u"projects[%1]"_s.arg(k)); !sent)
                return sent;
            Project p = fullProject(c.id);
            p.id = 200 + k;
            for (int s = 0; s < p.stages.size(); ++s)
                p.stages[s].id = 300 + 10 * k + s;
            if (auto r = projectStore.create(p); !r)
                return r;
            projects << p;
        }
        return batching.flush();
    });
    QVERIFY2(written.ok(), qPrintable(written.error()));

    QCOMPARE(ClientStore(*m_db).list()->size(), clients.size());
    for (const Client &c : std::as_const(clients))
        QCOMPARE(*ClientStore(*m_db).get(c.id), c);
    QCOMPARE(InteractionStore(*m_db).list()->size(), interactions.size());
    for (const Interaction &i : std::as_const(interactions))
        QCOMPARE(*InteractionStore(*m_db).get(i.id), i);
    for (const Project &p : std::as_const(projects))
        QCOMPARE(*ProjectStore(*m_db).get(p.id), p);
}

void TestStores::batchedInserts_refusedRowNamesItsRecord()
{
    // The eighth of ten clients repeats the first one's id: the database
    // refuses it (on a server only when the rows are sent, in the first
    // statement of eight rows), and nothing of the ten is stored.
    const auto written = m_db->transaction([&]() -> Result<void> {
        InsertBatching batching(*m_db, 100);
        ClientStore store(*m_db);
        for (int k = 0; k < 10; ++k) {
            const QString label = u"clients[%1]"_s.arg(k);
            if (auto sent = batching.startRecord(label); !sent)
                return sent;
            Client c;
            c.id = k == 7 ? 500 : 500 + k;
            c.name = u"Client %1"_s.arg(k);
            if (auto r = store.create(c); !r)
                return fail(label + u": "_s + r.error());
        }
        return batching.flush();
    });
    QVERIFY(!written.ok());
    QVERIFY2(written.error().startsWith(u"clients[7]: "_s), qPrintable(written.error()));
    QCOMPARE(written.error().count(u"clients["_s), 1);
    QCOMPARE(*ClientStore(*m_db).count(), 0);

    // Rows gathered in a change that fails otherwise are dropped with it,
    // never sent by the next one.
    const auto abandoned = m_db->transaction([&]() -> Result<void> {
        InsertBatching batching(*m_db);
        Client c;
        c.id = 550;
        c.name = u"Abandoned"_s;
        if (auto r = ClientStore(*m_db).create(c); !r)
            return r;
        return fail(u"given up"_s);
    });
    QCOMPARE(abandoned.error(), u"given up"_s);

    // The connection is usable afterwards, and a batch of good rows is stored.
    const auto again = m_db->transaction([&]() -> Result<void> {
        InsertBatching batching(*m_db);
        Client c;
        c.id = 600;
        c.name = u"After"_s;
        if (auto r = ClientStore(*m_db).create(c); !r)
            return r;
        return {};
    });
    QVERIFY2(again.ok(), qPrintable(again.error()));
    QCOMPARE(ClientStore(*m_db).get(600)->name, u"After"_s);
    QCOMPARE(*ClientStore(*m_db).count(), 1);
}

// Database says whether a transaction is open; an InsertBatching made
// outside one asserts (in a release build it gathers nothing, and each
// INSERT commits at once as it would without it).
void TestStores::batchedInserts_onlyInsideTransaction()
{
    const char *childVariable = "NEUVO_TEST_BATCHING_OUTSIDE_A_TRANSACTION";
    if (qEnvironmentVariableIsSet(childVariable)) {
        // The child process run below: the mistake itself.
        InsertBatching batching(*m_db);
        Client c;
        c.id = 700;
        c.name = u"Alone"_s;
        QVERIFY(ClientStore(*m_db).create(c).ok());
        // Committed: another connection sees it.
        Database other;
        QVERIFY(other.open(m_db->path(), Database::Access::ReadOnly).ok());
        QCOMPARE(*ClientStore(other).count(), 1);
        return;
    }

    QVERIFY(!m_db->isInTransaction());
    QVERIFY(!m_db->isInWriteTransaction());
    bool outer = false, nested = false, read = false, readWrites = true, rehearsal = false;
    QVERIFY(m_db->transaction([&]() -> Result<void> {
                    outer = m_db->isInWriteTransaction();
                    return m_db->transaction([&]() -> Result<void> {
                        nested = m_db->isInWriteTransaction();
                        return {};
                    });
                })
                .ok());
    QVERIFY(outer);
    QVERIFY(nested);
    QVERIFY(m_db->readTransaction([&]() -> Result<void> {
                    read = m_db->isInTransaction();
                    readWrites = m_db->isInWriteTransaction();
                    return {};
                })
                .ok());
    QVERIFY(read);
    QVERIFY(!readWrites);
    QCOMPARE(m_db->rehearse([&]() -> Result<void> {
                     rehearsal = m_db->isInWriteTransaction();
                     return fail(u"rehearsed"_s);
                 })
                 .error(),
             u"rehearsed"_s);
    QVERIFY(rehearsal);
    QVERIFY(!m_db->isInTransaction());
    QVERIFY(!m_db->isInWriteTransaction());

    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QString::fromLatin1(childVariable), u"1"_s);
    // The expected abort needs no stack trace.
    environment.insert(u"QTEST_DISABLE_STACK_DUMP"_s, u"1"_s);
    environment.insert(u"QTEST_DISABLE_CORE_DUMP"_s, u"1"_s);
    child.setProcessEnvironment(environment);
    child.setProcessChannelMode(QProcess::MergedChannels);
    child.start(QCoreApplication::applicationFilePath(), {u"batchedInserts_onlyInsideTransaction"_s});
    QVERIFY(child.waitForFinished(180'000));
    const QString output = QString::fromLocal8Bit(child.readAll());
#ifdef QT_NO_DEBUG
    QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0, qPrintable(output));
    QVERIFY2(output.contains(u"InsertBatching made outside a transaction"_s), qPrintable(output));
#else
    QVERIFY2(child.exitStatus() == QProcess::CrashExit, qPrintable(output));
    QVERIFY2(output.contains(u"ASSERT failure in InsertBatching: \"made outside a transaction\""_s),
             qPrintable(output));
#endif
}

// A refused batch leaves the transaction aborted: the server then takes
// nothing but ROLLBACK, the DEALLOCATE that frees a prepared statement
// included. The batch's statements are freed after the ROLLBACK, so none
// stays on the server for the rest of the session, and Qt's driver has
// nothing to warn about.
void TestStores::batchedInserts_refusedBatchFreesItsStatements()
{
    QTest::failOnWarning(QRegularExpression(u"Unable to free statement"_s));
    // The prepared statements of this connection's session on the server.
    const auto preparedOnServer = [this]() -> int {
        if (!test::onServer())
            return 0;
        QSqlQuery count(m_db->connection());
        if (!count.exec(u"SELECT count(*) FROM pg_prepared_statements"_s) || !count.next())
            return -1;
        return count.value(0).toInt();
    };
    const int before = preparedOnServer();
    QVERIFY(before >= 0);
    {
        // Outlives the transaction, so that only the batch's own
        // statements are freed inside it.
        ClientStore store(*m_db);
        const auto written = m_db->transaction([&]() -> Result<void> {
            InsertBatching batching(*m_db, 100);
            for (int k = 0; k < 10; ++k) {
                const QString label = u"clients[%1]"_s.arg(k);
                if (auto sent = batching.startRecord(label); !sent)
                    return sent;
                Client c;
                c.id = k == 9 ? 800 : 800 + k;
                c.name = u"Client %1"_s.arg(k);
                // On SQLite the refusal comes here, at once.
                if (auto r = store.create(c); !r)
                    return fail(label + u": "_s + r.error());
            }
            return batching.finish();
        });
        QVERIFY(!written.ok());
        QVERIFY2(written.error().startsWith(u"clients[9]: "_s), qPrintable(written.error()));
    }
    QCOMPARE(preparedOnServer(), before);
    // The session goes on as before.
    Client after;
    after.name = u"After"_s;
    QVERIFY(ClientStore(*m_db).create(after).ok());
    QCOMPARE(*ClientStore(*m_db).count(), 1);
    QCOMPARE(preparedOnServer(), before);
}

QTEST_GUILESS_MAIN(TestStores)
#include "tst_stores.moc"
