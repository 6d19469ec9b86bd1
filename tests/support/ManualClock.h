#pragma once

#include "common/Clock.h"

#include <map>
#include <memory>
#include <utility>

// A clock for tests that moves only when told to. advance() calls the alarms that fall due
// on the way, earliest first (those due together in the order they were scheduled), each
// seeing the time it was due, so a test checks "not before 30 s, at 30 s" exactly and at
// once. Alarms may outlive the clock (they then do nothing).
class ManualClock : public Clock
{
public:
    explicit ManualClock(const QDateTime &start = defaultStart());

    QDateTime now() const override;
    qint64 monotonicMs() const override { return m_ms; }
    std::unique_ptr<Alarm> schedule(qint64 ms, std::function<void()> then) override;

    void advance(qint64 ms);
    int pendingAlarms() const { return int(m_alarms->size()); }
    // Milliseconds until the next alarm; -1 when none is scheduled.
    qint64 nextAlarmInMs() const;

    static QDateTime defaultStart();

private:
    using Key = std::pair<qint64, quint64>; // due, order of scheduling
    using Alarms = std::map<Key, std::function<void()>>;
    class ManualAlarm;

    QDateTime m_start;
    qint64 m_ms = 0;
    quint64 m_scheduled = 0;
    std::shared_ptr<Alarms> m_alarms = std::make_shared<Alarms>();
};
