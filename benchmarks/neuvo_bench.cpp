// neuvo-bench: the numbers behind docs/performance.md.
//
//   neuvo-bench generate --clients N [--seed S] [--today YYYY-MM-DD] OUT.json
//   neuvo-bench run [--clients N] [--seed S] [--keep DIR] [--server-only] [--sample FILE.json]
//                   [--cli PATH]
//   neuvo-bench filter [--rounds N] FILE.sqlite
//   neuvo-bench bare-window
//
// `run` generates a sample database, then measures each row of the table in
// docs/performance.md: Neuvo's figure beside a baseline measured in the same
// run (the least a program must do for the same result), their ratio, and the
// peak memory of both. Programs are run as child processes and timed from
// start to exit; their peak memory is the child's maximum resident set size
// (wait4). Nothing here fails on speed: it prints numbers for a person.
//
// The import and flags rows are measured once more on PostgreSQL, on a
// private server this run starts and stops (tests/pg/pg-test-server, a Unix
// socket in a temporary folder), against the same commands on SQLite.
#include "sampledata.h"

#include "core/documents/documentloader.h"
#include "core/documents/documentrenderer.h"
#include "core/exchange/exchange.h"
#include "core/storage/database.h"
#include "ui/clients/clientspage.h"
#include "ui/session.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QFile>
#include <QLineEdit>
#include <QMap>
#include <QMainWindow>
#include <QPdfWriter>
#include <QProcess>
#include <QHeaderView>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSqlQuery>
#include <QStringListModel>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <optional>
#include <utility>
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

extern char **environ;

using namespace Qt::StringLiterals;
using namespace neuvo;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

// Run by die() before it exits: stops the private PostgreSQL server, whose
// owner's destructor std::exit() would skip.
std::function<void()> &atDie()
{
    static std::function<void()> cleanup;
    return cleanup;
}

[[noreturn]] void die(const QString &message)
{
    out().flush();
    if (atDie())
        std::exchange(atDie(), {})();
    std::fprintf(stderr, "neuvo-bench: %s\n", qUtf8Printable(message));
    std::exit(1);
}

// --- child processes -------------------------------------------------------

struct Measure
{
    double seconds = 0;
    long peakKiB = 0; // 0: not measured (the work ran inside this process)
};

struct Child
{
    Child(QString program_, QStringList arguments_, QStringList environment_ = {}, QString stdinPath_ = {},
          QString stdoutPath_ = u"/dev/null"_s, int alsoSuccess_ = 0)
        : program(std::move(program_)), arguments(std::move(arguments_)), environment(std::move(environment_)),
          stdinPath(std::move(stdinPath_)), stdoutPath(std::move(stdoutPath_)), alsoSuccess(alsoSuccess_)
    {
    }
    QString program;
    QStringList arguments;
    QStringList environment; // "NAME=value" added to (or replacing) ours
    QString stdinPath;
    QString stdoutPath;
    int alsoSuccess; // an exit code that also means it worked (flags: 3, High findings)
};

// posix_spawn rather than QProcess, for plain redirections; the timing and
// the peak memory come from `neuvo-bench measure` (see measure()). Without
// failure, a failed child ends the benchmark; with it, it is told there and
// nothing is returned.
std::optional<Measure> tryRun(const Child &child, QString *failure)
{
    static int runs = 0;
    const QString resultPath = QDir(QDir::tempPath()).filePath(u"neuvo-bench-%1-%2.measure"_s.arg(getpid()).arg(++runs));
    QList<QByteArray> args{QFile::encodeName(QCoreApplication::applicationFilePath()), "measure",
                           QFile::encodeName(resultPath), QFile::encodeName(child.program)};
    for (const QString &a : child.arguments)
        args << a.toUtf8();
    QList<QByteArray> env;
    QStringList overridden;
    for (const QString &e : child.environment)
        overridden << e.section(u'=', 0, 0) + u'=';
    for (char **e = environ; *e; ++e) {
        const QString entry = QString::fromLocal8Bit(*e);
        if (std::none_of(overridden.begin(), overridden.end(), [&](const QString &o) { return entry.startsWith(o); }))
            env << QByteArray(*e);
    }
    for (const QString &e : child.environment)
        env << e.toUtf8();
    std::vector<char *> argv, envp;
    for (QByteArray &a : args)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    for (QByteArray &e : env)
        envp.push_back(e.data());
    envp.push_back(nullptr);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    const QByteArray in = QFile::encodeName(child.stdinPath.isEmpty() ? u"/dev/null"_s : child.stdinPath);
    const QByteArray outPath = QFile::encodeName(child.stdoutPath);
    posix_spawn_file_actions_addopen(&actions, 0, in.constData(), O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 1, outPath.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);

    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0)
        die(u"cannot start %1: %2"_s.arg(child.program, QString::fromLocal8Bit(strerror(spawned))));
    int status = 0;
    rusage usage{};
    if (wait4(pid, &status, 0, &usage) < 0)
        die(u"wait4 failed for %1"_s.arg(child.program));
    if (!WIFEXITED(status) || (WEXITSTATUS(status) != 0 && WEXITSTATUS(status) != child.alsoSuccess)) {
        QFile::remove(resultPath);
        const QString message = u"%1 %2 failed (status %3)"_s.arg(child.program, child.arguments.join(u' ')).arg(status);
        if (!failure)
            die(message);
        *failure = message;
        return std::nullopt;
    }
    QFile result(resultPath);
    if (!result.open(QIODevice::ReadOnly))
        die(u"%1 was not measured"_s.arg(child.program));
    const QList<QByteArray> fields = result.readAll().simplified().split(' ');
    result.remove();
    Measure m;
    m.seconds = fields.value(0).toDouble();
    m.peakKiB = fields.value(1).toLong();
    return m;
}

