#pragma once

#include <QDateTime>
#include <QJsonValue>
#include <QString>

// Instants on the wire and on disk: ISO 8601 in UTC ("2026-01-20T12:00:00Z"). A text without
// an offset means UTC (Segment's convention), never local time, which may not exist.
QString formatInstant(qint64 msSinceEpoch);
// Invalid QDateTime when the text is not an ISO 8601 date-time.
QDateTime parseInstant(const QString &text);
// Milliseconds since the epoch, or 0 when the value is absent or not a date-time.
qint64 parseInstantMs(const QJsonValue &value);
