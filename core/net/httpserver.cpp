#include "httpserver.h"

#include "sockets.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QScopeGuard>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <deque>

Q_LOGGING_CATEGORY(lcHttp, "firstcall.http")

namespace {

// An oversized body up to this size is read away so that a client still sending sees the 413.
constexpr qint64 kMaxDiscardBytes = 4 * 1024 * 1024;
// Answers waiting for a client that does not read: past this, its requests wait too.
constexpr qint64 kMaxUnsentBytes = 1024 * 1024;
// What the socket reads ahead of the parser; the rest waits in the kernel (flow control).
constexpr qint64 kReadBufferBytes = 256 * 1024;
// After an error answer: how long the client gets to read it before the connection is cut.
constexpr int kLingerMs = 5'000;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return "Continue";
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 411:
        return "Length Required";
    case 413:
        return "Payload Too Large";
    case 415:
        return "Unsupported Media Type";
    case 417:
        return "Expectation Failed";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return "Status";
    }
}

} // namespace

struct HttpServer::Connection
{
    enum Phase
    {
        Head,    // waiting for a request's line and headers: the header deadline runs
        Body,    // reading a body: it must keep the minimum rate
        Discard, // reading away an oversized body before the 413
        Idle,    // kept alive between requests
        Closing, // answered with an error or "close": no more requests
        // Read its last request (or refused one), answers still owed: nothing more is read, and
        // it closes once they are written.
        Finishing,
    };
    // A request read and handed to its handler, in the order they came; answered in that order.
    struct Pending
    {
        quint64 request = 0;
        bool keepAlive = true;
        std::optional<HttpResponse> response; // set when its handler answered
    };

    quint64 id = 0;
    QTcpSocket *socket = nullptr;
    QHostAddress peer;
    HttpRequestParser parser;
    Phase phase = Head;
    QElapsedTimer since; // when the phase began
    QTimer timer;
    qint64 windowBytes = 0; // body bytes in the current rate window
    qint64 discard = 0;
    HttpResponse refusal;
    std::deque<Pending> pending;
    quint64 nextRequest = 0;
    bool sendContinue = false; // a "100 Continue" owed once the answers before it are out
    bool processing = false;   // in process(): answers given now are written by it

    explicit Connection(qsizetype maxHeadBytes)
        : parser(maxHeadBytes)
    {}
};

HttpServer::HttpServer(QObject *parent)
    : QObject(parent)
{}

HttpServer::~HttpServer()
{
    for (const auto &waiting : std::as_const(m_waiting))
        Sockets::closeDescriptor(waiting.first);
    for (Connection *c : std::as_const(m_connections)) {
        c->socket->disconnect(this);
        delete c;
    }
}

void HttpServer::route(const QByteArray &method, const QByteArray &path, qint64 maxBodyBytes, Handler handler)
{
    routeLater(method, path, maxBodyBytes,
               [handler = std::move(handler)](const HttpRequest &request, const Responder &responder) {
                   responder.respond(handler(request));
               });
}

void HttpServer::routeLater(const QByteArray &method, const QByteArray &path, qint64 maxBodyBytes,
                            LaterHandler handler)
{
    m_routes[path].append(Route{method, maxBodyBytes, std::move(handler)});
}

void HttpServer::Responder::respond(const HttpResponse &response) const
{
    if (m_server)
        m_server->complete(m_connection, m_request, response);
}

void HttpServer::setTlsConfiguration(const QSslConfiguration &configuration)
{
    m_tls = configuration;
}

bool HttpServer::listen(const QHostAddress &address, quint16 port, QString *error)
{
    m_server = new Sockets::DescriptorListener([this](qintptr descriptor) { adopt(descriptor); }, this);
    // Out of descriptors after all (another part of the process took them): Qt pauses the
    // listener itself; try again shortly instead of never accepting again.
    connect(m_server, &QTcpServer::acceptError, this, [this](QAbstractSocket::SocketError) {
        qCWarning(lcHttp).noquote() << "cannot accept a connection:" << m_server->errorString();
        Sockets::pauseAccepting(*m_server);
        m_paused = true;
        QTimer::singleShot(1000, this, &HttpServer::drainWaiting);
    });
    if (!m_server->listen(address, port)) {
        *error =
            tr("cannot listen on %1:%2: %3").arg(address.toString()).arg(port).arg(m_server->errorString());
        return false;
    }
    return true;
}

