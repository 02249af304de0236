#include "integrations.h"

#include "integrations/crmclient.h"
#include "integrations/eventrecorder.h"
#include "integrations/webhook.h"
#include "routing/alertdesk.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>

namespace {
Q_LOGGING_CATEGORY(lcIntegrations, "firstcall.outbox")
} // namespace

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
    if (m_config.crm == IntegrationsConfig::Crm::HubSpot)
        m_recorder->setCrmName(QStringLiteral("HubSpot"));
    else if (m_config.crm == IntegrationsConfig::Crm::Salesforce)
        m_recorder->setCrmName(QStringLiteral("Salesforce"));
}

Integrations::~Integrations() = default;

void Integrations::attach(AlertDesk &desk)
{
    desk.setRecorder(m_recorder.get());
    // A manager queued a failed item again, on this server or (seen on the next look) another.
    connect(&desk, &AlertDesk::syncRequeued, m_outbox.get(), &Outbox::wake);
    if (!m_crm)
        return;
    desk.setOwnerDirectory(m_crm.get());
    m_desk = &desk;
    // The CRM's verdict on a call goes to the call in its lead, stored and published like any
    // change (to every server's consoles: only the server holding the timers sends the outbox).
    connect(
        m_outbox.get(), &Outbox::attempted, this,
        [this](const FeedStore::OutboxRow &item, const OutboxResult &result) {
            if (item.target != crmTargetName() || item.type != u"call.logged")
                return;
            const QString callId =
                QJsonDocument::fromJson(item.payload).object().value(QStringLiteral("leadCallId")).toString();
            if (callId.isEmpty())
                return; // an item from before the calls carried their CRM state
            LeadCall::Crm crm;
            if (item.state == FeedStore::OutboxState::Sent) {
                crm.state = QStringLiteral("logged");
                crm.url = item.reference.startsWith(u"http") ? item.reference : QString();
            } else if (item.state == FeedStore::OutboxState::Failed) {
                crm.state = QStringLiteral("failed");
                crm.error = item.lastError;
            } else {
                // Failing, tried again later: still waiting, with the reason, so that the
                // managers' list of failing syncs learns of it live. The same reason again
                // changes nothing (setCallCrm stores only a change).
                crm.state = QStringLiteral("waiting");
                crm.error = item.lastError;
            }
            QString error;
            if (!m_desk->setCallCrm(item.leadId, callId, crm, result.subjectUrl, &error) && !error.isEmpty())
                qCWarning(lcIntegrations).noquote()
                    << "cannot store the CRM state of call" << callId << "of" << item.leadId << ":" << error;
        });
}

void Integrations::start()
{
    if (m_crm)
        m_crm->start();
    m_outbox->start();
}
