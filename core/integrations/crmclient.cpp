#include "crmclient.h"

#include "clock/clock.h"
#include "integrations/hubspotclient.h"
#include "integrations/salesforceclient.h"
#include "team/teamstore.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>

namespace {
Q_LOGGING_CATEGORY(lcCrm, "firstcall.crm")

constexpr qint64 kUnreachableCacheMs = 30'000;
} // namespace

std::unique_ptr<CrmClient> CrmClient::create(const IntegrationsConfig &config, QNetworkAccessManager &network,
                                             TeamStore &team, Clock &clock)
{
    switch (config.crm) {
    case IntegrationsConfig::Crm::HubSpot:
        return std::make_unique<HubSpotClient>(config, network, team, clock);
    case IntegrationsConfig::Crm::Salesforce:
        return std::make_unique<SalesforceClient>(config, network, team, clock);
    case IntegrationsConfig::Crm::None:
        break;
    }
    return nullptr;
}

CrmClient::CrmClient(const IntegrationsConfig &config, QNetworkAccessManager &network, TeamStore &team,
                     Clock &clock)
    : m_config(config)
    , m_network(network)
    , m_team(team)
    , m_clock(clock)
{}

CrmClient::~CrmClient() = default;

QString CrmClient::dispositionLabel(const QString &disposition)
{
    static const QHash<QString, QString> labels = {
        {QStringLiteral("connected"), QStringLiteral("Connected")},
        {QStringLiteral("left_voicemail"), QStringLiteral("Left voicemail")},
        {QStringLiteral("no_answer"), QStringLiteral("No answer")},
        {QStringLiteral("wrong_number"), QStringLiteral("Wrong number")},
        {QStringLiteral("meeting_booked"), QStringLiteral("Meeting booked")},
        {QStringLiteral("not_interested"), QStringLiteral("Not interested")},
    };
    return labels.value(disposition, disposition);
}

QString CrmClient::activityTitle(const QJsonObject &call)
{
    // The call id makes it unique; the rest is for the person reading the timeline.
    return QStringLiteral("Call: %1 - %2 (Firstcall %3)")
        .arg(dispositionLabel(call.value(QStringLiteral("disposition")).toString()),
             call.value(QStringLiteral("name")).toString(), call.value(QStringLiteral("callId")).toString());
}

QUrl CrmClient::url(const QString &path) const
{
    QUrl u = m_config.crmBaseUrl;
    QString base = u.path();
    while (base.endsWith(u'/'))
        base.chop(1);
    const qsizetype query = path.indexOf(u'?');
    u.setPath(base + (query < 0 ? path : path.left(query)));
    if (query >= 0)
        u.setQuery(path.mid(query + 1), QUrl::DecodedMode);
    return u;
}

void CrmClient::refresh(std::function<void(const OutboxResult &)> done)
{
    done(OutboxResult::failed(QStringLiteral("no way to refresh the credentials")));
}

void CrmClient::request(const QByteArray &verb, const QUrl &url, const QByteArray &body,
                        const QByteArray &contentType, ReplyHandler done)
{
    if (!hasCredentials()) {
        QPointer<CrmClient> self(this);
        refresh([self, verb, url, body, contentType, done](const OutboxResult &failure) {
            if (!self)
                return;
            if (failure.kind != OutboxResult::Kind::Sent) {
                done(Reply{0, {}, failure});
                return;
            }
            self->sendRequest(verb, url, body, contentType, done, false);
        });
        return;
    }
    sendRequest(verb, url, body, contentType, std::move(done), canRefresh());
}

void CrmClient::sendRequest(const QByteArray &verb, const QUrl &url, const QByteArray &body,
                            const QByteArray &contentType, ReplyHandler done, bool mayRefresh)
{
    QNetworkRequest request(url);
    if (!contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QString::fromLatin1(contentType));
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(m_config.requestTimeoutMs);
    authorize(request);
    QNetworkReply *reply = m_network.sendCustomRequest(request, verb, body);
    QPointer<CrmClient> self(this);
    connect(reply, &QNetworkReply::finished, this, [=, this] {
        reply->deleteLater();
        Reply answer;
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.failure = OutboxResult::fromReply(reply);
        const QJsonDocument document = QJsonDocument::fromJson(reply->readAll());
        answer.json = document.isArray() ? QJsonObject{{QStringLiteral("records"), document.array()}}
                                         : document.object();
        if (answer.status == 401 && mayRefresh) {
            qCInfo(lcCrm) << "the CRM refused the access token: refreshing it";
            refresh([self, verb, url, body, contentType, done](const OutboxResult &failure) {
                if (!self)
                    return;
                if (failure.kind != OutboxResult::Kind::Sent) {
                    done(Reply{0, {}, failure});
                    return;
                }
                self->sendRequest(verb, url, body, contentType, done, false);
            });
            return;
        }
        done(answer);
    });
}

