#pragma once

#include "AccessGuard.h"
#include "ApiServices.h"
#include "CorsPolicy.h"
#include "ServerConfig.h"

#include <QObject>
#include <QUrl>

#include <memory>

class ApiExchange;
class ChatEndpoint;
class ConnectionRegistry;
class FilesEndpoint;
class ImagesEndpoint;
class ModelsEndpoint;
class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;

// The local OpenAI-compatible server. One front handler takes every request and does what
// QHttpServer's router would do inconsistently in 6.4 (405s, HEAD, CORS on every answer):
// Host check, CORS preflight, routing, key check, body limits; then an endpoint answers.
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

private:
    void dispatch(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    void route(const std::shared_ptr<ApiExchange> &exchange);

    ServerConfig m_config;
    ImageBudget m_budget;
    ApiServices m_services;
    CorsPolicy m_cors;
    AccessGuard m_guard;
    QHttpServer *m_http = nullptr;
    ConnectionRegistry *m_listener = nullptr;
    std::unique_ptr<ModelsEndpoint> m_models;
    ImagesEndpoint *m_images;
    ChatEndpoint *m_chat;
    FilesEndpoint *m_files;
    quint16 m_port = 0;
};
