#include "hubspotclient.h"

#include "clock/clock.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkRequest>
#include <QPointer>

namespace {
Q_LOGGING_CATEGORY(lcHubSpot, "firstcall.crm")

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// A search for records whose `property` equals `value`.
QJsonObject searchBody(const QString &property, const QString &value, const QStringList &properties)
{
    return {
        {QStringLiteral("filterGroups"),
         QJsonArray{QJsonObject{{QStringLiteral("filters"),
                                 QJsonArray{QJsonObject{{QStringLiteral("propertyName"), property},
                                                        {QStringLiteral("operator"), QStringLiteral("EQ")},
                                                        {QStringLiteral("value"), value}}}}}}},
        {QStringLiteral("properties"), QJsonArray::fromStringList(properties)},
        {QStringLiteral("limit"), 1}};
}

} // namespace

HubSpotClient::HubSpotClient(const IntegrationsConfig &config, QNetworkAccessManager &network,
                             TeamStore &team, Clock &clock)
    : CrmClient(config, network, team, clock)
{}

QString HubSpotClient::outcomeGuid(const QString &disposition)
{
    // HubSpot's default outcomes ("The default HubSpot outcome labels and their internal
    // values", https://developers.hubspot.com/docs/guides/api/crm/engagements/calls): Busy
    // 9d9162e7-6cf3-4944-bf63-4dff82258764, Connected f240bbac-87c9-4f6e-bf70-924b57d47db7,
    // Left live message a4c4c377-d246-4b32-a13b-75a56a4cd0ff, Left voicemail
    // b2cf5968-551e-4856-9783-52b3da59a7d0, No answer 73a0d17f-1163-4015-bdd5-ec830791da20,
    // Wrong number 17b47fee-58de-441e-a44c-c6300d46f273. A meeting booked and a lead not
    // interested were conversations: Connected.
    static const QHash<QString, QString> guids = {
        {QStringLiteral("connected"), QStringLiteral("f240bbac-87c9-4f6e-bf70-924b57d47db7")},
        {QStringLiteral("meeting_booked"), QStringLiteral("f240bbac-87c9-4f6e-bf70-924b57d47db7")},
        {QStringLiteral("not_interested"), QStringLiteral("f240bbac-87c9-4f6e-bf70-924b57d47db7")},
        {QStringLiteral("left_voicemail"), QStringLiteral("b2cf5968-551e-4856-9783-52b3da59a7d0")},
        {QStringLiteral("no_answer"), QStringLiteral("73a0d17f-1163-4015-bdd5-ec830791da20")},
        {QStringLiteral("wrong_number"), QStringLiteral("17b47fee-58de-441e-a44c-c6300d46f273")},
    };
    return guids.value(disposition);
}

QJsonObject HubSpotClient::callBody(const QJsonObject &call, const QString &contactId, const QString &ownerId)
{
    // Property values are strings, as HubSpot's examples send them.
    const qint64 startedAt = qint64(call.value(QStringLiteral("startedAtMs")).toDouble());
    const qint64 seconds = qint64(call.value(QStringLiteral("durationSeconds")).toDouble());
    QString body = call.value(QStringLiteral("notes")).toString();
    const QString rep = call.value(QStringLiteral("rep")).toString();
    body = body.isEmpty() ? QStringLiteral("Logged by %1 in Firstcall.").arg(rep)
                          : body + QStringLiteral("\n\nLogged by %1 in Firstcall.").arg(rep);
    QJsonObject properties{
        {QStringLiteral("hs_timestamp"),
         QDateTime::fromMSecsSinceEpoch(startedAt, Qt::UTC).toString(Qt::ISODateWithMs)},
        {QStringLiteral("hs_call_title"), activityTitle(call)},
        {QStringLiteral("hs_call_body"), body},
        {QStringLiteral("hs_call_duration"), QString::number(seconds * 1000)},
        {QStringLiteral("hs_call_status"), QStringLiteral("COMPLETED")},
        {QStringLiteral("hs_call_direction"), QStringLiteral("OUTBOUND")},
    };
    if (const QString guid = outcomeGuid(call.value(QStringLiteral("disposition")).toString());
        !guid.isEmpty())
        properties.insert(QStringLiteral("hs_call_disposition"), guid);
    if (!ownerId.isEmpty())
        properties.insert(QStringLiteral("hubspot_owner_id"), ownerId);
    const QJsonObject association{
        {QStringLiteral("to"), QJsonObject{{QStringLiteral("id"), contactId}}},
        {QStringLiteral("types"),
         QJsonArray{QJsonObject{{QStringLiteral("associationCategory"), QStringLiteral("HUBSPOT_DEFINED")},
                                {QStringLiteral("associationTypeId"), 194}}}}};
    return {{QStringLiteral("properties"), properties},
            {QStringLiteral("associations"), QJsonArray{association}}};
}

