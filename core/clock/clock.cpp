#include "clock.h"

#include <QDateTime>

qint64 SystemClock::nowMs() const
{
    return QDateTime::currentMSecsSinceEpoch();
}

ManualClock::ManualClock(qint64 startMs, QObject *parent)
    : Clock(parent)
    , m_nowMs(startMs)
{}

void ManualClock::setNowMs(qint64 ms)
{
    m_nowMs = ms;
    Q_EMIT jumped();
}
