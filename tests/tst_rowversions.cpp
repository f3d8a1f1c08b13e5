#include "core/exchange/exchange.h"
#include "core/storage/database.h"
#include "core/storage/deletion.h"
#include "core/storage/rowversion.h"
#include "core/storage/stores.h"
#include "testutil.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace neuvo;
using namespace Qt::StringLiterals;

// Two writers on one database, as the desktop and neuvo-cli on one file, or
// two people on a server (tst_rowversions_pg), are: each loads a record, one saves, and the other's save from
// the copy it loaded before is refused with who and when, leaving the first
// save in place; after a reload the second save goes through.
class TestRowVersions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void client_staleSave_refusedNamingWhoAndWhen_reloadThenSaves();
    void client_deletedMeanwhile_refusedAsDeleted();
    void project_stalePlan_refusedWhole_stageProgressKept();
    void project_revisionAndInvoicePaymentMakeLoadedCopyStale();
    void interactionPromiseObservation_staleSavesRefused();
    void profile_staleSaveRefused_thresholdsKept();
    void deletion_ofChangedRecord_refused_currentVersionDeletes();
    void restore_refusedWhole_whenRelinkedRecordChangedMeanwhile();
    void exchange_leavesVersionsOut_importStartsAtOne();
    void cli_twoProcesses_staleEditRefused_reloadThenSaves();
    void cli_twoProcessesAtOnce_oneSaves_otherRefusedWithReason();

private:
    // A second Database on the same database: the other writer.
    std::unique_ptr<Database> openAgain();

    std::unique_ptr<QTemporaryDir> m_dir;
    // A file, or in the _pg run a database on the server (emptied per test).
    QString m_file;
    std::unique_ptr<Database> m_db;
};

void TestRowVersions::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_file = test::suiteDatabase(m_dir->filePath(u"shared.sqlite"_s));
    m_db = std::make_unique<Database>();
    const auto opened = m_db->open(m_file);
    QVERIFY2(opened, test::why(opened));
    RowVersions::setEditor(u"aino@desktop"_s);
}

void TestRowVersions::cleanup()
{
    RowVersions::setEditor(QString());
    m_db.reset();
    m_dir.reset();
}

std::unique_ptr<Database> TestRowVersions::openAgain()
{
    auto other = std::make_unique<Database>();
    if (!other->open(m_file))
        return {};
    return other;
}

void TestRowVersions::client_staleSave_refusedNamingWhoAndWhen_reloadThenSaves()
{
    Client created = test::makeClient(u"Mikko Virtanen"_s);
    QVERIFY(ClientStore(*m_db).create(created));
    QCOMPARE(created.rowVersion.value, 1);
    auto other = openAgain();
    QVERIFY(other);

    // Both load version 1.
    Client mine = *ClientStore(*m_db).get(created.id);
    Client theirs = *ClientStore(*other).get(created.id);
    QCOMPARE(mine.rowVersion.value, 1);
    QCOMPARE(theirs.rowVersion.value, 1);

    // The other writer saves first.
    RowVersions::setEditor(u"bob@laptop"_s);
    theirs.notes = u"Pays in 14 days"_s;
    const auto theirSave = ClientStore(*other).update(theirs);
    QVERIFY2(theirSave, test::why(theirSave));
    QCOMPARE(theirs.rowVersion.value, 2);

    // Mine, from version 1, is refused and names who saved.
    RowVersions::setEditor(u"aino@desktop"_s);
    mine.company = u"Virtanen Oy"_s;
    const auto refused = ClientStore(*m_db).update(mine);
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(u"Client #%1 was changed by bob@laptop at "_s.arg(created.id)),
             qPrintable(refused.error()));
    QVERIFY2(refused.error().contains(u"since it was loaded; nothing was saved"_s), qPrintable(refused.error()));
    QVERIFY2(refused.error().contains(u"Reload"_s), qPrintable(refused.error()));
    QCOMPARE(mine.rowVersion.value, 1); // the form still holds what it loaded

    // Nothing lost: the stored client is the other writer's.
    Client stored = *ClientStore(*m_db).get(created.id);
    QCOMPARE(stored.notes, u"Pays in 14 days"_s);
    QCOMPARE(stored.company, QString());
    QCOMPARE(stored.rowVersion.value, 2);

    // Reload, make the change again, save.
    stored.company = u"Virtanen Oy"_s;
    const auto saved = ClientStore(*m_db).update(stored);
    QVERIFY2(saved, test::why(saved));
    QCOMPARE(stored.rowVersion.value, 3);
    const Client after = *ClientStore(*other).get(created.id);
    QCOMPARE(after.company, u"Virtanen Oy"_s);
    QCOMPARE(after.notes, u"Pays in 14 days"_s);
    const auto stamp = RowVersions::stamp(other->connection(), "client", created.id);
    QVERIFY(stamp);
    QCOMPARE(stamp->updatedBy, u"aino@desktop"_s);
    QVERIFY(QDateTime::fromString(stamp->updatedAt, Qt::ISODate).isValid());

    // A second save of the same copy goes on from the version it was saved at.
    stored.phone = u"+358 40 1"_s;
    QVERIFY(ClientStore(*m_db).update(stored));
    QCOMPARE(stored.rowVersion.value, 4);
}

