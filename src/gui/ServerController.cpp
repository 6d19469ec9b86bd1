#include "ServerController.h"

#include "ApiServer.h"
#include "AppSettings.h"

ServerController::ServerController(AppSettings *settings, const ModelCatalog *catalog,
                                   UpstreamClient *upstream, ImageStore *store, RequestLog *log,
                                   QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_catalog(catalog)
    , m_upstream(upstream)
    , m_store(store)
    , m_log(log)
    , m_defaultModel(settings->defaultModel())
{}

ServerController::~ServerController() = default;

void ServerController::setOverrides(const QString &host, int port, const QString &key)
{
    m_hostOverride = host;
    m_portOverride = port;
    m_keyOverride = key;
}

ServerConfig ServerController::config() const
{
    ServerConfig c;
    const QString h = host();
    c.address =
        h == QLatin1String("localhost") ? QHostAddress(QHostAddress::LocalHost) : QHostAddress(h);
    c.port = port();
    c.apiKey = apiKey();
    c.allowedOrigins = m_settings->allowedOrigins();
    c.allowedHosts = m_settings->allowedHosts();
    c.defaultModel = m_defaultModel;
    c.chatInlineImages = m_settings->chatImageMode() == AppSettings::ChatImageMode::Inline;
    return c;
}

bool ServerController::start()
{
    stop();
    const ServerConfig c = config();
    if (c.address.isNull()) {
        m_lastError = tr("'%1' is not an IP address.").arg(host());
        emit stateChanged(false);
        return false;
    }
    auto server = std::make_unique<ApiServer>(c, m_catalog, m_upstream, m_store, m_log);
    QString error;
    if (!server->listen(&error)) {
        m_lastError = error;
        emit stateChanged(false);
        return false;
    }
    m_lastError.clear();
    m_server = std::move(server);
    emit stateChanged(true);
    return true;
}

void ServerController::stop()
{
    if (!m_server)
        return;
    m_server.reset();
    emit stateChanged(false);
}

bool ServerController::isRunning() const
{
    return m_server && m_server->isListening();
}

QUrl ServerController::baseUrl() const
{
    if (isRunning())
        return m_server->baseUrl();
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(host() == QLatin1String("0.0.0.0") ? QStringLiteral("127.0.0.1") : host());
    url.setPort(port());
    url.setPath(QStringLiteral("/v1"));
    return url;
}

QString ServerController::apiKey() const
{
    return m_keyOverride.isEmpty() ? m_settings->apiKey() : m_keyOverride;
}

QString ServerController::host() const
{
    return m_hostOverride.isEmpty() ? m_settings->host() : m_hostOverride;
}

quint16 ServerController::port() const
{
    if (isRunning())
        return m_server->port();
    return m_portOverride >= 0 ? quint16(m_portOverride) : m_settings->port();
}

void ServerController::setEndpoint(const QString &newHost, quint16 newPort)
{
    m_hostOverride.clear();
    m_portOverride = -1;
    m_settings->setHost(newHost);
    m_settings->setPort(newPort);
    emit endpointChanged();
}

QString ServerController::regenerateKey()
{
    m_keyOverride.clear();
    const QString key = m_settings->regenerateApiKey();
    if (isRunning())
        start(); // the running server keeps its key until restarted
    emit endpointChanged();
    return key;
}

void ServerController::setDefaultModel(const QString &id)
{
    m_defaultModel = id;
}
