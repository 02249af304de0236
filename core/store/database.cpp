#include "database.h"

#include "postgresfeedstore.h"
#include "sqlitefeedstore.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QLoggingCategory>
#include <QMutex>
#include <QSemaphore>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QThread>
#include <QWaitCondition>

#include <algorithm>
#include <atomic>

QString sqlError(const QSqlQuery &query)
{
    return query.lastError().text();
}

namespace {
Q_LOGGING_CATEGORY(lcDatabase, "firstcall.store")
} // namespace

struct Database::Checkpointer final : QThread
{
    QString path;
    QString connectionName;
    int intervalMs = 1000;
    QMutex mutex;
    QWaitCondition wake;
    bool stop = false;
    QSemaphore opened;
    QString openError; // set before `opened` is released when the connection cannot open

    // A log this long (pages) that passive checkpoints did not empty (writes kept coming while
    // they ran, so SQLite never starts the log over) is finished by the writer itself after
    // its next commit: a checkpoint of the few pages left, with no other writer to wait for,
    // after which SQLite starts the log over. That checkpoint syncs the log first and can take
    // 100-150 ms (bench_feed, at 64 MB); a RESTART checkpoint from here blocked the writer as
    // long in SQLite's busy handler. So it is kept for a log of 256 MB: under steady writes
    // of 1,000 alerts a second, about every 40 s; with any quiet second in between, never.
    static constexpr int kRestartPages = 65'536; // 256 MB at 4 KiB pages
    std::atomic<bool> writerShouldCheckpoint{false};

    void run() override
    {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
            db.setDatabaseName(path);
            if (!db.open()) {
                openError = db.lastError().text();
                opened.release();
            } else {
                QSqlQuery query(db);
                query.exec(QStringLiteral("PRAGMA busy_timeout=5000"));
                opened.release();
                bool failing = false;
                QMutexLocker locker(&mutex);
                while (!stop) {
                    wake.wait(&mutex, QDeadlineTimer(intervalMs));
                    if (stop)
                        break;
                    locker.unlock();
                    bool ok = query.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")) && query.next();
                    // The row: busy, pages in the log, pages copied back.
                    if (ok && query.value(1).toInt() > kRestartPages &&
                        query.value(2).toInt() < query.value(1).toInt())
                        writerShouldCheckpoint = true;
                    query.finish();
                    if (ok == failing) { // say so once when it starts failing, once when it recovers
                        failing = !ok;
                        if (failing)
                            qCWarning(lcDatabase).noquote()
                                << path << ": WAL checkpoint failed:" << sqlError(query);
                        else
                            qCInfo(lcDatabase).noquote() << path << ": WAL checkpoints work again";
                    }
                    locker.relock();
                }
            }
        }
        QSqlDatabase::removeDatabase(connectionName);
    }

    void finish()
    {
        {
            QMutexLocker locker(&mutex);
            stop = true;
            wake.wakeAll();
        }
        wait();
    }
};

Database::Database(StoreLocation::Dialect dialect, QString path, QString connectionName)
    : m_dialect(dialect)
    , m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
{}

