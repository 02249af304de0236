#include "httpserver.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>

namespace {

// An oversized body up to this size is read away so that a client still sending sees the 413.
constexpr qint64 kMaxDiscardBytes = 4 * 1024 * 1024;

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
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

} // namespace

struct HttpServer::Connection
{
    QByteArray buffer;
    std::optional<HttpRequest> pending; // headers read, body still coming
    qint64 bodyLimit = 0;
    qint64 contentLength = 0;
    bool chunked = false;
    bool keepAlive = true;
    qint64 discard = 0; // body bytes to read away before the refusal below is sent
    HttpResponse refusal;
    QTimer idle;
};

HttpServer::HttpServer(Handler handler, BodyLimit bodyLimit, QObject *parent)
    : QObject(parent)
    , m_handler(std::move(handler))
    , m_bodyLimit(std::move(bodyLimit))
{}

HttpServer::~HttpServer()
{
    qDeleteAll(m_connections);
}

void HttpServer::setTlsConfiguration(const QSslConfiguration &configuration)
{
    m_tls = configuration;
}

bool HttpServer::listen(const QHostAddress &address, quint16 port, QString *error)
{
    if (m_tls) {
        auto *server = new QSslServer(this);
        server->setSslConfiguration(*m_tls);
        m_server = server;
    } else {
        m_server = new QTcpServer(this);
    }
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this, &HttpServer::handleNewConnection);
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

void HttpServer::handleNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        if (m_connections.size() >= kMaxConnections) {
            socket->abort(); // bounded memory: senders retry
            socket->deleteLater();
            continue;
        }
        auto *connection = new Connection;
        m_connections.insert(socket, connection);
        connection->idle.setSingleShot(true);
        connection->idle.setInterval(m_idleTimeoutMs);
        connect(&connection->idle, &QTimer::timeout, socket, [socket] { socket->abort(); });
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { handleReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            delete m_connections.take(socket);
            socket->deleteLater();
        });
        connection->idle.start();
        if (socket->bytesAvailable() > 0)
            handleReadyRead(socket);
    }
}

void HttpServer::respond(QTcpSocket *socket, const HttpResponse &response, bool keepAlive)
{
    QByteArray out =
        "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    out += "Content-Type: " + response.contentType + "\r\n";
    out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    for (const auto &[name, value] : response.headers)
        out += name + ": " + value + "\r\n";
    out += keepAlive ? "Connection: keep-alive\r\n\r\n" : "Connection: close\r\n\r\n";
    out += response.body;
    socket->write(out);
    if (!keepAlive)
        socket->disconnectFromHost();
}

