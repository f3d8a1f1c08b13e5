// make bench's parts, at a tiny size: the sample generator is deterministic
// and its document imports with the promised shape, one benchmark run prints
// every row of the table, and the GUI's --quit-after-first-paint hook quits
// by itself. Nothing here looks at a timing.
#include "core/storage/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace neuvo;

class TestBenchmark : public QObject
{
    Q_OBJECT

private slots:
    void generate_isDeterministic();
    void generate_importsWithTheShape();
    void run_printsEveryRow();
    void gui_quitsAfterFirstPaint();

private:
    // Runs a program to its end; the test fails on a non-zero exit.
    QByteArray run(const QString &program, const QStringList &arguments, int timeoutMs = 120000,
                   const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(),
                   int alsoSuccess = 0);
    QByteArray generate(const QString &out, int clients, int seed);

    QTemporaryDir m_dir;
};

QByteArray TestBenchmark::run(const QString &program, const QStringList &arguments, int timeoutMs,
                              const QProcessEnvironment &environment, int alsoSuccess)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        qWarning("%s timed out", qPrintable(program));
        return {};
    }
    const QByteArray output = process.readAllStandardOutput();
    if (process.exitStatus() != QProcess::NormalExit
        || (process.exitCode() != 0 && process.exitCode() != alsoSuccess)) {
        qWarning("%s %s failed: %s", qPrintable(program), qPrintable(arguments.join(u' ')),
                 process.readAllStandardError().constData());
        return {};
    }
    return output.isEmpty() ? QByteArray("ok") : output;
}

