#pragma once

#include <QList>
#include <QPair>
#include <QString>

#include <optional>

// A member of the sales team as the feed server knows them: role, the segments they cover
// (region, industry, product line ...), their named backup and chosen availability.
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
    QString backup;                          // name of the backup rep, may be empty
    Availability availability = Availability::Available;

    bool isManager() const { return role == Role::Manager; }

    static QString roleName(Role role);
    static std::optional<Role> parseRole(const QString &text);
    static QString availabilityName(Availability availability);
    static std::optional<Availability> parseAvailability(const QString &text);
    // "region=EMEA" -> {"region", "EMEA"}; nullopt when malformed.
    static std::optional<QPair<QString, QString>> parseSegment(const QString &text);
};
