#include "rep.h"

QString Rep::roleName(Role role)
{
    switch (role) {
    case Role::Sdr:
        return QStringLiteral("sdr");
    case Role::Ae:
        return QStringLiteral("ae");
    case Role::Manager:
        return QStringLiteral("manager");
    }
    return {};
}

std::optional<Rep::Role> Rep::parseRole(const QString &text)
{
    for (const Role role : {Role::Sdr, Role::Ae, Role::Manager}) {
        if (text.compare(roleName(role), Qt::CaseInsensitive) == 0)
            return role;
    }
    return std::nullopt;
}

QString Rep::availabilityName(Availability availability)
{
    switch (availability) {
    case Availability::Available:
        return QStringLiteral("available");
    case Availability::Away:
        return QStringLiteral("away");
    case Availability::Offline:
        return QStringLiteral("offline");
    }
    return {};
}

std::optional<Rep::Availability> Rep::parseAvailability(const QString &text)
{
    for (const Availability availability :
         {Availability::Available, Availability::Away, Availability::Offline}) {
        if (text.compare(availabilityName(availability), Qt::CaseInsensitive) == 0)
            return availability;
    }
    return std::nullopt;
}

std::optional<QPair<QString, QString>> Rep::parseSegment(const QString &text)
{
    const qsizetype equals = text.indexOf(u'=');
    if (equals < 0)
        return std::nullopt;
    const QString key = text.left(equals).trimmed();
    const QString value = text.mid(equals + 1).trimmed();
    if (key.isEmpty() || value.isEmpty())
        return std::nullopt;
    return qMakePair(key, value);
}

QTimeZone Rep::zone() const
{
    return WorkingHours::zone(timeZone).value_or(QTimeZone(0));
}

bool Rep::inHours(qint64 utcMs) const
{
    return hours.isAlways() || hours.contains(utcMs, zone());
}
