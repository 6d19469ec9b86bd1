#pragma once

#include <QDateTime>
#include <QtGlobal>

#include <functional>
#include <memory>

// Where the time rules of a generation (retry waits, Retry-After dates, the deadline of
// all attempts, a model's cool-down) read the time and schedule their waits. A run uses
// Clock::system(); tests hand in a clock they move forward themselves, so a 30 s
// Retry-After or a 90 s deadline is checked exactly and at once instead of being waited
// for or shrunk.
class Clock
{
public:
    // A scheduled call. Destroying it before it is due cancels the call.
    class Alarm
    {
    public:
        virtual ~Alarm() = default;
    };

    virtual ~Clock() = default;

    // The wall-clock time, UTC (for dates: Retry-After, when a model last failed).
    virtual QDateTime now() const = 0;
    // Steady milliseconds from an arbitrary origin (for durations; never jumps).
    virtual qint64 monotonicMs() const = 0;
    // Calls `then` once, `ms` from now, on the calling thread (which must run an event
    // loop for the system clock), unless the alarm is destroyed first. The alarm must be
    // destroyed on the thread that scheduled it.
    [[nodiscard]] virtual std::unique_ptr<Alarm> schedule(qint64 ms,
                                                          std::function<void()> then) = 0;

    // The real clock: QDateTime, QElapsedTimer and QTimer. Thread-safe.
    static Clock *system();
};
