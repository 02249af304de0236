#include "webhook.h"

#include "clock/clock.h"

#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QNetworkReply>

WebhookTarget::WebhookTarget(QUrl url, QByteArray secret, QNetworkAccessManager &network, Clock &clock,
                             int timeoutMs)
    : m_url(std::move(url))
    , m_secret(std::move(secret))
    , m_network(network)
    , m_clock(clock)
    , m_timeoutMs(timeoutMs)
{}

QString WebhookTarget::targetName(const QUrl &url)
{
    return QStringLiteral("webhook:") + url.toString(QUrl::FullyEncoded);
}

QUrl WebhookTarget::urlOf(const QString &targetName)
{
    static const QString prefix = QStringLiteral("webhook:");
    if (!targetName.startsWith(prefix))
        return {};
    return QUrl(targetName.mid(prefix.size()));
}

QByteArray WebhookTarget::signature(const QByteArray &secret, qint64 unixSeconds, const QByteArray &body)
{
    const QByteArray t = QByteArray::number(unixSeconds);
    const QByteArray mac =
        QMessageAuthenticationCode::hash(t + '.' + body, secret, QCryptographicHash::Sha256).toHex();
    return "t=" + t + ",v1=" + mac;
}

void WebhookTarget::send(const FeedStore::OutboxRow &item, std::function<void(const OutboxResult &)> done)
{
    QNetworkRequest request(m_url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("Firstcall-Webhooks/1"));
    request.setRawHeader("Firstcall-Signature", signature(m_secret, m_clock.nowMs() / 1000, item.payload));
    request.setTransferTimeout(m_timeoutMs);
    QNetworkReply *reply = m_network.post(request, item.payload);
    QObject::connect(reply, &QNetworkReply::finished, reply, [reply, done = std::move(done)] {
        reply->deleteLater();
        done(OutboxResult::fromReply(reply));
    });
}
