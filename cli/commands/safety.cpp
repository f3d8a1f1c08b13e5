// What keeps the file safe: backups, restoring one, the integrity check.
#include "commands.h"

#include "cli/cli.h"

#include "core/storage/backup.h"
#include "core/storage/database.h"
#include "core/storage/integritycheck.h"
#include "core/storage/sqldialect.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace neuvo::commands {

namespace {

class BackupCommand final : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    BackupCommand()
        : DatabaseCommand({u"backup"_s, QT_TRANSLATE_NOOP("Cli", "[OUT.sqlite]"),
                           QT_TRANSLATE_NOOP("Cli", "Write a consistent copy of the database (into its backups "
                                                    "folder without a file)."),
                           nullptr, 0, 1},
                          Console::Access::Read)
    {
    }

protected:
    Result<int> executeWithDatabase(Console &console, Database &db, const QCommandLineParser &parser) override
    {
        QString target = parser.positionalArguments().value(0);
        if (target.isEmpty()) {
            auto made = BackupManager(db.path()).create(db, u"manual"_s);
            if (!made)
                return Error{made.error()};
            target = made->path;
        } else if (auto written = BackupManager::snapshot(db.connection(), target); !written) {
            return Error{written.error()};
        }
        console.out() << tr("Backed up %1 to %2.").arg(db.path(), target) << u'\n';
        return int(Cli::Success);
    }
};

// Listing looks at the folder only, so it also works when the database
// itself is damaged and a backup is what the user is looking for.
class BackupsCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    BackupsCommand()
        : Command({u"backups"_s, "", QT_TRANSLATE_NOOP("Cli", "List the backups of the database, newest first.")})
    {
    }

protected:
    Result<int> execute(Console &console, const QCommandLineParser &) override
    {
        const BackupManager manager(console.dbPath());
        const QList<BackupInfo> all = manager.list();
        if (all.isEmpty()) {
            console.out() << tr("No backups of %1 in %2.").arg(console.dbPath(), manager.folder()) << u'\n';
            return int(Cli::Success);
        }
        QList<QStringList> rows;
        for (const BackupInfo &b : all) {
            rows.append({b.createdUtc.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s), b.reason,
                         QLocale().formattedDataSize(b.size), b.path});
        }
        console.out() << Console::table({tr("Made"), tr("Why"), tr("Size"), tr("File")}, rows,
                                        {false, false, true, false});
        return int(Cli::Success);
    }
};

// Restoring replaces the file, so it must not be open here: BackupManager
// takes the lock itself.
class RestoreCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    RestoreCommand()
        : Command({u"restore"_s, QT_TRANSLATE_NOOP("Cli", "BACKUP.sqlite"),
                   QT_TRANSLATE_NOOP("Cli", "Check a backup and replace the database with it; the current file is "
                                            "kept as a backup."),
                   nullptr, 1, 1})
    {
    }

protected:
    Result<int> execute(Console &console, const QCommandLineParser &parser) override
    {
        const QString backupPath = parser.positionalArguments().constFirst();
        if (!QFileInfo::exists(backupPath))
            return fail(tr("%1 does not exist.").arg(backupPath));
        auto restored = BackupManager(console.dbPath()).restore(backupPath);
        if (!restored)
            return Error{restored.error()};
        console.out() << tr("Restored %1 from %2.").arg(console.dbPath(), restored->restoredFrom) << u'\n';
        if (!restored->previousKeptAs.isEmpty())
            console.out() << tr("The file it replaced is kept as %1.").arg(restored->previousKeptAs) << u'\n';
        return int(Cli::Success);
    }
};

// Checks the file without opening it as Neuvo does, so a damaged file is
// described rather than refused.
class CheckCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    CheckCommand()
        : Command({u"check"_s, QT_TRANSLATE_NOOP("Cli", "[--full]"),
                   QT_TRANSLATE_NOOP("Cli", "Check the file and Neuvo's own rules; print each problem. Exit 4 when "
                                            "any is found.")},
                  {QCommandLineOption(u"full"_s, tr("Run SQLite's full integrity_check instead of quick_check."))})
    {
    }

protected:
    Result<int> execute(Console &console, const QCommandLineParser &parser) override
    {
        const QString path = console.dbPath();
        if (!SqlDialect::isServerUrl(path) && !QFileInfo::exists(path))
            return fail(tr("%1 does not exist.").arg(path));
        const auto problems = IntegrityCheck::checkFile(
            path, parser.isSet(option(u"full"_s)) ? IntegrityCheck::Depth::Full : IntegrityCheck::Depth::Quick);
        if (!problems)
            return Error{problems.error()};
        if (problems->isEmpty()) {
            console.out() << tr("%1: no problems found.").arg(path) << u'\n';
            return int(Cli::Success);
        }
        for (const IntegrityProblem &p : *problems)
            console.out() << Console::oneLine(p.toString()) << u'\n';
        console.warn(tr("%1: problems found: %2.").arg(path).arg(problems->size()));
        if (const auto good = BackupManager(path).newestGoodBackup())
            console.warn(tr("The newest good backup is %1; restore it with \"%2 --db %3 restore %1\".")
                             .arg(good->path, Console::Program, path));
        return int(Cli::ProblemsFound);
    }
};

} // namespace

CommandList safety()
{
    CommandList list;
    list.push_back(std::make_unique<BackupCommand>());
    list.push_back(std::make_unique<BackupsCommand>());
    list.push_back(std::make_unique<RestoreCommand>());
    list.push_back(std::make_unique<CheckCommand>());
    return list;
}

} // namespace neuvo::commands
