// Feed server benchmark: runs the real firstcall-feed in its own process on loopback, connects
// a team of consoles over WebSocket and measures alert latency and ingest throughput.
// Results are printed; see docs/benchmarks.md.

#include "client/feedclient.h"
#include "clock/clock.h"
#include "store/sqlfeedstore.h"
#include "store/storelocation.h"
#include "team/teamstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QNetworkRequest>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <QWebSocket>

#include <algorithm>
#include <bitset>
#include <functional>
#include <memory>
#include <unistd.h>
#include <vector>

namespace {

constexpr int kMaxClients = 1024;
constexpr char kWriteKey[] = "bench-write-key";

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

// Runs the event loop until `done` holds or the time is up.
bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    if (done())
        return true;
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(2);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    poll.start();
    loop.exec();
    return done();
}

// CPU seconds (user + system) a process has used so far, from /proc.
double cpuSeconds(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray text = stat.readAll();
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return 0;
    return double(fields.at(11).toLongLong() + fields.at(12).toLongLong()) / double(sysconf(_SC_CLK_TCK));
}

// CPU seconds per thread name of a process ("firstcall-feed" is its main thread).
QMap<QString, double> threadCpuSeconds(qint64 pid)
{
    QMap<QString, double> result;
    const QDir tasks(QStringLiteral("/proc/%1/task").arg(pid));
    for (const QString &tid : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile stat(tasks.filePath(tid + QStringLiteral("/stat")));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray text = stat.readAll();
        const QString name =
            QString::fromUtf8(text.mid(text.indexOf('(') + 1, text.lastIndexOf(')') - text.indexOf('(') - 1));
        const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
        if (fields.size() < 13)
            continue;
        result[name] +=
            double(fields.at(11).toLongLong() + fields.at(12).toLongLong()) / double(sysconf(_SC_CLK_TCK));
    }
    return result;
}

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    return QString::fromLatin1(file.readAll()).section(u' ', 0, 2);
}

// "main 60%, feed-1 40%": the busy threads' share of a core.
QString threadShares(const QMap<QString, double> &used, double wall)
{
    QStringList parts;
    for (auto it = used.cbegin(); it != used.cend(); ++it) {
        if (100 * it.value() / wall >= 1)
            parts.append((it.key() == u"firstcall-feed" ? QStringLiteral("main") : it.key()) + u' ' +
                         QString::number(100 * it.value() / wall, 'f', 0) + u'%');
    }
    return parts.join(QStringLiteral(", "));
}

QString ms(qint64 ns)
{
    return QString::number(double(ns) / 1e6, 'f', 2) + QStringLiteral(" ms");
}

qint64 percentile(std::vector<qint64> sorted, double p)
{
    if (sorted.empty())
        return 0;
    std::sort(sorted.begin(), sorted.end());
    const size_t index = std::min(sorted.size() - 1, size_t(p * double(sorted.size() - 1) + 0.5));
    return sorted[index];
}

// One keep-alive HTTP/1.1 connection that pipelines POSTs and counts the answers.
class HttpPipe
{
public:
    HttpPipe(quint16 port, const QByteArray &authorization)
        : m_head("Host: 127.0.0.1:" + QByteArray::number(port) + "\r\nAuthorization: " + authorization +
                 "\r\nContent-Type: application/json\r\n")
    {
        QObject::connect(&m_socket, &QTcpSocket::readyRead, &m_socket, [this] { read(); });
        m_socket.connectToHost(QStringLiteral("127.0.0.1"), port);
        m_socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
    }

    bool connected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    int inFlight() const { return m_inFlight; }
    int ok() const { return m_ok; }
    int failed() const { return m_failed; }
    std::function<void(int status)> onResponse;

