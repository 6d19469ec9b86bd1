#pragma once

#include <QObject>
#include <QPointer>

#include <deque>
#include <functional>
#include <memory>

// Bounds the memory that upstream image answers take on their way to the gallery. An answer
// is received only once its share fits; the share is given back when the last holder of its
// grant lets go (the job, after handing the image to the store). Meanwhile the answer waits
// in the network (the upstream's send buffer, not ours). First come, first served, so no
// answer starves; one larger than the whole budget is let in once nothing else is held.
// Used from one thread, the one its UpstreamClient lives in.
class AnswerBudget
{
public:
    // Released when the last copy is destroyed.
    using Grant = std::shared_ptr<const void>;

    // Two 1.8 MB images' answers (2.5 MB of base64 each) at once. More buys nothing on two
    // cores, which are busy with the answers already in: at 64 connections 24 MiB served
    // no faster (170-200 req/s against 180-290) and peaked at 135-147 MiB against 78-90.
    static constexpr qint64 defaultBytes = 6 * 1024 * 1024;

    explicit AnswerBudget(qint64 bytes = defaultBytes);
    ~AnswerBudget();

    AnswerBudget(const AnswerBudget &) = delete;
    AnswerBudget &operator=(const AnswerBudget &) = delete;

    // Calls `granted` at once when `bytes` fit and nobody waits before; otherwise once they
    // do, unless `context` is gone by then.
    void request(qint64 bytes, QObject *context, std::function<void(Grant)> granted);

    qint64 limit() const { return m_limit; }
    void setLimit(qint64 bytes);
    qint64 inUse() const { return m_inUse; }
    int waiting() const { return int(m_waiting.size()); }

private:
    struct Waiter
    {
        qint64 bytes;
        QPointer<QObject> context;
        std::function<void(Grant)> granted;
    };

    bool fits(qint64 bytes) const;
    Grant grant(qint64 bytes);
    void release(qint64 bytes);
    void admitWaiting();

    qint64 m_limit;
    qint64 m_inUse = 0;
    std::deque<Waiter> m_waiting;
    // Grants outliving the budget (a job finishing after its client) release into nothing.
    std::shared_ptr<AnswerBudget *> m_self;
};
