#pragma once

#include "store/storelocation.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

// The private PostgreSQL server of a test run: the CTest fixture "postgres"
// (tests/tools/pg_fixture.sh) writes its URI to the file FIRSTCALL_TEST_POSTGRES_URI_FILE names;
// FIRSTCALL_TEST_POSTGRES, a URI, points a test run by hand at another server. Tests create a
// fresh database of their own on it.
namespace PostgresTest {

// The URI of the server's maintenance database; empty with `error` when there is none.
inline QString serverUri(QString *error)
{
    if (const QString uri = qEnvironmentVariable("FIRSTCALL_TEST_POSTGRES"); !uri.isEmpty())
        return uri;
    const QString file = qEnvironmentVariable("FIRSTCALL_TEST_POSTGRES_URI_FILE");
    if (file.isEmpty()) {
        *error = QStringLiteral("no PostgreSQL for this test: run it with ctest (fixture \"postgres\") or "
                                "set FIRSTCALL_TEST_POSTGRES to a server's URI");
        return {};
    }
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: %2 (did the pg_server_start fixture run?)").arg(file, in.errorString());
        return {};
    }
    return QString::fromUtf8(in.readAll()).trimmed();
}

// The same URI naming another database.
inline QString withDatabase(const QString &uri, const QString &name)
{
    const qsizetype authority = uri.indexOf(QLatin1StringView("://")) + 3;
    const qsizetype slash = uri.indexOf(u'/', authority);
    const qsizetype query = uri.indexOf(u'?', authority);
    const qsizetype end = query < 0 ? uri.size() : query;
    return uri.left(slash < 0 || slash > end ? end : slash) + u'/' + name + uri.mid(end);
}

// Runs one statement on the maintenance database (from any thread).
inline bool administer(const QString &sql, QString *error)
{
    const auto location = StoreLocation::parse(serverUri(error), error);
    if (!location)
        return false;
    // One connection name per thread: a test may create its next database on another one.
    const QString name = QStringLiteral("postgrestest-admin-%1").arg(quintptr(QThread::currentThreadId()));
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(location->host);
        db.setPort(location->port);
        db.setDatabaseName(location->databaseName);
        db.setUserName(location->user);
        db.setPassword(location->password);
        db.setConnectOptions(location->connectOptions());
        if (!db.open()) {
            *error = db.lastError().text();
        } else {
            QSqlQuery query(db);
            ok = query.exec(sql);
            if (!ok)
                *error = query.lastError().text();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

// A new empty database, or a copy of the database `templateName` (which nobody may be connected
// to): its URI, or empty with `error`.
inline QString createDatabase(QString *error, const QString &templateName = {})
{
    const QString server = serverUri(error);
    if (server.isEmpty())
        return {};
    const QString name =
        QStringLiteral("t_%1").arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0'));
    // A file copy: for databases this small, quicker than the default WAL_LOG strategy.
    const QString copy = templateName.isEmpty()
                             ? QString()
                             : QStringLiteral(" TEMPLATE %1 STRATEGY FILE_COPY").arg(templateName);
    if (!administer(QStringLiteral("CREATE DATABASE %1%2").arg(name, copy), error))
        return {};
    return withDatabase(server, name);
}

// Drops the database of a URI createDatabase() gave, connections and all.
inline bool dropDatabase(const QString &uri, QString *error)
{
    const auto location = StoreLocation::parse(uri, error);
    return location &&
           administer(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(location->databaseName),
                      error);
}

} // namespace PostgresTest
