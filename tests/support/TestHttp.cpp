#include "TestHttp.h"

#include <QSignalSpy>

QByteArray TestResponse::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

TestHttp::TestHttp(const QUrl &base, const QByteArray &key)
    : m_base(base)
    , m_key(key)
{
    m_manager.setAutoDeleteReplies(false);
}

QUrl TestHttp::url(const QString &path) const
{
    QUrl u = m_base;
    u.setPath(path);
    return u;
}

TestResponse TestHttp::send(const QByteArray &verb, const QString &path, const QByteArray &body,
                            const QList<QPair<QByteArray, QByteArray>> &headers, int timeoutMs)
{
    QNetworkRequest request(url(path));
    if (!m_key.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_key);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    QNetworkReply *reply = m_manager.sendCustomRequest(request, verb, body);
    QSignalSpy spy(reply, &QNetworkReply::finished);
    TestResponse response;
    response.finished = reply->isFinished() || spy.wait(timeoutMs);
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.error = reply->error();
    response.body = reply->readAll();
    response.headers = reply->rawHeaderPairs();
    reply->abort();
    delete reply;
    return response;
}

TestResponse TestHttp::get(const QString &path, const QList<QPair<QByteArray, QByteArray>> &headers,
                           int timeoutMs)
{
    return send("GET", path, {}, headers, timeoutMs);
}

TestResponse TestHttp::post(const QString &path, const QByteArray &body,
                            const QList<QPair<QByteArray, QByteArray>> &headers, int timeoutMs)
{
    return send("POST", path, body, headers, timeoutMs);
}

TestResponse TestHttp::postJson(const QString &path, const QJsonObject &body, int timeoutMs)
{
    return post(path, QJsonDocument(body).toJson(QJsonDocument::Compact), {}, timeoutMs);
}
