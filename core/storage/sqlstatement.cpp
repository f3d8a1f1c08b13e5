#include "sqlstatement.h"

#include "database.h"
#include "insertbatch.h"
#include "sqltext.h"
#include "sqldialect.h"
#include "sqliteinsert.h"

#include "core/domain/isotext.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QSqlError>
#include <QTime>

#include <algorithm>
#include <optional>

#include <sys/statvfs.h>

using namespace Qt::StringLiterals;

namespace neuvo {

SqlStatement::SqlStatement(const QSqlDatabase &db, const QString &sql)
    : m_query(queryFor(db, sql))
    , m_sql(sql)
    , m_file(db.databaseName())
{
    m_query.setForwardOnly(true);
    m_prepared = m_query.prepare(sql);
    static const QRegularExpression returning(u"\\bRETURNING\\s+\\w+\\s*$"_s,
                                              QRegularExpression::CaseInsensitiveOption);
    m_returning = returning.match(sql).hasMatch();
    if (!SqlDialect::of(db).isFile()) {
        static const QRegularExpression write(u"^\\s*(?:INSERT\\s+INTO|UPDATE|DELETE\\s+FROM)\\s+(\\w+)"_s,
                                              QRegularExpression::CaseInsensitiveOption);
        m_connectionName = db.connectionName();
        if (const auto match = write.match(sql); match.hasMatch())
            m_writtenTable = match.captured(1).toLower();
        m_insertShape = InsertShape::of(sql);
    }
}

SqlStatement::~SqlStatement()
{
    // On a server whose transaction a failed statement aborted, the
    // statement is freed after the ROLLBACK (the server refuses to before).
    if (!m_connectionName.isEmpty() && m_prepared)
        Database::keepUntilTransactionEnds(m_connectionName, m_query);
}

SqlStatement &SqlStatement::bind(const QString &placeholder, const QVariant &value)
{
    m_query.bindValue(placeholder, value);
    return *this;
}

Result<void> SqlStatement::exec()
{
    if (!m_connectionName.isEmpty()) {
        bool gathering = false;
        if (PendingInserts *pending = pendingInsertsFor(m_connectionName, &gathering)) {
            if (gathering && m_insertShape && m_prepared) {
                QVariantList values;
                values.reserve(m_insertShape->placeholders.size());
                for (const QString &placeholder : m_insertShape->placeholders)
                    values << m_query.boundValue(placeholder);
                pending->add(m_insertShape, std::move(values));
                return {};
            }
            // Any other statement sees the rows gathered before it.
            if (auto sent = pending->send(); !sent)
                return sent;
        }
    }
    if (!m_prepared || !m_query.exec()) {
        const SqlDialect &dialect = SqlDialect::of(m_query.driver());
        if (!m_connectionName.isEmpty())
            Database::noteFailure(m_connectionName, m_query.lastError());
        return fail(sqlErrorMessage(m_query.lastError(), m_file, dialect));
    }
    if (m_returning) {
        // Read to the statement's end. Outside a transaction SQLite commits
        // an INSERT ... RETURNING only after its last row, so a commit the
        // database refuses there (the start checks' hook, a full disk) shows
        // only then: the returned row alone would report a record that was
        // rolled back.
        m_returnedId = m_query.next() ? m_query.value(0).toLongLong() : 0;
        while (m_query.next()) {
        }
        // On an error the driver has reset the statement already, and
        // finish() would clear lastError(), which callers classify.
        const QSqlError error = m_query.lastError();
        if (error.isValid()) {
            if (!m_connectionName.isEmpty())
                Database::noteFailure(m_connectionName, error);
            return fail(sqlErrorMessage(error, m_file, SqlDialect::of(m_query.driver())));
        }
        m_query.finish();
    }
    // QPSQL reads a forward-only result row by row, and then has no count
    // of affected rows: a write with RETURNING counts as having written.
    if (!m_writtenTable.isEmpty() && (m_returning || m_query.isSelect() || m_query.numRowsAffected() > 0))
        Database::noteWrite(m_connectionName, m_writtenTable);
    return {};
}

qint64 returnedId(SqlStatement &statement)
{
    return statement.returnedRowId();
}

SqlStatement &StatementCache::get(const QSqlDatabase &db, const QString &sql)
{
    std::shared_ptr<SqlStatement> &statement = m_statements[sql];
    if (!statement)
        statement = std::make_shared<SqlStatement>(db, sql);
    return *statement;
}

SqlFailure classifySqlError(const QSqlError &error, const SqlDialect &dialect)
{
    return dialect.classify(error);
}

SqlFailure classifySqlError(const QSqlError &error)
{
    return classifySqlError(error, SqlDialect::sqlite());
}

bool isDamage(const QSqlError &error)
{
    return classifySqlError(error) == SqlFailure::Corrupt;
}

qint64 freeBytesIfDiskNearlyFull(const QString &path)
{
    if (path.isEmpty())
        return -1;
    // The folder: the file itself may be what cannot be created. statvfs
    // rather than QStorageInfo, which must first find the mount in
    // /proc/self/mountinfo and is invalid where that does not show it (a
    // chroot): the free space of the folder is all that is needed here.
    struct statvfs info;
    if (::statvfs(QFile::encodeName(QFileInfo(path).absolutePath()).constData(), &info) != 0)
        return -1;
    const qint64 free = qint64(info.f_bavail) * qint64(info.f_frsize);
    return free >= 0 && free < 1024 * 1024 ? free : -1;
}

QString connectionLostMessage(const QString &database, const QString &detail)
{
    return QCoreApplication::translate("Database",
                                       "The connection to the server of %1 was lost (%2): nothing of this change "
                                       "was saved, the server keeps everything as it was before it. Neuvo "
                                       "connects again on the next step: try again once the server is reachable.")
        .arg(database, detail.trimmed());
}

QString sqlReadFailureMessage(const QSqlError &error, const QString &databaseFile, const SqlDialect &dialect)
{
    const QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    const QString file = databaseFile.isEmpty() ? QCoreApplication::translate("Database", "the database")
                                                : databaseFile;
    SqlFailure failure = classifySqlError(error, dialect);
    const qint64 free = dialect.isFile() ? freeBytesIfDiskNearlyFull(databaseFile) : -1;
    if (free >= 0 && (failure == SqlFailure::IoError || failure == SqlFailure::CannotOpen))
        failure = SqlFailure::DiskFull;
    switch (failure) {
    case SqlFailure::DiskFull:
        return QCoreApplication::translate("Database",
                                           "Cannot read %1: the disk is full (%2 free). SQLite needs a little room "
                                           "even to read a database, for its -wal and -shm files. Nothing is wrong "
                                           "with the file itself: free some space on the disk and try again.")
            .arg(file, QLocale().formattedDataSize(std::max<qint64>(free, 0)));
    case SqlFailure::IoError:
        return QCoreApplication::translate("Database",
                                           "Cannot read %1: the disk reported an error (%2). This says nothing "
                                           "about the file itself: check that the disk or network drive is "
                                           "connected and has free space, then try again.")
            .arg(file, detail);
    case SqlFailure::Busy:
        return QCoreApplication::translate("Database",
                                           "Cannot read %1: another program holds it locked. Close the other "
                                           "program or wait a moment, then try again.")
            .arg(file);
    case SqlFailure::ReadOnly:
    case SqlFailure::CannotOpen:
        return QCoreApplication::translate("Database",
                                           "Cannot read %1 (%2): check that the file and its folder exist and that "
                                           "you may read them.")
            .arg(file, detail);
    case SqlFailure::ConnectionLost:
        return connectionLostMessage(file, detail);
    case SqlFailure::Corrupt:
    case SqlFailure::Constraint:
    case SqlFailure::Other:
        break;
    }
    return QCoreApplication::translate("Database", "Cannot read %1: %2").arg(file, detail);
}

QString sqlReadFailureMessage(const QSqlError &error, const QString &databaseFile)
{
    return sqlReadFailureMessage(error, databaseFile, SqlDialect::sqlite());
}

QString sqlErrorMessage(const QSqlError &error, const QString &databaseFile)
{
    return sqlErrorMessage(error, databaseFile, SqlDialect::sqlite());
}

QString sqlErrorMessage(const QSqlError &error, const QString &databaseFile, const SqlDialect &dialect)
{
    const QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    const QString file = databaseFile.isEmpty() ? QCoreApplication::translate("Database", "the database")
                                                : databaseFile;
    SqlFailure failure = classifySqlError(error, dialect);
    // A -shm or -wal file that cannot grow is an I/O error to SQLite.
    if (failure == SqlFailure::IoError && dialect.isFile() && freeBytesIfDiskNearlyFull(databaseFile) >= 0)
        failure = SqlFailure::DiskFull;
    switch (failure) {
    case SqlFailure::DiskFull:
        return QCoreApplication::translate("Database",
                                           "The disk is full: the change to %1 was not saved and the database is "
                                           "as it was before. Free some space on the disk and try again.")
            .arg(file);
    case SqlFailure::IoError:
        return QCoreApplication::translate("Database",
                                           "The disk reported an error while writing %1 (%2): the change was not "
                                           "saved. Check that the disk or network drive is still connected and try "
                                           "again; if it keeps failing, copy your backups to another disk.")
            .arg(file, detail);
    case SqlFailure::Busy:
        return QCoreApplication::translate("Database",
                                           "%1 is busy: another program is using it. The change was not saved; "
                                           "close the other program or wait a moment, then try again.")
            .arg(file);
    case SqlFailure::ReadOnly:
        return QCoreApplication::translate("Database",
                                           "%1 is open read-only, so the change was not saved. To change it, close "
                                           "any other Neuvo that has it open and make sure the file and its folder "
                                           "are writable, then open it again.")
            .arg(file);
    case SqlFailure::Corrupt:
        return QCoreApplication::translate("Database",
                                           "%1 is damaged (%2): the change was not saved. Run \"neuvo-cli check\" "
                                           "and restore the newest good backup.")
            .arg(file, detail);
    case SqlFailure::CannotOpen:
        return QCoreApplication::translate("Database",
                                           "Cannot open %1 (%2): check that the file and its folder still exist "
                                           "and are accessible.")
            .arg(file, detail);
    case SqlFailure::ConnectionLost:
        return connectionLostMessage(file, detail);
    case SqlFailure::Constraint:
    case SqlFailure::Other:
        break;
    }
    return QCoreApplication::translate("Database", "Database error: %1").arg(detail);
}

QVariant sqlDate(const QDate &date)
{
    if (!date.isValid())
        return QVariant(QMetaType(QMetaType::QString));
    char16_t text[10];
    if (!writeIsoDate(text, date))
        return QVariant(date.toString(Qt::ISODate));
    return QVariant(QString(reinterpret_cast<const QChar *>(text), 10));
}

QDate dateFromSqlText(QStringView text)
{
    if (const auto date = readIsoDate(text))
        return *date;
    return QDate::fromString(text, Qt::ISODate);
}

QDate dateFromSql(const QVariant &value)
{
    if (value.isNull())
        return {};
    // A driver with a date type of its own hands back a QDate.
    if (value.metaType().id() == QMetaType::QDate)
        return value.toDate();
    return dateFromSqlText(value.toString());
}

QVariant sqlTimestamp(const QDateTime &utc)
{
    if (!utc.isValid())
        return QVariant(QMetaType(QMetaType::QString));
    // "YYYY-MM-DDTHH:MM:SSZ", as Qt::ISODate writes a UTC time (no
    // milliseconds), by hand for the same reason as sqlDate().
    const QDateTime inUtc = utc.timeSpec() == Qt::UTC ? utc : utc.toUTC();
    const QTime time = inUtc.time();
    char16_t text[20];
    if (!writeIsoDate(text, inUtc.date()))
        return QVariant(inUtc.toString(Qt::ISODate));
    text[10] = u'T';
    writeFixedDigits(text + 11, time.hour(), 2);
    text[13] = u':';
    writeFixedDigits(text + 14, time.minute(), 2);
    text[16] = u':';
    writeFixedDigits(text + 17, time.second(), 2);
    text[19] = u'Z';
    return QVariant(QString(reinterpret_cast<const QChar *>(text), 20));
}

QDateTime timestampFromSqlText(QStringView text)
{
    if (const auto stamp = readIsoUtcTimestamp(text))
        return *stamp;
    return QDateTime::fromString(text, Qt::ISODate).toUTC();
}

QDateTime timestampFromSql(const QVariant &value)
{
    if (value.isNull())
        return {};
    if (value.metaType().id() == QMetaType::QDateTime)
        return value.toDateTime().toUTC();
    return timestampFromSqlText(value.toString());
}

QVariant sqlTime(const QTime &time)
{
    return time.isValid() ? QVariant(time.toString(QStringLiteral("HH:mm"))) : QVariant(QMetaType(QMetaType::QString));
}

QTime timeFromSql(const QVariant &value)
{
    return value.isNull() ? QTime() : QTime::fromString(value.toString(), QStringLiteral("HH:mm"));
}

QVariant sqlId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

} // namespace neuvo
