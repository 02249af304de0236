#pragma once

#include "protocol/messages.h"

#include <QList>
#include <QObject>
#include <QTimer>
#include <QUrl>

#include <optional>

class Clock;
class QWebSocket;

// The console's connection to firstcall-feed: authenticates with the rep's token, resumes
// from the last sequence number it applied (or takes a snapshot), ignores anything it has
// already seen, keeps the link alive with pings and reconnects with capped exponential
// backoff and full jitter when it drops.
class FeedClient final : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        Idle,
        Connecting,
        Connected,
        Waiting,
        Refused // the feed closed with a policy violation (a token it does not know): no retry
    };
    Q_ENUM(State)

    FeedClient(Clock &clock, QObject *parent = nullptr);
    ~FeedClient() override;

    void setServer(const QUrl &url, const QString &token);
    // Several feed servers on one database: the console connects to the first, and when it
    // cannot connect or the connection drops it tries the next at once (resuming where it
    // was), backing off only once every server has failed in turn.
    void setServers(const QList<QUrl> &urls, const QString &token);
    QUrl currentServer() const { return m_urls.value(m_current); }
    // "ws://a:8788/,ws://b:8788/" as typed after --server; nullopt with `error` naming the entry.
    static std::optional<QList<QUrl>> parseServers(const QString &text, QString *error);
    void setLastSeq(qint64 seq) { m_lastSeq = seq; }
    qint64 lastSeq() const { return m_lastSeq; }
    void start();
    void stop();

    State state() const { return m_state; }
    bool isConnected() const { return m_state == State::Connected; }
    qint64 nextAttemptAtMs() const { return m_nextAttemptAtMs; }
    qint64 disconnectedSinceMs() const { return m_disconnectedSinceMs; }
    QString lastError() const { return m_lastError; }
    // Why the feed refused this console (its close reason), while the state is Refused.
    QString refusal() const { return m_state == State::Refused ? m_lastError : QString(); }

    // The server said it cannot reach its database (ServerStatus); false again when it can or
    // when the connection drops.
    bool serverDegraded() const { return m_serverDegraded; }

    // Sends a request when connected; false otherwise (the caller keeps it in its outbox).
    bool send(const protocol::Request &request);

    // Delay before reconnect attempt `attempt` (0-based): uniform in [0, min(cap, base * 2^attempt)].
    static qint64 backoffDelayMs(int attempt, double random01, qint64 baseMs = 500, qint64 capMs = 30'000);

    void setPingIntervalMs(int ms) { m_pingTimer.setInterval(ms); }

    // One text message from the feed, as the socket delivers it (public for the fuzzer).
    void handleMessage(const QString &text);

Q_SIGNALS:
    void stateChanged(FeedClient::State state);
    void hello(const protocol::Hello &message);
    // A fresh view: replace everything (first connection, or after a gap).
    void snapshot(const QList<LeadState> &leads, const QList<protocol::TeamMember> &team, qint64 seq);
    // A new version of a lead; one that left the rep's sight comes as Done.
    void leadChanged(const LeadState &lead, qint64 seq);
    // Caught up after a resume: what was missed has been delivered.
    void resumed(const QList<protocol::TeamMember> &team, qint64 seq);
    void result(const protocol::Result &message);
    void repChanged(const protocol::TeamMember &rep);
    void serverError(const protocol::ErrorNotice &message);
    void serverDegradedChanged(bool degraded);

private:
    void connectNow();
    void handleConnected();
    void handleDisconnected();
    void scheduleReconnect();
    void setState(State state);

    Clock &m_clock;
    QList<QUrl> m_urls;
    qsizetype m_current = 0;
    qsizetype m_failedInTurn = 0; // servers that failed since the last one that answered
    QString m_token;
    QWebSocket *m_socket = nullptr;
    State m_state = State::Idle;
    qint64 m_lastSeq = -1; // -1: nothing applied yet, ask for a snapshot
    int m_attempt = 0;
    qint64 m_nextAttemptAtMs = 0;
    qint64 m_disconnectedSinceMs = 0;
    QString m_lastError;
    bool m_running = false;
    bool m_serverDegraded = false;
    QTimer m_retryTimer;
    QTimer m_pingTimer;
    qint64 m_lastHeardMs = 0;
};