quint16 HttpServer::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

HttpResponse HttpServer::json(int status, const QByteArray &body)
{
    HttpResponse response;
    response.status = status;
    response.body = body;
    return response;
}

HttpResponse HttpServer::error(int status, const QString &message)
{
    return json(status, QJsonDocument(QJsonObject{{QStringLiteral("success"), false},
                                                  {QStringLiteral("error"), message}})
                            .toJson(QJsonDocument::Compact));
}

bool HttpServer::makeRoom()
{
    if (m_connections.size() < m_limits.maxConnections)
        return true;
    // Full: the oldest connection that has not sent a whole request head gives way (it is
    // the slow-header attacker's, or a client slower than all others), else the longest idle.
    Connection *victim = nullptr;
    for (Connection *c : std::as_const(m_connections)) {
        if ((c->phase != Connection::Head && c->phase != Connection::Idle) || !c->pending.empty())
            continue; // reading a body, or answers owed to it
        const auto rank = [](const Connection *x) { return x->phase == Connection::Head ? 0 : 1; };
        if (!victim || rank(c) < rank(victim) ||
            (rank(c) == rank(victim) && c->since.elapsed() > victim->since.elapsed()))
            victim = c;
    }
    if (!victim)
        return false;
    qCInfo(lcHttp).noquote() << "connection limit reached: closing"
                             << (victim->phase == Connection::Head ? "a slow request from"
                                                                   : "an idle connection from")
                             << victim->peer.toString();
    QTcpSocket *socket = victim->socket;
    const bool slow = victim->phase == Connection::Head;
    remove(socket);
    if (slow) {
        socket->abort();
        socket->deleteLater();
    } else {
        // Its last answer may still be on its way: a graceful close, bounded in time.
        connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
        QTimer::singleShot(kLingerMs, socket, &QAbstractSocket::abort);
        socket->disconnectFromHost();
    }
    return true;
}

void HttpServer::adopt(qintptr descriptor)
{
    // The cap per address first: a refused connection must not push anybody out.
    const QHostAddress peer = Sockets::peerOf(descriptor);
    const int fromPeer = m_perAddress.value(peer) +
                         int(std::count_if(m_waiting.cbegin(), m_waiting.cend(),
                                           [&](const auto &waiting) { return waiting.second == peer; }));
    if (fromPeer >= m_limits.maxConnectionsPerAddress) {
        qCInfo(lcHttp).noquote() << "refused a connection from" << peer.toString() << ": it has" << fromPeer
                                 << "open already";
        Sockets::closeDescriptor(descriptor);
        return;
    }
    if (!m_waiting.isEmpty() || !makeRoom()) {
        // Every slot is reading a body or being answered: a few connections wait for one, the
        // rest wait in the kernel's queue (accepting pauses). The process stays within its
        // file descriptors whatever comes.
        if (m_waiting.size() < kMaxWaiting)
            m_waiting.append(qMakePair(descriptor, peer));
        else
            Sockets::closeDescriptor(descriptor);
        if (!m_paused) {
            qCWarning(lcHttp) << "all" << m_limits.maxConnections << "connections busy; accepting paused";
            m_paused = true;
            Sockets::pauseAccepting(*m_server);
        }
        return;
    }
    adoptNow(descriptor, peer);
}

void HttpServer::drainWaiting()
{
    // A slot may be free: the connections that waited for one first, then the kernel's queue.
    while (!m_waiting.isEmpty() && makeRoom()) {
        const auto [descriptor, peer] = m_waiting.takeFirst();
        adoptNow(descriptor, peer);
    }
    if (m_paused && m_waiting.isEmpty() && m_connections.size() < m_limits.maxConnections) {
        m_paused = false;
        Sockets::resumeAccepting(*m_server);
        qCInfo(lcHttp) << "accepting again";
    }
}