void TestRowVersions::client_deletedMeanwhile_refusedAsDeleted()
{
    Client created = test::makeClient(u"Mikko Virtanen"_s);
    QVERIFY(ClientStore(*m_db).create(created));
    Client mine = *ClientStore(*m_db).get(created.id);
    auto other = openAgain();
    QVERIFY(other);
    QVERIFY(Deletion::deleteClient(*other, created.id, false));

    mine.notes = u"Typed after the other deleted it"_s;
    const auto refused = ClientStore(*m_db).update(mine);
    QVERIFY(!refused);
    QCOMPARE(refused.error(), u"Client #%1 was deleted since it was loaded; nothing was saved."_s.arg(created.id));
    QVERIFY(!ClientStore(*m_db).get(created.id));
}

void TestRowVersions::project_stalePlan_refusedWhole_stageProgressKept()
{
    Client client = test::makeClient(u"Mikko"_s);
    QVERIFY(ClientStore(*m_db).create(client));
    Project created = test::makeProject(client.id, u"Logo"_s, 100000);
    created.stages = {test::makeStage(1, 50000, QDate(2026, 12, 10)), test::makeStage(2, 50000, QDate(2026, 12, 20))};
    created.includedItems = {u"Two concepts"_s};
    QVERIFY(ProjectStore(*m_db).create(created));

    Project mine = *ProjectStore(*m_db).get(created.id);
    auto other = openAgain();
    QVERIFY(other);
    // The other records a payment of the first stage: part of the project.
    RowVersions::setEditor(u"bob@laptop"_s);
    const qint64 firstStage = mine.stages.first().id;
    QVERIFY(ProjectStore(*other).recordStageProgress(firstStage, QDate(2026, 12, 1), QDate(2026, 12, 2), 50000));
    RowVersions::setEditor(u"aino@desktop"_s);

    // My copy still says the stage is unpaid; saving it would write that
    // back. The whole save is refused: title, items and stages alike.
    mine.title = u"Logo and card"_s;
    mine.includedItems << u"Business card"_s;
    mine.stages[1].title = u"Final files"_s;
    const auto refused = ProjectStore(*m_db).update(mine);
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(u"Project #%1 was changed by bob@laptop"_s.arg(created.id)),
             qPrintable(refused.error()));
    const Project stored = *ProjectStore(*m_db).get(created.id);
    QCOMPARE(stored.title, u"Logo"_s);
    QCOMPARE(stored.includedItems, QStringList{u"Two concepts"_s});
    QCOMPARE(stored.stages.at(0).paidMinor, 50000);
    QCOMPARE(stored.stages.at(0).paidOn, QDate(2026, 12, 2));
    QCOMPARE(stored.stages.at(1).title, created.stages.at(1).title);
    QCOMPARE(stored.rowVersion.value, 2);

    // Reloaded, the same edit keeps the payment.
    Project reloaded = stored;
    reloaded.title = u"Logo and card"_s;
    reloaded.stages[1].title = u"Final files"_s;
    const auto saved = ProjectStore(*m_db).update(reloaded);
    QVERIFY2(saved, test::why(saved));
    const Project after = *ProjectStore(*other).get(created.id);
    QCOMPARE(after.title, u"Logo and card"_s);
    QCOMPARE(after.stages.at(0).paidMinor, 50000);
    QCOMPARE(after.stages.at(1).title, u"Final files"_s);
    QCOMPARE(after.rowVersion.value, 3);
}

