#include "fakecrm.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>

#include <chrono>

namespace {

const QStringList &hubSpotOutcomes()
{
    // "The default HubSpot outcome labels and their internal values" (calls guide).
    static const QStringList guids = {
        QStringLiteral("9d9162e7-6cf3-4944-bf63-4dff82258764"), // Busy
        QStringLiteral("f240bbac-87c9-4f6e-bf70-924b57d47db7"), // Connected
        QStringLiteral("a4c4c377-d246-4b32-a13b-75a56a4cd0ff"), // Left live message
        QStringLiteral("b2cf5968-551e-4856-9783-52b3da59a7d0"), // Left voicemail
        QStringLiteral("73a0d17f-1163-4015-bdd5-ec830791da20"), // No answer
        QStringLiteral("17b47fee-58de-441e-a44c-c6300d46f273"), // Wrong number
    };
    return guids;
}

QString reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return QStringLiteral("OK");
    case 201:
        return QStringLiteral("Created");
    case 400:
        return QStringLiteral("Bad Request");
    case 401:
        return QStringLiteral("Unauthorized");
    case 404:
        return QStringLiteral("Not Found");
    case 429:
        return QStringLiteral("Too Many Requests");
    default:
        return QStringLiteral("Status");
    }
}

// The value of `Field = '...'` in a SOQL WHERE clause, unescaped; null when absent.
QString soqlEquals(const QString &soql, const QString &field)
{
    const QRegularExpression pattern(QStringLiteral("\\b%1 = '((?:[^'\\\\]|\\\\.)*)'").arg(field));
    const QRegularExpressionMatch match = pattern.match(soql);
    if (!match.hasMatch())
        return {};
    QString out;
    const QString raw = match.captured(1);
    for (qsizetype i = 0; i < raw.size(); ++i) {
        if (raw.at(i) == u'\\' && i + 1 < raw.size()) {
            const QChar next = raw.at(++i);
            out += next == u'n'   ? QChar(u'\n')
                   : next == u't' ? QChar(u'\t')
                   : next == u'r' ? QChar(u'\r')
                                  : next;
        } else {
            out += raw.at(i);
        }
    }
    return out.isNull() ? QStringLiteral("") : out;
}

} // namespace

FakeCrm::FakeCrm(Kind kind, QObject *parent)
    : QObject(parent)
    , m_kind(kind)
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &FakeCrm::handleConnection);
}

FakeCrm::~FakeCrm() = default;

bool FakeCrm::listen()
{
    return m_server->listen(QHostAddress::LocalHost, 0);
}

QUrl FakeCrm::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server->serverPort()));
}

void FakeCrm::fault(const QString &path, Fault fault, int times)
{
    for (int i = 0; i < times; ++i)
        m_faults.append({path, fault});
}

void FakeCrm::addOwner(const QString &id, const QString &email)
{
    m_owners.append({id, email});
}

void FakeCrm::addContact(const QString &id, const QString &email, const QString &ownerId)
{
    m_people.append({QStringLiteral("Contact"), id, email, ownerId});
}

void FakeCrm::addUser(const QString &id, const QString &email)
{
    m_users.insert(email.toLower(), id);
}

void FakeCrm::addPerson(const QString &object, const QString &id, const QString &email,
                        const QString &ownerUserId)
{
    m_people.append({object, id, email, ownerUserId});
}

QList<FakeCrm::Request> FakeCrm::requestsTo(const QByteArray &method, const QString &path) const
{
    QList<Request> out;
    for (const Request &r : m_requests) {
        if (r.method == method && r.path == path)
            out.append(r);
    }
    return out;
}

void FakeCrm::problem(const Request &request, const QString &what)
{
    m_problems.append(
        QStringLiteral("%1 %2: %3").arg(QString::fromLatin1(request.method), request.path, what));
}

