#pragma once

#include <QHash>
#include <QHostAddress>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

class ResponseOrder;

// The listening socket under QHttpServer. It raises the listen backlog (Qt's 50 drops
// bursts of connections), refuses bodies over the largest route limit before they are
// buffered (QHttpServer has no limit of its own), and knows every connection by its peer
// address and port, which newer Qt versions need to find a request's socket.
class ConnectionRegistry : public QTcpServer
{
    Q_OBJECT
public:
    explicit ConnectionRegistry(qint64 maxBodyBytes, QObject *parent = nullptr);

    // The connection a request came in on (Qt 6.5+ no longer hands out the socket).
    QTcpSocket *socketForPeer(const QHostAddress &address, quint16 port) const;
    int openConnections() const { return int(m_sockets.size()); }

    QTcpSocket *nextPendingConnection() override;

    // Keeps each connection's answers in request order (used with Qt 6.4).
    ResponseOrder *responseOrder() { return m_order; }

private:
    void inspect(QTcpSocket *socket);

    qint64 m_maxBodyBytes;
    ResponseOrder *m_order;
    using Peer = std::pair<QHostAddress, quint16>;
    QHash<Peer, QPointer<QTcpSocket>> m_sockets;
};
