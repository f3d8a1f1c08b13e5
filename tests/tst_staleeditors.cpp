#include "core/storage/database.h"
#include "core/storage/rowversion.h"
#include "core/storage/stores.h"
#include "ui/clients/clientdialog.h"
#include "ui/clients/logentrydialogs.h"
#include "ui/dialogs/preferencesdialog.h"
#include "ui/projects/projecteditor.h"
#include "ui/session.h"
#include "ui/widgets/choice.h"
#include "ui/widgets/confirmation.h"
#include "ui/widgets/stalesave.h"
#include "testutil.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>

#include <memory>

using namespace neuvo;
using namespace Qt::StringLiterals;

// The editors when someone else saved the record while the form was open
// (another window, neuvo-cli, another person): Save names who and when,
// Cancel keeps what was typed, Reload (after a confirmation) shows the
// saved record; the database keeps the other save either way.
class TestStaleEditors : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void clientDialog_staleSave_cancelKeepsTyping_reloadShowsSaved();
    void clientDialog_reloadNotConfirmed_keepsTyping();
    void projectEditor_staleSave_paymentKept_reloadThenSave();
    void interactionDialog_staleSave_reload();
    void preferencesDialog_staleSave_cancelKeepsTyping_reloadShowsSaved();
    void question_textInEnglishFinnishRussian();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;    // the editor's
    std::unique_ptr<Database> m_other; // someone else's, on the same file
    std::unique_ptr<Session> m_session;
};

void TestStaleEditors::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    const QString file = m_dir->filePath(u"shared.sqlite"_s);
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(file));
    m_other = std::make_unique<Database>();
    QVERIFY(m_other->open(file));
    m_session = std::make_unique<Session>(*m_db);
    RowVersions::setEditor(u"aino@desktop"_s);
}

void TestStaleEditors::cleanup()
{
    RowVersions::setEditor(QString());
    m_session.reset();
    m_other.reset();
    m_db.reset();
    m_dir.reset();
}

void TestStaleEditors::clientDialog_staleSave_cancelKeepsTyping_reloadShowsSaved()
{
    Client created = test::makeClient(u"Mikko Virtanen"_s);
    QVERIFY(ClientStore(*m_db).create(created));
    ClientDialog dialog(*m_session, *ClientStore(*m_db).get(created.id));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    // Bob saves the client from his copy while the dialog is open.
    RowVersions::setEditor(u"bob@laptop"_s);
    Client theirs = *ClientStore(*m_other).get(created.id);
    theirs.company = u"Virtanen Oy"_s;
    QVERIFY(ClientStore(*m_other).update(theirs));
    RowVersions::setEditor(u"aino@desktop"_s);

    auto *company = dialog.findChild<QLineEdit *>(u"company"_s);
    QVERIFY(company);
    company->selectAll();
    QTest::keyClicks(company, u"Mikko Design"_s);

    // Save: refused, the question names Bob; Cancel keeps the typing.
    Choice::setNextAnswer(-1);
    QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY2(Choice::lastText().contains(u"Client #%1 was changed by bob@laptop at"_s.arg(created.id)),
             qPrintable(Choice::lastText()));
    QVERIFY2(Choice::lastText().contains(u"Cancel keeps the form as it is"_s), qPrintable(Choice::lastText()));
    QCOMPARE(Choice::lastAnswers(), QStringList{u"Reload"_s});
    QCOMPARE(company->text(), u"Mikko Design"_s);
    QVERIFY2(dialog.errorText().contains(u"bob@laptop"_s), qPrintable(dialog.errorText()));
    QCOMPARE(ClientStore(*m_db).get(created.id)->company, u"Virtanen Oy"_s);

    // Save again, Reload, confirm: the form shows Bob's save.
    Choice::setNextAnswer(0);
    Confirmation::setNextAnswer(true);
    QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    QCOMPARE(Confirmation::lastQuestion(), u"Discard your edits to \"Mikko Virtanen\" and load the saved version?"_s);
    QCOMPARE(company->text(), u"Virtanen Oy"_s);
    QVERIFY(dialog.errorText().isEmpty());
    QCOMPARE(ClientStore(*m_db).get(created.id)->company, u"Virtanen Oy"_s);

    // Now the edit is made on top of Bob's and saves.
    auto *name = dialog.findChild<QLineEdit *>(u"name"_s);
    name->selectAll();
    QTest::keyClicks(name, u"Mikko J. Virtanen"_s);
    QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const Client stored = *ClientStore(*m_other).get(created.id);
    QCOMPARE(stored.name, u"Mikko J. Virtanen"_s);
    QCOMPARE(stored.company, u"Virtanen Oy"_s);
    QCOMPARE(stored.rowVersion.value, 3);
}

