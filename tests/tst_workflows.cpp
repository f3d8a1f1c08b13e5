#include "core/documents/documentloader.h"
#include "core/domain/newrecords.h"
#include "core/domain/stagepayment.h"
#include "core/exchange/demodata.h"
#include "core/exchange/imports.h"
#include "core/storage/atomicfile.h"
#include "core/storage/backup.h"
#include "core/storage/database.h"
#include "core/storage/stores.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

#include "testutil.h"

#include <memory>

using namespace neuvo;
using namespace Qt::StringLiterals;
using neuvo::test::why;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

// The workflows of core that the desktop and neuvo-cli share, each written
// once: the atomic file write, loading a document or a letter from what is
// stored, the CSV import (check, backup, import), what a new record starts
// with, payments and work on a stage, and the checks of hand-typed clients,
// interactions and observations.
class TestWorkflows : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void atomicFile_writesWholeFile();
    void atomicFile_failureNamesFile();
    void atomicFile_writerThatFailsLeavesTargetAlone();

    void documentLoader_contractDatesFromProject_invoiceOfStage();
    void documentLoader_missingProfileData_withTheCallersHint();
    void documentLoader_unknownProjectAndLetter();

    void csvImport_problemsWriteNothingAndMakeNoBackup();
    void csvImport_dryRunThenImportWithBackup();
    void csvImport_newEmptyFileGetsNoBackup();

    void newRecords_projectStartsFromProfile();
    void stagePayment_partialFullAndRefusals();
    void stagePayment_startWorkAndWarning();
    void stagePayment_resplitKeepsTitlesRefusesProgress();

    void clientValidate_namesEachField_data();
    void clientValidate_namesEachField();
    void interactionValidate_needsSummary();
    void observation_observeOnceWithdrawOnce();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestWorkflows::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(m_dir->filePath(u"w.sqlite"_s)).ok());
    QVERIFY(DemoData::fill(*m_db, QDate(2026, 11, 30)).ok());
}

void TestWorkflows::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

// ---------------------------------------------------------------- AtomicFile

void TestWorkflows::atomicFile_writesWholeFile()
{
    const QString path = m_dir->filePath(u"out.txt"_s);
    QVERIFY2(AtomicFile::write(path, "first").ok(), "");
    QVERIFY(AtomicFile::write(path, "second, longer").ok());
    QCOMPARE(readAll(path), QByteArray("second, longer"));
    // Nothing is left beside it.
    QCOMPARE(QDir(m_dir->path()).entryList({u"out.txt*"_s}, QDir::Files | QDir::Hidden), QStringList{u"out.txt"_s});
}

void TestWorkflows::atomicFile_failureNamesFile()
{
    // A folder that is a file: the temporary file cannot be made beside the
    // target (root may write anywhere, so permissions would not do).
    const QString notAFolder = m_dir->filePath(u"plain"_s);
    QVERIFY(AtomicFile::write(notAFolder, "a file").ok());
    const QString path = notAFolder + u"/out.txt"_s;
    const auto written = AtomicFile::write(path, "new");
    QVERIFY(!written.ok());
    QVERIFY2(written.error().startsWith(u"Cannot write %1: "_s.arg(path)), qPrintable(written.error()));
    QCOMPARE(readAll(notAFolder), QByteArray("a file"));

    // A device that is always full: written directly (a rename would
    // replace the device), and the failed write() is reported.
    if (QFileInfo(u"/dev/full"_s).exists() && !QFileInfo(u"/dev/full"_s).isFile()) {
        const auto full = AtomicFile::write(u"/dev/full"_s, QByteArray(1 << 16, 'x'));
        QVERIFY(!QFileInfo(u"/dev/full"_s).isFile());
        QVERIFY(!full.ok());
        QVERIFY2(full.error().startsWith(u"Cannot write /dev/full: "_s), qPrintable(full.error()));
    }
}

void TestWorkflows::atomicFile_writerThatFailsLeavesTargetAlone()
{
    const QString path = m_dir->filePath(u"doc.pdf"_s);
    QVERIFY(AtomicFile::write(path, "complete").ok());
    const auto written = AtomicFile::write(path, [](QIODevice &file) -> Result<void> {
        file.write("half a doc");
        return fail(u"Printing did not finish."_s);
    });
    QCOMPARE(written.error(), u"Printing did not finish."_s);
    QCOMPARE(readAll(path), QByteArray("complete"));
}

