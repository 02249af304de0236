#include "feedsockets.h"

#include "net/httprequestparser.h"
#include "net/httpserver.h"
#include "net/sockets.h"
#include "net/websocketreader.h"

#include <QCryptographicHash>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <atomic>

namespace {

std::atomic<quint64> g_nextConnectionId{1};

// After the server's close frame: how long the client gets to answer with its own.
constexpr int kCloseLingerMs = 5'000;

QList<QByteArray> tokensOf(const QByteArray &value)
{
    QList<QByteArray> tokens;
    for (const QByteArray &token : value.split(','))
        tokens.append(token.trimmed().toLower());
    return tokens;
}

// A server frame (never masked) with this opcode and a payload of at most 125 bytes.
QByteArray controlFrame(int opcode, const QByteArray &payload)
{
    QByteArray frame;
    frame.append(char(0x80 | opcode));
    frame.append(char(payload.size()));
    frame.append(payload);
    return frame;
}

} // namespace

struct FeedSockets::Connection
{
    enum Stage
    {
        Handshake, // the upgrade request is on its way
        Open,
        Closing, // our close frame is sent (or the peer's answered): the TCP close follows
    };

    quint64 id = 0;
    QTcpSocket *tcp = nullptr;
    QHostAddress peer;
    Stage stage = Handshake;
    HttpRequestParser handshake;
    WebSocketReader reader;
    QTimer deadline; // the handshake's, then the close's
    QElapsedTimer born;
    bool ending = false; // reported ended already, closing
    bool accepted = false;
    QElapsedTimer alive;    // since the console last showed a sign of life
    QElapsedTimer progress; // since bytes last left for it
    double tokens = 0;
    QElapsedTimer refill;
    int strikes = 0;
    QStringList early; // sent before it was accepted: passed on once it is
    QByteArray queued; // messages sent while the thread handles its events, written after them

    explicit Connection(qint64 maxMessageBytes)
        : handshake(HttpRequestParser::kDefaultMaxHeadBytes)
        , reader(maxMessageBytes)
    {}
};

FeedSockets::FeedSockets(const Limits &limits)
    : m_limits(limits)
{
    m_pingTimer = new QTimer(this);
    m_pingTimer->setInterval(m_limits.pingIntervalMs);
    connect(m_pingTimer, &QTimer::timeout, this, &FeedSockets::sendPings);
}

FeedSockets::~FeedSockets()
{
    qDeleteAll(m_connections); // none after shutdown()
}

void FeedSockets::adopt(qintptr descriptor, const QHostAddress &peer)
{
    QTcpSocket *tcp = m_limits.tls ? new QSslSocket(this) : new QTcpSocket(this);
    if (!tcp->setSocketDescriptor(descriptor)) {
        qWarning("firstcall-feed: cannot take over an accepted connection: %s",
                 qPrintable(tcp->errorString()));
        delete tcp;
        Sockets::closeDescriptor(descriptor);
        Q_EMIT released(peer, false);
        return;
    }
    // Feed messages are small and every one is urgent: without TCP_NODELAY a message sent while
    // the previous one is unacknowledged waits for the console's delayed ACK (up to 40 ms).
    tcp->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    auto *c = new Connection(m_limits.maxMessageBytes);
    c->id = g_nextConnectionId.fetch_add(1);
    c->tcp = tcp;
    c->peer = peer;
    c->born.start();
    m_connections.insert(c->id, c);
    const quint64 id = c->id;

    // A connection that does not finish its handshake in time is closed.
    c->deadline.setSingleShot(true);
    connect(&c->deadline, &QTimer::timeout, this, [this, c] {
        if (c->stage == Connection::Handshake)
            remove(c);
        else
            end(c->id, Ending::Disconnected);
    });
    c->deadline.start(m_limits.handshakeTimeoutMs);
    connect(tcp, &QTcpSocket::readyRead, this, [this, c] { handleReadyRead(c); });
    connect(tcp, &QTcpSocket::disconnected, this, [this, c] {
        if (c->stage == Connection::Handshake)
            remove(c);
        else
            end(c->id, Ending::Disconnected);
    });
    const auto progressed = [this, id] {
        const auto it = m_connections.constFind(id);
        if (it != m_connections.constEnd())
            (*it)->progress.restart();
    };
    // Progress is bytes leaving for the network: for TLS, encrypted bytes written.
    if (auto *ssl = qobject_cast<QSslSocket *>(tcp)) {
        connect(ssl, &QSslSocket::encryptedBytesWritten, this, progressed);
        ssl->setSslConfiguration(*m_limits.tls);
        // Plain text on the TLS port, or a client that does not like our certificate: hang up
        // now rather than at the handshake timeout.
        connect(ssl, &QAbstractSocket::errorOccurred, this, [this, c](QAbstractSocket::SocketError error) {
            if (error == QAbstractSocket::SslHandshakeFailedError && c->stage == Connection::Handshake)
                remove(c);
        });
        ssl->startServerEncryption();
    } else {
        connect(tcp, &QAbstractSocket::bytesWritten, this, progressed);
    }
    if (tcp->bytesAvailable() > 0)
        handleReadyRead(c);
}

