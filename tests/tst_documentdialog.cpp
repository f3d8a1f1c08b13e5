#include "core/storage/database.h"
#include "core/exchange/demodata.h"
#include "core/storage/stores.h"
#include "ui/dialogs/documentdialog.h"
#include "ui/session.h"
#include "testutil.h"

#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QLabel>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace neuvo;
using namespace Qt::StringLiterals;

// The desktop side of printing: the document dialog builds the chosen
// document in the chosen language from what is stored and writes the PDF.
class TestDocumentDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void exportContract_inFinnish_andLanguageRemembered();
    void invoice_ofChosenStage();
    void missingProfileData_namedAndNoFile();
    void followUpLetter_copiedInChosenLanguage();
    void briefLetters_suggestedByTheInteractionAndHostileNamesLiteral();

private:
    static QString pdfText(const QString &path);
    qint64 projectWithStages(int minimumStages);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Session> m_session;
};

void TestDocumentDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(u"neuvo-test-documentdialog"_s);
}

void TestDocumentDialog::init()
{
    QSettings().clear();
    m_dir.reset(new QTemporaryDir);
    m_db.reset(new Database);
    QVERIFY(m_db->open(m_dir->filePath(u"doc.sqlite"_s)).ok());
    QVERIFY(DemoData::fill(*m_db, QDate(2026, 11, 27)).ok());
    m_session.reset(new Session(*m_db));
    m_session->setToday(QDate(2026, 11, 27));
}

void TestDocumentDialog::cleanup()
{
    m_session.reset();
    m_db.reset();
    m_dir.reset();
}

QString TestDocumentDialog::pdfText(const QString &path)
{
    // pdftotext writes no-break spaces as plain ones.
    return test::pdfToText(path, {u"-layout"_s}).replace(QChar(0x00A0), u' ').replace(QChar(0x202F), u' ');
}

qint64 TestDocumentDialog::projectWithStages(int minimumStages)
{
    for (const Project &p : *ProjectStore(*m_db).list()) {
        if (p.stages.size() >= minimumStages && p.status == ProjectStatus::InProgress)
            return p.id;
    }
    return 0;
}

void TestDocumentDialog::exportContract_inFinnish_andLanguageRemembered()
{
    const qint64 projectId = projectWithStages(2);
    QVERIFY(projectId > 0);
    const Project project = *ProjectStore(*m_db).get(projectId);
    const Client client = *ClientStore(*m_db).get(project.clientId);

    DocumentDialog dialog(*m_session, projectId);
    dialog.show();
    dialog.languageCombo()->setCurrentIndex(dialog.languageCombo()->findData(u"fi"_s));
    const QString pdf = m_dir->filePath(u"contract.pdf"_s);
    const auto pages = dialog.exportPdfTo(pdf);
    QVERIFY2(pages.ok(), qPrintable(pages.error()));
    QVERIFY(*pages >= 1);
    const QString text = pdfText(pdf);
    QVERIFY2(text.contains(client.name), qPrintable(text.left(400)));
    QVERIFY2(text.contains(u"Sivu 1"_s), qPrintable(text.left(400))); // "Page 1 of N" in Finnish

    // The next dialog starts in the language last used.
    DocumentDialog next(*m_session, projectId);
    QCOMPARE(next.languageCombo()->currentData().toString(), u"fi"_s);
}

void TestDocumentDialog::invoice_ofChosenStage()
{
    const qint64 projectId = projectWithStages(3);
    QVERIFY(projectId > 0);
    const Project project = *ProjectStore(*m_db).get(projectId);
    DocumentDialog dialog(*m_session, projectId, DocumentKind::Invoice, 2);
    QVERIFY(dialog.stageCombo()->isEnabled());
    QCOMPARE(dialog.stageCombo()->currentData().toInt(), 2);
    dialog.languageCombo()->setCurrentIndex(dialog.languageCombo()->findData(u"en"_s));
    const QString pdf = m_dir->filePath(u"invoice.pdf"_s);
    QVERIFY(dialog.exportPdfTo(pdf).ok());
    const QString text = pdfText(pdf);
    const QString amount = project.money(project.stages.at(1).amountMinor)
                               .format(QLocale(u"en_US"_s))
                               .replace(QChar(0x00A0), u' ');
    QVERIFY2(text.contains(amount), qPrintable(amount + u"\n"_s + text.left(600)));
    QVERIFY(text.contains(project.stages.at(1).title));
}

