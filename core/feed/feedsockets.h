#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QString>
#include <QTimer>
#include <QUrl>

#include <optional>

class QTcpSocket;
class QTimer;
class HttpRequestParser;
class WebSocketReader;

// One feed thread's share of the consoles. It upgrades the TCP connections handed to it,
// writes what the FeedServer decided to send, keeps the consoles alive with pings and drops
// dead peers and slow consumers. It lives in its own thread so that writing one alert to
// hundreds of consoles does not hold up ingest; the FeedServer (in the main thread) talks to
// it only through queued calls and its signals, and keeps every decision about who is who and
// who may see what to itself.
//
// The WebSocket protocol is its own (RFC 6455, server side): the upgrade request is read by
// HttpRequestParser, the client's frames by WebSocketReader, and frames that arrive in the
// same write as the upgrade are kept like any other. A client frame that breaks the RFC
// (unmasked, say) closes the connection with 1002.
//
// Nothing is sent to a connection before the FeedServer accepted it: until then a console
// gets the WebSocket handshake and nothing else.
class FeedSockets final : public QObject
{
    Q_OBJECT

public:
    struct Limits
    {
        qint64 maxMessageBytes = 64 * 1024;
        qint64 maxPendingBytes = 8 * 1024 * 1024;
        int slowConsumerGraceMs = 10'000;
        qint64 maxPendingBytesHard = 64 * 1024 * 1024;
        int pingIntervalMs = 10'000;
        int handshakeTimeoutMs = 10'000;
        std::optional<QSslConfiguration> tls;
        // Messages from one console: a token bucket. A message over it is answered with
        // rateLimitedFrame and not passed on; more than `burst` of those in a row close the
        // connection with closeCode and closeReason.
        double messagesPerSecond = 20;
        double burst = 60;
        QByteArray rateLimitedFrame;
        int closeCode = 4029;
        QString closeReason;
    };

    // Why a connection ended.
    enum class Ending
    {
        Disconnected,  // the console closed it, or the network did
        SlowConsumer,  // it did not read what was sent to it
        NoPong,        // it stopped answering pings
        RateLimited,   // it sent too many messages (closed with Limits::closeCode)
        ProtocolError, // it broke RFC 6455 (closed with 1002, 1007 or 1009)
    };
    Q_ENUM(Ending)

    explicit FeedSockets(const Limits &limits);
    ~FeedSockets() override;

    // Everything below runs in the object's own thread: call it with QMetaObject::invokeMethod.

    // Takes over an accepted TCP connection and upgrades it (TLS first when configured).
    // peer: the address the FeedServer counts it under; upgraded() and released() report it.
    void adopt(qintptr descriptor, const QHostAddress &peer);
    // The FeedServer trusts this connection: the first frames follow, pings start.
    void accept(quint64 id);
    // Sends one text message, framed once with textFrame(), to each of these connections;
    // unknown ids are skipped.
    void send(const QList<quint64> &ids, const QByteArray &frame);
    // Closes with a WebSocket close code (sending the close frame after what is queued).
    void close(quint64 id, int code, const QString &reason);
    // Closes the connection that has waited longest without being accepted (upgrade under way,
    // or refused and closing), if any: the FeedServer needs a slot for a new one.
    void evictOldestUnaccepted();
    // Aborts every connection and stops the timers; the last call before the thread ends.
    void shutdown();

    int connectionCount() const { return int(m_connections.size()); }

    // A whole WebSocket text message (one final, unmasked frame, as a server sends it) with
    // this UTF-8 payload. Made once and written as it is to every console that gets it.
    static QByteArray textFrame(const QByteArray &utf8);

Q_SIGNALS:
    // A connection completed the WebSocket handshake. Nothing has been sent to it yet.
    void upgraded(quint64 id, const QByteArray &authorization, const QString &origin, const QUrl &url,
                  const QHostAddress &peer);
    void received(quint64 id, const QString &text);
    void receivedBinary(quint64 id);
    // The connection is gone (it is not reported again). pendingBytes: what was left unsent.
    void ended(quint64 id, FeedSockets::Ending why, qint64 pendingBytes);
    // A connection handed over with adopt() is closed, at whatever stage: its descriptor is
    // free. accepted: whether the FeedServer had accepted it (see accept()).
    void released(const QHostAddress &peer, bool accepted);

private:
    struct Connection;

    void handleReadyRead(Connection *c);
    void completeHandshake(Connection *c);
    void processFrames(Connection *c);
    void handleText(quint64 id, const QString &text);
    // The rate limit, for text, binary and ping frames alike: whether this one may be handled.
    bool admit(Connection *c);
    void endRateLimited(Connection *c);
    void sendClose(Connection *c, int code, const QString &reason);
    void writeQueued();
    // Writes now, after what send() queued for the connection.
    void write(Connection *c, const QByteArray &bytes);
    void checkBacklog(Connection &connection);
    void end(quint64 id, Ending why);
    void remove(Connection *c);
    void sendPings();

    Limits m_limits;
    QHash<quint64, Connection *> m_connections; // every stage, by id
    QList<quint64> m_queued;                    // connections with messages queued by send()
    bool m_writeScheduled = false;
    QTimer *m_pingTimer = nullptr;
};
