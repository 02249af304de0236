#pragma once

#include "protocol/messages.h"
#include "queuelead.h"
#include "store/database.h"

#include <QHash>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

// The console's local SQLite file: the leads it may see (queue fields in columns; the full
// lead as JSON, for the detail view, in a table of its own), the last sequence number it
// applied, and the outbox of requests not yet confirmed by the server.
// Everything a rep did offline survives a restart and is replayed at the next connection.
//
// Leads are written by a thread of its own with its own connection, so that a busy feed
// costs the event loop no SQLite time; everything else is written at once, by the caller.
class ConsoleStore final
{
public:
    // Waits until the leads handed over are written.
    ~ConsoleStore();
    // Migrates an older cache first (see migrate()).
    static std::unique_ptr<ConsoleStore> open(const QString &path, QString *error);
    // How many schema migrations the cache at `path` still needs (0 for a new or current one):
    // whether opening it will take a while.
    static int pendingMigrations(const QString &path);
    // Brings the cache to the current schema on a connection of its own (any thread), telling
    // `progress` after each step, then reclaims the free pages the migration left (VACUUM).
    // With `stop`, asked before each migration: true stops there (false with `error`), the cache
    // whole at the last migration applied; the next open or migrate goes on from there.
    static bool migrate(const QString &path, const Database::MigrationProgress &progress, QString *error,
                        const Database::MigrationStop &stop = {});
    // The cache's schema, migration by migration (a benchmark builds an old cache with the first).
    static const Database::Migrations &migrations();

    qint64 lastSeq() const;
    QString meta(const QString &name) const;
    bool setMeta(const QString &name, const QString &value);

    // Leads: handed to the writer, which stores each batch and its position in one
    // transaction. The reads below see them at once, written or not.
    void saveLeads(QList<QPair<LeadState, qint64>> leadsWithSeq, qint64 lastSeq);
    bool replaceAllLeads(const QList<LeadState> &leads, qint64 seq); // waits until written
    // Blocks until every batch handed over is written; false if one could not be since the
    // last call (failures are logged as they happen).
    bool waitForWrites() const;
    QList<QueueLead> loadQueue(const class Rules *rules) const;
    std::optional<LeadState> lead(const QString &id) const;

    // Outbox: requests in the order they were made.
    struct Pending
    {
        QString id;
        protocol::Request request;
        qint64 createdAtMs = 0;
    };
    bool enqueue(const protocol::Request &request, qint64 nowMs);
    // Requests a console cannot read back (never sendable) are dropped from the outbox.
    QList<Pending> pending();
    bool remove(const QString &id);

    // Calls this console logged, for the lead's history even before the server has them.
    bool recordCall(const protocol::Request &call);
    QList<protocol::Request> calls(const QString &leadId) const;
    QHash<QString, QList<protocol::Request>> allCalls() const; // by lead, each newest first

    // A follow-up task as the rep's task list shows it (RepDesk, from the leads' tasks).
    struct Task
    {
        qint64 id = 0;
        QString leadId;
        QString leadName;
        QString channel;
        qint64 dueAtMs = 0;
        int step = 0;
        bool done = false;
    };

private:
    class Writer;
    ConsoleStore(std::unique_ptr<Database> database, std::unique_ptr<Writer> writer);
    std::unique_ptr<Database> m_database;
    std::unique_ptr<Writer> m_writer;
};
