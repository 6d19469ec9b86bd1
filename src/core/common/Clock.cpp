#include "common/Clock.h"

#include <QElapsedTimer>
#include <QTimer>

#include <algorithm>
#include <limits>

namespace {
class TimerAlarm : public Clock::Alarm
{
public:
    TimerAlarm(qint64 ms, std::function<void()> then)
        : m_timer(new QTimer)
    {
        m_timer->setSingleShot(true);
        // Precise: a retry wait of 200 ms should not become 210 ms (coarse timers may be 5 %
        // late); a handful of these timers per generation cost nothing.
        m_timer->setTimerType(Qt::PreciseTimer);
        QObject::connect(m_timer, &QTimer::timeout, m_timer, std::move(then));
        m_timer->start(int(std::clamp<qint64>(ms, 0, std::numeric_limits<int>::max())));
    }
    ~TimerAlarm() override
    {
        // The alarm is often let go from the call it made (a deadline that ends the call
        // owning it): the timer is then inside its own timeout() and is deleted later.
        m_timer->stop();
        m_timer->disconnect();
        m_timer->deleteLater();
    }

private:
    QTimer *m_timer;
};

class SystemClock : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
    qint64 monotonicMs() const override
    {
        static const QElapsedTimer origin = [] {
            QElapsedTimer timer;
            timer.start();
            return timer;
        }();
        return origin.elapsed();
    }
    std::unique_ptr<Alarm> schedule(qint64 ms, std::function<void()> then) override
    {
        return std::make_unique<TimerAlarm>(ms, std::move(then));
    }
};
} // namespace

Clock *Clock::system()
{
    static SystemClock clock;
    return &clock;
}
