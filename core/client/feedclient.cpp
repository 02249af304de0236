#include "feedclient.h"

#include "clock/clock.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QUrlQuery>
#include <QWebSocket>

#include <algorithm>
#include <utility>

Q_LOGGING_CATEGORY(lcClient, "firstcall.client")

FeedClient::FeedClient(Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &FeedClient::connectNow);
    m_pingTimer.setInterval(15'000);
    connect(&m_pingTimer, &QTimer::timeout, this, [this] {
        if (!m_socket || m_state != State::Connected)
            return;
        // The server pings too; if we have heard nothing for three intervals, it is gone.
        if (QDateTime::currentMSecsSinceEpoch() - m_lastHeardMs > 3 * qint64(m_pingTimer.interval())) {
            qCInfo(lcClient) << "feed silent, reconnecting";
            m_socket->abort();
            return;
        }
        m_socket->ping();
    });
}

FeedClient::~FeedClient()
{
    m_running = false;
    if (m_socket)
        m_socket->abort();
}

qint64 FeedClient::backoffDelayMs(int attempt, double random01, qint64 baseMs, qint64 capMs)
{
    const qint64 ceiling = attempt >= 30 ? capMs : std::min(capMs, baseMs << std::min(attempt, 30));
    return qint64(std::clamp(random01, 0.0, 1.0) * double(ceiling));
}

void FeedClient::setServer(const QUrl &url, const QString &token)
{
    setServers({url}, token);
}

void FeedClient::setServers(const QList<QUrl> &urls, const QString &token)
{
    m_urls = urls;
    m_current = 0;
    m_failedInTurn = 0;
    m_token = token;
}

std::optional<QList<QUrl>> FeedClient::parseServers(const QString &text, QString *error)
{
    QList<QUrl> urls;
    const QStringList entries = text.split(u',', Qt::SkipEmptyParts);
    for (const QString &entry : entries) {
        const QUrl url(entry.trimmed(), QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != u"ws" && url.scheme() != u"wss") || url.host().isEmpty()) {
            if (error)
                *error =
                    tr("\"%1\" is not a feed URL (ws://HOST:PORT/ or wss://HOST:PORT/)").arg(entry.trimmed());
            return std::nullopt;
        }
        urls.append(url);
    }
    if (urls.isEmpty()) {
        if (error)
            *error = tr("no feed URL given");
        return std::nullopt;
    }
    return urls;
}

void FeedClient::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void FeedClient::start()
{
    m_running = true;
    m_attempt = 0;
    if (m_disconnectedSinceMs == 0)
        m_disconnectedSinceMs = m_clock.nowMs();
    connectNow();
}

void FeedClient::stop()
{
    m_running = false;
    m_retryTimer.stop();
    m_pingTimer.stop();
    // Forget the socket first: closing it may report the disconnection at once.
    if (QWebSocket *socket = std::exchange(m_socket, nullptr)) {
        socket->close();
        socket->deleteLater();
    }
    setState(State::Idle);
}

void FeedClient::connectNow()
{
    if (!m_running)
        return;
    if (QWebSocket *old = std::exchange(m_socket, nullptr)) {
        old->abort();
        old->deleteLater();
    }
    m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    m_socket->setMaxAllowedIncomingMessageSize(16 * 1024 * 1024);
    connect(m_socket, &QWebSocket::connected, this, &FeedClient::handleConnected);
    connect(m_socket, &QWebSocket::disconnected, this, &FeedClient::handleDisconnected);
    connect(m_socket, &QWebSocket::textMessageReceived, this, &FeedClient::handleMessage);
    connect(m_socket, &QWebSocket::pong, this,
            [this] { m_lastHeardMs = QDateTime::currentMSecsSinceEpoch(); });
    QUrl url = currentServer();
    QUrlQuery query(url);
    query.removeAllQueryItems(QStringLiteral("since"));
    if (m_lastSeq >= 0)
        query.addQueryItem(QStringLiteral("since"), QString::number(m_lastSeq));
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    setState(State::Connecting);
    m_socket->open(request);
}

void FeedClient::handleConnected()
{
    m_lastHeardMs = QDateTime::currentMSecsSinceEpoch();
    m_pingTimer.start();
}