QString HubSpotClient::contactUrl(const QString &contactId) const
{
    if (m_portalId.isEmpty() || contactId.isEmpty())
        return {};
    return QStringLiteral("https://%1/contacts/%2/record/0-1/%3").arg(m_uiDomain, m_portalId, contactId);
}

OutboxResult HubSpotClient::logged(const QString &contactId, const QString &callId) const
{
    const QString link = contactUrl(contactId);
    return OutboxResult::sent(link.isEmpty() ? QStringLiteral("hubspot:call:") + callId : link, link);
}

void HubSpotClient::start()
{
    withPortal([] {});
}

void HubSpotClient::withPortal(std::function<void()> then)
{
    if (!m_portalId.isEmpty()) {
        then();
        return;
    }
    m_portalWaiting.push_back(std::move(then));
    if (m_portalWaiting.size() > 1)
        return; // being read
    QPointer<HubSpotClient> self(this);
    request("GET", url(QStringLiteral("/account-info/v3/details")), {}, {}, [self](const Reply &reply) {
        if (!self)
            return;
        const QJsonValue portal = reply.json.value(QStringLiteral("portalId"));
        if (reply.ok() && portal.isDouble() && portal.toInteger() > 0) {
            self->m_portalId = QString::number(portal.toInteger());
            self->m_uiDomain = reply.json.value(QStringLiteral("uiDomain")).toString();
            if (self->m_uiDomain.isEmpty())
                self->m_uiDomain = QStringLiteral("app.hubspot.com");
            qCInfo(lcHubSpot).noquote() << "HubSpot portal" << self->m_portalId << "on" << self->m_uiDomain;
        } else {
            qCWarning(lcHubSpot).noquote()
                << "cannot read the HubSpot account (GET /account-info/v3/details), calls are logged "
                   "without a link:"
                << (reply.ok() ? QStringLiteral("no portalId in the answer") : reply.failure.error);
        }
        const auto waiting = std::exchange(self->m_portalWaiting, {});
        for (const auto &callback : waiting)
            callback();
    });
}

void HubSpotClient::authorize(QNetworkRequest &request) const
{
    request.setRawHeader("Authorization", "Bearer " + m_config.crmToken);
}

void HubSpotClient::findContact(const QString &email, ContactHandler done)
{
    request("POST", url(QStringLiteral("/crm/v3/objects/contacts/search")),
            json(searchBody(QStringLiteral("email"), email,
                            {QStringLiteral("email"), QStringLiteral("hubspot_owner_id")})),
            "application/json", [done](const Reply &reply) {
                if (!reply.ok()) {
                    done(std::nullopt, &reply.failure);
                    return;
                }
                const QJsonArray results = reply.json.value(QStringLiteral("results")).toArray();
                if (results.isEmpty()) {
                    done(std::nullopt, nullptr);
                    return;
                }
                const QJsonObject contact = results.first().toObject();
                done(Contact{contact.value(QStringLiteral("id")).toString(),
                             contact.value(QStringLiteral("properties"))
                                 .toObject()
                                 .value(QStringLiteral("hubspot_owner_id"))
                                 .toString()},
                     nullptr);
            });
}