QByteArray TestBenchmark::generate(const QString &out, int clients, int seed)
{
    if (run(QStringLiteral(NEUVO_BENCH_PATH), {u"generate"_s, u"--clients"_s, QString::number(clients), u"--seed"_s,
                                               QString::number(seed), u"--today"_s, u"2026-12-01"_s, out})
            .isEmpty())
        return {};
    QFile file(out);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestBenchmark::generate_isDeterministic()
{
    const QByteArray first = generate(m_dir.filePath(u"a.json"_s), 4, 7);
    const QByteArray again = generate(m_dir.filePath(u"b.json"_s), 4, 7);
    const QByteArray otherSeed = generate(m_dir.filePath(u"c.json"_s), 4, 8);
    QVERIFY(!first.isEmpty());
    QCOMPARE(again, first);
    QVERIFY(!otherSeed.isEmpty());
    QVERIFY(otherSeed != first);
}

void TestBenchmark::generate_importsWithTheShape()
{
    const int clients = 40;
    QVERIFY(!generate(m_dir.filePath(u"shape.json"_s), clients, 3).isEmpty());
    const QString dbPath = m_dir.filePath(u"shape.sqlite"_s);
    QVERIFY(!run(QStringLiteral(NEUVO_CLI_PATH), {u"--db"_s, dbPath, u"import"_s, m_dir.filePath(u"shape.json"_s)})
                 .isEmpty());
    {
        Database db;
        QVERIFY(db.open(dbPath).ok());
        const auto count = [&](const QString &table) {
            QSqlQuery q(db.connection());
            q.exec(u"SELECT count(*) FROM "_s + table);
            return q.next() ? q.value(0).toInt() : -1;
        };
        QCOMPARE(count(u"client"_s), clients);
        QCOMPARE(count(u"project"_s), clients * 5);
        QCOMPARE(count(u"stage"_s), clients * 5 * 4);
        QCOMPARE(count(u"interaction"_s), clients * 50);
    }

    // Most clients are fine, some are not: the rules flag some clients and
    // leave most alone.
    const QByteArray flags = run(QStringLiteral(NEUVO_CLI_PATH),
                                 {u"--db"_s, dbPath, u"flags"_s, u"--json"_s, u"--today"_s, u"2026-12-01"_s},
                                 120000, QProcessEnvironment::systemEnvironment(), 3 /* High findings */);
    QVERIFY(!flags.isEmpty());
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(flags, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    int atRisk = 0;
    const QJsonArray rows = document.object().value(u"clients"_s).toArray();
    QCOMPARE(rows.size(), clients);
    for (const QJsonValue &client : rows)
        atRisk += client.toObject().value(u"risk"_s).toString() != u"ok"_s;
    QVERIFY2(atRisk > 0 && atRisk < clients / 2,
             qPrintable(u"%1 of %2 clients at risk"_s.arg(atRisk).arg(clients)));
}

void TestBenchmark::run_printsEveryRow()
{
    const QByteArray output = run(QStringLiteral(NEUVO_BENCH_PATH), {u"run"_s, u"--clients"_s, u"3"_s}, 280000);
    QVERIFY(!output.isEmpty());
    const QString text = QString::fromUtf8(output);
    // Each measured row: Neuvo's figure, the baseline's, and a ratio.
    static const QRegularExpression measured(u"^\\| [^|]+ \\| [0-9.]+ (ms|s),[^|]* \\| [^|]+: [0-9.]+ (ms|s),[^|]* \\| "
                                             "[0-9.]+×"_s,
                                             QRegularExpression::MultilineOption);
    int rows = 0;
    for (auto it = measured.globalMatch(text); it.hasNext(); it.next())
        ++rows;
    // The two rows on PostgreSQL are measured where its server programs are
    // installed (CI's are), and otherwise say why not.
    bool postgresql = !QStandardPaths::findExecutable(u"initdb"_s).isEmpty();
    for (const QString &version : QDir(u"/usr/lib/postgresql"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot))
        postgresql = postgresql || QFileInfo(u"/usr/lib/postgresql/%1/bin/initdb"_s.arg(version)).isExecutable();
    QVERIFY2(rows == (postgresql ? 12 : 10), qPrintable(text));
    QCOMPARE(text.count(u"on PostgreSQL (Unix socket)"_s), 2);
    QCOMPARE(text.count(u"| not measured: "_s), postgresql ? 0 : 2);
    for (const QString &what : {u"neuvo-cli import"_s, u"neuvo-cli flags --json"_s, u"first painted main window"_s,
                                u"fresh settings"_s, u"complete dashboard"_s, u"longest event-loop stall"_s,
                                u"filter the client table"_s, u"contract PDF"_s})
        QVERIFY2(text.contains(what), qPrintable(what));
}

void TestBenchmark::gui_quitsAfterFirstPaint()
{
    const QString help = QString::fromUtf8(run(QStringLiteral(NEUVO_GUI_PATH), {u"--help"_s}));
    QVERIFY(help.contains(u"--quit-after-first-paint"_s));

    const QString dbPath = m_dir.filePath(u"demo.sqlite"_s);
    QVERIFY(!run(QStringLiteral(NEUVO_CLI_PATH), {u"--db"_s, dbPath, u"demo"_s}).isEmpty());
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config"_s));
    environment.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"data"_s));
    environment.insert(u"XDG_STATE_HOME"_s, m_dir.filePath(u"state"_s));
    // Without the hook the window would stay open until the timeout.
    QVERIFY(!run(QStringLiteral(NEUVO_GUI_PATH), {u"--quit-after-first-paint"_s, dbPath}, 60000, environment)
                 .isEmpty());

    // --quit-after-dashboard quits once the rules are evaluated and prints
    // its three times, in order.
    QVERIFY(help.contains(u"--quit-after-dashboard"_s));
    const QString printed = QString::fromUtf8(
        run(QStringLiteral(NEUVO_GUI_PATH), {u"--quit-after-dashboard"_s, dbPath}, 60000, environment));
    static const QRegularExpression times(u"first paint: (\\d+) ms\ncomplete dashboard: (\\d+) ms\n"
                                          "longest event-loop stall: (\\d+) ms"_s);
    const QRegularExpressionMatch match = times.match(printed);
    QVERIFY2(match.hasMatch(), qPrintable(printed));
    QVERIFY(match.captured(1).toInt() <= match.captured(2).toInt());
}

QTEST_GUILESS_MAIN(TestBenchmark)
#include "tst_benchmark.moc"
