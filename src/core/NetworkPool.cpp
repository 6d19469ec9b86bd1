#include "NetworkPool.h"

#include <QNetworkAccessManager>

#include <numeric>

NetworkPool::NetworkPool(QObject *parent)
    : QObject(parent)
{}

QNetworkAccessManager *NetworkPool::acquire()
{
    QNetworkAccessManager *best = nullptr;
    for (QNetworkAccessManager *manager : std::as_const(m_managers)) {
        if (!best || m_load.value(manager) < m_load.value(best))
            best = manager;
    }
    constexpr int maxManagers = 64;
    if (!best || (m_load.value(best) >= connectionsPerManager && m_managers.size() < maxManagers)) {
        best = new QNetworkAccessManager(this);
        best->setAutoDeleteReplies(false);
        m_managers.append(best);
    }
    ++m_load[best];
    return best;
}

void NetworkPool::release(QNetworkAccessManager *manager)
{
    auto it = m_load.find(manager);
    if (it != m_load.end() && *it > 0)
        --*it;
}

int NetworkPool::inFlight() const
{
    return std::accumulate(m_load.cbegin(), m_load.cend(), 0);
}