void HttpServer::handleReadyRead(QTcpSocket *socket)
{
    Connection *c = m_connections.value(socket);
    if (!c)
        return;
    c->buffer += socket->readAll();
    c->idle.start();
    if (c->discard > 0) {
        const qint64 n = std::min<qint64>(c->discard, c->buffer.size());
        c->discard -= n;
        c->buffer.remove(0, n);
        if (c->discard == 0)
            respond(socket, c->refusal, false);
        return;
    }
    const auto fail = [&](int status, const QString &message) {
        c->buffer.clear();
        c->pending.reset();
        socket->readAll();
        respond(socket, error(status, message), false);
    };

    while (socket->state() == QAbstractSocket::ConnectedState) {
        if (!c->pending) {
            const qsizetype end = c->buffer.indexOf("\r\n\r\n");
            if (end < 0) {
                if (c->buffer.size() > kMaxHeaderBytes)
                    fail(431, tr("request headers larger than %1 bytes").arg(kMaxHeaderBytes));
                return;
            }
            if (end > kMaxHeaderBytes) {
                fail(431, tr("request headers larger than %1 bytes").arg(kMaxHeaderBytes));
                return;
            }
            const QList<QByteArray> lines = c->buffer.left(end).split('\n');
            c->buffer.remove(0, end + 4);
            const QList<QByteArray> requestLine = lines.constFirst().trimmed().split(' ');
            if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1.")) {
                fail(400, tr("malformed request line"));
                return;
            }
            HttpRequest request;
            request.method = requestLine.at(0);
            const QByteArray target = requestLine.at(1);
            const qsizetype question = target.indexOf('?');
            request.path = question < 0 ? target : target.left(question);
            request.query = question < 0 ? QByteArray() : target.mid(question + 1);
            request.peer = socket->peerAddress();
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const QByteArray line = lines.at(i).trimmed();
                const qsizetype colon = line.indexOf(':');
                if (colon <= 0) {
                    fail(400, tr("malformed header line %1").arg(i + 1));
                    return;
                }
                request.headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
            }
            const QByteArray connection = request.header("connection").toLower();
            c->keepAlive =
                requestLine.at(2) == "HTTP/1.1" ? connection != "close" : connection == "keep-alive";

            const std::optional<qint64> limit = m_bodyLimit(request.method, request.path);
            if (!limit) {
                fail(404, tr("no such endpoint: %1 %2")
                              .arg(QString::fromLatin1(request.method), QString::fromUtf8(request.path)));
                return;
            }
            c->bodyLimit = *limit;
            c->chunked = request.header("transfer-encoding").toLower().contains("chunked");
            c->contentLength = 0;
            if (!c->chunked && request.headers.contains("content-length")) {
                bool ok = false;
                c->contentLength = request.header("content-length").toLongLong(&ok);
                if (!ok || c->contentLength < 0) {
                    fail(400, tr("malformed Content-Length"));
                    return;
                }
            }
            if (c->contentLength > c->bodyLimit) {
                const QString message = tr("request body of %1 bytes is over the limit of %2 bytes for %3")
                                            .arg(c->contentLength)
                                            .arg(c->bodyLimit)
                                            .arg(QString::fromUtf8(request.path));
                // A client that is still sending the body (QNetworkAccessManager, for one) reads
                // no answer before it is done, and closing now would reset the connection under
                // it: read a reasonably sized body away first, then refuse it.
                const qint64 unread = c->contentLength - c->buffer.size();
                if (request.header("expect").toLower() == "100-continue" || unread <= 0 ||
                    unread > kMaxDiscardBytes) {
                    fail(413, message);
                    return;
                }
                c->buffer.clear();
                c->discard = unread;
                c->refusal = error(413, message);
                return;
            }
            if (request.header("expect").toLower() == "100-continue")
                socket->write("HTTP/1.1 100 Continue\r\n\r\n");
            c->pending = std::move(request);
        }

        if (!c->chunked) {
            if (c->buffer.size() < c->contentLength)
                return;
            c->pending->body = c->buffer.left(c->contentLength);
            c->buffer.remove(0, c->contentLength);
        } else {
            // Decode from the start each time; bodies are bounded by the limit.
            QByteArray body;
            qsizetype pos = 0;
            bool complete = false;
            while (true) {
                const qsizetype lineEnd = c->buffer.indexOf("\r\n", pos);
                if (lineEnd < 0)
                    break;
                bool ok = false;
                const QByteArray sizeText =
                    c->buffer.mid(pos, lineEnd - pos).split(';').constFirst().trimmed();
                const qint64 size = sizeText.toLongLong(&ok, 16);
                if (!ok || size < 0) {
                    fail(400, tr("malformed chunk size"));
                    return;
                }
                if (size > c->bodyLimit - body.size()) {
                    fail(413, tr("request body is over the limit of %1 bytes for %2")
                                  .arg(c->bodyLimit)
                                  .arg(QString::fromUtf8(c->pending->path)));
                    return;
                }
                if (size == 0) {
                    const qsizetype trailerEnd = c->buffer.indexOf("\r\n", lineEnd + 2);
                    if (trailerEnd < 0)
                        break;
                    // Trailers are ignored: skip to the empty line ending them.
                    qsizetype end = lineEnd + 2;
                    bool done = false;
                    while (true) {
                        const qsizetype next = c->buffer.indexOf("\r\n", end);
                        if (next < 0)
                            break;
                        if (next == end) {
                            end += 2;
                            done = true;
                            break;
                        }
                        end = next + 2;
                    }
                    if (!done)
                        break;
                    pos = end;
                    complete = true;
                    break;
                }
                if (c->buffer.size() < lineEnd + 2 + size + 2)
                    break;
                body += c->buffer.mid(lineEnd + 2, size);
                pos = lineEnd + 2 + size + 2;
            }
            if (!complete) {
                if (c->buffer.size() > c->bodyLimit * 2 + kMaxHeaderBytes)
                    fail(413, tr("request body is over the limit of %1 bytes").arg(c->bodyLimit));
                return;
            }
            c->pending->body = body;
            c->buffer.remove(0, pos);
        }

        const HttpRequest request = std::move(*c->pending);
        c->pending.reset();
        const HttpResponse response = m_handler(request);
        respond(socket, response, c->keepAlive);
        if (!c->keepAlive)
            return;
    }
}
