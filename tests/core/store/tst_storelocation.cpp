#include "store/storelocation.h"

#include <QTest>

// --db's two forms: a SQLite path, or a libpq URI taken apart as QSqlDatabase needs it.
class TestStoreLocation final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void errors_data();
    void errors();
    void connectOptionsAreQuoted();
};

void TestStoreLocation::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("postgres");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("options"); // as connectOptions() gives them
    QTest::addColumn<QString>("displayName");

    const QString none;
    QTest::addRow("sqlite file") << "feed.db" << false << "feed.db" << none << -1 << none << none << none
                                 << none << "feed.db";
    QTest::addRow("sqlite absolute path")
        << "/var/lib/firstcall/feed.db" << false << "/var/lib/firstcall/feed.db" << none << -1 << none << none
        << none << none << "/var/lib/firstcall/feed.db";
    QTest::addRow("sqlite memory") << ":memory:" << false << ":memory:" << none << -1 << none << none << none
                                   << none << ":memory:";
    QTest::addRow("database only") << "postgresql:///feed" << true << none << none << -1 << "feed" << none
                                   << none << none << "postgresql:///feed";
    QTest::addRow("host and database")
        << "postgresql://db.example.com/feed" << true << none << "db.example.com" << -1 << "feed" << none
        << none << none << "postgresql://db.example.com/feed";
    QTest::addRow("everything") << "postgresql://ann:pw@db.example.com:6432/feed" << true << none
                                << "db.example.com" << 6432 << "feed"
                                << "ann"
                                << "pw" << none << "postgresql://ann@db.example.com:6432/feed";
    QTest::addRow("postgres scheme") << "postgres://ann@localhost/feed" << true << none << "localhost" << -1
                                     << "feed"
                                     << "ann" << none << none << "postgresql://ann@localhost/feed";
    QTest::addRow("empty password") << "postgresql://ann:@h/feed" << true << none << "h" << -1 << "feed"
                                    << "ann"
                                    << "" << none << "postgresql://ann@h/feed";
    QTest::addRow("percent-encoded") << "postgresql://an%40n:p%3Aw%2F%25@h/my%20feed" << true << none << "h"
                                     << -1 << "my feed"
                                     << "an@n"
                                     << "p:w/%" << none << "postgresql://an@n@h/my feed";
    QTest::addRow("utf-8 percent-encoded")
        << "postgresql://J%C3%B6rg@h/f" << true << none << "h" << -1 << "f" << QStringLiteral("J\u00f6rg")
        << none << none << QStringLiteral("postgresql://J\u00f6rg@h/f");
    QTest::addRow("ipv6") << "postgresql://[::1]:5433/feed" << true << none << "::1" << 5433 << "feed" << none
                          << none << none << "postgresql://[::1]:5433/feed";
    QTest::addRow("socket directory in the query")
        << "postgresql:///feed?host=/var/run/postgresql&port=5433" << true << none << "/var/run/postgresql"
        << 5433 << "feed" << none << none << none << "postgresql:///feed?host=/var/run/postgresql&port=5433";
    QTest::addRow("socket directory percent-encoded")
        << "postgresql://%2Ftmp%2Fpg/feed" << true << none << "/tmp/pg" << -1 << "feed" << none << none
        << none << "postgresql:///feed?host=/tmp/pg";
    QTest::addRow("query overrides") << "postgresql://ann@h:1/a?user=bob&dbname=b&port=2&host=k&password=x"
                                     << true << none << "k" << 2 << "b"
                                     << "bob"
                                     << "x" << none << "postgresql://bob@k:2/b";
    QTest::addRow("other parameters")
        << "postgresql://h/feed?sslmode=verify-full&application_name=fc%20one&connect_timeout=3" << true
        << none << "h" << -1 << "feed" << none << none
        << "sslmode='verify-full';application_name='fc one';connect_timeout='3'"
        << "postgresql://h/feed?sslmode=verify-full&application_name=fc one&connect_timeout=3";
    QTest::addRow("secret parameters are not shown")
        << "postgresql://h/feed?sslpassword=k3y" << true << none << "h" << -1 << "feed" << none << none
        << "sslpassword='k3y'"
        << "postgresql://h/feed";
    QTest::addRow("a trailing & is ignored") << "postgresql://h/feed?sslmode=disable&" << true << none << "h"
                                             << -1 << "feed" << none << none << "sslmode='disable'"
                                             << "postgresql://h/feed?sslmode=disable";
}

