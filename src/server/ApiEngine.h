#pragma once

#include "ServerConfig.h"
#include "store/ImageStore.h"
#include "upstream/UpstreamClient.h"

#include <QObject>
#include <QThread>
#include <QUrl>

#include <optional>

class AppContext;
class ModelCatalog;
class RequestLog;

// The API server, its upstream client and its generations, in a thread of their own: API
// clients never wait for the window (a modal dialog, a long layout) and the window never
// waits for them. The engine keeps its own connection to the image index; images it saves
// are announced with imageAdded() in the thread that owns the engine, and its requests
// are written into the shared request log, which queues them to its own thread.
//
// start() and stop() wait for the engine thread to bind or close the port (a few
// microseconds), so callers see the outcome at once.
class ApiEngine : public QObject
{
    Q_OBJECT
public:
    struct Setup
    {
        ServerConfig server;
        UpstreamSetup upstream;

        // The run's server settings: the saved ones with the options applied. The one
        // place a ServerConfig is made from them. nullopt and *error when the host is not
        // an IP address.
        static std::optional<Setup> from(AppContext &context, QString *error);
    };

    ApiEngine(const ModelCatalog *catalog, const QString &storeFolder, RequestLog *log,
              QObject *parent = nullptr);
    ~ApiEngine() override;

    bool start(const Setup &setup, QString *error);
    void stop();
    bool isRunning() const { return m_port != 0; }
    quint16 port() const { return m_port; }
    QUrl baseUrl() const { return m_baseUrl; } // http://address:port/v1 while running
    QThread *engineThread() { return &m_thread; }

signals:
    // The engine saved an image (its file is on disk and its row in the index).
    void imageAdded(const ImageRecord &record);

private:
    class Worker;

    QThread m_thread;
    Worker *m_worker;
    quint16 m_port = 0;
    QUrl m_baseUrl;
};
