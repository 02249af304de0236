#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <optional>

// When a rep works, as wall-clock spans on weekdays ("Mon-Fri 09:00-17:30; Sat 10:00-14:00"),
// read in the rep's time zone so that daylight saving moves the UTC instants, not the hours.
// No spans: always working. A span that ends before it starts runs past midnight.
class WorkingHours final
{
    Q_DECLARE_TR_FUNCTIONS(WorkingHours)

public:
    struct Span
    {
        int days = 0; // bit 0 Monday ... bit 6 Sunday
        int startMinute = 0;
        int endMinute = 0; // up to 24 * 60
        friend bool operator==(const Span &, const Span &) = default;
    };

    WorkingHours() = default;
    bool isAlways() const { return m_spans.isEmpty(); }
    const QList<Span> &spans() const { return m_spans; }

    // "Mon-Fri 09:00-17:30", several joined by ';'; "" or "always" for always. nullopt with
    // `error` (a sentence) when malformed.
    static std::optional<WorkingHours> parse(const QString &text, QString *error = nullptr);
    QString toString() const; // "" when always

    // Whether the instant falls in working hours in `zone`.
    bool contains(qint64 utcMs, const QTimeZone &zone) const;
    // The first instant after `utcMs` at which contains() changes; 0 when it never does.
    qint64 nextChange(qint64 utcMs, const QTimeZone &zone) const;
    // The instant at which `durationMs` of working time has passed since `startUtcMs` (a
    // clock that runs only in working hours).
    qint64 addWorkingTime(qint64 startUtcMs, qint64 durationMs, const QTimeZone &zone) const;

    // The zone named by an IANA id ("Europe/Berlin"); UTC for an empty id; nullopt when unknown.
    static std::optional<QTimeZone> zone(const QString &ianaId);

    friend bool operator==(const WorkingHours &, const WorkingHours &) = default;

private:
    QList<Span> m_spans;
};