Measure run(const Child &child)
{
    return *tryRun(child, nullptr);
}

// The median time of `runs` runs and the largest peak memory among them.
Measure median(int runs, const std::function<Measure()> &once)
{
    QList<Measure> all;
    for (int i = 0; i < runs; ++i)
        all << once();
    std::sort(all.begin(), all.end(), [](const Measure &a, const Measure &b) { return a.seconds < b.seconds; });
    Measure m = all.at(all.size() / 2);
    for (const Measure &each : all)
        m.peakKiB = std::max(m.peakKiB, each.peakKiB);
    return m;
}

Measure inProcess(int runs, const std::function<void()> &work)
{
    return median(runs, [&] {
        QElapsedTimer timer;
        timer.start();
        work();
        return Measure{timer.nsecsElapsed() / 1e9, 0};
    });
}

// --- the table -------------------------------------------------------------

QString seconds(double s)
{
    return s < 1 ? u"%1 ms"_s.arg(s * 1000, 0, 'f', s < 0.1 ? 1 : 0) : u"%1 s"_s.arg(s, 0, 'f', 2);
}

QString memory(long kib)
{
    return kib ? u"%1 MB"_s.arg(kib / 1024.0, 0, 'f', 1) : u"–"_s;
}

void row(const QString &what, const Measure &neuvo, const QString &baselineName, const Measure &baseline)
{
    const double ratio = neuvo.seconds / std::max(baseline.seconds, 1e-9);
    QString memoryRatio;
    if (neuvo.peakKiB && baseline.peakKiB)
        memoryRatio = u", %1×"_s.arg(double(neuvo.peakKiB) / baseline.peakKiB, 0, 'f', 1);
    out() << u"| %1 | %2, %3 | %4: %5, %6 | %7×%8 |\n"_s.arg(what, seconds(neuvo.seconds), memory(neuvo.peakKiB),
                                                              baselineName, seconds(baseline.seconds),
                                                              memory(baseline.peakKiB))
                 .arg(ratio, 0, 'f', 1)
                 .arg(memoryRatio);
    out().flush();
}

// A row whose Neuvo figure could not be measured, and why.
void notMeasuredRow(const QString &what, const QString &why, const QString &baselineName, const Measure &baseline)
{
    out() << u"| %1 | not measured: %2 | %3: %4, %5 | – |\n"_s.arg(what, why, baselineName, seconds(baseline.seconds),
                                                                   memory(baseline.peakKiB));
    out().flush();
}

// --- the private PostgreSQL server ---------------------------------------------

// A PostgreSQL server of this run only, started and stopped by
// tests/pg/pg-test-server (the tests' own): initdb and pg_ctl in a fresh
// temporary folder, a Unix socket only, the unprivileged role `neuvo` whose
// password is in a pgpass file, and, when run as root, the server run as
// the system account neuvo-test (initdb refuses root). The data is thrown
// away with it.
class PrivateServer
{
public:
    explicit PrivateServer(QString stateDir)
        : m_state(std::move(stateDir))
    {
    }
    ~PrivateServer() { stop(); }
    PrivateServer(const PrivateServer &) = delete;
    PrivateServer &operator=(const PrivateServer &) = delete;

    // Empty when it runs, else why not (PostgreSQL not installed...).
    QString start()
    {
        if (QString why = script({u"start"_s, m_state}); !why.isEmpty())
            return why;
        m_running = true;
        atDie() = [this] { stop(); };
        QFile url(QDir(m_state).filePath(u"url"_s));
        if (!url.open(QIODevice::ReadOnly))
            return u"the server left no URL in %1"_s.arg(url.fileName());
        m_url = QString::fromUtf8(url.readAll()).trimmed();
        return {};
    }
    void stop()
    {
        if (!std::exchange(m_running, false))
            return;
        atDie() = {};
        script({u"stop"_s, m_state});
    }
    QString url() const { return m_url; }
    // What a client needs besides the URL: the role's password file.
    QStringList environment() const { return {u"PGPASSFILE="_s + QDir(m_state).filePath(u"pgpass"_s)}; }

private:
    static QString script(const QStringList &arguments)
    {
        QProcess process;
        process.start(QStringLiteral(NEUVO_PG_SERVER_SCRIPT), arguments);
        if (!process.waitForStarted())
            return u"cannot run %1: %2"_s.arg(QStringLiteral(NEUVO_PG_SERVER_SCRIPT), process.errorString());
        if (!process.waitForFinished(180000)) {
            process.kill();
            process.waitForFinished();
            return u"pg-test-server %1 did not finish"_s.arg(arguments.constFirst());
        }
        if (process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0)
            return {};
        QString last = QString::fromUtf8(process.readAllStandardError()).trimmed().section(u'\n', -1);
        last.remove(u"pg-test-server: "_s);
        return last.isEmpty() ? u"pg-test-server %1 failed"_s.arg(arguments.constFirst()) : last;
    }

