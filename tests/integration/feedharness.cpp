#include "feedharness.h"

#include "postgrestest.h"

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

#include <QDateTime>
#include <QJsonDocument>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QUrlQuery>

#include <future>

namespace {

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

QJsonObject segmentCall(const QString &type, const QString &userId, qint64 atMs,
                        std::initializer_list<QPair<QString, QJsonValue>> fields)
{
    QJsonObject call{{QStringLiteral("type"), type},
                     {QStringLiteral("userId"), userId},
                     {QStringLiteral("timestamp"), isoTime(atMs)}};
    for (const auto &[key, value] : fields)
        call.insert(key, value);
    return call;
}

QUrl feedUrl(quint16 port, std::optional<qint64> since)
{
    QUrl url;
    url.setScheme(QStringLiteral("ws"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port);
    url.setPath(QStringLiteral("/"));
    if (since) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("since"), QString::number(*since));
        url.setQuery(query);
    }
    return url;
}

} // namespace

QByteArray HttpResult::describe() const
{
    return "HTTP " + QByteArray::number(status) + " (network error " + QByteArray::number(int(error)) +
           "): " + body;
}

HttpResult httpRequest(QNetworkAccessManager &network, const QUrl &url, const QByteArray &method,
                       const QByteArray &body, const QByteArray &authorization, int timeoutMs)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    if (!authorization.isEmpty())
        request.setRawHeader("Authorization", authorization);
    request.setTransferTimeout(timeoutMs);
    QNetworkReply *reply =
        method == "GET" ? network.get(request) : network.sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    HttpResult result;
    if (!reply->isFinished() && !finished.wait(timeoutMs + 1000)) {
        reply->abort();
        result.error = QNetworkReply::TimeoutError;
    } else {
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->readAll();
        result.json = QJsonDocument::fromJson(result.body).object();
        result.error = reply->error();
    }
    reply->deleteLater();
    return result;
}

QByteArray basicAuthorization(const QString &writeKey)
{
    return "Basic " + QByteArray(writeKey.toUtf8() + ':').toBase64();
}

TestConsole::TestConsole(const QString &origin, QObject *parent)
    : QObject(parent)
    , m_socket(origin)
{
    connect(&m_socket, &QWebSocket::textMessageReceived, this, [this](const QString &text) {
        m_messages.append(QJsonDocument::fromJson(text.toUtf8()).object());
    });
    connect(&m_socket, &QWebSocket::disconnected, this, [this] {
        m_closed = true;
        m_closeCode = int(m_socket.closeCode());
        m_closeReason = m_socket.closeReason();
    });
}

void TestConsole::open(quint16 wsPort, const QString &token, std::optional<qint64> since)
{
    openWithAuthorization(wsPort, token.isEmpty() ? QByteArray() : "Bearer " + token.toUtf8(), since);
}

void TestConsole::openWithAuthorization(quint16 wsPort, const QByteArray &authorization,
                                        std::optional<qint64> since)
{
    m_closed = false;
    m_closeCode = 0;
    m_closeReason.clear();
    QNetworkRequest request(feedUrl(wsPort, since));
    if (!authorization.isEmpty())
        request.setRawHeader("Authorization", authorization);
    m_socket.open(request);
}

bool TestConsole::waitReady(int timeoutMs)
{
    return QTest::qWaitFor([this] { return isReady() || m_closed; }, timeoutMs) && isReady();
}

bool TestConsole::waitClosed(int timeoutMs)
{
    return QTest::qWaitFor([this] { return m_closed; }, timeoutMs);
}

void TestConsole::send(const QJsonObject &message)
{
    m_socket.sendTextMessage(QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact)));
}

QString TestConsole::nextId()
{
    return QStringLiteral("req-%1").arg(++m_nextId);
}

