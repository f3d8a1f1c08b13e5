#include "core/storage/database.h"
#include "core/domain/domain.h"
#include "core/storage/stores.h"
#include "core/documents/documentlanguage.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QTest>

#include "cliinprocess.h"

using namespace Qt::StringLiterals;
using namespace neuvo;

// neuvo-cli contract, quote, invoice and letter, run in-process against a
// demo database in a temporary folder (the real binary once, without a
// display), PDFs read back with pdftotext.
class Tst_cli_documents : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void contract_writesPdfInChosenLanguage_data();
    void contract_writesPdfInChosenLanguage();
    void contract_runsWithoutDisplay();
    void contract_paperAndUsDates();
    void contract_unknownProject_isDataError();
    void contract_projectWithoutStages_isDataError();
    void contract_profileLacksData_isDataErrorNamingWhereToFill();
    void contract_missingDatabase_isDataError();
    void usageErrors_data();
    void usageErrors();
    void quote_writesPdf();
    void invoice_writesOneStage();
    void invoice_unknownStage_isDataError();
    void letter_printsTextOrMailto();
    void letter_unknownInteraction_isDataError();
    void letter_briefReminderThenSlotRelease();

private:
    using Run = neuvo::test::CliRun;
    Run cli(const QStringList &args, bool withDisplayVariables = true);
    QString pdfText(const QString &pdf);
    qint64 projectId(const QString &titlePrefix);
    QString path(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    QString m_db;
    QString m_pdftotext;
};

void Tst_cli_documents::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
    QVERIFY2(!m_pdftotext.isEmpty(), "pdftotext (Debian poppler-utils, see scripts/install-deps) is needed");
    m_db = neuvo::test::suiteDatabase(path(u"demo.sqlite"_s));
    VERIFY_EXIT(cli({u"--db"_s, m_db, u"demo"_s, u"--today"_s, u"2025-03-12"_s}), 0);
}

Tst_cli_documents::Run Tst_cli_documents::cli(const QStringList &args, bool withDisplayVariables)
{
    if (withDisplayVariables)
        return neuvo::test::runCliInProcess(args);
    // The real binary, as on a server: neuvo-cli has to choose the offscreen
    // platform itself.
    return neuvo::test::runCli(args, m_dir.path(), [](QProcessEnvironment &env) {
        env.remove(u"QT_QPA_PLATFORM"_s);
        env.remove(u"DISPLAY"_s);
        env.remove(u"WAYLAND_DISPLAY"_s);
    });
}

QString Tst_cli_documents::pdfText(const QString &pdf)
{
    QString text = neuvo::test::pdfToText(pdf);
    text.replace(QChar(0x00A0), u' ').replace(QChar(0x202F), u' ').replace(u'\n', u' ');
    return text;
}

qint64 Tst_cli_documents::projectId(const QString &titlePrefix)
{
    Database db;
    if (!db.open(m_db))
        return 0;
    const auto projects = ProjectStore(db).list();
    if (!projects)
        return 0;
    for (const Project &p : *projects) {
        if (p.title.startsWith(titlePrefix))
            return p.id;
    }
    return 0;
}

void Tst_cli_documents::contract_writesPdfInChosenLanguage_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("title");
    QTest::newRow("en") << u"en"_s << u"Service agreement"_s;
    QTest::newRow("fi") << u"fi"_s << u"Toimeksiantosopimus"_s;
    QTest::newRow("ru") << u"ru"_s << u"Договор возмездного оказания услуг"_s;
}

void Tst_cli_documents::contract_writesPdfInChosenLanguage()
{
    QFETCH(QString, lang);
    QFETCH(QString, title);
    const qint64 id = projectId(u"SaaS launch"_s);
    QVERIFY(id > 0);
    const QString pdf = path(u"contract-%1.pdf"_s.arg(lang));
    const Run run = cli({u"--db"_s, m_db, u"contract"_s, QString::number(id), u"--out"_s, pdf, u"--lang"_s, lang});
    VERIFY_EXIT(run, 0);
    QVERIFY(run.out.contains(pdf));
    const QString text = pdfText(pdf);
    QVERIFY2(text.contains(title), qPrintable(text));
    QVERIFY(text.contains(u"Jukka Pöllänen"_s));
    QVERIFY(text.contains(u"AV-FW-"_s));
}

void Tst_cli_documents::contract_runsWithoutDisplay()
{
    const qint64 id = projectId(u"Travel blog"_s);
    const QString pdf = path(u"headless.pdf"_s);
    const Run run = cli({u"--db"_s, m_db, u"contract"_s, QString::number(id), u"--out"_s, pdf,
                         u"--date"_s, u"2025-03-20"_s},
                        false);
    VERIFY_EXIT(run, 0);
    const QString text = pdfText(pdf);
    QVERIFY(text.contains(u"Elina Öhman"_s));
    // English documents date the international way unless asked for US dates.
    QVERIFY2(text.contains(u"20 March 2025"_s), qPrintable(text));
}

