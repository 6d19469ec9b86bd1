#pragma once

#include <QHash>
#include <QList>
#include <QObject>

class QNetworkAccessManager;
class QNetworkRequest;

// Hands out QNetworkAccessManagers so that many upstream calls run at once. A manager
// opens at most 6 HTTP/1.1 connections per host by default and queues the rest. From Qt
// 6.5 one manager is told to open more (QHttp1Configuration on each request); Qt 6.4
// cannot be configured so, and the pool adds managers as load grows instead.
class NetworkPool : public QObject
{
    Q_OBJECT
public:
    static constexpr int connectionsPerManager = 6;   // Qt 6.4's fixed limit
    static constexpr int maxConnectionsPerHost = 256; // as many as the API lets run at once

    explicit NetworkPool(QObject *parent = nullptr);

    // Call once per request before it is sent with acquire()'s manager.
    static void prepare(QNetworkRequest &request);
    QNetworkAccessManager *acquire();
    void release(QNetworkAccessManager *manager);

    int managerCount() const { return int(m_managers.size()); }
    int inFlight() const;

private:
    QNetworkAccessManager *addManager();

    QList<QNetworkAccessManager *> m_managers;
    QHash<QNetworkAccessManager *, int> m_load;
};
