#include "events/segmentreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

namespace {

// Stands in for the server's clock: when the feed received the call.
const QDateTime kReceivedAt(QDate(2024, 5, 14), QTime(9, 30), QTimeZone::utc());

QDateTime utc(int year, int month, int day, int hour, int minute, int second = 0, int ms = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second, ms), QTimeZone::utc());
}

SegmentReader::Result readJson(const char *json, const QString &forcedType = {})
{
    return SegmentReader::readJson(QByteArrayView(json), kReceivedAt, forcedType);
}

} // namespace

class TstSegmentReader final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void track();
    void page();
    void identify();
    void group();
    void alias();
    void batchWithSharedContext();
    void timestamp_data();
    void timestamp();
    void missingTimestampIsReceivedAt();
    void originalTimestampFallback();
    void forcedType();
    void forcedBatch();
    void anonymousOnly();
    void nullFieldsAreAbsent();
    void pagePath_data();
    void pagePath();
    void contextGroupId_data();
    void contextGroupId();
    void typeName();
    void badInput_data();
    void badInput();
};

void TstSegmentReader::initTestCase()
{
    // A zone away from UTC, so that "no offset means UTC" is not true by accident.
    qputenv("TZ", "Asia/Kolkata");
    const QDateTime local(QDate(2024, 5, 14), QTime(9, 30), Qt::LocalTime);
    QCOMPARE(local.offsetFromUtc(), 5 * 3600 + 30 * 60);
}

void TstSegmentReader::track()
{
    const auto result = readJson(R"({
        "type": "track", "messageId": "m-1", "userId": "u-1", "anonymousId": "a-1",
        "event": "Demo Requested", "timestamp": "2024-05-14T09:00:00Z",
        "properties": { "plan": "enterprise", "seats": 40 },
        "context": { "groupId": "acme", "ip": "203.0.113.7" }
    })");
    QVERIFY2(result.ok(), qPrintable(result.error->toString()));
    QCOMPARE(result.calls.size(), 1);
    const SegmentCall &call = result.calls.at(0);
    QCOMPARE(call.type, SegmentCall::Type::Track);
    QCOMPARE(call.messageId, QStringLiteral("m-1"));
    QCOMPARE(call.userId, QStringLiteral("u-1"));
    QCOMPARE(call.anonymousId, QStringLiteral("a-1"));
    QCOMPARE(call.event, QStringLiteral("Demo Requested"));
    QCOMPARE(call.timestamp, utc(2024, 5, 14, 9, 0));
    QCOMPARE(call.properties.value(QLatin1StringView("plan")).toString(), QStringLiteral("enterprise"));
    QCOMPARE(call.properties.value(QLatin1StringView("seats")).toInt(), 40);
    QCOMPARE(call.contextGroupId(), QStringLiteral("acme"));
    QCOMPARE(call.context.value(QLatin1StringView("ip")).toString(), QStringLiteral("203.0.113.7"));
}

void TstSegmentReader::page()
{
    const auto result = readJson(R"({
        "type": "page", "userId": "u-1", "name": "Pricing",
        "properties": { "path": "/pricing", "url": "https://acme.example/pricing", "title": "Pricing" }
    })");
    QVERIFY2(result.ok(), qPrintable(result.error->toString()));
    QCOMPARE(result.calls.size(), 1);
    const SegmentCall &call = result.calls.at(0);
    QCOMPARE(call.type, SegmentCall::Type::Page);
    QCOMPARE(call.name, QStringLiteral("Pricing"));
    QCOMPARE(call.pagePath(), QStringLiteral("/pricing"));
    QVERIFY(call.event.isEmpty());
}

void TstSegmentReader::identify()
{
    const auto result = readJson(R"({
        "type": "identify", "userId": "u-1",
        "traits": { "name": "Ada Lovelace", "email": "ada@acme.example", "phone": "+1 555 0100",
                    "title": "CTO", "seniority": "C-Level", "lifecycleStage": "lead" }
    })");
    QVERIFY2(result.ok(), qPrintable(result.error->toString()));
    QCOMPARE(result.calls.size(), 1);
    const SegmentCall &call = result.calls.at(0);
    QCOMPARE(call.type, SegmentCall::Type::Identify);
    QCOMPARE(call.userId, QStringLiteral("u-1"));
    QCOMPARE(call.traits.value(QLatin1StringView("name")).toString(), QStringLiteral("Ada Lovelace"));
    QCOMPARE(call.traits.value(QLatin1StringView("phone")).toString(), QStringLiteral("+1 555 0100"));
    QCOMPARE(call.traits.value(QLatin1StringView("seniority")).toString(), QStringLiteral("C-Level"));
    QCOMPARE(call.traits.size(), 6);
}

