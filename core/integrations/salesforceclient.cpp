#include "salesforceclient.h"

#include "clock/clock.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QUrlQuery>

namespace {
Q_LOGGING_CATEGORY(lcSalesforce, "firstcall.crm")
} // namespace

SalesforceClient::SalesforceClient(const IntegrationsConfig &config, QNetworkAccessManager &network,
                                   TeamStore &team, Clock &clock)
    : CrmClient(config, network, team, clock)
{}

QJsonObject SalesforceClient::taskBody(const QJsonObject &call, const QString &whoId, const QString &ownerId)
{
    const qint64 startedAt = qint64(call.value(QStringLiteral("startedAtMs")).toDouble());
    QString description = call.value(QStringLiteral("notes")).toString();
    const QString rep = call.value(QStringLiteral("rep")).toString();
    description = description.isEmpty()
                      ? QStringLiteral("Logged by %1 in Firstcall.").arg(rep)
                      : description + QStringLiteral("\n\nLogged by %1 in Firstcall.").arg(rep);
    QJsonObject task{
        {QStringLiteral("Subject"), activityTitle(call)},
        {QStringLiteral("WhoId"), whoId},
        {QStringLiteral("Status"), QStringLiteral("Completed")},
        {QStringLiteral("TaskSubtype"), QStringLiteral("Call")},
        {QStringLiteral("CallType"), QStringLiteral("Outbound")},
        {QStringLiteral("CallDisposition"),
         dispositionLabel(call.value(QStringLiteral("disposition")).toString())},
        {QStringLiteral("CallDurationInSeconds"),
         qint64(call.value(QStringLiteral("durationSeconds")).toDouble())},
        {QStringLiteral("ActivityDate"),
         QDateTime::fromMSecsSinceEpoch(startedAt, Qt::UTC).date().toString(Qt::ISODate)},
        {QStringLiteral("Description"), description},
    };
    if (!ownerId.isEmpty())
        task.insert(QStringLiteral("OwnerId"), ownerId);
    return task;
}

void SalesforceClient::authorize(QNetworkRequest &request) const
{
    if (request.url().path().endsWith(u"/services/oauth2/token"))
        return;
    request.setRawHeader("Authorization", "Bearer " + m_accessToken);
}

void SalesforceClient::refresh(std::function<void(const OutboxResult &)> done)
{
    m_refreshing.append(std::move(done));
    if (m_refreshing.size() > 1)
        return; // one refresh answers everyone waiting
    QUrl tokenUrl = m_config.crmAuthUrl;
    QString base = tokenUrl.path();
    while (base.endsWith(u'/'))
        base.chop(1);
    tokenUrl.setPath(base + QStringLiteral("/services/oauth2/token"));
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
    form.addQueryItem(QStringLiteral("client_id"), m_config.crmClientId);
    form.addQueryItem(QStringLiteral("client_secret"), QString::fromUtf8(m_config.crmClientSecret));
    form.addQueryItem(QStringLiteral("refresh_token"), QString::fromUtf8(m_config.crmRefreshToken));
    QNetworkRequest request(tokenUrl);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QStringLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(m_config.requestTimeoutMs);
    // '+' in a secret must not become a space: encode everything but the unreserved characters.
    const QByteArray body = form.toString(QUrl::FullyEncoded).replace(u'+', QStringLiteral("%2B")).toUtf8();
    QNetworkReply *reply = m_network.post(request, body);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        OutboxResult result = OutboxResult::fromReply(reply);
        const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
        if (result.kind == OutboxResult::Kind::Sent) {
            m_accessToken = answer.value(QStringLiteral("access_token")).toString().toUtf8();
            if (m_accessToken.isEmpty())
                result = {OutboxResult::Kind::Retry,
                          QStringLiteral("the token answer has no access_token"),
                          {},
                          -1};
        } else {
            // A refused refresh token will not get better by itself; the outbox retries anyway.
            result.error = QStringLiteral("Salesforce token refresh: ") + result.error;
            if (result.kind == OutboxResult::Kind::Rejected)
                result.kind = OutboxResult::Kind::Retry;
            qCWarning(lcSalesforce).noquote() << result.error;
        }
        const auto waiting = std::exchange(m_refreshing, {});
        for (const auto &callback : waiting)
            callback(result);
    });
}