void FeedSockets::handleReadyRead(Connection *c)
{
    const QByteArray bytes = c->tcp->readAll();
    switch (c->stage) {
    case Connection::Handshake:
        c->handshake.append(bytes);
        completeHandshake(c);
        return;
    case Connection::Open:
        c->reader.append(bytes);
        processFrames(c);
        return;
    case Connection::Closing:
        c->reader.append(bytes);
        processFrames(c); // waiting for the peer's close frame
        return;
    }
}

void FeedSockets::completeHandshake(Connection *c)
{
    const auto refuse = [&](int status, const QString &message, bool versionHint = false) {
        HttpResponse response = HttpServer::error(status, message);
        if (versionHint)
            response.headers.append(qMakePair(QByteArray("Sec-WebSocket-Version"), QByteArray("13")));
        c->tcp->write(HttpServer::serialize(response, false));
        c->tcp->disconnectFromHost(); // the deadline timer aborts it if the peer does not go
    };
    const HttpRequestParser::Status status = c->handshake.next();
    if (status == HttpRequestParser::Status::NeedMore)
        return;
    if (status == HttpRequestParser::Status::Failed) {
        refuse(c->handshake.errorStatus(), c->handshake.errorMessage());
        return;
    }
    c->handshake.setBodyLimit(0);
    const HttpRequest &request = c->handshake.request();
    // RFC 6455 section 4.2.1: what a client's opening handshake must be.
    if (request.method != "GET") {
        refuse(405, tr("the feed is a WebSocket: use GET with an upgrade"));
        return;
    }
    if (c->handshake.contentLength() != 0) {
        refuse(400, tr("an upgrade request has no body"));
        return;
    }
    if (!tokensOf(request.header("upgrade")).contains("websocket") ||
        !tokensOf(request.header("connection")).contains("upgrade")) {
        refuse(400, tr("the feed is a WebSocket: send Upgrade: websocket and Connection: Upgrade"));
        return;
    }
    if (request.header("sec-websocket-version") != "13") {
        refuse(426, tr("WebSocket version 13 is required"), true);
        return;
    }
    const QByteArray key = request.header("sec-websocket-key");
    if (QByteArray::fromBase64(key, QByteArray::AbortOnBase64DecodingErrors).size() != 16) {
        refuse(400, tr("Sec-WebSocket-Key is not 16 bytes in base64"));
        return;
    }
    const QByteArray accept =
        QCryptographicHash::hash(QByteArray(key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"),
                                 QCryptographicHash::Sha1)
            .toBase64();
    c->tcp->write("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                  "Sec-WebSocket-Accept: " +
                  accept + "\r\n\r\n");
    c->deadline.stop();
    c->stage = Connection::Open;
    c->alive.start();
    c->progress.start();
    c->tokens = m_limits.burst;
    c->refill.start();

    QUrl url;
    url.setScheme(m_limits.tls ? QStringLiteral("wss") : QStringLiteral("ws"));
    url.setAuthority(QString::fromLatin1(request.header("host")));
    url.setPath(QString::fromUtf8(request.path));
    url.setQuery(QString::fromUtf8(request.query));
    // Frames that came in the same write as the upgrade request are the first ones read.
    c->reader.append(c->handshake.takeBuffered());
    const quint64 id = c->id;
    Q_EMIT upgraded(id, request.header("authorization"), QString::fromUtf8(request.header("origin")), url,
                    c->peer);
    if (m_connections.contains(id))
        processFrames(c);
}

void FeedSockets::processFrames(Connection *c)
{
    const quint64 id = c->id;
    while (m_connections.contains(id)) {
        const WebSocketReader::Status status = c->reader.next();
        if (status == WebSocketReader::Status::NeedMore)
            return;
        if (status == WebSocketReader::Status::Failed) {
            if (c->stage == Connection::Closing)
                return;
            const bool reported = c->ending;
            c->ending = true;
            if (!reported)
                Q_EMIT ended(id, Ending::ProtocolError, Sockets::unsentBytes(*c->tcp));
            // RFC 6455 section 7.1.7: fail the connection, a close frame first.
            sendClose(c, c->reader.errorCode(), c->reader.errorMessage());
            c->tcp->disconnectFromHost();
            return;
        }
        const WebSocketReader::Message message = c->reader.takeMessage();
        c->alive.restart();
        switch (message.kind) {
        case WebSocketReader::Message::Text:
            if (c->stage == Connection::Open)
                handleText(id, QString::fromUtf8(message.payload));
            break;
        case WebSocketReader::Message::Binary:
            if (c->stage == Connection::Open && c->accepted && admit(c))
                Q_EMIT receivedBinary(id);
            break;
        case WebSocketReader::Message::Ping:
            // RFC 6455 section 5.5.2: answered, also before the hello; but pings count against
            // the rate limit like messages, and a console that does not read gets no more pongs.
            if (c->stage == Connection::Open && admit(c) &&
                Sockets::unsentBytes(*c->tcp) < m_limits.maxPendingBytes) {
                write(c, controlFrame(0xa, message.payload));
                checkBacklog(*c);
            }
            break;
        case WebSocketReader::Message::Pong:
            break;
        case WebSocketReader::Message::Close:
            if (c->stage == Connection::Open) {
                // Answer with the same code (none for none), then the TCP close.
                QByteArray payload;
                if (message.closeCode != 1005) {
                    payload.append(char(message.closeCode >> 8));
                    payload.append(char(message.closeCode & 0xff));
                }
                write(c, controlFrame(0x8, payload));
                c->stage = Connection::Closing;
            }
            // A peer that closes and then reads nothing more must not keep its slot.
            c->deadline.start(kCloseLingerMs);
            c->tcp->disconnectFromHost();
            if (c->tcp->state() == QAbstractSocket::UnconnectedState)
                end(id, Ending::Disconnected);
            return;
        }
    }
}

void FeedSockets::sendClose(Connection *c, int code, const QString &reason)
{
    if (c->stage != Connection::Open)
        return;
    QByteArray payload;
    payload.append(char(code >> 8));
    payload.append(char(code & 0xff));
    // At most 123 bytes of reason, cut between characters.
    QString text = reason;
    while (text.toUtf8().size() > 123)
        text.chop(1);
    payload.append(text.toUtf8());
    write(c, controlFrame(0x8, payload));
    c->stage = Connection::Closing;
    c->deadline.start(kCloseLingerMs);
}

bool FeedSockets::admit(Connection *c)
{
    // Token bucket: a burst is fine, a flood is not. Refused messages never reach the main
    // thread, so a flood cannot pile up there.
    c->tokens = std::min(m_limits.burst,
                         c->tokens + double(c->refill.restart()) / 1000.0 * m_limits.messagesPerSecond);
    if (c->tokens >= 1) {
        c->tokens -= 1;
        c->strikes = 0;
        return true;
    }
    if (++c->strikes > int(m_limits.burst)) {
        endRateLimited(c);
        return false;
    }
    if (c->accepted) // nothing is sent before the FeedServer accepted the connection
        send({c->id}, m_limits.rateLimitedFrame);
    return false;
}

void FeedSockets::endRateLimited(Connection *c)
{
    if (c->ending)
        return;
    c->ending = true;
    Q_EMIT ended(c->id, Ending::RateLimited, Sockets::unsentBytes(*c->tcp));
    sendClose(c, m_limits.closeCode, m_limits.closeReason);
}

void FeedSockets::handleText(quint64 id, const QString &text)
{
    const auto found = m_connections.constFind(id);
    if (found == m_connections.constEnd() || (*found)->ending)
        return;
    Connection *c = *found;
    c->alive.restart();
    if (!c->accepted) {
        // The server has not answered the upgrade yet: keep a few, in order; more is a flood.
        if (c->early.size() < 16)
            c->early.append(text);
        else
            endRateLimited(c);
        return;
    }
    if (admit(c))
        Q_EMIT received(id, text);
}

void FeedSockets::accept(quint64 id)
{
    const auto it = m_connections.constFind(id);
    if (it == m_connections.constEnd())
        return;
    Connection *c = *it;
    c->accepted = true;
    c->alive.restart();
    if (!m_pingTimer->isActive())
        m_pingTimer->start();
    for (const QString &text : std::exchange(c->early, {})) {
        if (!m_connections.contains(id))
            break;
        handleText(id, text);
    }
}

QByteArray FeedSockets::textFrame(const QByteArray &utf8)
{
    // RFC 6455 section 5.2: FIN and the opcode (1 text, 0 continuation), no mask, then the
    // length in 7, 16 or 64 bits. Like QWebSocket, a long message goes in 512 KiB fragments.
    constexpr qsizetype kFragment = 512 * 1024;
    QByteArray frame;
    frame.reserve(utf8.size() + 10 * (utf8.size() / kFragment + 1));
    qsizetype at = 0;
    do {
        const qsizetype length = std::min(kFragment, utf8.size() - at);
        const bool last = at + length == utf8.size();
        frame.append(char((last ? 0x80 : 0x00) | (at == 0 ? 0x01 : 0x00)));
        if (length < 126) {
            frame.append(char(length));
        } else if (length <= 0xffff) {
            frame.append(char(126));
            frame.append(char(length >> 8));
            frame.append(char(length & 0xff));
        } else {
            frame.append(char(127));
            for (int shift = 56; shift >= 0; shift -= 8)
                frame.append(char((quint64(length) >> shift) & 0xff));
        }
        frame.append(utf8.constData() + at, length);
        at += length;
    } while (at < utf8.size());
    return frame;
}

void FeedSockets::send(const QList<quint64> &ids, const QByteArray &frame)
{
    // Queued, and written once the thread has handled the events waiting for it: the messages
    // that arrive together (a group commit's alerts, say) leave in one write per console, not
    // one each.
    for (const quint64 id : ids) {
        const auto it = m_connections.constFind(id);
        if (it == m_connections.constEnd())
            continue;
        Connection *c = *it;
        if (c->stage != Connection::Open || c->tcp->state() != QAbstractSocket::ConnectedState)
            continue;
        if (c->queued.isEmpty())
            m_queued.append(id);
        c->queued.append(frame);
    }
    if (!m_queued.isEmpty() && !m_writeScheduled) {
        m_writeScheduled = true;
        QMetaObject::invokeMethod(this, &FeedSockets::writeQueued, Qt::QueuedConnection);
    }
}

void FeedSockets::writeQueued()
{
    m_writeScheduled = false;
    for (const quint64 id : std::exchange(m_queued, {})) {
        const auto it = m_connections.constFind(id);
        if (it == m_connections.constEnd())
            continue;
        Connection *c = *it;
        const QByteArray bytes = std::exchange(c->queued, {});
        if (bytes.isEmpty() || c->stage != Connection::Open ||
            c->tcp->state() != QAbstractSocket::ConnectedState)
            continue;
        c->tcp->write(bytes);
        checkBacklog(*c);
    }
}

void FeedSockets::write(Connection *c, const QByteArray &bytes)
{
    // After the messages queued for it, in order.
    if (!c->queued.isEmpty())
        c->tcp->write(std::exchange(c->queued, {}));
    c->tcp->write(bytes);
}

void FeedSockets::checkBacklog(Connection &connection)
{
    const qint64 pending = Sockets::unsentBytes(*connection.tcp);
    if (pending <= m_limits.maxPendingBytes)
        return;
    const bool stalled = connection.progress.elapsed() > m_limits.slowConsumerGraceMs;
    if (!stalled && pending <= m_limits.maxPendingBytesHard)
        return; // a big snapshot on its way: fine while it keeps moving
    // The console does not keep up: drop it rather than buffer without end. It will reconnect
    // and resume from its last sequence number.
    end(connection.id, Ending::SlowConsumer);
}

void FeedSockets::close(quint64 id, int code, const QString &reason)
{
    const auto it = m_connections.constFind(id);
    if (it != m_connections.constEnd())
        sendClose(*it, code, reason);
}

void FeedSockets::end(quint64 id, Ending why)
{
    const auto it = m_connections.constFind(id);
    if (it == m_connections.constEnd())
        return;
    Connection *c = *it;
    const bool reported = c->ending;
    const qint64 pending = Sockets::unsentBytes(*c->tcp) + c->queued.size();
    remove(c);
    if (!reported)
        Q_EMIT ended(id, why, pending);
}

void FeedSockets::remove(Connection *c)
{
    m_connections.remove(c->id);
    c->tcp->disconnect(this);
    c->deadline.stop();
    if (c->tcp->state() != QAbstractSocket::UnconnectedState)
        c->tcp->abort();
    c->tcp->deleteLater();
    const QHostAddress peer = c->peer;
    const bool accepted = c->accepted;
    // Not now: this may run in a slot of its own timer.
    QTimer::singleShot(0, this, [c] { delete c; });
    if (m_connections.isEmpty())
        m_pingTimer->stop();
    Q_EMIT released(peer, accepted);
}

void FeedSockets::evictOldestUnaccepted()
{
    Connection *oldest = nullptr;
    for (Connection *c : std::as_const(m_connections)) {
        if (!c->accepted && (!oldest || c->born.elapsed() > oldest->born.elapsed()))
            oldest = c;
    }
    if (!oldest)
        return;
    if (oldest->stage == Connection::Handshake)
        remove(oldest);
    else
        end(oldest->id, Ending::Disconnected);
}

void FeedSockets::sendPings()
{
    // Checked at each ping: silent for two intervals, so dropped 20-30 s after its last sign of
    // life at the default 10 s.
    const qint64 deadAfter = 2 * qint64(m_limits.pingIntervalMs);
    QList<quint64> dead;
    for (Connection *c : std::as_const(m_connections)) {
        if (!c->accepted || c->ending || c->stage != Connection::Open ||
            c->tcp->state() != QAbstractSocket::ConnectedState)
            continue;
        if (c->alive.elapsed() > deadAfter)
            dead.append(c->id);
        else
            write(c, controlFrame(0x9, {}));
    }
    for (const quint64 id : std::as_const(dead))
        end(id, Ending::NoPong);
}

void FeedSockets::shutdown()
{
    m_pingTimer->stop();
    const auto connections = std::exchange(m_connections, {});
    for (Connection *c : connections) {
        c->tcp->disconnect(this);
        c->tcp->abort();
        delete c->tcp;
        delete c;
    }
}
