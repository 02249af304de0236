#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

class QSqlQuery;
class QThread;

// A Firstcall SQLite database: one named Qt Sql connection in WAL mode, its schema brought to
// the current version by numbered migrations at open. The feed server's statements are in
// SqliteFeedStore, the console's in ConsoleStore.
class Database final
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Each migration is a list of statements; migration i brings schema version i + 1.
    using Migrations = QList<QStringList>;

    // Opens (creating if needed) and migrates to the feed server's schema; nullptr with
    // `error` set on failure.
    static std::unique_ptr<Database> open(const QString &path, QString *error);
    // The same with another schema, such as the console's cache.
    static std::unique_ptr<Database> open(const QString &path, const Migrations &migrations, QString *error);

    QSqlDatabase connection() const;
    QString path() const { return m_path; }
    int schemaVersion() const;
    static int latestSchemaVersion(); // of the feed server's schema

    // Runs `work` in a transaction: committed when it returns true, rolled back otherwise.
    bool transaction(const std::function<bool()> &work);

    // A statement prepared once on this connection and kept: bind its values and exec() it
    // again and again. For the writes a hot path makes for every event; not for a SELECT whose
    // rows might be left unread. If it cannot be prepared (the reason is logged), exec() on it
    // fails; it is prepared again on the next call.
    QSqlQuery &prepared(const QString &sql);

    // Takes WAL checkpoints (copying the log back into the database file, which waits on the
    // disk) off this connection: automatic checkpoints stop here and a thread with a connection
    // of its own makes a passive one, which never blocks a writer, every intervalMs. For a
    // server whose commits must not stall. Stopped before the connection closes.
    bool checkpointInBackground(int intervalMs, QString *error);

private:
    struct Checkpointer;

    Database(QString path, QString connectionName);
    bool migrate(const Migrations &migrations, QString *error);

    QString m_path;
    QString m_connectionName;
    QHash<QString, std::shared_ptr<QSqlQuery>> m_statements;
    // The last failed attempt per statement, kept while a caller may hold it: one per text,
    // however often it fails.
    QHash<QString, std::shared_ptr<QSqlQuery>> m_unprepared;
    std::unique_ptr<Checkpointer> m_checkpointer;
};

// The text of the last error of a query or the connection, for messages.
QString sqlError(const class QSqlQuery &query);