void HttpServer::adoptNow(qintptr descriptor, const QHostAddress &peer)
{
    QTcpSocket *socket = m_tls ? new QSslSocket(this) : new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        qCWarning(lcHttp).noquote() << "cannot take over an accepted connection:" << socket->errorString();
        delete socket;
        Sockets::closeDescriptor(descriptor);
        return;
    }
    ++m_perAddress[peer];
    socket->setReadBufferSize(kReadBufferBytes);
    auto *c = new Connection(m_limits.maxHeadBytes);
    c->id = ++m_nextConnectionId;
    c->socket = socket;
    c->peer = peer;
    m_connections.insert(socket, c);
    m_byId.insert(c->id, c);
    connect(&c->timer, &QTimer::timeout, this, [this, c] { handleTimeout(c); });
    connect(socket, &QTcpSocket::readyRead, this, [this, c] { process(c); });
    connect(socket, &QTcpSocket::bytesWritten, this, [this, c] {
        if (c->phase != Connection::Closing && c->phase != Connection::Finishing &&
            Sockets::unsentBytes(*c->socket) < kMaxUnsentBytes / 2)
            process(c);
    });
    connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
        remove(socket);
        socket->deleteLater();
    });
    if (auto *ssl = qobject_cast<QSslSocket *>(socket)) {
        ssl->setSslConfiguration(*m_tls);
        connect(ssl, &QSslSocket::sslErrors, ssl, [ssl] { ssl->abort(); });
        ssl->startServerEncryption();
    }
    startPhase(c, Connection::Head);
}

void HttpServer::remove(QTcpSocket *socket)
{
    Connection *c = m_connections.take(socket);
    if (!c)
        return;
    m_byId.remove(c->id); // answers still owed to it go nowhere
    const auto it = m_perAddress.find(c->peer);
    if (it != m_perAddress.end() && --*it <= 0)
        m_perAddress.erase(it);
    socket->disconnect(this);
    c->timer.stop();
    // Not now: this may run in a slot of its own timer.
    QTimer::singleShot(0, this, [c] { delete c; });
    if (m_paused)
        QTimer::singleShot(0, this, &HttpServer::drainWaiting);
}

void HttpServer::startPhase(Connection *c, int phase)
{
    c->phase = Connection::Phase(phase);
    c->since.start();
    c->windowBytes = 0;
    c->timer.stop();
    switch (c->phase) {
    case Connection::Head:
        c->timer.setSingleShot(true);
        c->timer.start(m_limits.headerTimeoutMs);
        break;
    case Connection::Body:
    case Connection::Discard:
        c->timer.setSingleShot(false);
        c->timer.start(m_limits.bodyWindowMs);
        break;
    case Connection::Idle:
        c->timer.setSingleShot(true);
        c->timer.start(m_limits.idleTimeoutMs);
        if (m_paused)
            QTimer::singleShot(0, this, &HttpServer::drainWaiting); // it may give way now
        break;
    case Connection::Closing:
        c->timer.setSingleShot(true);
        c->timer.start(kLingerMs);
        break;
    case Connection::Finishing:
        break; // its handlers answer; then it closes (and lingers)
    }
}