void FakeCrm::handleConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1); // as web servers do
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { handleData(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void FakeCrm::handleData(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    for (;;) {
        const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return;
        const QList<QByteArray> lines = buffer.left(headEnd).split('\n');
        Request request;
        const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
        if (requestLine.size() < 2)
            return;
        request.method = requestLine.at(0);
        const QUrl target(QString::fromLatin1(requestLine.at(1)));
        request.path = target.path();
        request.query = QUrlQuery(target.query(QUrl::FullyEncoded));
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            if (colon > 0)
                request.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                                       lines.at(i).mid(colon + 1).trimmed());
        }
        const qsizetype length = request.headers.value("content-length", "0").toLongLong();
        if (buffer.size() < headEnd + 4 + length)
            return;
        request.body = buffer.mid(headEnd + 4, length);
        buffer.remove(0, headEnd + 4 + length);
        request.json = QJsonDocument::fromJson(request.body).object();
        request.receivedAtNs = std::chrono::duration_cast<std::chrono::nanoseconds>(
                                   std::chrono::steady_clock::now().time_since_epoch())
                                   .count();
        handle(socket, request);
    }
}

void FakeCrm::handle(QTcpSocket *socket, const Request &request)
{
    m_requests.append(request);
    std::optional<Fault> fault;
    for (qsizetype i = 0; i < m_faults.size(); ++i) {
        const Fault &candidate = m_faults.at(i).second;
        if (request.path.startsWith(m_faults.at(i).first) &&
            std::all_of(candidate.bodyContains.cbegin(), candidate.bodyContains.cend(),
                        [&](const QByteArray &part) { return request.body.contains(part); })) {
            fault = m_faults.takeAt(i).second;
            break;
        }
    }
    Answer answer;
    if (!fault || fault->afterStoring) {
        bool store = false;
        switch (m_kind) {
        case Kind::HubSpot:
            answer = hubSpot(request, &store);
            break;
        case Kind::Salesforce:
            answer = salesforce(request);
            break;
        case Kind::Webhook:
            m_records.append(request.json);
            answer.body = QJsonDocument(QJsonObject{{QStringLiteral("ok"), true}});
            break;
        }
    }
    if (fault) {
        if (fault->status == 0)
            return; // no answer, ever: the client's timeout (or its death) ends it
        answer =
            Answer{fault->status,
                   QJsonDocument(QJsonObject{{QStringLiteral("message"), QStringLiteral("fault injected")}}),
                   {}};
        if (!fault->retryAfter.isEmpty())
            answer.headers.append({"Retry-After", fault->retryAfter});
    }
    const QByteArray body = answer.body.isNull() ? QByteArray() : answer.body.toJson(QJsonDocument::Compact);
    QByteArray response =
        "HTTP/1.1 " + QByteArray::number(answer.status) + ' ' + reasonPhrase(answer.status).toLatin1() +
        "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
    for (const auto &[name, value] : std::as_const(answer.headers))
        response += name + ": " + value + "\r\n";
    socket->write(response + "\r\n" + body);
}

