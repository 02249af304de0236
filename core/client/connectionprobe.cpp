#include "connectionprobe.h"

#include "protocol/messages.h"
#include "team/rep.h"

#include <QNetworkRequest>
#include <QWebSocket>

#include <utility>

ConnectionProbe::ConnectionProbe(QObject *parent)
    : QObject(parent)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        finish(false,
               tr("The feed did not answer within %n second(s).", nullptr, m_timeout.interval() / 1000));
    });
}

ConnectionProbe::~ConnectionProbe()
{
    if (QWebSocket *socket = std::exchange(m_socket, nullptr)) {
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
}

void ConnectionProbe::start(const QUrl &url, const QString &token, int timeoutMs)
{
    if (QWebSocket *old = std::exchange(m_socket, nullptr)) {
        old->disconnect(this);
        old->abort();
        old->deleteLater();
    }
    const QString scheme = url.scheme();
    if (!url.isValid() || url.host().isEmpty() || (scheme != u"ws" && scheme != u"wss")) {
        finish(false, tr("\"%1\" is not a feed address: it looks like ws://HOST:PORT/ or wss://HOST/.")
                          .arg(url.toString()));
        return;
    }
    if (token.trimmed().isEmpty()) {
        finish(false, tr("Enter your access token."));
        return;
    }
    m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    QWebSocket *socket = m_socket;
    connect(socket, &QWebSocket::textMessageReceived, this, [this](const QString &text) {
        QString error;
        const auto message = protocol::decodeServerMessage(text.toUtf8(), &error);
        if (const auto *hello = message ? std::get_if<protocol::Hello>(&*message) : nullptr)
            finish(true, hello->rep, Rep::roleName(hello->role));
    });
    connect(socket, &QWebSocket::disconnected, this, [this, socket] {
        if (socket != m_socket)
            return;
        if (socket->closeCode() == QWebSocketProtocol::CloseCodePolicyViolated)
            finish(false, tr("The feed refused the token: %1.").arg(socket->closeReason()));
        else
            finish(false, socket->closeReason().isEmpty() ? socket->errorString() : socket->closeReason());
    });
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + token.trimmed().toUtf8());
    m_timeout.start(timeoutMs);
    socket->open(request);
}

void ConnectionProbe::finish(bool ok, const QString &message, const QString &role)
{
    m_timeout.stop();
    if (QWebSocket *socket = std::exchange(m_socket, nullptr)) {
        socket->disconnect(this);
        socket->close();
        socket->deleteLater();
    }
    Q_EMIT finished(ok, message, role);
}
