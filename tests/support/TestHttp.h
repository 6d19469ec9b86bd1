#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPair>
#include <QUrl>

// A blocking HTTP helper for tests: sends a request and waits (on QSignalSpy, bounded)
// for the whole answer.
struct TestResponse
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    bool finished = false;

    QByteArray header(const QByteArray &name) const;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QJsonObject errorObject() const { return json().value(QLatin1String("error")).toObject(); }
};

class TestHttp
{
public:
    explicit TestHttp(const QUrl &base, const QByteArray &key = {});

    void setKey(const QByteArray &key) { m_key = key; }
    QUrl url(const QString &path) const;

    TestResponse get(const QString &path, const QList<QPair<QByteArray, QByteArray>> &headers = {},
                     int timeoutMs = 15000);
    TestResponse post(const QString &path, const QByteArray &body,
                      const QList<QPair<QByteArray, QByteArray>> &headers = {},
                      int timeoutMs = 15000);
    TestResponse postJson(const QString &path, const QJsonObject &body, int timeoutMs = 15000);
    TestResponse send(const QByteArray &verb, const QString &path, const QByteArray &body,
                      const QList<QPair<QByteArray, QByteArray>> &headers, int timeoutMs);

    QNetworkAccessManager &manager() { return m_manager; }

private:
    QUrl m_base;
    QByteArray m_key;
    QNetworkAccessManager m_manager;
};
