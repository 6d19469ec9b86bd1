#include "upstream/NetworkPool.h"

#include <QNetworkAccessManager>
#include <QNetworkRequest>

#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
#include <QHttp1Configuration>
#endif

#include <numeric>

NetworkPool::NetworkPool(QObject *parent)
    : QObject(parent)
{}

void NetworkPool::prepare(QNetworkRequest &request)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    QHttp1Configuration http1;
    http1.setNumberOfConnectionsPerHost(maxConnectionsPerHost);
    request.setHttp1Configuration(http1);
#else
    Q_UNUSED(request)
#endif
}

QNetworkAccessManager *NetworkPool::addManager()
{
    auto *manager = new QNetworkAccessManager(this);
    manager->setAutoDeleteReplies(false);
    m_managers.append(manager);
    return manager;
}

QNetworkAccessManager *NetworkPool::acquire()
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    QNetworkAccessManager *best = m_managers.isEmpty() ? addManager() : m_managers.first();
#else
    QNetworkAccessManager *best = nullptr;
    for (QNetworkAccessManager *manager : std::as_const(m_managers)) {
        if (!best || m_load.value(manager) < m_load.value(best))
            best = manager;
    }
    constexpr int maxManagers =
        (maxConnectionsPerHost + connectionsPerManager - 1) / connectionsPerManager;
    if (!best || (m_load.value(best) >= connectionsPerManager && m_managers.size() < maxManagers))
        best = addManager();
#endif
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
