#include "upstream/SourceHealth.h"

void SourceHealth::recordSuccess(const QUrl &source, const QDateTime &at)
{
    QMutexLocker lock(&m_mutex);
    State &s = m_states[source];
    s.lastSuccess = at;
    s.coolingUntil = {};
}

void SourceHealth::recordFailure(const QUrl &source, const QDateTime &at,
                                 const UpstreamError &error, bool permanent)
{
    QMutexLocker lock(&m_mutex);
    State &s = m_states[source];
    s.lastFailure = at;
    s.lastError = error;
    if (permanent) {
        s.refusal = error;
        s.coolingUntil = at.addMSecs(refusalCoolDownMs);
    }
}

SourceHealth::State SourceHealth::state(const QUrl &source) const
{
    QMutexLocker lock(&m_mutex);
    return m_states.value(source);
}

std::optional<UpstreamError> SourceHealth::refusal(const QUrl &source, const QDateTime &now) const
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_states.constFind(source);
    if (it == m_states.cend() || !it->coolingUntil.isValid() || it->coolingUntil <= now)
        return std::nullopt;
    return it->refusal;
}

void SourceHealth::forget(const QUrl &source)
{
    QMutexLocker lock(&m_mutex);
    m_states.remove(source);
}
