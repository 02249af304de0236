#pragma once

#include "segmentcall.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>

// Turns Segment Spec JSON into SegmentCalls, refusing anything malformed with a message that
// names the field. A batch is read whole or not at all.
class SegmentReader
{
    Q_DECLARE_TR_FUNCTIONS(SegmentReader)

public:
    struct Error
    {
        QString field; // e.g. "batch[2].userId"; empty when the whole input is at fault
        QString message;
        QString toString() const;
    };

    struct Result
    {
        QList<SegmentCall> calls;
        std::optional<Error> error;
        bool ok() const { return !error.has_value(); }
    };

    // `receivedAt` stands in for a missing timestamp; `forcedType` is the type an HTTP
    // endpoint such as /v1/track implies (empty: the "type" field decides).
    static Result read(const QJsonObject &object, const QDateTime &receivedAt,
                       const QString &forcedType = {});
    static Result readJson(QByteArrayView json, const QDateTime &receivedAt, const QString &forcedType = {});

    static QDateTime parseTimestamp(const QString &text);
};
