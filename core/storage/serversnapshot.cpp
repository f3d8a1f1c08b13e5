#include "serversnapshot.h"

#include "applicationidentity.h"
#include "atomicfile.h"
#include "sqldialect.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace neuvo {

QString serverSnapshotFolder()
{
    return QDir(applicationDataFolder()).filePath(u"server-backups"_s);
}

Result<QString> writeServerSnapshot(const QSqlDatabase &db, const QString &url, const QString &label)
{
    const SqlDialect &dialect = SqlDialect::of(db);
    const auto objects = dialect.listSchema(db);
    if (!objects)
        return Error{objects.error()};
    const auto version = dialect.readSchemaVersion(db, nullptr);
    if (!version)
        return Error{version.error()};

    QJsonObject header;
    header.insert(u"format"_s, u"neuvo-server-snapshot"_s);
    header.insert(u"database"_s, url);
    header.insert(u"schema_version"_s, *version);
    header.insert(u"made_utc"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    // The rows are the server's own JSON text, put in as they are.
    QByteArray json = QJsonDocument(header).toJson(QJsonDocument::Compact);
    json.chop(1);
    json += ",\"tables\":{";
    QSqlQuery q(db);
    q.setForwardOnly(true);
    bool first = true;
    for (const SqlSchemaObject &object : *objects) {
        if (object.type != u"table"_s)
            continue;
        QString name = object.name;
        name.replace(u'"', u"\"\""_s);
        if (!q.exec(u"SELECT coalesce(json_agg(t), '[]'::json)::text FROM \"%1\" t"_s.arg(name)) || !q.next())
            return fail(QCoreApplication::translate("Database", "Cannot read the table %1: %2")
                            .arg(object.name, q.lastError().databaseText()));
        if (!first)
            json += ',';
        first = false;
        json += QJsonDocument(QJsonObject{{object.name, 0}}).toJson(QJsonDocument::Compact).mid(1).chopped(2);
        json += q.value(0).toString().toUtf8();
    }
    json += "}}\n";

    const QString folder = serverSnapshotFolder();
    if (!QDir().mkpath(folder))
        return fail(QCoreApplication::translate("Database", "Cannot create the folder %1 for the backup.").arg(folder));
    QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    static const QRegularExpression unsafe(u"[^A-Za-z0-9._-]+"_s);
    const QUrl parsed(url);
    QString stem = (parsed.host().isEmpty() ? u"local"_s : parsed.host()) + u'-' + parsed.path().mid(1);
    stem.replace(unsafe, u"_"_s);
    const QString path = QDir(folder).filePath(
        u"%1-%2-%3.json"_s.arg(stem, label, QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss-zzz"_s)));
    if (auto written = AtomicFile::write(path, json); !written)
        return Error{written.error()};
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return path;
}

} // namespace neuvo
