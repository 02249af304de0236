#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

// One Segment Spec call (track, page, identify, group or alias) as a plain value; a batch
// arrives as several of these.
struct SegmentCall
{
    enum class Type
    {
        Track,
        Page,
        Identify,
        Group,
        Alias
    };

    Type type = Type::Track;
    QString messageId;
    QString userId;
    QString anonymousId;
    QString previousId; // alias
    QString groupId;    // group
    QString event;      // track
    QString name;       // page
    QDateTime timestamp;
    QJsonObject properties;
    QJsonObject traits;
    QJsonObject context;

    // The account a track or page call names through context.groupId, if any.
    QString contextGroupId() const;
    // properties.path, else the path of properties.url, else context.page.path.
    QString pagePath() const;

    // The call as Segment JSON again (with its resolved timestamp), for storage.
    QJsonObject toJson() const;

    static QString typeName(Type type);
};
