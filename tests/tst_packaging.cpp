#include <QDir>
#include <QFile>
#include <QImage>
#include <QMimeDatabase>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include "testutil.h"

using namespace Qt::StringLiterals;

// The desktop integration files in packaging/ and what the build makes from
// them, checked against the real programs: the completions offer exactly
// the commands and options the programs' --help lists, the desktop file
// claims only Neuvo's own MIME type and that type matches *.neuvo files,
// the version is the same everywhere, the icons and man pages are there.
// (The package itself, with lintian and the validators, is checked by
// `make package`.)
class TestPackaging : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void cliCompletion_offersEveryCommand();
    void cliCompletion_offersEachCommandsOptions();
    void cliCompletion_csvTablesAndLanguages();
    void guiCompletion_offersOptionsAndDatabases();
    void desktopFile_claimsOnlyNeuvoType();
    void mimeType_matchesNeuvoFiles();
    void versions_agree();
    void icons_renderedInEachSize();
    void manPages_describeBothPrograms();
    void reminderTimer_runsCommandsThatWork();

private:
    // What bash completion offers for a command line whose last word is
    // being typed; the completion file is sourced from packaging/completion.
    QStringList complete(const QString &program, const QStringList &words, const QString &cwd = {});
    static QString readSource(const QString &relativePath);

    QTemporaryDir m_dataDirs;
    QTemporaryDir m_home;
};

namespace {

QString sourcePath(const QString &relativePath)
{
    return QStringLiteral(NEUVO_SOURCE_DIR "/") + relativePath;
}

// Long options listed in the "Options:" part of a --help text.
QSet<QString> optionsInHelp(const QString &help)
{
    QSet<QString> options;
    const qsizetype start = help.indexOf(u"Options:"_s);
    static const QRegularExpression option(u"(?:^|[ ,])(--[a-z-]+)"_s, QRegularExpression::MultilineOption);
    auto matches = option.globalMatch(help.mid(start));
    while (matches.hasNext())
        options.insert(matches.next().captured(1));
    return options;
}

// The commands the global --help lists under its headings, after the
// options; a group of subcommands ("client add ...", "client show ...")
// counts once, by its own name.
QStringList commandsInHelp(const QString &help)
{
    QStringList commands;
    const QString list = help.section(u"Options:\n"_s, 1);
    for (const QString &line : list.split(u'\n')) {
        if (!line.startsWith(u"  "_s) || line.trimmed().startsWith(u'-'))
            continue;
        const QString command = line.trimmed().section(u' ', 0, 0);
        if (!commands.contains(command))
            commands << command;
    }
    return commands;
}

// The subcommands a group's --help lists ("  client add NAME ..." -> "add").
QStringList subcommandsInHelp(const QString &help)
{
    QStringList subcommands;
    for (const QString &line : help.section(u"Subcommands:\n"_s, 1).split(u'\n')) {
        if (!line.startsWith(u"  "_s))
            break;
        subcommands << line.trimmed().section(u' ', 1, 1);
    }
    return subcommands;
}

QString runGui(const QStringList &args, const QString &home)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOME"_s, home);
    env.insert(u"XDG_DATA_HOME"_s, home + u"/data"_s);
    env.insert(u"XDG_CONFIG_HOME"_s, home + u"/config"_s);
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    env.remove(u"LANGUAGE"_s);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(NEUVO_GUI_PATH), args);
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

void TestPackaging::initTestCase()
{
    QVERIFY(m_dataDirs.isValid());
    QVERIFY(m_home.isValid());
    // Qt reads MIME packages from every data folder; ours first, then the
    // system's for application/vnd.sqlite3. Set before the first QMimeDatabase.
    QVERIFY(QDir().mkpath(m_dataDirs.path() + u"/mime/packages"_s));
    QVERIFY(QFile::copy(sourcePath(u"packaging/fi.neuvo.Neuvo.xml"_s),
                        m_dataDirs.path() + u"/mime/packages/fi.neuvo.Neuvo.xml"_s));
    qputenv("XDG_DATA_DIRS", (m_dataDirs.path() + u":/usr/local/share:/usr/share"_s).toLocal8Bit());
}