AlertDesk::OwnerDirectory::Answer CrmClient::ownerOf(const LeadState &lead)
{
    const QString email = lead.card.email.trimmed().toLower();
    if (email.isEmpty())
        return {{}, QStringLiteral("the lead has no email to find its CRM record by")};
    const auto cached = m_owners.constFind(email);
    const qint64 now = m_clock.nowMs();
    if (cached == m_owners.cend() ||
        (!cached->pending &&
         now - cached->atMs >
             (cached->reason.startsWith(u"CRM unreachable") ? kUnreachableCacheMs : m_config.ownerCacheMs))) {
        const bool known = cached != m_owners.cend();
        lookUpOwner(email);
        if (!known)
            return {{}, QStringLiteral("CRM owner not known yet (looked up for the next alert)")};
    }
    const Owner &owner = m_owners.value(email);
    if (owner.pending && owner.atMs == 0)
        return {{}, QStringLiteral("CRM owner not known yet (lookup under way)")};
    if (owner.email.isEmpty())
        return {{}, owner.reason};
    const QList<Rep> team = m_team.list();
    for (const Rep &rep : team) {
        if (rep.email.compare(owner.email, Qt::CaseInsensitive) == 0)
            return {rep.name, {}};
    }
    return {{}, QStringLiteral("CRM owner %1 is no rep's email (rep edit NAME --email)").arg(owner.email)};
}

void CrmClient::lookUpOwner(const QString &email)
{
    Owner &entry = m_owners[email];
    if (entry.pending)
        return;
    entry.pending = true;
    QPointer<CrmClient> self(this);
    findOwner(email, [self, email](const std::optional<QString> &ownerEmail, const QString &why,
                                   const OutboxResult *failure) {
        if (!self)
            return;
        Owner &owner = self->m_owners[email];
        owner.pending = false;
        owner.atMs = self->m_clock.nowMs();
        owner.email = ownerEmail.value_or(QString());
        owner.reason = failure ? QStringLiteral("CRM unreachable: %1").arg(failure->error) : why;
        qCDebug(lcCrm).noquote() << "owner of" << email << ":" << (ownerEmail ? *ownerEmail : owner.reason);
        Q_EMIT self->ownerLearned(email);
    });
}

void CrmClient::send(const FeedStore::OutboxRow &item, std::function<void(const OutboxResult &)> done)
{
    const QJsonObject call = QJsonDocument::fromJson(item.payload).object();
    if ((item.type != u"call.logged" && item.type != u"lead.qualified") || call.isEmpty()) {
        done(OutboxResult::failed(QStringLiteral("not a call for the CRM: %1").arg(item.type)));
        return;
    }
    if (call.value(QStringLiteral("email")).toString().trimmed().isEmpty()) {
        done(OutboxResult::failed(QStringLiteral("the lead has no email to find its CRM record by")));
        return;
    }
    if (item.type == u"lead.qualified")
        setQualifiedStatus(call, std::move(done));
    else
        logCall(call, item.unsure, std::move(done));
}

QString soqlQuoted(const QString &text)
{
    QString out;
    out.reserve(text.size() + 2);
    out += u'\'';
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '\'':
            out += QStringLiteral("\\'");
            break;
        case '\\':
            out += QStringLiteral("\\\\");
            break;
        case '"':
            out += QStringLiteral("\\\"");
            break;
        case '\n':
            out += QStringLiteral("\\n");
            break;
        case '\r':
            out += QStringLiteral("\\r");
            break;
        case '\t':
            out += QStringLiteral("\\t");
            break;
        default:
            out += c;
        }
    }
    out += u'\'';
    return out;
}