    QString m_state;
    QString m_url;
    bool m_running = false;
};

// --- generate ----------------------------------------------------------------

void generate(const bench::SampleShape &shape, const QString &outPath)
{
    QTemporaryDir dir;
    Database db;
    if (auto opened = db.open(dir.filePath(u"sample.sqlite"_s)); !opened)
        die(opened.error());
    if (auto filled = bench::fillSample(db, shape); !filled)
        die(filled.error());
    auto json = Exchange::exportJson(db);
    if (!json)
        die(json.error());
    QFile file(outPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(*json) != json->size())
        die(u"cannot write %1: %2"_s.arg(outPath, file.errorString()));
}

// --- baselines ---------------------------------------------------------------

// The floor of a Qt Widgets start: one window with one empty table, shown,
// painted once, then the application quits.
int bareWindow(QApplication &app)
{
    struct QuitAfterPaint : QObject
    {
        bool eventFilter(QObject *watched, QEvent *event) override
        {
            if (event->type() == QEvent::Paint)
                QTimer::singleShot(0, qApp, &QCoreApplication::quit);
            return QObject::eventFilter(watched, event);
        }
    } quitAfterPaint;
    QMainWindow window;
    window.setCentralWidget(new QTableView);
    window.resize(1100, 700);
    window.installEventFilter(&quitAfterPaint);
    window.show();
    return app.exec();
}

// --- the filter row ----------------------------------------------------------

// Typed into both filter fields each round: six characters, then six
// backspaces, so a round narrows the table from every client to a few and
// widens it back, and the next round starts from the same state.
QList<int> filterKeystrokes()
{
    QList<int> keys;
    for (const QChar c : u"ent 12"_s)
        keys << c.unicode();
    for (int i = 0; i < 6; ++i)
        keys << Qt::Key_Backspace;
    return keys;
}

// One keystroke as the person sees its result: the key, the events it
// causes (the proxy's filter, the view's delayed layout), then the table
// painted at once. The forced paint makes every keystroke include one full
// paint of the table, on both sides; without it a paint fell inside one
// measurement or the next depending on when the event loop ran it.
void keystroke(QWidget *edit, QAbstractItemView *view, int key)
{
    if (key == Qt::Key_Backspace)
        QTest::keyClick(edit, Qt::Key_Backspace);
    else
        QTest::keyClick(edit, char(key));
    QApplication::processEvents();
    view->repaint();
    QApplication::processEvents();
}

// The main thread's CPU time: all of a keystroke's work (events, model,
// paint into the offscreen window) runs on it, and unlike the wall clock it
// does not count the time other processes held the CPU.
double threadSeconds()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) + double(now.tv_nsec) / 1e9;
}

struct Round
{
    double cpu = 0;
    double wall = 0;
    int narrowest = 0; // rows shown with the whole text typed
};

Round typeRound(QWidget *edit, QAbstractItemView *view)
{
    QElapsedTimer timer;
    timer.start();
    const double start = threadSeconds();
    int narrowest = view->model()->rowCount();
    for (const int key : filterKeystrokes()) {
        keystroke(edit, view, key);
        narrowest = std::min(narrowest, view->model()->rowCount());
    }
    return {threadSeconds() - start, timer.nsecsElapsed() / 1e9, narrowest};
}

// What a keystroke in a filter field costs at least: a QLineEdit driving a
// QSortFilterProxyModel over a QStringListModel of the same names, its table
// the size of Neuvo's client table with rows of the same height, so both
// paint the same rows (one column here, seven there).
struct FilterFloor
{
    FilterFloor(const QStringList &names, QSize windowSize, QSize tableSize, int rowHeight)
        : model(names)
    {
        edit = new QLineEdit(&page);
        view = new QTableView(&page);
        proxy.setSourceModel(&model);
        proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
        view->setModel(&proxy);
        view->verticalHeader()->hide();
        view->verticalHeader()->setDefaultSectionSize(rowHeight);
        view->horizontalHeader()->setStretchLastSection(true);
        QObject::connect(edit, &QLineEdit::textChanged, &proxy, &QSortFilterProxyModel::setFilterFixedString);
        edit->setGeometry(0, 0, windowSize.width(), edit->sizeHint().height());
        view->setGeometry(0, edit->height(), tableSize.width(), tableSize.height());
        page.resize(windowSize);
        page.show();
        if (!QTest::qWaitForWindowExposed(&page))
            die(u"the baseline filter window was not shown"_s);
    }
    QWidget page;
    QLineEdit *edit = nullptr;
    QTableView *view = nullptr;
    QStringListModel model;
    QSortFilterProxyModel proxy;
};

struct FilterFigures
{
    Measure neuvo; // median round, the main thread's CPU time
    Measure floor;
    QList<double> ratios; // Neuvo / floor, round by round, sorted
    double neuvoLeast = 0; // the quickest round's CPU time
    double floorLeast = 0;
    double neuvoWall = 0; // median wall-clock round, for comparison
    double floorWall = 0;
    int rounds = 0;
    int clients = 0;
};

