#include "integrations.h"

#include "integrations/crmclient.h"
#include "integrations/eventrecorder.h"
#include "integrations/webhook.h"
#include "routing/alertdesk.h"

#include <QCoreApplication>
#include <QFile>
#include <QNetworkAccessManager>

std::optional<QByteArray> IntegrationsConfig::readSecret(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QCoreApplication::translate("Integrations", "%1: cannot read the secret: %2")
                         .arg(path, file.errorString());
        return std::nullopt;
    }
    QByteArray secret = file.readAll();
    while (!secret.isEmpty() && QChar::isSpace(uchar(secret.back())))
        secret.chop(1);
    if (secret.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("Integrations", "%1: the secret file is empty").arg(path);
        return std::nullopt;
    }
    return secret;
}

Integrations::Integrations(IntegrationsConfig config, FeedStore &store, TeamStore &team, Clock &clock,
                           QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_store(store)
    , m_network(new QNetworkAccessManager(this))
    , m_outbox(std::make_unique<Outbox>(store, clock, [this] {
        Outbox::Options options = m_config.outbox;
        options.attemptTimeoutMs = m_config.requestTimeoutMs;
        return options;
    }()))
{
    QStringList webhookTargets;
    for (const IntegrationsConfig::Webhook &webhook : std::as_const(m_config.webhooks)) {
        m_webhooks.push_back(std::make_unique<WebhookTarget>(webhook.url, webhook.secret, *m_network, clock,
                                                             m_config.requestTimeoutMs));
        const QString name = WebhookTarget::targetName(webhook.url);
        m_outbox->addTarget(name, m_webhooks.back().get());
        webhookTargets.append(name);
    }
    m_crm = CrmClient::create(m_config, *m_network, team, clock);
    if (m_crm)
        m_outbox->addTarget(crmTargetName(), m_crm.get());
    m_recorder =
        std::make_unique<EventRecorder>(store, webhookTargets, m_crm ? crmTargetName() : QString(),
                                        !m_config.crmQualifiedStatus.isEmpty(), [this] { m_outbox->wake(); });
}

Integrations::~Integrations() = default;

void Integrations::attach(AlertDesk &desk)
{
    desk.setRecorder(m_recorder.get());
    if (m_crm)
        desk.setOwnerDirectory(m_crm.get());
}

void Integrations::start()
{
    m_outbox->start();
}