void FeedClient::handleDisconnected()
{
    QWebSocket *socket = qobject_cast<QWebSocket *>(sender());
    if (socket != m_socket)
        return;
    m_pingTimer.stop();
    if (m_serverDegraded) { // that server's trouble; the next one says its own
        m_serverDegraded = false;
        Q_EMIT serverDegradedChanged(false);
    }
    const bool wasConnected = m_state == State::Connected;
    m_lastError = socket->closeReason().isEmpty() ? socket->errorString() : socket->closeReason();
    const bool refused = socket->closeCode() == QWebSocketProtocol::CloseCodePolicyViolated;
    m_socket->deleteLater();
    m_socket = nullptr;
    if (wasConnected)
        m_disconnectedSinceMs = m_clock.nowMs();
    if (refused) {
        // Asking again with the same token gets the same answer: wait for a new one.
        qCWarning(lcClient).noquote() << "feed refused the connection:" << m_lastError;
        m_retryTimer.stop();
        setState(State::Refused);
        return;
    }
    scheduleReconnect();
}

void FeedClient::scheduleReconnect()
{
    if (!m_running) {
        setState(State::Idle);
        return;
    }
    // The next server at once, while some has not been tried since the last that answered.
    if (m_urls.size() > 1) {
        m_current = (m_current + 1) % m_urls.size();
        if (++m_failedInTurn < m_urls.size()) {
            qCInfo(lcClient).noquote() << "trying the next feed server," << currentServer().toString();
            m_nextAttemptAtMs = m_clock.nowMs();
            m_retryTimer.start(0);
            setState(State::Waiting);
            return;
        }
        m_failedInTurn = 0;
    }
    const qint64 delay = backoffDelayMs(m_attempt++, QRandomGenerator::global()->generateDouble());
    m_nextAttemptAtMs = m_clock.nowMs() + delay;
    m_retryTimer.start(int(delay));
    setState(State::Waiting);
}

bool FeedClient::send(const protocol::Request &request)
{
    if (!m_socket || m_state != State::Connected)
        return false;
    m_socket->sendTextMessage(QString::fromUtf8(request.encode()));
    return true;
}

void FeedClient::handleMessage(const QString &text)
{
    m_lastHeardMs = QDateTime::currentMSecsSinceEpoch();
    QString error;
    const std::optional<protocol::ServerMessage> message =
        protocol::decodeServerMessage(text.toUtf8(), &error);
    if (!message) {
        qCWarning(lcClient).noquote() << "ignoring a message from the feed:" << error;
        return;
    }
    // A "seq" that is no whole number (1e300 would not fit) is -1: such a lead was ignored.
    if (const auto *greeting = std::get_if<protocol::Hello>(&*message)) {
        Q_EMIT hello(*greeting);
    } else if (const auto *view = std::get_if<protocol::Snapshot>(&*message)) {
        m_lastSeq = view->seq;
        m_attempt = 0;
        m_failedInTurn = 0;
        m_disconnectedSinceMs = 0;
        setState(State::Connected);
        Q_EMIT snapshot(view->leads, view->team, view->seq);
    } else if (const auto *update = std::get_if<protocol::LeadUpdate>(&*message)) {
        if (update->seq <= m_lastSeq)
            return; // seen already
        m_lastSeq = update->seq;
        Q_EMIT leadChanged(update->lead, update->seq);
    } else if (const auto *caughtUp = std::get_if<protocol::Resumed>(&*message)) {
        m_lastSeq = std::max(m_lastSeq, caughtUp->seq);
        m_attempt = 0;
        m_failedInTurn = 0;
        m_disconnectedSinceMs = 0;
        setState(State::Connected);
        Q_EMIT resumed(caughtUp->team, caughtUp->seq);
    } else if (std::holds_alternative<protocol::Gap>(*message)) {
        qCInfo(lcClient) << "the feed cannot fill the gap since" << m_lastSeq
                         << ": resyncing from a snapshot";
    } else if (const auto *answer = std::get_if<protocol::Result>(&*message)) {
        Q_EMIT result(*answer);
    } else if (const auto *presence = std::get_if<protocol::RepUpdate>(&*message)) {
        Q_EMIT repChanged(presence->rep);
    } else if (const auto *notice = std::get_if<protocol::ErrorNotice>(&*message)) {
        qCWarning(lcClient).noquote() << "feed error:" << notice->message;
        Q_EMIT serverError(*notice);
    } else if (const auto *status = std::get_if<protocol::ServerStatus>(&*message)) {
        if (status->degraded)
            qCWarning(lcClient).noquote() << "the feed server is degraded:" << status->message;
        if (status->degraded != m_serverDegraded) {
            m_serverDegraded = status->degraded;
            Q_EMIT serverDegradedChanged(m_serverDegraded);
        }
    }
}