// Both windows are built once and shown side by side at the same size, then
// typed into round by round, in alternating order (Neuvo first in even
// rounds), after untimed warm-up rounds; each side's figure is its median
// round. The clients page keeps its settings in a temporary folder, so a
// saved sort or splitter from another run does not change what it shows.
FilterFigures measureFilter(Database &db, int rounds)
{
    QTemporaryDir settingsDir;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    QStringList names;
    {
        QSqlQuery q(db.connection());
        q.exec(u"SELECT name FROM client"_s);
        while (q.next())
            names << q.value(0).toString();
    }
    const QSize windowSize(1000, 700);
    Session session(db);
    ClientsPage page(session);
    page.resize(windowSize);
    page.show();
    if (!QTest::qWaitForWindowExposed(&page))
        die(u"the clients page was not shown"_s);
    if (page.view()->model()->rowCount() != names.size())
        die(u"the clients page shows %1 of %2 clients"_s.arg(page.view()->model()->rowCount()).arg(names.size()));
    FilterFloor floor(names, windowSize, page.view()->size(), page.view()->verticalHeader()->defaultSectionSize());

    constexpr int warmUp = 2;
    QList<double> neuvoTimes, floorTimes, neuvoWall, floorWall;
    FilterFigures figures;
    for (int round = -warmUp; round < rounds; ++round) {
        Round neuvo, base;
        if (round % 2 == 0) {
            neuvo = typeRound(page.filterEdit(), page.view());
            base = typeRound(floor.edit, floor.view);
        } else {
            base = typeRound(floor.edit, floor.view);
            neuvo = typeRound(page.filterEdit(), page.view());
        }
        // Both came back to every client, and Neuvo kept at least the
        // floor's rows (it also matches companies and e-mails). A small
        // sample may have no name that matches at all.
        if (floor.proxy.rowCount() != names.size() || page.view()->model()->rowCount() != names.size()
            || neuvo.narrowest < base.narrowest)
            die(u"the filter windows did not filter alike (Neuvo %1, floor %2 rows)"_s.arg(neuvo.narrowest)
                    .arg(base.narrowest));
        if (round < 0)
            continue;
        neuvoTimes << neuvo.cpu;
        floorTimes << base.cpu;
        neuvoWall << neuvo.wall;
        floorWall << base.wall;
        figures.ratios << neuvo.cpu / base.cpu;
    }
    const auto median = [](QList<double> &all) {
        std::sort(all.begin(), all.end());
        return all.at(all.size() / 2);
    };
    figures.neuvoLeast = *std::min_element(neuvoTimes.cbegin(), neuvoTimes.cend());
    figures.floorLeast = *std::min_element(floorTimes.cbegin(), floorTimes.cend());
    figures.neuvo.seconds = median(neuvoTimes);
    figures.floor.seconds = median(floorTimes);
    figures.neuvoWall = median(neuvoWall);
    figures.floorWall = median(floorWall);
    std::sort(figures.ratios.begin(), figures.ratios.end());
    figures.rounds = rounds;
    figures.clients = int(names.size());
    return figures;
}

void filterRow(const FilterFigures &f)
{
    row(u"filter the client table, 12 keystrokes (CPU time, median of %1 rounds)"_s.arg(f.rounds), f.neuvo,
        u"QSortFilterProxyModel over a QStringListModel of %1 names"_s.arg(f.clients), f.floor);
}

// The spread of the rounds' own ratios: each round's two sides ran one
// after the other, so a change of load touches both.
void filterSpread(const FilterFigures &f)
{
    const auto at = [&](double q) { return f.ratios.at(std::min(int(f.ratios.size()) - 1, int(q * f.ratios.size()))); };
    out() << u"Filter, the rounds' own ratios: min %1×, quartiles %2×–%3×, median %4×, max %5×\n"_s
                 .arg(f.ratios.constFirst(), 0, 'f', 2)
                 .arg(at(0.25), 0, 'f', 2)
                 .arg(at(0.75), 0, 'f', 2)
                 .arg(at(0.5), 0, 'f', 2)
                 .arg(f.ratios.constLast(), 0, 'f', 2);
    out() << u"Filter, the quickest rounds (CPU time): Neuvo %1, floor %2, %3×\n"_s
                 .arg(seconds(f.neuvoLeast), seconds(f.floorLeast))
                 .arg(f.neuvoLeast / f.floorLeast, 0, 'f', 2);
    out() << u"Filter, wall clock (median round): Neuvo %1, floor %2, %3×\n"_s.arg(seconds(f.neuvoWall), seconds(f.floorWall))
                 .arg(f.neuvoWall / f.floorWall, 0, 'f', 1);
    out().flush();
}

QString machine();
QString loadAverage();

// `neuvo-bench filter FILE.sqlite`: the filter row alone, on a database
// made by an earlier run (--keep), opened read-only.
int filterOnly(const QString &path, int rounds)
{
    out() << u"Machine: %1\n"_s.arg(machine());
    out() << u"Load average at the start: %1\n\n"_s.arg(loadAverage());
    Database db;
    if (auto opened = db.open(path, Database::Access::ReadOnly); !opened)
        die(opened.error());
    const FilterFigures filter = measureFilter(db, rounds);
    out() << u"| what | Neuvo | baseline | ratio (time, memory) |\n|---|---|---|---|\n"_s;
    filterRow(filter);
    out() << u"\n"_s;
    filterSpread(filter);
    out() << u"Load average at the end: %1\n"_s.arg(loadAverage());
    return 0;
}

