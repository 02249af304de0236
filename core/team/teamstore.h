#pragma once

#include "rep.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

class FeedStore;

// The team directory in the database: reps, their hashed access tokens, availability, and a
// version that changes with every edit.
// Tokens are random, shown once when made, and stored only as SHA-256 hashes.
class TeamStore final
{
    Q_DECLARE_TR_FUNCTIONS(TeamStore)

public:
    explicit TeamStore(FeedStore &store);

    struct Added
    {
        Rep rep;
        QString token;
    };
    std::optional<Added> add(const Rep &rep, QString *error);
    bool remove(const QString &name, QString *error);
    // Replaces everything about the rep named rep.name but their token and availability.
    bool update(const Rep &rep, QString *error);
    // Changes with every add, update and remove: what a running server watches.
    QString version() const;
    std::optional<QString> rotateToken(const QString &name, QString *error);
    bool setAvailability(qint64 repId, Rep::Availability availability, QString *error);

    QList<Rep> list() const;
    // The same, or nullopt with `error` when the database cannot be read.
    std::optional<QList<Rep>> read(QString *error) const;
    std::optional<Rep> find(const QString &name) const;
    std::optional<Rep> findById(qint64 id) const;
    std::optional<Rep> authenticate(const QString &token) const;

    static QString newToken();
    static QString hashToken(const QString &token);

private:
    bool bumpVersion(QString *failure);

    FeedStore &m_store;
};