void TestStaleEditors::clientDialog_reloadNotConfirmed_keepsTyping()
{
    Client created = test::makeClient(u"Mikko Virtanen"_s);
    QVERIFY(ClientStore(*m_db).create(created));
    ClientDialog dialog(*m_session, *ClientStore(*m_db).get(created.id));
    Client theirs = *ClientStore(*m_other).get(created.id);
    theirs.company = u"Virtanen Oy"_s;
    QVERIFY(ClientStore(*m_other).update(theirs));

    auto *company = dialog.findChild<QLineEdit *>(u"company"_s);
    company->setText(u"Mikko Design"_s);
    Choice::setNextAnswer(0);         // Reload ...
    Confirmation::setNextAnswer(false); // ... but not discarding the edits
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(company->text(), u"Mikko Design"_s);
    QVERIFY2(dialog.errorText().contains(u"was changed by aino@desktop"_s), qPrintable(dialog.errorText()));
    QCOMPARE(ClientStore(*m_db).get(created.id)->company, u"Virtanen Oy"_s);
}

void TestStaleEditors::projectEditor_staleSave_paymentKept_reloadThenSave()
{
    Client client = test::makeClient(u"Mikko"_s);
    QVERIFY(ClientStore(*m_db).create(client));
    Project created = test::makeProject(client.id, u"Logo"_s, 100000, ProjectStatus::Agreed);
    created.stages = {test::makeStage(1, 50000, QDate(2026, 12, 10)), test::makeStage(2, 50000, QDate(2026, 12, 20))};
    QVERIFY(ProjectStore(*m_db).create(created));

    ProjectEditor editor(*m_session, *ProjectStore(*m_db).get(created.id));
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));

    // Bob records the first stage's payment through his connection.
    RowVersions::setEditor(u"bob@laptop"_s);
    QVERIFY(ProjectStore(*m_other).recordStageProgress(created.stages.first().id, QDate(2026, 12, 1),
                                                       QDate(2026, 12, 2), 50000));
    RowVersions::setEditor(u"aino@desktop"_s);

    auto *title = editor.findChild<QLineEdit *>(u"titleEdit"_s);
    QVERIFY(title);
    title->selectAll();
    QTest::keyClicks(title, u"Logo and card"_s);

    // Save: the editor's stages say unpaid; writing them would lose Bob's
    // payment. Refused; Cancel keeps the form.
    Choice::setNextAnswer(-1);
    QTest::mouseClick(editor.findChild<QPushButton *>(u"saveButton"_s), Qt::LeftButton);
    QVERIFY(editor.isVisible());
    QVERIFY2(Choice::lastText().contains(u"Project #%1 was changed by bob@laptop"_s.arg(created.id)),
             qPrintable(Choice::lastText()));
    auto *message = editor.findChild<QLabel *>(u"messageLabel"_s);
    QVERIFY2(message->text().contains(u"bob@laptop"_s), qPrintable(message->text()));
    QCOMPARE(title->text(), u"Logo and card"_s);
    Project stored = *ProjectStore(*m_db).get(created.id);
    QCOMPARE(stored.title, u"Logo"_s);
    QCOMPARE(stored.stages.first().paidMinor, 50000);

    // Reload: the form shows the saved project; then the edit saves.
    Choice::setNextAnswer(0);
    Confirmation::setNextAnswer(true);
    QTest::mouseClick(editor.findChild<QPushButton *>(u"saveButton"_s), Qt::LeftButton);
    QVERIFY(editor.isVisible());
    QCOMPARE(title->text(), u"Logo"_s);
    QVERIFY(!editor.hasChanges());
    title->selectAll();
    QTest::keyClicks(title, u"Logo and card"_s);
    QTest::mouseClick(editor.findChild<QPushButton *>(u"saveButton"_s), Qt::LeftButton);
    QCOMPARE(editor.result(), int(QDialog::Accepted));
    stored = *ProjectStore(*m_other).get(created.id);
    QCOMPARE(stored.title, u"Logo and card"_s);
    QCOMPARE(stored.stages.first().paidMinor, 50000);
    QCOMPARE(stored.stages.first().paidOn, QDate(2026, 12, 2));
}

