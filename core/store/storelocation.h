#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

// Where a feed store lives, as the --db option names it: a SQLite file path, or a PostgreSQL
// database as a libpq URI, postgresql://[user[:password]@][host][:port]/dbname[?key=value&...]
// (also postgres://). The password is kept for the connection only: displayName() and every
// message leave it out. What the URI does not say, libpq takes from its environment
// (PGPASSWORD, ~/.pgpass, PGHOST, ...), as psql does.
struct StoreLocation
{
    Q_DECLARE_TR_FUNCTIONS(StoreLocation)

public:
    enum class Dialect
    {
        Sqlite,
        Postgres
    };

    Dialect dialect = Dialect::Sqlite;
    QString path; // SQLite

    // PostgreSQL; empty (port -1) when the URI does not say.
    QString host; // a name, an address or a Unix socket directory
    int port = -1;
    QString databaseName;
    QString user;
    QString password;
    QList<QPair<QString, QString>> options; // other libpq keywords, such as sslmode, in order

    static StoreLocation sqlite(const QString &path);
    static bool isUri(const QString &text);
    // A URI (by its scheme) or else a file path; nullopt with `error` naming what is wrong.
    static std::optional<StoreLocation> parse(const QString &text, QString *error);

    // The options as QSqlDatabase::setConnectOptions() takes them for QPSQL.
    QString connectOptions() const;
    // For messages: the path, or the URI without its password.
    QString displayName() const;

    friend bool operator==(const StoreLocation &, const StoreLocation &) = default;
};
