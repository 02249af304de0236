#pragma once

#include "speedtolead.h"

#include <QSet>

class FeedStore;

// Reads the feed database's alerts and calls as metric records.
class MetricsStore final
{
public:
    explicit MetricsStore(FeedStore &store);

    // Alerts raised in [fromMs, toMs), each with its calls; nullopt with `error` on failure.
    std::optional<QList<AlertRecord>> alerts(qint64 fromMs, qint64 toMs, QString *error) const;
    // Contacts (user ids) with any event received in [fromMs, toMs): the hot-lead share's
    // denominator.
    QSet<QString> activeContacts(qint64 fromMs, qint64 toMs) const;

    SpeedToLead compute(qint64 fromMs, qint64 toMs, const QString &rep, QString *error) const;

private:
    FeedStore &m_store;
};