void TestStaleEditors::interactionDialog_staleSave_reload()
{
    Client client = test::makeClient(u"Mikko"_s);
    QVERIFY(ClientStore(*m_db).create(client));
    Interaction created;
    created.clientId = client.id;
    created.at = QDateTime(QDate(2026, 11, 30), QTime(10, 0), Qt::UTC);
    created.summary = u"Asked for a discount"_s;
    QVERIFY(InteractionStore(*m_db).create(created));

    InteractionDialog dialog(*m_session, *InteractionStore(*m_db).get(created.id), {});
    Interaction theirs = *InteractionStore(*m_other).get(created.id);
    theirs.summary = u"Asked for 20 % off"_s;
    QVERIFY(InteractionStore(*m_other).update(theirs));

    auto *summary = dialog.findChild<QPlainTextEdit *>(u"interactionSummary"_s);
    summary->setPlainText(u"Asked for 10 % off"_s);
    Choice::setNextAnswer(-1);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY2(Choice::lastText().contains(u"Interaction #%1 was changed by aino@desktop"_s.arg(created.id)),
             qPrintable(Choice::lastText()));
    QCOMPARE(summary->toPlainText(), u"Asked for 10 % off"_s);

    Choice::setNextAnswer(0);
    Confirmation::setNextAnswer(true);
    dialog.accept();
    QCOMPARE(Confirmation::lastQuestion(),
             u"Discard your edits to \"Asked for a discount\" and load the saved version?"_s);
    QCOMPARE(summary->toPlainText(), u"Asked for 20 % off"_s);
    summary->setPlainText(u"Asked for 20 % off; offered 10 %"_s);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(InteractionStore(*m_other).get(created.id)->summary, u"Asked for 20 % off; offered 10 %"_s);
}