void TestDocumentDialog::missingProfileData_namedAndNoFile()
{
    Profile profile = *ProfileStore(*m_db).load();
    profile.bankDetails.clear();
    QVERIFY(ProfileStore(*m_db).save(profile).ok());

    DocumentDialog dialog(*m_session, projectWithStages(2));
    dialog.show();
    const QString pdf = m_dir->filePath(u"none.pdf"_s);
    const auto pages = dialog.exportPdfTo(pdf);
    QVERIFY(!pages.ok());
    QVERIFY2(pages.error().contains(u"Bank details"_s), qPrintable(pages.error()));
    QVERIFY(pages.error().contains(u"Preferences"_s));
    QVERIFY(!QFile::exists(pdf));
    bool shown = false;
    for (QLabel *label : dialog.findChildren<QLabel *>())
        shown = shown || label->text().contains(u"Bank details"_s);
    QVERIFY(shown);
}

void TestDocumentDialog::followUpLetter_copiedInChosenLanguage()
{
    // An agreement made in a call: the letter after it sums up the key
    // points and asks the client to confirm (docs/design.md, Communication).
    Interaction agreement;
    for (const Interaction &i : *InteractionStore(*m_db).list()) {
        if (i.kind == InteractionKind::Agreement && i.channel == Channel::Phone)
            agreement = i;
    }
    QVERIFY(agreement.id > 0);
    FollowUpLetterDialog dialog(*m_session, agreement.id);
    dialog.show();
    dialog.languageCombo()->setCurrentIndex(dialog.languageCombo()->findData(u"en"_s));
    const QString english = dialog.textView()->toPlainText();
    QVERIFY2(english.contains(agreement.summary), qPrintable(english));
    QVERIFY2(english.contains(u"confirm"_s, Qt::CaseInsensitive), qPrintable(english));

    dialog.languageCombo()->setCurrentIndex(dialog.languageCombo()->findData(u"ru"_s));
    const QString russian = dialog.textView()->toPlainText();
    QVERIFY(russian != english);
    QVERIFY(russian.contains(agreement.summary)); // user text is kept as written

    QTest::mouseClick(dialog.findChild<QPushButton *>(u"copyLetterButton"_s), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), russian);
    QCOMPARE(QSettings().value(u"documents/language"_s).toString(), u"ru"_s);
}

void TestDocumentDialog::briefLetters_suggestedByTheInteractionAndHostileNamesLiteral()
{
    // The demo's café brief has had no answer; its client gets a hostile
    // name, which must print literally (the letter is plain text).
    Interaction brief;
    for (const Interaction &i : *InteractionStore(*m_db).list()) {
        if (i.kind == InteractionKind::BriefSent && i.summary.contains(u"900 EUR"_s))
            brief = i;
    }
    QVERIFY(brief.id > 0);
    auto client = ClientStore(*m_db).get(brief.clientId);
    QVERIFY(client);
    const QString hostile = u"<img src=\"file:///etc/passwd\"><b>Petri</b>"_s;
    client->name = hostile;
    QVERIFY(ClientStore(*m_db).update(*client));

    FollowUpLetterDialog dialog(*m_session, brief.id);
    dialog.show();
    QCOMPARE(LetterKind(dialog.kindCombo()->currentData().toInt()), LetterKind::BriefReminder);
    dialog.languageCombo()->setCurrentIndex(dialog.languageCombo()->findData(u"en"_s));
    const QString reminder = dialog.textView()->toPlainText();
    QVERIFY2(reminder.contains(u"Hello "_s + hostile + u','), qPrintable(reminder));
    QVERIFY2(reminder.contains(u"is the order still relevant?"_s), qPrintable(reminder));
    QVERIFY(reminder.contains(DocumentLanguage().longDate(brief.at.toTimeZone(QTimeZone("Europe/Helsinki")).date())));

    // Releasing the time before the reminder: the reason, no letter.
    dialog.kindCombo()->setCurrentIndex(dialog.kindCombo()->findData(int(LetterKind::SlotRelease)));
    QVERIFY(dialog.textView()->toPlainText().isEmpty());
    const auto *status = dialog.findChildren<QLabel *>().constLast();
    QCOMPARE(status->textFormat(), Qt::PlainText);
    QVERIFY2(status->text().contains(u"No reminder after the brief"_s), qPrintable(status->text()));

    // After the logged reminder, its own dialog offers the release.
    Interaction logged = brief;
    logged.id = 0;
    logged.kind = InteractionKind::Reminder;
    logged.at = brief.at.addDays(6);
    logged.summary = u"One reminder about the brief"_s;
    QVERIFY(InteractionStore(*m_db).create(logged));
    FollowUpLetterDialog release(*m_session, logged.id);
    release.show();
    QCOMPARE(LetterKind(release.kindCombo()->currentData().toInt()), LetterKind::SlotRelease);
    release.languageCombo()->setCurrentIndex(release.languageCombo()->findData(u"fi"_s));
    const QString finnish = release.textView()->toPlainText();
    QVERIFY2(finnish.contains(hostile), qPrintable(finnish));
    QTest::mouseClick(release.findChild<QPushButton *>(u"copyLetterButton"_s), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), finnish);
}

QTEST_MAIN(TestDocumentDialog)
#include "tst_documentdialog.moc"
