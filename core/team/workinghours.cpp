#include "workinghours.h"

#include <QDateTime>
#include <QRegularExpression>

#include <algorithm>

namespace {

constexpr int kDayMinutes = 24 * 60;
const QStringList kDayNames = {QStringLiteral("Mon"), QStringLiteral("Tue"), QStringLiteral("Wed"),
                               QStringLiteral("Thu"), QStringLiteral("Fri"), QStringLiteral("Sat"),
                               QStringLiteral("Sun")};

int dayIndex(const QString &name)
{
    for (int d = 0; d < 7; ++d) {
        if (name.compare(kDayNames.at(d), Qt::CaseInsensitive) == 0)
            return d;
    }
    return -1;
}

std::optional<int> parseMinute(const QString &text)
{
    static const QRegularExpression clock(QStringLiteral("^(\\d{1,2}):(\\d{2})$"));
    const auto match = clock.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const int h = match.captured(1).toInt();
    const int m = match.captured(2).toInt();
    if (m > 59 || h > 24 || (h == 24 && m != 0))
        return std::nullopt;
    return h * 60 + m;
}

QString minuteText(int minute)
{
    return QStringLiteral("%1:%2")
        .arg(minute / 60, 2, 10, QLatin1Char('0'))
        .arg(minute % 60, 2, 10, QLatin1Char('0'));
}

bool hasDay(int days, int d)
{
    return days & (1 << ((d + 7) % 7));
}

} // namespace

std::optional<WorkingHours> WorkingHours::parse(const QString &text, QString *error)
{
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    WorkingHours hours;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || trimmed.compare(QStringLiteral("always"), Qt::CaseInsensitive) == 0)
        return hours;
    for (const QString &part : trimmed.split(u';', Qt::SkipEmptyParts)) {
        const QStringList words = part.simplified().split(u' ');
        if (words.size() != 2)
            return fail(tr("\"%1\": expected days and a time range, such as \"Mon-Fri 09:00-17:30\"")
                            .arg(part.trimmed()));
        Span span;
        for (const QString &item : words.at(0).split(u',')) {
            const QStringList range = item.split(u'-');
            const int first = dayIndex(range.value(0));
            const int last = range.size() == 2 ? dayIndex(range.at(1)) : first;
            if (range.size() > 2 || first < 0 || last < 0)
                return fail(tr("\"%1\": days are Mon, Tue, Wed, Thu, Fri, Sat, Sun, as a list or a range "
                               "(Mon-Fri)")
                                .arg(words.at(0)));
            for (int d = first;; d = (d + 1) % 7) {
                span.days |= 1 << d;
                if (d == last)
                    break;
            }
        }
        const QStringList times = words.at(1).split(u'-');
        const auto start = parseMinute(times.value(0));
        const auto end = parseMinute(times.value(1));
        if (times.size() != 2 || !start || !end || *start == *end || *start == kDayMinutes)
            return fail(tr("\"%1\": expected a time range such as 09:00-17:30").arg(words.at(1)));
        span.startMinute = *start;
        span.endMinute = *end == 0 ? kDayMinutes : *end;
        hours.m_spans.append(span);
    }
    return hours;
}

QString WorkingHours::toString() const
{
    QStringList parts;
    for (const Span &span : m_spans) {
        QStringList days;
        for (int d = 0; d < 7;) {
            if (!hasDay(span.days, d)) {
                ++d;
                continue;
            }
            int last = d;
            while (last + 1 < 7 && hasDay(span.days, last + 1))
                ++last;
            days.append(last > d ? kDayNames.at(d) + u'-' + kDayNames.at(last) : kDayNames.at(d));
            d = last + 1;
        }
        parts.append(days.join(u',') + u' ' + minuteText(span.startMinute) + u'-' +
                     minuteText(span.endMinute));
    }
    return parts.join(QStringLiteral("; "));
}

bool WorkingHours::contains(qint64 utcMs, const QTimeZone &zone) const
{
    if (isAlways())
        return true;
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(utcMs, zone);
    const int day = local.date().dayOfWeek() - 1; // Monday 0
    const int minute = local.time().hour() * 60 + local.time().minute();
    for (const Span &span : m_spans) {
        if (span.startMinute < span.endMinute) {
            if (hasDay(span.days, day) && minute >= span.startMinute && minute < span.endMinute)
                return true;
        } else if ((hasDay(span.days, day) && minute >= span.startMinute) ||
                   (hasDay(span.days, day - 1) && minute < span.endMinute)) {
            return true;
        }
    }
    return false;
}

qint64 WorkingHours::nextChange(qint64 utcMs, const QTimeZone &zone) const
{
    if (isAlways())
        return 0;
    // Every span boundary in the next eight local days, as instants; the first one after which
    // the answer differs. A boundary in a skipped hour (spring forward) lands after the gap.
    const QDate today = QDateTime::fromMSecsSinceEpoch(utcMs, zone).date();
    QList<qint64> boundaries;
    for (int offset = -1; offset <= 8; ++offset) {
        const QDate date = today.addDays(offset);
        for (const Span &span : m_spans) {
            for (const int minute : {span.startMinute, span.endMinute % kDayMinutes}) {
                const QDateTime at(date, QTime(minute / 60, minute % 60), zone);
                if (at.isValid() && at.toMSecsSinceEpoch() > utcMs)
                    boundaries.append(at.toMSecsSinceEpoch());
            }
        }
    }
    std::sort(boundaries.begin(), boundaries.end());
    const bool now = contains(utcMs, zone);
    for (const qint64 at : std::as_const(boundaries)) {
        if (contains(at, zone) != now)
            return at;
    }
    return 0;
}

qint64 WorkingHours::addWorkingTime(qint64 startUtcMs, qint64 durationMs, const QTimeZone &zone) const
{
    qint64 at = startUtcMs;
    qint64 left = durationMs;
    // Bounded: a span list with any working time reaches it within a week per step.
    for (int step = 0; step < 10'000 && left > 0; ++step) {
        const qint64 change = nextChange(at, zone);
        if (change == 0)
            return contains(at, zone) ? at + left : 0;
        if (contains(at, zone)) {
            if (change - at >= left)
                return at + left;
            left -= change - at;
        }
        at = change;
    }
    return at + std::max<qint64>(left, 0);
}

std::optional<QTimeZone> WorkingHours::zone(const QString &ianaId)
{
    if (ianaId.isEmpty())
        return QTimeZone(0);
    const QTimeZone zone(ianaId.toUtf8());
    if (!zone.isValid())
        return std::nullopt;
    return zone;
}