void onePagePdf(const QString &path)
{
    QTextDocument document;
    QString html = u"<h1>Agreement</h1>"_s;
    for (int i = 0; i < 12; ++i)
        html += u"<p>Paragraph %1 of the agreement: the work, its stages and their payment, each paid before the "
                "next stage begins.</p>"_s.arg(i + 1);
    document.setHtml(html);
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    document.print(&writer);
}

// --- run -----------------------------------------------------------------------

QString machine()
{
    QString cpu;
    QFile info(u"/proc/cpuinfo"_s);
    if (info.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : info.readAll().split('\n')) {
            if (line.startsWith("model name")) {
                cpu = QString::fromUtf8(line.mid(line.indexOf(':') + 1)).trimmed();
                break;
            }
        }
    }
    return u"%1, %2 cores, %3, Qt %4"_s.arg(cpu)
        .arg(sysconf(_SC_NPROCESSORS_ONLN))
        .arg(QSysInfo::prettyProductName(), QString::fromLatin1(qVersion()));
}

// The 1-, 5- and 15-minute load averages: on a shared machine every figure
// moves with them.
QString loadAverage()
{
    QFile file(u"/proc/loadavg"_s);
    if (!file.open(QIODevice::ReadOnly))
        return u"unknown"_s;
    return QString::fromLatin1(file.readAll()).section(u' ', 0, 2);
}

struct Programs
{
    QString gui = QStringLiteral(NEUVO_GUI_PATH);
    QString cli = QStringLiteral(NEUVO_CLI_PATH);
    QString self;
    QString sqlite3 = u"sqlite3"_s;
};

// The import and flags rows on PostgreSQL, against the same commands on
// SQLite (sqliteImport, sqliteFlags) measured in this run: the document
// imported into the private server's empty database, then `flags --json`
// on it (median of 3), each neuvo-cli reaching the server over its Unix
// socket. When the server cannot start (PostgreSQL is not installed) or a
// command fails (no QPSQL driver), the rows say so.
void serverRows(const QString &cli, const QString &document, const QString &stateDir, const Measure &sqliteImport,
                const Measure &sqliteFlags)
{
    const QString importWhat = u"`neuvo-cli import` of the same document, on PostgreSQL (Unix socket)"_s;
    const QString flagsWhat = u"`neuvo-cli flags --json` on PostgreSQL (Unix socket)"_s;
    const QString baseline = u"the same on SQLite"_s;
    PrivateServer server(stateDir);
    QString why = server.start();
    std::optional<Measure> import;
    QList<Measure> flags;
    if (why.isEmpty())
        import = tryRun({cli, {u"--db"_s, server.url(), u"import"_s, document}, server.environment()}, &why);
    for (int i = 0; import && i < 3; ++i) {
        const auto once = tryRun({cli, {u"--db"_s, server.url(), u"flags"_s, u"--json"_s}, server.environment(), {},
                                  u"/dev/null"_s, 3},
                                 &why);
        if (!once)
            break;
        flags << *once;
    }
    server.stop();
    if (import)
        row(importWhat, *import, baseline, sqliteImport);
    else
        notMeasuredRow(importWhat, why, baseline, sqliteImport);
    if (flags.size() == 3)
        row(flagsWhat, median(3, [&, i = 0]() mutable { return flags.at(i++); }), baseline, sqliteFlags);
    else
        notMeasuredRow(flagsWhat, why, baseline, sqliteFlags);
}

// Only the rows on PostgreSQL and the SQLite figures they are compared with:
// the document (generated, or the one given) imported and evaluated on
// both.
int runServerOnly(const QString &cli, const QString &document, const QDir &work)
{
    const Measure import = run({cli, {u"--db"_s, work.filePath(u"big.sqlite"_s), u"import"_s, document}});
    const Measure flags = median(3, [&] {
        return run({cli, {u"--db"_s, work.filePath(u"big.sqlite"_s), u"flags"_s, u"--json"_s}, {}, {}, u"/dev/null"_s,
                    3});
    });
    serverRows(cli, document, work.filePath(u"pg-server"_s), import, flags);
    out() << u"\nLoad average at the end: %1\n"_s.arg(loadAverage());
    return 0;
}

