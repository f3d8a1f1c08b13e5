#include "core/exchange/demodata.h"
#include "core/rules/facts.h"
#include "core/rules/redflags.h"
#include "core/storage/database.h"
#include "core/storage/stores.h"
#include "ui/clients/clientdetail.h"
#include "ui/clients/clientdialog.h"
#include "ui/session.h"
#include "testutil.h"

#include <QAbstractItemView>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace neuvo;
using namespace neuvo::test;
using namespace Qt::StringLiterals;

// A save that touches one client's records evaluates that client again,
// not the whole file (Session::notifyClientChanged), and the window's
// findings, risks and facts are then exactly what a full load and
// evaluation of the database gives.
class TestSessionReevaluation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void clientDialogSave_evaluatesThatClientOnly();
    void projectGivenToAnotherClient_bothEvaluated();
    void interactionAboutOthersProject_ownerEvaluatedToo();
    void promiseAboutOthersProject_promiserEvaluatedToo();
    void outOfDateFindings_evaluatedWhole();
    void clientDetail_showsEverySummary();
    void failedDeletion_onlyVersionRefusalEvaluatesAgain();

private:
    // The session's findings, risks and facts against a full load and
    // evaluation of the database as it is now.
    void checkAgainstFull();
    qint64 clientWithFindings();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Session> m_session;
    const QDate m_today{2024, 5, 15};
};

void TestSessionReevaluation::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<Database>();
    const auto opened = m_db->open(m_dir->filePath(u"session.sqlite"_s));
    QVERIFY2(opened, why(opened).constData());
    const auto filled = DemoData::fill(*m_db, m_today);
    QVERIFY2(filled, why(filled).constData());
    m_session = std::make_unique<Session>(*m_db);
    m_session->setToday(m_today);
    // The first, full evaluation covers every client.
    QVERIFY(!m_session->findings().isEmpty());
    QVERIFY(m_session->hasCurrentFindings());
    QVERIFY(m_session->facts().clients.size() >= 4);
    QCOMPARE(m_session->lastEvaluatedClientCount(), m_session->facts().clients.size());
}

void TestSessionReevaluation::cleanup()
{
    m_session.reset();
    m_db.reset();
    m_dir.reset();
}

void TestSessionReevaluation::checkAgainstFull()
{
    const auto fresh = Facts::load(*m_db);
    QVERIFY2(fresh, why(fresh).constData());
    const QList<Finding> full = RedFlagEngine::evaluate(*fresh, m_today);
    const QList<Finding> &session = m_session->findings();
    compareFindings(session, full);
    if (QTest::currentTestFailed())
        return;
    const auto risks = RedFlagEngine::risks(full, fresh->profile.thresholds);
    QCOMPARE(m_session->risks().size(), risks.size());
    for (auto it = risks.cbegin(); it != risks.cend(); ++it) {
        const ClientRisk mine = m_session->risk(it.key());
        QCOMPARE(mine.level, it->level);
        QCOMPARE(mine.score, it->score);
        QCOMPARE(mine.reasonTexts(), it->reasonTexts());
    }
    const Facts &facts = m_session->facts();
    QCOMPARE(facts.clients, fresh->clients);
    QCOMPARE(facts.projects, fresh->projects);
    // Within a client the log, promises and observations keep their
    // order; across clients the reloaded client's part moves to the end.
    QCOMPARE(facts.interactions.size(), fresh->interactions.size());
    QCOMPARE(facts.promises.size(), fresh->promises.size());
    QCOMPARE(facts.observations.size(), fresh->observations.size());
    const auto ofClient = [](const auto &records, qint64 clientId) {
        std::remove_cvref_t<decltype(records)> own;
        for (const auto &r : records) {
            if (r.clientId == clientId)
                own << r;
        }
        return own;
    };
    for (const Client &c : fresh->clients) {
        QCOMPARE(ofClient(facts.interactions, c.id), ofClient(fresh->interactions, c.id));
        QCOMPARE(ofClient(facts.promises, c.id), ofClient(fresh->promises, c.id));
        QCOMPARE(ofClient(facts.observations, c.id), ofClient(fresh->observations, c.id));
    }
}

