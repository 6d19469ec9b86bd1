#pragma once

#include "http/HttpConnection.h"
#include "http/HttpLimits.h"

#include <QHostAddress>
#include <QObject>
#include <QTcpServer>

// A small HTTP/1.1 server: listens, caps the number of open connections (the next one is
// answered 503 and closed), and runs an HttpConnection per client. What to answer is up
// to HttpHandlers.
class HttpServer : public QObject
{
    Q_OBJECT
public:
    HttpServer(const HttpLimits &limits, HttpHandlers handlers, QObject *parent = nullptr);
    ~HttpServer() override;

    bool listen(const QHostAddress &address, quint16 port);
    void close();
    QString errorString() const { return m_listener.errorString(); }
    quint16 serverPort() const { return m_listener.serverPort(); }
    int openConnections() const { return m_open; }

private:
    void acceptConnections();
    void refuse(QTcpSocket *socket);

    HttpLimits m_limits;
    HttpHandlers m_handlers;
    QTcpServer m_listener;
    int m_open = 0;
};
