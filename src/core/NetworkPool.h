#pragma once

#include <QHash>
#include <QList>
#include <QObject>

class QNetworkAccessManager;

// Hands out QNetworkAccessManagers so that many upstream calls run at once. Qt 6.4 gives
// each manager at most 6 HTTP/1.1 connections per host and queues the rest (and cannot be
// configured otherwise before 6.5), so the pool adds managers as load grows.
class NetworkPool : public QObject
{
    Q_OBJECT
public:
    static constexpr int connectionsPerManager = 6;

    explicit NetworkPool(QObject *parent = nullptr);

    QNetworkAccessManager *acquire();
    void release(QNetworkAccessManager *manager);

    int managerCount() const { return int(m_managers.size()); }
    int inFlight() const;

private:
    QList<QNetworkAccessManager *> m_managers;
    QHash<QNetworkAccessManager *, int> m_load;
};