void Tst_cli_documents::contract_paperAndUsDates()
{
    const qint64 id = projectId(u"Travel blog"_s);
    const QString pdf = path(u"letter.pdf"_s);
    const Run run = cli({u"--db"_s, m_db, u"contract"_s, QString::number(id), u"--out"_s, pdf, u"--lang"_s, u"en"_s,
                         u"--date"_s, u"2025-03-20"_s, u"--paper"_s, u"letter"_s, u"--us-dates"_s});
    VERIFY_EXIT(run, 0);
    QVERIFY2(pdfText(pdf).contains(u"March 20, 2025"_s), qPrintable(pdfText(pdf)));
    QProcess info;
    info.start(u"pdfinfo"_s, {pdf});
    QVERIFY(info.waitForFinished(30000));
    const QString pageSize = QString::fromUtf8(info.readAllStandardOutput());
    QVERIFY2(pageSize.contains(u"(letter)"_s), qPrintable(pageSize));

    const Run bad = cli({u"--db"_s, m_db, u"contract"_s, QString::number(id), u"--out"_s, path(u"a5.pdf"_s),
                         u"--paper"_s, u"a5"_s});
    VERIFY_EXIT(bad, 2);
    QVERIFY2(bad.err.contains(u"--paper: \"a5\" is not one of a4, letter."_s), qPrintable(bad.err));
    QVERIFY(!QFileInfo::exists(path(u"a5.pdf"_s)));
}

void Tst_cli_documents::contract_unknownProject_isDataError()
{
    const QString pdf = path(u"none.pdf"_s);
    const Run run = cli({u"--db"_s, m_db, u"contract"_s, u"999"_s, u"--out"_s, pdf});
    VERIFY_EXIT(run, 1);
    QVERIFY2(run.err.contains(u"999"_s) && run.err.contains(u"does not exist"_s), qPrintable(run.err));
    QVERIFY(!QFileInfo::exists(pdf));
}

void Tst_cli_documents::contract_projectWithoutStages_isDataError()
{
    const qint64 id = projectId(u"Café website"_s);
    QVERIFY(id > 0);
    const QString pdf = path(u"nostages.pdf"_s);
    const Run run = cli({u"--db"_s, m_db, u"contract"_s, QString::number(id), u"--out"_s, pdf});
    VERIFY_EXIT(run, 1);
    QVERIFY2(run.err.contains(u"has no payment stages"_s), qPrintable(run.err));
    QVERIFY(!QFileInfo::exists(pdf));
}

void Tst_cli_documents::contract_profileLacksData_isDataErrorNamingWhereToFill()
{
    const QString copy = neuvo::test::freshDatabase(path(u"no-bank.sqlite"_s));
    VERIFY_EXIT(cli({u"copy"_s, m_db, copy}), 0);
    {
        Database db;
        QVERIFY(db.open(copy));
        auto profile = ProfileStore(db).load();
        QVERIFY(profile);
        profile->bankDetails.clear();
        QVERIFY(ProfileStore(db).save(*profile));
    }
    const QString id = QString::number(projectId(u"SaaS launch"_s));
    const QString pdf = path(u"nobank.pdf"_s);
    Run run = cli({u"--db"_s, copy, u"contract"_s, id, u"--out"_s, pdf});
    VERIFY_EXIT(run, 1);
    QVERIFY2(run.err.contains(u"Bank details (Profile → Bank details)"_s), qPrintable(run.err));
    QVERIFY(!QFileInfo::exists(pdf));
    VERIFY_EXIT(cli({u"--db"_s, copy, u"invoice"_s, id, u"1"_s, u"--out"_s, pdf}), 1);
    // The quote does not print bank details, so it still works.
    VERIFY_EXIT(cli({u"--db"_s, copy, u"quote"_s, id, u"--out"_s, pdf}), 0);
}

void Tst_cli_documents::contract_missingDatabase_isDataError()
{
    const Run run = cli({u"--db"_s, neuvo::test::missingDatabase(path(u"nosuch.sqlite"_s)), u"contract"_s, u"1"_s,
                         u"--out"_s, path(u"x.pdf"_s)});
    VERIFY_EXIT(run, 1);
    QVERIFY(!QFileInfo::exists(path(u"x.pdf"_s)));
    QVERIFY(!QFileInfo::exists(path(u"nosuch.sqlite"_s)));
}