void TestStoreLocation::parse()
{
    QFETCH(QString, text);
    QFETCH(bool, postgres);
    QFETCH(QString, path);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, database);
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(QString, options);
    QFETCH(QString, displayName);

    QString error;
    const auto location = StoreLocation::parse(text, &error);
    QVERIFY2(location, qPrintable(error));
    QCOMPARE(StoreLocation::isUri(text), postgres);
    QCOMPARE(location->dialect, postgres ? StoreLocation::Dialect::Postgres : StoreLocation::Dialect::Sqlite);
    QCOMPARE(location->path, path);
    QCOMPARE(location->host, host);
    QCOMPARE(location->port, port);
    QCOMPARE(location->databaseName, database);
    QCOMPARE(location->user, user);
    QCOMPARE(location->password, password);
    QCOMPARE(location->connectOptions(), options);
    QCOMPARE(location->displayName(), displayName);
    if (!password.isEmpty())
        QVERIFY(!location->displayName().contains(password));
}

void TestStoreLocation::errors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("error"); // a part of the message

    QTest::addRow("empty") << ""
                           << "the database is empty";
    QTest::addRow("no database") << "postgresql://h:5432"
                                 << "no database name";
    QTest::addRow("no database after slash") << "postgresql://h/"
                                             << "no database name";
    QTest::addRow("port not a number") << "postgresql://h:abc/feed"
                                       << "port \"abc\" is not a number";
    QTest::addRow("port zero") << "postgresql://h:0/feed"
                               << "port \"0\" is not a number from 1 to 65535";
    QTest::addRow("port too big") << "postgresql://h:65536/feed"
                                  << "port \"65536\"";
    QTest::addRow("empty port") << "postgresql://h:/feed"
                                << "port \"\"";
    QTest::addRow("port in query") << "postgresql://h/feed?port=x1"
                                   << "port \"x1\"";
    QTest::addRow("bad percent in user") << "postgresql://a%zz@h/feed"
                                         << "\"%zz\" in the user name";
    QTest::addRow("percent at the end") << "postgresql://h/feed%2"
                                        << "\"%2\" in the database name";
    QTest::addRow("percent zero") << "postgresql://h/fe%00ed"
                                  << "\"%00\" in the database name";
    QTest::addRow("bad percent in host") << "postgresql://h%g1/feed"
                                         << "in the host";
    QTest::addRow("bad percent in a parameter") << "postgresql://h/feed?sslmode=%q"
                                                << "in the parameter sslmode";
    QTest::addRow("parameter without value") << "postgresql://h/feed?sslmode"
                                             << "\"sslmode\" is not key=value";
    QTest::addRow("parameter without name") << "postgresql://h/feed?=x"
                                            << "is not key=value";
    QTest::addRow("semicolon in a value") << "postgresql://h/feed?options=a%3Bb"
                                          << "contains \";\"";
    QTest::addRow("several hosts") << "postgresql://h1,h2/feed"
                                   << "several hosts";
    QTest::addRow("several hosts in the query") << "postgresql:///feed?host=a,b"
                                                << "several hosts";
    QTest::addRow("unclosed ipv6") << "postgresql://[::1/feed"
                                   << "no closing \"]\"";
    QTest::addRow("junk after ipv6") << "postgresql://[::1]x/feed"
                                     << "unexpected \"x\"";
}

void TestStoreLocation::errors()
{
    QFETCH(QString, text);
    QFETCH(QString, error);

    QString message;
    QVERIFY(!StoreLocation::parse(text, &message));
    QVERIFY2(message.contains(error), qPrintable(message));
}

void TestStoreLocation::connectOptionsAreQuoted()
{
    QString error;
    // A bad password is refused without repeating it; a good one never appears in a message.
    QVERIFY(!StoreLocation::parse(QStringLiteral("postgresql://ann:se%zzcret@h/feed"), &error));
    QVERIFY2(error.contains(QLatin1StringView("password")), qPrintable(error));
    QVERIFY2(!error.contains(QLatin1StringView("se")) || !error.contains(QLatin1StringView("cret")),
             qPrintable(error));
    QVERIFY(!StoreLocation::parse(QStringLiteral("postgresql://h/feed?password=%zzsecret"), &error));
    QVERIFY2(!error.contains(QLatin1StringView("secret")), qPrintable(error));

    const auto location =
        StoreLocation::parse(QStringLiteral("postgresql://h/feed?options=-c%20search_path%3D'x'%5C"), &error);
    QVERIFY2(location, qPrintable(error));
    QCOMPARE(location->connectOptions(), QStringLiteral(R"(options='-c search_path=\'x\'\\')"));
}

QTEST_GUILESS_MAIN(TestStoreLocation)
#include "tst_storelocation.moc"
