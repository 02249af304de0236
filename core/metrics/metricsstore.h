#pragma once

#include "speedtolead.h"

#include <QSet>

class FeedStore;
class Rules;

// Reads the feed database's alerts and calls as metric records.
class MetricsStore final
{
public:
    explicit MetricsStore(FeedStore &store);

    // Alerts raised in [fromMs, toMs), each with its calls; nullopt with `error` on failure.
    // With `rules`, each alert's call deadline (the call SLA of the band carrying its tier).
    std::optional<QList<AlertRecord>> alerts(qint64 fromMs, qint64 toMs, QString *error,
                                             const Rules *rules = nullptr) const;
    // Contacts (user ids) with any event received in [fromMs, toMs): the hot-lead share's
    // denominator.
    QSet<QString> activeContacts(qint64 fromMs, qint64 toMs) const;

    // With `rules` and `nowMs`, uncalled alerts still inside their call SLA are "not yet", not "never".
    SpeedToLead compute(qint64 fromMs, qint64 toMs, const QString &rep, QString *error,
                        const Rules *rules = nullptr, qint64 nowMs = 0) const;

private:
    FeedStore &m_store;
};
