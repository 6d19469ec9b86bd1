#include "ConnectionRegistry.h"

#include "ApiError.h"
#include "Logging.h"
#include "RequestHead.h"
#include "ResponseOrder.h"

ConnectionRegistry::ConnectionRegistry(qint64 maxBodyBytes, QObject *parent)
    : QTcpServer(parent)
    , m_maxBodyBytes(maxBodyBytes)
    , m_order(new ResponseOrder(this))
{
    setListenBacklogSize(512);
}

QTcpSocket *ConnectionRegistry::nextPendingConnection()
{
    QTcpSocket *socket = QTcpServer::nextPendingConnection();
    if (!socket)
        return nullptr;
    const Peer peer(socket->peerAddress(), socket->peerPort());
    m_sockets.insert(peer, socket);
    connect(socket, &QTcpSocket::disconnected, this, [this, peer, socket] {
        if (m_sockets.value(peer) == socket)
            m_sockets.remove(peer);
    });
    // Connected before QHttpServer's own handler, so it sees the data first.
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { inspect(socket); });
    return socket;
}

QTcpSocket *ConnectionRegistry::socketForPeer(const QHostAddress &address, quint16 port) const
{
    return m_sockets.value(Peer(address, port));
}

void ConnectionRegistry::inspect(QTcpSocket *socket)
{
    // Only the start of a request is looked at: its head arrives in one read in practice.
    const RequestHead head = RequestHead::scan(socket->peek(RequestHead::maxHeadBytes));
    if (head.state != RequestHead::State::Complete || !head.hasBody() || !head.contentLength ||
        *head.contentLength <= m_maxBodyBytes)
        return;
    qCInfo(lcServer) << "refused a body of" << *head.contentLength << "bytes from"
                     << socket->peerAddress().toString();
    const QByteArray body = ApiError::payloadTooLarge(m_maxBodyBytes).body();
    socket->write("HTTP/1.1 413 Payload Too Large\r\nContent-Type: application/json\r\n"
                  "Connection: close\r\nAccess-Control-Allow-Origin: *\r\nContent-Length: " +
                  QByteArray::number(body.size()) + "\r\n\r\n" + body);
    socket->disconnectFromHost();
}