QJsonObject TestConsole::request(QJsonObject message, int timeoutMs)
{
    if (!message.contains(QStringLiteral("id")))
        message.insert(QStringLiteral("id"), nextId());
    const QString id = message.value(QStringLiteral("id")).toString();
    const qsizetype before = m_messages.size();
    send(message);
    // A repeated id is answered again: look only at what came after this request.
    std::optional<QJsonObject> found;
    [[maybe_unused]] const bool answered = QTest::qWaitFor(
        [&] {
            for (qsizetype i = before; i < m_messages.size(); ++i) {
                const QJsonObject &m = m_messages.at(i);
                if (m.value(QStringLiteral("type")).toString() == u"result" &&
                    m.value(QStringLiteral("id")).toString() == id) {
                    found = m;
                    return true;
                }
            }
            return m_closed;
        },
        timeoutMs);
    return found.value_or(QJsonObject());
}

bool TestConsole::sync(int timeoutMs)
{
    return !request(QJsonObject{{QStringLiteral("type"), QStringLiteral("claim")},
                                {QStringLiteral("lead"), QStringLiteral("contact:sync-probe")}},
                    timeoutMs)
                .isEmpty();
}

std::optional<QJsonObject> TestConsole::resultFor(const QString &id) const
{
    for (const QJsonObject &m : m_messages) {
        if (m.value(QStringLiteral("type")).toString() == u"result" &&
            m.value(QStringLiteral("id")).toString() == id)
            return m;
    }
    return std::nullopt;
}

QList<QJsonObject> TestConsole::messagesOfType(const QString &type) const
{
    QList<QJsonObject> out;
    for (const QJsonObject &m : m_messages) {
        if (m.value(QStringLiteral("type")).toString() == type)
            out.append(m);
    }
    return out;
}

QList<QJsonObject> TestConsole::leadMessages() const
{
    return messagesOfType(QStringLiteral("lead"));
}

QSet<QString> TestConsole::seenLeadIds() const
{
    QSet<QString> ids;
    for (const QJsonObject &m : m_messages) {
        const QString type = m.value(QStringLiteral("type")).toString();
        if (type == u"snapshot") {
            const QJsonArray leads = m.value(QStringLiteral("leads")).toArray();
            for (const QJsonValue &lead : leads)
                ids.insert(lead.toObject().value(QStringLiteral("id")).toString());
        } else {
            ids.insert(m.value(QStringLiteral("lead")).toObject().value(QStringLiteral("id")).toString());
        }
    }
    ids.remove(QString());
    return ids;
}

QJsonObject TestConsole::lead(const QString &id) const
{
    for (qsizetype i = m_messages.size() - 1; i >= 0; --i) {
        const QJsonObject &m = m_messages.at(i);
        const QString type = m.value(QStringLiteral("type")).toString();
        if (type == u"lead") {
            const QJsonObject lead = m.value(QStringLiteral("lead")).toObject();
            if (lead.value(QStringLiteral("id")).toString() == id)
                return lead;
        } else if (type == u"snapshot") {
            const QJsonArray leads = m.value(QStringLiteral("leads")).toArray();
            for (const QJsonValue &lead : leads) {
                if (lead.toObject().value(QStringLiteral("id")).toString() == id)
                    return lead.toObject();
            }
        }
    }
    return {};
}

qint64 TestConsole::lastSeq() const
{
    qint64 seq = -1;
    for (const QJsonObject &m : m_messages) {
        const QString type = m.value(QStringLiteral("type")).toString();
        if (type == u"snapshot" || type == u"lead" || type == u"resumed")
            seq = std::max(seq, qint64(m.value(QStringLiteral("seq")).toDouble()));
    }
    return seq;
}

bool TestConsole::isReady() const
{
    for (const QJsonObject &m : m_messages) {
        const QString type = m.value(QStringLiteral("type")).toString();
        if (type == u"snapshot" || type == u"resumed")
            return true;
    }
    return false;
}