// ---------------------------------------------------------------- documents

void TestWorkflows::documentLoader_contractDatesFromProject_invoiceOfStage()
{
    const Project travelBlog = *ProjectStore(*m_db).get(6);
    DocumentRequest request;
    request.kind = DocumentKind::Contract;
    request.projectId = travelBlog.id;
    const auto contract = DocumentLoader::load(*m_db, request, QDate(2027, 1, 1));
    QVERIFY2(contract.ok(), why(contract));
    QVERIFY(contract->fileName.startsWith(u"contract-"_s));
    // No date given: the project's contract date, else the day given as today.
    const QString text = contract->text->toPlainText();
    if (travelBlog.contractDate.isValid())
        QVERIFY2(text.contains(request.language.longDate(travelBlog.contractDate)), qPrintable(text.left(400)));
    else
        QVERIFY2(text.contains(request.language.longDate(QDate(2027, 1, 1))), qPrintable(text.left(400)));

    request.kind = DocumentKind::Invoice;
    request.stagePosition = 2;
    request.date = QDate(2026, 12, 24);
    const auto invoice = DocumentLoader::load(*m_db, request);
    QVERIFY2(invoice.ok(), why(invoice));
    QVERIFY(invoice->text->toPlainText().contains(travelBlog.stages.at(1).title));
    request.stagePosition = 3;
    QVERIFY(!DocumentLoader::load(*m_db, request).ok());
}

void TestWorkflows::documentLoader_missingProfileData_withTheCallersHint()
{
    Profile profile = *ProfileStore(*m_db).load();
    profile.bankDetails.clear();
    QVERIFY(ProfileStore(*m_db).save(profile).ok());
    DocumentRequest request;
    request.projectId = 6;
    const auto plain = DocumentLoader::load(*m_db, request);
    QVERIFY(!plain.ok());
    QVERIFY2(plain.error().contains(u"Bank details (Profile → Bank details)"_s), qPrintable(plain.error()));
    request.profileHint = u"Set them with neuvo-cli."_s;
    const auto hinted = DocumentLoader::load(*m_db, request);
    QCOMPARE(hinted.error(), plain.error() + u"\nSet them with neuvo-cli."_s);
    // A quote needs no bank details.
    request.kind = DocumentKind::Quote;
    QVERIFY(DocumentLoader::load(*m_db, request).ok());
}

void TestWorkflows::documentLoader_unknownProjectAndLetter()
{
    DocumentRequest request;
    request.projectId = 99;
    QCOMPARE(DocumentLoader::load(*m_db, request).error(), u"Project #99 does not exist."_s);
    QCOMPARE(DocumentLoader::loadLetter(*m_db, 999, DocumentLanguage()).error(),
             u"Interaction #999 does not exist."_s);
    // The agreement by phone with Elina Öhman, about the travel blog.
    const auto interactions = *InteractionStore(*m_db).list(5);
    const auto agreement = std::find_if(interactions.cbegin(), interactions.cend(), [](const Interaction &i) {
        return i.kind == InteractionKind::Agreement;
    });
    QVERIFY(agreement != interactions.cend());
    const auto letter = DocumentLoader::loadLetter(*m_db, agreement->id, DocumentLanguage());
    QVERIFY2(letter.ok(), why(letter));
    QVERIFY(letter->subject().contains(u"Travel blog"_s));
}

// ---------------------------------------------------------------- CSV import

void TestWorkflows::csvImport_problemsWriteNothingAndMakeNoBackup()
{
    const QByteArray csv = "name,email,status\nFine,a@example.com,active\n,b@example.com,active\n";
    const int before = *ClientStore(*m_db).count();
    const auto outcome = Imports::csv(*m_db, CsvExchange::Table::Clients, csv, {}, false);
    QVERIFY2(outcome.ok(), why(outcome));
    QCOMPARE(outcome->problems, QStringList{u"line 3: name: a client needs a name."_s});
    QVERIFY(!outcome->written);
    QVERIFY(!outcome->backup);
    QCOMPARE(*ClientStore(*m_db).count(), before);
    QVERIFY(BackupManager(m_db->path()).list().isEmpty());
}