void Tst_cli_documents::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    const QString out = path(u"u.pdf"_s);
    QTest::newRow("contract without --out") << QStringList{u"contract"_s, u"1"_s};
    QTest::newRow("contract without id") << QStringList{u"contract"_s, u"--out"_s, out};
    QTest::newRow("contract id not a number") << QStringList{u"contract"_s, u"x"_s, u"--out"_s, out};
    QTest::newRow("contract id zero") << QStringList{u"contract"_s, u"0"_s, u"--out"_s, out};
    QTest::newRow("contract unknown language")
        << QStringList{u"contract"_s, u"1"_s, u"--out"_s, out, u"--lang"_s, u"de"_s};
    QTest::newRow("contract bad date")
        << QStringList{u"contract"_s, u"1"_s, u"--out"_s, out, u"--date"_s, u"2025-3-1"_s};
    QTest::newRow("quote extra argument") << QStringList{u"quote"_s, u"1"_s, u"2"_s, u"--out"_s, out};
    QTest::newRow("invoice without stage") << QStringList{u"invoice"_s, u"1"_s, u"--out"_s, out};
    QTest::newRow("invoice stage not a number") << QStringList{u"invoice"_s, u"1"_s, u"two"_s, u"--out"_s, out};
    QTest::newRow("letter without id") << QStringList{u"letter"_s};
    QTest::newRow("letter unknown option") << QStringList{u"letter"_s, u"1"_s, u"--pdf"_s};
    QTest::newRow("letter unknown kind") << QStringList{u"letter"_s, u"1"_s, u"--kind"_s, u"reminder"_s};
}

void Tst_cli_documents::usageErrors()
{
    QFETCH(QStringList, args);
    const Run run = cli(QStringList{u"--db"_s, m_db} + args);
    VERIFY_EXIT(run, 2);
    QVERIFY(!run.err.isEmpty());
    QVERIFY(!QFileInfo::exists(path(u"u.pdf"_s)));
}

void Tst_cli_documents::quote_writesPdf()
{
    const qint64 id = projectId(u"Travel blog"_s);
    const QString pdf = path(u"quote.pdf"_s);
    const Run run = cli({u"--db"_s, m_db, u"quote"_s, QString::number(id), u"--out"_s, pdf, u"--lang"_s, u"fi"_s,
                         u"--date"_s, u"2025-03-12"_s});
    VERIFY_EXIT(run, 0);
    const QString text = pdfText(pdf);
    QVERIFY2(text.contains(u"Tarjous"_s), qPrintable(text));
    QVERIFY(text.contains(u"11. huhtikuuta 2025"_s)); // valid for 30 days
    QVERIFY(text.contains(u"2 400,00 €"_s));
}

void Tst_cli_documents::invoice_writesOneStage()
{
    const qint64 id = projectId(u"SaaS launch"_s);
    const QString pdf = path(u"invoice.pdf"_s);
    const Run run = cli({u"--db"_s, m_db, u"invoice"_s, QString::number(id), u"3"_s, u"--out"_s, pdf,
                         u"--lang"_s, u"ru"_s});
    VERIFY_EXIT(run, 0);
    const QString text = pdfText(pdf);
    // Without --issue a draft, in the Russian layout: the bank block first.
    QVERIFY2(text.contains(u"Проект счёта"_s), qPrintable(text));
    QVERIFY(text.contains(u"Банк получателя"_s));
    // The stage title wraps at its hyphen in the narrower Russian column,
    // and pdftotext joins "e-" and "mails".
    QVERIFY(text.contains(u"Onboarding"_s));
    QVERIFY(text.contains(u"1 300,00 EUR"_s));
    QVERIFY(!text.contains(u"Analysis and structure"_s));
}

void Tst_cli_documents::invoice_unknownStage_isDataError()
{
    const qint64 id = projectId(u"SaaS launch"_s);
    const Run run = cli({u"--db"_s, m_db, u"invoice"_s, QString::number(id), u"9"_s, u"--out"_s,
                         path(u"i9.pdf"_s)});
    VERIFY_EXIT(run, 1);
    QVERIFY2(run.err.contains(u"has no stage 9"_s), qPrintable(run.err));
}