void TstSegmentReader::group()
{
    const auto result = readJson(R"({
        "type": "group", "userId": "u-1", "groupId": "acme",
        "traits": { "name": "Acme Corp", "employees": 250, "industry": "Software", "icpFit": "A", "plan": "pro" }
    })");
    QVERIFY2(result.ok(), qPrintable(result.error->toString()));
    QCOMPARE(result.calls.size(), 1);
    const SegmentCall &call = result.calls.at(0);
    QCOMPARE(call.type, SegmentCall::Type::Group);
    QCOMPARE(call.userId, QStringLiteral("u-1"));
    QCOMPARE(call.groupId, QStringLiteral("acme"));
    QCOMPARE(call.traits.value(QLatin1StringView("employees")).toInt(), 250);
    QCOMPARE(call.traits.value(QLatin1StringView("icpFit")).toString(), QStringLiteral("A"));
}

void TstSegmentReader::alias()
{
    const auto result = readJson(R"({ "type": "alias", "previousId": "anon-42", "userId": "u-1" })");
    QVERIFY2(result.ok(), qPrintable(result.error->toString()));
    QCOMPARE(result.calls.size(), 1);
    const SegmentCall &call = result.calls.at(0);
    QCOMPARE(call.type, SegmentCall::Type::Alias);
    QCOMPARE(call.previousId, QStringLiteral("anon-42"));
    QCOMPARE(call.userId, QStringLiteral("u-1"));
    QCOMPARE(call.timestamp, kReceivedAt);
}

void TstSegmentReader::batchWithSharedContext()
{
    const auto result = readJson(R"({
        "type": "batch",
        "context": { "library": { "name": "analytics-node" }, "groupId": "acme" },
        "batch": [
            { "type": "identify", "userId": "u-1", "traits": { "name": "Ada" },
              "timestamp": "2024-05-14T08:00:00Z" },
            { "type": "track", "userId": "u-1", "event": "Demo Requested", "messageId": "m-2",
              "context": { "groupId": "globex" }, "timestamp": "2024-05-14T08:05:00Z" },
            { "type": "page", "anonymousId": "a-1", "properties": { "path": "/pricing" } },
            { "type": "group", "userId": "u-1", "groupId": "acme" },
            { "type": "alias", "previousId": "a-1", "userId": "u-1" }
        ]
    })");
    QVERIFY2(result.ok(), qPrintable(result.error->toString()));
    QCOMPARE(result.calls.size(), 5);

    const QList<SegmentCall::Type> types = {SegmentCall::Type::Identify, SegmentCall::Type::Track,
                                            SegmentCall::Type::Page, SegmentCall::Type::Group,
                                            SegmentCall::Type::Alias};
    for (qsizetype i = 0; i < types.size(); ++i) {
        QCOMPARE(result.calls.at(i).type, types.at(i));
        // The batch's context reaches every call ...
        QCOMPARE(result.calls.at(i)
                     .context.value(QLatin1StringView("library"))
                     .toObject()
                     .value(QLatin1StringView("name"))
                     .toString(),
                 QStringLiteral("analytics-node"));
    }
    // ... but a call's own context wins.
    QCOMPARE(result.calls.at(0).contextGroupId(), QStringLiteral("acme"));
    QCOMPARE(result.calls.at(1).contextGroupId(), QStringLiteral("globex"));
    QCOMPARE(result.calls.at(2).contextGroupId(), QStringLiteral("acme"));

    QCOMPARE(result.calls.at(0).timestamp, utc(2024, 5, 14, 8, 0));
    QCOMPARE(result.calls.at(1).timestamp, utc(2024, 5, 14, 8, 5));
    QCOMPARE(result.calls.at(2).timestamp, kReceivedAt);
    QCOMPARE(result.calls.at(1).messageId, QStringLiteral("m-2"));
    QCOMPARE(result.calls.at(2).anonymousId, QStringLiteral("a-1"));
    QCOMPARE(result.calls.at(2).pagePath(), QStringLiteral("/pricing"));
    QCOMPARE(result.calls.at(3).groupId, QStringLiteral("acme"));
    QCOMPARE(result.calls.at(4).previousId, QStringLiteral("a-1"));
}

