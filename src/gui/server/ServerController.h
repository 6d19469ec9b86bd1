#pragma once

#include "ServerConfig.h"

#include <QObject>
#include <QUrl>

#include <memory>

class ApiEngine;
class AppContext;

// Runs the local API server for the window: start, stop, and what clients need to know.
// The server itself runs in the API engine's thread; images it saves reach the gallery
// through the context's store.
class ServerController : public QObject
{
    Q_OBJECT
public:
    explicit ServerController(AppContext &context, QObject *parent = nullptr);
    ~ServerController() override;

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

signals:
    void stateChanged(bool running);
    // The address or the key changed (what clients must be told), running or not.
    void endpointChanged();

private:
    AppContext &m_context;
    std::unique_ptr<ApiEngine> m_engine;
    QString m_lastError;
};
