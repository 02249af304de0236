#include "segmentreader.h"

#include "clock/instant.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>
#include <QUrl>

namespace {

QString field(const QString &prefix, const char *name)
{
    return prefix + QLatin1StringView(name);
}

using Error = SegmentReader::Error;

std::optional<Error> readString(const QJsonObject &o, const char *key, const QString &prefix, QString *out)
{
    const QJsonValue v = o.value(QLatin1StringView(key));
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (!v.isString())
        return Error{field(prefix, key), SegmentReader::tr("must be a string")};
    *out = v.toString();
    return std::nullopt;
}

std::optional<Error> readObject(const QJsonObject &o, const char *key, const QString &prefix,
                                QJsonObject *out)
{
    const QJsonValue v = o.value(QLatin1StringView(key));
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (!v.isObject())
        return Error{field(prefix, key), SegmentReader::tr("must be an object")};
    *out = v.toObject();
    return std::nullopt;
}

std::optional<Error> readOne(const QJsonObject &o, const QString &prefix, const QDateTime &receivedAt,
                             const QString &forcedType, SegmentCall *call)
{
    QString type = forcedType;
    if (type.isEmpty()) {
        const QJsonValue v = o.value(QLatin1StringView("type"));
        if (v.isUndefined())
            return Error{field(prefix, "type"),
                         SegmentReader::tr("is missing (track, page, identify, group, alias or batch)")};
        if (!v.isString())
            return Error{field(prefix, "type"), SegmentReader::tr("must be a string")};
        type = v.toString();
    }
    if (type == u"track")
        call->type = SegmentCall::Type::Track;
    else if (type == u"page" || type == u"screen") // a screen is a mobile app's page view
        call->type = SegmentCall::Type::Page;
    else if (type == u"identify")
        call->type = SegmentCall::Type::Identify;
    else if (type == u"group")
        call->type = SegmentCall::Type::Group;
    else if (type == u"alias")
        call->type = SegmentCall::Type::Alias;
    else
        return Error{
            field(prefix, "type"),
            SegmentReader::tr("unknown call type \"%1\" (expected track, page, identify, group or alias)")
                .arg(type)};

    for (const auto &[key, out] :
         {std::pair{"messageId", &call->messageId}, std::pair{"userId", &call->userId},
          std::pair{"anonymousId", &call->anonymousId}, std::pair{"previousId", &call->previousId},
          std::pair{"groupId", &call->groupId}, std::pair{"event", &call->event},
          std::pair{"name", &call->name}}) {
        if (auto error = readString(o, key, prefix, out))
            return error;
    }
    for (const auto &[key, out] :
         {std::pair{"properties", &call->properties}, std::pair{"traits", &call->traits},
          std::pair{"context", &call->context}}) {
        if (auto error = readObject(o, key, prefix, out))
            return error;
    }

    QString timestamp;
    const char *timestampField = "timestamp";
    if (auto error = readString(o, timestampField, prefix, &timestamp))
        return error;
    if (timestamp.isEmpty()) {
        timestampField = "originalTimestamp";
        if (auto error = readString(o, timestampField, prefix, &timestamp))
            return error;
    }
    if (timestamp.isEmpty()) {
        call->timestamp = receivedAt.toUTC();
    } else {
        call->timestamp = SegmentReader::parseTimestamp(timestamp);
        if (!call->timestamp.isValid())
            return Error{field(prefix, timestampField),
                         SegmentReader::tr("is not an ISO 8601 date-time: \"%1\"").arg(timestamp)};
    }

    switch (call->type) {
    case SegmentCall::Type::Track:
        if (call->event.trimmed().isEmpty())
            return Error{field(prefix, "event"), SegmentReader::tr("is required for a track call")};
        break;
    case SegmentCall::Type::Group:
        if (call->groupId.trimmed().isEmpty())
            return Error{field(prefix, "groupId"), SegmentReader::tr("is required for a group call")};
        break;
    case SegmentCall::Type::Alias:
        if (call->previousId.trimmed().isEmpty())
            return Error{field(prefix, "previousId"), SegmentReader::tr("is required for an alias call")};
        if (call->userId.trimmed().isEmpty())
            return Error{field(prefix, "userId"), SegmentReader::tr("is required for an alias call")};
        return std::nullopt;
    case SegmentCall::Type::Page:
    case SegmentCall::Type::Identify:
        break;
    }
    if (call->userId.trimmed().isEmpty() && call->anonymousId.trimmed().isEmpty())
        return Error{field(prefix, "userId"), SegmentReader::tr("either userId or anonymousId is required")};
    return std::nullopt;
}

} // namespace

