#pragma once

#include "core/domain/result.h"
#include "core/exchange/terminaltext.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QList>
#include <QFile>
#include <QString>
#include <QStringList>
#include <QTextStream>

class QIODevice;

namespace neuvo {

class Command;
class Database;

// Where neuvo-cli's commands write and what they share: standard output for
// results, standard error for messages (one line each, so a script can read
// them), both with control characters escaped (safeForTerminal), the database path of the global --db option and the options every
// command accepts.
class Console final
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
    Q_DISABLE_COPY_MOVE(Console)

public:
    // How a command uses the database file.
    enum class Access {
        // Only reads: the file must exist; opened for writing when no other
        // Neuvo has it (so an older file is upgraded), else read-only.
        Read,
        // Changes records: the file must exist, and no other Neuvo may have
        // it open.
        Write,
        // May create the file (demo, import).
        Create,
    };

    static const QString Program; // "neuvo-cli"

    Console(QIODevice &out, QIODevice &err);
    ~Console();

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }
    // UTF-8 text built as bytes (a large report) to standard output in one
    // write, after what out() holds, through the same terminal-safe filter
    // as out(): the same bytes as `out() << text`, without the stream
    // decoding and encoding it again in pieces.
    void writeUtf8(QByteArrayView text);

    QString dbPath() const { return m_dbPath; }
    void setDbPath(const QString &path) { m_dbPath = path; }
    // Opens the --db file for a command's access; the message names the file.
    Result<void> openDatabase(Database &db, Access access) const;

    const QCommandLineOption &dbOption() const { return m_dbOption; }
    const QCommandLineOption &helpOption() const { return m_helpOption; }
    const QCommandLineOption &versionOption() const { return m_versionOption; }

    // The message on standard error, then the usage of the command (when
    // given) and where to find help. Returns Cli::UsageError.
    int usageError(const QString &message, const Command *command = nullptr);
    // The message as one line on standard error. Returns Cli::DataError.
    int dataError(const QString &message);
    // Where "neuvo-cli: " goes before a message that is not an error exit.
    void warn(const QString &message);

    // Writes data to standard output (path empty or "-"), or atomically to
    // a file and then prints written (a line saying what went where). To a
    // file or a pipe the bytes go out unchanged; to a terminal, where a
    // person reads them, through safeDataForTerminal() in the data's
    // encoding (a QStringDecoder name), so a client's name cannot send the
    // terminal commands.
    Result<int> writeOutput(const QString &path, const QByteArray &data, const QString &written,
                            const QString &encoding = QStringLiteral("UTF-8"));

    // Whether standard output is a terminal: asked of the device at start
    // (isatty on a file's descriptor; a buffer is none); tests set it.
    bool outputIsTerminal() const { return m_outIsTerminal; }
    void setOutputIsTerminal(bool terminal) { m_outIsTerminal = terminal; }

    // A whole input file (JSON, CSV); the error says it is missing or why it
    // cannot be read.
    static Result<QByteArray> readInput(const QString &path);
    // Opens the file for reading (the same messages as readInput), for a
    // command that reads it in chunks.
    static Result<void> openInput(QFile &file, const QString &path);

    // Messages go out as one line each; core messages may name several
    // fields across lines.
    static QString oneLine(QString text);
    // A plain-text table for a terminal: columns padded to their widest
    // cell. Cells are counted in UTF-16 units, which is the display width
    // for the Latin, Cyrillic and Finnish text Neuvo holds.
    static QString table(const QStringList &header, const QList<QStringList> &rows, const QList<bool> &alignRight);
    // "Label:  value" lines, the labels padded to the widest.
    static QString fields(const QList<QPair<QString, QString>> &lines);

    // The option list of a help text: names and value, then the description.
    static QString optionsText(const QList<QCommandLineOption> &options);

private:
    QIODevice &m_outDevice;
    bool m_outIsTerminal = false;
    // Every message and table goes through these on its way out, so names
    // holding terminal escapes print as visible text; data written with
    // writeOutput() (JSON, CSV) bypasses them and stays byte for byte.
    TerminalSafeDevice m_safeOut;
    TerminalSafeDevice m_safeErr;
    QTextStream m_out;
    QTextStream m_err;
    QString m_dbPath;
    QCommandLineOption m_dbOption;
    QCommandLineOption m_helpOption;
    QCommandLineOption m_versionOption;
};

} // namespace neuvo