QString SalesforceClient::recordLink(const QString &id) const
{
    return url(QStringLiteral("/lightning/r/Task/%1/view").arg(id)).toString();
}

void SalesforceClient::queryFirst(const QString &soql,
                                  std::function<void(const QJsonObject &, const OutboxResult *)> done)
{
    QUrl query = url(QStringLiteral("/services/data/%1/query").arg(kApiVersion));
    query.setQuery(QString::fromLatin1(QUrl::toPercentEncoding(soql)).prepend(QStringLiteral("q=")),
                   QUrl::StrictMode);
    request("GET", query, {}, {}, [done](const Reply &reply) {
        if (!reply.ok()) {
            done({}, &reply.failure);
            return;
        }
        const QJsonArray records = reply.json.value(QStringLiteral("records")).toArray();
        done(records.isEmpty() ? QJsonObject() : records.first().toObject(), nullptr);
    });
}

void SalesforceClient::findPerson(const QString &email,
                                  std::function<void(const QJsonObject &, const OutboxResult *)> done)
{
    QPointer<SalesforceClient> self(this);
    const QString quoted = soqlQuoted(email);
    queryFirst(QStringLiteral("SELECT Id, OwnerId, Owner.Email FROM Contact WHERE Email = %1 "
                              "ORDER BY LastModifiedDate DESC LIMIT 1")
                   .arg(quoted),
               [self, quoted, done](const QJsonObject &contact, const OutboxResult *failure) {
                   if (!self)
                       return;
                   if (failure || !contact.isEmpty()) {
                       done(contact, failure);
                       return;
                   }
                   self->queryFirst(
                       QStringLiteral("SELECT Id, OwnerId, Owner.Email FROM Lead WHERE Email = %1 "
                                      "AND IsConverted = false ORDER BY LastModifiedDate DESC LIMIT 1")
                           .arg(quoted),
                       done);
               });
}

void SalesforceClient::findOwner(const QString &email, OwnerHandler done)
{
    findPerson(email, [done](const QJsonObject &person, const OutboxResult *failure) {
        if (failure) {
            done(std::nullopt, {}, failure);
            return;
        }
        if (person.isEmpty()) {
            done(std::nullopt, QStringLiteral("no Salesforce Contact or Lead with this email"), nullptr);
            return;
        }
        const QString ownerEmail = person.value(QStringLiteral("Owner"))
                                       .toObject()
                                       .value(QStringLiteral("Email"))
                                       .toString()
                                       .toLower();
        if (ownerEmail.isEmpty())
            done(std::nullopt, QStringLiteral("the Salesforce record's owner has no email (a queue?)"),
                 nullptr);
        else
            done(ownerEmail, {}, nullptr);
    });
}