QString SegmentCall::contextGroupId() const
{
    const QJsonValue v = context.value(QLatin1StringView("groupId"));
    return v.isString() ? v.toString() : QString();
}

QString SegmentCall::pagePath() const
{
    QString path = properties.value(QLatin1StringView("path")).toString();
    if (path.isEmpty()) {
        const QString url = properties.value(QLatin1StringView("url")).toString();
        if (!url.isEmpty())
            path = QUrl(url).path();
    }
    if (path.isEmpty())
        path =
            context.value(QLatin1StringView("page")).toObject().value(QLatin1StringView("path")).toString();
    return path;
}

QJsonObject SegmentCall::toJson() const
{
    QJsonObject json{{QStringLiteral("type"), typeName(type)},
                     {QStringLiteral("timestamp"), timestamp.toUTC().toString(Qt::ISODateWithMs)}};
    const auto put = [&json](const char *key, const QString &value) {
        if (!value.isEmpty())
            json.insert(QLatin1StringView(key), value);
    };
    put("messageId", messageId);
    put("userId", userId);
    put("anonymousId", anonymousId);
    put("previousId", previousId);
    put("groupId", groupId);
    put("event", event);
    put("name", name);
    if (!properties.isEmpty())
        json.insert(QStringLiteral("properties"), properties);
    if (!traits.isEmpty())
        json.insert(QStringLiteral("traits"), traits);
    if (!context.isEmpty())
        json.insert(QStringLiteral("context"), context);
    return json;
}

QString SegmentCall::typeName(Type type)
{
    switch (type) {
    case Type::Track:
        return QStringLiteral("track");
    case Type::Page:
        return QStringLiteral("page");
    case Type::Identify:
        return QStringLiteral("identify");
    case Type::Group:
        return QStringLiteral("group");
    case Type::Alias:
        return QStringLiteral("alias");
    }
    return {};
}

QString SegmentReader::Error::toString() const
{
    return field.isEmpty() ? message : field + QStringLiteral(": ") + message;
}

QDateTime SegmentReader::parseTimestamp(const QString &text)
{
    return parseInstant(text);
}

SegmentReader::Result SegmentReader::read(const QJsonObject &object, const QDateTime &receivedAt,
                                          const QString &forcedType)
{
    Result result;
    const QString type =
        forcedType.isEmpty() ? object.value(QLatin1StringView("type")).toString() : forcedType;
    if (type != u"batch") {
        SegmentCall call;
        if (auto error = readOne(object, QString(), receivedAt, forcedType, &call))
            result.error = error;
        else
            result.calls.append(call);
        return result;
    }

    const QJsonValue items = object.value(QLatin1StringView("batch"));
    if (!items.isArray()) {
        result.error = Error{QStringLiteral("batch"), tr("must be an array of calls")};
        return result;
    }
    const QJsonArray array = items.toArray();
    if (array.isEmpty()) {
        result.error = Error{QStringLiteral("batch"), tr("is empty")};
        return result;
    }
    QJsonObject sharedContext = object.value(QLatin1StringView("context")).toObject();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString prefix = QStringLiteral("batch[%1].").arg(i);
        if (!array.at(i).isObject()) {
            result.calls.clear();
            result.error = Error{prefix.chopped(1), tr("must be an object")};
            return result;
        }
        SegmentCall call;
        if (auto error = readOne(array.at(i).toObject(), prefix, receivedAt, QString(), &call)) {
            result.calls.clear();
            result.error = error;
            return result;
        }
        for (auto it = sharedContext.constBegin(); it != sharedContext.constEnd(); ++it) {
            if (!call.context.contains(it.key()))
                call.context.insert(it.key(), it.value());
        }
        result.calls.append(call);
    }
    return result;
}

SegmentReader::Result SegmentReader::readJson(QByteArrayView json, const QDateTime &receivedAt,
                                              const QString &forcedType)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toByteArray(), &parseError);
    Result result;
    if (parseError.error != QJsonParseError::NoError) {
        result.error =
            Error{QString(),
                  tr("not valid JSON at byte %1: %2").arg(parseError.offset).arg(parseError.errorString())};
        return result;
    }
    if (!doc.isObject()) {
        result.error = Error{QString(), tr("a Segment call is a JSON object")};
        return result;
    }
    return read(doc.object(), receivedAt, forcedType);
}
