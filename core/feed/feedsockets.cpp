#include "feedsockets.h"

#include <QSslSocket>
#include <QTcpSocket>
#include <QWebSocket>
#include <QWebSocketServer>

#include <algorithm>
#include <atomic>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace {

std::atomic<quint64> g_nextConnectionId{1};

} // namespace

FeedSockets::FeedSockets(const Limits &limits)
    : m_limits(limits)
{
    // Only its upgrade of sockets we accepted ourselves is used; it never listens.
    m_upgrader = new QWebSocketServer(
        QStringLiteral("firstcall-feed"),
        m_limits.tls ? QWebSocketServer::SecureMode : QWebSocketServer::NonSecureMode, this);
    connect(m_upgrader, &QWebSocketServer::newConnection, this, &FeedSockets::handleUpgraded);
    m_pingTimer = new QTimer(this);
    m_pingTimer->setInterval(m_limits.pingIntervalMs);
    connect(m_pingTimer, &QTimer::timeout, this, &FeedSockets::sendPings);
}

FeedSockets::~FeedSockets() = default;

void FeedSockets::adopt(qintptr descriptor)
{
    QTcpSocket *tcp = m_limits.tls ? new QSslSocket : new QTcpSocket;
    if (!tcp->setSocketDescriptor(descriptor)) {
        qWarning("firstcall-feed: cannot take over an accepted connection: %s",
                 qPrintable(tcp->errorString()));
        delete tcp;
#ifdef Q_OS_UNIX
        ::close(int(descriptor));
#endif
        return;
    }
    // Feed messages are small and every one is urgent: without TCP_NODELAY a message sent while
    // the previous one is unacknowledged waits for the console's delayed ACK (up to 40 ms).
    tcp->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    if (auto *ssl = qobject_cast<QSslSocket *>(tcp)) {
        ssl->setSslConfiguration(*m_limits.tls);
        // Plain text on the TLS port, or a client that does not like our certificate: hang up
        // now rather than at the handshake timeout.
        connect(ssl, &QAbstractSocket::errorOccurred, ssl, [ssl](QAbstractSocket::SocketError error) {
            if (error == QAbstractSocket::SslHandshakeFailedError)
                ssl->abort();
        });
        ssl->startServerEncryption();
    }
    // A connection that does not finish its handshake in time is closed; the upgrader deletes
    // the socket once it is disconnected (and with it this timer).
    auto *handshakeTimer = new QTimer(tcp);
    handshakeTimer->setObjectName(QStringLiteral("firstcall-handshake"));
    handshakeTimer->setSingleShot(true);
    connect(handshakeTimer, &QTimer::timeout, tcp, &QAbstractSocket::abort);
    handshakeTimer->start(m_limits.handshakeTimeoutMs);
    m_handshaking.append(tcp);
    connect(tcp, &QObject::destroyed, this,
            [this] { m_handshaking.removeIf([](const QPointer<QTcpSocket> &p) { return p.isNull(); }); });
    m_upgrader->handleConnection(tcp);
}

void FeedSockets::handleUpgraded()
{
    while (QWebSocket *socket = m_upgrader->nextPendingConnection()) {
        // Find the TCP socket it was made from (the one with the same peer); its handshake
        // timer stops.
        QPointer<QTcpSocket> tcp;
        m_handshaking.removeIf([&](const QPointer<QTcpSocket> &candidate) {
            if (!candidate)
                return true;
            if (tcp || candidate->peerPort() != socket->peerPort() ||
                candidate->peerAddress() != socket->peerAddress())
                return false;
            tcp = candidate;
            return true;
        });
        if (!tcp) {
            qWarning("firstcall-feed: an upgraded connection without its socket; closing it");
            socket->abort();
            socket->deleteLater();
            continue;
        }
        delete tcp->findChild<QTimer *>(QStringLiteral("firstcall-handshake"), Qt::FindDirectChildrenOnly);
        const quint64 id = g_nextConnectionId.fetch_add(1);
        socket->setParent(this);
        socket->setMaxAllowedIncomingMessageSize(quint64(m_limits.maxMessageBytes));
        socket->setMaxAllowedIncomingFrameSize(quint64(m_limits.maxMessageBytes));
        Connection connection;
        connection.socket = socket;
        connection.tcp = tcp;
        connection.alive.start();
        connection.progress.start();
        connection.tokens = m_limits.burst;
        connection.refill.start();
        m_connections.insert(id, connection);
        const auto progressed = [this, id] {
            const auto it = m_connections.find(id);
            if (it != m_connections.end())
                it->progress.restart();
        };
        // Progress is bytes leaving for the network: for TLS, encrypted bytes written.
        if (auto *ssl = qobject_cast<QSslSocket *>(tcp.data()))
            connect(ssl, &QSslSocket::encryptedBytesWritten, this, progressed);
        else
            connect(tcp, &QAbstractSocket::bytesWritten, this, progressed);
        connect(socket, &QWebSocket::pong, this, [this, id](quint64, const QByteArray &) {
            const auto it = m_connections.find(id);
            if (it != m_connections.end())
                it->alive.restart();
        });
        connect(socket, &QWebSocket::textMessageReceived, this,
                [this, id](const QString &text) { handleText(id, text); });
        connect(socket, &QWebSocket::binaryMessageReceived, this, [this, id](const QByteArray &) {
            const auto it = m_connections.find(id);
            if (it == m_connections.end())
                return;
            it->alive.restart();
            Q_EMIT receivedBinary(id);
        });
        connect(socket, &QWebSocket::disconnected, this, [this, id] { end(id, Ending::Disconnected); });
        Q_EMIT upgraded(id, socket->request().rawHeader("Authorization"), socket->origin(),
                        socket->requestUrl(), socket->peerAddress());
        if (socket->state() != QAbstractSocket::ConnectedState)
            end(id, Ending::Disconnected);
    }
}

