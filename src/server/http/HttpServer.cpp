#include "http/HttpServer.h"

#include "common/Logging.h"

#include <QTcpSocket>
#include <QTimer>

namespace {
// Qt's default backlog of 50 drops bursts of connections from clients that open many.
constexpr int listenBacklog = 512;
constexpr int refusedTimeoutMs = 2000;
} // namespace

HttpServer::HttpServer(const HttpLimits &limits, HttpHandlers handlers, QObject *parent)
    : QObject(parent)
    , m_limits(limits)
    , m_handlers(std::move(handlers))
{
    m_listener.setListenBacklogSize(listenBacklog);
    connect(&m_listener, &QTcpServer::newConnection, this, &HttpServer::acceptConnections);
}

HttpServer::~HttpServer()
{
    close();
    // Connections are children: they go with the server, before the handlers they use.
    const auto connections = findChildren<HttpConnection *>(Qt::FindDirectChildrenOnly);
    qDeleteAll(connections);
}

bool HttpServer::listen(const QHostAddress &address, quint16 port)
{
    return m_listener.listen(address, port);
}

void HttpServer::close()
{
    m_listener.close();
}

void HttpServer::acceptConnections()
{
    while (QTcpSocket *socket = m_listener.nextPendingConnection()) {
        if (m_open >= m_limits.maxConnections) {
            refuse(socket);
            continue;
        }
        ++m_open;
        auto *connection = new HttpConnection(socket, m_limits, &m_handlers, this);
        connect(connection, &QObject::destroyed, this, [this] { --m_open; });
    }
}

void HttpServer::refuse(QTcpSocket *socket)
{
    qCWarning(lcServer) << "refused a connection from" << socket->peerAddress().toString()
                        << "beyond the limit of" << m_limits.maxConnections;
    const HttpResponse response =
        m_handlers.error ? m_handlers.error(503, "too many open connections")
                         : HttpResponse{503, "text/plain", "too many open connections", {}};
    socket->setParent(this);
    socket->write(HttpWire::closingHead(response));
    socket->write(response.body);
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    socket->disconnectFromHost();
    QTimer::singleShot(refusedTimeoutMs, socket, [socket] { socket->abort(); });
}
