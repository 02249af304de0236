#pragma once

#include "integrations/crmclient.h"

// Salesforce's REST API (https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta),
// authorized with OAuth 2.0's refresh-token flow: POST {auth-url}/services/oauth2/token with
// grant_type=refresh_token, client_id, client_secret, refresh_token answers an access_token
// ("OAuth 2.0 Refresh Token Flow" in Salesforce Help); a 401 refreshes it once.
// - a Contact, else a Lead not converted, by email, with its owner: GET
//   /services/data/v59.0/query?q=SELECT ... (SOQL, strings escaped)
// - the rep as a User by email, the same way
// - calls: POST /services/data/v59.0/sobjects/Task (Subject, WhoId, OwnerId, Status,
//   TaskSubtype "Call", CallType "Outbound", CallDisposition, CallDurationInSeconds,
//   ActivityDate, Description); found again by Subject.
class SalesforceClient final : public CrmClient
{
    Q_OBJECT

public:
    SalesforceClient(const IntegrationsConfig &config, QNetworkAccessManager &network, TeamStore &team,
                     Clock &clock);

    static constexpr QLatin1StringView kApiVersion{"v59.0"};
    // The Task for a call on this record (WhoId) by this user (OwnerId; empty: the API user).
    static QJsonObject taskBody(const QJsonObject &call, const QString &whoId, const QString &ownerId);

protected:
    void authorize(QNetworkRequest &request) const override;
    bool canRefresh() const override { return true; }
    bool hasCredentials() const override { return !m_accessToken.isEmpty(); }
    void refresh(std::function<void(const OutboxResult &failure)> done) override;
    void findOwner(const QString &email, OwnerHandler done) override;
    void logCall(const QJsonObject &call, bool unsure,
                 std::function<void(const OutboxResult &)> done) override;
    // PATCH /services/data/v59.0/sobjects/Lead/{id} {"Status": ...}; a Contact has no status.
    void setQualifiedStatus(const QJsonObject &call, std::function<void(const OutboxResult &)> done) override;

private:
    // The first record a SOQL query answers (an empty object when none).
    void queryFirst(const QString &soql, std::function<void(const QJsonObject &, const OutboxResult *)> done);
    // A Contact with the email, else a Lead not converted.
    void findPerson(const QString &email,
                    std::function<void(const QJsonObject &, const OutboxResult *)> done);
    void create(const QJsonObject &call, const QString &whoId, const QString &ownerId,
                std::function<void(const OutboxResult &)> done);
    QString recordLink(const QString &id) const;

    QByteArray m_accessToken;
    QList<std::function<void(const OutboxResult &)>> m_refreshing; // waiting for the token
    QHash<QString, QString> m_userIds;                             // by email, lower case
};
