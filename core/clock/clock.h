#pragma once

#include <QObject>

// Where the time comes from. The feed server and the console take a Clock so that tests can
// move time (decay, claim windows, SLAs) without waiting.
class Clock : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    virtual qint64 nowMs() const = 0;

Q_SIGNALS:
    // Time moved by other means than running: timers must look at their deadlines again.
    void jumped();
};

class SystemClock final : public Clock
{
    Q_OBJECT

public:
    using Clock::Clock;
    qint64 nowMs() const override;
};

// A clock that only moves when told to.
class ManualClock final : public Clock
{
    Q_OBJECT

public:
    explicit ManualClock(qint64 startMs, QObject *parent = nullptr);
    qint64 nowMs() const override { return m_nowMs; }
    void setNowMs(qint64 ms);
    void advance(qint64 ms) { setNowMs(m_nowMs + ms); }

private:
    qint64 m_nowMs;
};
