#include "teamstore.h"

#include "store/database.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <array>

namespace {

constexpr qsizetype kMaxNameLength = 200;

const QLatin1StringView kRepColumns("id, name, role, segments, backup, availability");

void setError(QString *error, const QString &text)
{
    if (error)
        *error = text;
}

QString encodeSegments(const QList<QPair<QString, QString>> &segments)
{
    QJsonArray array;
    for (const auto &[key, value] : segments)
        array.append(QJsonArray{key, value});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<QPair<QString, QString>> decodeSegments(const QString &text)
{
    QList<QPair<QString, QString>> segments;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const QJsonValue &item : array) {
        const QJsonArray pair = item.toArray();
        if (pair.size() == 2)
            segments.append(qMakePair(pair.at(0).toString(), pair.at(1).toString()));
    }
    return segments;
}

// The row must have been selected with kRepColumns.
Rep repFromRow(const QSqlQuery &query)
{
    Rep rep;
    rep.id = query.value(0).toLongLong();
    rep.name = query.value(1).toString();
    rep.role = Rep::parseRole(query.value(2).toString()).value_or(Rep::Role::Sdr);
    rep.segments = decodeSegments(query.value(3).toString());
    rep.backup = query.value(4).toString();
    rep.availability = Rep::parseAvailability(query.value(5).toString()).value_or(Rep::Availability::Offline);
    return rep;
}

// Checks everything about a new rep that does not need the database; returns the problem.
QString validate(const Rep &rep)
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
    if (rep.backup == rep.name)
        return TeamStore::tr("%1 cannot be their own backup").arg(rep.name);
    return {};
}

std::optional<Rep> findOne(const Database &database, QLatin1StringView column, const QVariant &value)
{
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM reps WHERE %2 = ?").arg(kRepColumns, column));
    query.addBindValue(value);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return repFromRow(query);
}

} // namespace

TeamStore::TeamStore(Database &database)
    : m_database(database)
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
    const bool ok = m_database.transaction([&] {
        if (find(rep.name)) {
            failure = tr("a rep named %1 already exists").arg(rep.name);
            return false;
        }
        if (!rep.backup.isEmpty() && !find(rep.backup)) {
            failure = tr("the backup %1 is not on the team; add them first").arg(rep.backup);
            return false;
        }
        QSqlQuery query(m_database.connection());
        query.prepare(
            QStringLiteral("INSERT INTO reps (name, role, segments, backup, token_hash, availability,"
                           " created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
        query.addBindValue(added.rep.name);
        query.addBindValue(Rep::roleName(added.rep.role));
        query.addBindValue(encodeSegments(added.rep.segments));
        query.addBindValue(added.rep.backup.isEmpty() ? QVariant() : QVariant(added.rep.backup));
        query.addBindValue(hashToken(added.token));
        query.addBindValue(Rep::availabilityName(added.rep.availability));
        query.addBindValue(QDateTime::currentMSecsSinceEpoch());
        if (!query.exec()) {
            failure = tr("cannot add %1: %2").arg(rep.name, sqlError(query));
            return false;
        }
        added.rep.id = query.lastInsertId().toLongLong();
        return true;
    });
    if (!ok) {
        setError(error,
                 failure.isEmpty()
                     ? tr("cannot add %1: %2").arg(rep.name, m_database.connection().lastError().text())
                     : failure);
        return std::nullopt;
    }
    return added;
}

bool TeamStore::remove(const QString &name, QString *error)
{
    QString failure;
    const bool ok = m_database.transaction([&] {
        if (!find(name)) {
            failure = tr("no rep named %1").arg(name);
            return false;
        }
        QSqlQuery query(m_database.connection());
        query.prepare(QStringLiteral("UPDATE reps SET backup = NULL WHERE backup = ?"));
        query.addBindValue(name);
        if (!query.exec()) {
            failure = tr("cannot clear the backups that named %1: %2").arg(name, sqlError(query));
            return false;
        }
        query.prepare(QStringLiteral("DELETE FROM reps WHERE name = ?"));
        query.addBindValue(name);
        if (!query.exec()) {
            failure = tr("cannot remove %1: %2").arg(name, sqlError(query));
            return false;
        }
        return true;
    });
    if (!ok) {
        setError(error, failure.isEmpty()
                            ? tr("cannot remove %1: %2").arg(name, m_database.connection().lastError().text())
                            : failure);
    }
    return ok;
}

std::optional<QString> TeamStore::rotateToken(const QString &name, QString *error)
{
    const QString token = newToken();
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE reps SET token_hash = ? WHERE name = ?"));
    query.addBindValue(hashToken(token));
    query.addBindValue(name);
    if (!query.exec()) {
        setError(error, tr("cannot change the access token of %1: %2").arg(name, sqlError(query)));
        return std::nullopt;
    }
    if (query.numRowsAffected() < 1) {
        setError(error, tr("no rep named %1").arg(name));
        return std::nullopt;
    }
    return token;
}

bool TeamStore::setAvailability(qint64 repId, Rep::Availability availability, QString *error)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE reps SET availability = ? WHERE id = ?"));
    query.addBindValue(Rep::availabilityName(availability));
    query.addBindValue(repId);
    if (!query.exec()) {
        setError(error, tr("cannot change the availability of rep %1: %2").arg(repId).arg(sqlError(query)));
        return false;
    }
    if (query.numRowsAffected() < 1) {
        setError(error, tr("no rep with id %1").arg(repId));
        return false;
    }
    return true;
}

QList<Rep> TeamStore::list() const
{
    QList<Rep> reps;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT %1 FROM reps ORDER BY LOWER(name), name").arg(kRepColumns)))
        return reps;
    while (query.next())
        reps.append(repFromRow(query));
    return reps;
}

std::optional<Rep> TeamStore::find(const QString &name) const
{
    return findOne(m_database, QLatin1StringView("name"), name);
}

std::optional<Rep> TeamStore::findById(qint64 id) const
{
    return findOne(m_database, QLatin1StringView("id"), id);
}

std::optional<Rep> TeamStore::authenticate(const QString &token) const
{
    if (token.isEmpty())
        return std::nullopt;
    return findOne(m_database, QLatin1StringView("token_hash"), hashToken(token));
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