Database::~Database()
{
    if (m_checkpointer)
        m_checkpointer->finish();
    m_statements.clear();
    m_unprepared.clear();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

std::unique_ptr<Database> Database::open(const QString &path, QString *error)
{
    return open(StoreLocation::sqlite(path), error);
}

std::unique_ptr<Database> Database::open(const QString &path, const Migrations &steps, QString *error,
                                         const MigrationProgress &progress, const MigrationStop &stop)
{
    return open(StoreLocation::sqlite(path), steps, error, progress, stop);
}

std::unique_ptr<Database> Database::open(const StoreLocation &location, QString *error)
{
    return open(location,
                location.dialect == StoreLocation::Dialect::Postgres ? PostgresFeedStore::migrations()
                                                                     : SqliteFeedStore::migrations(),
                error);
}

std::unique_ptr<Database> Database::open(const StoreLocation &location, const Migrations &steps,
                                         QString *error, const MigrationProgress &progress,
                                         const MigrationStop &stop)
{
    static QAtomicInt counter;
    const QString name = QStringLiteral("firstcall-%1").arg(counter.fetchAndAddRelaxed(1));
    const QString where = location.displayName();
    std::unique_ptr<Database> database(new Database(location.dialect, where, name));
    if (location.dialect == StoreLocation::Dialect::Postgres) {
        if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
            *error = tr("%1: Qt's PostgreSQL driver (QPSQL) is not installed; on Debian: apt install "
                        "libqt6sql6-psql")
                         .arg(where);
            return nullptr;
        }
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(location.host);
        db.setPort(location.port);
        db.setDatabaseName(location.databaseName);
        db.setUserName(location.user);
        db.setPassword(location.password);
        // Named in pg_stat_activity; a host that does not answer is an error within seconds.
        StoreLocation withDefaults = location;
        for (const auto &option :
             {qMakePair(QStringLiteral("fallback_application_name"), QStringLiteral("firstcall")),
              qMakePair(QStringLiteral("connect_timeout"), QStringLiteral("10"))}) {
            if (std::none_of(location.options.cbegin(), location.options.cend(),
                             [&option](const auto &given) { return given.first == option.first; }))
                withDefaults.options.append(option);
        }
        db.setConnectOptions(withDefaults.connectOptions());
        if (!db.open()) {
            QString reason = db.lastError().databaseText().simplified(); // libpq's lines as one
            if (reason.isEmpty())
                reason = db.lastError().text();
            if (!location.password.isEmpty())
                reason.replace(location.password, QStringLiteral("***"));
            *error = tr("%1: cannot connect to PostgreSQL: %2").arg(where, reason);
            return nullptr;
        }
        // No NOTICE lines from libpq on stderr (CREATE TABLE IF NOT EXISTS says it skipped).
        QSqlQuery session(db);
        if (!session.exec(QStringLiteral("SET client_min_messages TO warning"))) {
            *error = tr("%1: not a usable PostgreSQL database: %2").arg(where, sqlError(session));
            return nullptr;
        }
    } else {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(location.path);
        if (!db.open()) {
            *error = tr("%1: cannot open database: %2").arg(where, db.lastError().text());
            return nullptr;
        }
        QSqlQuery pragma(db);
        for (const char *statement : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL",
                                      "PRAGMA busy_timeout=5000", "PRAGMA foreign_keys=ON"}) {
            if (!pragma.exec(QLatin1StringView(statement))) {
                *error = tr("%1: not a usable SQLite database: %2").arg(where, sqlError(pragma));
                return nullptr;
            }
        }
    }
    if (!database->migrate(steps, error, progress, stop))
        return nullptr;
    return database;
}

QSqlDatabase Database::connection() const
{
    if (!m_deferred.isEmpty())
        const_cast<Database *>(this)->flushWrites(); // what comes next may read what they wrote
    if (m_pollNotifications)
        pollNotificationsSoon();
    return rawConnection();
}

void Database::pollNotificationsSoon() const
{
    if (*m_pollQueued)
        return;
    QSqlDriver *driver = rawConnection().driver();
    if (!driver || driver->metaObject()->indexOfMethod("_q_handleNotification()") < 0)
        return;
    *m_pollQueued = true;
    // Queued on the driver: dropped if the connection goes first.
    QMetaObject::invokeMethod(
        driver,
        [queued = m_pollQueued, driver] {
            *queued = false;
            QMetaObject::invokeMethod(driver, "_q_handleNotification", Qt::DirectConnection);
        },
        Qt::QueuedConnection);
}