void HttpServer::handleTimeout(Connection *c)
{
    switch (c->phase) {
    case Connection::Head:
        if (c->pending.size() >= kMaxPendingPerConnection) {
            c->timer.start(m_limits.headerTimeoutMs); // not read because it waits for our answers
            break;
        }
        qCInfo(lcHttp).noquote() << "request head from" << c->peer.toString() << "not complete within"
                                 << m_limits.headerTimeoutMs << "ms";
        refuse(c, 408,
               tr("request line and headers not complete within %1 seconds")
                   .arg(m_limits.headerTimeoutMs / 1000.0));
        break;
    case Connection::Body:
    case Connection::Discard: {
        const qint64 minimum = m_limits.minBodyBytesPerSecond * m_limits.bodyWindowMs / 1000;
        if (c->windowBytes >= minimum) {
            c->windowBytes = 0;
            return;
        }
        qCInfo(lcHttp).noquote() << "body from" << c->peer.toString() << "slower than"
                                 << m_limits.minBodyBytesPerSecond << "bytes/s";
        refuse(c, 408,
               tr("request body arriving slower than %1 bytes a second").arg(m_limits.minBodyBytesPerSecond));
        break;
    }
    case Connection::Finishing:
        break;
    case Connection::Idle:
        if (!c->pending.empty()) {
            c->timer.start(m_limits.idleTimeoutMs); // waiting for our answers, not idle
            break;
        }
        Q_FALLTHROUGH();
    case Connection::Closing: {
        QTcpSocket *socket = c->socket;
        socket->abort(); // disconnected() removes it
        break;
    }
    }
}

QByteArray HttpServer::serialize(const HttpResponse &response, bool keepAlive)
{
    QByteArray out =
        "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    out += "Content-Type: " + response.contentType + "\r\n";
    out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    for (const auto &[name, value] : response.headers)
        out += name + ": " + value + "\r\n";
    out += keepAlive ? "Connection: keep-alive\r\n\r\n" : "Connection: close\r\n\r\n";
    out += response.body;
    return out;
}

void HttpServer::respond(Connection *c, const HttpResponse &response, bool keepAlive)
{
    c->pending.push_back({c->nextRequest++, keepAlive, response});
    if (!keepAlive && c->phase != Connection::Closing)
        startPhase(c, Connection::Finishing); // nothing after it is read
    flush(c);
}

void HttpServer::complete(quint64 connection, quint64 request, const HttpResponse &response)
{
    Connection *c = m_byId.value(connection);
    if (!c)
        return;
    const auto it = std::find_if(c->pending.begin(), c->pending.end(),
                                 [&](const Connection::Pending &p) { return p.request == request; });
    if (it == c->pending.end() || it->response)
        return;
    it->response = response;
    flush(c);
    // Answered later: requests read ahead (or held back by the limit) go on now.
    if (!c->processing && m_byId.contains(connection) &&
        (c->phase == Connection::Head || c->phase == Connection::Idle) &&
        (c->parser.buffered() > 0 || c->socket->bytesAvailable() > 0))
        process(c);
}

void HttpServer::flush(Connection *c)
{
    while (!c->pending.empty() && c->pending.front().response) {
        const Connection::Pending next = std::move(c->pending.front());
        c->pending.pop_front();
        c->socket->write(serialize(*next.response, next.keepAlive));
        if (!next.keepAlive) {
            c->pending.clear();
            c->sendContinue = false;
            startPhase(c, Connection::Closing);
            c->socket->disconnectFromHost();
            return;
        }
    }
    if (c->pending.empty() && c->sendContinue) {
        c->sendContinue = false;
        c->socket->write("HTTP/1.1 100 Continue\r\n\r\n");
    }
}

void HttpServer::refuse(Connection *c, int status, const QString &message)
{
    respond(c, error(status, message), false);
}