void TestWorkflows::csvImport_dryRunThenImportWithBackup()
{
    const QByteArray csv = "Full name,Mail\nAino,aino@example.fi\nBertta,bertta@example.fi\n";
    const int before = *ClientStore(*m_db).count();
    const QStringList mapping{u"name"_s, u"email"_s};
    const auto dry = Imports::csv(*m_db, CsvExchange::Table::Clients, csv, mapping, true);
    QVERIFY2(dry.ok(), why(dry));
    QCOMPARE(dry->rows, 2);
    QVERIFY(!dry->written && !dry->backup && dry->problems.isEmpty());
    QCOMPARE(*ClientStore(*m_db).count(), before);

    const auto done = Imports::csv(*m_db, CsvExchange::Table::Clients, csv, mapping, false);
    QVERIFY2(done.ok(), why(done));
    QVERIFY(done->written);
    QCOMPARE(*ClientStore(*m_db).count(), before + 2);
    QVERIFY(done->backup);
    QCOMPARE(done->backup->reason, u"import"_s);
    QCOMPARE(test::countRows(done->backup->path, u"client"_s), before);
}

void TestWorkflows::csvImport_newEmptyFileGetsNoBackup()
{
    Database fresh;
    const QString path = m_dir->filePath(u"new/fresh.sqlite"_s);
    QVERIFY(QDir().mkpath(m_dir->filePath(u"new"_s)));
    QVERIFY(fresh.open(path).ok());
    QVERIFY(fresh.wasCreated());
    const auto outcome = Imports::csv(fresh, CsvExchange::Table::Clients, "name\nAino\n", {}, false);
    QVERIFY2(outcome.ok(), why(outcome));
    QVERIFY(outcome->written);
    QVERIFY(!outcome->backup);
    // Created in this run but holding clients now: the next import backs up.
    const auto second = Imports::csv(fresh, CsvExchange::Table::Clients, "name\nBertta\n", {}, false);
    QVERIFY2(second.ok(), why(second));
    QVERIFY(second->backup);
}

// ---------------------------------------------------------------- records and stages

void TestWorkflows::newRecords_projectStartsFromProfile()
{
    Profile profile;
    profile.currency = u"SEK"_s;
    profile.ndaMarkupPercent = 25;
    profile.includedRevisions = 3;
    profile.guaranteePercent = 40;
    const Project p = NewRecords::project(profile, 7);
    QCOMPARE(p.clientId, 7);
    QCOMPARE(p.currency, u"SEK"_s);
    QCOMPARE(p.ndaMarkupPercent, 25);
    QCOMPARE(p.revisionsIncluded, 3);
    QCOMPARE(p.guaranteePercent, 40);
    QVERIFY(ClientStore::validate([] {
                Client c = NewRecords::client();
                c.name = u"Aino"_s;
                return c;
            }())
                .ok());
}

void TestWorkflows::stagePayment_partialFullAndRefusals()
{
    PaymentStage stage;
    stage.amountMinor = 120000;
    const auto part = StagePayment::record(stage, 1, 50000, QDate(2026, 12, 1), u"EUR"_s);
    QVERIFY2(part.ok(), why(part));
    QCOMPARE(part->paidMinor, 50000);
    QCOMPARE(part->paidOn, QDate(2026, 12, 1));
    QVERIFY(!part->isFullyPaid());

    const auto tooMuch = StagePayment::record(*part, 1, 70001, QDate(2026, 12, 2), u"EUR"_s);
    QVERIFY(tooMuch.error().startsWith(u"Payment amount: "_s));
    QVERIFY(tooMuch.error().endsWith(u"still open on stage 1."_s));
    QVERIFY(StagePayment::record(*part, 1, 0, QDate(2026, 12, 2), u"EUR"_s)
                .error()
                .startsWith(u"Payment amount: enter"_s));

    const auto rest = StagePayment::record(*part, 1, 70000, QDate(2026, 12, 3), u"EUR"_s);
    QVERIFY(rest.ok());
    QVERIFY(rest->isFullyPaid());
    QCOMPARE(StagePayment::record(*rest, 1, 1, QDate(2026, 12, 4), u"EUR"_s).error(),
             u"Stage 1 is paid in full already."_s);
}