QSqlDatabase Database::rawConnection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QString Database::inlined(const QString &sql, const QVariantList &values) const
{
    const QSqlDatabase db = rawConnection();
    const QSqlDriver *driver = db.driver();
    QString out;
    out.reserve(sql.size() + 32 * values.size());
    qsizetype next = 0;
    for (const QChar ch : sql) {
        if (ch != u'?' || next >= values.size()) {
            out += ch;
            continue;
        }
        // As Qt's driver binds a value (qCreateParamString): a null string is NULL.
        const QVariant &value = values.at(next++);
        const bool null = value.isNull() ||
                          (value.metaType().id() == QMetaType::QString && value.toString().isNull()) ||
                          (value.metaType().id() == QMetaType::QByteArray && value.toByteArray().isNull());
        if (null) {
            out += QLatin1StringView("NULL");
            continue;
        }
        QSqlField field(QString(), value.metaType());
        field.setValue(value);
        out += driver->formatValue(field);
    }
    return out;
}

bool Database::write(const QString &sql, const QVariantList &values, QString *error)
{
    if (m_deferWrites) {
        m_deferred.append(inlined(sql, values));
        return true;
    }
    QSqlQuery &query = prepared(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (query.exec())
        return true;
    if (error)
        *error = sqlError(query);
    return false;
}

bool Database::execAll(QSqlQuery &query, const QString &sql, QVariantList *lastRow,
                       const std::function<void(QSqlQuery &result, int statement)> &each)
{
    // Several statements in one string: Qt's driver (for a query that is not forward-only) reads
    // the result of each, and exec() tells only about the first; PostgreSQL stops at the first
    // that fails, whose error is among them.
    if (!query.exec(sql))
        return false;
    int statement = 0;
    do {
        if (each)
            each(query, statement++);
        else if (lastRow && query.isSelect() && query.next()) {
            lastRow->clear();
            for (int i = 0; i < query.record().count(); ++i)
                lastRow->append(query.value(i));
        }
    } while (query.nextResult());
    return query.lastError().type() == QSqlError::NoError;
}

bool Database::execAfterWrites(QSqlQuery &query, const QString &sql)
{
    if (m_deferred.isEmpty())
        return query.exec(sql);
    // One round trip: the writes, then the statement whose result is read. Qt's driver reads
    // every statement's result (of a query that is not forward-only); the writes' come first.
    const QString batch = m_deferred.join(QStringLiteral(";\n")) + QStringLiteral(";\n") + sql;
    const qsizetype writes = m_deferred.size();
    m_deferred.clear();
    bool ok = query.exec(batch);
    for (qsizetype i = 0; ok && i < writes; ++i)
        ok = query.nextResult();
    if (ok && query.isSelect())
        return true;
    m_writeError = sqlError(query);
    qCWarning(lcDatabase).noquote() << m_path << ": a write failed:" << m_writeError;
    return false;
}

bool Database::flushWrites(QString *error)
{
    if (m_deferred.isEmpty())
        return true;
    const QString batch = m_deferred.join(QStringLiteral(";\n"));
    m_deferred.clear();
    QSqlQuery query(rawConnection());
    if (execAll(query, batch))
        return true;
    m_writeError = sqlError(query);
    qCWarning(lcDatabase).noquote() << m_path << ": a write failed:" << m_writeError;
    if (error)
        *error = m_writeError;
    return false;
}

int Database::latestSchemaVersion(StoreLocation::Dialect dialect)
{
    return int(dialect == StoreLocation::Dialect::Postgres ? PostgresFeedStore::migrations().size()
                                                           : SqliteFeedStore::migrations().size());
}

int Database::schemaVersion() const
{
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("SELECT MAX(version) FROM schema_version")) || !query.next())
        return 0;
    return query.value(0).toInt();
}

