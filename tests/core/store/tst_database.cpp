#include "store/database.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

int count(const Database &database, const QString &sql)
{
    QSqlQuery query(database.connection());
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toInt();
}

} // namespace

class TestDatabase final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void freshFileHasLatestSchema();
    void reopenIsIdempotent();
    void notADatabaseIsRefused();
    void newerSchemaIsRefused();
    void transactionCommitsOrRollsBack();
    void preparedStatementIsReused();
    void checkpointsInBackground();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestDatabase::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("firstcall.db"));
}

void TestDatabase::freshFileHasLatestSchema()
{
    QString error;
    const auto database = Database::open(m_path, &error);
    QVERIFY2(database, qPrintable(error));
    QVERIFY(QFile::exists(m_path));
    QVERIFY(Database::latestSchemaVersion() >= 1);
    QCOMPARE(database->schemaVersion(), Database::latestSchemaVersion());
    QCOMPARE(database->path(), m_path);
    for (const char *table :
         {"reps", "events", "leads", "journal", "actions", "calls", "audit", "settings"}) {
        QCOMPARE(
            count(*database, QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND "
                                            "name = '%1'")
                                 .arg(QLatin1StringView(table))),
            1);
    }
}

void TestDatabase::reopenIsIdempotent()
{
    QString error;
    {
        const auto database = Database::open(m_path, &error);
        QVERIFY2(database, qPrintable(error));
        QSqlQuery query(database->connection());
        QVERIFY(query.exec(QStringLiteral("INSERT INTO settings (name, value) VALUES ('kept', 'yes')")));
    }
    for (int round = 0; round < 2; ++round) {
        const auto database = Database::open(m_path, &error);
        QVERIFY2(database, qPrintable(error));
        QCOMPARE(database->schemaVersion(), Database::latestSchemaVersion());
        // Each migration is recorded once, however often the file is opened.
        QCOMPARE(count(*database, QStringLiteral("SELECT COUNT(*) FROM schema_version")),
                 Database::latestSchemaVersion());
        QCOMPARE(count(*database, QStringLiteral("SELECT COUNT(*) FROM settings WHERE name = 'kept'")), 1);
    }
}

void TestDatabase::notADatabaseIsRefused()
{
    QFile file(m_path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    const QByteArray text = QByteArray("name,role\nalice,sdr\n").repeated(200);
    QCOMPARE(file.write(text), text.size());
    file.close();

    QString error;
    const auto database = Database::open(m_path, &error);
    QVERIFY(!database);
    QVERIFY2(error.contains(m_path), qPrintable(error));
    QVERIFY2(error.contains(QLatin1StringView("database")), qPrintable(error));
    // The file is left as it was.
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), text);
}

void TestDatabase::newerSchemaIsRefused()
{
    QString error;
    const int newer = Database::latestSchemaVersion() + 1;
    {
        const auto database = Database::open(m_path, &error);
        QVERIFY2(database, qPrintable(error));
        QSqlQuery query(database->connection());
        query.prepare(QStringLiteral("INSERT INTO schema_version (version, applied_at) VALUES (?, 0)"));
        query.addBindValue(newer);
        QVERIFY(query.exec());
    }
    const auto database = Database::open(m_path, &error);
    QVERIFY(!database);
    QVERIFY2(error.contains(m_path), qPrintable(error));
    QVERIFY2(error.contains(QLatin1StringView("newer")), qPrintable(error));
    QVERIFY2(error.contains(QString::number(newer)), qPrintable(error));
}

void TestDatabase::transactionCommitsOrRollsBack()
{
    QString error;
    const auto database = Database::open(m_path, &error);
    QVERIFY2(database, qPrintable(error));
    const auto insert = [&](const QString &name) {
        QSqlQuery query(database->connection());
        query.prepare(QStringLiteral("INSERT INTO settings (name, value) VALUES (?, 'x')"));
        query.addBindValue(name);
        return query.exec();
    };
    QVERIFY(database->transaction([&] { return insert(QStringLiteral("committed")); }));
    QVERIFY(!database->transaction([&] { return insert(QStringLiteral("rolled-back")) && false; }));
    QCOMPARE(count(*database, QStringLiteral("SELECT COUNT(*) FROM settings WHERE name = 'committed'")), 1);
    QCOMPARE(count(*database, QStringLiteral("SELECT COUNT(*) FROM settings WHERE name = 'rolled-back'")), 0);
}

void TestDatabase::preparedStatementIsReused()
{
    QString error;
    const auto database = Database::open(m_path, &error);
    QVERIFY2(database, qPrintable(error));
    const QString sql = QStringLiteral("INSERT INTO settings (name, value) VALUES (?, ?)");
    QSqlQuery &first = database->prepared(sql);
    for (const char *name : {"a", "b", "c"}) {
        QSqlQuery &query = database->prepared(sql);
        QCOMPARE(&query, &first);
        query.addBindValue(QString::fromLatin1(name));
        query.addBindValue(QStringLiteral("v"));
        QVERIFY(query.exec());
    }
    QCOMPARE(count(*database, QStringLiteral("SELECT COUNT(*) FROM settings WHERE name IN ('a', 'b', 'c')")),
             3);
    // A statement that cannot be prepared says why when run, and is not kept.
    QSqlQuery &broken = database->prepared(QStringLiteral("INSERT INTO no_such_table VALUES (?)"));
    broken.addBindValue(1);
    QVERIFY(!broken.exec());
}

void TestDatabase::checkpointsInBackground()
{
    QString error;
    const auto database = Database::open(m_path, &error);
    QVERIFY2(database, qPrintable(error));
    QVERIFY2(database->checkpointInBackground(20, &error), qPrintable(error));
    const qint64 before = QFileInfo(m_path).size();
    // About 2 MB: far past where SQLite would checkpoint on its own, which it no longer does
    // on this connection; the thread copies the log into the database file.
    QVERIFY(database->transaction([&] {
        QSqlQuery &insert =
            database->prepared(QStringLiteral("INSERT INTO settings (name, value) VALUES (?, ?)"));
        for (int i = 0; i < 2000; ++i) {
            insert.addBindValue(QStringLiteral("bulk-%1").arg(i));
            insert.addBindValue(QString(1000, u'x'));
            if (!insert.exec())
                return false;
        }
        return true;
    }));
    QTRY_VERIFY(QFileInfo(m_path).size() > before + 2'000'000);
    QCOMPARE(count(*database, QStringLiteral("SELECT COUNT(*) FROM settings WHERE name LIKE 'bulk-%'")),
             2000);
    // Writes go on while it runs, and the database closes cleanly with it.
    QVERIFY(database->transaction([&] {
        QSqlQuery &insert =
            database->prepared(QStringLiteral("INSERT INTO settings (name, value) VALUES (?, ?)"));
        insert.addBindValue(QStringLiteral("after"));
        insert.addBindValue(QStringLiteral("x"));
        return insert.exec();
    }));
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
