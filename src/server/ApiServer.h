#pragma once

#include "ApiServices.h"
#include "ServerConfig.h"
#include "access/AccessGuard.h"
#include "access/CorsPolicy.h"
#include "endpoints/OpenApiDocument.h"
#include "http/HttpMessage.h"

#include <QObject>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <memory>

class ApiExchange;
class ChatEndpoint;
class FilesEndpoint;
class HttpResponder;
class HttpServer;
class ImagesEndpoint;
class ModelsEndpoint;

// The local OpenAI-compatible server on the HTTP/1.1 layer (src/server/http). Every
// request goes through the same steps: Host check, CORS preflight, route, method, key,
// body limit; then the route's endpoint answers. The same checks decide, from the head
// alone, whether a body is worth reading (HttpHandlers::bodyLimit).
class ApiServer : public QObject
{
    Q_OBJECT
public:
    ApiServer(const ServerConfig &config, const ModelCatalog *catalog, UpstreamClient *upstream,
              ImageStore *store, RequestLog *log, QObject *parent = nullptr);
    ~ApiServer() override;

    // Binds config.address:config.port. On failure returns false and *error says why.
    bool listen(QString *error);
    void close();
    bool isListening() const { return m_port != 0; }
    quint16 port() const { return m_port; }
    QUrl baseUrl() const; // http://address:port/v1
    const ServerConfig &config() const { return m_config; }
    int activeImages() const { return m_budget.active(); }
    int openConnections() const;

private:
    using Handler = std::function<void(const std::shared_ptr<ApiExchange> &, const QString &rest)>;
    struct Route
    {
        ApiOperation op;     // path, method, key, body limit, and what the document says
        bool prefix = false; // matches every path under op.path; the rest is handed on
        Handler handle;
        // The answer does not depend on the body (a refusal of what cannot be done): it is
        // given from the head, before any body (also to Expect: 100-continue), and a body
        // sent anyway is read and dropped whatever its size.
        bool answersFromHead = false;
    };

    void buildRoutes();
    const Route *findRoute(const QString &path) const;
    static QString routedPath(const QString &requestPath);
    qint64 bodyLimit(const HttpRequest &head) const;
    void dispatch(HttpRequest request, HttpResponder responder);
    HttpResponse protocolError(int status, const QByteArray &reason) const;
    void answerHealth(const std::shared_ptr<ApiExchange> &exchange) const;
    void answerDocument(const std::shared_ptr<ApiExchange> &exchange) const;

    ServerConfig m_config;
    ImageBudget m_budget;
    QTimer m_idleMemoryRelease;
    ApiServices m_services;
    CorsPolicy m_cors;
    AccessGuard m_guard;
    QList<Route> m_routes;
    HttpServer *m_http = nullptr;
    std::unique_ptr<ModelsEndpoint> m_models;
    ImagesEndpoint *m_images;
    ChatEndpoint *m_chat;
    FilesEndpoint *m_files;
    quint16 m_port = 0;
};
