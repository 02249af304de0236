#pragma once

#include "workinghours.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

// A member of the sales team as the feed server knows them: role, the segments they cover
// (region, industry, product line ...), their backups in order, their share of the rotation
// (weight), working hours in their time zone, email and chosen availability.
struct Rep
{
    enum class Role
    {
        Sdr,
        Ae,
        Manager
    };
    enum class Availability
    {
        Available,
        Away,
        Offline
    };

    qint64 id = 0;
    QString name;
    Role role = Role::Sdr;
    QList<QPair<QString, QString>> segments; // KEY=VALUE pairs; several values per key allowed
    QStringList backups;                     // names of the backup reps, tried in order
    Availability availability = Availability::Available;
    double weight = 1;  // share of new leads in the rotation, relative to colleagues'
    WorkingHours hours; // empty: always
    QString timeZone;   // IANA id; empty: UTC
    QString email;

    bool isManager() const { return role == Role::Manager; }
    // Whether the instant is in the rep's working hours (in their time zone).
    bool inHours(qint64 utcMs) const;
    QTimeZone zone() const;

    static QString roleName(Role role);
    static std::optional<Role> parseRole(const QString &text);
    static QString availabilityName(Availability availability);
    static std::optional<Availability> parseAvailability(const QString &text);
    // "region=EMEA" -> {"region", "EMEA"}; nullopt when malformed.
    static std::optional<QPair<QString, QString>> parseSegment(const QString &text);
    static constexpr double kMaxWeight = 100;
};