void TstSegmentReader::timestamp_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected");

    QTest::newRow("Z") << QStringLiteral("2024-05-14T09:30:00Z") << utc(2024, 5, 14, 9, 30);
    QTest::newRow("milliseconds") << QStringLiteral("2024-05-14T09:30:00.123Z")
                                  << utc(2024, 5, 14, 9, 30, 0, 123);
    QTest::newRow("tenths") << QStringLiteral("2024-05-14T09:30:00.5Z") << utc(2024, 5, 14, 9, 30, 0, 500);
    QTest::newRow("microseconds") << QStringLiteral("2024-05-14T09:30:00.123456Z")
                                  << utc(2024, 5, 14, 9, 30, 0, 123);
    QTest::newRow("+02:00") << QStringLiteral("2024-05-14T11:30:00+02:00") << utc(2024, 5, 14, 9, 30);
    QTest::newRow("-05:00") << QStringLiteral("2024-05-14T04:30:00-05:00") << utc(2024, 5, 14, 9, 30);
    QTest::newRow("+05:30 with ms") << QStringLiteral("2024-05-14T15:00:00.250+05:30")
                                    << utc(2024, 5, 14, 9, 30, 0, 250);
    QTest::newRow("offset crosses midnight")
        << QStringLiteral("2024-05-13T23:30:00-10:00") << utc(2024, 5, 14, 9, 30);
    QTest::newRow("+00:00") << QStringLiteral("2024-05-14T09:30:00+00:00") << utc(2024, 5, 14, 9, 30);
    QTest::newRow("no offset is UTC") << QStringLiteral("2024-05-14T09:30:00") << utc(2024, 5, 14, 9, 30);
    QTest::newRow("no offset, with ms")
        << QStringLiteral("2024-05-14T09:30:00.042") << utc(2024, 5, 14, 9, 30, 0, 42);
}

void TstSegmentReader::timestamp()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);

    const QDateTime parsed = SegmentReader::parseTimestamp(text);
    QCOMPARE(parsed, expected);
    QCOMPARE(parsed.timeSpec(), Qt::UTC);

    const QJsonObject object{{QStringLiteral("type"), QStringLiteral("track")},
                             {QStringLiteral("userId"), QStringLiteral("u-1")},
                             {QStringLiteral("event"), QStringLiteral("Demo Requested")},
                             {QStringLiteral("timestamp"), text}};
    const auto result = SegmentReader::read(object, kReceivedAt);
    QVERIFY2(result.ok(), qPrintable(result.error->toString()));
    QCOMPARE(result.calls.at(0).timestamp, expected);
    QCOMPARE(result.calls.at(0).timestamp.timeSpec(), Qt::UTC);
}

void TstSegmentReader::missingTimestampIsReceivedAt()
{
    auto result = readJson(R"({ "type": "track", "userId": "u-1", "event": "Demo Requested" })");
    QVERIFY(result.ok());
    QCOMPARE(result.calls.at(0).timestamp, kReceivedAt);

    // A receivedAt in another zone is the same instant, stored as UTC.
    const QDateTime paris(QDate(2024, 5, 14), QTime(11, 30), QTimeZone(QByteArrayLiteral("Europe/Paris")));
    result =
        SegmentReader::readJson(R"({ "type": "track", "userId": "u-1", "event": "Demo Requested" })", paris);
    QVERIFY(result.ok());
    QCOMPARE(result.calls.at(0).timestamp, kReceivedAt);
    QCOMPARE(result.calls.at(0).timestamp.timeSpec(), Qt::UTC);
}