bool Database::reopen(QString *error)
{
    m_deferred.clear();
    m_statements.clear();
    m_unprepared.clear();
    QSqlDatabase db = connection();
    db.close();
    if (!db.open()) {
        QString reason = db.lastError().databaseText().simplified();
        if (reason.isEmpty())
            reason = db.lastError().text();
        if (!db.password().isEmpty())
            reason.replace(db.password(), QStringLiteral("***"));
        *error = tr("%1: cannot connect to PostgreSQL: %2").arg(m_path, reason);
        return false;
    }
    if (m_dialect == StoreLocation::Dialect::Postgres) {
        QSqlQuery session(db);
        if (!session.exec(QStringLiteral("SET client_min_messages TO warning"))) {
            *error = tr("%1: not a usable PostgreSQL database: %2").arg(m_path, sqlError(session));
            return false;
        }
    }
    return true;
}

bool Database::transaction(const std::function<bool()> &work)
{
    QSqlDatabase db = connection();
    if (!db.transaction())
        return false;
    if (!work() || !db.commit()) {
        db.rollback(); // never leave the connection inside a failed transaction
        return false;
    }
    if (m_checkpointer && m_checkpointer->writerShouldCheckpoint.exchange(false)) {
        QSqlQuery checkpoint(db);
        checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
    }
    return true;
}

bool Database::transaction(const std::function<bool()> &work, const QString &begin,
                           const std::function<QString()> &commit,
                           const std::function<void(const QVariantList &row)> &began)
{
    QSqlDatabase db = connection();
    m_writeError.clear();
    {
        QSqlQuery start(db);
        QVariantList row;
        if (!execAll(start, begin, &row)) {
            qCWarning(lcDatabase).noquote() << m_path << ": cannot begin:" << sqlError(start);
            QSqlQuery rollback(db);
            rollback.exec(QStringLiteral("ROLLBACK")); // in case BEGIN went through
            return false;
        }
        if (began)
            began(row);
    }
    bool ok = work();
    if (ok) {
        // The writes still queued travel with the end of the transaction.
        QString end = commit();
        if (end.isEmpty() && m_deferred.isEmpty()) {
            ok = db.commit();
        } else {
            if (end.isEmpty())
                end = QStringLiteral("COMMIT");
            if (!m_deferred.isEmpty())
                end = m_deferred.join(QStringLiteral(";\n")) + QStringLiteral(";\n") + end;
            m_deferred.clear();
            QSqlQuery finish(db);
            ok = execAll(finish, end);
            if (!ok) {
                m_writeError = sqlError(finish);
                qCWarning(lcDatabase).noquote()
                    << m_path << ": a transaction did not commit:" << m_writeError;
            }
        }
    }
    m_deferred.clear();
    if (!ok) {
        QSqlQuery rollback(db);
        rollback.exec(QStringLiteral("ROLLBACK")); // never leave the connection inside a failed transaction
    }
    return ok;
}

QSqlQuery &Database::prepared(const QString &sql)
{
    if (!m_deferred.isEmpty())
        flushWrites();
    if (m_pollNotifications)
        pollNotificationsSoon();
    if (const auto it = m_statements.constFind(sql); it != m_statements.constEnd())
        return **it;
    auto query = std::make_shared<QSqlQuery>(connection());
    if (!query->prepare(sql)) {
        // Not kept for reuse: the next call tries again (the schema may have been busy). Qt's
        // exec() on it later reports a different error, so the real one is logged here.
        qCWarning(lcDatabase).noquote() << m_path << ": cannot prepare" << sql << ":" << sqlError(*query);
        // The previous failed one goes: a caller holds a statement only until its next call.
        m_unprepared.insert(sql, query);
        return *query;
    }
    m_unprepared.remove(sql);
    m_statements.insert(sql, query);
    return *query;
}

