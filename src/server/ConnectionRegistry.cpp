#include "ConnectionRegistry.h"

#include "ApiError.h"
#include "Logging.h"

ConnectionRegistry::ConnectionRegistry(qint64 maxBodyBytes, QObject *parent)
    : QTcpServer(parent)
    , m_maxBodyBytes(maxBodyBytes)
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
    constexpr qint64 maxHead = 16 * 1024;
    const QByteArray head = socket->peek(maxHead);
    const qsizetype end = head.indexOf("\r\n\r\n");
    if (end < 0 ||
        !(head.startsWith("POST ") || head.startsWith("PUT ") || head.startsWith("PATCH ")))
        return;
    const QByteArray lower = head.left(end).toLower();
    const qsizetype at = lower.indexOf("\r\ncontent-length:");
    if (at < 0)
        return;
    const qsizetype valueStart = at + int(sizeof("\r\ncontent-length:")) - 1;
    const qsizetype lineEnd = lower.indexOf("\r\n", valueStart);
    bool ok = false;
    const qint64 length =
        lower.mid(valueStart, lineEnd < 0 ? -1 : lineEnd - valueStart).trimmed().toLongLong(&ok);
    if (!ok || length <= m_maxBodyBytes)
        return;
    qCInfo(lcServer) << "refused a body of" << length << "bytes from"
                     << socket->peerAddress().toString();
    const QByteArray body = ApiError::payloadTooLarge(m_maxBodyBytes).body();
    socket->write("HTTP/1.1 413 Payload Too Large\r\nContent-Type: application/json\r\n"
                  "Connection: close\r\nAccess-Control-Allow-Origin: *\r\nContent-Length: " +
                  QByteArray::number(body.size()) + "\r\n\r\n" + body);
    socket->disconnectFromHost();
}