void FeedSockets::handleText(quint64 id, const QString &text)
{
    auto it = m_connections.find(id);
    if (it == m_connections.end() || it->ending)
        return;
    it->alive.restart();
    if (!it->accepted && it->early.size() < 16) {
        // The server has not answered the upgrade yet: keep a few, in order; a flood is
        // refused below.
        it->early.append(text);
        return;
    }
    // Token bucket: a burst is fine, a flood is not. Refused messages never reach the main
    // thread, so a flood cannot pile up there.
    it->tokens = std::min(m_limits.burst,
                          it->tokens + double(it->refill.restart()) / 1000.0 * m_limits.messagesPerSecond);
    if (it->tokens < 1 || !it->accepted) {
        if (++it->strikes > int(m_limits.burst) || !it->accepted) {
            // Reported first: close() may disconnect at once, and end() then reports nothing.
            it->ending = true;
            QWebSocket *socket = it->socket;
            Q_EMIT ended(id, Ending::RateLimited, pendingBytes(*it));
            socket->close(QWebSocketProtocol::CloseCode(m_limits.closeCode), m_limits.closeReason);
            return;
        }
        send({id}, m_limits.rateLimitedFrame);
        return;
    }
    it->tokens -= 1;
    it->strikes = 0;
    Q_EMIT received(id, text);
}

void FeedSockets::accept(quint64 id)
{
    const auto it = m_connections.find(id);
    if (it == m_connections.end())
        return;
    it->accepted = true;
    it->alive.restart();
    if (!m_pingTimer->isActive())
        m_pingTimer->start();
    for (const QString &text : std::exchange(it->early, {}))
        handleText(id, text);
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
    for (const quint64 id : ids) {
        const auto it = m_connections.find(id);
        if (it == m_connections.end() || !it->tcp || it->socket->state() != QAbstractSocket::ConnectedState)
            continue;
        // The frame goes to the socket as it is: the same bytes QWebSocket would write, without
        // encoding and framing the same message again for every console. QWebSocket's own
        // frames (pings, pongs, close) are written whole in between, never inside one.
        it->tcp->write(frame);
        checkBacklog(id, *it);
    }
}

qint64 FeedSockets::pendingBytes(const Connection &connection)
{
    if (!connection.tcp)
        return 0;
    qint64 pending = connection.tcp->bytesToWrite();
    // A TLS socket encrypts all it is given at once: what waits is on the encrypted side.
    if (const auto *ssl = qobject_cast<const QSslSocket *>(connection.tcp.data()))
        pending += ssl->encryptedBytesToWrite();
    return pending;
}

void FeedSockets::checkBacklog(quint64 id, Connection &connection)
{
    const qint64 pending = pendingBytes(connection);
    if (pending <= m_limits.maxPendingBytes)
        return;
    const bool stalled = connection.progress.elapsed() > m_limits.slowConsumerGraceMs;
    if (!stalled && pending <= m_limits.maxPendingBytesHard)
        return; // a big snapshot on its way: fine while it keeps moving
    // The console does not keep up: drop it rather than buffer without end. It will reconnect
    // and resume from its last sequence number.
    end(id, Ending::SlowConsumer);
}

void FeedSockets::close(quint64 id, int code, const QString &reason)
{
    const auto it = m_connections.constFind(id);
    if (it != m_connections.constEnd())
        it->socket->close(QWebSocketProtocol::CloseCode(code), reason);
}

void FeedSockets::end(quint64 id, Ending why)
{
    const auto it = m_connections.find(id);
    if (it == m_connections.end())
        return;
    QWebSocket *socket = it->socket;
    const bool reported = it->ending;
    const qint64 pending = pendingBytes(*it);
    m_connections.erase(it);
    socket->disconnect(this);
    if (socket->state() != QAbstractSocket::UnconnectedState)
        socket->abort();
    socket->deleteLater();
    if (!reported)
        Q_EMIT ended(id, why, pending);
    if (m_connections.isEmpty())
        m_pingTimer->stop();
}

void FeedSockets::sendPings()
{
    const qint64 deadAfter = 2 * qint64(m_limits.pingIntervalMs) + m_limits.pingIntervalMs / 2;
    QList<quint64> dead;
    for (auto it = m_connections.begin(); it != m_connections.end(); ++it) {
        if (!it->accepted || it->ending || it->socket->state() != QAbstractSocket::ConnectedState)
            continue;
        if (it->alive.elapsed() > deadAfter)
            dead.append(it.key());
        else
            it->socket->ping();
    }
    for (const quint64 id : std::as_const(dead))
        end(id, Ending::NoPong);
}

void FeedSockets::shutdown()
{
    m_pingTimer->stop();
    const auto connections = std::exchange(m_connections, {});
    for (const Connection &connection : connections) {
        connection.socket->disconnect(this);
        connection.socket->abort();
        delete connection.socket;
    }
    // Connections still in their handshake: nothing else would close them now.
    for (const QPointer<QTcpSocket> &tcp : std::exchange(m_handshaking, {})) {
        if (tcp) {
            tcp->disconnect(this);
            tcp->abort();
            delete tcp.data();
        }
    }
    delete m_upgrader;
    m_upgrader = nullptr;
}
