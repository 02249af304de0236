#pragma once

#include "net/httprequestparser.h"

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>

#include <functional>
#include <optional>

class QTcpServer;
class QTcpSocket;

struct HttpResponse
{
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
};

// A small HTTP/1.1 server for JSON APIs that holds against hostile and broken clients.
//
// - Requests are read by HttpRequestParser (RFC 9112, strict): anything ambiguous is answered
//   with 400 and the connection closed; nothing after it is executed.
// - One route table: method and path to a handler and the largest body it takes. A body over
//   it is refused with 413 from its Content-Length before any of it is buffered; an unknown
//   path is 404, a known path with another method 405 with Allow.
// - Deadlines no trickle can reset: the request line and headers must be complete within
//   headerTimeoutMs of their first byte; a body must keep arriving at minBodyBytesPerSecond
//   (over each bodyWindowMs); a kept-alive connection may wait idleTimeoutMs between requests.
// - At most maxConnections at once and maxConnectionsPerAddress from one address. When full,
//   a new connection takes the place of the oldest one that has not sent a whole request head
//   (or an idle kept-alive one); when there is none, it waits (up to kMaxWaiting of them) and
//   accepting pauses until a slot is free, so the process never runs out of file descriptors.
// - A client that does not read its answers is not read from either (no unbounded buffers).
// - A handler may answer later (routeLater): its Responder completes the request when the work
//   is done. Pipelined requests on one connection are answered in the order they came, whoever
//   finishes first; at most kMaxPendingPerConnection wait for their answer, then reading pauses.
class HttpServer final : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<HttpResponse(const HttpRequest &)>;

    // Completes one request, once, from the server's thread; does nothing when the connection
    // has gone meanwhile (or for a second answer).
    class Responder
    {
    public:
        void respond(const HttpResponse &response) const;

    private:
        friend class HttpServer;
        QPointer<HttpServer> m_server;
        quint64 m_connection = 0;
        quint64 m_request = 0;
    };
    using LaterHandler = std::function<void(const HttpRequest &, const Responder &)>;
    // Requests one connection may have waiting for their answers before it is read again.
    static constexpr int kMaxPendingPerConnection = 64;

    struct Limits
    {
        int headerTimeoutMs = 10'000;
        int idleTimeoutMs = 30'000;
        qint64 minBodyBytesPerSecond = 1024;
        int bodyWindowMs = 5'000;
        int maxConnections = 1024;
        int maxConnectionsPerAddress = 64;
        qsizetype maxHeadBytes = HttpRequestParser::kDefaultMaxHeadBytes;
    };

    explicit HttpServer(QObject *parent = nullptr);
    ~HttpServer() override;

    void setLimits(const Limits &limits) { m_limits = limits; }
    const Limits &limits() const { return m_limits; }
    // Adds a route: requests for method and path (the query is not part of it) with a body of
    // at most maxBodyBytes go to handler.
    void route(const QByteArray &method, const QByteArray &path, qint64 maxBodyBytes, Handler handler);
    // The same for a handler that answers through the Responder, now or later.
    void routeLater(const QByteArray &method, const QByteArray &path, qint64 maxBodyBytes,
                    LaterHandler handler);

    bool listen(const QHostAddress &address, quint16 port, QString *error);
    void setTlsConfiguration(const QSslConfiguration &configuration);
    quint16 port() const;
    int connectionCount() const { return int(m_connections.size()); }

    static HttpResponse json(int status, const QByteArray &body);
    static HttpResponse error(int status, const QString &message);
    // The response as it goes on the wire.
    static QByteArray serialize(const HttpResponse &response, bool keepAlive);

private:
    struct Route
    {
        QByteArray method;
        qint64 maxBodyBytes = 0;
        LaterHandler handler;
    };
    struct Connection;

    void adopt(qintptr descriptor);
    void adoptNow(qintptr descriptor, const QHostAddress &peer);
    void drainWaiting();
    bool makeRoom();
    void process(Connection *c);
    void startPhase(Connection *c, int phase);
    void handleTimeout(Connection *c);
    // Queues the answer of the connection's next request (in order) and the end of the
    // connection after it when !keepAlive.
    void respond(Connection *c, const HttpResponse &response, bool keepAlive);
    void complete(quint64 connection, quint64 request, const HttpResponse &response);
    // Writes the answers that are ready, in request order.
    void flush(Connection *c);
    void refuse(Connection *c, int status, const QString &message);
    void remove(QTcpSocket *socket);

    Limits m_limits;
    QHash<QByteArray, QList<Route>> m_routes; // by path
    QTcpServer *m_server = nullptr;
    std::optional<QSslConfiguration> m_tls;
    QHash<QTcpSocket *, Connection *> m_connections;
    QHash<quint64, Connection *> m_byId;
    quint64 m_nextConnectionId = 0;
    QHash<QHostAddress, int> m_perAddress;
    // Accepted while every slot was busy: served first when one is free.
    static constexpr qsizetype kMaxWaiting = 16;
    QList<QPair<qintptr, QHostAddress>> m_waiting;
    bool m_paused = false;
};