FakeCrm::Answer FakeCrm::hubSpot(const Request &request, bool *store)
{
    const auto error = [](int status, const QString &message) {
        return Answer{
            status,
            QJsonDocument(QJsonObject{{QStringLiteral("status"), QStringLiteral("error")},
                                      {QStringLiteral("category"), QStringLiteral("VALIDATION_ERROR")},
                                      {QStringLiteral("message"), message}}),
            {}};
    };
    if (request.headers.value("authorization") != "Bearer " + hubSpotToken()) {
        problem(request, QStringLiteral("no private-app bearer token"));
        return error(401, QStringLiteral("Authentication credentials not found."));
    }
    const auto equalsFilter = [&](const QString &property) -> QString {
        const QJsonArray groups = request.json.value(QStringLiteral("filterGroups")).toArray();
        const QJsonObject filter =
            groups.first().toObject().value(QStringLiteral("filters")).toArray().first().toObject();
        if (filter.value(QStringLiteral("propertyName")).toString() != property ||
            filter.value(QStringLiteral("operator")).toString() != u"EQ" ||
            !filter.value(QStringLiteral("value")).isString()) {
            problem(request, QStringLiteral("expected one filter: %1 EQ a string").arg(property));
            return {};
        }
        return filter.value(QStringLiteral("value")).toString();
    };
    if (request.method == "POST" && request.path == u"/crm/v3/objects/contacts/search") {
        const QString email = equalsFilter(QStringLiteral("email"));
        if (!request.json.value(QStringLiteral("properties"))
                 .toArray()
                 .contains(QStringLiteral("hubspot_owner_id")))
            problem(request, QStringLiteral("hubspot_owner_id not asked for"));
        QJsonArray results;
        for (const Person &p : std::as_const(m_people)) {
            if (p.email.compare(email, Qt::CaseInsensitive) == 0)
                results.append(QJsonObject{{QStringLiteral("id"), p.id},
                                           {QStringLiteral("properties"),
                                            QJsonObject{{QStringLiteral("email"), p.email},
                                                        {QStringLiteral("hubspot_owner_id"), p.ownerId}}}});
        }
        return {200,
                QJsonDocument(QJsonObject{{QStringLiteral("total"), results.size()},
                                          {QStringLiteral("results"), results}}),
                {}};
    }
    if (request.method == "GET" && request.path == u"/account-info/v3/details") {
        // https://developers.hubspot.com/docs/api-reference/legacy/account/account-information/get-account-details:
        // portalId an int32, uiDomain the host of the account's pages, the rest required too.
        if (!request.body.isEmpty())
            problem(request, QStringLiteral("a GET with a body"));
        return {200,
                QJsonDocument(QJsonObject{{QStringLiteral("portalId"), hubSpotPortalId()},
                                          {QStringLiteral("accountType"), QStringLiteral("STANDARD")},
                                          {QStringLiteral("timeZone"), QStringLiteral("Europe/Berlin")},
                                          {QStringLiteral("companyCurrency"), QStringLiteral("EUR")},
                                          {QStringLiteral("additionalCurrencies"), QJsonArray()},
                                          {QStringLiteral("utcOffset"), QStringLiteral("+01:00")},
                                          {QStringLiteral("utcOffsetMilliseconds"), 3'600'000},
                                          {QStringLiteral("uiDomain"), hubSpotUiDomain()},
                                          {QStringLiteral("dataHostingLocation"), QStringLiteral("eu1")}}),
                {}};
    }
    if (request.method == "GET" && request.path == u"/crm/v3/owners") {
        // One owner a page, so that paging is always exercised.
        const int limit = request.query.queryItemValue(QStringLiteral("limit")).toInt();
        if (limit < 1 || limit > 500)
            problem(request, QStringLiteral("limit must be 1..500"));
        const int from = request.query.queryItemValue(QStringLiteral("after")).toInt();
        QJsonObject page;
        QJsonArray results;
        if (from < m_owners.size())
            results.append(QJsonObject{{QStringLiteral("id"), m_owners.at(from).first},
                                       {QStringLiteral("email"), m_owners.at(from).second},
                                       {QStringLiteral("type"), QStringLiteral("PERSON")}});
        page.insert(QStringLiteral("results"), results);
        if (from + 1 < m_owners.size())
            page.insert(QStringLiteral("paging"),
                        QJsonObject{{QStringLiteral("next"),
                                     QJsonObject{{QStringLiteral("after"), QString::number(from + 1)}}}});
        return {200, QJsonDocument(page), {}};
    }
    if (request.method == "POST" && request.path == u"/crm/v3/objects/calls/search") {
        const QString title = equalsFilter(QStringLiteral("hs_call_title"));
        QJsonArray results;
        for (const QJsonObject &call : std::as_const(m_records)) {
            const QJsonObject properties = call.value(QStringLiteral("properties")).toObject();
            if (properties.value(QStringLiteral("hs_call_title")).toString() == title)
                results.append(QJsonObject{{QStringLiteral("id"), call.value(QStringLiteral("id"))},
                                           {QStringLiteral("properties"), properties}});
        }
        return {200,
                QJsonDocument(QJsonObject{{QStringLiteral("total"), results.size()},
                                          {QStringLiteral("results"), results}}),
                {}};
    }
    if (request.method == "POST" && request.path == u"/crm/v3/objects/calls") {
        const QJsonObject properties = request.json.value(QStringLiteral("properties")).toObject();
        QStringList wrong;
        for (auto it = properties.begin(); it != properties.end(); ++it) {
            if (!it.value().isString())
                wrong.append(it.key() + QStringLiteral(" is not a string"));
        }
        const QString timestamp = properties.value(QStringLiteral("hs_timestamp")).toString();
        if (!QDateTime::fromString(timestamp, Qt::ISODateWithMs).isValid())
            wrong.append(QStringLiteral("hs_timestamp is not a UTC date: ") + timestamp);
        for (const char *required : {"hs_call_title", "hs_call_body"}) {
            if (properties.value(QLatin1StringView(required)).toString().isEmpty())
                wrong.append(QLatin1StringView(required) + QStringLiteral(" missing"));
        }
        static const QRegularExpression digits(QStringLiteral("^\\d+$"));
        if (!digits.match(properties.value(QStringLiteral("hs_call_duration")).toString()).hasMatch())
            wrong.append(QStringLiteral("hs_call_duration is not milliseconds"));
        if (!hubSpotOutcomes().contains(properties.value(QStringLiteral("hs_call_disposition")).toString()))
            wrong.append(QStringLiteral("hs_call_disposition is not a documented outcome GUID"));
        if (properties.value(QStringLiteral("hs_call_status")).toString() != u"COMPLETED")
            wrong.append(QStringLiteral("hs_call_status is not COMPLETED"));
        if (properties.value(QStringLiteral("hs_call_direction")).toString() != u"OUTBOUND")
            wrong.append(QStringLiteral("hs_call_direction is not OUTBOUND"));
        const QString owner = properties.value(QStringLiteral("hubspot_owner_id")).toString();
        if (!owner.isEmpty() &&
            std::none_of(m_owners.cbegin(), m_owners.cend(), [&](const auto &o) { return o.first == owner; }))
            wrong.append(QStringLiteral("no owner ") + owner);
        const QJsonArray associations = request.json.value(QStringLiteral("associations")).toArray();
        const QJsonObject association = associations.first().toObject();
        const QString contact =
            association.value(QStringLiteral("to")).toObject().value(QStringLiteral("id")).toString();
        const QJsonObject type = association.value(QStringLiteral("types")).toArray().first().toObject();
        if (associations.size() != 1 || std::none_of(m_people.cbegin(), m_people.cend(),
                                                     [&](const Person &p) { return p.id == contact; }))
            wrong.append(QStringLiteral("not associated with one known contact"));
        if (type.value(QStringLiteral("associationCategory")).toString() != u"HUBSPOT_DEFINED" ||
            type.value(QStringLiteral("associationTypeId")).toInt() != 194)
            wrong.append(QStringLiteral("association is not HUBSPOT_DEFINED 194 (call to contact)"));
        if (!wrong.isEmpty()) {
            problem(request, wrong.join(QStringLiteral("; ")));
            return error(400, wrong.join(QStringLiteral("; ")));
        }
        QJsonObject call = request.json;
        call.insert(QStringLiteral("id"), QString::number(++m_nextId));
        m_records.append(call);
        *store = true;
        return {201,
                QJsonDocument(QJsonObject{{QStringLiteral("id"), call.value(QStringLiteral("id"))},
                                          {QStringLiteral("properties"), properties}}),
                {}};
    }
    if (request.method == "PATCH" && request.path.startsWith(u"/crm/v3/objects/contacts/")) {
        // Update a contact: {"properties": {...}} (the contacts guide).
        const QString id = request.path.section(u'/', -1);
        const QJsonObject properties = request.json.value(QStringLiteral("properties")).toObject();
        if (std::none_of(m_people.cbegin(), m_people.cend(), [&](const Person &p) { return p.id == id; }))
            return error(404, QStringLiteral("no contact ") + id);
        if (properties.keys() != QStringList{QStringLiteral("hs_lead_status")} ||
            !properties.value(QStringLiteral("hs_lead_status")).isString()) {
            problem(request, QStringLiteral("expected properties {hs_lead_status: a string}"));
            return error(400, QStringLiteral("expected hs_lead_status"));
        }
        m_statuses.insert(id, properties.value(QStringLiteral("hs_lead_status")).toString());
        return {200,
                QJsonDocument(
                    QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("properties"), properties}}),
                {}};
    }
    problem(request, QStringLiteral("no such endpoint"));
    return error(404, QStringLiteral("no such endpoint"));
}

