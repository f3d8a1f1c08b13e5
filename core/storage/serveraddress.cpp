#include "core/storage/serveraddress.h"

#include "core/storage/sqldialect.h"

#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace neuvo {

Result<QString> serverConnectOptions(const QString &url)
{
    const QUrlQuery query{QUrl(url, QUrl::StrictMode)};
    static const QRegularExpression keyword(u"^[a-z_]+$"_s);
    QStringList options{u"application_name='Neuvo'"_s};
    bool timeoutGiven = !qEnvironmentVariableIsEmpty("PGCONNECT_TIMEOUT");
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (!keyword.match(key).hasMatch() || value.contains(u';'))
            return fail(QCoreApplication::translate("Database",
                                                    "Cannot open %1: the parameter \"%2\" cannot be passed on to the "
                                                    "server.")
                            .arg(url, key));
        timeoutGiven = timeoutGiven || key == u"connect_timeout"_s;
        QString quoted = value;
        quoted.replace(u'\\', u"\\\\"_s).replace(u'\'', u"\\'"_s);
        options << u"%1='%2'"_s.arg(key, quoted);
    }
    if (!timeoutGiven)
        options << u"connect_timeout=%1"_s.arg(DefaultServerConnectTimeoutSeconds);
    return options.join(u';');
}

QString ServerAddress::toUrl() const
{
    QUrl url;
    url.setScheme(u"postgresql"_s);
    url.setUserName(user);
    url.setPath(u'/' + database);
    QUrlQuery query;
    if (isLocalSocket()) {
        // QUrl cannot hold a path as its host; libpq takes it as a parameter.
        url.setHost(QString());
        if (!host.isEmpty())
            query.addQueryItem(u"host"_s, host);
        if (port != DefaultPort)
            query.addQueryItem(u"port"_s, QString::number(port));
    } else {
        url.setHost(host);
        if (port != DefaultPort)
            url.setPort(port);
    }
    if (!sslMode.isEmpty())
        query.addQueryItem(u"sslmode"_s, sslMode);
    url.setQuery(query);
    QString text = url.toString(QUrl::FullyEncoded);
    // QUrl drops the "//" of an empty authority unless it has a user; libpq
    // needs it to read the rest as a URI.
    if (!text.startsWith(u"postgresql://"_s))
        text.replace(0, int(qstrlen("postgresql:")), u"postgresql://"_s);
    return text;
}

std::optional<ServerAddress> ServerAddress::fromUrl(const QString &url)
{
    if (!SqlDialect::isServerUrl(url))
        return std::nullopt;
    const QUrl parsed(url);
    if (!parsed.isValid())
        return std::nullopt;
    const QUrlQuery query(parsed);
    ServerAddress address;
    address.host = parsed.host();
    if (query.hasQueryItem(u"host"_s))
        address.host = query.queryItemValue(u"host"_s, QUrl::FullyDecoded);
    address.port = parsed.port(DefaultPort);
    if (query.hasQueryItem(u"port"_s))
        address.port = query.queryItemValue(u"port"_s).toInt();
    address.user = parsed.userName(QUrl::FullyDecoded);
    if (query.hasQueryItem(u"user"_s))
        address.user = query.queryItemValue(u"user"_s, QUrl::FullyDecoded);
    address.database = parsed.path(QUrl::FullyDecoded).mid(1);
    if (query.hasQueryItem(u"dbname"_s))
        address.database = query.queryItemValue(u"dbname"_s, QUrl::FullyDecoded);
    address.sslMode = query.queryItemValue(u"sslmode"_s);
    return address;
}

QString ServerAddress::displayName() const
{
    if (isLocalSocket()) {
        //: Window title of a database on a PostgreSQL server reached through
        //: its Unix socket: %1 is the database's name
        return tr("%1 on this computer").arg(database);
    }
    const QString server = port == DefaultPort ? host : u"%1:%2"_s.arg(host).arg(port);
    //: Window title of a database on a PostgreSQL server: %1 is the
    //: database's name, %2 the server's host name
    return tr("%1 on %2").arg(database, server);
}

QString databaseDisplayName(const QString &location)
{
    if (const auto address = ServerAddress::fromUrl(location))
        return address->displayName();
    const qsizetype slash = std::max(location.lastIndexOf(u'/'), location.lastIndexOf(u'\\'));
    return location.mid(slash + 1);
}

QString withoutPassword(const QString &location)
{
    if (!SqlDialect::isServerUrl(location))
        return location;
    QUrl url(location);
    url.setPassword(QString());
    QUrlQuery query(url);
    query.removeAllQueryItems(u"password"_s);
    url.setQuery(query.isEmpty() ? QString() : query.query(QUrl::FullyEncoded));
    QString text = url.toString(QUrl::FullyEncoded);
    if (!text.contains(u"://"_s))
        text.replace(text.indexOf(u':'), 1, u"://"_s);
    return text;
}

ServerFailure classifyServerFailure(const QString &message)
{
    if (message.contains(u"no password supplied"_s))
        return ServerFailure::PasswordNeeded;
    if (message.contains(u"password authentication failed"_s)
        || (message.contains(u"role \""_s) && message.contains(u"does not exist"_s)))
        return ServerFailure::PasswordRejected;
    if (message.contains(u"database \""_s) && message.contains(u"does not exist"_s))
        return ServerFailure::NoSuchDatabase;
    if (message.contains(u"could not connect"_s) || message.contains(u"Connection refused"_s)
        || message.contains(u"could not translate host name"_s) || message.contains(u"No such file or directory"_s)
        || message.contains(u"timeout expired"_s))
        return ServerFailure::Unreachable;
    return ServerFailure::Other;
}

} // namespace neuvo
