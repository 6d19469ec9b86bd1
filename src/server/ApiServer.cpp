#include "ApiServer.h"

#include "ApiExchange.h"
#include "BuildInfo.h"
#include "common/Logging.h"
#include "common/ProcessMemory.h"
#include "endpoints/ChatEndpoint.h"
#include "endpoints/FilesEndpoint.h"
#include "endpoints/ImagesEndpoint.h"
#include "endpoints/ModelsEndpoint.h"
#include "generation/ModelCatalog.h"
#include "http/HttpResponder.h"
#include "http/HttpServer.h"
#include "requests/ChatRequest.h"
#include "requests/ImagesRequest.h"
#include "store/ImageStore.h"
#include "upstream/UpstreamClient.h"

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
    buildRoutes();

    // Once the images of a burst are gone, so is the memory they took (see ProcessMemory).
    m_idleMemoryRelease.setSingleShot(true);
    m_idleMemoryRelease.setInterval(2000);
    connect(&m_idleMemoryRelease, &QTimer::timeout, this, [this] {
        if (m_budget.active() > 0)
            return; // busy again: the next idle moment starts the timer anew
        if (m_services.store && m_services.store->hasPending())
            m_idleMemoryRelease.start(); // the last images are still being written
        else
            ProcessMemory::releaseFreed();
    });
    m_budget.setOnIdle([this] { m_idleMemoryRelease.start(); });
}

ApiServer::~ApiServer()
{
    close();
}

void ApiServer::buildRoutes()
{
    using Exchange = std::shared_ptr<ApiExchange>;
    using Answer = ApiOperation::Answer;
    const qint64 images = ServerConfig::maxImagesBodyBytes;
    const qint64 other = ServerConfig::maxOtherBodyBytes;
    auto unsupported = [this](const Exchange &e, const QString &) { m_images->unsupported(e); };
    const auto route = [](const char *path, const char *parameter, const char *method,
                          bool needsKey, qint64 maxBody, const char *summary,
                          const QList<FieldRule> *body, Answer answer, Handler handle,
                          bool answersFromHead = false) {
        return Route{{QLatin1String(path), QLatin1String(parameter), QByteArray(method), needsKey,
                      maxBody, QLatin1String(summary), body, answer},
                     *parameter != '\0',
                     std::move(handle),
                     answersFromHead};
    };
    m_routes = {
        // Open routes: health, this description, and image files (loaded by <img> tags that
        // cannot send a key).
        route("/healthz", "", "GET", false, other, "Whether the server runs", nullptr,
              Answer::Health, [this](const Exchange &e, const QString &) { answerHealth(e); }),
        route("/v1/openapi.json", "", "GET", false, other, "This OpenAPI document", nullptr,
              Answer::Document, [this](const Exchange &e, const QString &) { answerDocument(e); }),
        route(FilesEndpoint::routePrefix, "name", "GET", false, other,
              "An image made here (response_format url)", nullptr, Answer::ImageFile,
              [this](const Exchange &e, const QString &name) { m_files->serve(e, name); }),
        route("/v1/models", "", "GET", true, other, "The catalog's models", nullptr,
              Answer::ModelList, [this](const Exchange &e, const QString &) { m_models->list(e); }),
        route("/v1/models/", "model", "GET", true, other, "One model, or an alias", nullptr,
              Answer::Model,
              [this](const Exchange &e, const QString &id) { m_models->get(e, id); }),
        route("/v1/images/generations", "", "POST", true, images, "Make images from a prompt",
              &ImagesRequest::rules(), Answer::Images,
              [this](const Exchange &e, const QString &) { m_images->generate(e); }),
        route("/v1/images/edits", "", "POST", true, images, "Refused: only generations are made",
              nullptr, Answer::Refusal, unsupported, true),
        route("/v1/images/variations", "", "POST", true, images,
              "Refused: only generations are made", nullptr, Answer::Refusal, unsupported, true),
        route("/v1/chat/completions", "", "POST", true, ServerConfig::maxChatBodyBytes,
              "Make an image from a chat turn", &ChatRequest::rules(), Answer::Chat,
              [this](const Exchange &e, const QString &) { m_chat->complete(e); }),
    };
}

void ApiServer::answerDocument(const std::shared_ptr<ApiExchange> &exchange) const
{
    QList<ApiOperation> operations;
    for (const Route &route : m_routes)
        operations.append(route.op);
    const QJsonObject document = OpenApiDocument::build(operations, QUrl(exchange->baseUrl()),
                                                        QLatin1String(BuildInfo::version));
    exchange->replyJson(200, QJsonDocument(document).toJson(QJsonDocument::Compact));
}

