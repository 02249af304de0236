#include "instant.h"

QString formatInstant(qint64 msSinceEpoch)
{
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(msSinceEpoch, Qt::UTC);
    return at.toString(at.time().msec() ? Qt::ISODateWithMs : Qt::ISODate);
}

QDateTime parseInstant(const QString &text)
{
    const QString trimmed = text.trimmed();
    QDateTime at = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
    if (!at.isValid() || at.timeSpec() == Qt::LocalTime)
        at = QDateTime::fromString(trimmed + u'Z', Qt::ISODateWithMs);
    return at.isValid() ? at.toUTC() : QDateTime();
}

qint64 parseInstantMs(const QJsonValue &value)
{
    if (!value.isString())
        return 0;
    const QDateTime at = parseInstant(value.toString());
    return at.isValid() ? at.toMSecsSinceEpoch() : 0;
}
