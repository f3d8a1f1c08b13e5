#include "core/storage/database.h"
#include "core/storage/deletion.h"
#include "core/exchange/demodata.h"
#include "core/exchange/exchange.h"
#include "core/storage/stores.h"
#include "testutil.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace neuvo;
using namespace Qt::StringLiterals;

// Deleting clients and projects, and undoing the last deletion, against the
// demo sample: after an undo the whole database exports byte for byte as
// before the deletion.
class TestDeletion : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup() { m_db.reset(); m_dir.reset(); }

    void deleteClientWithProjects_refusedWithoutChoice();
    void deleteClientWithProjects_thenUndo_restoresEverything();
    void deleteProject_thenUndo_restoresLinks();
    void describe_namesWhatGoes();

private:
    QByteArray snapshot() { return *Exchange::exportJson(*m_db); }
    qint64 clientWithMostProjects();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestDeletion::init()
{
    m_dir.reset(new QTemporaryDir);
    m_db.reset(new Database);
    QVERIFY(m_db->open(test::suiteDatabase(m_dir->filePath(u"d.sqlite"_s))).ok());
    const auto filled = DemoData::fill(*m_db, QDate(2026, 11, 27));
    QVERIFY2(filled.ok(), qPrintable(filled.error()));
}

qint64 TestDeletion::clientWithMostProjects()
{
    qint64 best = 0;
    int most = -1;
    for (const Client &c : *ClientStore(*m_db).list()) {
        const int n = *ClientStore(*m_db).projectCount(c.id);
        if (n > most) {
            most = n;
            best = c.id;
        }
    }
    return best;
}

void TestDeletion::deleteClientWithProjects_refusedWithoutChoice()
{
    const qint64 id = clientWithMostProjects();
    const QByteArray before = snapshot();
    const auto refused = Deletion::deleteClient(*m_db, id, false);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(u"project"_s), qPrintable(refused.error()));
    QCOMPARE(snapshot(), before);
}

void TestDeletion::deleteClientWithProjects_thenUndo_restoresEverything()
{
    const qint64 id = clientWithMostProjects();
    const QByteArray before = snapshot();
    const auto deleted = Deletion::deleteClient(*m_db, id, true);
    QVERIFY2(deleted.ok(), qPrintable(deleted.error()));
    QVERIFY(deleted->projects.size() >= 2);
    QVERIFY(!deleted->interactions.isEmpty());
    QVERIFY(!ClientStore(*m_db).get(id).ok());
    QVERIFY(ProjectStore(*m_db).listForClient(id)->isEmpty());
    QVERIFY(InteractionStore(*m_db).list(id)->isEmpty());
    QVERIFY(snapshot() != before);

    const auto restored = Deletion::restore(*m_db, *deleted);
    QVERIFY2(restored.ok(), qPrintable(restored.error()));
    QCOMPARE(snapshot(), before);
}

void TestDeletion::deleteProject_thenUndo_restoresLinks()
{
    // A project that interactions point to.
    qint64 projectId = 0;
    for (const Interaction &i : *InteractionStore(*m_db).list()) {
        if (i.projectId > 0) {
            projectId = i.projectId;
            break;
        }
    }
    QVERIFY(projectId > 0);
    const QByteArray before = snapshot();
    const auto deleted = Deletion::deleteProject(*m_db, projectId);
    QVERIFY2(deleted.ok(), qPrintable(deleted.error()));
    QVERIFY(!deleted->relinkedInteractions.isEmpty());
    for (const Interaction &i : *InteractionStore(*m_db).list())
        QVERIFY(i.projectId != projectId);

    QVERIFY(Deletion::restore(*m_db, *deleted).ok());
    QCOMPARE(snapshot(), before);
}

void TestDeletion::describe_namesWhatGoes()
{
    const auto preview = Deletion::previewClient(*m_db, clientWithMostProjects());
    QVERIFY(preview.ok());
    const QString text = preview->describe();
    QVERIFY2(text.contains(preview->clients.first().name), qPrintable(text));
    QVERIFY2(text.contains(u"projects: %1"_s.arg(preview->projects.size())), qPrintable(text));
    QVERIFY2(text.contains(u"interactions: %1"_s.arg(preview->interactions.size())), qPrintable(text));
}

QTEST_GUILESS_MAIN(TestDeletion)
#include "tst_deletion.moc"