    void post(const QByteArray &path, const QByteArray &body)
    {
        m_socket.write("POST " + path + " HTTP/1.1\r\n" + m_head +
                       "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        m_socket.flush();
        ++m_inFlight;
    }

private:
    void read()
    {
        m_buffer += m_socket.readAll();
        while (true) {
            const qsizetype end = m_buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const qsizetype lengthAt = m_buffer.indexOf("Content-Length: ");
            qsizetype length = 0;
            if (lengthAt >= 0 && lengthAt < end)
                length = m_buffer.mid(lengthAt + 16, m_buffer.indexOf('\r', lengthAt) - lengthAt - 16)
                             .toLongLong();
            if (m_buffer.size() < end + 4 + length)
                return;
            const int status = m_buffer.mid(9, 3).toInt();
            if (status == 200)
                ++m_ok;
            else if (m_failed++ == 0)
                out() << "  first failure: " << QString::fromUtf8(m_buffer.left(end + 4 + length))
                      << Qt::endl;
            m_buffer.remove(0, end + 4 + length);
            --m_inFlight;
            if (onResponse)
                onResponse(status);
        }
    }

    QTcpSocket m_socket;
    QByteArray m_head;
    QByteArray m_buffer;
    int m_inFlight = 0;
    int m_ok = 0;
    int m_failed = 0;
};

struct Alert
{
    qint64 sentNs = 0;
    qint64 firstNs = 0;
    qint64 lastNs = 0;
    qint64 firstRemoteNs = 0; // with several servers: the consoles on another server than the POST's
    qint64 lastRemoteNs = 0;
    std::bitset<kMaxClients> receivers;
};

struct Options
{
    int clients = 200;
    int rate = 1000;
    double seconds = 10;
    double ingestSeconds = 5;
    int connections = 4;
    QStringList serverPrefix; // e.g. a profiler: valgrind --tool=callgrind
    QStringList serverArgs;   // more serve options, e.g. --feed-threads 2
    bool qtConsoles = false;  // QWebSocket consoles instead of the light raw-socket ones
    int dashboardEvents = 0;  // events stored before (a), for the manager's dashboard to read
    int dashboardEveryMs = 0; // during (a), the manager asks for 30 days of metrics this often
    QString db;               // a PostgreSQL URI (an empty database); empty: a new SQLite file
    int servers = 1;          // serve processes on that database, consoles spread over them
};

class Bench
{
public:
    explicit Bench(Options options)
        : m_options(options)
    {}

    int run()
    {
        m_clock.start();
        if (!m_dir.isValid() || !addTeam() || !startServer())
            return 1;
        if (!connectClients()) {
            stop();
            return 1;
        }
        if (m_options.dashboardEvents > 0)
            seedDashboard();
        measureLatency();
        measureIngest("/v1/batch", 100, 2);
        measureIngest("/v1/track", 1, 16);
        if (m_options.servers > 1)
            measureFailover();
        out() << "load average after: " << loadAverage() << Qt::endl;
        stop();
        return 0;
    }

private:
    bool addTeam()
    {
        m_dbPath = m_options.db.isEmpty() ? m_dir.filePath(QStringLiteral("feed.db")) : m_options.db;
        QString error;
        const auto location = StoreLocation::parse(m_dbPath, &error);
        const std::unique_ptr<Database> database = location ? Database::open(*location, &error) : nullptr;
        if (!database) {
            out() << "cannot create the database: " << error << Qt::endl;
            return false;
        }
        const auto feedStore = SqlFeedStore::create(*database);
        FeedStore &store = *feedStore;
        TeamStore team(store);
        for (int i = 0; i < m_options.clients; ++i) {
            Rep rep;
            rep.name =
                i == 0 ? QStringLiteral("manager") : QStringLiteral("sdr-%1").arg(i, 3, 10, QLatin1Char('0'));
            rep.role = i == 0 ? Rep::Role::Manager : Rep::Role::Sdr;
            const auto added = team.add(rep, &error);
            if (!added) {
                out() << "cannot add " << rep.name << ": " << error << Qt::endl;
                return false;
            }
            m_tokens.append(added->token);
        }
        return true;
    }

    bool startServer()
    {
        for (int n = 0; n < m_options.servers; ++n) {
            QProcess *process = n == 0 ? &m_server : m_extra.emplace_back(std::make_unique<QProcess>()).get();
            quint16 http = 0;
            quint16 ws = 0;
            if (!startOne(*process, n, &http, &ws))
                return false;
            m_httpPorts.append(http);
            m_wsPorts.append(ws);
        }
        m_httpPort = m_httpPorts.constFirst();
        m_wsPort = m_wsPorts.constFirst();
        out() << "bench_feed: firstcall-feed pid " << m_server.processId() << ", " << m_options.clients
              << (m_options.qtConsoles ? " QWebSocket" : " raw-socket") << " consoles (1 manager + "
              << m_options.clients - 1 << " SDRs, all-records, no segments), load average " << loadAverage()
              << Qt::endl;
        out() << "  database: "
              << (m_options.db.isEmpty()
                      ? QStringLiteral("SQLite file")
                      : QStringLiteral("PostgreSQL (") +
                            StoreLocation::parse(m_dbPath, nullptr).value_or(StoreLocation()).displayName() +
                            u')')
              << ", " << m_options.servers
              << " server(s), consoles spread over them, alerts posted to server 0" << Qt::endl;
        return true;
    }

