#include "ApiError.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
QJsonValue stringOrNull(const QString &value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}
} // namespace

namespace {
QJsonObject errorObject(const ApiError &e)
{
    return {{QLatin1String("message"), e.message},
            {QLatin1String("type"), e.type},
            {QLatin1String("param"), stringOrNull(e.param)},
            {QLatin1String("code"), stringOrNull(e.code)}};
}
} // namespace

QByteArray ApiError::body() const
{
    return QJsonDocument(QJsonObject{{QLatin1String("error"), errorObject(*this)}})
        .toJson(QJsonDocument::Compact);
}

QByteArray ApiError::streamBody() const
{
    QJsonObject error = errorObject(*this);
    error.insert(QLatin1String("status"), status);
    return QJsonDocument(QJsonObject{{QLatin1String("error"), error}})
        .toJson(QJsonDocument::Compact);
}

ApiError ApiError::badRequest(const QString &message, const QString &param, const QString &code)
{
    ApiError e;
    e.status = 400;
    e.message = message;
    e.param = param;
    e.code = code;
    return e;
}

ApiError ApiError::invalidJson(const QString &detail)
{
    return badRequest(tr("We could not parse the JSON body of your request (%1). The body must "
                         "be a JSON object.")
                          .arg(detail),
                      {}, QStringLiteral("invalid_json"));
}

ApiError ApiError::unauthorized(bool keyGiven)
{
    ApiError e;
    e.status = 401;
    e.message = keyGiven ? tr("Incorrect API key provided. Use the key shown by ImageBridge "
                              "(imagebridge --serve prints it).")
                         : tr("You didn't provide an API key. Send it as 'Authorization: Bearer "
                              "<key>'.");
    e.code = keyGiven ? QStringLiteral("invalid_api_key") : QString();
    return e;
}

ApiError ApiError::forbiddenHost(const QString &host)
{
    ApiError e;
    e.status = 403;
    e.type = QStringLiteral("permission_error");
    e.message = tr("The Host '%1' is not allowed. Use 127.0.0.1 or localhost, or add the name to "
                   "the allowed hosts.")
                    .arg(host.left(100));
    e.code = QStringLiteral("host_not_allowed");
    return e;
}

ApiError ApiError::notFound(const QString &method, const QString &path)
{
    ApiError e;
    e.status = 404;
    e.message = tr("Unknown request URL: %1 %2.").arg(method, path.left(200));
    e.code = QStringLiteral("unknown_url");
    return e;
}

ApiError ApiError::modelNotFound(const QString &message)
{
    ApiError e;
    e.status = 404;
    e.message = message;
    e.param = QStringLiteral("model");
    e.code = QStringLiteral("model_not_found");
    return e;
}

ApiError ApiError::methodNotAllowed(const QString &method, const QString &path)
{
    ApiError e;
    e.status = 405;
    e.message = tr("Method %1 is not allowed for %2.").arg(method, path.left(200));
    e.code = QStringLiteral("method_not_allowed");
    return e;
}

ApiError ApiError::payloadTooLarge(qint64 limit)
{
    ApiError e;
    e.status = 413;
    e.message = tr("The request body is larger than this endpoint accepts (%1 MiB).")
                    .arg(double(limit) / (1024 * 1024), 0, 'g', 3);
    e.code = QStringLiteral("payload_too_large");
    return e;
}

ApiError ApiError::tooManyRequests(int retryAfterSeconds)
{
    ApiError e;
    e.status = 429;
    e.type = QStringLiteral("rate_limit_error");
    e.message = tr("Too many images are being generated at once. Try again shortly.");
    e.code = QStringLiteral("rate_limit_exceeded");
    e.retryAfterSeconds = retryAfterSeconds;
    e.retryable = true;
    return e;
}

ApiError ApiError::protocolError(int status, const QByteArray &reason)
{
    ApiError e;
    e.status = status;
    const QString detail = QString::fromLatin1(reason);
    switch (status) {
    case 408:
        e.message = tr("The request did not arrive in time: %1.").arg(detail);
        e.code = QStringLiteral("request_timeout");
        e.retryable = true;
        break;
    case 413:
        e.message = tr("The request body is larger than this endpoint accepts.");
        e.code = QStringLiteral("payload_too_large");
        break;
    case 414:
    case 431:
        e.message = tr("The request is too large: %1.").arg(detail);
        e.code = status == 414 ? QStringLiteral("uri_too_long")
                               : QStringLiteral("request_header_fields_too_large");
        break;
    case 503:
        e.type = QStringLiteral("server_error");
        e.message = tr("The server has too many open connections. Try again shortly.");
        e.code = QStringLiteral("too_many_connections");
        e.retryAfterSeconds = 1;
        e.retryable = true;
        break;
    case 505:
        e.message = tr("Only HTTP/1.0 and HTTP/1.1 are supported.");
        e.code = QStringLiteral("http_version_not_supported");
        break;
    default:
        e.message = tr("The request is not valid HTTP/1.1: %1.").arg(detail);
        e.code = status == 501   ? QStringLiteral("not_implemented")
                 : status == 417 ? QStringLiteral("expectation_failed")
                                 : QStringLiteral("malformed_request");
        break;
    }
    return e;
}

ApiError ApiError::fromUpstream(const UpstreamError &error)
{
    using Kind = UpstreamError::Kind;
    ApiError e;
    e.message = error.message;
    e.status = error.answerStatus();
    e.type = QStringLiteral("upstream_error");
    switch (error.kind) {
    case Kind::RateLimited:
        e.type = QStringLiteral("rate_limit_error");
        e.code = QStringLiteral("upstream_rate_limited");
        break;
    case Kind::Network:
        e.code = QStringLiteral("upstream_unavailable");
        break;
    case Kind::Timeout:
    case Kind::Deadline:
        e.code = QStringLiteral("upstream_timeout");
        break;
    case Kind::InvalidResponse:
    case Kind::Rejected:
        e.code = QStringLiteral("upstream_bad_response");
        break;
    case Kind::TooLarge:
        e.code = QStringLiteral("upstream_image_too_large");
        break;
    case Kind::UpstreamFailure:
    case Kind::GenerationFailed:
        e.code = QStringLiteral("upstream_failed");
        break;
    case Kind::AccessDenied:
        e.type = QStringLiteral("permission_error");
        e.code = QStringLiteral("upstream_access_denied");
        break;
    case Kind::KeyRejected:
        e.code = QStringLiteral("upstream_key_rejected");
        break;
    case Kind::QuotaExceeded:
        e.type = QStringLiteral("rate_limit_error");
        e.code = QStringLiteral("upstream_quota_exceeded");
        if (error.retryAt.isValid())
            e.retryAfterSeconds = int(std::clamp<qint64>(
                QDateTime::currentDateTimeUtc().secsTo(error.retryAt), 1, 24 * 3600));
        break;
    case Kind::ContentPolicy:
        e.type = QStringLiteral("invalid_request_error");
        e.code = QStringLiteral("content_policy_violation");
        break;
    case Kind::Cancelled:
        e.code = QStringLiteral("cancelled");
        break;
    case Kind::Storage:
        e.type = QStringLiteral("server_error");
        e.code = QStringLiteral("storage_failed");
        break;
    case Kind::None:
        e.type = QStringLiteral("server_error");
        break;
    }
    return e;
}