void HubSpotClient::withOwners(bool refetch, std::function<void(const OutboxResult *)> done)
{
    const bool fresh = m_ownersAtMs >= 0 && m_clock.nowMs() - m_ownersAtMs < m_config.ownerCacheMs;
    if (fresh && !refetch) {
        done(nullptr);
        return;
    }
    fetchOwnerPage({}, {}, std::move(done));
}

void HubSpotClient::fetchOwnerPage(const QString &after, QHash<QString, QString> emails,
                                   std::function<void(const OutboxResult *)> done)
{
    QString path = QStringLiteral("/crm/v3/owners?limit=100");
    if (!after.isEmpty())
        path += QStringLiteral("&after=") + QString::fromLatin1(QUrl::toPercentEncoding(after));
    QPointer<HubSpotClient> self(this);
    request("GET", url(path), {}, {}, [self, emails, done](const Reply &reply) mutable {
        if (!self)
            return;
        if (!reply.ok()) {
            done(&reply.failure);
            return;
        }
        const QJsonArray results = reply.json.value(QStringLiteral("results")).toArray();
        for (const QJsonValue &value : results) {
            const QJsonObject owner = value.toObject();
            emails.insert(owner.value(QStringLiteral("id")).toString(),
                          owner.value(QStringLiteral("email")).toString().toLower());
        }
        const QString next = reply.json.value(QStringLiteral("paging"))
                                 .toObject()
                                 .value(QStringLiteral("next"))
                                 .toObject()
                                 .value(QStringLiteral("after"))
                                 .toString();
        if (!next.isEmpty()) {
            self->fetchOwnerPage(next, emails, done);
            return;
        }
        self->m_ownerEmails = emails;
        self->m_ownersAtMs = self->m_clock.nowMs();
        done(nullptr);
    });
}

void HubSpotClient::findOwner(const QString &email, OwnerHandler done)
{
    QPointer<HubSpotClient> self(this);
    findContact(
        email, [self, email, done](const std::optional<Contact> &contact, const OutboxResult *failure) {
            if (!self)
                return;
            if (failure) {
                done(std::nullopt, {}, failure);
                return;
            }
            if (!contact) {
                done(std::nullopt, QStringLiteral("no HubSpot contact with this email"), nullptr);
                return;
            }
            if (contact->ownerId.isEmpty()) {
                done(std::nullopt, QStringLiteral("the HubSpot contact has no owner"), nullptr);
                return;
            }
            const QString ownerId = contact->ownerId;
            self->withOwners(!self->m_ownerEmails.contains(ownerId), [self, ownerId,
                                                                      done](const OutboxResult *failed) {
                if (!self)
                    return;
                if (failed) {
                    done(std::nullopt, {}, failed);
                    return;
                }
                const QString ownerEmail = self->m_ownerEmails.value(ownerId);
                if (ownerEmail.isEmpty())
                    done(std::nullopt, QStringLiteral("HubSpot owner %1 has no email").arg(ownerId), nullptr);
                else
                    done(ownerEmail, {}, nullptr);
            });
        });
}

void HubSpotClient::logCall(const QJsonObject &call, bool unsure,
                            std::function<void(const OutboxResult &)> done)
{
    QPointer<HubSpotClient> self(this);
    withPortal([self, call, unsure, done] {
        if (self)
            self->logCallNow(call, unsure, done);
    });
}