    bool startOne(QProcess &server, int n, quint16 *httpPort, quint16 *wsPort)
    {
        QStringList command = m_options.serverPrefix;
        command.append(QStringLiteral(FIRSTCALL_FEED_BIN));
        server.setProgram(command.takeFirst());
        // The first line is read for the ports: the server must speak English whatever the locale.
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        environment.remove(QStringLiteral("LANGUAGE"));
        server.setProcessEnvironment(environment);
        server.setArguments(
            command +
            QStringList{QStringLiteral("serve"), QStringLiteral("--db"), m_dbPath,
                        QStringLiteral("--http-port"), QStringLiteral("0"), QStringLiteral("--ws-port"),
                        QStringLiteral("0"), QStringLiteral("--write-key"), QString::fromLatin1(kWriteKey),
                        QStringLiteral("--instance-name"), QStringLiteral("bench-%1").arg(n)} +
            m_options.serverArgs);
        const QString logDir = qEnvironmentVariable("BENCH_FEED_LOG_DIR", m_dir.path()); // to keep them
        const QString log = QDir(logDir).filePath(QStringLiteral("server-%1.log").arg(n));
        server.setStandardErrorFile(log);
        server.start();
        while (!server.canReadLine() && server.waitForReadyRead(15'000)) {
        }
        const QString line = QString::fromUtf8(server.readLine()).trimmed();
        static const QRegularExpression ports(QStringLiteral(
            "ingest on http://127\\.0\\.0\\.1:(\\d+)/v1, feed on ws://127\\.0\\.0\\.1:(\\d+)/"));
        const QRegularExpressionMatch match = ports.match(line);
        if (!match.hasMatch()) {
            out() << "the server did not start: \"" << line << "\"" << Qt::endl;
            QFile file(log);
            if (file.open(QIODevice::ReadOnly))
                out() << file.readAll() << Qt::endl;
            return false;
        }
        *httpPort = quint16(match.captured(1).toUInt());
        *wsPort = quint16(match.captured(2).toUInt());
        return true;
    }

    // CPU seconds of every server process.
    double serversCpu() const
    {
        double used = cpuSeconds(m_server.processId());
        for (const auto &server : m_extra)
            used += cpuSeconds(server->processId());
        return used;
    }

    // A console with the real client and the servers in turn: how long from the moment its
    // server is killed until it is connected to the next one and has resumed.
    void measureFailover()
    {
        SystemClock clock;
        std::vector<double> times;
        for (int round = 0; round < 1; ++round) {
            QProcess *victim = m_extra.back().get();
            FeedClient client(clock);
            client.setServers({QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(m_wsPorts.constLast())),
                               QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(m_wsPorts.constFirst()))},
                              m_tokens.constLast());
            bool resumed = false;
            QObject::connect(&client, &FeedClient::resumed, &client, [&] { resumed = true; });
            client.start();
            if (!waitUntil([&] { return client.isConnected(); }, 10'000)) {
                out() << "(d) failover: the console did not connect" << Qt::endl;
                return;
            }
            const qint64 killedAt = nowNs();
            victim->kill();
            const bool ok = waitUntil([&] { return resumed && client.isConnected(); }, 30'000);
            times.push_back(double(nowNs() - killedAt) / 1e6);
            out() << "(d) console failover: server " << m_options.servers - 1
                  << " killed (SIGKILL); the console was connected to server 0 and had resumed after "
                  << QString::number(times.back(), 'f', 0) << " ms" << (ok ? "" : " (timed out)") << Qt::endl;
            client.stop();
        }
    }

    bool connectClients()
    {
        for (int i = 0; i < m_options.clients; ++i) {
            if (m_options.qtConsoles)
                connectQtClient(i);
            else
                connectRawClient(i);
        }
        if (!waitUntil([this] { return m_snapshots == m_options.clients; }, 30'000)) {
            out() << "only " << m_snapshots << " of " << m_options.clients << " consoles got their snapshot"
                  << Qt::endl;
            return false;
        }
        return true;
    }

    // What a console does with a message: a cheap look at the start instead of parsing 200,000
    // messages a second.
    void handleMessage(int client, QByteArrayView text)
    {
        if (text.startsWith("{\"type\":\"lead\",") || text.startsWith("{\"lead\":"))
            handleLead(client, text);
        else if (text.startsWith("{\"leads\":"))
            ++m_snapshots;
        else if (client == 0 && text.startsWith("{\"action\":\"metrics\""))
            handleMetrics(text);
    }

    // The dashboard's answer: how long the manager waited for it.
    void handleMetrics(QByteArrayView text)
    {
        const QJsonObject result = QJsonDocument::fromJson(text.toByteArray()).object();
        const auto it = m_dashboardSent.find(result.value(QStringLiteral("id")).toString());
        if (it == m_dashboardSent.end())
            return;
        m_dashboardTimes.push_back(nowNs() - it.value());
        if (!result.value(QStringLiteral("ok")).toBool())
            ++m_dashboardFailed;
        m_dashboardSent.erase(it);
    }

    // The manager's console (client 0) asks for the last 30 days, as the dashboard does.
    void requestDashboard()
    {
        if (m_rawClients.empty())
            return;
        const QString id = QStringLiteral("dash-%1").arg(m_dashboardSent.size() + m_dashboardTimes.size());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QByteArray json =
            QJsonDocument(QJsonObject{{QStringLiteral("type"), QStringLiteral("metrics")},
                                      {QStringLiteral("id"), id},
                                      {QStringLiteral("from"), now.addDays(-30).toString(Qt::ISODate)},
                                      {QStringLiteral("to"), now.addSecs(60).toString(Qt::ISODate)}})
                .toJson(QJsonDocument::Compact);
        QByteArray frame; // masked with a zero key, as the pongs are
        frame.append(char(0x81));
        if (json.size() < 126) {
            frame.append(char(0x80 | json.size()));
        } else {
            frame.append(char(0x80 | 126)).append(char(json.size() >> 8)).append(char(json.size() & 0xff));
        }
        frame.append(4, '\0').append(json);
        m_dashboardSent.insert(id, nowNs());
        m_rawClients.front()->write(frame);
    }

    // Events for the dashboard to read: unmapped "Feature Used" calls in batches of 100 from
    // 2,000 contacts, stored before the latency run.
    void seedDashboard()
    {
        auto pipes = openPipes();
        const qint64 start = nowNs();
        int batches = (m_options.dashboardEvents + 99) / 100;
        int answered = 0;
        const auto body = [this] {
            QByteArray json("{\"batch\":[");
            for (int i = 0; i < 100; ++i) {
                const QByteArray n = QByteArray::number(m_messages++);
                json += (i > 0 ? ",{" : "{");
                json += "\"type\":\"track\",\"userId\":\"user-" + QByteArray::number(m_messages % 2000) +
                        "\",\"event\":\"Feature Used\",\"messageId\":\"seed-" + n +
                        "\",\"properties\":{\"feature\":\"export\",\"plan\":\"team\"}}";
            }
            json += "]}";
            return json;
        };
        for (auto &pipe : pipes) {
            HttpPipe *p = pipe.get();
            p->onResponse = [&, p](int) {
                ++answered;
                if (batches > 0) {
                    --batches;
                    p->post("/v1/batch", body());
                }
            };
            for (int i = 0; i < 2 && batches > 0; ++i, --batches)
                p->post("/v1/batch", body());
        }
        waitUntil(
            [&] {
                return batches == 0 && std::all_of(pipes.begin(), pipes.end(),
                                                   [](const auto &p) { return p->inFlight() == 0; });
            },
            300'000);
        out() << "dashboard history: " << answered * 100 << " events stored in "
              << QString::number(double(nowNs() - start) / 1e9, 'f', 1) << " s" << Qt::endl;
    }

    void connectQtClient(int i)
    {
        auto socket = std::make_unique<QWebSocket>();
        QWebSocket *s = socket.get();
        QObject::connect(s, &QWebSocket::textMessageReceived, s,
                         [this, i](const QString &text) { handleMessage(i, text.toUtf8()); });
        QObject::connect(s, &QWebSocket::disconnected, s, [this] { ++m_disconnects; });
        QNetworkRequest request(QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(wsPortFor(i))));
        request.setRawHeader("Authorization", "Bearer " + m_tokens.at(i).toUtf8());
        s->open(request);
        m_qtClients.push_back(std::move(socket));
    }

    // A console as light as a WebSocket client can be, so that 200 of them on the server's
    // machine take as little as possible from it: the real handshake over a QTcpSocket, then
    // RFC 6455 frames read straight from its buffer (unmasked from the server; text, pings
    // answered with a masked pong, fragments joined).
    void connectRawClient(int i)
    {
        auto socket = std::make_unique<QTcpSocket>();
        QTcpSocket *s = socket.get();
        s->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        auto buffer = std::make_shared<QByteArray>();
        auto message = std::make_shared<QByteArray>();
        auto upgraded = std::make_shared<bool>(false);
        QObject::connect(s, &QTcpSocket::connected, s, [this, s, i] {
            s->write("GET / HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(wsPortFor(i)) +
                     "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                     "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n"
                     "Authorization: Bearer " +
                     m_tokens.at(i).toUtf8() + "\r\n\r\n");
        });
        QObject::connect(s, &QTcpSocket::readyRead, s, [this, s, i, buffer, message, upgraded] {
            buffer->append(s->readAll());
            if (!*upgraded) {
                const qsizetype end = buffer->indexOf("\r\n\r\n");
                if (end < 0)
                    return;
                if (!buffer->startsWith("HTTP/1.1 101")) {
                    s->abort();
                    return;
                }
                buffer->remove(0, end + 4);
                *upgraded = true;
            }
            qsizetype at = 0;
            while (buffer->size() - at >= 2) {
                const auto first = quint8(buffer->at(at));
                quint64 length = quint8(buffer->at(at + 1)) & 0x7f;
                qsizetype header = 2;
                if (length >= 126) {
                    const int extra = length == 126 ? 2 : 8;
                    if (buffer->size() - at < 2 + extra)
                        break;
                    length = 0;
                    for (int k = 0; k < extra; ++k)
                        length = (length << 8) | quint8(buffer->at(at + 2 + k));
                    header += extra;
                }
                if (quint64(buffer->size() - at - header) < length)
                    break;
                const QByteArrayView payload(buffer->constData() + at + header, qsizetype(length));
                const int opcode = first & 0x0f;
                const bool final = first & 0x80;
                if (opcode == 0x9) { // ping: a pong with the same payload, masked with a zero key
                    QByteArray pong;
                    pong.append(char(0x8a)).append(char(0x80 | payload.size())).append(4, '\0');
                    pong.append(payload.data(), payload.size());
                    s->write(pong);
                } else if (opcode == 0x1 && final) {
                    handleMessage(i, payload);
                } else if (opcode == 0x1 || opcode == 0x0) {
                    message->append(payload.data(), payload.size());
                    if (final)
                        handleMessage(i, std::exchange(*message, {}));
                } else if (opcode == 0x8) {
                    s->abort();
                    return;
                }
                at += header + qsizetype(length);
            }
            buffer->remove(0, at);
        });
        QObject::connect(s, &QTcpSocket::disconnected, s, [this] { ++m_disconnects; });
        s->connectToHost(QHostAddress::LocalHost, wsPortFor(i));
        m_rawClients.push_back(std::move(socket));
    }

    void handleLead(int client, QByteArrayView text)
    {
        static const QByteArrayView marker("\"id\":\"contact:bench-");
        const qsizetype at = text.lastIndexOf(marker);
        if (at < 0)
            return;
        qsizetype end = at + marker.size();
        int index = 0;
        while (end < text.size() && text.at(end) >= '0' && text.at(end) <= '9')
            index = index * 10 + (text.at(end++) - '0');
        if (index < 0 || size_t(index) >= m_alerts.size())
            return;
        Alert &alert = m_alerts[size_t(index)];
        const qint64 now = nowNs();
        if (alert.firstNs == 0) {
            alert.firstNs = now;
            m_leadBytes += text.size();
            ++m_leadMessages;
        }
        alert.lastNs = now;
        alert.receivers.set(size_t(client));
        if (m_wsPorts.size() > 1 && client % m_wsPorts.size() != 0) {
            // Across servers: the alert was posted to server 0 and reached this console through
            // the database and another server.
            if (alert.firstRemoteNs == 0)
                alert.firstRemoteNs = now;
            alert.lastRemoteNs = now;
            m_remoteDeliveries.push_back(now - alert.sentNs);
        }
    }

    // Console i's server: spread evenly.
    quint16 wsPortFor(int i) const { return m_wsPorts.at(i % m_wsPorts.size()); }

    // Connections to server 0, or spread over the servers.
    std::vector<std::unique_ptr<HttpPipe>> openPipes(bool spread = false)
    {
        const QByteArray authorization = "Basic " + QByteArray(kWriteKey).append(':').toBase64();
        std::vector<std::unique_ptr<HttpPipe>> pipes;
        for (int i = 0; i < m_options.connections; ++i)
            pipes.push_back(std::make_unique<HttpPipe>(
                spread ? m_httpPorts.at(i % m_httpPorts.size()) : m_httpPort, authorization));
        waitUntil(
            [&] {
                return std::all_of(pipes.begin(), pipes.end(), [](const auto &p) { return p->connected(); });
            },
            5'000);
        return pipes;
    }

    void measureLatency()
    {
        const int total = int(m_options.rate * m_options.seconds);
        m_alerts.assign(size_t(total), Alert{});
        auto pipes = openPipes();
        const double cpuServer = serversCpu();
        const QMap<QString, double> cpuThreads = threadCpuSeconds(m_server.processId());
        const double cpuSelf = cpuSeconds(QCoreApplication::applicationPid());
        const qint64 start = nowNs();
        int sent = 0;
        QTimer pacer;
        pacer.setTimerType(Qt::PreciseTimer);
        pacer.setInterval(1);
        QObject::connect(&pacer, &QTimer::timeout, &pacer, [&] {
            const int due = std::min(total, int(double(nowNs() - start) * m_options.rate / 1e9) + 1);
            for (; sent < due; ++sent) {
                const QByteArray n = QByteArray::number(sent);
                m_alerts[size_t(sent)].sentNs = nowNs();
                pipes[size_t(sent) % pipes.size()]->post(
                    "/v1/track", "{\"userId\":\"bench-" + n +
                                     "\",\"event\":\"Demo Requested\",\"messageId\":\"lat-" + n +
                                     "\",\"properties\":{\"source\":\"bench_feed\"}}");
            }
            if (sent == total)
                pacer.stop();
        });
        pacer.start();
        QTimer dashboard;
        QObject::connect(&dashboard, &QTimer::timeout, &dashboard, [this] { requestDashboard(); });
        if (m_options.dashboardEveryMs > 0)
            dashboard.start(m_options.dashboardEveryMs);
        waitUntil([&] { return sent == total; }, int(m_options.seconds * 1000) + 30'000);
        dashboard.stop();
        const qint64 sendNs = nowNs() - start;
        const auto settled = [&] {
            return std::all_of(pipes.begin(), pipes.end(),
                               [](const auto &p) { return p->inFlight() == 0; }) &&
                   std::all_of(m_alerts.begin(), m_alerts.end(), [&](const Alert &a) {
                       return int(a.receivers.count()) >= m_options.clients - m_disconnects;
                   });
        };
        waitUntil(settled, 30'000);
        const double cpuServerUsed = serversCpu() - cpuServer;
        QMap<QString, double> cpuThreadsUsed = threadCpuSeconds(m_server.processId());
        for (auto it = cpuThreadsUsed.begin(); it != cpuThreadsUsed.end(); ++it)
            it.value() -= cpuThreads.value(it.key());
        const double cpuSelfUsed = cpuSeconds(QCoreApplication::applicationPid()) - cpuSelf;
        const double wall = double(nowNs() - start) / 1e9;

        std::vector<qint64> first;
        std::vector<qint64> last;
        size_t minReceivers = size_t(m_options.clients);
        size_t maxReceivers = 0;
        double sumReceivers = 0;
        int byAll = 0;
        for (const Alert &a : m_alerts) {
            const size_t n = a.receivers.count();
            minReceivers = std::min(minReceivers, n);
            maxReceivers = std::max(maxReceivers, n);
            sumReceivers += double(n);
            if (n == size_t(m_options.clients))
                ++byAll;
            if (a.firstNs > 0) {
                first.push_back(a.firstNs - a.sentNs);
                last.push_back(a.lastNs - a.sentNs);
            }
        }
        int ok = 0;
        int failed = 0;
        for (const auto &p : pipes) {
            ok += p->ok();
            failed += p->failed();
        }
        out() << "(a) alert latency: " << total << " \"Demo Requested\" tracks, each a new lead, at "
              << m_options.rate << "/s (sent in " << QString::number(double(sendNs) / 1e9, 'f', 2)
              << " s) over " << m_options.connections << " keep-alive connections; HTTP 200: " << ok
              << ", other: " << failed << Qt::endl;
        out() << "  POST -> first console: p50 " << ms(percentile(first, 0.5)) << ", p90 "
              << ms(percentile(first, 0.9)) << ", p99 " << ms(percentile(first, 0.99)) << ", max "
              << ms(percentile(first, 1.0)) << Qt::endl;
        out() << "  POST -> last console:  p50 " << ms(percentile(last, 0.5)) << ", p90 "
              << ms(percentile(last, 0.9)) << ", p99 " << ms(percentile(last, 0.99)) << ", max "
              << ms(percentile(last, 1.0)) << Qt::endl;
        if (m_wsPorts.size() > 1) {
            std::vector<qint64> firstRemote;
            std::vector<qint64> lastRemote;
            for (const Alert &a : m_alerts) {
                if (a.firstRemoteNs > 0) {
                    firstRemote.push_back(a.firstRemoteNs - a.sentNs);
                    lastRemote.push_back(a.lastRemoteNs - a.sentNs);
                }
            }
            out() << "  cross-server (consoles on servers 1.." << m_wsPorts.size() - 1
                  << "): every delivery p50 " << ms(percentile(m_remoteDeliveries, 0.5)) << ", p99 "
                  << ms(percentile(m_remoteDeliveries, 0.99)) << " (" << m_remoteDeliveries.size()
                  << " deliveries); first such console p50 " << ms(percentile(firstRemote, 0.5)) << ", p99 "
                  << ms(percentile(firstRemote, 0.99)) << "; last p99 " << ms(percentile(lastRemote, 0.99))
                  << Qt::endl;
        }
        QStringList bySecond;
        for (int second = 0; second * m_options.rate < total; ++second) {
            std::vector<qint64> slice;
            for (int i = second * m_options.rate; i < std::min(total, (second + 1) * m_options.rate); ++i) {
                if (m_alerts[size_t(i)].firstNs > 0)
                    slice.push_back(m_alerts[size_t(i)].firstNs - m_alerts[size_t(i)].sentNs);
            }
            bySecond.append(QString::number(double(percentile(slice, 0.99)) / 1e6, 'f', 1));
        }
        out() << "  p99 to the first console by second sent (ms): " << bySecond.join(QStringLiteral(" "))
              << Qt::endl;
        out() << "  consoles reached per alert: min " << minReceivers << ", mean "
              << QString::number(sumReceivers / double(std::max<size_t>(1, m_alerts.size())), 'f', 1)
              << ", max " << maxReceivers << "; alerts seen by all " << m_options.clients << ": " << byAll
              << "/" << total << "; consoles dropped: " << m_disconnects << "; mean lead message "
              << m_leadBytes / std::max<qint64>(1, m_leadMessages) << " bytes" << Qt::endl;
        if (m_options.dashboardEveryMs > 0) {
            waitUntil([this] { return m_dashboardSent.isEmpty(); }, 60'000);
            out() << "  dashboard: " << m_dashboardTimes.size() << " refreshes of 30 days by the manager ("
                  << m_dashboardFailed << " failed, " << m_dashboardSent.size()
                  << " unanswered), answered in p50 " << ms(percentile(m_dashboardTimes, 0.5)) << ", max "
                  << ms(percentile(m_dashboardTimes, 1.0)) << Qt::endl;
        }
        out() << "  CPU over " << QString::number(wall, 'f', 1) << " s: server(s) "
              << QString::number(100 * cpuServerUsed / wall, 'f', 0)
              << "% (server 0: " << threadShares(cpuThreadsUsed, wall) << "), "
              << QString::number(1000 * cpuServerUsed / std::max(1, total), 'f', 2)
              << " CPU s per 1,000 alerts (all servers); bench (" << m_options.clients
              << " consoles + sender) " << QString::number(100 * cpuSelfUsed / wall, 'f', 0)
              << "%; load average " << loadAverage() << Qt::endl;
    }

    void measureIngest(const QByteArray &path, int callsPerRequest, int inFlightPerConnection)
    {
        auto pipes = openPipes(true);
        const qint64 start = nowNs();
        const qint64 deadline = start + qint64(m_options.ingestSeconds * 1e9);
        const double cpuServer = serversCpu();
        qint64 lastResponse = start;
        const auto body = [&] {
            QByteArray json = callsPerRequest > 1 ? QByteArray("{\"batch\":[") : QByteArray();
            for (int i = 0; i < callsPerRequest; ++i) {
                const QByteArray n = QByteArray::number(m_messages++);
                json += (i > 0 ? "," : "");
                json += (callsPerRequest > 1 ? "{\"type\":\"track\"," : "{");
                json += "\"userId\":\"user-" + QByteArray::number(m_messages % 2000) +
                        "\",\"event\":\"Feature Used\",\"messageId\":\"ingest-" + n +
                        "\",\"properties\":{\"feature\":\"export\",\"plan\":\"team\"}}";
            }
            if (callsPerRequest > 1)
                json += "]}";
            return json;
        };
        for (auto &pipe : pipes) {
            HttpPipe *p = pipe.get();
            p->onResponse = [&, p](int) {
                lastResponse = nowNs();
                if (lastResponse < deadline)
                    p->post(path, body());
            };
            for (int i = 0; i < inFlightPerConnection; ++i)
                p->post(path, body());
        }
        waitUntil(
            [&] {
                return std::all_of(pipes.begin(), pipes.end(),
                                   [](const auto &p) { return p->inFlight() == 0; });
            },
            int(m_options.ingestSeconds * 1000) + 30'000);
        const double seconds = double(lastResponse - start) / 1e9;
        const double cpuServerUsed = serversCpu() - cpuServer;
        int ok = 0;
        int failed = 0;
        for (const auto &p : pipes) {
            ok += p->ok();
            failed += p->failed();
        }
        const qint64 events = qint64(ok) * callsPerRequest;
        out() << (callsPerRequest > 1 ? "(b) durable ingest, POST " : "(c) durable ingest, POST ") << path
              << " (" << callsPerRequest
              << (callsPerRequest > 1 ? " unmapped calls each, " : " unmapped call each, ")
              << m_options.connections << " connections x " << inFlightPerConnection
              << " in flight): " << QString::number(double(events) / seconds, 'f', 0) << " events/s ("
              << events << " events in " << QString::number(seconds, 'f', 2) << " s, HTTP 200: " << ok
              << ", other: " << failed << "); server CPU "
              << QString::number(100 * cpuServerUsed / seconds, 'f', 0) << "%; load average " << loadAverage()
              << Qt::endl;
    }

    void stop()
    {
        for (auto &client : m_qtClients)
            client->abort();
        m_qtClients.clear();
        for (auto &client : m_rawClients)
            client->abort();
        m_rawClients.clear();
        for (QProcess *server : QList<QProcess *>{&m_server} + extraServers()) {
            server->terminate();
            if (!server->waitForFinished(10'000)) {
                server->kill();
                server->waitForFinished(5'000);
            }
        }
    }

    qint64 nowNs() const { return m_clock.nsecsElapsed(); }
    QList<QProcess *> extraServers() const
    {
        QList<QProcess *> list;
        for (const auto &server : m_extra)
            list.append(server.get());
        return list;
    }

    Options m_options;
    QElapsedTimer m_clock;
    QTemporaryDir m_dir;
    QString m_dbPath;
    QStringList m_tokens;
    QProcess m_server;
    std::vector<std::unique_ptr<QProcess>> m_extra; // servers 1.. on the same database
    QList<quint16> m_httpPorts;
    QList<quint16> m_wsPorts;
    std::vector<qint64> m_remoteDeliveries; // every delivery to a console on another server
    quint16 m_httpPort = 0;
    quint16 m_wsPort = 0;
    std::vector<std::unique_ptr<QWebSocket>> m_qtClients;
    std::vector<std::unique_ptr<QTcpSocket>> m_rawClients;
    QHash<QString, qint64> m_dashboardSent; // metrics request id -> when it was sent
    std::vector<qint64> m_dashboardTimes;
    int m_dashboardFailed = 0;
    std::vector<Alert> m_alerts;
    int m_snapshots = 0;
    int m_disconnects = 0;
    qint64 m_leadBytes = 0;
    qint64 m_leadMessages = 0;
    qint64 m_messages = 0;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Feed server benchmark: alert latency to many consoles and "
                       "ingest throughput, against a real firstcall-feed on loopback."));
    parser.addHelpOption();
    const QCommandLineOption clients(QStringLiteral("clients"), QStringLiteral("Consoles (default 200)."),
                                     QStringLiteral("N"), QStringLiteral("200"));
    const QCommandLineOption rate(QStringLiteral("rate"), QStringLiteral("Alerts per second (default 1000)."),
                                  QStringLiteral("N"), QStringLiteral("1000"));
    const QCommandLineOption seconds(QStringLiteral("seconds"),
                                     QStringLiteral("Latency run length (default 10)."), QStringLiteral("S"),
                                     QStringLiteral("10"));
    const QCommandLineOption ingestSeconds(QStringLiteral("ingest-seconds"),
                                           QStringLiteral("Each throughput run's length (default 5)."),
                                           QStringLiteral("S"), QStringLiteral("5"));
    const QCommandLineOption prefix(
        QStringLiteral("server-prefix"),
        QStringLiteral("Run the server under this command, e.g. \"valgrind --tool=callgrind\"."),
        QStringLiteral("COMMAND"));
    const QCommandLineOption serverArgs(QStringLiteral("server-args"),
                                        QStringLiteral("More options for firstcall-feed serve, e.g. "
                                                       "\"--feed-threads 2\"."),
                                        QStringLiteral("ARGS"));
    const QCommandLineOption qtConsoles(
        QStringLiteral("qt-consoles"),
        QStringLiteral("Consoles are QWebSockets (heavier on the shared machine) "
                       "instead of light raw-socket WebSocket readers."));
    const QCommandLineOption dashboardEvents(
        QStringLiteral("dashboard-events"),
        QStringLiteral("Events stored before the latency run for the dashboard to read (default 0)."),
        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption dashboardEvery(
        QStringLiteral("dashboard-every"),
        QStringLiteral("During the latency run, the manager refreshes a 30-day dashboard every MS "
                       "milliseconds (default 0: never)."),
        QStringLiteral("MS"), QStringLiteral("0"));
    const QCommandLineOption db(
        QStringLiteral("db"),
        QStringLiteral("A PostgreSQL URI of an empty database (default: a new SQLite file)."),
        QStringLiteral("URI"));
    const QCommandLineOption servers(
        QStringLiteral("servers"),
        QStringLiteral("Servers on the database, consoles spread over them (default 1; more need --db)."),
        QStringLiteral("N"), QStringLiteral("1"));
    parser.addOptions({clients, rate, seconds, ingestSeconds, prefix, serverArgs, qtConsoles, dashboardEvents,
                       dashboardEvery, db, servers});
    parser.process(app);
    Options options;
    options.clients = std::clamp(parser.value(clients).toInt(), 2, kMaxClients);
    options.rate = std::max(1, parser.value(rate).toInt());
    options.seconds = std::clamp(parser.value(seconds).toDouble(), 0.1, 120.0);
    options.ingestSeconds = std::clamp(parser.value(ingestSeconds).toDouble(), 0.1, 120.0);
    options.serverPrefix = parser.value(prefix).split(u' ', Qt::SkipEmptyParts);
    options.serverArgs = parser.value(serverArgs).split(u' ', Qt::SkipEmptyParts);
    options.qtConsoles = parser.isSet(qtConsoles);
    options.dashboardEvents = std::clamp(parser.value(dashboardEvents).toInt(), 0, 10'000'000);
    options.dashboardEveryMs = std::max(0, parser.value(dashboardEvery).toInt());
    options.db = parser.value(db);
    options.servers = std::clamp(parser.value(servers).toInt(), 1, 8);
    if (options.servers > 1 && options.db.isEmpty()) {
        out() << "--servers needs --db with a PostgreSQL URI" << Qt::endl;
        return 2;
    }
    return Bench(options).run();
}