QString TestPackaging::readSource(const QString &relativePath)
{
    QFile file(sourcePath(relativePath));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QStringList TestPackaging::complete(const QString &program, const QStringList &words, const QString &cwd)
{
    // COMP_WORDS as bash would split the line, the last word the one typed.
    QString script = u"source \"$1\"; COMP_WORDS=(\"%1\""_s.arg(program);
    for (qsizetype i = 0; i < words.size(); ++i)
        script += u" \"${%1}\""_s.arg(i + 2);
    script += u"); COMP_CWORD=%1; %2; printf '%s\\n' \"${COMPREPLY[@]}\""_s.arg(words.size()).arg(
        program == u"neuvo"_s ? u"_neuvo"_s : u"_neuvo_cli"_s);
    QProcess bash;
    if (!cwd.isEmpty())
        bash.setWorkingDirectory(cwd);
    bash.start(u"bash"_s, QStringList{u"-c"_s, script, u"bash"_s, sourcePath(u"packaging/completion/"_s + program)} + words);
    if (!bash.waitForFinished(30000) || bash.exitCode() != 0)
        return {u"<bash failed: "_s + QString::fromUtf8(bash.readAllStandardError()) + u'>'};
    QStringList offered = QString::fromUtf8(bash.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    offered.sort();
    return offered;
}

void TestPackaging::cliCompletion_offersEveryCommand()
{
    const neuvo::test::CliRun help = neuvo::test::runCli({u"--help"_s}, m_home.path());
    QCOMPARE(help.exitCode, 0);
    QStringList commands = commandsInHelp(help.out);
    QVERIFY2(commands.size() >= 10, qPrintable(help.out));
    commands.sort();
    QCOMPARE(complete(u"neuvo-cli"_s, {u""_s}), commands);
    // After --db FILE too.
    QCOMPARE(complete(u"neuvo-cli"_s, {u"--db"_s, u"x.neuvo"_s, u""_s}), commands);
    QCOMPARE(complete(u"neuvo-cli"_s, {u"--"_s}), (QStringList{u"--db"_s, u"--help"_s, u"--version"_s}));
}

void TestPackaging::cliCompletion_offersEachCommandsOptions()
{
    const neuvo::test::CliRun help = neuvo::test::runCli({u"--help"_s}, m_home.path());
    const QStringList commands = commandsInHelp(help.out);
    QVERIFY(!commands.isEmpty());
    for (const QString &command : commands) {
        const neuvo::test::CliRun commandHelp = neuvo::test::runCli({command, u"--help"_s}, m_home.path());
        QCOMPARE(commandHelp.exitCode, 0);
        QStringList subcommands = subcommandsInHelp(commandHelp.out);
        if (!subcommands.isEmpty()) {
            // A group: its subcommands first, then each one's options.
            const QStringList listed = subcommands;
            subcommands.sort();
            QCOMPARE(complete(u"neuvo-cli"_s, {command, u""_s}), subcommands);
            for (const QString &subcommand : listed) {
                const neuvo::test::CliRun subHelp =
                    neuvo::test::runCli({command, subcommand, u"--help"_s}, m_home.path());
                QCOMPARE(subHelp.exitCode, 0);
                QStringList expected = optionsInHelp(subHelp.out).values();
                expected.sort();
                QVERIFY2(expected.contains(u"--db"_s), qPrintable(subHelp.out));
                QCOMPARE(complete(u"neuvo-cli"_s, {command, subcommand, u"--"_s}), expected);
            }
            continue;
        }
        QStringList expected = optionsInHelp(commandHelp.out).values();
        expected.sort();
        QVERIFY2(expected.contains(u"--db"_s), qPrintable(commandHelp.out));
        QCOMPARE(complete(u"neuvo-cli"_s, {command, u"--"_s}), expected);
    }
}

void TestPackaging::cliCompletion_csvTablesAndLanguages()
{
    QCOMPARE(complete(u"neuvo-cli"_s, {u"import-csv"_s, u""_s}), (QStringList{u"clients"_s, u"projects"_s}));
    QCOMPARE(complete(u"neuvo-cli"_s, {u"export-csv"_s, u""_s}),
             (QStringList{u"clients"_s, u"projects"_s, u"stages"_s}));
    QCOMPARE(complete(u"neuvo-cli"_s, {u"contract"_s, u"3"_s, u"--lang"_s, u""_s}),
             (QStringList{u"en"_s, u"fi"_s, u"ru"_s}));
    QCOMPARE(complete(u"neuvo-cli"_s, {u"help"_s, u"exp"_s}), (QStringList{u"export"_s, u"export-csv"_s}));
    // Enumerations by their ids, after the options of a subcommand too.
    QCOMPARE(complete(u"neuvo-cli"_s, {u"log"_s, u"3"_s, u"--direction"_s, u""_s}), (QStringList{u"in"_s, u"out"_s}));
    QCOMPARE(complete(u"neuvo-cli"_s, {u"client"_s, u"add"_s, u"Aino"_s, u"--status"_s, u"p"_s}),
             (QStringList{u"past"_s, u"prospect"_s}));
    QCOMPARE(complete(u"neuvo-cli"_s, {u"project"_s, u"edit"_s, u"3"_s, u"--status"_s, u"de"_s}),
             (QStringList{u"declined"_s, u"delivered"_s}));
    QCOMPARE(complete(u"neuvo-cli"_s, {u"observe"_s, u"3"_s, u"free"_s}), (QStringList{u"free_work_seeker"_s}));
}

void TestPackaging::guiCompletion_offersOptionsAndDatabases()
{
    const QString help = runGui({u"--help"_s}, m_home.path());
    QVERIFY(!help.isEmpty());
    QStringList expected = optionsInHelp(help).values();
    expected.sort();
    QVERIFY2(expected.contains(u"--db"_s), qPrintable(help));
    QCOMPARE(complete(u"neuvo"_s, {u"--"_s}), expected);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    for (const QString &name : {u"work.neuvo"_s, u"old.sqlite"_s, u"notes.txt"_s}) {
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    QVERIFY(QDir(dir.path()).mkdir(u"folder"_s));
    QCOMPARE(complete(u"neuvo"_s, {u""_s}, dir.path()),
             (QStringList{u"folder"_s, u"old.sqlite"_s, u"work.neuvo"_s}));
}

void TestPackaging::desktopFile_claimsOnlyNeuvoType()
{
    const QStringList lines = readSource(u"packaging/fi.neuvo.Neuvo.desktop"_s).split(u'\n');
    QVERIFY(lines.contains(u"MimeType=application/x-neuvo;"_s));
    QCOMPARE(lines.filter(QRegularExpression(u"^MimeType"_s)).size(), 1);
    // The file manager passes the file; neuvo takes it as FILE.
    QVERIFY(lines.contains(u"Exec=neuvo %f"_s));
}

void TestPackaging::mimeType_matchesNeuvoFiles()
{
    const QMimeDatabase mimes;
    const QMimeType neuvo = mimes.mimeTypeForName(u"application/x-neuvo"_s);
    QVERIFY2(neuvo.isValid(), "packaging/fi.neuvo.Neuvo.xml was not read");
    QVERIFY(neuvo.inherits(u"application/vnd.sqlite3"_s));
    QCOMPARE(neuvo.globPatterns(), QStringList{u"*.neuvo"_s});
    QCOMPARE(neuvo.comment(), u"Neuvo database"_s);

    // A real database named *.neuvo, and that other SQLite files are not Neuvo's.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(u"clients.neuvo"_s);
    const neuvo::test::CliRun demo = neuvo::test::runCli({u"--db"_s, file, u"demo"_s}, m_home.path());
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
    QCOMPARE(mimes.mimeTypeForFile(file).name(), u"application/x-neuvo"_s);
    QVERIFY(QFile::copy(file, dir.filePath(u"other.sqlite"_s)));
    QCOMPARE(mimes.mimeTypeForFile(dir.filePath(u"other.sqlite"_s)).name(), u"application/vnd.sqlite3"_s);
}

void TestPackaging::versions_agree()
{
    const QString version = QStringLiteral(NEUVO_VERSION);
    // The newest <release> of the AppStream file comes first.
    QXmlStreamReader xml(readSource(u"packaging/fi.neuvo.Neuvo.metainfo.xml"_s));
    QString newestRelease;
    while (!xml.atEnd() && newestRelease.isEmpty()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"release"_s)
            newestRelease = xml.attributes().value(u"version"_s).toString();
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(newestRelease, version);
    // The Debian changelog's first line: "neuvo (0.1.0) unstable; urgency=medium".
    const QString changelog = readSource(u"packaging/changelog"_s);
    QCOMPARE(changelog.section(u'\n', 0, 0).section(u'(', 1).section(u')', 0, 0), version);
    QCOMPARE(neuvo::test::runCli({u"--version"_s}, m_home.path()).out.trimmed(), u"neuvo-cli "_s + version);
    QCOMPARE(runGui({u"--version"_s}, m_home.path()).trimmed(), u"Neuvo "_s + version);
}

void TestPackaging::icons_renderedInEachSize()
{
    for (const int size : {16, 22, 24, 32, 48, 64, 128, 256, 512}) {
        const QString path = QStringLiteral(NEUVO_PACKAGING_BUILD_DIR "/icons/%1x%1/fi.neuvo.Neuvo.png").arg(size);
        const QImage icon(path);
        QVERIFY2(!icon.isNull(), qPrintable(path));
        QCOMPARE(icon.size(), QSize(size, size));
        // The rounded square's green fills the left middle; the corners stay clear.
        QCOMPARE(icon.pixelColor(size / 5, size / 2).name(), u"#1f6f5c"_s);
        QCOMPARE(icon.pixelColor(0, 0).alpha(), 0);
    }
}

void TestPackaging::manPages_describeBothPrograms()
{
#ifndef NEUVO_MAN_PAGES_BUILT
    QSKIP("this build has no man pages (NEUVO_MAN_PAGES is off, as in sanitizer builds)");
#endif
    const neuvo::test::CliRun help = neuvo::test::runCli({u"--help"_s}, m_home.path());
    for (const QString &program : {u"neuvo"_s, u"neuvo-cli"_s}) {
        QProcess zcat;
        zcat.start(u"gzip"_s, {u"-dc"_s, QStringLiteral(NEUVO_PACKAGING_BUILD_DIR "/man/") + program + u".1.gz"_s});
        QVERIFY(zcat.waitForFinished(30000));
        QCOMPARE(zcat.exitCode(), 0);
        const QString page = QString::fromUtf8(zcat.readAllStandardOutput());
        QVERIFY2(page.contains(u".TH "_s + program.toUpper() + u" \"1\""_s), qPrintable(page.left(300)));
        QVERIFY2(page.contains(u".SH FILES"_s) && page.contains(u".SH \"SEE ALSO\""_s), qPrintable(program));
        // The reader's default database, not the builder's home folder.
        QVERIFY2(page.contains(u"~/.local/share/Neuvo/neuvo.sqlite"_s), qPrintable(program));
        QVERIFY2(!page.contains(QStringLiteral(NEUVO_SOURCE_DIR)), qPrintable(program));
        if (program == u"neuvo-cli"_s) {
            QVERIFY(page.contains(u".SH \"EXIT STATUS\""_s));
            // roff spells a hyphen "\-".
            for (const QString &command : commandsInHelp(help.out))
                QVERIFY2(page.contains(u"\n"_s + QString(command).replace(u"-"_s, u"\\-"_s)), qPrintable(command));
        }
    }
}

// The systemd user units: the timer starts the service, and the service's
// commands, run as systemd would (the default database, %h the home),
// write the calendar and end with a status the service counts as success.
void TestPackaging::reminderTimer_runsCommandsThatWork()
{
    const QString timer = readSource(u"packaging/systemd/neuvo-reminders.timer"_s);
    QVERIFY(timer.contains(u"\n[Timer]\n"_s));
    QVERIFY(timer.contains(u"\nOnCalendar=hourly\n"_s));
    QVERIFY(timer.contains(u"\nPersistent=true\n"_s));
    QVERIFY(timer.contains(u"\n[Install]\nWantedBy=timers.target\n"_s));

    QFile serviceFile(QStringLiteral(NEUVO_PACKAGING_BUILD_DIR "/systemd/neuvo-reminders.service"));
    QVERIFY2(serviceFile.open(QIODevice::ReadOnly), qPrintable(serviceFile.fileName()));
    const QString service = QString::fromUtf8(serviceFile.readAll());
    QVERIFY(service.contains(u"\nType=oneshot\n"_s));
    QVERIFY(service.contains(u"\nSuccessExitStatus=3\n"_s));
    QStringList commands;
    for (const QString &line : service.split(u'\n')) {
        if (line.startsWith(u"ExecStart="_s))
            commands << line.mid(int(qstrlen("ExecStart=")));
    }
    QCOMPARE(commands.size(), 2);

    QTemporaryDir home;
    const QString data = home.filePath(u".local/share/Neuvo"_s);
    QVERIFY(QDir().mkpath(data));
    const auto asSystemdRunsIt = [&](QProcessEnvironment &env) { env.remove(u"XDG_DATA_HOME"_s); };
    QCOMPARE(neuvo::test::runCli({u"--db"_s, data + u"/neuvo.sqlite"_s, u"demo"_s}, home.path()).exitCode, 0);
    for (const QString &command : std::as_const(commands)) {
        QStringList words = QString(command).replace(u"%h"_s, home.path()).split(u' ');
        // The package's /usr/bin/neuvo-cli is this build's.
        QVERIFY2(words.takeFirst().endsWith(u"/bin/neuvo-cli"_s), qPrintable(command));
        const neuvo::test::CliRun run = neuvo::test::runCli(words, home.path(), asSystemdRunsIt);
        QVERIFY2(run.exitCode == 0 || run.exitCode == 3, qPrintable(command + u": "_s + run.err));
    }
    QFile ics(data + u"/neuvo.ics"_s);
    QVERIFY(ics.open(QIODevice::ReadOnly));
    QVERIFY(ics.readAll().startsWith("BEGIN:VCALENDAR\r\n"));
}

QTEST_GUILESS_MAIN(TestPackaging)
#include "tst_packaging.moc"
