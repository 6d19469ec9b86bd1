#pragma once

#include "ServerConfig.h"

#include <QObject>
#include <QUrl>

#include <memory>

class ApiServer;
class AppSettings;
class ImageStore;
class ModelCatalog;
class RequestLog;
class UpstreamClient;

// Runs the local API server for the window: start, stop, and what clients need to know.
// It lives in the GUI thread; the heavy work of a request (decoding, saving, converting)
// already runs on worker threads.
class ServerController : public QObject
{
    Q_OBJECT
public:
    ServerController(AppSettings *settings, const ModelCatalog *catalog, UpstreamClient *upstream,
                     ImageStore *store, RequestLog *log, QObject *parent = nullptr);
    ~ServerController() override;

    // Overrides from the command line (--host, --port, --key); not saved.
    void setOverrides(const QString &host, int port, const QString &key);

    bool start();
    void stop();
    bool isRunning() const;
    QString lastError() const { return m_lastError; }
    QUrl baseUrl() const; // the running server's, or the configured one
    QString apiKey() const;
    QString host() const;
    quint16 port() const;
    void setEndpoint(const QString &host, quint16 port);
    QString regenerateKey();
    void setDefaultModel(const QString &id);

signals:
    void stateChanged(bool running);
    // The address or the key changed (what clients must be told), running or not.
    void endpointChanged();

private:
    ServerConfig config() const;

    AppSettings *m_settings;
    const ModelCatalog *m_catalog;
    UpstreamClient *m_upstream;
    ImageStore *m_store;
    RequestLog *m_log;
    std::unique_ptr<ApiServer> m_server;
    QString m_hostOverride;
    int m_portOverride = -1;
    QString m_keyOverride;
    QString m_defaultModel;
    QString m_lastError;
};
