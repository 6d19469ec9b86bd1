#include "server/ServerController.h"

#include "ApiEngine.h"
#include "AppContext.h"

ServerController::ServerController(AppContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{}

ServerController::~ServerController() = default;

bool ServerController::start()
{
    stop();
    const auto setup = ApiEngine::Setup::from(m_context, &m_lastError);
    if (!setup) {
        emit stateChanged(false);
        return false;
    }
    if (!m_engine) {
        ImageStore *store = &m_context.store();
        m_engine =
            std::make_unique<ApiEngine>(&m_context.catalog(), store->folder(), &m_context.log());
        connect(m_engine.get(), &ApiEngine::imageAdded, store, &ImageStore::announceAdded);
    }
    if (!m_engine->start(*setup, &m_lastError)) {
        emit stateChanged(false);
        return false;
    }
    m_lastError.clear();
    emit stateChanged(true);
    return true;
}

void ServerController::stop()
{
    if (!isRunning())
        return;
    m_engine->stop();
    emit stateChanged(false);
}

bool ServerController::isRunning() const
{
    return m_engine && m_engine->isRunning();
}

QUrl ServerController::baseUrl() const
{
    if (isRunning())
        return m_engine->baseUrl();
    return ServerConfig::baseUrlFor(ServerConfig::addressFor(host()), port());
}

QString ServerController::apiKey() const
{
    return m_context.apiKey();
}

QString ServerController::host() const
{
    return m_context.host();
}

quint16 ServerController::port() const
{
    return isRunning() ? m_engine->port() : m_context.port();
}

void ServerController::setEndpoint(const QString &newHost, quint16 newPort)
{
    m_context.setEndpoint(newHost, newPort);
    emit endpointChanged();
}

QString ServerController::regenerateKey()
{
    const QString key = m_context.regenerateApiKey();
    if (isRunning())
        start(); // the running server keeps its key until restarted
    emit endpointChanged();
    return key;
}
