#pragma once

#include "feed/feedsockets.h"
#include "net/httpserver.h"
#include "routing/alertdesk.h"

#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QSslConfiguration>
#include <QStringList>
#include <QTimer>
#include <QUrl>

#include <optional>

class QNetworkAccessManager;
class QTcpServer;
class QThread;
class TeamStore;

struct FeedServerConfig
{
    QHostAddress listenAddress = QHostAddress::LocalHost;
    quint16 httpPort = 0;
    quint16 wsPort = 0;
    QString writeKey;
    QStringList allowedOrigins; // browser origins allowed on the feed; consoles send none
    QUrl slackWebhook;
    std::optional<QSslConfiguration> tls;
    qint64 maxCallBytes = 32 * 1024;
    qint64 maxBatchBytes = 500 * 1024;
    qint64 maxMessageBytes = 64 * 1024; // from a console
    // A console is dropped as a slow consumer when more than maxPendingBytes wait to be sent and
    // nothing was written to it for slowConsumerGraceMs, or when unsent data passes the hard cap.
    qint64 maxPendingBytes = 8 * 1024 * 1024;
    int slowConsumerGraceMs = 10'000;
    qint64 maxPendingBytesHard = 64 * 1024 * 1024;
    int pingIntervalMs = 10'000; // a console silent for two intervals is dropped (offline)
    int handshakeTimeoutMs = 10'000;
    // Threads that write to the consoles; 0: one per core. Two on two cores beat one in
    // bench_feed (p99 to the first console 5-10 ms against 8-12 ms), see docs/benchmarks.md.
    int feedThreads = 0;
    double messagesPerSecond = 20; // from one console, sustained
    double messageBurst = 60;
    // Deadlines and connection limits of the HTTP side (ingest).
    HttpServer::Limits http;
    // Connections to the feed, consoles and those not accepted yet (upgrade under way, or
    // refused and closing); of the latter at most maxHandshakesPerAddress from one address (a
    // whole sales floor may share one address).
    int maxFeedConnections = 4096;
    int maxHandshakesPerAddress = 256;
};

// The network face of the feed: Segment Spec ingest over HTTP (Basic auth with the write
// key, size limits, JSON errors) and the WebSocket feed (bearer-token auth before anything is
// sent, snapshot or resume, live updates filtered by the AlertDesk's audience, requests,
// keepalive pings, rate limits, slow consumers dropped).
//
// Ingest, routing and every decision run in the thread that owns the FeedServer; the consoles'
// sockets are spread over feed threads (FeedSockets) that only write and read them, so that
// sending an alert to hundreds of consoles does not hold up the next event.
class FeedServer final : public QObject
{
    Q_OBJECT

public:
    FeedServer(FeedServerConfig config, AlertDesk &desk, TeamStore &team, QObject *parent = nullptr);
    ~FeedServer() override;

    bool listen(QString *error);
    quint16 httpPort() const;
    quint16 wsPort() const;
    // Consoles that are connected and were accepted.
    int sessionCount() const { return int(m_sessions.size()); }
    int feedThreadCount() const { return int(m_shards.size()); }
    // Feed connections open at any stage (upgrade, accepted, closing), and those waiting for a slot.
    int feedConnectionCount() const { return m_feedConnections; }
    int waitingFeedConnections() const { return int(m_waiting.size()); }

    // Close code for a console that floods the server, see docs/protocol.md.
    static constexpr int kCloseRateLimited = 4029;

private:
    struct Session
    {
        Rep rep;
        int shard = 0;
    };

    struct Shard
    {
        QThread *thread = nullptr;
        FeedSockets *sockets = nullptr;
    };

    HttpResponse handleHealth();
    // POST /v1/<endpoint>: Segment calls, authenticated with the write key.
    // Answered once the calls are durable (AlertDesk::ingestLater: group commit), or refused at once.
    void handleIngest(const QString &endpoint, const HttpRequest &request,
                      const HttpServer::Responder &responder);
    std::optional<HttpResponse> refuseIngest(const QString &endpoint, const HttpRequest &request,
                                             QList<SegmentCall> *calls);
    void handleIncoming(qintptr descriptor);
    void handOver(qintptr descriptor, const QHostAddress &peer);
    void handleReleased(const QHostAddress &peer, bool accepted);
    void forgetHandshake(const QHostAddress &peer);
    void resumeIfRoom();
    void handleUpgraded(int shard, quint64 id, const QByteArray &authorization, const QString &origin,
                        const QUrl &url, const QHostAddress &peer);
    void handleEnded(quint64 id, FeedSockets::Ending why, qint64 pendingBytes);
    void handleMessage(quint64 id, const QString &text);
    void handlePublished(const AlertDesk::Entry &entry);
    // The entry's `lead` message: the whole lead, or only that it is gone (showsLeadTo).
    static QByteArray leadFrame(const AlertDesk::Entry &entry, bool wholeLead);
    void handleTeamChanged(const protocol::TeamMember &rep);
    void handleDegradedChanged();
    QByteArray statusMessage() const;
    void handleTeamReloaded();
    void handleAlertRaised(const LeadState &lead);
    void send(quint64 id, const QByteArray &frame);
    // A JSON frame to these consoles of a feed thread; sendFramed() when it is framed already.
    void sendTo(int shard, const QList<quint64> &ids, const QByteArray &frame);
    void sendFramed(int shard, const QList<quint64> &ids, const QByteArray &wsFrame);
    void drop(int shard, quint64 id, int code, const QString &reason);
    // Forgets an accepted console and tells the desk it is offline.
    void endSession(quint64 id);
    void stopShards();

    FeedServerConfig m_config;
    AlertDesk &m_desk;
    TeamStore &m_team;
    HttpServer *m_http = nullptr;
    QTcpServer *m_listener = nullptr;
    QList<Shard> m_shards;
    int m_nextShard = 0;
    QNetworkAccessManager *m_network = nullptr;
    QHash<quint64, Session> m_sessions;
    // Feed connections handed to the feed threads and not released yet, and upgrades under
    // way by address; descriptors that wait for a free slot (accepting is paused meanwhile).
    int m_feedConnections = 0;
    QHash<QHostAddress, int> m_handshakes;
    QList<QPair<qintptr, QHostAddress>> m_waiting;
    int m_nextEviction = 0;
    bool m_paused = false;
};
