#include "ApiEngine.h"

#include "ApiServer.h"
#include "AppContext.h"
#include "upstream/UpstreamClient.h"

#include <QCoreApplication>
#include <QDeadlineTimer>

#include <memory>

// Lives in the engine thread; everything it owns is made and destroyed there.
class ApiEngine::Worker : public QObject
{
public:
    Worker(ApiEngine *engine, const ModelCatalog *catalog, const QString &storeFolder,
           RequestLog *log)
        : m_engine(engine)
        , m_catalog(catalog)
        , m_storeFolder(storeFolder)
        , m_log(log)
    {}

    bool start(const Setup &setup, QString *error, quint16 *port, QUrl *baseUrl)
    {
        m_server.reset();
        if (!m_store && !openStore(error))
            return false;
        if (m_upstream)
            m_upstream->configure(setup.upstream);
        else
            m_upstream = UpstreamClient::create(setup.upstream);
        auto server = std::make_unique<ApiServer>(setup.server, m_catalog, m_upstream.get(),
                                                  m_store.get(), m_log);
        if (!server->listen(error))
            return false;
        *port = server->port();
        *baseUrl = server->baseUrl();
        m_server = std::move(server);
        return true;
    }

    void stop() { m_server.reset(); }

    // Lets the images still being written reach the index (bounded), then lets go of all.
    void shutDown()
    {
        m_server.reset();
        const QDeadlineTimer deadline(10000);
        while (m_store && m_store->hasPending() && !deadline.hasExpired())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
        m_store.reset();
        m_upstream.reset();
    }

private:
    bool openStore(QString *error)
    {
        auto store = std::make_unique<ImageStore>(m_storeFolder);
        if (!store->open(error))
            return false;
        // Queued: the engine object lives in the thread that made it.
        QObject::connect(store.get(), &ImageStore::imageAdded, m_engine, &ApiEngine::imageAdded);
        m_store = std::move(store);
        return true;
    }

    ApiEngine *m_engine;
    const ModelCatalog *m_catalog;
    QString m_storeFolder;
    RequestLog *m_log;
    std::unique_ptr<ImageStore> m_store;
    std::unique_ptr<UpstreamClient> m_upstream;
    std::unique_ptr<ApiServer> m_server;
};

std::optional<ApiEngine::Setup> ApiEngine::Setup::from(AppContext &context, QString *error)
{
    Setup setup;
    ServerConfig &c = setup.server;
    const QString host = context.host();
    c.address = ServerConfig::addressFor(host);
    if (c.address.isNull()) {
        *error = QCoreApplication::translate("ApiEngine", "'%1' is not an IP address.").arg(host);
        return std::nullopt;
    }
    c.port = context.port();
    c.apiKey = context.apiKey();
    const AppSettings &settings = context.settings();
    c.allowedOrigins = settings.allowedOrigins();
    c.allowedHosts = settings.allowedHosts();
    c.defaultModel = context.defaultModel();
    c.chatInlineImages = settings.chatImageMode() == AppSettings::ChatImageMode::Inline;
    setup.upstream = context.upstreamSetup();
    return setup;
}

ApiEngine::ApiEngine(const ModelCatalog *catalog, const QString &storeFolder, RequestLog *log,
                     QObject *parent)
    : QObject(parent)
    , m_worker(new Worker(this, catalog, storeFolder, log))
{
    m_thread.setObjectName(QStringLiteral("ApiEngine"));
    m_worker->moveToThread(&m_thread);
    m_thread.start();
}

ApiEngine::~ApiEngine()
{
    QMetaObject::invokeMethod(
        m_worker, [this] { m_worker->shutDown(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_worker;
}

bool ApiEngine::start(const Setup &setup, QString *error)
{
    QString failure;
    bool ok = false;
    quint16 port = 0;
    QUrl baseUrl;
    QMetaObject::invokeMethod(
        m_worker, [&] { ok = m_worker->start(setup, &failure, &port, &baseUrl); },
        Qt::BlockingQueuedConnection);
    m_port = ok ? port : 0;
    m_baseUrl = ok ? baseUrl : QUrl();
    if (error)
        *error = failure;
    return ok;
}

void ApiEngine::stop()
{
    QMetaObject::invokeMethod(
        m_worker, [this] { m_worker->stop(); }, Qt::BlockingQueuedConnection);
    m_port = 0;
    m_baseUrl.clear();
}
