#include "ApiServer.h"

#include "ApiExchange.h"
#include "BuildInfo.h"
#include "ChatEndpoint.h"
#include "ConnectionRegistry.h"
#include "FilesEndpoint.h"
#include "HttpServerCompat.h"
#include "ImagesEndpoint.h"
#include "Logging.h"
#include "ModelCatalog.h"
#include "ModelsEndpoint.h"
#include "UpstreamClient.h"

#include <QHttpServer>
#include <QJsonDocument>
#include <QJsonObject>

ApiServer::ApiServer(const ServerConfig &config, const ModelCatalog *catalog,
                     UpstreamClient *upstream, ImageStore *store, RequestLog *log, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_budget(config.maxConcurrentImages)
    , m_cors(config.allowedOrigins)
    , m_guard(config.apiKey, config.allowedHosts)
{
    m_services = ApiServices{&m_config, catalog, upstream, store, log, &m_budget};
    m_models = std::make_unique<ModelsEndpoint>(m_services);
    m_images = new ImagesEndpoint(m_services, this);
    m_chat = new ChatEndpoint(m_services, this);
    m_files = new FilesEndpoint(m_services, this);
}

ApiServer::~ApiServer()
{
    close();
}

bool ApiServer::listen(QString *error)
{
    close();
    m_http = new QHttpServer(this);
    HttpServerCompat::routeEverything(
        m_http, this, [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            dispatch(request, std::move(responder));
        });

    m_listener = new ConnectionRegistry(ServerConfig::maxChatBodyBytes, m_http);
    if (!m_listener->listen(m_config.address, m_config.port)) {
        *error = tr("Cannot listen on %1:%2: %3")
                     .arg(m_config.address.toString())
                     .arg(m_config.port)
                     .arg(m_listener->errorString());
        delete m_http;
        m_http = nullptr;
        m_listener = nullptr;
        return false;
    }
    m_http->bind(m_listener);
    m_port = m_listener->serverPort();
    qCInfo(lcServer).noquote() << "listening on" << baseUrl().toString();
    return true;
}

void ApiServer::close()
{
    if (m_listener)
        m_listener->close();
    delete m_http;
    m_http = nullptr;
    m_listener = nullptr;
    m_port = 0;
}

QUrl ApiServer::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    QHostAddress host = m_config.address;
    if (host == QHostAddress::Any || host == QHostAddress::AnyIPv4 || host == QHostAddress::AnyIPv6)
        host = QHostAddress::LocalHost;
    url.setHost(host.toString());
    url.setPort(m_port);
    url.setPath(QStringLiteral("/v1"));
    return url;
}

void ApiServer::dispatch(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    auto exchange = std::make_shared<ApiExchange>(request, std::move(responder), m_listener,
                                                  &m_cors, m_services.log);
    const QString &method = exchange->method();
    exchange->startLog(method != QLatin1String("OPTIONS") &&
                       exchange->path() != QLatin1String("/healthz"));

    if (!m_guard.isHostAllowed(exchange->header("Host"))) {
        qCWarning(lcServer).noquote()
            << "refused Host" << QString::fromLatin1(exchange->header("Host").left(100)) << "from"
            << exchange->source();
        exchange->replyError(
            ApiError::forbiddenHost(QString::fromLatin1(exchange->header("Host"))));
        return;
    }
    if (method == QLatin1String("OPTIONS")) {
        exchange->replyEmpty(
            204, m_cors.preflightHeaders(exchange->header("Access-Control-Request-Headers")));
        return;
    }
    route(exchange);
}

void ApiServer::route(const std::shared_ptr<ApiExchange> &exchange)
{
    const QString &method = exchange->method();
    QString path = exchange->path();
    // Clients configured without "/v1" in their base URL still reach the API.
    if (!path.startsWith(QLatin1String("/v1/")) && path != QLatin1String("/healthz"))
        path.prepend(QLatin1String("/v1"));
    const bool isGet = method == QLatin1String("GET");
    const bool isPost = method == QLatin1String("POST");

    auto notAllowed = [&](const char *allow) {
        ApiError error = ApiError::methodNotAllowed(method, exchange->path());
        exchange->replyBytes(405, QByteArrayLiteral("application/json"), error.body(),
                             {{"Allow", allow}, {"x-should-retry", "false"}});
    };

    // Open routes: health, and image files (loaded by <img> tags that cannot send a key).
    if (path == QLatin1String("/healthz")) {
        if (!isGet)
            return notAllowed("GET, OPTIONS");
        const QJsonObject health{{QLatin1String("status"), QLatin1String("ok")},
                                 {QLatin1String("name"), QLatin1String(BuildInfo::applicationName)},
                                 {QLatin1String("version"), QLatin1String(BuildInfo::version)},
                                 {QLatin1String("models"), m_services.catalog->models().size()},
                                 {QLatin1String("activeImages"), m_budget.active()}};
        return exchange->replyJson(200, QJsonDocument(health).toJson(QJsonDocument::Compact));
    }
    const QString filesPrefix = QStringLiteral("/v1/images/files/");
    if (path.startsWith(filesPrefix)) {
        if (!isGet)
            return notAllowed("GET, OPTIONS");
        return m_files->serve(exchange, path.mid(filesPrefix.size()));
    }

    enum class Route { None, Models, Model, Generations, Edits, Chat };
    Route target = Route::None;
    const char *allow = "POST, OPTIONS";
    bool methodOk = isPost;
    QString modelId;
    if (path == QLatin1String("/v1/models")) {
        target = Route::Models;
        allow = "GET, OPTIONS";
        methodOk = isGet;
    } else if (path.startsWith(QLatin1String("/v1/models/"))) {
        target = Route::Model;
        allow = "GET, OPTIONS";
        methodOk = isGet;
        modelId = path.mid(int(sizeof("/v1/models/")) - 1);
    } else if (path == QLatin1String("/v1/images/generations")) {
        target = Route::Generations;
    } else if (path == QLatin1String("/v1/images/edits") ||
               path == QLatin1String("/v1/images/variations")) {
        target = Route::Edits;
    } else if (path == QLatin1String("/v1/chat/completions")) {
        target = Route::Chat;
    }
    if (target == Route::None)
        return exchange->replyError(ApiError::notFound(method, exchange->path()));
    if (!methodOk)
        return notAllowed(allow);

    if (!m_guard.isAuthorized(exchange->header("Authorization"))) {
        exchange->replyError(ApiError::unauthorized(!exchange->header("Authorization").isEmpty()));
        return;
    }

    const qint64 limit =
        target == Route::Chat ? ServerConfig::maxChatBodyBytes : ServerConfig::maxImagesBodyBytes;
    if (exchange->body().size() > limit)
        return exchange->replyError(ApiError::payloadTooLarge(limit));

    switch (target) {
    case Route::Models:
        return m_models->list(exchange);
    case Route::Model:
        return m_models->get(exchange, modelId);
    case Route::Generations:
        return m_images->generate(exchange);
    case Route::Edits:
        return m_images->unsupported(exchange);
    case Route::Chat:
        return m_chat->complete(exchange);
    case Route::None:
        break;
    }
}