qint64 TestSessionReevaluation::clientWithFindings()
{
    for (const Client &c : m_session->facts().clients) {
        for (const Finding &f : m_session->findings()) {
            if (f.clientId == c.id && f.kind == FindingKind::Flag)
                return c.id;
        }
    }
    return 0;
}

void TestSessionReevaluation::clientDialogSave_evaluatesThatClientOnly()
{
    const qint64 id = clientWithFindings();
    QVERIFY(id > 0);
    const QList<Finding> before = m_session->findings();
    // Three discount requests by night: new findings for this client.
    const auto projects = ProjectStore(*m_db).listForClient(id);
    QVERIFY2(projects, why(projects).constData());
    for (int n = 0; n < 3; ++n) {
        Interaction ask;
        ask.clientId = id;
        ask.projectId = projects->isEmpty() ? 0 : projects->first().id;
        ask.at = QDateTime(m_today.addDays(-2 - n), QTime(23, 30), QTimeZone::utc());
        ask.channel = Channel::Phone;
        ask.direction = Direction::In;
        ask.kind = InteractionKind::DiscountRequest;
        ask.summary = u"Can you do it cheaper?"_s;
        QVERIFY(InteractionStore(*m_db).create(ask));
    }
    // Then renamed in the client dialog (its place in the order moves),
    // whose save tells the session which client changed.
    ClientDialog dialog(*m_session, *ClientStore(*m_db).get(id));
    auto *name = dialog.findChild<QLineEdit *>(u"name"_s);
    QVERIFY(name);
    name->setText(u"Aaaa first now"_s);
    QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    // Brought up to date at once, by evaluating the one client.
    QVERIFY(m_session->hasCurrentFindings());
    QCOMPARE(m_session->lastEvaluatedClientCount(), 1);
    QCOMPARE(m_session->facts().clients.constFirst().id, id);
    QVERIFY(m_session->findings() != before);
    checkAgainstFull();
    QCOMPARE(m_session->lastEvaluatedClientCount(), 1);
}

void TestSessionReevaluation::projectGivenToAnotherClient_bothEvaluated()
{
    const qint64 from = clientWithFindings();
    QVERIFY(from > 0);
    auto projects = ProjectStore(*m_db).listForClient(from);
    QVERIFY2(projects, why(projects).constData());
    QVERIFY(!projects->isEmpty());
    qint64 to = 0;
    for (const Client &c : m_session->facts().clients) {
        if (c.id != from)
            to = c.id;
    }
    Project moved = projects->first();
    moved.clientId = to;
    const auto updated = ProjectStore(*m_db).update(moved);
    QVERIFY2(updated, why(updated).constData());
    m_session->notifyClientChanged(to, from);
    QVERIFY(m_session->hasCurrentFindings());
    QVERIFY(m_session->lastEvaluatedClientCount() >= 2);
    QVERIFY(m_session->lastEvaluatedClientCount() < m_session->facts().clients.size());
    checkAgainstFull();
}

void TestSessionReevaluation::interactionAboutOthersProject_ownerEvaluatedToo()
{
    // The database lets an interaction name another client's project: a
    // discount asked for there is in the owner's devalues_work evidence,
    // so the owner is evaluated with the client that asked.
    const Facts &facts = m_session->facts();
    const Project *devalued = nullptr;
    for (const Project &p : facts.projects) {
        if (p.firstOfferMinor && *p.firstOfferMinor * 2 < p.basePriceMinor && p.status != ProjectStatus::Declined)
            devalued = &p;
    }
    const Project project = devalued ? *devalued : facts.projects.constFirst();
    qint64 other = 0;
    for (const Client &c : facts.clients) {
        if (c.id != project.clientId)
            other = c.id;
    }
    Interaction ask;
    ask.clientId = other;
    ask.projectId = project.id;
    ask.at = QDateTime(m_today.addDays(-1), QTime(10, 0), QTimeZone::utc());
    ask.kind = InteractionKind::DiscountRequest;
    ask.summary = u"A discount for my friend's project"_s;
    QVERIFY(InteractionStore(*m_db).create(ask));
    m_session->notifyClientChanged(other);
    QVERIFY(m_session->hasCurrentFindings());
    QCOMPARE(m_session->lastEvaluatedClientCount(), 2);
    checkAgainstFull();
}