void HubSpotClient::logCallNow(const QJsonObject &call, bool unsure,
                               std::function<void(const OutboxResult &)> done)
{
    QPointer<HubSpotClient> self(this);
    const QString email = call.value(QStringLiteral("email")).toString().trimmed();
    findContact(email, [self, call, unsure, email, done](const std::optional<Contact> &contact,
                                                         const OutboxResult *failure) {
        if (!self)
            return;
        if (failure) {
            done(*failure);
            return;
        }
        if (!contact) {
            OutboxResult rejected{OutboxResult::Kind::Rejected,
                                  QStringLiteral("no HubSpot contact with the email %1").arg(email),
                                  {},
                                  -1};
            done(rejected);
            return;
        }
        const QString repEmail = call.value(QStringLiteral("repEmail")).toString().toLower();
        const auto ownerIdOf = [self, repEmail] {
            for (auto it = self->m_ownerEmails.cbegin(); it != self->m_ownerEmails.cend(); ++it) {
                if (!repEmail.isEmpty() && it.value() == repEmail)
                    return it.key();
            }
            return QString();
        };
        const bool refetch = !repEmail.isEmpty() && ownerIdOf().isEmpty();
        const QString contactId = contact->id;
        self->withOwners(refetch, [self, call, unsure, contactId, ownerIdOf,
                                   done](const OutboxResult *failed) {
            if (!self)
                return;
            if (failed) {
                done(*failed);
                return;
            }
            const QString ownerId = ownerIdOf();
            if (!unsure) {
                self->create(call, contactId, ownerId, done);
                return;
            }
            // The last attempt may have been stored: look for it by its title first.
            self->request(
                "POST", self->url(QStringLiteral("/crm/v3/objects/calls/search")),
                json(searchBody(QStringLiteral("hs_call_title"), activityTitle(call),
                                {QStringLiteral("hs_call_title")})),
                "application/json", [self, call, contactId, ownerId, done](const Reply &reply) {
                    if (!self)
                        return;
                    if (!reply.ok()) {
                        done(reply.failure);
                        return;
                    }
                    const QJsonArray results = reply.json.value(QStringLiteral("results")).toArray();
                    if (!results.isEmpty()) {
                        done(self->logged(contactId,
                                          results.first().toObject().value(QStringLiteral("id")).toString()));
                        return;
                    }
                    self->create(call, contactId, ownerId, done);
                });
        });
    });
}

void HubSpotClient::create(const QJsonObject &call, const QString &contactId, const QString &ownerId,
                           std::function<void(const OutboxResult &)> done)
{
    request("POST", url(QStringLiteral("/crm/v3/objects/calls")), json(callBody(call, contactId, ownerId)),
            "application/json", [self = QPointer<HubSpotClient>(this), contactId, done](const Reply &reply) {
                if (!self)
                    return;
                if (!reply.ok()) {
                    done(reply.failure);
                    return;
                }
                done(self->logged(contactId, reply.json.value(QStringLiteral("id")).toString()));
            });
}

void HubSpotClient::setQualifiedStatus(const QJsonObject &call,
                                       std::function<void(const OutboxResult &)> done)
{
    QPointer<HubSpotClient> self(this);
    const QString email = call.value(QStringLiteral("email")).toString().trimmed();
    findContact(
        email, [self, email, done](const std::optional<Contact> &contact, const OutboxResult *failure) {
            if (!self)
                return;
            if (failure) {
                done(*failure);
                return;
            }
            if (!contact) {
                done({OutboxResult::Kind::Rejected,
                      QStringLiteral("no HubSpot contact with the email %1").arg(email),
                      {},
                      -1});
                return;
            }
            const QJsonObject body{
                {QStringLiteral("properties"),
                 QJsonObject{{QStringLiteral("hs_lead_status"), self->m_config.crmQualifiedStatus}}}};
            const QString id = contact->id;
            self->request("PATCH", self->url(QStringLiteral("/crm/v3/objects/contacts/") + id), json(body),
                          "application/json", [id, done](const Reply &reply) {
                              done(reply.ok() ? OutboxResult::sent(QStringLiteral("hubspot:contact:") + id)
                                              : reply.failure);
                          });
        });
}
