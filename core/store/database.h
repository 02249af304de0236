#pragma once

#include "storelocation.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <functional>
#include <memory>

class QSqlQuery;
class QThread;

// A Firstcall database: one named Qt Sql connection, to a SQLite file in WAL mode or to a
// PostgreSQL database, its schema brought to the current version by numbered migrations at open.
// The feed server's statements are in SqlFeedStore and its dialects, the console's in ConsoleStore.
class Database final
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Each migration is a list of statements; migration i brings schema version i + 1.
    using Migrations = QList<QStringList>;
    // Told after each statement of the migrations an open runs: `done` of `total` statements
    // (on the thread that opens).
    using MigrationProgress = std::function<void(int done, int total)>;
    // Asked before each migration (each is one transaction): true stops there, the schema at the
    // last version applied, and the open fails with an error saying so; the next open goes on.
    using MigrationStop = std::function<bool()>;

    // Opens (creating a SQLite file if needed) and migrates to the feed server's schema in the
    // location's dialect; nullptr with `error` set on failure (naming the location, never a
    // password).
    static std::unique_ptr<Database> open(const StoreLocation &location, QString *error);
    // The same with another schema, such as the console's cache.
    static std::unique_ptr<Database> open(const StoreLocation &location, const Migrations &migrations,
                                          QString *error, const MigrationProgress &progress = {},
                                          const MigrationStop &stop = {});
    // A SQLite file.
    static std::unique_ptr<Database> open(const QString &path, QString *error);
    static std::unique_ptr<Database> open(const QString &path, const Migrations &migrations, QString *error,
                                          const MigrationProgress &progress = {},
                                          const MigrationStop &stop = {});

    QSqlDatabase connection() const;
    StoreLocation::Dialect dialect() const { return m_dialect; }
    // The file, or the PostgreSQL URI without its password: for messages.
    QString path() const { return m_path; }
    int schemaVersion() const;
    // The schema version the database had when it was opened, before its migrations (0: new).
    int versionAtOpen() const { return m_versionAtOpen; }
    // Of the feed server's schema.
    static int latestSchemaVersion(StoreLocation::Dialect dialect = StoreLocation::Dialect::Sqlite);

    // Closes the connection and opens it again, as configured (a PostgreSQL server that went
    // away and came back: Qt's driver does not reconnect by itself). Prepared statements go.
    bool reopen(QString *error);

    // Runs `work` in a transaction: committed when it returns true, rolled back otherwise.
    bool transaction(const std::function<bool()> &work);
    // The same, begun with `begin` (statements that start with BEGIN, sent in one round trip)
    // and ended with what `commit` returns (statements that end with COMMIT; empty: a plain
    // commit). For PostgreSQL, where each round trip counts on the hot path.
    // `began`, when given, gets the first row the last SELECT in `begin` returned.
    bool transaction(const std::function<bool()> &work, const QString &begin,
                     const std::function<QString()> &commit,
                     const std::function<void(const QVariantList &row)> &began = {});

    // A statement prepared once on this connection and kept: bind its values and exec() it
    // again and again. For the writes a hot path makes for every event; not for a SELECT whose
    // rows might be left unread. A forward-only SELECT kept this way must be read until next()
    // is false: on PostgreSQL, finish() leaves the rest in libpq, and every notification that
    // arrives after it waits there unparsed until the connection's next statement. If it cannot
    // be prepared (the reason is logged), exec() on it fails; it is prepared again on the next
    // call.
    QSqlQuery &prepared(const QString &sql);

    // Writes held back and sent together, for PostgreSQL, where each statement is a round trip
    // that waits for the server: while deferring, write() queues the statement with its values
    // written into it the way Qt's driver sends a prepared statement's values; whatever runs next
    // on this connection (connection(), prepared(), the end of a transaction begun with `begin`)
    // sends the queued ones first, the end of the transaction in the same round trip. A write
    // that fails then fails the transaction (PostgreSQL aborts it), as it would have at once.
    void setDeferWrites(bool defer) { m_deferWrites = defer; }
    bool defersWrites() const { return m_deferWrites; }
    // Runs `sql` (a prepared statement) with `values` now, or queues it while deferring.
    bool write(const QString &sql, const QVariantList &values, QString *error);
    // Sends the queued writes now.
    bool flushWrites(QString *error = nullptr);
    // Runs `sql` (no bound values) after the queued writes, in the same round trip.
    bool execAfterWrites(QSqlQuery &query, const QString &sql);
    // Runs several statements in one round trip: true when every one succeeded; `lastRow`, when
    // given, gets the first row of the last one that returned rows.
    // `each`, when given, reads each statement's result (numbered from 0) instead.
    static bool execAll(QSqlQuery &query, const QString &sql, QVariantList *lastRow = nullptr,
                        const std::function<void(QSqlQuery &result, int statement)> &each = {});
    // PostgreSQL LISTEN: Qt's driver reads notifications when its socket becomes readable, but
    // libpq takes those that arrive while a statement runs off the socket along with its results,
    // where they would wait for the next one (measured: up to the 1 s poll of AlertDesk). With
    // this on, after each use of the connection the driver's handler runs once more, soon, on
    // this thread. (A private slot of the driver, looked up by name; nothing when it is absent.)
    void setPollNotifications(bool poll) { m_pollNotifications = poll; }
    // Why the last transaction's queued writes or end failed (empty when they did not).
    QString lastWriteError() const { return m_writeError; }
    // The connection without sending the queued writes (for execAfterWrites()).
    QSqlDatabase rawConnectionForWrites() const { return rawConnection(); }

    // Takes WAL checkpoints (copying the log back into the database file, which waits on the
    // disk) off this connection: automatic checkpoints stop here and a thread with a connection
    // of its own makes a passive one, which never blocks a writer, every intervalMs. For a
    // server whose commits must not stall. Stopped before the connection closes. Nothing to do
    // on PostgreSQL, whose server makes its own checkpoints.
    bool checkpointInBackground(int intervalMs, QString *error);

private:
    struct Checkpointer;

    Database(StoreLocation::Dialect dialect, QString path, QString connectionName);
    bool migrate(const Migrations &migrations, QString *error, const MigrationProgress &progress,
                 const MigrationStop &stop);
    bool migrateSteps(const Migrations &migrations, QString *error, const MigrationProgress &progress,
                      const MigrationStop &stop);
    QSqlDatabase rawConnection() const;
    void pollNotificationsSoon() const;
    // The statement with its values as literals, as the driver formats bound values.
    QString inlined(const QString &sql, const QVariantList &values) const;

    StoreLocation::Dialect m_dialect;
    QString m_path;
    QString m_connectionName;
    int m_versionAtOpen = 0;
    QHash<QString, std::shared_ptr<QSqlQuery>> m_statements;
    // The last failed attempt per statement, kept while a caller may hold it: one per text,
    // however often it fails.
    QHash<QString, std::shared_ptr<QSqlQuery>> m_unprepared;
    std::unique_ptr<Checkpointer> m_checkpointer;
    bool m_deferWrites = false;
    bool m_pollNotifications = false;
    std::shared_ptr<bool> m_pollQueued = std::make_shared<bool>(false); // outlives this if it must
    QStringList m_deferred;                                             // queued writes, in order
    QString m_writeError;
};

// The text of the last error of a query or the connection, for messages.
QString sqlError(const class QSqlQuery &query);
