#pragma once

#include "integrations/integrations.h"
#include "integrations/outbox.h"
#include "routing/alertdesk.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

class Clock;
class QNetworkAccessManager;
class QNetworkRequest;
class TeamStore;

// A CRM as Firstcall uses it (HubSpotClient, SalesforceClient): who owns a lead's record
// (OwnerDirectory, cached, looked up in the background) and each logged call written back as
// one activity (an OutboxTarget). Every activity carries its call's id in its title, and an
// attempt whose outcome is unknown (item.unsure) is looked up by that title before it is
// created again, so that a crash mid-send never makes two.
class CrmClient : public QObject, public OutboxTarget, public AlertDesk::OwnerDirectory
{
    Q_OBJECT

public:
    // nullptr when the config names no CRM.
    static std::unique_ptr<CrmClient> create(const IntegrationsConfig &config, QNetworkAccessManager &network,
                                             TeamStore &team, Clock &clock);
    ~CrmClient() override;

    // Reads what it needs once before sending (HubSpot: the account's portal, for links).
    virtual void start() {}

    Answer ownerOf(const LeadState &lead) override;
    void send(const FeedStore::OutboxRow &item, std::function<void(const OutboxResult &)> done) override;

    // The activity's title: what a person reads in the CRM, and the key it is found by again.
    static QString activityTitle(const QJsonObject &call);
    // How Firstcall's dispositions read in a CRM.
    static QString dispositionLabel(const QString &disposition);

Q_SIGNALS:
    // The owner of the record with this email is known now (or known to be none).
    void ownerLearned(const QString &email);

protected:
    CrmClient(const IntegrationsConfig &config, QNetworkAccessManager &network, TeamStore &team,
              Clock &clock);

    struct Reply
    {
        int status = 0; // 0: no HTTP answer
        QJsonObject json;
        OutboxResult failure; // when not a 2xx
        bool ok() const { return status >= 200 && status < 300; }
    };
    using ReplyHandler = std::function<void(const Reply &)>;
    // One request to the CRM, authorized; a 401 refreshes the authorization once and repeats it.
    void request(const QByteArray &verb, const QUrl &url, const QByteArray &body,
                 const QByteArray &contentType, ReplyHandler done);
    QUrl url(const QString &path) const;

    virtual void authorize(QNetworkRequest &request) const = 0;
    // Gets (fresh) credentials; `done(error)`, empty on success. Only OAuth needs it.
    virtual bool canRefresh() const { return false; }
    virtual void refresh(std::function<void(const OutboxResult &failure)> done);
    virtual bool hasCredentials() const { return true; }

    // The email of whoever owns the record with `email`: nullopt and `why` when there is none;
    // a non-Sent `failure` when the CRM could not be asked.
    using OwnerHandler = std::function<void(const std::optional<QString> &ownerEmail, const QString &why,
                                            const OutboxResult *failure)>;
    virtual void findOwner(const QString &email, OwnerHandler done) = 0;
    // Writes the call (CrmClient::send has checked it) unless `unsure` and it is there already.
    virtual void logCall(const QJsonObject &call, bool unsure,
                         std::function<void(const OutboxResult &)> done) = 0;
    // Sets the lead status of the record with the call's email to crmQualifiedStatus (idempotent).
    virtual void setQualifiedStatus(const QJsonObject &call,
                                    std::function<void(const OutboxResult &)> done) = 0;

    IntegrationsConfig m_config;
    QNetworkAccessManager &m_network;
    TeamStore &m_team;
    Clock &m_clock;

private:
    void sendRequest(const QByteArray &verb, const QUrl &url, const QByteArray &body,
                     const QByteArray &contentType, ReplyHandler done, bool mayRefresh);
    void lookUpOwner(const QString &email);

    struct Owner
    {
        QString email; // the owner's; empty: none (see reason)
        QString reason;
        qint64 atMs = 0;
        bool pending = false;
    };
    QHash<QString, Owner> m_owners; // by the record's email, lower case
};

// "Contact".."\" in a SOQL string literal: quotes and backslashes escaped (Salesforce's SOQL
// reference, "Quoted String Escape Sequences").
QString soqlQuoted(const QString &text);
