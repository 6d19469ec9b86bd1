#include "upstream/AnswerBudget.h"

#include <algorithm>

AnswerBudget::AnswerBudget(qint64 bytes)
    : m_limit(std::max<qint64>(1, bytes))
    , m_self(std::make_shared<AnswerBudget *>(this))
{}

AnswerBudget::~AnswerBudget()
{
    *m_self = nullptr;
}

void AnswerBudget::request(qint64 bytes, QObject *context, std::function<void(Grant)> granted)
{
    bytes = std::max<qint64>(0, bytes);
    if (m_waiting.empty() && fits(bytes)) {
        granted(grant(bytes));
        return;
    }
    m_waiting.push_back({bytes, context, std::move(granted)});
}

void AnswerBudget::setLimit(qint64 bytes)
{
    m_limit = std::max<qint64>(1, bytes);
    admitWaiting();
}

bool AnswerBudget::fits(qint64 bytes) const
{
    return m_inUse == 0 || m_inUse + bytes <= m_limit;
}

AnswerBudget::Grant AnswerBudget::grant(qint64 bytes)
{
    m_inUse += bytes;
    std::weak_ptr<AnswerBudget *> owner = m_self;
    return Grant(nullptr, [owner, bytes](const void *) {
        if (const auto self = owner.lock(); self && *self)
            (*self)->release(bytes);
    });
}

void AnswerBudget::release(qint64 bytes)
{
    m_inUse -= bytes;
    admitWaiting();
}

void AnswerBudget::admitWaiting()
{
    while (!m_waiting.empty()) {
        if (!m_waiting.front().context) {
            m_waiting.pop_front(); // its call is gone
            continue;
        }
        if (!fits(m_waiting.front().bytes))
            return;
        Waiter next = std::move(m_waiting.front());
        m_waiting.pop_front();
        next.granted(grant(next.bytes));
    }
}