// The profile is one record shared by every window: OK in Preferences after
// another window saved it is refused like any editor's save, and Reload
// shows the other window's profile.
void TestStaleEditors::preferencesDialog_staleSave_cancelKeepsTyping_reloadShowsSaved()
{
    PreferencesDialog dialog(*m_session);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const qint64 loadedVersion = ProfileStore(*m_db).load()->rowVersion.value;

    // Bob saves the profile from another window while the dialog is open.
    RowVersions::setEditor(u"bob@laptop"_s);
    Profile theirs = *ProfileStore(*m_other).load();
    theirs.name = u"Aino Design Oy"_s;
    theirs.email = u"hello@ainodesign.fi"_s;
    QVERIFY(ProfileStore(*m_other).save(theirs));
    RowVersions::setEditor(u"aino@desktop"_s);
    QCOMPARE(theirs.rowVersion.value, loadedVersion + 1);

    auto *name = dialog.findChild<QLineEdit *>(u"profileName"_s);
    auto *email = dialog.findChild<QLineEdit *>(u"profileEmail"_s);
    auto *prefix = dialog.findChild<QLineEdit *>(u"invoicePrefix"_s);
    QVERIFY(name && email && prefix);
    name->selectAll();
    QTest::keyClicks(name, u"Aino Virtanen"_s);
    prefix->selectAll();
    QTest::keyClicks(prefix, u"AV-"_s);
    auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);

    // OK: refused, naming Bob; Cancel keeps everything typed, and the
    // stored profile is Bob's.
    Choice::setNextAnswer(-1);
    QTest::mouseClick(ok, Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY2(Choice::lastText().contains(u"The profile was changed by bob@laptop at"_s), qPrintable(Choice::lastText()));
    QCOMPARE(Choice::lastAnswers(), QStringList{u"Reload"_s});
    QVERIFY2(dialog.errorText().contains(u"bob@laptop"_s), qPrintable(dialog.errorText()));
    QCOMPARE(name->text(), u"Aino Virtanen"_s);
    QCOMPARE(prefix->text(), u"AV-"_s);
    Profile stored = *ProfileStore(*m_db).load();
    QCOMPARE(stored.name, u"Aino Design Oy"_s);
    QCOMPARE(stored.email, u"hello@ainodesign.fi"_s);
    QVERIFY(stored.invoicePrefix != u"AV-"_s);
    QCOMPARE(stored.rowVersion.value, theirs.rowVersion.value);

    // OK again, Reload, confirm: the form shows Bob's profile.
    Choice::setNextAnswer(0);
    Confirmation::setNextAnswer(true);
    QTest::mouseClick(ok, Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    QCOMPARE(Confirmation::lastQuestion(), u"Discard your edits to \"Profile\" and load the saved version?"_s);
    QCOMPARE(name->text(), u"Aino Design Oy"_s);
    QCOMPARE(email->text(), u"hello@ainodesign.fi"_s);
    QCOMPARE(prefix->text(), stored.invoicePrefix);
    QVERIFY(dialog.errorText().isEmpty());

    // The edit made on top of Bob's saves, keeping his.
    prefix->selectAll();
    QTest::keyClicks(prefix, u"AV-"_s);
    QTest::mouseClick(ok, Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    stored = *ProfileStore(*m_other).load();
    QCOMPARE(stored.name, u"Aino Design Oy"_s);
    QCOMPARE(stored.email, u"hello@ainodesign.fi"_s);
    QCOMPARE(stored.invoicePrefix, u"AV-"_s);
    QCOMPARE(stored.rowVersion.value, theirs.rowVersion.value + 1);
}

// The question as it is shown, in each language: its text from the store's
// refusal, translated, and the Reload button. Saved as PNG to
// NEUVO_GRAB_DIR when set, to look at.
void TestStaleEditors::question_textInEnglishFinnishRussian()
{
    Client created = test::makeClient(u"Mikko <b>Virtanen</b>"_s);
    QVERIFY(ClientStore(*m_db).create(created));
    const Client mine = *ClientStore(*m_db).get(created.id);
    RowVersions::setEditor(u"bob@laptop"_s);
    Client theirs = *ClientStore(*m_other).get(created.id);
    theirs.notes = u"x"_s;
    QVERIFY(ClientStore(*m_other).update(theirs));

    QStringList texts;
    for (const QString &language : {u"en"_s, u"fi"_s, u"ru"_s}) {
        // As the application sets them up for the language: Neuvo's
        // catalogue, Qt's own (the Cancel button) when installed, the locale.
        QTranslator translator;
        QTranslator qtTranslator;
        if (language != u"en"_s) {
            QVERIFY2(translator.load(u":/i18n/neuvo_%1.qm"_s.arg(language)), qPrintable(language));
            QCoreApplication::installTranslator(&translator);
            if (qtTranslator.load(QLocale(language), u"qtbase"_s, u"_"_s,
                                  QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
                QCoreApplication::installTranslator(&qtTranslator);
        }
        const QLocale previousLocale;
        QLocale::setDefault(QLocale(language));
        Client copy = mine;
        const auto refused = ClientStore(*m_db).update(copy);
        QVERIFY(!refused);
        QString shown;
        QString buttons;
        QTimer::singleShot(0, this, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            shown = box->text() + u'\n' + box->informativeText();
            QCOMPARE(box->textFormat(), Qt::PlainText);
            for (QAbstractButton *button : box->buttons())
                buttons += button->text() + u' ';
            if (const QString dir = qEnvironmentVariable("NEUVO_GRAB_DIR"); !dir.isEmpty())
                box->grab().save(QDir(dir).filePath(u"stale-save-%1.png"_s.arg(language)));
            box->reject();
        });
        QCOMPARE(StaleSave::ask(nullptr, refused.error(), mine.name), StaleSave::Answer::KeepEditing);
        QCoreApplication::removeTranslator(&translator);
        QCoreApplication::removeTranslator(&qtTranslator);
        QLocale::setDefault(previousLocale);
        QVERIFY2(shown.contains(u"bob@laptop"_s), qPrintable(shown));
        QVERIFY2(shown.contains(QString::number(created.id)), qPrintable(shown));
        qInfo().noquote() << language << ":" << shown << "| buttons:" << buttons;
        texts << shown;
    }
    // Each language has its own words for it.
    QCOMPARE(QSet<QString>(texts.cbegin(), texts.cend()).size(), 3);
}

QTEST_MAIN(TestStaleEditors)
#include "tst_staleeditors.moc"
