#include "console.h"

#include "cli.h"
#include "command.h"

#include "core/storage/atomicfile.h"
#include "core/storage/database.h"
#include "core/storage/sqldialect.h"

#include <QFile>
#include <QFileInfo>
#include <QIODevice>

#include <algorithm>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace neuvo {

const QString Console::Program = u"neuvo-cli"_s;

namespace {

bool isTerminal(QIODevice &device)
{
    const auto *file = qobject_cast<QFileDevice *>(&device);
    return file && file->handle() >= 0 && ::isatty(file->handle()) == 1;
}

} // namespace

Console::Console(QIODevice &out, QIODevice &err)
    : m_outDevice(out)
    , m_outIsTerminal(isTerminal(out))
    , m_safeOut(out)
    , m_safeErr(err)
    , m_out(&m_safeOut)
    , m_err(&m_safeErr)
    , m_dbPath(Database::defaultPath())
    , m_dbOption(u"db"_s, tr("Database file (default: %1).").arg(Database::defaultPath()), tr("FILE"))
    , m_helpOption(QStringList{u"h"_s, u"help"_s}, tr("Show this help, or a command's help after its name."))
    , m_versionOption(QStringList{u"v"_s, u"version"_s}, tr("Show the version and exit."))
{
}

Console::~Console()
{
    m_out.flush();
    m_err.flush();
}

Result<void> Console::openDatabase(Database &db, Access access) const
{
    // Commands that do not create the file must not leave an empty database
    // behind when the path is mistyped.
    // (A server database is made by its administrator; an empty one gets
    // Neuvo's tables on first open.)
    if (access != Access::Create && !SqlDialect::isServerUrl(m_dbPath) && !QFileInfo::exists(m_dbPath))
        return fail(tr("%1 does not exist; create it with \"%2 demo\" or \"%2 import FILE\".")
                        .arg(m_dbPath, Program));
    // One writer per file: commands that write refuse while another Neuvo
    // has the file open; reading commands go on read-only then.
    return db.open(m_dbPath, access == Access::Read ? Database::Access::ReadWriteIfFree
                                                    : Database::Access::ReadWrite);
}

int Console::usageError(const QString &message, const Command *command)
{
    m_err << Program << u": "_s << oneLine(message) << u'\n';
    if (command)
        m_err << tr("Usage: %1 [--db FILE] %2").arg(Program, command->usage()) << u'\n';
    m_err << tr("Run \"%1 --help\" for the list of commands.").arg(Program) << u'\n';
    return Cli::UsageError;
}

int Console::dataError(const QString &message)
{
    warn(message);
    return Cli::DataError;
}

void Console::writeUtf8(QByteArrayView text)
{
    m_out.flush();
    m_safeOut.write(text.data(), text.size());
}

void Console::warn(const QString &message)
{
    m_err << Program << u": "_s << oneLine(message) << u'\n';
}

Result<int> Console::writeOutput(const QString &path, const QByteArray &data, const QString &written,
                                 const QString &encoding)
{
    if (path.isEmpty() || path == u"-"_s) {
        m_out.flush();
        const QByteArray shown = m_outIsTerminal ? safeDataForTerminal(data, encoding) : data;
        if (m_outDevice.write(shown) != shown.size())
            return fail(tr("Cannot write to standard output: %1").arg(m_outDevice.errorString()));
        return int(Cli::Success);
    }
    if (auto saved = AtomicFile::write(path, data); !saved)
        return Error{saved.error()};
    m_out << written << u'\n';
    return int(Cli::Success);
}

Result<QByteArray> Console::readInput(const QString &path)
{
    QFile file;
    if (auto opened = openInput(file, path); !opened)
        return Error{opened.error()};
    return file.readAll();
}

Result<void> Console::openInput(QFile &file, const QString &path)
{
    file.setFileName(path);
    if (!file.exists())
        return fail(tr("%1 does not exist.").arg(path));
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("Cannot read %1: %2").arg(path, file.errorString()));
    return {};
}

QString Console::oneLine(QString text)
{
    text.replace(u'\n', u' ');
    return text.trimmed();
}

QString Console::table(const QStringList &header, const QList<QStringList> &rows, const QList<bool> &alignRight)
{
    QList<qsizetype> widths;
    for (const QString &cell : header)
        widths << cell.size();
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], row.at(i).size());
    }
    auto line = [&](const QStringList &cells) {
        QStringList padded;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            const bool right = i < alignRight.size() && alignRight.at(i);
            const bool last = i == cells.size() - 1;
            if (right)
                padded << cells.at(i).rightJustified(widths.at(i));
            else
                padded << (last ? cells.at(i) : cells.at(i).leftJustified(widths.at(i)));
        }
        return padded.join(u"  "_s) + u'\n';
    };
    QString text = line(header);
    QStringList rule;
    for (qsizetype w : widths)
        rule << QString(w, u'-');
    text += rule.join(u"  "_s) + u'\n';
    for (const QStringList &row : rows)
        text += line(row);
    return text;
}

QString Console::fields(const QList<QPair<QString, QString>> &lines)
{
    qsizetype width = 0;
    for (const auto &line : lines)
        width = std::max(width, line.first.size() + 1);
    QString text;
    for (const auto &line : lines)
        text += (line.first + u':').leftJustified(width) + u"  "_s + line.second + u'\n';
    return text;
}

QString Console::optionsText(const QList<QCommandLineOption> &options)
{
    QList<QPair<QString, QString>> rows;
    for (const QCommandLineOption &option : options) {
        QStringList names;
        for (const QString &name : option.names())
            names << (name.size() == 1 ? u"-"_s : u"--"_s) + name;
        QString left = names.join(u", "_s);
        if (!option.valueName().isEmpty())
            left += u' ' + option.valueName();
        rows.append({left, option.description()});
    }
    qsizetype width = 0;
    for (const auto &row : rows)
        width = std::max(width, row.first.size());
    QString text;
    for (const auto &row : rows)
        text += u"  "_s + row.first.leftJustified(width) + u"  "_s + row.second + u'\n';
    return text;
}

} // namespace neuvo
