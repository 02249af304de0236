#pragma once

#include "integrations/outbox.h"

#include <QByteArray>
#include <QUrl>

class Clock;
class QNetworkAccessManager;

// One `serve --webhook URL --webhook-secret-file FILE`: each outbox item is POSTed as it was
// stored ({"id","type","at","data"}, the same id on every retry), signed with the secret:
//   Firstcall-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<body>")>
// docs/integrations.md shows a receiver checking it.
class WebhookTarget final : public OutboxTarget
{
public:
    WebhookTarget(QUrl url, QByteArray secret, QNetworkAccessManager &network, Clock &clock,
                  int timeoutMs = 30'000);

    // The outbox target name of the webhook at `url`.
    static QString targetName(const QUrl &url);
    // The webhook's URL from its outbox target name; empty for any other target (the CRM).
    static QUrl urlOf(const QString &targetName);
    // The Firstcall-Signature header's value for `body` signed at `unixSeconds`.
    static QByteArray signature(const QByteArray &secret, qint64 unixSeconds, const QByteArray &body);

    void send(const FeedStore::OutboxRow &item, std::function<void(const OutboxResult &)> done) override;

private:
    QUrl m_url;
    QByteArray m_secret;
    QNetworkAccessManager &m_network;
    Clock &m_clock;
    int m_timeoutMs;
};