void TestRowVersions::project_revisionAndInvoicePaymentMakeLoadedCopyStale()
{
    Client client = test::makeClient(u"Mikko"_s);
    QVERIFY(ClientStore(*m_db).create(client));
    Project created = test::makeProject(client.id, u"Logo"_s, 100000);
    QVERIFY(ProjectStore(*m_db).create(created));

    Project mine = *ProjectStore(*m_db).get(created.id);
    auto other = openAgain();
    QVERIFY(other);
    Revision revision;
    revision.projectId = created.id;
    revision.requestedOn = QDate(2026, 12, 1);
    revision.description = u"Bigger letters"_s;
    QVERIFY(ProjectStore(*other).addRevision(revision));
    QCOMPARE(ProjectStore(*m_db).get(created.id)->rowVersion.value, 2);

    // Saving my copy would remove the revision the other added.
    mine.scope = u"A logo"_s;
    QVERIFY(!ProjectStore(*m_db).update(mine));
    QCOMPARE(ProjectStore(*m_db).get(created.id)->revisions.size(), 1);

    // Changing and removing a revision bump the project too.
    Project reloaded = *ProjectStore(*m_db).get(created.id);
    revision.description = u"Even bigger letters"_s;
    QVERIFY(ProjectStore(*other).updateRevision(revision));
    QCOMPARE(ProjectStore(*m_db).get(created.id)->rowVersion.value, 3);
    QVERIFY(ProjectStore(*other).removeRevision(revision.id));
    QCOMPARE(ProjectStore(*m_db).get(created.id)->rowVersion.value, 4);
    QVERIFY(!ProjectStore(*m_db).update(reloaded));
}

