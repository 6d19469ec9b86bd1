#include "ManualClock.h"

#include <QTimeZone>

#include <algorithm>

class ManualClock::ManualAlarm : public Clock::Alarm
{
public:
    ManualAlarm(std::weak_ptr<Alarms> alarms, Key key)
        : m_alarms(std::move(alarms))
        , m_key(key)
    {}
    ~ManualAlarm() override
    {
        if (auto alarms = m_alarms.lock())
            alarms->erase(m_key); // gone already when it rang
    }

private:
    std::weak_ptr<Alarms> m_alarms;
    Key m_key;
};

ManualClock::ManualClock(const QDateTime &start)
    : m_start(start.toUTC())
{}

QDateTime ManualClock::defaultStart()
{
    return QDateTime(QDate(2026, 3, 14), QTime(9, 26, 53), QTimeZone::utc());
}

QDateTime ManualClock::now() const
{
    return m_start.addMSecs(m_ms);
}

std::unique_ptr<Clock::Alarm> ManualClock::schedule(qint64 ms, std::function<void()> then)
{
    const Key key{m_ms + std::max<qint64>(0, ms), m_scheduled++};
    m_alarms->emplace(key, std::move(then));
    return std::make_unique<ManualAlarm>(m_alarms, key);
}

void ManualClock::advance(qint64 ms)
{
    const qint64 target = m_ms + std::max<qint64>(0, ms);
    // An alarm's call may schedule or cancel others: look again after each.
    while (!m_alarms->empty() && m_alarms->begin()->first.first <= target) {
        auto first = m_alarms->begin();
        m_ms = first->first.first;
        std::function<void()> then = std::move(first->second);
        m_alarms->erase(first);
        then();
    }
    m_ms = target;
}

qint64 ManualClock::nextAlarmInMs() const
{
    return m_alarms->empty() ? -1 : m_alarms->begin()->first.first - m_ms;
}