void TstSegmentReader::originalTimestampFallback()
{
    auto result = readJson(R"({ "type": "track", "userId": "u-1", "event": "Demo Requested",
                                "originalTimestamp": "2024-05-14T07:00:00+01:00" })");
    QVERIFY2(result.ok(), qPrintable(result.error->toString()));
    QCOMPARE(result.calls.at(0).timestamp, utc(2024, 5, 14, 6, 0));

    result = readJson(R"({ "type": "track", "userId": "u-1", "event": "Demo Requested",
                           "timestamp": "2024-05-14T08:00:00Z", "originalTimestamp": "2024-05-14T07:00:00Z" })");
    QVERIFY2(result.ok(), qPrintable(result.error->toString()));
    QCOMPARE(result.calls.at(0).timestamp, utc(2024, 5, 14, 8, 0));
}

void TstSegmentReader::forcedType()
{
    // POST /v1/track: the endpoint says what the call is; the body needs no "type".
    auto result = readJson(R"({ "userId": "u-1", "event": "Demo Requested" })", QStringLiteral("track"));
    QVERIFY2(result.ok(), qPrintable(result.error->toString()));
    QCOMPARE(result.calls.size(), 1);
    QCOMPARE(result.calls.at(0).type, SegmentCall::Type::Track);
    QCOMPARE(result.calls.at(0).event, QStringLiteral("Demo Requested"));

    // The endpoint wins over a "type" in the body.
    result = readJson(R"({ "type": "track", "userId": "u-1", "traits": { "name": "Ada" } })",
                      QStringLiteral("identify"));
    QVERIFY2(result.ok(), qPrintable(result.error->toString()));
    QCOMPARE(result.calls.at(0).type, SegmentCall::Type::Identify);

    result = readJson(R"({ "userId": "u-1", "groupId": "acme" })", QStringLiteral("group"));
    QVERIFY2(result.ok(), qPrintable(result.error->toString()));
    QCOMPARE(result.calls.at(0).type, SegmentCall::Type::Group);

    result = readJson(R"({ "anonymousId": "a-1", "properties": { "path": "/docs/api" } })",
                      QStringLiteral("page"));
    QVERIFY2(result.ok(), qPrintable(result.error->toString()));
    QCOMPARE(result.calls.at(0).type, SegmentCall::Type::Page);
}

void TstSegmentReader::forcedBatch()
{
    // POST /v1/batch: the items still carry their own type.
    const auto result = readJson(R"({ "batch": [
        { "type": "track", "userId": "u-1", "event": "Demo Requested" },
        { "type": "identify", "userId": "u-1" } ] })",
                                 QStringLiteral("batch"));
    QVERIFY2(result.ok(), qPrintable(result.error->toString()));
    QCOMPARE(result.calls.size(), 2);
    QCOMPARE(result.calls.at(0).type, SegmentCall::Type::Track);
    QCOMPARE(result.calls.at(1).type, SegmentCall::Type::Identify);
}

void TstSegmentReader::anonymousOnly()
{
    const auto result = readJson(R"({ "type": "track", "anonymousId": "a-1", "event": "Pricing Viewed" })");
    QVERIFY2(result.ok(), qPrintable(result.error->toString()));
    QVERIFY(result.calls.at(0).userId.isEmpty());
    QCOMPARE(result.calls.at(0).anonymousId, QStringLiteral("a-1"));
}

void TstSegmentReader::nullFieldsAreAbsent()
{
    // analytics.js sends userId: null for anonymous visitors.
    const auto result =
        readJson(R"({ "type": "page", "userId": null, "anonymousId": "a-1", "properties": null,
                                      "timestamp": null })");
    QVERIFY2(result.ok(), qPrintable(result.error->toString()));
    QVERIFY(result.calls.at(0).userId.isEmpty());
    QVERIFY(result.calls.at(0).properties.isEmpty());
    QCOMPARE(result.calls.at(0).timestamp, kReceivedAt);
}

void TstSegmentReader::pagePath_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("path");

    QTest::newRow("properties.path") << QByteArray(R"({ "properties": { "path": "/pricing" } })")
                                     << QStringLiteral("/pricing");
    QTest::newRow("properties.url")
        << QByteArray(R"({ "properties": { "url": "https://acme.example/docs/api?tab=auth#tokens" } })")
        << QStringLiteral("/docs/api");
    QTest::newRow("context.page.path")
        << QByteArray(R"({ "context": { "page": { "path": "/compare/hubspot" } } })")
        << QStringLiteral("/compare/hubspot");
    QTest::newRow("path before url")
        << QByteArray(R"({ "properties": { "path": "/pricing", "url": "https://acme.example/docs" } })")
        << QStringLiteral("/pricing");
    QTest::newRow("url before context") << QByteArray(
                                               R"({ "properties": { "url": "https://acme.example/pricing" },
             "context": { "page": { "path": "/docs" } } })")
                                        << QStringLiteral("/pricing");
    QTest::newRow("none") << QByteArray(R"({ "name": "Pricing" })") << QString();
}

