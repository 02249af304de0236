#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>

#include <functional>
#include <optional>

class QTcpServer;
class QTcpSocket;

struct HttpRequest
{
    QByteArray method;
    QByteArray path; // without the query
    QByteArray query;
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;
    QHostAddress peer;

    QByteArray header(const char *name) const { return headers.value(QByteArray(name)); }
};

struct HttpResponse
{
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
};

// A small HTTP/1.1 server for JSON APIs with hard limits: the request line and headers are
// capped, a body larger than the route allows is refused with 413 from its Content-Length
// before any of it is buffered, keep-alive and chunked bodies are supported, idle
// connections are closed. (QHttpServer 6.4 buffers whole bodies of any size.)
class HttpServer final : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<HttpResponse(const HttpRequest &)>;
    // The largest body accepted for a method and path, or nullopt for "no such route" (404).
    using BodyLimit = std::function<std::optional<qint64>(const QByteArray &method, const QByteArray &path)>;

    HttpServer(Handler handler, BodyLimit bodyLimit, QObject *parent = nullptr);
    ~HttpServer() override;

    bool listen(const QHostAddress &address, quint16 port, QString *error);
    void setTlsConfiguration(const QSslConfiguration &configuration);
    quint16 port() const;
    void setIdleTimeoutMs(int ms) { m_idleTimeoutMs = ms; }

    static constexpr qint64 kMaxHeaderBytes = 16 * 1024;
    static constexpr qsizetype kMaxConnections = 1024;

    static HttpResponse json(int status, const QByteArray &body);
    static HttpResponse error(int status, const QString &message);

private:
    struct Connection;
    void handleNewConnection();
    void handleReadyRead(QTcpSocket *socket);
    void respond(QTcpSocket *socket, const HttpResponse &response, bool keepAlive);

    Handler m_handler;
    BodyLimit m_bodyLimit;
    QTcpServer *m_server = nullptr;
    std::optional<QSslConfiguration> m_tls;
    int m_idleTimeoutMs = 30'000;
    QHash<QTcpSocket *, Connection *> m_connections;
};
