#pragma once

#include "integrations/outbox.h"

#include <QList>
#include <QObject>
#include <QUrl>

#include <memory>
#include <optional>

class AlertDesk;
class Clock;
class CrmClient;
class EventRecorder;
class QNetworkAccessManager;
class TeamStore;
class WebhookTarget;

// What `serve --webhook ... --crm ...` asks for.
struct IntegrationsConfig
{
    struct Webhook
    {
        QUrl url;
        QByteArray secret;
    };
    enum class Crm
    {
        None,
        HubSpot,
        Salesforce
    };

    QList<Webhook> webhooks;
    Crm crm = Crm::None;
    QUrl crmBaseUrl;     // HubSpot: https://api.hubapi.com; Salesforce: the instance
    QByteArray crmToken; // HubSpot's private-app token
    QUrl crmAuthUrl;     // Salesforce: where {auth}/services/oauth2/token is
    QString crmClientId; // Salesforce: the connected app's consumer key
    QByteArray crmClientSecret;
    QByteArray crmRefreshToken;
    // On a qualified connect, also set the lead status in the CRM to this (empty: leave it):
    // HubSpot's contact property hs_lead_status, a Salesforce Lead's Status.
    QString crmQualifiedStatus;
    int requestTimeoutMs = 30'000;
    // How long an owner found in the CRM (or found missing) is trusted.
    qint64 ownerCacheMs = 10 * 60'000;
    Outbox::Options outbox;

    bool isEmpty() const { return webhooks.isEmpty() && crm == Crm::None; }
    // A secret from a file: the whole file, trailing whitespace trimmed; nullopt and `error`
    // (naming the file, never the content) when it cannot be read or is empty.
    static std::optional<QByteArray> readSecret(const QString &path, QString *error);
};

// The webhooks and the CRM, as `serve` runs them: the outbox and its targets, the recorder
// that fills the outbox with the desk's changes, and the CRM's owner directory.
class Integrations final : public QObject
{
    Q_OBJECT

public:
    Integrations(IntegrationsConfig config, FeedStore &store, TeamStore &team, Clock &clock,
                 QObject *parent = nullptr);
    ~Integrations() override;

    // Before desk.start(): records its changes, asks the CRM for owners, and tells the lead
    // each call's CRM state once its item is sent or failed; then sends.
    void attach(AlertDesk &desk);
    // Starts sending what the outbox holds (after desk.start()).
    void start();

    Outbox &outbox() { return *m_outbox; }
    CrmClient *crm() { return m_crm.get(); }
    // The outbox target of the CRM's items.
    static QString crmTargetName() { return QStringLiteral("crm"); }

private:
    IntegrationsConfig m_config;
    FeedStore &m_store;
    QNetworkAccessManager *m_network = nullptr;
    std::unique_ptr<Outbox> m_outbox;
    std::vector<std::unique_ptr<WebhookTarget>> m_webhooks;
    std::unique_ptr<CrmClient> m_crm;
    std::unique_ptr<EventRecorder> m_recorder;
    AlertDesk *m_desk = nullptr;
};
