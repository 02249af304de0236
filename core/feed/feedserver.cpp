#include "feedserver.h"

#include "events/segmentreader.h"
#include "net/sockets.h"
#include "team/repkey.h"
#include "team/teamstore.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QSet>
#include <QTcpServer>
#include <QThread>
#include <QUrlQuery>
#include <QWebSocketProtocol>

#include <algorithm>
#include <functional>

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

QByteArray errorFrame(protocol::ErrorCode code, const QString &message)
{
    return protocol::encode(protocol::ErrorNotice{code, message});
}

// Descriptors kept for everything but connections: the database and its log, the checkpoint
// thread's connection, each thread's wake-up descriptor, the listeners, logs, the webhook.
constexpr qint64 kReservedFiles = 96;

} // namespace

FeedServer::FeedServer(FeedServerConfig config, AlertDesk &desk, TeamStore &team, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_desk(desk)
    , m_team(team)
{
    // Both sides' connections together stay well within the process's open files: a flood of
    // connections pauses accepting instead of ending the process (GLib aborts when it cannot
    // make its wake-up pipe for a thread).
    if (const qint64 files = Sockets::openFileLimit(); files > 0) {
        const qint64 usable = std::max<qint64>(16, files - kReservedFiles);
        const int httpShare = int(std::max<qint64>(8, usable / 2));
        if (m_config.http.maxConnections > httpShare)
            m_config.http.maxConnections = httpShare;
        const int feedShare = int(std::max<qint64>(8, usable - m_config.http.maxConnections));
        if (m_config.maxFeedConnections > feedShare)
            m_config.maxFeedConnections = feedShare;
    }
    qCInfo(lcFeed) << "connection limits: ingest" << m_config.http.maxConnections << "feed"
                   << m_config.maxFeedConnections;

    // The one route table of the HTTP side.
    m_http = new HttpServer(this);
    m_http->setLimits(m_config.http);
    m_http->route("GET", "/health", 0, [this](const HttpRequest &) { return handleHealth(); });
    for (const QString &endpoint :
         kCallEndpoints + QStringList{QStringLiteral("batch"), QStringLiteral("import")}) {
        const bool batch = endpoint == u"batch" || endpoint == u"import";
        m_http->routeLater(
            "POST", "/v1/" + endpoint.toLatin1(), batch ? m_config.maxBatchBytes : m_config.maxCallBytes,
            [this, endpoint](const HttpRequest &request, const HttpServer::Responder &responder) {
                handleIngest(endpoint, request, responder);
            });
    }
    if (m_config.tls)
        m_http->setTlsConfiguration(*m_config.tls);
    m_listener =
        new Sockets::DescriptorListener([this](qintptr descriptor) { handleIncoming(descriptor); }, this);
    // Out of descriptors after all: Qt pauses the listener itself; try again shortly.
    connect(m_listener, &QTcpServer::acceptError, this, [this](QAbstractSocket::SocketError) {
        qCWarning(lcFeed).noquote() << "cannot accept a feed connection:" << m_listener->errorString();
        Sockets::pauseAccepting(*m_listener);
        m_paused = true;
        QTimer::singleShot(1000, this, &FeedServer::resumeIfRoom);
    });
    connect(&m_desk, &AlertDesk::published, this, &FeedServer::handlePublished);
    connect(&m_desk, &AlertDesk::teamChanged, this, &FeedServer::handleTeamChanged);
    connect(&m_desk, &AlertDesk::teamReloaded, this, &FeedServer::handleTeamReloaded);
    connect(&m_desk, &AlertDesk::alertRaised, this, &FeedServer::handleAlertRaised);
    connect(&m_desk, &AlertDesk::degradedChanged, this, &FeedServer::handleDegradedChanged);
    if (m_config.slackWebhook.isValid())
        m_network = new QNetworkAccessManager(this);

    FeedSockets::Limits limits;
    limits.maxMessageBytes = m_config.maxMessageBytes;
    limits.maxPendingBytes = m_config.maxPendingBytes;
    limits.slowConsumerGraceMs = m_config.slowConsumerGraceMs;
    limits.maxPendingBytesHard = m_config.maxPendingBytesHard;
    limits.pingIntervalMs = m_config.pingIntervalMs;
    limits.handshakeTimeoutMs = m_config.handshakeTimeoutMs;
    limits.tls = m_config.tls;
    limits.messagesPerSecond = m_config.messagesPerSecond;
    limits.burst = m_config.messageBurst;
    limits.rateLimitedFrame = FeedSockets::textFrame(
        errorFrame(protocol::ErrorCode::RateLimited,
                   tr("more than %1 messages a second; slow down").arg(m_config.messagesPerSecond)));
    limits.closeCode = kCloseRateLimited;
    limits.closeReason = tr("too many messages");
    const int threads =
        m_config.feedThreads > 0 ? m_config.feedThreads : std::max(1, QThread::idealThreadCount());
    for (int i = 0; i < threads; ++i) {
        Shard shard;
        shard.thread = new QThread(this);
        shard.thread->setObjectName(QStringLiteral("feed-%1").arg(i + 1));
        shard.sockets = new FeedSockets(limits);
        shard.sockets->moveToThread(shard.thread);
        connect(
            shard.sockets, &FeedSockets::upgraded, this,
            [this, i](quint64 id, const QByteArray &authorization, const QString &origin, const QUrl &url,
                      const QHostAddress &peer) { handleUpgraded(i, id, authorization, origin, url, peer); });
        connect(shard.sockets, &FeedSockets::received, this, &FeedServer::handleMessage);
        connect(shard.sockets, &FeedSockets::receivedBinary, this, [this](quint64 id) {
            send(id, errorFrame(protocol::ErrorCode::BadMessage,
                                tr("binary messages are not supported; send JSON text")));
        });
        connect(shard.sockets, &FeedSockets::ended, this, &FeedServer::handleEnded);
        connect(shard.sockets, &FeedSockets::released, this, &FeedServer::handleReleased);
        shard.thread->start();
        m_shards.append(shard);
    }
}

FeedServer::~FeedServer()
{
    stopShards();
    for (const auto &waiting : std::as_const(m_waiting))
        Sockets::closeDescriptor(waiting.first);
}

void FeedServer::stopShards()
{
    for (const Shard &shard : std::as_const(m_shards)) {
        QMetaObject::invokeMethod(shard.sockets, &FeedSockets::shutdown, Qt::BlockingQueuedConnection);
        shard.thread->quit();
        shard.thread->wait();
        delete shard.sockets;
    }
    m_shards.clear();
}

bool FeedServer::listen(QString *error)
{
    if (!m_http->listen(m_config.listenAddress, m_config.httpPort, error))
        return false;
    if (!m_listener->listen(m_config.listenAddress, m_config.wsPort)) {
        *error = tr("cannot listen for the feed on %1:%2: %3")
                     .arg(m_config.listenAddress.toString())
                     .arg(m_config.wsPort)
                     .arg(m_listener->errorString());
        return false;
    }
    return true;
}

quint16 FeedServer::httpPort() const
{
    return m_http->port();
}

quint16 FeedServer::wsPort() const
{
    return m_listener->serverPort();
}

HttpResponse FeedServer::handleHealth()
{
    // A server that cannot reach its database is taken out of a load balancer's rotation.
    if (m_desk.degraded())
        return HttpServer::json(503, compact(QJsonObject{{QStringLiteral("ok"), false},
                                                         {QStringLiteral("degraded"), true},
                                                         {QStringLiteral("seq"), double(m_desk.lastSeq())}}));
    return HttpServer::json(200, compact(QJsonObject{{QStringLiteral("ok"), true},
                                                     {QStringLiteral("seq"), double(m_desk.lastSeq())}}));
}

void FeedServer::handleIngest(const QString &endpoint, const HttpRequest &request,
                              const HttpServer::Responder &responder)
{
    QList<SegmentCall> calls;
    if (const auto refusal = refuseIngest(endpoint, request, &calls)) {
        responder.respond(*refusal);
        return;
    }
    // Acknowledged only once stored: a 200 means the calls are durable.
    m_desk.ingestLater(std::move(calls),
                       [responder, path = request.path](
                           const std::optional<AlertDesk::IngestResult> &ingested, const QString &error) {
                           if (!ingested) {
                               qCWarning(lcIngest).noquote() << "could not store" << path << ":" << error;
                               responder.respond(HttpServer::error(503, error));
                               return;
                           }
                           qCDebug(lcIngest).noquote() << path << "accepted" << ingested->accepted
                                                       << "duplicates" << ingested->duplicates;
                           responder.respond(HttpServer::json(200, "{\"success\":true}"));
                       });
}

std::optional<HttpResponse> FeedServer::refuseIngest(const QString &endpoint, const HttpRequest &request,
                                                     QList<SegmentCall> *calls)
{
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

    const QString type = endpoint == u"import" ? QStringLiteral("batch") : endpoint;
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
    *calls = read.calls;
    return std::nullopt;
}

void FeedServer::handleIncoming(qintptr descriptor)
{
    const QHostAddress peer = Sockets::peerOf(descriptor);
    if (m_handshakes.value(peer) >= m_config.maxHandshakesPerAddress) {
        qCInfo(lcFeed).noquote() << "refused a feed connection from" << peer.toString() << ":"
                                 << m_config.maxHandshakesPerAddress
                                 << "connections not yet accepted from it";
        Sockets::closeDescriptor(descriptor);
        return;
    }
    if (m_feedConnections < m_config.maxFeedConnections && m_waiting.isEmpty()) {
        handOver(descriptor, peer);
        return;
    }
    // Full: a few wait for a slot, the rest wait in the kernel's queue. For each one that
    // waits, a feed thread closes the connection that has waited longest without being
    // accepted (consoles that are in stay).
    if (m_waiting.size() < 16) {
        m_waiting.append(qMakePair(descriptor, peer));
        FeedSockets *sockets = m_shards.at(m_nextEviction).sockets;
        m_nextEviction = (m_nextEviction + 1) % int(m_shards.size());
        QMetaObject::invokeMethod(sockets, [sockets] { sockets->evictOldestUnaccepted(); });
    } else {
        Sockets::closeDescriptor(descriptor);
    }
    if (!m_paused) {
        qCWarning(lcFeed) << "all" << m_config.maxFeedConnections
                          << "feed connections in use; accepting paused";
        m_paused = true;
        Sockets::pauseAccepting(*m_listener);
    }
}

void FeedServer::handOver(qintptr descriptor, const QHostAddress &peer)
{
    // It counts against its address until it is accepted (or gone).
    ++m_feedConnections;
    ++m_handshakes[peer];
    const int shard = m_nextShard;
    m_nextShard = (m_nextShard + 1) % int(m_shards.size());
    FeedSockets *sockets = m_shards.at(shard).sockets;
    QMetaObject::invokeMethod(sockets, [sockets, descriptor, peer] { sockets->adopt(descriptor, peer); });
}

void FeedServer::forgetHandshake(const QHostAddress &peer)
{
    const auto it = m_handshakes.find(peer);
    if (it != m_handshakes.end() && --*it <= 0)
        m_handshakes.erase(it);
}

void FeedServer::handleReleased(const QHostAddress &peer, bool accepted)
{
    --m_feedConnections;
    if (!accepted)
        forgetHandshake(peer);
    resumeIfRoom();
}

void FeedServer::resumeIfRoom()
{
    // Those that waited for a slot first, then the kernel's queue.
    while (!m_waiting.isEmpty() && m_feedConnections < m_config.maxFeedConnections) {
        const auto [descriptor, waitingPeer] = m_waiting.takeFirst();
        handOver(descriptor, waitingPeer);
    }
    if (m_paused && m_waiting.isEmpty() && m_feedConnections < m_config.maxFeedConnections) {
        m_paused = false;
        Sockets::resumeAccepting(*m_listener);
        qCInfo(lcFeed) << "accepting feed connections again";
    }
}

void FeedServer::drop(int shard, quint64 id, int code, const QString &reason)
{
    FeedSockets *sockets = m_shards.at(shard).sockets;
    QMetaObject::invokeMethod(sockets, [sockets, id, code, reason] { sockets->close(id, code, reason); });
}

void FeedServer::handleUpgraded(int shard, quint64 id, const QByteArray &authorization, const QString &origin,
                                const QUrl &url, const QHostAddress &peer)
{
    // Check the upgrade request at once: nothing is sent to a socket we do not trust.
    if (!origin.isEmpty() && !m_config.allowedOrigins.contains(origin)) {
        qCInfo(lcFeed).noquote() << "refused feed connection from" << peer.toString() << ": origin" << origin
                                 << "not allowed";
        drop(shard, id, QWebSocketProtocol::CloseCodePolicyViolated, tr("origin not allowed"));
        return;
    }
    const std::optional<Rep> rep =
        authorization.startsWith("Bearer ")
            ? m_team.authenticate(QString::fromUtf8(authorization.mid(7).trimmed()))
            : std::nullopt;
    if (!rep) {
        qCInfo(lcFeed).noquote() << "refused feed connection from" << peer.toString()
                                 << (authorization.isEmpty() ? ": no access token"
                                                             : ": unknown access token");
        drop(shard, id, QWebSocketProtocol::CloseCodePolicyViolated, tr("missing or unknown access token"));
        return;
    }
    if (!m_desk.rep(rep->name))
        m_desk.reloadTeam(); // added since the server started
    // With other servers on the database: what they committed up to now, so that the snapshot
    // or resume below is current (published before this console counts as connected).
    m_desk.follow();

    Session session;
    session.rep = *rep;
    session.shard = shard;
    m_sessions.insert(id, session);
    forgetHandshake(peer); // accepted: no longer counts against its address
    FeedSockets *sockets = m_shards.at(shard).sockets;
    QMetaObject::invokeMethod(sockets, [sockets, id] { sockets->accept(id); });
    qCInfo(lcFeed).noquote() << rep->name << "connected from" << peer.toString();

    // Resume from the last sequence number the console saw, or start from a snapshot.
    const QUrlQuery query(url);
    bool hasSince = false;
    const qint64 since = query.queryItemValue(QStringLiteral("since")).toLongLong(&hasSince);
    protocol::Hello hello;
    hello.rep = rep->name;
    hello.role = rep->role;
    hello.visibility = m_desk.policy().visibility();
    hello.rules = m_desk.rules().name;
    hello.rulesJson = m_desk.rules().json;
    hello.seq = m_desk.lastSeq();
    send(id, protocol::encode(hello));
    if (m_desk.degraded())
        send(id, statusMessage());
    std::optional<QList<AlertDesk::Entry>> missed;
    if (hasSince) {
        missed = m_desk.entriesSince(since, *rep);
        if (!missed)
            send(id, protocol::encode(protocol::Gap{since, m_desk.lastSeq()}));
    }
    if (missed) {
        for (const AlertDesk::Entry &entry : std::as_const(*missed))
            send(id, leadFrame(entry, entry.showsLeadTo(*rep)));
        send(id, protocol::encode(protocol::Resumed{m_desk.lastSeq(), m_desk.team()}));
    } else {
        send(id, protocol::encode(
                     protocol::Snapshot{m_desk.lastSeq(), m_desk.snapshot(*rep), m_desk.team(), rep->name}));
    }
    // If the connection is already gone, its end is on its way and sets the rep offline again.
    m_desk.setOnline(rep->name, true);
}

void FeedServer::handleEnded(quint64 id, FeedSockets::Ending why, qint64 pendingBytes)
{
    const auto it = m_sessions.constFind(id);
    if (it == m_sessions.constEnd())
        return; // refused, or already dropped by the server
    const QString name = it->rep.name;
    switch (why) {
    case FeedSockets::Ending::Disconnected:
        qCInfo(lcFeed).noquote() << name << "disconnected";
        break;
    case FeedSockets::Ending::SlowConsumer:
        qCWarning(lcFeed).noquote() << "dropping slow consumer" << name << ":" << pendingBytes
                                    << "bytes unsent";
        break;
    case FeedSockets::Ending::NoPong:
        qCInfo(lcFeed).noquote() << "dropping" << name << ": no answer to pings";
        break;
    case FeedSockets::Ending::RateLimited:
        qCWarning(lcFeed).noquote() << "dropping" << name << ": too many messages";
        break;
    case FeedSockets::Ending::ProtocolError:
        qCWarning(lcFeed).noquote() << "dropping" << name << ": broke the WebSocket protocol";
        break;
    }
    endSession(id);
}

void FeedServer::endSession(quint64 id)
{
    const auto it = m_sessions.find(id);
    if (it == m_sessions.end())
        return;
    const QString name = it->rep.name;
    m_sessions.erase(it);
    m_desk.setOnline(name, false);
}

void FeedServer::send(quint64 id, const QByteArray &frame)
{
    const auto it = m_sessions.constFind(id);
    if (it != m_sessions.constEnd())
        sendTo(it->shard, {id}, frame);
}

void FeedServer::sendTo(int shard, const QList<quint64> &ids, const QByteArray &frame)
{
    if (ids.isEmpty())
        return;
    sendFramed(shard, ids, FeedSockets::textFrame(frame));
}

void FeedServer::sendFramed(int shard, const QList<quint64> &ids, const QByteArray &wsFrame)
{
    if (ids.isEmpty())
        return;
    FeedSockets *sockets = m_shards.at(shard).sockets;
    QMetaObject::invokeMethod(sockets, [sockets, ids, wsFrame] { sockets->send(ids, wsFrame); });
}

void FeedServer::handleMessage(quint64 id, const QString &text)
{
    // The feed thread has applied the rate limit already.
    const auto it = m_sessions.constFind(id);
    if (it == m_sessions.constEnd())
        return;
    const Rep rep = it->rep;

    const auto parsed = protocol::parseMessage(text.toUtf8());
    if (const auto *notice = std::get_if<protocol::ErrorNotice>(&parsed)) {
        send(id, protocol::encode(*notice));
        return;
    }
    const auto decoded = protocol::decodeRequest(std::get<QJsonObject>(parsed));
    if (const auto *refusal = std::get_if<protocol::Result>(&decoded)) {
        send(id, protocol::encode(*refusal));
        return;
    }
    // The rep's record may have changed (availability); use the desk's current one.
    const std::optional<Rep> known = m_desk.rep(rep.name);
    if (!known || known->id != rep.id) {
        handleTeamReloaded();
        return;
    }
    const Rep current = *known;
    // A metrics request is answered when its numbers are ready (read off this thread); the
    // connection may be gone by then, and send() skips it.
    m_desk.handleActionLater(current, std::get<protocol::Request>(decoded),
                             [self = QPointer<FeedServer>(this), id](const protocol::Result &result) {
                                 if (self)
                                     self->send(id, protocol::encode(result));
                             });
}

QByteArray FeedServer::leadFrame(const AlertDesk::Entry &entry, bool wholeLead)
{
    // Whoever may see the lead gets all of it; whoever just lost sight of it learns that, and
    // who took it if someone did, but not its card. The lead's JSON is the stored one, not
    // serialized again for every frame.
    return protocol::leadFrame(entry.seq, wholeLead ? entry.leadJson
                                                    : protocol::goneLead(entry.leadId, entry.claimedBy));
}

void FeedServer::handlePublished(const AlertDesk::Entry &entry)
{
    // One frame for whoever may see the lead, one for whoever just lost sight of it; each feed
    // thread gets each frame once with the list of its consoles that receive it. The rule is
    // Entry::showsLeadTo's, with the names in sets: 200 consoles, 200 names.
    const QSet<RepKey> audience(entry.audience.cbegin(), entry.audience.cend());
    const QSet<RepKey> departed(entry.departed.cbegin(), entry.departed.cend());
    QList<QList<quint64>> whole(m_shards.size());
    QList<QList<quint64>> gone(m_shards.size());
    bool anyWhole = false;
    bool anyGone = false;
    for (auto it = m_sessions.cbegin(); it != m_sessions.cend(); ++it) {
        if (it->rep.isManager() || audience.contains(it->rep.name)) {
            whole[it->shard].append(it.key());
            anyWhole = true;
        } else if (departed.contains(it->rep.name)) {
            gone[it->shard].append(it.key());
            anyGone = true;
        }
    }
    for (const bool wholeLead : {true, false}) {
        if (!(wholeLead ? anyWhole : anyGone))
            continue;
        const QByteArray frame = FeedSockets::textFrame(leadFrame(entry, wholeLead));
        for (int shard = 0; shard < int(m_shards.size()); ++shard)
            sendFramed(shard, (wholeLead ? whole : gone).at(shard), frame);
    }
}

QByteArray FeedServer::statusMessage() const
{
    return protocol::encode(protocol::ServerStatus{
        m_desk.degraded(), m_desk.degraded()
                               ? tr("the server cannot reach its database; changes wait until it can")
                               : QString()});
}

void FeedServer::handleDegradedChanged()
{
    // Every console: they stay connected, and learn why their requests wait.
    const QByteArray frame = FeedSockets::textFrame(statusMessage());
    QList<QList<quint64>> ids(m_shards.size());
    for (auto it = m_sessions.cbegin(); it != m_sessions.cend(); ++it)
        ids[it->shard].append(it.key());
    for (int shard = 0; shard < int(m_shards.size()); ++shard)
        sendFramed(shard, ids.at(shard), frame);
}

void FeedServer::handleTeamChanged(const protocol::TeamMember &rep)
{
    const QByteArray frame = FeedSockets::textFrame(protocol::encode(protocol::RepUpdate{rep}));
    const QString &name = rep.name;
    QList<QList<quint64>> ids(m_shards.size());
    for (auto it = m_sessions.cbegin(); it != m_sessions.cend(); ++it) {
        if (it->rep.isManager() || it->rep.name == name)
            ids[it->shard].append(it.key());
    }
    for (int shard = 0; shard < int(m_shards.size()); ++shard)
        sendFramed(shard, ids.at(shard), frame);
}

void FeedServer::handleTeamReloaded()
{
    // A rep removed (or removed and added again) loses the connection made with the old token.
    const auto ids = m_sessions.keys();
    for (const quint64 id : ids) {
        const Session session = m_sessions.value(id);
        const std::optional<Rep> known = m_desk.rep(session.rep.name);
        if (known && known->id == session.rep.id) {
            m_sessions[id].rep = *known; // an edit (role, segments, hours) applies to open sessions
            continue;
        }
        qCInfo(lcFeed).noquote() << "closing the feed of" << session.rep.name << ": no longer on the team";
        endSession(id);
        drop(session.shard, id, QWebSocketProtocol::CloseCodePolicyViolated, tr("no longer on the team"));
    }
}

void FeedServer::handleAlertRaised(const LeadState &lead)
{
    if (!m_network || lead.tier != 1)
        return;
    const LeadCard &card = lead.card;
    const QString text = tr("Tier 1 hot lead: %1 (%2, %3), score %4. %5")
                             .arg(card.name, card.title, card.company)
                             .arg(card.score)
                             .arg(card.summary);
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
