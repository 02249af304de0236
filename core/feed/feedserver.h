#pragma once

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
class QWebSocket;
class QWebSocketServer;
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
    int pingIntervalMs = 30'000;
    double messagesPerSecond = 20; // from one console, sustained
    double messageBurst = 60;
};

// The network face of the feed: Segment Spec ingest over HTTP (Basic auth with the write
// key, size limits, JSON errors) and the WebSocket feed (bearer-token auth before anything is
// sent, snapshot or resume, live updates filtered by the AlertDesk's audience, requests,
// keepalive pings, rate limits, slow consumers dropped).
class FeedServer final : public QObject
{
    Q_OBJECT

public:
    FeedServer(FeedServerConfig config, AlertDesk &desk, TeamStore &team, QObject *parent = nullptr);
    ~FeedServer() override;

    bool listen(QString *error);
    quint16 httpPort() const;
    quint16 wsPort() const;
    int sessionCount() const { return int(m_sessions.size()); }

    // Close code for a console that floods the server, see docs/protocol.md.
    static constexpr int kCloseRateLimited = 4029;

private:
    struct Session
    {
        Rep rep;
        QElapsedTimer alive;
        double tokens = 0;
        QElapsedTimer refill;
        QElapsedTimer progress; // since bytes last left for this console
        int strikes = 0;
    };

    HttpResponse handleHttp(const HttpRequest &request);
    std::optional<qint64> bodyLimit(const QByteArray &method, const QByteArray &path) const;
    void handleNewSocket();
    void handleMessage(QWebSocket *socket, const QString &text);
    void handlePublished(const AlertDesk::Entry &entry);
    static QByteArray leadFrame(const AlertDesk::Entry &entry, const Rep &rep);
    void handleTeamChanged(const QJsonObject &rep);
    void handleTeamReloaded();
    void handleAlertRaised(const LeadState &lead);
    void sendPings();
    void send(QWebSocket *socket, const QByteArray &frame);
    void drop(QWebSocket *socket, int code, const QString &reason);

    FeedServerConfig m_config;
    AlertDesk &m_desk;
    TeamStore &m_team;
    HttpServer *m_http = nullptr;
    QWebSocketServer *m_ws = nullptr;
    QNetworkAccessManager *m_network = nullptr;
    QHash<QWebSocket *, Session> m_sessions;
    QTimer m_pingTimer;
};