bool Database::checkpointInBackground(int intervalMs, QString *error)
{
    if (m_checkpointer || m_dialect != StoreLocation::Dialect::Sqlite)
        return true;
    QSqlQuery pragma(connection());
    // The log may grow between checkpoints; once it has been copied back, it is cut to this.
    if (!pragma.exec(QStringLiteral("PRAGMA wal_autocheckpoint=0")) ||
        !pragma.exec(QStringLiteral("PRAGMA journal_size_limit=67108864"))) {
        *error = tr("%1: cannot move checkpoints to a thread: %2").arg(m_path, sqlError(pragma));
        return false;
    }
    m_checkpointer = std::make_unique<Checkpointer>();
    m_checkpointer->path = m_path;
    m_checkpointer->connectionName = m_connectionName + QStringLiteral("-checkpoint");
    m_checkpointer->intervalMs = intervalMs;
    m_checkpointer->setObjectName(QStringLiteral("checkpoint"));
    m_checkpointer->start();
    m_checkpointer->opened.acquire();
    if (!m_checkpointer->openError.isEmpty()) {
        *error = tr("%1: cannot move checkpoints to a thread: %2").arg(m_path, m_checkpointer->openError);
        m_checkpointer->finish();
        m_checkpointer.reset();
        pragma.exec(QStringLiteral("PRAGMA wal_autocheckpoint=1000")); // as it was
        return false;
    }
    return true;
}

bool Database::migrate(const Migrations &steps, QString *error, const MigrationProgress &progress,
                       const MigrationStop &stop)
{
    if (m_dialect != StoreLocation::Dialect::Postgres)
        return migrateSteps(steps, error, progress, stop);
    // Servers starting together on one database migrate it one at a time.
    QSqlQuery lock(connection());
    const QString key = QStringLiteral("7403916582"); // any constant, the same in every instance
    if (!lock.exec(QStringLiteral("SELECT pg_advisory_lock(%1)").arg(key))) {
        *error = tr("%1: cannot lock the schema for migration: %2").arg(m_path, sqlError(lock));
        return false;
    }
    const bool ok = migrateSteps(steps, error, progress, stop);
    lock.exec(QStringLiteral("SELECT pg_advisory_unlock(%1)").arg(key));
    return ok;
}

bool Database::migrateSteps(const Migrations &steps, QString *error, const MigrationProgress &progress,
                            const MigrationStop &stop)
{
    QSqlDatabase db = connection();
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL, "
                                   "applied_at BIGINT NOT NULL)"))) {
        *error = tr("%1: cannot create the schema table: %2").arg(m_path, sqlError(query));
        return false;
    }
    const int current = schemaVersion();
    if (current > int(steps.size())) {
        *error = tr("%1: database schema version %2 is newer than this program understands (%3); upgrade "
                    "Firstcall")
                     .arg(m_path)
                     .arg(current)
                     .arg(int(steps.size()));
        return false;
    }
    m_versionAtOpen = current;
    int total = 0;
    for (int version = current + 1; version <= int(steps.size()); ++version)
        total += int(steps.at(version - 1).size());
    int done = 0;
    for (int version = current + 1; version <= int(steps.size()); ++version) {
        // Between two migrations, each one transaction: the schema is whole at version - 1.
        if (stop && stop()) {
            *error = tr("%1: the upgrade stopped at schema version %2 of %3; it goes on at the next open")
                         .arg(m_path)
                         .arg(version - 1)
                         .arg(int(steps.size()));
            return false;
        }
        QString failure;
        const bool ok = transaction([&] {
            QSqlQuery step(db);
            for (const QString &statement : steps.at(version - 1)) {
                if (!step.exec(statement)) {
                    failure = sqlError(step);
                    return false;
                }
                if (progress)
                    progress(++done, total);
            }
            step.prepare(QStringLiteral("INSERT INTO schema_version (version, applied_at) VALUES (?, ?)"));
            step.addBindValue(version);
            step.addBindValue(QDateTime::currentMSecsSinceEpoch());
            if (!step.exec()) {
                failure = sqlError(step);
                return false;
            }
            return true;
        });
        if (!ok) {
            *error =
                tr("%1: migration to schema version %2 failed: %3").arg(m_path).arg(version).arg(failure);
            return false;
        }
    }
    return true;
}