void Tst_cli_documents::letter_printsTextOrMailto()
{
    qint64 id = 0;
    {
        Database db;
        QVERIFY(db.open(m_db));
        const auto all = InteractionStore(db).list();
        QVERIFY(all);
        for (const Interaction &i : *all) {
            if (i.kind == InteractionKind::Agreement && i.summary.contains(u"50/50"_s))
                id = i.id;
        }
    }
    QVERIFY(id > 0);
    const Run text = cli({u"--db"_s, m_db, u"letter"_s, QString::number(id)});
    VERIFY_EXIT(text, 0);
    QVERIFY(text.out.startsWith(u"Summary of our agreement: Travel blog"_s));
    QVERIFY(text.out.contains(u"- Agreed by phone: 50/50 plan"_s));
    QVERIFY(text.out.contains(u"Please confirm"_s));

    const Run fi = cli({u"--db"_s, m_db, u"letter"_s, QString::number(id), u"--lang"_s, u"fi"_s});
    VERIFY_EXIT(fi, 0);
    QVERIFY2(fi.out.contains(u"Vahvistathan"_s), qPrintable(fi.out));

    const Run mailto = cli({u"--db"_s, m_db, u"letter"_s, QString::number(id), u"--mailto"_s});
    VERIFY_EXIT(mailto, 0);
    QVERIFY2(mailto.out.startsWith(u"mailto:elina.ohman@example.com?subject=Summary%20of%20our%20agreement"_s),
             qPrintable(mailto.out));
    QVERIFY(mailto.out.contains(u"&body=Hello%20Elina%20%C3%96hman%2C%0D%0A"_s));
    QCOMPARE(mailto.out.count(u'\n'), 1);
}

void Tst_cli_documents::letter_unknownInteraction_isDataError()
{
    const Run run = cli({u"--db"_s, m_db, u"letter"_s, u"4242"_s});
    VERIFY_EXIT(run, 1);
    QVERIFY2(run.err.contains(u"4242"_s), qPrintable(run.err));
}

void Tst_cli_documents::letter_briefReminderThenSlotRelease()
{
    // The demo's café brief went out nine days before 2025-03-12 and was
    // never answered.
    Interaction brief;
    {
        Database db;
        QVERIFY(db.open(m_db));
        const auto all = InteractionStore(db).list();
        QVERIFY(all);
        for (const Interaction &i : *all) {
            if (i.kind == InteractionKind::BriefSent && i.summary.contains(u"900 EUR"_s))
                brief = i;
        }
    }
    QVERIFY(brief.id > 0);
    const QString id = QString::number(brief.id);
    const DocumentLanguage en;
    const QString sentOn = en.longDate(brief.at.toTimeZone(QTimeZone("Europe/Helsinki")).date());

    const Run reminder = cli({u"--db"_s, m_db, u"letter"_s, id, u"--kind"_s, u"brief-reminder"_s, u"--lang"_s, u"en"_s});
    VERIFY_EXIT(reminder, 0);
    QVERIFY2(reminder.out.startsWith(u"The brief for Café website"_s), qPrintable(reminder.out));
    QVERIFY2(reminder.out.contains(u"On "_s + sentOn + u" I sent you the brief"_s), qPrintable(reminder.out));
    QVERIFY(reminder.out.contains(u"is the order still relevant?"_s));

    // Releasing the time before the one reminder was sent is refused.
    const Run early = cli({u"--db"_s, m_db, u"letter"_s, id, u"--kind"_s, u"release-slot"_s});
    VERIFY_EXIT(early, 1);
    QVERIFY2(early.err.contains(u"No reminder after the brief"_s), qPrintable(early.err));

    // The reminder is logged; then either interaction gives the release.
    Interaction logged = brief;
    logged.id = 0;
    logged.kind = InteractionKind::Reminder;
    logged.at = brief.at.addDays(5);
    logged.summary = u"Reminded about the brief"_s;
    {
        Database db;
        QVERIFY(db.open(m_db));
        QVERIFY(InteractionStore(db).create(logged));
    }
    const QString remindedOn = en.longDate(logged.at.toTimeZone(QTimeZone("Europe/Helsinki")).date());
    for (const qint64 from : {brief.id, logged.id}) {
        const Run release = cli({u"--db"_s, m_db, u"letter"_s, QString::number(from), u"--kind"_s, u"release-slot"_s,
                                 u"--lang"_s, u"en"_s});
        VERIFY_EXIT(release, 0);
        QVERIFY2(release.out.contains(u"on "_s + sentOn + u" and a reminder on "_s + remindedOn), qPrintable(release.out));
        QVERIFY(release.out.contains(u"releasing the time I reserved"_s));
    }
    const Run mailto = cli({u"--db"_s, m_db, u"letter"_s, id, u"--kind"_s, u"release-slot"_s, u"--mailto"_s});
    VERIFY_EXIT(mailto, 0);
    QVERIFY2(mailto.out.startsWith(u"mailto:"_s), qPrintable(mailto.out));
}

QTEST_MAIN(Tst_cli_documents)
#include "tst_cli_documents.moc"