void TestRowVersions::interactionPromiseObservation_staleSavesRefused()
{
    Client client = test::makeClient(u"Mikko"_s);
    QVERIFY(ClientStore(*m_db).create(client));
    Interaction interaction;
    interaction.clientId = client.id;
    interaction.at = QDateTime(QDate(2026, 11, 30), QTime(10, 0), Qt::UTC);
    interaction.summary = u"Asked for a discount"_s;
    QVERIFY(InteractionStore(*m_db).create(interaction));
    Promise promise;
    promise.clientId = client.id;
    promise.what = u"Send the brief"_s;
    promise.dueOn = QDate(2026, 12, 2);
    QVERIFY(PromiseStore(*m_db).create(promise));
    Observation observation;
    observation.clientId = client.id;
    observation.pattern = ClientPattern::Disrespect;
    observation.observedOn = QDate(2026, 11, 29);
    QVERIFY(ObservationStore(*m_db).create(observation));

    auto other = openAgain();
    QVERIFY(other);
    RowVersions::setEditor(u"bob@laptop"_s);

    Interaction myInteraction = *InteractionStore(*m_db).get(interaction.id);
    Interaction theirInteraction = *InteractionStore(*other).get(interaction.id);
    theirInteraction.summary = u"Asked for 20 % off"_s;
    QVERIFY(InteractionStore(*other).update(theirInteraction));
    myInteraction.summary = u"Asked for 10 % off"_s;
    auto refused = InteractionStore(*m_db).update(myInteraction);
    QVERIFY2(!refused && refused.error().contains(u"Interaction #%1 was changed by bob@laptop"_s.arg(interaction.id)),
             qPrintable(refused.error()));
    QCOMPARE(InteractionStore(*m_db).get(interaction.id)->summary, u"Asked for 20 % off"_s);

    Promise myPromise = *PromiseStore(*m_db).get(promise.id);
    Promise theirPromise = *PromiseStore(*other).get(promise.id);
    theirPromise.doneOn = QDate(2026, 12, 1);
    QVERIFY(PromiseStore(*other).update(theirPromise));
    myPromise.what = u"Send the brief and the quote"_s;
    refused = PromiseStore(*m_db).update(myPromise);
    QVERIFY2(!refused && refused.error().contains(u"Promise #%1 was changed by bob@laptop"_s.arg(promise.id)),
             qPrintable(refused.error()));
    QCOMPARE(PromiseStore(*m_db).get(promise.id)->doneOn, QDate(2026, 12, 1));

    // Withdrawing is a change to the observation: a copy loaded before is stale.
    Observation myObservation = *ObservationStore(*m_db).get(observation.id);
    QVERIFY(ObservationStore(*other).withdraw(observation.id, QDate(2026, 12, 1)));
    myObservation.note = u"Shouted on the phone"_s;
    refused = ObservationStore(*m_db).update(myObservation);
    QVERIFY2(!refused && refused.error().contains(u"Observation #%1 was changed by bob@laptop"_s.arg(observation.id)),
             qPrintable(refused.error()));
    QCOMPARE(ObservationStore(*m_db).get(observation.id)->withdrawnOn, QDate(2026, 12, 1));
}

void TestRowVersions::profile_staleSaveRefused_thresholdsKept()
{
    Profile mine = *ProfileStore(*m_db).load();
    auto other = openAgain();
    QVERIFY(other);
    Profile theirs = *ProfileStore(*other).load();
    theirs.name = u"Aino Virtanen"_s;
    QVERIFY(theirs.thresholds.setValue(u"stage_due_soon_days"_s, 10));
    QVERIFY(ProfileStore(*other).save(theirs));

    mine.phone = u"+358 40 1"_s;
    const auto refused = ProfileStore(*m_db).save(mine);
    QVERIFY2(!refused && refused.error().startsWith(u"The profile was changed by aino@desktop"_s),
             qPrintable(refused.error()));
    const Profile stored = *ProfileStore(*m_db).load();
    QCOMPARE(stored.name, u"Aino Virtanen"_s);
    QCOMPARE(stored.phone, QString());
    QCOMPARE(stored.thresholds.value(u"stage_due_soon_days"), 10);
}

void TestRowVersions::deletion_ofChangedRecord_refused_currentVersionDeletes()
{
    Client client = test::makeClient(u"Mikko"_s);
    QVERIFY(ClientStore(*m_db).create(client));
    Promise promise;
    promise.clientId = client.id;
    promise.what = u"Send the brief"_s;
    promise.dueOn = QDate(2026, 12, 2);
    QVERIFY(PromiseStore(*m_db).create(promise));

    // The person decided to delete what they saw at version 1; someone
    // else changed it since.
    auto other = openAgain();
    QVERIFY(other);
    Client changed = *ClientStore(*other).get(client.id);
    changed.notes = u"Signed the contract after all"_s;
    QVERIFY(ClientStore(*other).update(changed));
    const auto refused = Deletion::deleteClient(*m_db, client.id, false, client.rowVersion.value);
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(u"was changed by"_s), qPrintable(refused.error()));
    QVERIFY(ClientStore(*m_db).get(client.id));
    QCOMPARE(PromiseStore(*m_db).list(client.id)->size(), 1);

    QVERIFY(!Deletion::deletePromise(*m_db, promise.id, promise.rowVersion.value + 1));
    QVERIFY(PromiseStore(*m_db).get(promise.id));

    // At the current version the deletion goes through, promise and all.
    const auto deleted = Deletion::deleteClient(*m_db, client.id, false, changed.rowVersion.value);
    QVERIFY2(deleted, test::why(deleted));
    QVERIFY(!ClientStore(*m_db).get(client.id));
    QVERIFY(!PromiseStore(*m_db).get(promise.id));
}