TestDatabase::TestDatabase()
{
    if (!onPostgres()) {
        if (m_dir.isValid())
            m_location = m_dir.filePath(QStringLiteral("feed.db"));
        else
            m_error = QStringLiteral("cannot make a temporary directory");
        return;
    }
    // Copies of one database migrated once, quicker than migrating each; and the next copy is
    // made on another thread while a case runs, so that a case does not wait for its own.
    static std::future<std::pair<QString, QString>> next; // the URI, or the error
    const auto copy = [](const QString &migrated) {
        QString error;
        QString uri =
            PostgresTest::createDatabase(&error, StoreLocation::parse(migrated, &error)->databaseName);
        return std::pair{uri, error};
    };
    static const QString migrated = [](QString *error) -> QString {
        const QString uri = PostgresTest::createDatabase(error);
        if (uri.isEmpty())
            return {};
        if (!Database::open(*StoreLocation::parse(uri, error), error)) // migrated, and closed again
            return {};
        qAddPostRoutine([] {
            QString dropError;
            if (next.valid()) {
                const auto [unused, nextError] = next.get();
                if (!unused.isEmpty() && !PostgresTest::dropDatabase(unused, &dropError))
                    qWarning("cannot drop the test database %s: %s", qPrintable(unused),
                             qPrintable(dropError));
            }
            if (!PostgresTest::dropDatabase(migrated, &dropError))
                qWarning("cannot drop the test database %s: %s", qPrintable(migrated), qPrintable(dropError));
        });
        return uri;
    }(&m_error);
    if (migrated.isEmpty()) {
        if (m_error.isEmpty())
            m_error = QStringLiteral("no migrated PostgreSQL database to copy (see the first failure)");
        return;
    }
    std::tie(m_uri, m_error) = next.valid() ? next.get() : copy(migrated);
    next = std::async(std::launch::async, copy, migrated);
    m_location = m_uri;
}

TestDatabase::~TestDatabase()
{
    QString error;
    if (!m_uri.isEmpty() && !PostgresTest::dropDatabase(m_uri, &error))
        qWarning("cannot drop the test database %s: %s", qPrintable(m_uri), qPrintable(error));
}

bool TestDatabase::onPostgres()
{
    static const bool postgres = [] {
        const QString backend = qEnvironmentVariable("FIRSTCALL_TEST_BACKEND");
        if (backend.isEmpty() || backend == u"sqlite")
            return false;
        if (backend != u"postgres")
            qFatal("FIRSTCALL_TEST_BACKEND=%s: expected sqlite or postgres", qPrintable(backend));
        return true;
    }();
    return postgres;
}

FeedHarness::FeedHarness()
    : FeedHarness(Options())
{}

FeedHarness::FeedHarness(Options options)
    : m_options(std::move(options))
    , m_clock(std::make_unique<ManualClock>(QDateTime::currentMSecsSinceEpoch() / 1000 * 1000))
    , m_network(std::make_unique<QNetworkAccessManager>())
{
    m_options.config.listenAddress = QHostAddress::LocalHost;
    m_options.config.httpPort = 0;
    m_options.config.wsPort = 0;
    m_options.config.writeKey = m_writeKey;
}

FeedHarness::~FeedHarness()
{
    stop();
}

bool FeedHarness::openDatabase()
{
    if (m_database)
        return true;
    if (!m_testDatabase.isValid()) {
        m_error = m_testDatabase.error();
        return false;
    }
    m_rules = Rules::load(QStringLiteral("hot"), &m_error);
    if (!m_rules)
        return false;
    const auto location = StoreLocation::parse(databasePath(), &m_error);
    if (!location)
        return false;
    m_database = Database::open(*location, &m_error);
    // As the server runs it: checkpoints on a thread of their own.
    if (!m_database || !m_database->checkpointInBackground(200, &m_error))
        return false;
    m_store = SqlFeedStore::create(*m_database);
    m_team = std::make_unique<TeamStore>(*m_store);
    return true;
}