void TestSessionReevaluation::promiseAboutOthersProject_promiserEvaluatedToo()
{
    // A promise to one client about another's project is no alert once
    // that project is cancelled: cancelling it re-evaluates the promiser.
    const Facts &facts = m_session->facts();
    const Project project = facts.projects.constFirst();
    qint64 other = 0;
    for (const Client &c : facts.clients) {
        if (c.id != project.clientId)
            other = c.id;
    }
    Promise promise;
    promise.clientId = other;
    promise.projectId = project.id;
    promise.what = u"Send the sketches"_s;
    promise.dueOn = m_today.addDays(-1);
    QVERIFY(PromiseStore(*m_db).create(promise));
    m_session->notifyClientChanged(other);
    checkAgainstFull();
    const auto promiseDue = [&] {
        return std::any_of(m_session->findings().cbegin(), m_session->findings().cend(), [&](const Finding &f) {
            return f.rule == u"promise_due"_s && f.clientId == other && f.projectId == project.id;
        });
    };
    QVERIFY(promiseDue());

    Project cancelled = *ProjectStore(*m_db).get(project.id);
    cancelled.status = ProjectStatus::Cancelled;
    QVERIFY(ProjectStore(*m_db).update(cancelled));
    m_session->notifyClientChanged(project.clientId);
    QVERIFY(m_session->hasCurrentFindings());
    QCOMPARE(m_session->lastEvaluatedClientCount(), 2);
    QVERIFY(!promiseDue());
    checkAgainstFull();
}

void TestSessionReevaluation::outOfDateFindings_evaluatedWhole()
{
    // A change whose client is not known came first: one client's
    // evaluation would not bring the rest up to date.
    const qint64 id = clientWithFindings();
    Observation seen;
    seen.clientId = id;
    seen.pattern = ClientPattern::Disrespect;
    seen.observedOn = m_today.addDays(-1);
    QVERIFY(ObservationStore(*m_db).create(seen));
    m_session->notifyChanged();
    m_session->notifyClientChanged(id);
    QVERIFY(!m_session->hasCurrentFindings());
    checkAgainstFull();
    QCOMPARE(m_session->lastEvaluatedClientCount(), m_session->facts().clients.size());
}

void TestSessionReevaluation::clientDetail_showsEverySummary()
{
    // The facts keep only the part of the log the rules read, and of it
    // only the summaries the rules quote; the log is read whole where it
    // is shown or edited.
    const qint64 id = clientWithFindings();
    Interaction note;
    note.clientId = id;
    note.at = QDateTime(m_today.addDays(-1), QTime(9, 0), QTimeZone::utc());
    note.direction = Direction::Out;
    note.kind = InteractionKind::General;
    note.summary = u"Talked about the colours"_s;
    QVERIFY(InteractionStore(*m_db).create(note));
    Interaction call = note;
    call.id = 0;
    call.kind = InteractionKind::BriefSent; // the brief rule reads it, not its summary
    call.summary = u"Sent the brief about the fonts"_s;
    QVERIFY(InteractionStore(*m_db).create(call));
    m_session->notifyClientChanged(id);
    bool noteInFacts = false;
    bool callInFacts = false;
    for (const Interaction &i : m_session->facts().interactions) {
        noteInFacts = noteInFacts || i.id == note.id;
        if (i.id == call.id) {
            callInFacts = true;
            QVERIFY(i.summary.isEmpty());
        } else if (Facts::keepsSummary(i.kind) && i.clientId == id) {
            QVERIFY(!i.summary.isEmpty());
        }
    }
    QVERIFY(!noteInFacts);
    QVERIFY(callInFacts);
    // The client's page lists both with their summaries.
    ClientDetailWidget detail(*m_session);
    detail.setClient(id);
    auto *view = detail.findChild<QAbstractItemView *>(u"interactionsView"_s);
    QVERIFY(view);
    const QAbstractItemModel *model = view->model();
    QVERIFY(model->rowCount() > 0);
    for (const QString &summary : {note.summary, call.summary}) {
        bool shown = false;
        for (int row = 0; row < model->rowCount() && !shown; ++row) {
            for (int column = 0; column < model->columnCount() && !shown; ++column)
                shown = model->index(row, column).data().toString() == summary;
        }
        QVERIFY2(shown, qPrintable(summary));
    }
}

