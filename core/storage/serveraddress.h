#pragma once

#include "core/domain/result.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace neuvo {

// A PostgreSQL database as the desktop names it: the fields of File →
// Connect to Server, the postgresql:// URL built from them (never with a
// password: that comes from ~/.pgpass, PGPASSWORD or the prompt, and lives
// only in memory), and the short name a window title shows.
struct ServerAddress
{
    Q_DECLARE_TR_FUNCTIONS(ServerAddress)

public:
    static constexpr int DefaultPort = 5432;

    // A host name, an IP address, or a folder holding the server's Unix
    // socket (starts with '/'); empty for libpq's default socket.
    QString host;
    int port = DefaultPort;
    QString database;
    QString user;
    // libpq's sslmode; empty for its default ("prefer").
    QString sslMode;

    bool isLocalSocket() const { return host.isEmpty() || host.startsWith(u'/'); }

    // postgresql://user@host:port/database?sslmode=…; a socket folder goes
    // in the host parameter, as libpq reads it.
    QString toUrl() const;
    // The fields of a postgresql:// URL (host, port and user also from its
    // parameters); nullopt for anything else.
    static std::optional<ServerAddress> fromUrl(const QString &url);

    // "neuvo on db.example.org", "neuvo on db.example.org:5433", "neuvo on
    // this computer" (a Unix socket).
    QString displayName() const;
};

// How long a connection waits for an unreachable server when neither the
// URL (connect_timeout=…) nor PGCONNECT_TIMEOUT says: libpq's own default
// waits for the operating system, which gives up on a host that drops the
// packets only after minutes, with the window waiting too.
inline constexpr int DefaultServerConnectTimeoutSeconds = 10;

// The connect options Qt's PostgreSQL driver hands on to libpq for a
// postgresql:// URL, joined by ';' as QPSQL reads them: application_name,
// each parameter of the URL as it is (sslmode, sslrootcert, host for a
// socket folder, connect_timeout …), and the default connect_timeout when
// none is set. Refused, naming the parameter, when one cannot be passed on
// (not a libpq keyword, or a value with a ';', which QPSQL would split).
Result<QString> serverConnectOptions(const QString &url);

// What a window title, the recent list or a message calls a database: a
// file's name, or ServerAddress::displayName() for a server.
QString databaseDisplayName(const QString &location);

// location with any password taken out (a user:password@ part or a
// password parameter): what may be kept in settings or shown. A file path
// comes back as it is.
QString withoutPassword(const QString &location);

// Why a connection to a server failed, as far as a person must act on it
// differently. Read from the driver's message: libpq's own "no password
// supplied" is never translated; the server's messages are matched in
// English (its default), anything else is Other.
enum class ServerFailure {
    Other,
    // The server asks for a password and none was found (no ~/.pgpass
    // entry, no PGPASSWORD, none typed).
    PasswordNeeded,
    // The password (or the user name) was refused.
    PasswordRejected,
    // No server answered at that host and port or socket.
    Unreachable,
    // The server has no database of that name.
    NoSuchDatabase,
};
ServerFailure classifyServerFailure(const QString &message);

} // namespace neuvo
