#include "storelocation.h"

#include <QStringList>

namespace {

const QLatin1StringView kSchemes[] = {QLatin1StringView("postgresql://"), QLatin1StringView("postgres://")};

int hexValue(QChar c)
{
    if (c >= u'0' && c <= u'9')
        return c.unicode() - u'0';
    if (c >= u'a' && c <= u'f')
        return c.unicode() - u'a' + 10;
    if (c >= u'A' && c <= u'F')
        return c.unicode() - u'A' + 10;
    return -1;
}

// libpq's quoting of a connection string value: in single quotes, \ and ' escaped.
QString quoted(QString value)
{
    value.replace(u'\\', QLatin1StringView("\\\\"));
    value.replace(u'\'', QLatin1StringView("\\'"));
    return u'\'' + value + u'\'';
}

} // namespace

StoreLocation StoreLocation::sqlite(const QString &path)
{
    StoreLocation location;
    location.path = path;
    return location;
}

bool StoreLocation::isUri(const QString &text)
{
    for (const QLatin1StringView scheme : kSchemes) {
        if (text.startsWith(scheme))
            return true;
    }
    return false;
}

std::optional<StoreLocation> StoreLocation::parse(const QString &text, QString *error)
{
    if (!isUri(text)) {
        if (text.isEmpty()) {
            *error = tr("the database is empty: give a SQLite file or a postgresql:// URI");
            return std::nullopt;
        }
        return sqlite(text);
    }
    StoreLocation location;
    location.dialect = Dialect::Postgres;
    const qsizetype schemeEnd = text.indexOf(QLatin1StringView("://")) + 3;

    // Percent-decoding as libpq does it: %XX anywhere, never %00; the bytes are UTF-8.
    const auto decode = [&](QStringView part, const QString &what) -> std::optional<QString> {
        QByteArray bytes;
        const QByteArray utf8 = part.toUtf8();
        for (qsizetype i = 0; i < utf8.size(); ++i) {
            if (utf8.at(i) != '%') {
                bytes.append(utf8.at(i));
                continue;
            }
            const int high = i + 2 < utf8.size() ? hexValue(QChar::fromLatin1(utf8.at(i + 1))) : -1;
            const int low = high >= 0 ? hexValue(QChar::fromLatin1(utf8.at(i + 2))) : -1;
            if (low < 0 || (high == 0 && low == 0)) {
                *error = tr("%1: invalid percent-encoding \"%2\" in the %3")
                             .arg(location.displayName(), QString::fromUtf8(utf8.mid(i, 3)), what);
                return std::nullopt;
            }
            bytes.append(char(high * 16 + low));
            i += 2;
        }
        return QString::fromUtf8(bytes);
    };

    const qsizetype queryStart = text.indexOf(u'?', schemeEnd);
    const QStringView beforeQuery =
        QStringView(text).mid(schemeEnd, queryStart < 0 ? -1 : queryStart - schemeEnd);
    const qsizetype slash = beforeQuery.indexOf(u'/');
    QStringView authority = slash < 0 ? beforeQuery : beforeQuery.left(slash);
    const QStringView databasePart = slash < 0 ? QStringView() : beforeQuery.mid(slash + 1);

    // user[:password]@
    if (const qsizetype at = authority.lastIndexOf(u'@'); at >= 0) {
        const QStringView userInfo = authority.left(at);
        authority = authority.mid(at + 1);
        const qsizetype colon = userInfo.indexOf(u':');
        const auto user = decode(colon < 0 ? userInfo : userInfo.left(colon), tr("user name"));
        if (!user)
            return std::nullopt;
        location.user = *user;
        if (colon >= 0) {
            // Never quoted back in a message, even when it is malformed.
            const auto password = decode(userInfo.mid(colon + 1), tr("password"));
            if (!password) {
                *error = tr("%1: invalid percent-encoding in the password").arg(location.displayName());
                return std::nullopt;
            }
            location.password = *password;
        }
    }
    if (authority.contains(u',')) {
        *error = tr("%1: several hosts in one URI are not supported; give one").arg(text.left(schemeEnd));
        return std::nullopt;
    }

    // host, [IPv6 address] or nothing, then :port
    QStringView hostPart = authority;
    QStringView portPart;
    if (authority.startsWith(u'[')) {
        const qsizetype close = authority.indexOf(u']');
        if (close < 0) {
            *error = tr("%1: the IPv6 address has no closing \"]\"").arg(location.displayName());
            return std::nullopt;
        }
        hostPart = authority.mid(1, close - 1);
        const QStringView rest = authority.mid(close + 1);
        if (!rest.isEmpty() && !rest.startsWith(u':')) {
            *error = tr("%1: unexpected \"%2\" after the IPv6 address").arg(location.displayName(), rest);
            return std::nullopt;
        }
        portPart = rest.mid(1);
    } else if (const qsizetype colon = authority.lastIndexOf(u':'); colon >= 0) {
        hostPart = authority.left(colon);
        portPart = authority.mid(colon + 1);
    }
    const auto host = decode(hostPart, tr("host"));
    if (!host)
        return std::nullopt;
    location.host = *host;

    const auto setPort = [&](const QString &value) {
        bool ok = false;
        const int port = value.toInt(&ok);
        if (!ok || port < 1 || port > 65535 || value.startsWith(u'+')) {
            *error = tr("%1: port \"%2\" is not a number from 1 to 65535").arg(location.displayName(), value);
            return false;
        }
        location.port = port;
        return true;
    };
    if (!portPart.isEmpty() || authority.endsWith(u':')) {
        if (!setPort(portPart.toString()))
            return std::nullopt;
    }
    const auto database = decode(databasePart, tr("database name"));
    if (!database)
        return std::nullopt;
    location.databaseName = *database;

    // ?key=value&...: the connection keywords libpq knows; host, port, dbname, user and
    // password override what the URI said before.
    if (queryStart >= 0) {
        const QString query = text.mid(queryStart + 1);
        for (const QStringView pair : QStringView(query).split(u'&', Qt::SkipEmptyParts)) {
            const qsizetype equals = pair.indexOf(u'=');
            if (equals <= 0) {
                *error = tr("%1: the parameter \"%2\" is not key=value")
                             .arg(location.displayName(), pair.left(equals < 0 ? 40 : equals).toString());
                return std::nullopt;
            }
            const auto key = decode(pair.left(equals), tr("parameter names"));
            if (!key)
                return std::nullopt;
            const auto value = decode(pair.mid(equals + 1), tr("parameter %1").arg(*key));
            if (!value) {
                if (*key == u"password")
                    *error = tr("%1: invalid percent-encoding in the password").arg(location.displayName());
                return std::nullopt;
            }
            if (*key == u"host") {
                location.host = *value;
            } else if (*key == u"port") {
                if (!setPort(*value))
                    return std::nullopt;
            } else if (*key == u"dbname") {
                location.databaseName = *value;
            } else if (*key == u"user") {
                location.user = *value;
            } else if (*key == u"password") {
                location.password = *value;
            } else {
                // Qt's QPSQL driver turns every ';' in its options into a space.
                if (value->contains(u';')) {
                    *error =
                        tr("%1: the value of %2 contains \";\", which Qt's PostgreSQL driver cannot pass on")
                            .arg(location.displayName(), *key);
                    return std::nullopt;
                }
                location.options.append(qMakePair(*key, *value));
            }
        }
    }
    if (location.host.contains(u',')) {
        *error = tr("%1: several hosts in one URI are not supported; give one").arg(location.displayName());
        return std::nullopt;
    }
    if (location.databaseName.isEmpty()) {
        *error = tr("%1: no database name; expected postgresql://[user@][host][:port]/DBNAME")
                     .arg(location.displayName());
        return std::nullopt;
    }
    return location;
}

QString StoreLocation::connectOptions() const
{
    QStringList parts;
    for (const auto &[key, value] : options)
        parts.append(key + u'=' + quoted(value));
    return parts.join(u';');
}

QString StoreLocation::displayName() const
{
    if (dialect == Dialect::Sqlite)
        return path;
    QString text = QStringLiteral("postgresql://");
    if (!user.isEmpty())
        text += user + u'@';
    const bool socketDirectory = host.startsWith(u'/');
    if (!socketDirectory)
        text += host.contains(u':') ? u'[' + host + u']' : host;
    if (port > 0 && !socketDirectory)
        text += u':' + QString::number(port);
    text += u'/' + databaseName;
    QStringList query;
    if (socketDirectory)
        query.append(QStringLiteral("host=") + host);
    if (port > 0 && socketDirectory)
        query.append(QStringLiteral("port=") + QString::number(port));
    for (const auto &[key, value] : options) {
        if (!key.contains(QLatin1StringView("password"))) // sslpassword
            query.append(key + u'=' + value);
    }
    if (!query.isEmpty())
        text += u'?' + query.join(u'&');
    return text;
}
