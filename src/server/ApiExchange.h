#pragma once

#include "ApiError.h"
#include "generation/RequestLog.h"
#include "http/HttpMessage.h"
#include "http/HttpResponder.h"

#include <QHostAddress>
#include <QPointer>
#include <QString>

#include <functional>
#include <memory>

class CorsPolicy;

// One HTTP request and its answer: what the handlers need of the request and the ways to
// answer it. Every answer carries x-request-id and the CORS headers, and is recorded in
// the request log.
class ApiExchange : public std::enable_shared_from_this<ApiExchange>
{
public:
    ApiExchange(HttpRequest request, HttpResponder responder, const CorsPolicy *cors,
                RequestLog *log);
    ~ApiExchange();

    const QByteArray &requestId() const { return m_requestId; }
    const QString &method() const { return m_method; }
    const QString &path() const { return m_path; }
    const QByteArray &body() const { return m_body; }
    // The body's size as declared, also when it was refused unread (bodySkipped).
    qint64 bodyBytes() const { return std::max<qint64>(m_bodyBytes, m_body.size()); }
    bool bodySkipped() const { return m_bodySkipped; }
    QByteArray header(const QByteArray &name) const;
    QString source() const;  // the client's address
    QString baseUrl() const; // "http://<Host>", how the client reached us

    void startLog(bool logged);
    void setLoggedModel(const QString &model);
    quint64 logSerial() const { return m_logSerial; }
    RequestLog *log() const { return m_log; }

    bool isConnected() const { return m_responder.isConnected(); }
    bool hasResponded() const { return m_responder.hasResponded(); }
    // Calls `handler` when the client goes away before the answer is complete.
    void onDisconnected(QObject *context, std::function<void()> handler);

    void replyJson(int status, const QByteArray &json, HttpHeaders extra = {});
    // JSON in parts (text around large base64 values), sent without joining them.
    void replyJsonParts(int status, const QList<QByteArray> &json);
    void replyBytes(int status, const QByteArray &contentType, const QByteArray &body,
                    HttpHeaders extra = {});
    void replyEmpty(int status, HttpHeaders extra);
    void replyError(const ApiError &error);
    // The answer to `error` with the headers every answer carries, for callers that answer
    // without an exchange (the HTTP layer's refusals).
    static HttpResponse errorResponse(const ApiError &error, const CorsPolicy &cors,
                                      const QByteArray &origin, const QByteArray &requestId);
    static QByteArray newRequestId();

    void beginEventStream();
    void sendEvent(const QByteArray &framedEvent);
    void endEventStream();
    // Ends a stream with `error` as its last event (no [DONE]): the way OpenAI-compatible
    // clients learn that a stream failed after its 200 headers.
    void failEventStream(const ApiError &error);

private:
    void replyParts(int status, const QByteArray &contentType, const QList<QByteArray> &body,
                    HttpHeaders extra);
    HttpHeaders commonHeaders() const;
    void finishLog(int status, qint64 bytes, const QString &error = {});

    QByteArray m_requestId;
    QString m_method;
    QString m_path;
    QByteArray m_body;
    qint64 m_bodyBytes = 0;
    bool m_bodySkipped = false;
    HttpHeaders m_headers;
    QHostAddress m_remote;
    HttpResponder m_responder;
    const CorsPolicy *m_cors;
    QPointer<RequestLog> m_log;
    quint64 m_logSerial = 0;
    qint64 m_streamedBytes = 0;
};