void TstSegmentReader::pagePath()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, path);

    QJsonObject object = QJsonDocument::fromJson(json).object();
    object.insert(QStringLiteral("anonymousId"), QStringLiteral("a-1"));
    const auto result = SegmentReader::read(object, kReceivedAt, QStringLiteral("page"));
    QVERIFY2(result.ok(), qPrintable(result.error->toString()));
    QCOMPARE(result.calls.at(0).pagePath(), path);
}

void TstSegmentReader::contextGroupId_data()
{
    QTest::addColumn<QByteArray>("context");
    QTest::addColumn<QString>("groupId");

    QTest::newRow("string") << QByteArray(R"({ "groupId": "acme" })") << QStringLiteral("acme");
    QTest::newRow("absent") << QByteArray(R"({ "ip": "203.0.113.7" })") << QString();
    QTest::newRow("not a string") << QByteArray(R"({ "groupId": 42 })") << QString();
    QTest::newRow("no context") << QByteArray() << QString();
}

void TstSegmentReader::contextGroupId()
{
    QFETCH(QByteArray, context);
    QFETCH(QString, groupId);

    QJsonObject object{{QStringLiteral("userId"), QStringLiteral("u-1")},
                       {QStringLiteral("event"), QStringLiteral("Demo Requested")}};
    if (!context.isEmpty())
        object.insert(QStringLiteral("context"), QJsonDocument::fromJson(context).object());
    const auto result = SegmentReader::read(object, kReceivedAt, QStringLiteral("track"));
    QVERIFY2(result.ok(), qPrintable(result.error->toString()));
    QCOMPARE(result.calls.at(0).contextGroupId(), groupId);
}

void TstSegmentReader::typeName()
{
    QCOMPARE(SegmentCall::typeName(SegmentCall::Type::Track), QStringLiteral("track"));
    QCOMPARE(SegmentCall::typeName(SegmentCall::Type::Page), QStringLiteral("page"));
    QCOMPARE(SegmentCall::typeName(SegmentCall::Type::Identify), QStringLiteral("identify"));
    QCOMPARE(SegmentCall::typeName(SegmentCall::Type::Group), QStringLiteral("group"));
    QCOMPARE(SegmentCall::typeName(SegmentCall::Type::Alias), QStringLiteral("alias"));
}