FakeCrm::Answer FakeCrm::salesforce(const Request &request)
{
    const auto errors = [](int status, const QString &code, const QString &message) {
        return Answer{status,
                      QJsonDocument(QJsonArray{QJsonObject{{QStringLiteral("errorCode"), code},
                                                           {QStringLiteral("message"), message}}}),
                      {}};
    };
    if (request.path == u"/services/oauth2/token") {
        const QUrlQuery form(QString::fromUtf8(request.body));
        const auto field = [&](const QString &name) { return form.queryItemValue(name, QUrl::FullyDecoded); };
        if (request.method != "POST" ||
            !request.headers.value("content-type").startsWith("application/x-www-form-urlencoded") ||
            field(QStringLiteral("grant_type")) != u"refresh_token" ||
            field(QStringLiteral("client_id")) != clientId() ||
            field(QStringLiteral("client_secret")).toUtf8() != clientSecret() ||
            field(QStringLiteral("refresh_token")).toUtf8() != refreshToken()) {
            problem(request, QStringLiteral("not a refresh-token grant with this app's credentials: ") +
                                 QString::fromUtf8(request.body));
            return {400,
                    QJsonDocument(QJsonObject{{QStringLiteral("error"), QStringLiteral("invalid_grant")},
                                              {QStringLiteral("error_description"),
                                               QStringLiteral("expired access/refresh token")}}),
                    {}};
        }
        ++m_refreshes;
        return {200,
                QJsonDocument(QJsonObject{
                    {QStringLiteral("access_token"), QString::fromLatin1(accessToken())},
                    {QStringLiteral("instance_url"), baseUrl().toString()},
                    {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                    {QStringLiteral("issued_at"), QString::number(QDateTime::currentMSecsSinceEpoch())}}),
                {}};
    }
    if (request.headers.value("authorization") != "Bearer " + accessToken())
        return errors(401, QStringLiteral("INVALID_SESSION_ID"),
                      QStringLiteral("Session expired or invalid"));
    static const QRegularExpression versioned(QStringLiteral("^/services/data/v\\d+\\.0(/.*)$"));
    const QRegularExpressionMatch match = versioned.match(request.path);
    if (!match.hasMatch()) {
        problem(request, QStringLiteral("not under /services/data/vNN.0"));
        return errors(404, QStringLiteral("NOT_FOUND"),
                      QStringLiteral("The requested resource does not exist"));
    }
    const QString resource = match.captured(1);
    if (request.method == "GET" && resource == u"/query") {
        const QString soql = request.query.queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded);
        QJsonArray records;
        static const QRegularExpression from(QStringLiteral("\\bFROM (\\w+) WHERE\\b"));
        const QString object = from.match(soql).captured(1);
        if (object == u"Contact" || object == u"Lead") {
            const QString email = soqlEquals(soql, QStringLiteral("Email"));
            if (email.isNull())
                problem(request, QStringLiteral("no Email = '...' in ") + soql);
            if (object == u"Lead" && !soql.contains(QStringLiteral("IsConverted = false")))
                problem(request, QStringLiteral("converted Leads not excluded"));
            for (const Person &p : std::as_const(m_people)) {
                if (p.object != object || p.email.compare(email, Qt::CaseInsensitive) != 0)
                    continue;
                const QString ownerEmail = m_users.key(p.ownerId);
                records.append(QJsonObject{
                    {QStringLiteral("attributes"), QJsonObject{{QStringLiteral("type"), object}}},
                    {QStringLiteral("Id"), p.id},
                    {QStringLiteral("OwnerId"), p.ownerId},
                    {QStringLiteral("Owner"), QJsonObject{{QStringLiteral("Email"), ownerEmail}}}});
            }
        } else if (object == u"User") {
            const QString email = soqlEquals(soql, QStringLiteral("Email"));
            if (const QString id = m_users.value(email.toLower()); !id.isEmpty())
                records.append(
                    QJsonObject{{QStringLiteral("attributes"), QJsonObject{{QStringLiteral("type"), object}}},
                                {QStringLiteral("Id"), id}});
        } else if (object == u"Task") {
            const QString subject = soqlEquals(soql, QStringLiteral("Subject"));
            for (const QJsonObject &task : std::as_const(m_records)) {
                if (task.value(QStringLiteral("Subject")).toString() == subject)
                    records.append(QJsonObject{{QStringLiteral("Id"), task.value(QStringLiteral("Id"))}});
            }
        } else {
            problem(request, QStringLiteral("unexpected query ") + soql);
            return errors(400, QStringLiteral("MALFORMED_QUERY"), soql);
        }
        return {200,
                QJsonDocument(QJsonObject{{QStringLiteral("totalSize"), records.size()},
                                          {QStringLiteral("done"), true},
                                          {QStringLiteral("records"), records}}),
                {}};
    }
    if (request.method == "POST" && resource == u"/sobjects/Task") {
        const QJsonObject &task = request.json;
        QStringList wrong;
        const QString subject = task.value(QStringLiteral("Subject")).toString();
        if (subject.isEmpty() || subject.size() > 255)
            wrong.append(QStringLiteral("Subject must be 1..255 characters"));
        const QString who = task.value(QStringLiteral("WhoId")).toString();
        if (std::none_of(m_people.cbegin(), m_people.cend(), [&](const Person &p) { return p.id == who; }))
            wrong.append(QStringLiteral("WhoId is no Contact or Lead"));
        if (task.contains(QStringLiteral("OwnerId")) &&
            m_users.key(task.value(QStringLiteral("OwnerId")).toString()).isEmpty())
            wrong.append(QStringLiteral("OwnerId is no User"));
        if (task.value(QStringLiteral("Status")).toString() != u"Completed")
            wrong.append(QStringLiteral("Status is not Completed"));
        if (task.value(QStringLiteral("TaskSubtype")).toString() != u"Call")
            wrong.append(QStringLiteral("TaskSubtype is not Call"));
        if (task.value(QStringLiteral("CallType")).toString() != u"Outbound")
            wrong.append(QStringLiteral("CallType is not Outbound"));
        if (!task.value(QStringLiteral("CallDisposition")).isString())
            wrong.append(QStringLiteral("CallDisposition is not text"));
        const QJsonValue duration = task.value(QStringLiteral("CallDurationInSeconds"));
        if (!duration.isDouble() || duration.toDouble() != std::floor(duration.toDouble()))
            wrong.append(QStringLiteral("CallDurationInSeconds is not an integer"));
        if (!QDate::fromString(task.value(QStringLiteral("ActivityDate")).toString(), Qt::ISODate).isValid())
            wrong.append(QStringLiteral("ActivityDate is not a date"));
        if (!task.value(QStringLiteral("Description")).isString())
            wrong.append(QStringLiteral("Description is not text"));
        if (!wrong.isEmpty()) {
            problem(request, wrong.join(QStringLiteral("; ")));
            return errors(400, QStringLiteral("INVALID_FIELD"), wrong.join(QStringLiteral("; ")));
        }
        QJsonObject stored = task;
        stored.insert(QStringLiteral("Id"), QStringLiteral("00T%1").arg(++m_nextId));
        m_records.append(stored);
        return {201,
                QJsonDocument(QJsonObject{{QStringLiteral("id"), stored.value(QStringLiteral("Id"))},
                                          {QStringLiteral("success"), true},
                                          {QStringLiteral("errors"), QJsonArray()}}),
                {}};
    }
    if (request.method == "PATCH" && resource.startsWith(u"/sobjects/Lead/")) {
        // Update a record: 204 No Content (REST API guide, "Update a Record").
        const QString id = resource.section(u'/', -1);
        if (std::none_of(m_people.cbegin(), m_people.cend(),
                         [&](const Person &p) { return p.id == id && p.object == u"Lead"; }))
            return errors(404, QStringLiteral("NOT_FOUND"), QStringLiteral("no Lead ") + id);
        if (request.json.keys() != QStringList{QStringLiteral("Status")} ||
            !request.json.value(QStringLiteral("Status")).isString()) {
            problem(request, QStringLiteral("expected {Status: a string}"));
            return errors(400, QStringLiteral("INVALID_FIELD"), QStringLiteral("expected Status"));
        }
        m_statuses.insert(id, request.json.value(QStringLiteral("Status")).toString());
        return {204, {}, {}};
    }
    problem(request, QStringLiteral("no such endpoint"));
    return errors(404, QStringLiteral("NOT_FOUND"), QStringLiteral("The requested resource does not exist"));
}