int runAll(QApplication &app, const bench::SampleShape &shape, const QString &keep, bool serverOnly,
           const QString &sample, const QString &cli)
{
    Programs programs;
    if (!cli.isEmpty())
        programs.cli = QFileInfo(cli).absoluteFilePath();
    programs.self = QCoreApplication::applicationFilePath();
    programs.sqlite3 = QStandardPaths::findExecutable(u"sqlite3"_s);
    if (programs.sqlite3.isEmpty())
        die(u"sqlite3 is not installed (scripts/install-deps installs it)"_s);
    QTemporaryDir temporary;
    const QString workPath = keep.isEmpty() ? temporary.path() : keep;
    QDir work(workPath);
    if (!work.mkpath(u"."_s))
        die(u"cannot create %1"_s.arg(workPath));
    const auto file = [&](const QString &name) { return work.filePath(name); };
    const int mediumClients = std::min(500, shape.clients);

    out() << u"Machine: %1\n"_s.arg(machine());
    out() << u"Load average at the start: %1\n"_s.arg(loadAverage());
    QElapsedTimer timer;
    timer.start();
    if (serverOnly) {
        QString document = sample;
        if (document.isEmpty()) {
            document = file(u"big.json"_s);
            generate(shape, document);
        }
        out() << u"Sample: %1 (%2 MB)\n\n"_s.arg(document).arg(QFileInfo(document).size() / 1048576.0, 0, 'f', 1);
        out() << u"| what | Neuvo | baseline | ratio (time, memory) |\n|---|---|---|---|\n"_s;
        out().flush();
        return runServerOnly(programs.cli, document, work);
    }
    generate(shape, file(u"big.json"_s));
    bench::SampleShape medium = shape;
    medium.clients = mediumClients;
    generate(medium, file(u"medium.json"_s));
    out() << u"Generated %1 clients (%2 MB) and %3 clients in %4\n\n"_s.arg(shape.clients)
                 .arg(QFileInfo(file(u"big.json"_s)).size() / 1048576.0, 0, 'f', 1)
                 .arg(mediumClients)
                 .arg(seconds(timer.nsecsElapsed() / 1e9));
    out() << u"| what | Neuvo | baseline | ratio (time, memory) |\n|---|---|---|---|\n"_s;
    out().flush();

    // Import: neuvo-cli import of the document vs sqlite3 .import of the
    // same rows as CSV into tables with the same keys and indexes.
    const Measure import = run({programs.cli, {u"--db"_s, file(u"big.sqlite"_s), u"import"_s, file(u"big.json"_s)}});
    run({programs.cli, {u"--db"_s, file(u"medium.sqlite"_s), u"import"_s, file(u"medium.json"_s)}});
    // The baseline's tables have the same columns, keys and indexes as
    // Neuvo's, without the CHECK constraints and STRICT typing: CSV writes
    // NULL as an empty string, which those would refuse.
    QStringList tables;
    QString script;
    {
        Database db;
        if (auto opened = db.open(file(u"big.sqlite"_s), Database::Access::ReadOnly); !opened)
            die(opened.error());
        QSqlQuery q(db.connection());
        q.exec(u"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY rowid"_s);
        while (q.next())
            tables << q.value(0).toString();
        for (const QString &table : std::as_const(tables)) {
            QStringList columns, key;
            QSqlQuery info(db.connection());
            info.exec(u"PRAGMA table_info(\"%1\")"_s.arg(table));
            QMap<int, QString> keyColumns;
            while (info.next()) {
                columns << u"\"%1\" %2"_s.arg(info.value(1).toString(), info.value(2).toString());
                if (const int pk = info.value(5).toInt(); pk > 0)
                    keyColumns.insert(pk, u"\"%1\""_s.arg(info.value(1).toString()));
            }
            if (!keyColumns.isEmpty())
                columns << u"PRIMARY KEY (%1)"_s.arg(keyColumns.values().join(u", "_s));
            script += u"CREATE TABLE \"%1\" (%2);\n"_s.arg(table, columns.join(u", "_s));
            QSqlQuery indexes(db.connection());
            indexes.exec(u"PRAGMA index_list(\"%1\")"_s.arg(table));
            while (indexes.next()) {
                if (indexes.value(3).toString() != u"u"_s)
                    continue; // "c" ones are below, "pk" is the key above
                QStringList indexed;
                QSqlQuery indexInfo(db.connection());
                indexInfo.exec(u"PRAGMA index_info(\"%1\")"_s.arg(indexes.value(1).toString()));
                while (indexInfo.next())
                    indexed << u"\"%1\""_s.arg(indexInfo.value(2).toString());
                script += u"CREATE UNIQUE INDEX \"%1_unique_%2\" ON \"%1\" (%3);\n"_s.arg(table)
                              .arg(indexes.value(0).toInt())
                              .arg(indexed.join(u", "_s));
            }
        }
        q.exec(u"SELECT sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY rowid"_s);
        while (q.next())
            script += q.value(0).toString() + u";\n"_s;
    }
    script += u"BEGIN;\n"_s;
    for (const QString &table : std::as_const(tables)) {
        run({programs.sqlite3, {u"-csv"_s, file(u"big.sqlite"_s), u"SELECT * FROM \"%1\""_s.arg(table)}, {}, {},
             file(table + u".csv"_s)});
        script += u".import --csv '%1' \"%2\"\n"_s.arg(file(table + u".csv"_s), table);
    }
    script += u"COMMIT;\n"_s;
    {
        QFile f(file(u"import.sql"_s));
        if (!f.open(QIODevice::WriteOnly))
            die(f.errorString());
        f.write(script.toUtf8());
    }
    const Measure sqliteImport = run({programs.sqlite3, {file(u"baseline.sqlite"_s)}, {}, file(u"import.sql"_s)});
    row(u"`neuvo-cli import` of the %1 MB document into an empty file"_s.arg(
            QFileInfo(file(u"big.json"_s)).size() / 1048576.0, 0, 'f', 1),
        import, u"`sqlite3 .import` of the same rows as CSV"_s, sqliteImport);

    // Flags: every finding as JSON vs sqlite3 reading every row of every table.
    const Measure flags = median(3, [&] {
        return run({programs.cli, {u"--db"_s, file(u"big.sqlite"_s), u"flags"_s, u"--json"_s}, {}, {}, u"/dev/null"_s, 3});
    });
    QString scan;
    for (const QString &table : std::as_const(tables))
        scan += u"SELECT * FROM \"%1\";\n"_s.arg(table);
    {
        QFile f(file(u"scan.sql"_s));
        if (!f.open(QIODevice::WriteOnly))
            die(f.errorString());
        f.write(scan.toUtf8());
    }
    const Measure sqliteScan = median(3, [&] {
        return run({programs.sqlite3, {file(u"big.sqlite"_s)}, {}, file(u"scan.sql"_s)});
    });
    row(u"`neuvo-cli flags --json`"_s, flags, u"`sqlite3` reading every row into /dev/null"_s, sqliteScan);
    serverRows(programs.cli, file(u"big.json"_s), file(u"pg-server"_s), import, flags);

    // The GUI: start to the first painted main window, then quit, each with
    // its own settings and data folders.
    const auto guiEnvironment = [&](const QString &home) {
        return QStringList{u"XDG_CONFIG_HOME="_s + file(home + u"/config"_s),
                           u"XDG_DATA_HOME="_s + file(home + u"/data"_s),
                           u"XDG_CACHE_HOME="_s + file(home + u"/cache"_s),
                           u"XDG_STATE_HOME="_s + file(home + u"/state"_s),
                           u"QT_QPA_PLATFORM="_s + qEnvironmentVariable("NEUVO_BENCH_QPA", u"offscreen"_s)};
    };
    const auto gui = [&](const QString &database, const QString &home) {
        return run({programs.gui, {u"--quit-after-first-paint"_s, database}, guiEnvironment(home)});
    };
    const Measure bare = median(5, [&] {
        return run({programs.self, {u"bare-window"_s}, guiEnvironment(u"bare"_s)});
    });
    const QString bareName = u"bare QMainWindow + QTableView"_s;
    run({programs.cli, {u"--db"_s, file(u"demo.sqlite"_s), u"demo"_s}});
    const Measure demoFresh = median(5, [&] {
        QDir(file(u"fresh"_s)).removeRecursively();
        return gui(file(u"demo.sqlite"_s), u"fresh"_s);
    });
    const Measure guiMedium = median(3, [&] { return gui(file(u"medium.sqlite"_s), u"used"_s); });
    const Measure guiBig = gui(file(u"big.sqlite"_s), u"used"_s);
    const Measure demoUsed = median(5, [&] { return gui(file(u"demo.sqlite"_s), u"used"_s); });
    qint64 settingsBytes = 0;
    for (const QFileInfo &f : QDir(file(u"used/config/Neuvo"_s)).entryInfoList(QDir::Files))
        settingsBytes += f.size();
    row(u"GUI: start to the first painted main window, %1 clients"_s.arg(shape.clients), guiBig, bareName, bare);
    row(u"GUI, same, %1 clients"_s.arg(mediumClients), guiMedium, bareName, bare);
    row(u"GUI, same, the demo, fresh settings"_s, demoFresh, bareName, bare);
    row(u"GUI, same, the demo after the two files above (settings: %1 KB)"_s.arg(settingsBytes / 1024.0, 0, 'f', 0),
        demoUsed, bareName, bare);

    // The complete dashboard: `neuvo --quit-after-dashboard` quits once the
    // rules are evaluated and the filled window painted, and prints (in
    // milliseconds from its start) the first paint, the complete dashboard
    // and the longest time its event loop did not run meanwhile. Its
    // target is measured against this run's flags evaluation and first
    // paint, its memory against the bare window.
    const QString dashboardOut = file(u"dashboard.txt"_s);
    const Measure dashboard = run({programs.gui, {u"--quit-after-dashboard"_s, file(u"big.sqlite"_s)},
                                   guiEnvironment(u"used"_s), {}, dashboardOut});
    QFile printed(dashboardOut);
    if (!printed.open(QIODevice::ReadOnly))
        die(u"cannot read %1"_s.arg(dashboardOut));
    const QString report = QString::fromUtf8(printed.readAll());
    static const QRegularExpression stallLine(u"longest event-loop stall: (\\d+) ms"_s);
    const QRegularExpressionMatch stall = stallLine.match(report);
    if (!stall.hasMatch())
        die(u"neuvo --quit-after-dashboard printed no stall: %1"_s.arg(report));
    row(u"GUI: start to a complete dashboard, %1 clients"_s.arg(shape.clients), dashboard,
        u"1.5 × flags --json + first paint (the target); memory: bare window"_s,
        Measure{1.5 * flags.seconds + guiBig.seconds, bare.peakKiB});
    row(u"GUI: longest event-loop stall while opening, %1 clients"_s.arg(shape.clients),
        Measure{stall.captured(1).toDouble() / 1000.0, 0}, u"the target"_s, Measure{0.050, 0});

    // Filtering the client table, inside this process.
    Database db;
    if (auto opened = db.open(file(u"big.sqlite"_s), Database::Access::ReadOnly); !opened)
        die(opened.error());
    const FilterFigures filter = measureFilter(db, 21);
    filterRow(filter);

    // The contract of a project with four stages.
    DocumentRequest request;
    request.kind = DocumentKind::Contract;
    {
        QSqlQuery q(db.connection());
        q.exec(u"SELECT id FROM project ORDER BY id DESC LIMIT 1"_s);
        if (!q.next())
            die(u"the sample has no project"_s);
        request.projectId = q.value(0).toLongLong();
    }
    int pages = 0;
    const Measure contract = inProcess(5, [&] {
        const auto document = DocumentLoader::load(db, request);
        if (!document)
            die(document.error());
        const auto written = DocumentRenderer::writePdf(*document, file(u"contract.pdf"_s));
        if (!written)
            die(written.error());
        pages = *written;
    });
    const Measure pdfFloor = inProcess(5, [&] { onePagePdf(file(u"floor.pdf"_s)); });
    row(u"contract PDF (4 stages, %1 pages)"_s.arg(pages), contract, u"one-page QTextDocument → QPdfWriter"_s,
        pdfFloor);
    out() << u"\n"_s;
    filterSpread(filter);
    out() << u"Load average at the end: %1\n"_s.arg(loadAverage());
    Q_UNUSED(app);
    return 0;
}

} // namespace

