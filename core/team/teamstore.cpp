#include "teamstore.h"

#include "store/feedstore.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QRandomGenerator>

#include <array>

namespace {

constexpr qsizetype kMaxNameLength = 200;

void setError(QString *error, const QString &text)
{
    if (error)
        *error = text;
}

// Checks everything about a new rep that does not need the database; returns the problem.
QString validate(Rep rep)
{
    if (rep.name.isEmpty())
        return TeamStore::tr("the rep's name is empty");
    if (rep.name != rep.name.trimmed())
        return TeamStore::tr("the name \"%1\" begins or ends with whitespace").arg(rep.name);
    if (rep.name.size() > kMaxNameLength)
        return TeamStore::tr("the name is %1 characters long; at most %2 are allowed")
            .arg(rep.name.size())
            .arg(kMaxNameLength);
    for (const QChar c : rep.name) {
        if (c.category() == QChar::Other_Control)
            return TeamStore::tr("the name \"%1\" contains a control character such as a line break")
                .arg(rep.name.simplified());
    }
    for (const auto &[key, value] : rep.segments) {
        if (key.trimmed().isEmpty() || value.trimmed().isEmpty())
            return TeamStore::tr("the segment \"%1=%2\" needs both a key and a value (KEY=VALUE)")
                .arg(key, value);
        if (key.contains(u'='))
            return TeamStore::tr("the segment key \"%1\" contains \"=\"").arg(key);
    }
    if (rep.backups.contains(rep.name))
        return TeamStore::tr("%1 cannot be their own backup").arg(rep.name);
    if (rep.backups.removeDuplicates() > 0)
        return TeamStore::tr("a backup is named twice: %1").arg(rep.backups.join(QStringLiteral(", ")));
    if (!(rep.weight > 0) || rep.weight > Rep::kMaxWeight)
        return TeamStore::tr("the weight %1 is not in (0, %2]").arg(rep.weight).arg(Rep::kMaxWeight);
    if (!WorkingHours::zone(rep.timeZone))
        return TeamStore::tr("unknown time zone \"%1\"; expected an IANA name such as Europe/Berlin")
            .arg(rep.timeZone);
    if (!rep.email.isEmpty() && (!rep.email.contains(u'@') || rep.email.contains(u' ')))
        return TeamStore::tr("\"%1\" is not an email address").arg(rep.email);
    return {};
}

} // namespace

TeamStore::TeamStore(FeedStore &store)
    : m_store(store)
{}

std::optional<TeamStore::Added> TeamStore::add(const Rep &rep, QString *error)
{
    if (const QString problem = validate(rep); !problem.isEmpty()) {
        setError(error, problem);
        return std::nullopt;
    }

    Added added{rep, newToken()};
    added.rep.segments.clear();
    for (const auto &[key, value] : rep.segments)
        added.rep.segments.append(qMakePair(key.trimmed(), value.trimmed()));

    QString failure;
    const bool ok = m_store.transaction([&] {
        if (find(rep.name)) {
            failure = tr("a rep named %1 already exists").arg(rep.name);
            return false;
        }
        for (const QString &backup : rep.backups) {
            if (!find(backup)) {
                failure = tr("the backup %1 is not on the team; add them first").arg(backup);
                return false;
            }
        }
        QString reason;
        const auto id =
            m_store.addRep(added.rep, hashToken(added.token), QDateTime::currentMSecsSinceEpoch(), &reason);
        if (!id) {
            failure = tr("cannot add %1: %2").arg(rep.name, reason);
            return false;
        }
        added.rep.id = *id;
        return bumpVersion(&failure);
    });
    if (!ok) {
        setError(error, failure.isEmpty() ? tr("cannot add %1: %2").arg(rep.name, m_store.connectionError())
                                          : failure);
        return std::nullopt;
    }
    return added;
}