bool ApiServer::listen(QString *error)
{
    close();
    HttpHandlers handlers;
    handlers.bodyLimit = [this](const HttpRequest &head) { return bodyLimit(head); };
    handlers.request = [this](HttpRequest request, HttpResponder responder) {
        dispatch(std::move(request), std::move(responder));
    };
    handlers.error = [this](int status, const QByteArray &reason) {
        return protocolError(status, reason);
    };
    m_http = new HttpServer(m_config.http, std::move(handlers), this);
    if (!m_http->listen(m_config.address, m_config.port)) {
        *error = tr("Cannot listen on %1:%2: %3")
                     .arg(m_config.address.toString())
                     .arg(m_config.port)
                     .arg(m_http->errorString());
        delete m_http;
        m_http = nullptr;
        return false;
    }
    m_port = m_http->serverPort();
    qCInfo(lcServer).noquote() << "listening on" << baseUrl().toString();
    return true;
}

void ApiServer::close()
{
    delete m_http;
    m_http = nullptr;
    m_port = 0;
}

int ApiServer::openConnections() const
{
    return m_http ? m_http->openConnections() : 0;
}

QUrl ApiServer::baseUrl() const
{
    return ServerConfig::baseUrlFor(m_config.address, m_port);
}

QString ApiServer::routedPath(const QString &requestPath)
{
    // Clients configured without "/v1" in their base URL still reach the API.
    if (!requestPath.startsWith(QLatin1String("/v1/")) && requestPath != QLatin1String("/healthz"))
        return QLatin1String("/v1") + requestPath;
    return requestPath;
}

const ApiServer::Route *ApiServer::findRoute(const QString &path) const
{
    for (const Route &route : m_routes) {
        if (route.prefix ? path.startsWith(route.op.path) : path == route.op.path)
            return &route;
    }
    return nullptr;
}

qint64 ApiServer::bodyLimit(const HttpRequest &head) const
{
    // Refused from the head: the answer (403, 401) does not depend on the body.
    if (!m_guard.isHostAllowed(head.header("Host")))
        return -1;
    const Route *route = findRoute(routedPath(head.path));
    if (!route || head.method != route->op.method)
        return ServerConfig::maxOtherBodyBytes; // OPTIONS, 404, 405
    if (route->op.needsKey && !m_guard.isAuthorized(head.header("Authorization")))
        return -1;
    return route->answersFromHead ? -1 : route->op.maxBodyBytes;
}

HttpResponse ApiServer::protocolError(int status, const QByteArray &reason) const
{
    return ApiExchange::errorResponse(ApiError::protocolError(status, reason), m_cors, {},
                                      ApiExchange::newRequestId());
}

void ApiServer::dispatch(HttpRequest request, HttpResponder responder)
{
    auto exchange = std::make_shared<ApiExchange>(std::move(request), std::move(responder), &m_cors,
                                                  m_services.log);
    const QString &method = exchange->method();
    exchange->startLog(method != QLatin1String("OPTIONS") &&
                       exchange->path() != QLatin1String("/healthz"));

    if (!m_guard.isHostAllowed(exchange->header("Host"))) {
        qCWarning(lcServer).noquote()
            << "refused Host" << QString::fromLatin1(exchange->header("Host").left(100)) << "from"
            << exchange->source();
        return exchange->replyError(
            ApiError::forbiddenHost(QString::fromLatin1(exchange->header("Host"))));
    }
    if (method == QLatin1String("OPTIONS")) {
        return exchange->replyEmpty(
            204, m_cors.preflightHeaders(exchange->header("Access-Control-Request-Headers")));
    }
    const QString path = routedPath(exchange->path());
    const Route *route = findRoute(path);
    if (!route)
        return exchange->replyError(ApiError::notFound(method, exchange->path()));
    if (method.toLatin1() != route->op.method) {
        const ApiError error = ApiError::methodNotAllowed(method, exchange->path());
        return exchange->replyBytes(
            405, QByteArrayLiteral("application/json"), error.body(),
            {{"Allow", route->op.method + ", OPTIONS"}, {"x-should-retry", "false"}});
    }
    if (route->op.needsKey && !m_guard.isAuthorized(exchange->header("Authorization"))) {
        return exchange->replyError(
            ApiError::unauthorized(!exchange->header("Authorization").isEmpty()));
    }
    // A body refused from its head reaches this point only when it is too large, or when
    // the route answers from the head anyway.
    if (!route->answersFromHead &&
        (exchange->bodyBytes() > route->op.maxBodyBytes || exchange->bodySkipped()))
        return exchange->replyError(ApiError::payloadTooLarge(route->op.maxBodyBytes));
    route->handle(exchange, path.mid(route->op.path.size()));
}

void ApiServer::answerHealth(const std::shared_ptr<ApiExchange> &exchange) const
{
    const QJsonObject health{{QLatin1String("status"), QLatin1String("ok")},
                             {QLatin1String("name"), QLatin1String(BuildInfo::applicationName)},
                             {QLatin1String("version"), QLatin1String(BuildInfo::version)},
                             {QLatin1String("models"), m_services.catalog->models().size()},
                             {QLatin1String("activeImages"), m_budget.active()}};
    exchange->replyJson(200, QJsonDocument(health).toJson(QJsonDocument::Compact));
}