bool FeedHarness::start()
{
    stop();
    if (!openDatabase())
        return false;
    AlertDesk::Options deskOptions = m_options.desk;
    deskOptions.visibility = m_options.visibility;
    m_desk = std::make_unique<AlertDesk>(*m_store, *m_team, *m_rules, *m_clock, deskOptions);
    if (m_beforeStart)
        m_beforeStart(*m_desk);
    if (!m_desk->start(&m_error))
        return false;
    m_server = std::make_unique<FeedServer>(m_options.config, *m_desk, *m_team);
    return m_server->listen(&m_error);
}

void FeedHarness::stop()
{
    m_server.reset();
    m_desk.reset();
}

bool FeedHarness::restart()
{
    stop();
    return start();
}

QString FeedHarness::addRep(const QString &name, Rep::Role role, const QStringList &segments,
                            const QString &backup)
{
    if (!openDatabase())
        return {};
    Rep rep;
    rep.name = name;
    rep.role = role;
    if (!backup.isEmpty())
        rep.backups = {backup};
    for (const QString &text : segments) {
        const auto segment = Rep::parseSegment(text);
        if (!segment) {
            m_error = QStringLiteral("bad segment ") + text;
            return {};
        }
        rep.segments.append(*segment);
    }
    const auto added = m_team->add(rep, &m_error);
    if (!added)
        return {};
    m_tokens.insert(name, added->token);
    if (m_desk)
        m_desk->reloadTeam();
    return added->token;
}

std::unique_ptr<TestConsole> FeedHarness::console(const QString &repName, std::optional<qint64> since)
{
    auto console = std::make_unique<TestConsole>();
    console->open(wsPort(), token(repName), since);
    if (!console->waitReady()) {
        m_error = QStringLiteral("console of %1 did not get its snapshot (close code %2: %3)")
                      .arg(repName)
                      .arg(console->closeCode())
                      .arg(console->closeReason());
        return nullptr;
    }
    return console;
}

HttpResult FeedHarness::post(const QString &path, const QJsonObject &body)
{
    return request("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), authorization());
}

HttpResult FeedHarness::request(const QByteArray &method, const QString &path, const QByteArray &body,
                                const QByteArray &authorization)
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(httpPort());
    url.setPath(path);
    return httpRequest(*m_network, url, method, body, authorization);
}

QJsonObject FeedHarness::identify(const QString &userId, const QJsonObject &traits) const
{
    return segmentCall(QStringLiteral("identify"), userId, nowMs(), {{QStringLiteral("traits"), traits}});
}

QJsonObject FeedHarness::track(const QString &userId, const QString &event) const
{
    return segmentCall(QStringLiteral("track"), userId, nowMs(), {{QStringLiteral("event"), event}});
}

QJsonObject FeedHarness::page(const QString &userId, const QString &path) const
{
    return segmentCall(QStringLiteral("page"), userId, nowMs(),
                       {{QStringLiteral("properties"), QJsonObject{{QStringLiteral("path"), path}}}});
}

QJsonObject FeedHarness::group(const QString &userId, const QString &groupId, const QJsonObject &traits) const
{
    return segmentCall(QStringLiteral("group"), userId, nowMs(),
                       {{QStringLiteral("groupId"), groupId}, {QStringLiteral("traits"), traits}});
}

QJsonObject FeedHarness::batch(const QJsonArray &calls)
{
    return QJsonObject{{QStringLiteral("batch"), calls}};
}

QJsonObject FeedHarness::alertBatch(const QString &userId, int tier, const QJsonObject &traits) const
{
    return alertBatchAt(userId, tier, nowMs(), traits);
}