void TstSegmentReader::badInput_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("forcedType");
    QTest::addColumn<QString>("field"); // empty: the whole input
    QTest::addColumn<QString>("what");  // part of the message saying what is wrong

    const auto row = [](const char *tag, const char *json, const char *field, const char *what,
                        const char *forcedType = "") {
        QTest::newRow(tag) << QByteArray(json) << QString::fromLatin1(forcedType)
                           << QString::fromLatin1(field) << QString::fromLatin1(what);
    };

    row("not JSON", "type=track&event=Demo", "", "not valid JSON");
    row("truncated JSON", R"({ "type": "track", "userId": "u-1")", "", "not valid JSON");
    row("empty body", "", "", "not valid JSON");
    row("array instead of object", R"([{ "type": "track", "userId": "u-1", "event": "Demo Requested" }])", "",
        "JSON object");
    row("missing type", R"({ "userId": "u-1", "event": "Demo Requested" })", "type", "is missing");
    row("type not a string", R"({ "type": 1, "userId": "u-1", "event": "Demo Requested" })", "type",
        "must be a string");
    row("unknown type", R"({ "type": "purchase", "userId": "u-1" })", "type",
        "unknown call type \"purchase\"");
    row("track without event", R"({ "type": "track", "userId": "u-1" })", "event",
        "required for a track call");
    row("track with blank event", R"({ "type": "track", "userId": "u-1", "event": "  " })", "event",
        "required for a track call");
    row("forced track without event", R"({ "userId": "u-1" })", "event", "required for a track call",
        "track");
    row("event not a string", R"({ "type": "track", "userId": "u-1", "event": ["Demo"] })", "event",
        "must be a string");
    row("missing userId and anonymousId", R"({ "type": "track", "event": "Demo Requested" })", "userId",
        "either userId or anonymousId");
    row("blank userId and anonymousId", R"({ "type": "identify", "userId": "", "anonymousId": " " })",
        "userId", "either userId or anonymousId");
    row("userId a number", R"({ "type": "identify", "userId": 42 })", "userId", "must be a string");
    row("anonymousId an object", R"({ "type": "page", "anonymousId": {} })", "anonymousId",
        "must be a string");
    row("messageId a number", R"({ "type": "identify", "userId": "u-1", "messageId": 7 })", "messageId",
        "must be a string");
    row("bad timestamp",
        R"({ "type": "track", "userId": "u-1", "event": "Demo Requested", "timestamp": "yesterday" })",
        "timestamp", "not an ISO 8601 date-time: \"yesterday\"");
    row("impossible date", R"({ "type": "track", "userId": "u-1", "event": "Demo Requested",
                                "timestamp": "2024-02-30T10:00:00Z" })",
        "timestamp", "not an ISO 8601");
    row("timestamp a number", R"({ "type": "track", "userId": "u-1", "event": "Demo Requested",
                                   "timestamp": 1715678400 })",
        "timestamp", "must be a string");
    row("properties not an object", R"({ "type": "track", "userId": "u-1", "event": "Demo Requested",
                                         "properties": ["plan"] })",
        "properties", "must be an object");
    row("traits a string", R"({ "type": "identify", "userId": "u-1", "traits": "Ada" })", "traits",
        "must be an object");
    row("context a number", R"({ "type": "identify", "userId": "u-1", "context": 1 })", "context",
        "must be an object");
    row("group without groupId", R"({ "type": "group", "userId": "u-1", "traits": { "name": "Acme" } })",
        "groupId", "required for a group call");
    row("alias without previousId", R"({ "type": "alias", "userId": "u-1" })", "previousId",
        "required for an alias call");
    row("alias without userId", R"({ "type": "alias", "previousId": "a-1" })", "userId",
        "required for an alias call");
    row("batch not an array", R"({ "type": "batch", "batch": { "type": "track" } })", "batch",
        "must be an array");
    row("batch missing", R"({ "type": "batch" })", "batch", "must be an array");
    row("empty batch", R"({ "type": "batch", "batch": [] })", "batch", "is empty");
    row("batch item not an object", R"({ "type": "batch", "batch": [ "track" ] })", "batch[0]",
        "must be an object");
    row("batch with one bad item", R"({ "type": "batch", "batch": [
            { "type": "identify", "userId": "u-1" },
            { "type": "track", "userId": "u-1" },
            { "type": "track", "userId": "u-1", "event": "Demo Requested" } ] })",
        "batch[1].event", "required for a track call");
    row("batch item without type",
        R"({ "type": "batch", "batch": [ { "userId": "u-1", "event": "Demo Requested" } ] })",
        "batch[0].type", "is missing");
    row("batch inside a batch", R"({ "type": "batch", "batch": [ { "type": "batch", "batch": [] } ] })",
        "batch[0].type", "unknown call type \"batch\"");
    row("batch item with bad timestamp", R"({ "type": "batch", "batch": [
            { "type": "identify", "userId": "u-1", "timestamp": "2024-05-14T09:30:00Z" },
            { "type": "identify", "userId": "u-2", "timestamp": "14/05/2024" } ] })",
        "batch[1].timestamp", "not an ISO 8601");
}

void TstSegmentReader::badInput()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, forcedType);
    QFETCH(QString, field);
    QFETCH(QString, what);

    const auto result = SegmentReader::readJson(json, kReceivedAt, forcedType);
    QVERIFY(!result.ok());
    QVERIFY2(result.calls.isEmpty(), "a rejected input yields no call, not even the good ones of a batch");
    QCOMPARE(result.error->field, field);
    QVERIFY2(result.error->message.contains(what), qPrintable(result.error->message));
    const QString text = result.error->toString();
    QCOMPARE(text,
             field.isEmpty() ? result.error->message : field + QStringLiteral(": ") + result.error->message);
}

QTEST_GUILESS_MAIN(TstSegmentReader)
#include "tst_segmentreader.moc"