void SalesforceClient::logCall(const QJsonObject &call, bool unsure,
                               std::function<void(const OutboxResult &)> done)
{
    QPointer<SalesforceClient> self(this);
    const QString email = call.value(QStringLiteral("email")).toString().trimmed();
    findPerson(email, [self, call, unsure, email, done](const QJsonObject &person,
                                                        const OutboxResult *failure) {
        if (!self)
            return;
        if (failure) {
            done(*failure);
            return;
        }
        if (person.isEmpty()) {
            done({OutboxResult::Kind::Rejected,
                  QStringLiteral("no Salesforce Contact or Lead with the email %1").arg(email),
                  {},
                  -1});
            return;
        }
        const QString whoId = person.value(QStringLiteral("Id")).toString();
        // The record the call is on: a Contact or a Lead (the query answer's attributes.type).
        const QString who =
            person.value(QStringLiteral("attributes")).toObject().value(QStringLiteral("type")).toString();
        const QString whoUrl =
            who.isEmpty() ? QString()
                          : self->url(QStringLiteral("/lightning/r/%1/%2/view").arg(who, whoId)).toString();
        const auto withWho = [done, whoUrl](const OutboxResult &result) {
            OutboxResult out = result;
            if (out.kind == OutboxResult::Kind::Sent)
                out.subjectUrl = whoUrl;
            done(out);
        };
        const QString repEmail = call.value(QStringLiteral("repEmail")).toString().toLower();
        const auto afterOwner = [self, call, unsure, whoId, done = withWho](const QString &ownerId) {
            if (!unsure) {
                self->create(call, whoId, ownerId, done);
                return;
            }
            // The last attempt may have been stored: look for it by its Subject first.
            self->queryFirst(
                QStringLiteral("SELECT Id FROM Task WHERE Subject = %1 LIMIT 1")
                    .arg(soqlQuoted(activityTitle(call))),
                [self, call, whoId, ownerId, done](const QJsonObject &task, const OutboxResult *failed) {
                    if (!self)
                        return;
                    if (failed) {
                        done(*failed);
                        return;
                    }
                    if (!task.isEmpty()) {
                        done(OutboxResult::sent(
                            self->recordLink(task.value(QStringLiteral("Id")).toString())));
                        return;
                    }
                    self->create(call, whoId, ownerId, done);
                });
        };
        if (repEmail.isEmpty() || self->m_userIds.contains(repEmail)) {
            afterOwner(self->m_userIds.value(repEmail));
            return;
        }
        self->queryFirst(
            QStringLiteral("SELECT Id FROM User WHERE Email = %1 AND IsActive = true LIMIT 1")
                .arg(soqlQuoted(repEmail)),
            [self, repEmail, afterOwner, done](const QJsonObject &user, const OutboxResult *failed) {
                if (!self)
                    return;
                if (failed) {
                    done(*failed);
                    return;
                }
                const QString id = user.value(QStringLiteral("Id")).toString();
                if (!id.isEmpty())
                    self->m_userIds.insert(repEmail, id);
                afterOwner(id);
            });
    });
}

void SalesforceClient::create(const QJsonObject &call, const QString &whoId, const QString &ownerId,
                              std::function<void(const OutboxResult &)> done)
{
    QPointer<SalesforceClient> self(this);
    request("POST", url(QStringLiteral("/services/data/%1/sobjects/Task").arg(kApiVersion)),
            QJsonDocument(taskBody(call, whoId, ownerId)).toJson(QJsonDocument::Compact), "application/json",
            [self, done](const Reply &reply) {
                if (!self)
                    return;
                if (!reply.ok()) {
                    done(reply.failure);
                    return;
                }
                done(OutboxResult::sent(self->recordLink(reply.json.value(QStringLiteral("id")).toString())));
            });
}

void SalesforceClient::setQualifiedStatus(const QJsonObject &call,
                                          std::function<void(const OutboxResult &)> done)
{
    QPointer<SalesforceClient> self(this);
    const QString email = call.value(QStringLiteral("email")).toString().trimmed();
    findPerson(email, [self, email, done](const QJsonObject &person, const OutboxResult *failure) {
        if (!self)
            return;
        if (failure) {
            done(*failure);
            return;
        }
        const QString type =
            person.value(QStringLiteral("attributes")).toObject().value(QStringLiteral("type")).toString();
        if (person.isEmpty() || type != u"Lead") {
            // A Contact (or nothing): there is no lead status to set.
            done(OutboxResult::sent());
            return;
        }
        const QString id = person.value(QStringLiteral("Id")).toString();
        self->request(
            "PATCH", self->url(QStringLiteral("/services/data/%1/sobjects/Lead/%2").arg(kApiVersion, id)),
            QJsonDocument(QJsonObject{{QStringLiteral("Status"), self->m_config.crmQualifiedStatus}})
                .toJson(QJsonDocument::Compact),
            "application/json", [self, id, done](const Reply &reply) {
                if (!self)
                    return;
                done(reply.ok()
                         ? OutboxResult::sent(
                               self->url(QStringLiteral("/lightning/r/Lead/%1/view").arg(id)).toString())
                         : reply.failure);
            });
    });
}