// A deletion refused because the record was saved or deleted elsewhere
// since it was loaded makes the views show what is stored now (the whole
// refresh). Any other failure rolled back and changed nothing: the
// findings stay as they are, nothing is evaluated again, no view reloads.
void TestSessionReevaluation::failedDeletion_onlyVersionRefusalEvaluatesAgain()
{
    qint64 withProjects = 0;
    for (const Project &p : m_session->facts().projects)
        withProjects = p.clientId;
    QVERIFY(withProjects > 0);
    const Client client = *ClientStore(*m_db).get(withProjects);
    const qsizetype clients = m_session->facts().clients.size();
    const QList<Finding> findings = m_session->findings();
    QSignalSpy changed(m_session.get(), &Session::changed);

    // Not a version refusal: the client still has projects.
    const QString refused = m_session->deleteClient(withProjects, false, client.rowVersion.value);
    QVERIFY(!refused.isEmpty());
    QCOMPARE(changed.size(), 0);
    QVERIFY(m_session->hasCurrentFindings());
    QCOMPARE(m_session->findings(), findings);
    QCOMPARE(m_session->facts().clients.size(), clients);
    QVERIFY(ClientStore(*m_db).get(withProjects).ok());
    QVERIFY(!m_session->canUndoDeletion());

    // Saved by another connection since the copy was loaded: refused, and
    // the views reload.
    Database other;
    QVERIFY(other.open(m_dir->filePath(u"session.sqlite"_s)).ok());
    Client theirs = client;
    theirs.notes = u"Paid the deposit after all"_s;
    QVERIFY(ClientStore(other).update(theirs));
    const QString stale = m_session->deleteClient(withProjects, true, client.rowVersion.value);
    QVERIFY2(stale.contains(u"nothing was deleted"_s), qPrintable(stale));
    QCOMPARE(changed.size(), 1);
    QVERIFY(!m_session->hasCurrentFindings());
    QVERIFY(ClientStore(*m_db).get(withProjects).ok());
    QCOMPARE(m_session->facts().clients.size(), clients);
    QCOMPARE(m_session->lastEvaluatedClientCount(), clients);
    bool seesTheirs = false;
    for (const Client &c : m_session->facts().clients)
        seesTheirs = seesTheirs || (c.id == withProjects && c.notes == theirs.notes);
    QVERIFY(seesTheirs);

    // Deleted elsewhere since it was loaded: refused as well, views reload.
    const QList<Promise> promises = m_session->facts().promises;
    QVERIFY(!promises.isEmpty());
    const Promise promise = promises.first();
    QVERIFY(PromiseStore(other).remove(promise.id));
    QVERIFY(m_session->hasCurrentFindings());
    const QString gone = m_session->deletePromise(promise.id, promise.rowVersion.value);
    QVERIFY2(gone.contains(u"deleted elsewhere"_s), qPrintable(gone));
    QCOMPARE(changed.size(), 2);
    QVERIFY(!m_session->hasCurrentFindings());
    QCOMPARE(m_session->facts().promises.size(), promises.size() - 1);

    // A deletion of a record that is not there at all, named by id only
    // (no version to check): a plain failure, nothing reloads.
    QVERIFY(m_session->hasCurrentFindings());
    const QString missing = m_session->deleteInteraction(999999, 0);
    QVERIFY(!missing.isEmpty());
    QCOMPARE(changed.size(), 2);
    QVERIFY(m_session->hasCurrentFindings());
}

QTEST_MAIN(TestSessionReevaluation)
#include "tst_sessionreevaluation.moc"
