#pragma once

#include "upstream/UpstreamError.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// An OpenAI-style error: {"error":{"message","type","param","code"}} and its HTTP status.
// The only place error bodies are built.
struct ApiError
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)
public:
    int status = 500;
    QString message;
    QString type = QStringLiteral("invalid_request_error");
    QString param;              // empty: null
    QString code;               // empty: null
    int retryAfterSeconds = -1; // >= 0: sent as Retry-After
    bool retryable = false;     // false: x-should-retry: false (SDKs must not resubmit)

    QByteArray body() const;
    // The same error for a stream whose headers already went out with 200: the error
    // object, plus the status the plain answer would have had. openai-node and the AI SDK
    // raise a `data:` event with an `error` object as an error.
    QByteArray streamBody() const;

    static ApiError badRequest(const QString &message, const QString &param = {},
                               const QString &code = {});
    static ApiError invalidJson(const QString &detail);
    static ApiError unauthorized(bool keyGiven);
    static ApiError forbiddenHost(const QString &host);
    static ApiError notFound(const QString &method, const QString &path);
    static ApiError modelNotFound(const QString &message);
    static ApiError methodNotAllowed(const QString &method, const QString &path);
    static ApiError payloadTooLarge(qint64 limit);
    static ApiError tooManyRequests(int retryAfterSeconds);
    // A request the HTTP layer refused before it reached a route: not valid HTTP/1.1, too
    // large (413, 414, 431), too slow (408), or one connection too many (503).
    static ApiError protocolError(int status, const QByteArray &reason);
    static ApiError fromUpstream(const UpstreamError &error);
};