void TestRowVersions::restore_refusedWhole_whenRelinkedRecordChangedMeanwhile()
{
    Client client = test::makeClient(u"Mikko"_s);
    QVERIFY(ClientStore(*m_db).create(client));
    Project project = test::makeProject(client.id, u"Logo"_s, 100000);
    QVERIFY(ProjectStore(*m_db).create(project));
    Interaction interaction;
    interaction.clientId = client.id;
    interaction.projectId = project.id;
    interaction.at = QDateTime(QDate(2026, 11, 30), QTime(10, 0), Qt::UTC);
    interaction.summary = u"Agreed on the logo"_s;
    QVERIFY(InteractionStore(*m_db).create(interaction));

    const auto deleted = Deletion::deleteProject(*m_db, project.id);
    QVERIFY2(deleted, test::why(deleted));
    QCOMPARE(deleted->relinkedInteractions.size(), 1);

    // Someone edits the interaction that lost its project link before undo.
    auto other = openAgain();
    QVERIFY(other);
    Interaction edited = *InteractionStore(*other).get(interaction.id);
    edited.summary = u"Agreed on the logo, then cancelled"_s;
    QVERIFY(InteractionStore(*other).update(edited));

    // Undo would write the old interaction over the edit: refused as a
    // whole, so the project is not half back either.
    const auto restored = Deletion::restore(*m_db, *deleted);
    QVERIFY(!restored);
    QVERIFY2(restored.error().contains(u"Interaction #%1 was changed by"_s.arg(interaction.id)),
             qPrintable(restored.error()));
    QVERIFY(!ProjectStore(*m_db).get(project.id));
    QCOMPARE(InteractionStore(*m_db).get(interaction.id)->summary, u"Agreed on the logo, then cancelled"_s);
}

void TestRowVersions::exchange_leavesVersionsOut_importStartsAtOne()
{
    Client client = test::makeClient(u"Mikko"_s);
    QVERIFY(ClientStore(*m_db).create(client));
    for (int i = 0; i < 3; ++i) {
        client.notes = u"Edit %1"_s.arg(i);
        QVERIFY(ClientStore(*m_db).update(client));
    }
    QCOMPARE(client.rowVersion.value, 4);
    const auto json = Exchange::exportJson(*m_db);
    QVERIFY2(json, test::why(json));
    for (const char *column : {"row_version", "rowVersion", "updated_at", "updated_by", "aino@desktop"})
        QVERIFY2(!json->contains(column), column);

    Database copy;
    QVERIFY(copy.open(test::freshDatabase(m_dir->filePath(u"copy.sqlite"_s))));
    const auto imported = Exchange::importJson(copy, *json);
    QVERIFY2(imported, test::why(imported));
    const Client importedClient = *ClientStore(copy).get(client.id);
    QCOMPARE(importedClient, client); // the same record, whatever its version
    QCOMPARE(importedClient.rowVersion.value, 1);
    QCOMPARE(*Exchange::exportJson(copy), *json);
}

namespace {

qint64 shownVersion(const QString &showOutput)
{
    static const QRegularExpression version(u"^Version:\\s+(\\d+)$"_s, QRegularExpression::MultilineOption);
    const auto match = version.match(showOutput);
    return match.hasMatch() ? match.captured(1).toLongLong() : -1;
}

} // namespace

