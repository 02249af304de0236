#pragma once

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

class QTcpServer;
class QTcpSocket;

// A stand-in for HubSpot, Salesforce or a webhook receiver on 127.0.0.1: a small HTTP/1.1
// server that speaks the endpoints Firstcall uses as the vendors document them, keeps the
// records created, and checks every request's shape (auth header, required properties and
// their types, GUIDs, association ids, milliseconds against seconds). What does not match is
// answered as the vendor would (401, 400) and listed in problems(). Faults on demand: an
// answer of 429 (with Retry-After), 500 or 401, or no answer at all (before or after storing).
//
// HubSpot: https://developers.hubspot.com/docs/guides/api/crm/engagements/calls (calls,
// outcome GUIDs, association type 194), .../crm/search (filterGroups), .../crm/owners (paging).
// Salesforce: REST API Developer Guide (query, sObject create: 201 {"id","success","errors"}),
// "OAuth 2.0 Refresh Token Flow" (POST /services/oauth2/token, form-encoded), the Task object
// reference (TaskSubtype, CallType, CallDurationInSeconds an int, ActivityDate a date).
class FakeCrm final : public QObject
{
    Q_OBJECT

public:
    enum class Kind
    {
        HubSpot,
        Salesforce,
        Webhook
    };
    struct Request
    {
        QByteArray method;
        QString path;
        QUrlQuery query;
        QHash<QByteArray, QByteArray> headers; // names in lower case
        QByteArray body;
        QJsonObject json;
        qint64 receivedAtNs = 0; // std::chrono::steady_clock
    };
    struct Fault
    {
        int status = 0;              // 0: no answer at all (the connection hangs)
        QByteArray retryAfter;       // for a 429
        bool afterStoring = false;   // a create is stored before the fault
        QByteArrayList bodyContains; // only requests whose body has all of these
    };

    explicit FakeCrm(Kind kind, QObject *parent = nullptr);
    ~FakeCrm() override;

    bool listen();
    QUrl baseUrl() const;

    // The next `times` requests whose path starts with `path` get this fault.
    void fault(const QString &path, Fault fault, int times = 1);
    void clearFaults() { m_faults.clear(); }

    // HubSpot: owners (paged one per page); contacts by email with their owner's id.
    void addOwner(const QString &id, const QString &email);
    void addContact(const QString &id, const QString &email, const QString &ownerId);
    // Salesforce: users; a Contact or Lead (object "Contact"/"Lead") with its owner.
    void addUser(const QString &id, const QString &email);
    void addPerson(const QString &object, const QString &id, const QString &email,
                   const QString &ownerUserId);
    // Salesforce: the token a refresh gives; requests with any other are refused with 401.
    void expireAccessToken() { ++m_tokenGeneration; }

    static QByteArray hubSpotToken() { return "pat-na1-test-token"; }
    // What GET /account-info/v3/details answers, and so the links of its records.
    static int hubSpotPortalId() { return 4711; }
    static QString hubSpotUiDomain() { return QStringLiteral("app-eu1.hubspot.com"); }
    static QString hubSpotContactUrl(const QString &id)
    {
        return QStringLiteral("https://app-eu1.hubspot.com/contacts/4711/record/0-1/") + id;
    }
    static QString clientId() { return QStringLiteral("3MVG9-test-client"); }
    static QByteArray clientSecret() { return "client+secret/=="; }
    static QByteArray refreshToken() { return "5Aep861-refresh"; }

    const QList<Request> &requests() const { return m_requests; }
    QList<Request> requestsTo(const QByteArray &method, const QString &path) const;
    // Calls (HubSpot) or Tasks (Salesforce) created, as their bodies' objects; webhook bodies.
    const QList<QJsonObject> &records() const { return m_records; }
    const QStringList &problems() const { return m_problems; }
    // The lead status set (HubSpot: a contact's hs_lead_status; Salesforce: a Lead's Status), by record id.
    const QHash<QString, QString> &leadStatuses() const { return m_statuses; }
    int tokenRefreshes() const { return m_refreshes; }

private:
    struct Answer
    {
        int status = 200;
        QJsonDocument body;
        QList<QPair<QByteArray, QByteArray>> headers;
    };
    void handleConnection();
    void handleData(QTcpSocket *socket);
    void handle(QTcpSocket *socket, const Request &request);
    Answer hubSpot(const Request &request, bool *store);
    Answer salesforce(const Request &request);
    void problem(const Request &request, const QString &what);
    QByteArray accessToken() const { return "00Dtest!token-" + QByteArray::number(m_tokenGeneration); }

    Kind m_kind;
    QTcpServer *m_server = nullptr;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<QPair<QString, Fault>> m_faults;
    QList<Request> m_requests;
    QList<QJsonObject> m_records;
    QStringList m_problems;
    QList<QPair<QString, QString>> m_owners; // id, email
    struct Person
    {
        QString object;
        QString id;
        QString email;
        QString ownerId;
    };
    QList<Person> m_people;
    QHash<QString, QString> m_users; // email -> id
    QHash<QString, QString> m_statuses;
    int m_tokenGeneration = 1;
    int m_refreshes = 0;
    int m_nextId = 1000;
};