QJsonObject FeedHarness::alertBatchAt(const QString &userId, int tier, qint64 atMs,
                                      const QJsonObject &extraTraits)
{
    QJsonObject traits{{QStringLiteral("name"), QString(QStringLiteral("Contact ") + userId)},
                       {QStringLiteral("title"), QStringLiteral("VP Sales")},
                       {QStringLiteral("phone"), QStringLiteral("+1 555 0100")},
                       {QStringLiteral("company"), QStringLiteral("Acme")}};
    for (auto it = extraTraits.constBegin(); it != extraTraits.constEnd(); ++it)
        traits.insert(it.key(), it.value());
    const auto track = [&](const QString &event) {
        return segmentCall(QStringLiteral("track"), userId, atMs, {{QStringLiteral("event"), event}});
    };
    QJsonArray calls{
        segmentCall(QStringLiteral("identify"), userId, atMs, {{QStringLiteral("traits"), traits}}),
        track(QStringLiteral("Demo Requested"))};
    if (tier == 1) {
        calls.append(track(QStringLiteral("Contact Sales Submitted")));
        calls.append(segmentCall(QStringLiteral("page"), userId, atMs,
                                 {{QStringLiteral("properties"),
                                   QJsonObject{{QStringLiteral("path"), QStringLiteral("/pricing")}}}}));
    }
    return batch(calls);
}

bool FeedHarness::raiseAlert(const QString &userId, int tier, const QJsonObject &traits)
{
    const HttpResult result = post(QStringLiteral("/v1/batch"), alertBatch(userId, tier, traits));
    if (result.status != 200)
        m_error = QString::fromUtf8(result.describe());
    return result.status == 200;
}

qint64 FeedHarness::eventCount() const
{
    QSqlQuery query(m_database->connection());
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM events")) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

FeedProcess::FeedProcess(QString program, QString databasePath, QString writeKey)
    : m_program(std::move(program))
    , m_databasePath(std::move(databasePath))
    , m_writeKey(std::move(writeKey))
{}

FeedProcess::~FeedProcess()
{
    kill();
}

bool FeedProcess::start(QString *error)
{
    kill();
    m_output.clear();
    m_httpPort = m_wsPort = 0;
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    if (m_logFile.isEmpty())
        m_process->setStandardErrorFile(QProcess::nullDevice());
    else
        m_process->setStandardErrorFile(m_logFile, QIODevice::Append);
#ifdef Q_OS_UNIX
    if (m_openFiles > 0) {
        const quint64 files = m_openFiles;
        m_process->setChildProcessModifier([files] {
            const rlimit limit{rlim_t(files), rlim_t(files)};
            ::setrlimit(RLIMIT_NOFILE, &limit);
        });
    }
#endif
    m_process->start(m_program, QStringList{QStringLiteral("serve"), QStringLiteral("--db"), m_databasePath,
                                            QStringLiteral("--http-port"), QStringLiteral("0"),
                                            QStringLiteral("--ws-port"), QStringLiteral("0"),
                                            QStringLiteral("--write-key"), m_writeKey} +
                                    m_extraArguments);
    if (!m_process->waitForStarted()) {
        *error = QStringLiteral("cannot start %1: %2").arg(m_program, m_process->errorString());
        return false;
    }
    static const QRegularExpression banner(
        QStringLiteral("ingest on http://127\\.0\\.0\\.1:(\\d+)/v1, feed on ws://127\\.0\\.0\\.1:(\\d+)/"));
    const bool gotLine = QTest::qWaitFor(
        [this] {
            m_output += m_process->readAllStandardOutput();
            return m_output.contains('\n') || m_process->state() == QProcess::NotRunning;
        },
        10'000);
    const QRegularExpressionMatch match = banner.match(QString::fromUtf8(m_output));
    if (!gotLine || !match.hasMatch()) {
        *error = QStringLiteral("no banner from the server; output: ") + QString::fromUtf8(m_output);
        return false;
    }
    m_httpPort = quint16(match.captured(1).toUInt());
    m_wsPort = quint16(match.captured(2).toUInt());
    return true;
}

bool FeedProcess::running() const
{
    return m_process && m_process->state() == QProcess::Running;
}

void FeedProcess::kill()
{
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->kill();
        m_process->waitForFinished(5000);
    }
    m_process.reset();
}

int FeedProcess::run(const QString &program, const QStringList &arguments, QString *out)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForStarted() || !process.waitForFinished(30'000) ||
        process.exitStatus() != QProcess::NormalExit)
        return -1;
    *out = QString::fromUtf8(process.readAllStandardOutput());
    return process.exitCode();
}
