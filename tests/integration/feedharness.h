#pragma once

#include "clock/clock.h"
#include "feed/feedserver.h"
#include "routing/alertdesk.h"
#include "rules/rules.h"
#include "store/sqlfeedstore.h"
#include "team/teamstore.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTemporaryDir>
#include <QUrl>
#include <QWebSocket>

#include <memory>
#include <optional>

// What one HTTP request got back.
struct HttpResult
{
    int status = 0; // 0: no HTTP response at all
    QByteArray body;
    QJsonObject json;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;

    QByteArray describe() const;
};

// Sends one request with QNetworkAccessManager and waits (event loop running) for the answer.
HttpResult httpRequest(QNetworkAccessManager &network, const QUrl &url, const QByteArray &method,
                       const QByteArray &body, const QByteArray &authorization, int timeoutMs = 10'000);

// "Basic base64(KEY:)": Segment's write-key convention.
QByteArray basicAuthorization(const QString &writeKey);

// A console as the tests need it: a real QWebSocket with the bearer token that keeps every
// JSON message the server sent, and sends requests and waits for their results.
class TestConsole final : public QObject
{
    Q_OBJECT

public:
    explicit TestConsole(const QString &origin = {}, QObject *parent = nullptr);

    void open(quint16 wsPort, const QString &token, std::optional<qint64> since = std::nullopt);
    // Opens with this exact Authorization header (empty: none).
    void openWithAuthorization(quint16 wsPort, const QByteArray &authorization,
                               std::optional<qint64> since = std::nullopt);
    // Waits for the snapshot or the end of a resume.
    bool waitReady(int timeoutMs = 5000);
    bool waitClosed(int timeoutMs = 5000);
    void close() { m_socket.close(); }

    void send(const QJsonObject &message);
    void sendText(const QString &text) { m_socket.sendTextMessage(text); }
    // Sends a request (adding a fresh "id" when it has none) and waits for its result; an
    // empty object when none came.
    QJsonObject request(QJsonObject message, int timeoutMs = 5000);
    QString nextId();
    // Waits until everything the server sent before this call has arrived: the answer to a
    // harmless request comes after it on the same connection.
    bool sync(int timeoutMs = 5000);
    std::optional<QJsonObject> resultFor(const QString &id) const;

    const QList<QJsonObject> &messages() const { return m_messages; }
    QList<QJsonObject> messagesOfType(const QString &type) const;
    // The "lead" messages, in the order received.
    QList<QJsonObject> leadMessages() const;
    // Every lead id this console was ever told about: snapshots, updates, results.
    QSet<QString> seenLeadIds() const;
    // The newest state of a lead from a snapshot or an update (empty when never seen).
    QJsonObject lead(const QString &id) const;
    bool hasLead(const QString &id) const { return !lead(id).isEmpty(); }
    // The position to resume from: the newest "seq" received.
    qint64 lastSeq() const;
    bool isReady() const;
    bool isConnected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    bool isClosed() const { return m_closed; }
    int closeCode() const { return m_closeCode; }
    QString closeReason() const { return m_closeReason; }
    void clearMessages() { m_messages.clear(); }
    QWebSocket &socket() { return m_socket; }

private:
    QWebSocket m_socket;
    QList<QJsonObject> m_messages;
    bool m_closed = false;
    int m_closeCode = 0;
    QString m_closeReason;
    int m_nextId = 0;
};

// A fresh feed database for one test: a SQLite file in a temporary directory or, when
// FIRSTCALL_TEST_BACKEND=postgres (tst_feedserver_postgres), a new database on the fixture's
// PostgreSQL server (tests/postgrestest.h), dropped again at the end.
class TestDatabase final
{
public:
    TestDatabase();
    ~TestDatabase();
    TestDatabase(const TestDatabase &) = delete;
    TestDatabase &operator=(const TestDatabase &) = delete;

    // Whether this run's databases are on PostgreSQL.
    static bool onPostgres();

    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    // What `--db` takes: the file's path or the database's URI.
    QString location() const { return m_location; }

private:
    QTemporaryDir m_dir;
    QString m_location;
    QString m_uri; // PostgreSQL: to drop
    QString m_error;
};

// The feed server in-process, as `firstcall-feed serve` builds it, on a fresh TestDatabase
// with a ManualClock, listening on 127.0.0.1 with ports picked by the system.
class FeedHarness final
{
public:
    struct Options
    {
        Visibility visibility = Visibility::AllRecords;
        FeedServerConfig config; // the write key and the address are set by the harness
        AlertDesk::Options desk; // but its visibility is the one above
    };

    FeedHarness();
    explicit FeedHarness(Options options);
    ~FeedHarness();
    FeedHarness(const FeedHarness &) = delete;
    FeedHarness &operator=(const FeedHarness &) = delete;

    // Opens the database (once) and starts the desk and the server; false with error() on failure.
    bool start();
    // Runs with each start(), on the new desk before it starts (an integration attaching to it).
    void setBeforeStart(std::function<void(AlertDesk &)> hook) { m_beforeStart = std::move(hook); }
    // Destroys the server and the desk, as a stopped process would; the database stays.
    void stop();
    // stop() then start() on the same database file: new ports, same state.
    bool restart();
    QString error() const { return m_error; }

    // Adds a rep and returns their access token (empty on failure, see error()).
    // Segments as "key=value"; availability as stored in the directory.
    QString addRep(const QString &name, Rep::Role role, const QStringList &segments = {},
                   const QString &backup = {});
    QString token(const QString &name) const { return m_tokens.value(name); }

    // A console for this rep, open and past its snapshot (or resume); nullptr on failure.
    std::unique_ptr<TestConsole> console(const QString &repName, std::optional<qint64> since = std::nullopt);

    HttpResult post(const QString &path, const QJsonObject &body);
    HttpResult request(const QByteArray &method, const QString &path, const QByteArray &body,
                       const QByteArray &authorization);
    QByteArray authorization() const { return basicAuthorization(m_writeKey); }
    QString writeKey() const { return m_writeKey; }
    static QString defaultWriteKey() { return QStringLiteral("test-write-key"); }

    // Segment calls stamped with the harness clock.
    QJsonObject identify(const QString &userId, const QJsonObject &traits) const;
    QJsonObject track(const QString &userId, const QString &event) const;
    QJsonObject page(const QString &userId, const QString &path) const;
    QJsonObject group(const QString &userId, const QString &groupId, const QJsonObject &traits) const;
    static QJsonObject batch(const QJsonArray &calls);
    // A contact with a name, title, company and phone, and a signal set raising its alert:
    // a demo request (Tier 2 by the alert floor) or demo + contact sales + pricing (Tier 1).
    QJsonObject alertBatch(const QString &userId, int tier, const QJsonObject &traits = {}) const;
    static QJsonObject alertBatchAt(const QString &userId, int tier, qint64 atMs,
                                    const QJsonObject &traits = {});
    // Posts alertBatch(); true when the server answered 200.
    bool raiseAlert(const QString &userId, int tier, const QJsonObject &traits = {});

    qint64 eventCount() const;
    qint64 nowMs() const { return m_clock->nowMs(); }

    ManualClock &clock() { return *m_clock; }
    AlertDesk &desk() { return *m_desk; }
    FeedServer &server() { return *m_server; }
    Database &database() { return *m_database; }
    FeedStore &store() { return *m_store; }
    TeamStore &team() { return *m_team; }
    // What `--db` takes for this harness's database: a file's path or a PostgreSQL URI.
    QString databasePath() const { return m_testDatabase.location(); }
    quint16 httpPort() const { return m_server->httpPort(); }
    quint16 wsPort() const { return m_server->wsPort(); }

private:
    bool openDatabase();

    Options m_options;
    TestDatabase m_testDatabase; // first in, last out: dropped after every connection closed
    QString m_error;
    QString m_writeKey = defaultWriteKey();
    std::unique_ptr<ManualClock> m_clock;
    std::optional<Rules> m_rules;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<SqlFeedStore> m_store;
    std::unique_ptr<TeamStore> m_team;
    std::unique_ptr<AlertDesk> m_desk;
    std::unique_ptr<FeedServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    QHash<QString, QString> m_tokens;
    std::function<void(AlertDesk &)> m_beforeStart;
};

// The real `firstcall-feed serve` program on a database file, for crash and restart tests.
class FeedProcess final
{
public:
    FeedProcess(QString program, QString databasePath, QString writeKey);
    ~FeedProcess();

    // Starts the server on free ports and reads them from its first line of output.
    bool start(QString *error);
    // SIGKILL: no clean shutdown of any kind.
    void kill();
    bool running() const;
    // The soft and hard limit of open files the server starts with (0: inherited).
    void setOpenFileLimit(quint64 files) { m_openFiles = files; }
    // More `serve` options, and a file for its log (stderr; by default discarded).
    void setExtraArguments(const QStringList &arguments) { m_extraArguments = arguments; }
    void setLogFile(const QString &path) { m_logFile = path; }
    quint16 httpPort() const { return m_httpPort; }
    quint16 wsPort() const { return m_wsPort; }

    // Runs `firstcall-feed ARGS` to completion; its exit code (-1 if it failed to run) and stdout.
    static int run(const QString &program, const QStringList &arguments, QString *out);

private:
    QString m_program;
    QString m_databasePath;
    QString m_writeKey;
    std::unique_ptr<QProcess> m_process;
    QByteArray m_output;
    quint16 m_httpPort = 0;
    quint16 m_wsPort = 0;
    quint64 m_openFiles = 0;
    QStringList m_extraArguments;
    QString m_logFile;
};