void TestRowVersions::cli_twoProcesses_staleEditRefused_reloadThenSaves()
{
    // Two real neuvo-cli processes as two users (aino and bob): on a file,
    // one after the other (each takes the writer lock); on the server, two
    // connections, as two people's machines would be.
    m_db.reset();
    const QString home = m_dir->path();
    const auto as = [](const QString &user) {
        return [user](QProcessEnvironment &env) { env.insert(u"USER"_s, user); };
    };
    auto run = [&](const QStringList &args, const QString &user) {
        return test::runCli(QStringList{u"--db"_s, m_file} + args, home, as(user));
    };
    // (VERIFY_EXIT evaluates its argument more than once: each run is kept.)
    const auto added = run({u"client"_s, u"add"_s, u"Mikko Virtanen"_s}, u"aino"_s);
    VERIFY_EXIT(added, 0);

    // Aino's script reads the client (version 1) ...
    auto shown = run({u"client"_s, u"show"_s, u"1"_s}, u"aino"_s);
    VERIFY_EXIT(shown, 0);
    QCOMPARE(shownVersion(shown.out), 1);
    // ... Bob's process saves it ...
    const auto bobsEdit = run({u"client"_s, u"edit"_s, u"1"_s, u"--notes"_s, u"Bob's note"_s}, u"bob"_s);
    VERIFY_EXIT(bobsEdit, 0);
    // ... and Aino's save from version 1 is refused: exit 1, who and when.
    const auto refused =
        run({u"client"_s, u"edit"_s, u"1"_s, u"--notes"_s, u"Aino's note"_s, u"--if-version"_s, u"1"_s}, u"aino"_s);
    VERIFY_EXIT(refused, 1);
    QVERIFY2(refused.err.contains(u"Client #1 was changed by bob@"_s), qPrintable(refused.err));
    QVERIFY2(refused.err.contains(u"nothing was saved"_s), qPrintable(refused.err));
    // Nothing lost: Bob's note stands.
    shown = run({u"client"_s, u"show"_s, u"1"_s}, u"aino"_s);
    QVERIFY2(shown.out.contains(u"Bob's note"_s), qPrintable(shown.out));
    QVERIFY2(shownVersion(shown.out) == 2, qPrintable(shown.out));
    // Read again, saved again: accepted.
    const auto savedAgain = run(
        {u"client"_s, u"edit"_s, u"1"_s, u"--notes"_s, u"Bob's note; Aino's note"_s, u"--if-version"_s, u"2"_s},
        u"aino"_s);
    VERIFY_EXIT(savedAgain, 0);
    shown = run({u"client"_s, u"show"_s, u"1"_s}, u"aino"_s);
    QVERIFY2(shown.out.contains(u"Bob's note; Aino's note"_s), qPrintable(shown.out));
    QCOMPARE(shownVersion(shown.out), 3);

    // A project: Bob records a payment of a stage; Aino's edit of the
    // project from the version before is refused and the payment stays.
    const auto projectAdded =
        run({u"project"_s, u"add"_s, u"1"_s, u"Logo"_s, u"--price"_s, u"1000"_s, u"--split"_s, u"2"_s}, u"aino"_s);
    VERIFY_EXIT(projectAdded, 0);
    shown = run({u"project"_s, u"show"_s, u"1"_s}, u"aino"_s);
    VERIFY_EXIT(shown, 0);
    const qint64 projectVersion = shownVersion(shown.out);
    QCOMPARE(projectVersion, 1);
    const auto bobsPayment = run({u"pay"_s, u"1"_s, u"1"_s, u"500"_s}, u"bob"_s);
    VERIFY_EXIT(bobsPayment, 0);
    const auto staleProject = run({u"project"_s, u"edit"_s, u"1"_s, u"--title"_s, u"Logo and card"_s,
                                   u"--if-version"_s, QString::number(projectVersion)},
                                  u"aino"_s);
    VERIFY_EXIT(staleProject, 1);
    QVERIFY2(staleProject.err.contains(u"Project #1 was changed by bob@"_s), qPrintable(staleProject.err));
    {
        Database db;
        QVERIFY(db.open(m_file, Database::Access::ReadOnly));
        const Project stored = *ProjectStore(db).get(1);
        QCOMPARE(stored.title, u"Logo"_s);
        QCOMPARE(stored.stages.at(0).paidMinor, 50000);
    }
}

