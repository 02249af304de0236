#pragma once

#include "integrations/crmclient.h"

// HubSpot's CRM v3 API with a private app's token (Authorization: Bearer):
// - contacts by email: POST /crm/v3/objects/contacts/search
//   (https://developers.hubspot.com/docs/guides/api/crm/search)
// - owners, paged: GET /crm/v3/owners?limit=100&after=...
//   (https://developers.hubspot.com/docs/guides/api/crm/owners)
// - calls: POST /crm/v3/objects/calls and, to find one again, /crm/v3/objects/calls/search
//   (https://developers.hubspot.com/docs/guides/api/crm/engagements/calls: hs_call_duration in
//   milliseconds, hs_call_disposition as the outcome's GUID, the contact association
//   HUBSPOT_DEFINED 194)
// - the account's portal id and UI domain, read once for the record links:
//   GET /account-info/v3/details
//   (https://developers.hubspot.com/docs/api-reference/legacy/account/account-information/get-account-details:
//   `portalId`, `uiDomain`); a contact's record is https://{uiDomain}/contacts/{portalId}/record/0-1/{id}
//   (0-1: the contacts object's type id,
//   https://developers.hubspot.com/docs/guides/api/crm/understanding-the-crm)
class HubSpotClient final : public CrmClient
{
    Q_OBJECT

public:
    HubSpotClient(const IntegrationsConfig &config, QNetworkAccessManager &network, TeamStore &team,
                  Clock &clock);

    // HubSpot's default call outcome GUID for a Firstcall disposition (its docs' table).
    static QString outcomeGuid(const QString &disposition);
    // The body of POST /crm/v3/objects/calls for a call on this contact by this owner.
    static QJsonObject callBody(const QJsonObject &call, const QString &contactId, const QString &ownerId);
    // The link that opens a contact in HubSpot; empty while the portal is not known.
    QString contactUrl(const QString &contactId) const;
    void start() override;

protected:
    void authorize(QNetworkRequest &request) const override;
    void findOwner(const QString &email, OwnerHandler done) override;
    void logCall(const QJsonObject &call, bool unsure,
                 std::function<void(const OutboxResult &)> done) override;
    // PATCH /crm/v3/objects/contacts/{id} {"properties":{"hs_lead_status": ...}}.
    void setQualifiedStatus(const QJsonObject &call, std::function<void(const OutboxResult &)> done) override;

private:
    struct Contact
    {
        QString id;
        QString ownerId;
    };
    using ContactHandler = std::function<void(const std::optional<Contact> &, const OutboxResult *failure)>;
    void findContact(const QString &email, ContactHandler done);
    // The owners by id and by email, fetched page by page (and again after ownerCacheMs).
    void withOwners(bool refetch, std::function<void(const OutboxResult *failure)> done);
    void fetchOwnerPage(const QString &after, QHash<QString, QString> emails,
                        std::function<void(const OutboxResult *failure)> done);
    void create(const QJsonObject &call, const QString &contactId, const QString &ownerId,
                std::function<void(const OutboxResult &)> done);

    // Runs `then` once the portal is known, or could not be read (then: asked again next time).
    void withPortal(std::function<void()> then);
    void logCallNow(const QJsonObject &call, bool unsure, std::function<void(const OutboxResult &)> done);
    // What a logged call on this contact made: its link (the contact's record, where HubSpot
    // shows the call on the timeline) or, without the portal, "hubspot:call:<id>".
    OutboxResult logged(const QString &contactId, const QString &callId) const;

    QString m_portalId;
    QString m_uiDomain;
    std::vector<std::function<void()>> m_portalWaiting; // non-empty: being read
    QHash<QString, QString> m_ownerEmails;              // owner id -> email (lower case)
    qint64 m_ownersAtMs = -1;
};
