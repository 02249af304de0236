#include "feedserver.h"

#include "events/segmentreader.h"
#include "team/teamstore.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QUrlQuery>
#include <QWebSocket>
#include <QWebSocketServer>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#endif

Q_LOGGING_CATEGORY(lcIngest, "firstcall.ingest")
Q_LOGGING_CATEGORY(lcFeed, "firstcall.feed")

namespace {

QByteArray compact(const QJsonObject &json)
{
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

const QStringList kCallEndpoints = {QStringLiteral("track"),  QStringLiteral("page"),
                                    QStringLiteral("screen"), QStringLiteral("identify"),
                                    QStringLiteral("group"),  QStringLiteral("alias")};

// Constant-time comparison, so that the write key cannot be guessed byte by byte.
bool sameSecret(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return diff == 0;
}

QByteArray errorFrame(const QString &code, const QString &message)
{
    return compact(QJsonObject{{QStringLiteral("type"), QStringLiteral("error")},
                               {QStringLiteral("code"), code},
                               {QStringLiteral("message"), message}});
}

} // namespace

FeedServer::FeedServer(FeedServerConfig config, AlertDesk &desk, TeamStore &team, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_desk(desk)
    , m_team(team)
{
    m_http =
        new HttpServer([this](const HttpRequest &r) { return handleHttp(r); },
                       [this](const QByteArray &m, const QByteArray &p) { return bodyLimit(m, p); }, this);
    if (m_config.tls)
        m_http->setTlsConfiguration(*m_config.tls);
    m_ws = new QWebSocketServer(QStringLiteral("firstcall-feed"),
                                m_config.tls ? QWebSocketServer::SecureMode : QWebSocketServer::NonSecureMode,
                                this);
    if (m_config.tls)
        m_ws->setSslConfiguration(*m_config.tls);
    m_ws->setHandshakeTimeout(10'000);
    connect(m_ws, &QWebSocketServer::newConnection, this, &FeedServer::handleNewSocket);
    connect(&m_desk, &AlertDesk::published, this, &FeedServer::handlePublished);
    connect(&m_desk, &AlertDesk::teamChanged, this, &FeedServer::handleTeamChanged);
    connect(&m_desk, &AlertDesk::teamReloaded, this, &FeedServer::handleTeamReloaded);
    connect(&m_desk, &AlertDesk::alertRaised, this, &FeedServer::handleAlertRaised);
    m_pingTimer.setInterval(m_config.pingIntervalMs);
    connect(&m_pingTimer, &QTimer::timeout, this, &FeedServer::sendPings);
    if (m_config.slackWebhook.isValid())
        m_network = new QNetworkAccessManager(this);
}

FeedServer::~FeedServer()
{
    const auto sockets = m_sessions.keys();
    for (QWebSocket *socket : sockets)
        socket->abort();
}

bool FeedServer::listen(QString *error)
{
    if (!m_http->listen(m_config.listenAddress, m_config.httpPort, error))
        return false;
    if (!m_ws->listen(m_config.listenAddress, m_config.wsPort)) {
        *error = tr("cannot listen for the feed on %1:%2: %3")
                     .arg(m_config.listenAddress.toString())
                     .arg(m_config.wsPort)
                     .arg(m_ws->errorString());
        return false;
    }
#ifdef Q_OS_UNIX
    // Feed messages are small and every one is urgent: without TCP_NODELAY a message sent while
    // the previous one is unacknowledged waits for the console's delayed ACK (up to 40 ms).
    // QWebSocket does not expose its socket; accepted connections inherit the listener's option.
    const int noDelay = 1;
    ::setsockopt(int(m_ws->socketDescriptor()), IPPROTO_TCP, TCP_NODELAY, &noDelay, sizeof(noDelay));
#endif
    m_pingTimer.start();
    return true;
}

quint16 FeedServer::httpPort() const
{
    return m_http->port();
}

quint16 FeedServer::wsPort() const
{
    return m_ws->serverPort();
}

std::optional<qint64> FeedServer::bodyLimit(const QByteArray &method, const QByteArray &path) const
{
    Q_UNUSED(method)
    if (path == "/health")
        return 0;
    if (path == "/v1/batch" || path == "/v1/import")
        return m_config.maxBatchBytes;
    if (path.startsWith("/v1/") && kCallEndpoints.contains(QString::fromLatin1(path.mid(4))))
        return m_config.maxCallBytes;
    return std::nullopt;
}

HttpResponse FeedServer::handleHttp(const HttpRequest &request)
{
    if (request.path == "/health") {
        if (request.method != "GET")
            return HttpServer::error(405, tr("use GET for /health"));
        return HttpServer::json(200, compact(QJsonObject{{QStringLiteral("ok"), true},
                                                         {QStringLiteral("seq"), double(m_desk.lastSeq())}}));
    }
    if (request.method != "POST") {
        HttpResponse response =
            HttpServer::error(405, tr("use POST for %1").arg(QString::fromUtf8(request.path)));
        response.headers.append(qMakePair(QByteArray("Allow"), QByteArray("POST")));
        return response;
    }

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
    const QJsonObject body = doc.object();

    // Segment's convention: HTTP Basic auth with the write key as user name, empty password.
    bool authorized = false;
    const QByteArray authorization = request.header("authorization");
    if (authorization.startsWith("Basic ")) {
        const QByteArray decoded = QByteArray::fromBase64(authorization.mid(6).trimmed());
        authorized =
            sameSecret(decoded.left(decoded.indexOf(':') < 0 ? decoded.size() : decoded.indexOf(':')),
                       m_config.writeKey.toUtf8());
    } else if (authorization.isEmpty() && body.value(QStringLiteral("writeKey")).isString()) {
        authorized = sameSecret(body.value(QStringLiteral("writeKey")).toString().toUtf8(),
                                m_config.writeKey.toUtf8());
    }
    if (!authorized) {
        qCInfo(lcIngest).noquote() << "refused" << request.path << "from" << request.peer.toString()
                                   << ": missing or wrong write key";
        HttpResponse response = HttpServer::error(
            401, tr("missing or wrong write key (HTTP Basic auth, write key as user name)"));
        response.headers.append(
            qMakePair(QByteArray("WWW-Authenticate"), QByteArray("Basic realm=\"firstcall\"")));
        return response;
    }
    if (parseError.error != QJsonParseError::NoError)
        return HttpServer::error(
            400,
            tr("body is not valid JSON at byte %1: %2").arg(parseError.offset).arg(parseError.errorString()));
    if (!doc.isObject())
        return HttpServer::error(400, tr("body must be a JSON object"));

    QString type = QString::fromLatin1(request.path.mid(4));
    if (type == u"import")
        type = QStringLiteral("batch");
    if (type == u"batch") {
        const QJsonArray items = body.value(QStringLiteral("batch")).toArray();
        for (qsizetype i = 0; i < items.size(); ++i) {
            const qsizetype size =
                QJsonDocument(items.at(i).toObject()).toJson(QJsonDocument::Compact).size();
            if (size > m_config.maxCallBytes)
                return HttpServer::error(413,
                                         tr("batch[%1]: a call of %2 bytes is over the limit of %3 bytes")
                                             .arg(i)
                                             .arg(size)
                                             .arg(m_config.maxCallBytes));
        }
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const SegmentReader::Result read = SegmentReader::read(body, now, type);
    if (!read.ok()) {
        qCInfo(lcIngest).noquote() << "rejected" << request.path << ":" << read.error->toString();
        return HttpServer::error(400, read.error->toString());
    }
    QString error;
    const auto ingested = m_desk.ingest(read.calls, &error);
    if (!ingested) {
        qCWarning(lcIngest).noquote() << "could not store" << request.path << ":" << error;
        return HttpServer::error(503, error);
    }
    qCDebug(lcIngest).noquote() << request.path << "accepted" << ingested->accepted << "duplicates"
                                << ingested->duplicates;
    return HttpServer::json(200, "{\"success\":true}");
}

void FeedServer::drop(QWebSocket *socket, int code, const QString &reason)
{
    socket->close(QWebSocketProtocol::CloseCode(code), reason);
}

void FeedServer::handleNewSocket()
{
    while (QWebSocket *socket = m_ws->nextPendingConnection()) {
        socket->setParent(this);
        connect(socket, &QWebSocket::disconnected, socket, &QObject::deleteLater);
        // Check the upgrade request at once: nothing is sent to a socket we do not trust.
        const QString origin = socket->origin();
        if (!origin.isEmpty() && !m_config.allowedOrigins.contains(origin)) {
            qCInfo(lcFeed).noquote() << "refused feed connection from" << socket->peerAddress().toString()
                                     << ": origin" << origin << "not allowed";
            drop(socket, QWebSocketProtocol::CloseCodePolicyViolated, tr("origin not allowed"));
            continue;
        }
        const QByteArray authorization = socket->request().rawHeader("Authorization");
        const std::optional<Rep> rep =
            authorization.startsWith("Bearer ")
                ? m_team.authenticate(QString::fromUtf8(authorization.mid(7).trimmed()))
                : std::nullopt;
        if (!rep) {
            qCInfo(lcFeed).noquote() << "refused feed connection from" << socket->peerAddress().toString()
                                     << (authorization.isEmpty() ? ": no access token"
                                                                 : ": unknown access token");
            drop(socket, QWebSocketProtocol::CloseCodePolicyViolated, tr("missing or unknown access token"));
            continue;
        }
        if (!m_desk.rep(rep->name))
            m_desk.reloadTeam(); // added since the server started
        socket->setMaxAllowedIncomingMessageSize(quint64(m_config.maxMessageBytes));
        socket->setMaxAllowedIncomingFrameSize(quint64(m_config.maxMessageBytes));

        Session session;
        session.rep = *rep;
        session.alive.start();
        session.tokens = m_config.messageBurst;
        session.refill.start();
        session.progress.start();
        m_sessions.insert(socket, session);
        connect(socket, &QWebSocket::bytesWritten, this, [this, socket] {
            auto it = m_sessions.find(socket);
            if (it != m_sessions.end())
                it->progress.restart();
        });
        connect(socket, &QWebSocket::textMessageReceived, this,
                [this, socket](const QString &text) { handleMessage(socket, text); });
        connect(socket, &QWebSocket::binaryMessageReceived, this, [this, socket](const QByteArray &) {
            send(socket, errorFrame(QStringLiteral("bad_message"),
                                    tr("binary messages are not supported; send JSON text")));
        });
        connect(socket, &QWebSocket::pong, this, [this, socket](quint64, const QByteArray &) {
            auto it = m_sessions.find(socket);
            if (it != m_sessions.end())
                it->alive.restart();
        });
        connect(socket, &QWebSocket::disconnected, this, [this, socket] {
            const auto it = m_sessions.find(socket);
            if (it == m_sessions.end())
                return;
            const QString name = it->rep.name;
            m_sessions.erase(it);
            qCInfo(lcFeed).noquote() << name << "disconnected";
            m_desk.setOnline(name, false);
        });
        qCInfo(lcFeed).noquote() << rep->name << "connected from" << socket->peerAddress().toString();

        // Resume from the last sequence number the console saw, or start from a snapshot.
        const QUrlQuery query(socket->requestUrl());
        bool hasSince = false;
        const qint64 since = query.queryItemValue(QStringLiteral("since")).toLongLong(&hasSince);
        send(socket,
             compact(QJsonObject{{QStringLiteral("type"), QStringLiteral("hello")},
                                 {QStringLiteral("server"), QStringLiteral("firstcall-feed")},
                                 {QStringLiteral("protocol"), 1},
                                 {QStringLiteral("rep"), rep->name},
                                 {QStringLiteral("role"), Rep::roleName(rep->role)},
                                 {QStringLiteral("visibility"), visibilityName(m_desk.policy().visibility())},
                                 {QStringLiteral("rules"), m_desk.rules().name},
                                 {QStringLiteral("rulesJson"), QString::fromUtf8(m_desk.rules().json)},
                                 {QStringLiteral("seq"), double(m_desk.lastSeq())}}));
        std::optional<QList<AlertDesk::Entry>> missed;
        if (hasSince) {
            missed = m_desk.entriesSince(since, *rep);
            if (!missed)
                send(socket, compact(QJsonObject{{QStringLiteral("type"), QStringLiteral("gap")},
                                                 {QStringLiteral("since"), double(since)},
                                                 {QStringLiteral("seq"), double(m_desk.lastSeq())}}));
        }
        if (missed) {
            for (const AlertDesk::Entry &entry : std::as_const(*missed))
                send(socket, leadFrame(entry, *rep));
            send(socket, compact(QJsonObject{{QStringLiteral("type"), QStringLiteral("resumed")},
                                             {QStringLiteral("seq"), double(m_desk.lastSeq())},
                                             {QStringLiteral("team"), m_desk.teamJson()}}));
        } else {
            send(socket, compact(QJsonObject{{QStringLiteral("type"), QStringLiteral("snapshot")},
                                             {QStringLiteral("seq"), double(m_desk.lastSeq())},
                                             {QStringLiteral("leads"), m_desk.snapshot(*rep)},
                                             {QStringLiteral("team"), m_desk.teamJson()}}));
        }
        // Online only if the handshake left it connected (a send may have dropped it).
        if (m_sessions.contains(socket))
            m_desk.setOnline(rep->name, true);
    }
}

void FeedServer::send(QWebSocket *socket, const QByteArray &frame)
{
    if (socket->state() != QAbstractSocket::ConnectedState)
        return;
    socket->sendTextMessage(QString::fromUtf8(frame));
    const qint64 pending = socket->bytesToWrite();
    if (pending <= m_config.maxPendingBytes)
        return;
    const auto it = m_sessions.constFind(socket);
    const bool stalled = it == m_sessions.constEnd() || it->progress.elapsed() > m_config.slowConsumerGraceMs;
    if (!stalled && pending <= m_config.maxPendingBytesHard)
        return; // a big snapshot on its way: fine while it keeps moving
    // The console does not keep up: drop it rather than buffer without end. It will reconnect
    // and resume from its last sequence number.
    const QString name = it != m_sessions.constEnd() ? it->rep.name : QString();
    qCWarning(lcFeed).noquote() << "dropping slow consumer" << name << ":" << pending << "bytes unsent";
    if (m_sessions.remove(socket) > 0)
        m_desk.setOnline(name, false);
    socket->abort();
}

void FeedServer::handleMessage(QWebSocket *socket, const QString &text)
{
    auto it = m_sessions.find(socket);
    if (it == m_sessions.end())
        return;
    it->alive.restart();
    // Token bucket: a burst is fine, a flood is not.
    it->tokens = std::min(m_config.messageBurst,
                          it->tokens + double(it->refill.restart()) / 1000.0 * m_config.messagesPerSecond);
    if (it->tokens < 1) {
        if (++it->strikes > int(m_config.messageBurst)) {
            qCWarning(lcFeed).noquote() << "dropping" << it->rep.name << ": too many messages";
            const QString name = it->rep.name;
            m_sessions.erase(it);
            m_desk.setOnline(name, false);
            drop(socket, kCloseRateLimited, tr("too many messages"));
            return;
        }
        send(socket,
             errorFrame(QStringLiteral("rate_limited"),
                        tr("more than %1 messages a second; slow down").arg(m_config.messagesPerSecond)));
        return;
    }
    it->tokens -= 1;
    it->strikes = 0;
    const Rep rep = it->rep;

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        send(
            socket,
            errorFrame(
                QStringLiteral("bad_message"),
                parseError.error != QJsonParseError::NoError
                    ? tr("not valid JSON at byte %1: %2").arg(parseError.offset).arg(parseError.errorString())
                    : tr("a message is a JSON object")));
        return;
    }
    const QJsonObject message = doc.object();
    if (!message.value(QStringLiteral("type")).isString()) {
        send(socket, errorFrame(QStringLiteral("bad_message"), tr("a message needs a \"type\"")));
        return;
    }
    // The rep's record may have changed (availability); use the desk's current one.
    const std::optional<Rep> known = m_desk.rep(rep.name);
    if (!known || known->id != rep.id) {
        handleTeamReloaded();
        return;
    }
    const Rep current = *known;
    const QJsonObject result = m_desk.handleAction(current, message);
    if (m_sessions.contains(socket))
        send(socket, compact(result));
}

QByteArray FeedServer::leadFrame(const AlertDesk::Entry &entry, const Rep &rep)
{
    // Whoever may see the lead gets all of it; whoever just lost sight of it learns that, and
    // who took it if someone did, but not its card.
    const bool sees = rep.isManager() || entry.audience.contains(rep.name);
    QJsonObject lead = entry.lead;
    if (!sees) {
        lead = QJsonObject{{QStringLiteral("id"), entry.leadId},
                           {QStringLiteral("status"), QStringLiteral("gone")}};
        const QJsonValue claimedBy = entry.lead.value(QStringLiteral("claimedBy"));
        if (claimedBy.isString())
            lead.insert(QStringLiteral("claimedBy"), claimedBy);
    }
    return compact(QJsonObject{{QStringLiteral("type"), QStringLiteral("lead")},
                               {QStringLiteral("seq"), double(entry.seq)},
                               {QStringLiteral("lead"), lead}});
}

void FeedServer::handlePublished(const AlertDesk::Entry &entry)
{
    QByteArray full;
    QByteArray gone;
    const QSet<QString> audience(entry.audience.cbegin(), entry.audience.cend());
    const QSet<QString> departed(entry.departed.cbegin(), entry.departed.cend());
    const auto sockets = m_sessions.keys();
    for (QWebSocket *socket : sockets) {
        const auto it = m_sessions.constFind(socket);
        if (it == m_sessions.constEnd())
            continue;
        if (it->rep.isManager() || audience.contains(it->rep.name)) {
            if (full.isEmpty())
                full = leadFrame(entry, it->rep);
            send(socket, full);
        } else if (departed.contains(it->rep.name)) {
            if (gone.isEmpty())
                gone = leadFrame(entry, it->rep);
            send(socket, gone);
        }
    }
}

void FeedServer::handleTeamChanged(const QJsonObject &rep)
{
    const QByteArray frame =
        compact(QJsonObject{{QStringLiteral("type"), QStringLiteral("rep")}, {QStringLiteral("rep"), rep}});
    const auto sockets = m_sessions.keys();
    for (QWebSocket *socket : sockets) {
        const auto it = m_sessions.constFind(socket);
        if (it != m_sessions.constEnd() &&
            (it->rep.isManager() || it->rep.name == rep.value(QStringLiteral("name")).toString()))
            send(socket, frame);
    }
}

void FeedServer::handleTeamReloaded()
{
    // A rep removed (or removed and added again) loses the connection made with the old token.
    const auto sockets = m_sessions.keys();
    for (QWebSocket *socket : sockets) {
        const auto it = m_sessions.constFind(socket);
        if (it == m_sessions.constEnd())
            continue;
        const std::optional<Rep> known = m_desk.rep(it->rep.name);
        if (known && known->id == it->rep.id)
            continue;
        const QString name = it->rep.name;
        qCInfo(lcFeed).noquote() << "closing the feed of" << name << ": no longer on the team";
        m_sessions.remove(socket);
        m_desk.setOnline(name, false);
        drop(socket, QWebSocketProtocol::CloseCodePolicyViolated, tr("no longer on the team"));
    }
}

void FeedServer::handleAlertRaised(const LeadState &lead)
{
    if (!m_network || lead.tier != 1)
        return;
    const QJsonObject card = lead.card;
    const QString text = tr("Tier 1 hot lead: %1 (%2, %3), score %4. %5")
                             .arg(card.value(QStringLiteral("name")).toString(),
                                  card.value(QStringLiteral("title")).toString(),
                                  card.value(QStringLiteral("company")).toString())
                             .arg(card.value(QStringLiteral("score")).toDouble())
                             .arg(card.value(QStringLiteral("summary")).toString());
    QNetworkRequest request(m_config.slackWebhook);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setTransferTimeout(10'000);
    QNetworkReply *reply = m_network->post(request, compact(QJsonObject{{QStringLiteral("text"), text}}));
    connect(reply, &QNetworkReply::finished, reply, [reply] {
        if (reply->error() != QNetworkReply::NoError)
            qCWarning(lcFeed).noquote() << "Slack webhook failed:" << reply->errorString();
        reply->deleteLater();
    });
}

void FeedServer::sendPings()
{
    const auto sockets = m_sessions.keys();
    for (QWebSocket *socket : sockets) {
        const auto it = m_sessions.constFind(socket);
        if (it == m_sessions.constEnd())
            continue;
        if (it->alive.elapsed() > 2 * qint64(m_config.pingIntervalMs) + m_config.pingIntervalMs / 2) {
            qCInfo(lcFeed).noquote() << "dropping" << it->rep.name << ": no answer to pings";
            const QString name = it->rep.name;
            m_sessions.remove(socket);
            m_desk.setOnline(name, false);
            socket->abort();
            continue;
        }
        socket->ping();
    }
}