bool TeamStore::remove(const QString &name, QString *error)
{
    QString failure;
    const bool ok = m_store.transaction([&] {
        if (!find(name)) {
            failure = tr("no rep named %1").arg(name);
            return false;
        }
        QString reason;
        if (!m_store.removeRep(name, &reason)) {
            failure = tr("cannot remove %1: %2").arg(name, reason);
            return false;
        }
        return bumpVersion(&failure);
    });
    if (!ok) {
        setError(error, failure.isEmpty() ? tr("cannot remove %1: %2").arg(name, m_store.connectionError())
                                          : failure);
    }
    return ok;
}

bool TeamStore::update(const Rep &rep, QString *error)
{
    if (const QString problem = validate(rep); !problem.isEmpty()) {
        setError(error, problem);
        return false;
    }
    QString failure;
    const bool ok = m_store.transaction([&] {
        const auto current = find(rep.name);
        if (!current) {
            failure = tr("no rep named %1").arg(rep.name);
            return false;
        }
        for (const QString &backup : rep.backups) {
            if (!find(backup)) {
                failure = tr("the backup %1 is not on the team; add them first").arg(backup);
                return false;
            }
        }
        Rep changed = rep;
        changed.id = current->id;
        changed.segments.clear();
        for (const auto &[key, value] : rep.segments)
            changed.segments.append(qMakePair(key.trimmed(), value.trimmed()));
        QString reason;
        if (!m_store.updateRep(changed, &reason)) {
            failure = tr("cannot change %1: %2").arg(rep.name, reason);
            return false;
        }
        return bumpVersion(&failure);
    });
    if (!ok)
        setError(error, failure.isEmpty()
                            ? tr("cannot change %1: %2").arg(rep.name, m_store.connectionError())
                            : failure);
    return ok;
}

QString TeamStore::version() const
{
    return m_store.setting(QStringLiteral("team.version"), nullptr).value_or(QString());
}

bool TeamStore::bumpVersion(QString *failure)
{
    // A running server polls this to apply a change at once (AlertDesk::pollTeam).
    QString reason;
    const QString next = QString::number(version().toLongLong() + 1);
    if (m_store.setSetting(QStringLiteral("team.version"), next, &reason))
        return true;
    *failure = tr("cannot record the team change: %1").arg(reason);
    return false;
}

std::optional<QString> TeamStore::rotateToken(const QString &name, QString *error)
{
    const QString token = newToken();
    QString reason;
    const auto changed = m_store.setRepTokenHash(name, hashToken(token), &reason);
    if (!changed) {
        setError(error, tr("cannot change the access token of %1: %2").arg(name, reason));
        return std::nullopt;
    }
    if (*changed < 1) {
        setError(error, tr("no rep named %1").arg(name));
        return std::nullopt;
    }
    return token;
}

bool TeamStore::setAvailability(qint64 repId, Rep::Availability availability, QString *error)
{
    QString reason;
    const auto changed = m_store.setRepAvailability(repId, availability, &reason);
    if (!changed) {
        setError(error, tr("cannot change the availability of rep %1: %2").arg(repId).arg(reason));
        return false;
    }
    if (*changed < 1) {
        setError(error, tr("no rep with id %1").arg(repId));
        return false;
    }
    return true;
}

QList<Rep> TeamStore::list() const
{
    return m_store.reps(nullptr).value_or(QList<Rep>());
}

std::optional<QList<Rep>> TeamStore::read(QString *error) const
{
    return m_store.reps(error);
}

std::optional<Rep> TeamStore::find(const QString &name) const
{
    return m_store.repNamed(name);
}

std::optional<Rep> TeamStore::findById(qint64 id) const
{
    return m_store.repWithId(id);
}

std::optional<Rep> TeamStore::authenticate(const QString &token) const
{
    if (token.isEmpty())
        return std::nullopt;
    return m_store.repWithTokenHash(hashToken(token));
}

QString TeamStore::newToken()
{
    std::array<quint32, 8> words; // 32 bytes -> 43 characters of unpadded base64url
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    const QByteArray bytes(reinterpret_cast<const char *>(words.data()), qsizetype(sizeof(words)));
    return QStringLiteral("fc_") + QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding |
                                                                      QByteArray::OmitTrailingEquals));
}

QString TeamStore::hashToken(const QString &token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}