// `neuvo-bench measure OUT PROGRAM ARGS...`, run by run() below before any
// Qt is set up: forks and runs PROGRAM, then writes "seconds peak-KiB" to
// OUT. A child's peak memory (ru_maxrss) starts at its parent's size when it
// was started, so the parent that starts it has to be this small process,
// not the benchmark with its windows and sample in memory.
int measure(char *outPath, char **command)
{
    timespec start{}, end{};
    clock_gettime(CLOCK_MONOTONIC, &start);
    const pid_t pid = fork();
    if (pid < 0)
        return 127;
    if (pid == 0) {
        execvp(command[0], command);
        _exit(127);
    }
    int status = 0;
    rusage usage{};
    if (wait4(pid, &status, 0, &usage) < 0)
        return 127;
    clock_gettime(CLOCK_MONOTONIC, &end);
    const double seconds = double(end.tv_sec - start.tv_sec) + double(end.tv_nsec - start.tv_nsec) / 1e9;
    if (FILE *out = std::fopen(outPath, "w")) {
        std::fprintf(out, "%.6f %ld\n", seconds, usage.ru_maxrss);
        std::fclose(out);
    }
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128;
}

int main(int argc, char *argv[])
{
    if (argc > 3 && qstrcmp(argv[1], "measure") == 0)
        return measure(argv[2], argv + 3);
    // The windows measured inside this process need no screen; `run` gives
    // its children the platform (NEUVO_BENCH_QPA, else offscreen).
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"neuvo-bench"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Neuvo's benchmarks and their sample data (see docs/performance.md)."_s);
    parser.addHelpOption();
    const QCommandLineOption clientsOption(u"clients"_s, u"Clients in the sample (default 1000)."_s, u"N"_s,
                                           u"1000"_s);
    const QCommandLineOption seedOption(u"seed"_s, u"Seed of the sample (default 1)."_s, u"S"_s, u"1"_s);
    const QCommandLineOption todayOption(u"today"_s, u"Place the sample's dates around this day."_s,
                                         u"YYYY-MM-DD"_s);
    const QCommandLineOption keepOption(u"keep"_s, u"Keep the generated files in DIR."_s, u"DIR"_s);
    const QCommandLineOption serverOnlyOption(
        u"server-only"_s, u"run: only the import and flags rows, on SQLite and on a private PostgreSQL server."_s);
    const QCommandLineOption sampleOption(u"sample"_s,
                                          u"run --server-only: measure this document instead of generating one."_s,
                                          u"FILE.json"_s);
    const QCommandLineOption cliOption(
        u"cli"_s, u"run: the neuvo-cli to measure (default: the one built beside neuvo-bench)."_s, u"PATH"_s);
    const QCommandLineOption roundsOption(u"rounds"_s, u"filter: rounds of typing on each side (default 21)."_s,
                                          u"N"_s, u"21"_s);
    parser.addOptions({clientsOption, seedOption, todayOption, keepOption, serverOnlyOption, sampleOption, cliOption,
                       roundsOption});
    parser.addPositionalArgument(u"command"_s,
                                 u"generate OUT.json | run | filter FILE.sqlite | bare-window"_s);
    parser.process(app);

    const QStringList positional = parser.positionalArguments();
    const QString command = positional.value(0);
    bench::SampleShape shape;
    bool ok = false;
    shape.clients = parser.value(clientsOption).toInt(&ok);
    if (!ok || shape.clients < 1)
        die(u"--clients: give a whole number of at least 1"_s);
    shape.seed = parser.value(seedOption).toUInt(&ok);
    if (!ok)
        die(u"--seed: give a whole number"_s);
    if (parser.isSet(todayOption)) {
        shape.today = QDate::fromString(parser.value(todayOption), Qt::ISODate);
        if (!shape.today.isValid())
            die(u"--today: give a date as YYYY-MM-DD"_s);
    }

    if (command == u"generate"_s && positional.size() == 2) {
        generate(shape, positional.at(1));
        return 0;
    }
    if (command == u"bare-window"_s)
        return bareWindow(app);
    if (command == u"filter"_s && positional.size() == 2) {
        const int rounds = parser.value(roundsOption).toInt(&ok);
        if (!ok || rounds < 1)
            die(u"--rounds: give a whole number of at least 1"_s);
        return filterOnly(positional.at(1), rounds);
    }
    if (command == u"run"_s)
        return runAll(app, shape, parser.value(keepOption), parser.isSet(serverOnlyOption),
                      parser.value(sampleOption), parser.value(cliOption));
    parser.showHelp(2);
}
