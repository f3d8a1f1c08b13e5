#include "rowversion.h"

#include <QDateTime>
#include <QLocale>
#include <QSysInfo>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace neuvo {

namespace {

QString &editorOverride()
{
    static QString editor;
    return editor;
}

QString defaultEditor()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME"); // Windows
    if (user.isEmpty())
        user = qEnvironmentVariable("LOGNAME");
    const QString host = QSysInfo::machineHostName();
    if (user.isEmpty())
        return host;
    return host.isEmpty() ? user : user + u'@' + host;
}

} // namespace

QString RowVersions::editor()
{
    if (!editorOverride().isEmpty())
        return editorOverride();
    // Asked once: every row a change writes is stamped with it, and an
    // import writes hundreds of thousands.
    static const QString editor = defaultEditor();
    return editor;
}

void RowVersions::setEditor(const QString &editor)
{
    editorOverride() = editor;
}

QString RowVersions::now()
{
    // Formatted once a second at most: an import stamps every row it
    // writes, and formatting the time was a thirtieth of its work.
    thread_local qint64 formattedSecond = -1;
    thread_local QString formatted;
    const qint64 second = QDateTime::currentSecsSinceEpoch();
    if (second != formattedSecond) {
        formatted = QDateTime::fromSecsSinceEpoch(second, QTimeZone::utc()).toString(u"yyyy-MM-ddTHH:mm:ss'Z'"_s);
        formattedSecond = second;
    }
    return formatted;
}

QString RowVersions::bumpColumns()
{
    return u"row_version = row_version + 1, updated_at = :updated_at, updated_by = :updated_by"_s;
}

void RowVersions::bindStamp(SqlStatement &st)
{
    st.bind(u":updated_at"_s, now()).bind(u":updated_by"_s, editor());
}

Result<RowVersions::Stamp> RowVersions::stamp(const QSqlDatabase &db, const char *table, qint64 id)
{
    // table is one of the fixed names above, never user input.
    SqlStatement st(db, u"SELECT row_version, updated_by, updated_at FROM %1 WHERE id = :id"_s
                            .arg(QLatin1StringView(table)));
    st.bind(u":id"_s, id);
    if (auto r = st.exec(); !r)
        return Error{r.error()};
    Stamp stamp;
    if (st.next()) {
        stamp.version = st.value(0).toLongLong();
        stamp.updatedBy = st.value(1).toString();
        stamp.updatedAt = st.value(2).toString();
    }
    return stamp;
}

Result<void> RowVersions::check(const QSqlDatabase &db, const char *table, const char *what, qint64 id,
                                qint64 expectedVersion, Refused refused)
{
    const auto current = stamp(db, table, id);
    if (!current)
        return Error{current.error()};
    // The profile is one record: no number to name it by.
    const QString record = qstrcmp(table, "profile") == 0
                               ? tr("The profile")
                               : QCoreApplication::translate("Database", "%1 #%2")
                                     .arg(QCoreApplication::translate("Database", what))
                                     .arg(id);
    if (current->version == 0)
        return fail(refused == Refused::Deletion ? tr("%1 was deleted elsewhere since it was loaded.").arg(record)
                                                 : tr("%1 was deleted since it was loaded; nothing was saved.").arg(record));
    if (current->version == expectedVersion)
        return {};
    const QDateTime at = QDateTime::fromString(current->updatedAt, Qt::ISODate);
    if (current->updatedBy.isEmpty() || !at.isValid()) {
        return fail((refused == Refused::Deletion
                         ? tr("%1 was changed elsewhere since it was loaded; nothing was deleted. "
                              "Look at the saved version, then delete it again if you still want to.")
                         : tr("%1 was changed elsewhere since it was loaded; nothing was saved. "
                              "Reload it to see the changes, then make yours again."))
                        .arg(record));
    }
    // A deletion was decided on a copy that is not what is stored now: the
    // person sees the saved one first, then chooses again.
    return fail((refused == Refused::Deletion
                     ? tr("%1 was changed by %2 at %3 since it was loaded; nothing was deleted. "
                          "Look at the saved version, then delete it again if you still want to.")
                     : tr("%1 was changed by %2 at %3 since it was loaded; nothing was saved. "
                          "Reload it to see the changes, then make yours again."))
                    .arg(record, current->updatedBy, QLocale().toString(at.toLocalTime(), QLocale::ShortFormat)));
}

Result<void> RowVersions::exec(SqlStatement &st, const QSqlDatabase &db, const char *table, const char *what,
                               qint64 id, qint64 expectedVersion)
{
    st.bind(u":row_version"_s, expectedVersion);
    if (auto r = st.exec(); !r)
        return r;
    if (st.rowsAffected() > 0)
        return {};
    if (auto refused = check(db, table, what, id, expectedVersion); !refused)
        return refused;
    // At the expected version yet untouched: cannot happen in one
    // transaction, but a save must never report success without writing.
    return fail(tr("%1 #%2 was not saved.").arg(QCoreApplication::translate("Database", what)).arg(id));
}

Result<void> RowVersions::bump(const QSqlDatabase &db, const char *table, qint64 id)
{
    SqlStatement st(db, u"UPDATE %1 SET %2 WHERE id = :id"_s.arg(QLatin1StringView(table), bumpColumns()));
    bindStamp(st);
    st.bind(u":id"_s, id);
    return st.exec();
}

} // namespace neuvo