void HttpServer::process(Connection *c)
{
    QTcpSocket *socket = c->socket;
    if (c->phase == Connection::Closing || c->phase == Connection::Finishing) {
        socket->readAll(); // nothing after an error or "close" is executed
        return;
    }
    if (Sockets::unsentBytes(*socket) >= kMaxUnsentBytes || c->pending.size() >= kMaxPendingPerConnection)
        return; // it does not read its answers (or waits for many): its next requests wait
    c->processing = true;
    const auto done = qScopeGuard([c] { c->processing = false; });
    const QByteArray bytes = socket->readAll();
    if (c->phase == Connection::Idle && !bytes.isEmpty())
        startPhase(c, Connection::Head); // the header deadline runs from a request's first byte
    c->windowBytes += bytes.size();
    if (c->phase == Connection::Discard) {
        const qint64 n = std::min<qint64>(c->discard, bytes.size());
        c->discard -= n;
        if (c->discard == 0)
            respond(c, c->refusal, false);
        return;
    }
    c->parser.append(bytes);

    while (socket->state() == QAbstractSocket::ConnectedState && c->phase != Connection::Closing &&
           c->phase != Connection::Finishing) {
        if (Sockets::unsentBytes(*socket) >= kMaxUnsentBytes || c->pending.size() >= kMaxPendingPerConnection)
            return;
        switch (c->parser.next()) {
        case HttpRequestParser::Status::NeedMore:
            if (c->phase == Connection::Idle && c->parser.inHead())
                startPhase(c, Connection::Head);
            return;
        case HttpRequestParser::Status::Failed:
            qCInfo(lcHttp).noquote() << "refused a request from" << c->peer.toString() << ":"
                                     << c->parser.errorMessage();
            refuse(c, c->parser.errorStatus(), c->parser.errorMessage());
            return;
        case HttpRequestParser::Status::Head: {
            const HttpRequest &head = c->parser.request();
            const auto routes = m_routes.constFind(head.path);
            if (routes == m_routes.constEnd()) {
                refuse(c, 404,
                       tr("no such endpoint: %1 %2")
                           .arg(QString::fromLatin1(head.method), QString::fromUtf8(head.path)));
                return;
            }
            const auto route = std::find_if(routes->cbegin(), routes->cend(),
                                            [&](const Route &r) { return r.method == head.method; });
            if (route == routes->cend()) {
                QByteArrayList allowed;
                for (const Route &r : *routes)
                    allowed.append(r.method);
                HttpResponse response = error(
                    405, tr("use %1 for %2")
                             .arg(QString::fromLatin1(allowed.join(" or ")), QString::fromUtf8(head.path)));
                response.headers.append(qMakePair(QByteArray("Allow"), allowed.join(", ")));
                respond(c, response, false);
                return;
            }
            const qint64 length = c->parser.contentLength();
            const qint64 unread = length - c->parser.buffered();
            c->parser.setBodyLimit(route->maxBodyBytes);
            if (length > route->maxBodyBytes) {
                // A client that is still sending the body (QNetworkAccessManager, for one) reads
                // no answer before it is done, and closing now would reset the connection under
                // it: read a reasonably sized body away first, then refuse it.
                const HttpResponse refusal = error(413, c->parser.errorMessage());
                if (c->parser.expectsContinue() || unread <= 0 || unread > kMaxDiscardBytes) {
                    respond(c, refusal, false);
                    return;
                }
                c->discard = unread;
                c->refusal = refusal;
                startPhase(c, Connection::Discard);
                return;
            }
            if (c->parser.expectsContinue() && c->parser.buffered() == 0) {
                if (c->pending.empty())
                    socket->write("HTTP/1.1 100 Continue\r\n\r\n");
                else
                    c->sendContinue = true; // after the answers owed before it
            }
            startPhase(c, Connection::Body);
            break;
        }
        case HttpRequestParser::Status::Complete: {
            HttpRequest request = c->parser.takeRequest();
            request.peer = c->peer;
            const bool keepAlive = c->parser.keepAlive();
            const auto routes = m_routes.constFind(request.path);
            const auto route = std::find_if(routes->cbegin(), routes->cend(),
                                            [&](const Route &r) { return r.method == request.method; });
            c->sendContinue = false; // the body came anyway
            const quint64 id = c->nextRequest++;
            c->pending.push_back({id, keepAlive, std::nullopt});
            if (keepAlive)
                startPhase(c, c->parser.buffered() > 0 ? Connection::Head : Connection::Idle);
            else
                startPhase(c, Connection::Finishing); // its answer is the last
            Responder responder;
            responder.m_server = this;
            responder.m_connection = c->id;
            responder.m_request = id;
            route->handler(request, responder); // answered now or later, in order either way
            if (!keepAlive)
                return;
            break;
        }
        }
    }
}