void TestRowVersions::cli_twoProcessesAtOnce_oneSaves_otherRefusedWithReason()
{
    m_db.reset();
    const QString home = m_dir->path();
    const auto as = [](const QString &user) {
        return [user](QProcessEnvironment &env) { env.insert(u"USER"_s, user); };
    };
    VERIFY_EXIT(test::runCli({u"--db"_s, m_file, u"client"_s, u"add"_s, u"Mikko Virtanen"_s}, home, as(u"aino"_s)), 0);
    VERIFY_EXIT(test::runCli({u"--db"_s, m_file, u"project"_s, u"add"_s, u"1"_s, u"Logo"_s, u"--price"_s, u"1000"_s,
                              u"--split"_s, u"2"_s},
                             home, as(u"aino"_s)),
                0);

    // Both loaded version 1 of the project and save their own title and
    // stage plan at the same moment, from two processes as two users.
    const QStringList users = {u"aino"_s, u"bob"_s};
    QProcess processes[2];
    for (int i = 0; i < 2; ++i) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HOME"_s, home);
        env.insert(u"XDG_DATA_HOME"_s, home + u"/data"_s);
        env.insert(u"XDG_CONFIG_HOME"_s, home + u"/config"_s);
        env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
        env.insert(u"USER"_s, users[i]);
        processes[i].setProcessEnvironment(env);
        processes[i].start(QStringLiteral(NEUVO_CLI_PATH),
                           {u"--db"_s, m_file, u"project"_s, u"edit"_s, u"1"_s, u"--title"_s, users[i] + u"'s logo"_s,
                            u"--split"_s, QString::number(i + 2), u"--if-version"_s, u"1"_s});
    }
    test::CliRun runs[2];
    for (int i = 0; i < 2; ++i) {
        QVERIFY(processes[i].waitForFinished(60000));
        runs[i].exitCode = processes[i].exitStatus() == QProcess::NormalExit ? processes[i].exitCode() : -1;
        runs[i].out = QString::fromUtf8(processes[i].readAllStandardOutput());
        runs[i].err = QString::fromUtf8(processes[i].readAllStandardError());
    }
    const int winner = runs[0].exitCode == 0 ? 0 : 1;
    const int loser = 1 - winner;
    VERIFY_EXIT(runs[winner], 0);
    VERIFY_EXIT(runs[loser], 1);
    // The loser is told why. On the server both were connected at once: the
    // second save waited for the first and found the project changed. On a
    // file the two may also have met at the writer lock instead.
    const bool versionRefusal = runs[loser].err.contains(u"Project #1 was changed by %1@"_s.arg(users[winner]))
                                && runs[loser].err.contains(u"nothing was saved"_s);
    const bool lockRefusal = runs[loser].err.contains(u"is already open in another Neuvo"_s);
    QVERIFY2(versionRefusal || (!test::onServer() && lockRefusal), qPrintable(runs[loser].err));

    // Nothing lost and nothing mixed: the winner's whole save is stored.
    Database db;
    QVERIFY(db.open(m_file, Database::Access::ReadOnly));
    const Project stored = *ProjectStore(db).get(1);
    QCOMPARE(stored.title, users[winner] + u"'s logo"_s);
    QCOMPARE(stored.stages.size(), winner + 2);
    QCOMPARE(stored.rowVersion.value, 2);
    const auto stamp = RowVersions::stamp(db.connection(), "project", 1);
    QVERIFY(stamp);
    QVERIFY2(stamp->updatedBy.startsWith(users[winner] + u'@'), qPrintable(stamp->updatedBy));
}

QTEST_GUILESS_MAIN(TestRowVersions)
#include "tst_rowversions.moc"