void TestWorkflows::stagePayment_startWorkAndWarning()
{
    PaymentStage stage;
    stage.amountMinor = 1000;
    const auto started = StagePayment::startWork(stage, 2, QDate(2026, 12, 1));
    QVERIFY(started.ok());
    QCOMPARE(started->workStartedOn, QDate(2026, 12, 1));
    QVERIFY(StagePayment::prepaymentWarning(*started, 2).startsWith(u"Stage 2: work started before"_s));
    QVERIFY(StagePayment::startWork(*started, 2, QDate(2026, 12, 2)).error().startsWith(u"Stage 2: work started on"_s));
    PaymentStage paid = *started;
    paid.paidMinor = 1000;
    QVERIFY(StagePayment::prepaymentWarning(paid, 2).isEmpty());
    QVERIFY(StagePayment::prepaymentWarning(stage, 2).isEmpty()); // not started
}

void TestWorkflows::stagePayment_resplitKeepsTitlesRefusesProgress()
{
    PaymentStage named;
    named.title = u"Research"_s;
    const QList<Money> amounts{Money(300, u"EUR"_s), Money(700, u"EUR"_s)};
    const auto stages = StagePayment::resplit({named}, amounts);
    QVERIFY(stages.ok());
    QCOMPARE(stages->size(), 2);
    QCOMPARE(stages->at(0).title, u"Research"_s);
    QCOMPARE(stages->at(1).title, u"Stage 2"_s);
    QCOMPARE(stages->at(1).amountMinor, 700);

    named.paidMinor = 1;
    QVERIFY(StagePayment::resplit({PaymentStage{}, named}, amounts)
                .error()
                .startsWith(u"Split: stage 2 already has work or a payment recorded"_s));
}

// ---------------------------------------------------------------- checks

void TestWorkflows::clientValidate_namesEachField_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("message");
    QTest::newRow("name") << u"name"_s << u" "_s << u"Name: "_s;
    QTest::newRow("email") << u"email"_s << u"a@b"_s << u"E-mail: "_s;
    QTest::newRow("contact_days") << u"contact_days"_s << QString() << u"Contact days: "_s;
    QTest::newRow("time_zone") << u"time_zone"_s << u"Mars/Olympus"_s << u"Time zone: "_s;
}

void TestWorkflows::clientValidate_namesEachField()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, message);
    Client c;
    c.name = u"Aino"_s;
    c.timeZone = u"Europe/Helsinki"_s;
    QString reported = u"stale"_s;
    QVERIFY(ClientStore::validate(c, &reported).ok());
    QVERIFY(reported.isEmpty());
    if (field == u"name"_s)
        c.name = value;
    else if (field == u"email"_s)
        c.email = value;
    else if (field == u"contact_days"_s)
        c.contactDays = 0;
    else
        c.timeZone = value;
    const auto valid = ClientStore::validate(c, &reported);
    QVERIFY(valid.error().startsWith(message));
    QCOMPARE(reported, field);
}

void TestWorkflows::interactionValidate_needsSummary()
{
    Interaction i;
    i.clientId = 1;
    i.at = QDateTime(QDate(2026, 11, 30), QTime(10, 0), Qt::UTC);
    QCOMPARE(InteractionStore::validate(i).error(), u"Summary: write down what was said or agreed."_s);
    i.summary = u"Called about the deadline"_s;
    QVERIFY(InteractionStore::validate(i).ok());
    i.at = QDateTime();
    QVERIFY(InteractionStore::validate(i).error().startsWith(u"Time: "_s));
}

void TestWorkflows::observation_observeOnceWithdrawOnce()
{
    ObservationStore store(*m_db);
    Observation o;
    o.clientId = 5;
    o.pattern = ClientPattern::PaysInPromises;
    o.observedOn = QDate(2026, 11, 1);
    QVERIFY(store.observe(o).ok());
    Observation again = o;
    again.id = 0;
    const auto twice = store.observe(again);
    QVERIFY2(twice.error().startsWith(u"Pattern: \"pays_in_promises\" is observed already (observation #%1"_s.arg(o.id)),
             qPrintable(twice.error()));
    QVERIFY(store.withdraw(o.id, QDate(2026, 11, 20)).ok());
    QVERIFY(store.withdraw(o.id, QDate(2026, 11, 21)).error().endsWith(u"was withdrawn on 2026-11-20 already."_s));
    QCOMPARE(store.get(o.id)->withdrawnOn, QDate(2026, 11, 20));
    QVERIFY(!store.withdraw(o.id, QDate()).ok());
    again.id = 0;
    QVERIFY(store.observe(again).ok()); // withdrawn: it may be observed anew
}

QTEST_MAIN(TestWorkflows)
#include "tst_workflows.moc"
