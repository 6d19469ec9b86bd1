#include "ApiExchange.h"

#include "access/CorsPolicy.h"
#include "common/RandomId.h"
#include "generation/RequestLog.h"
#include "http/HttpConnection.h"
#include "wire/Sse.h"

ApiExchange::ApiExchange(HttpRequest request, HttpResponder responder, const CorsPolicy *cors,
                         RequestLog *log)
    : m_requestId(newRequestId())
    , m_method(QString::fromLatin1(request.method))
    , m_path(request.path)
    , m_body(std::move(request.body))
    , m_bodyBytes(request.bodyLength)
    , m_bodySkipped(request.bodySkipped)
    , m_headers(std::move(request.headers))
    , m_remote(request.peerAddress)
    , m_responder(std::move(responder))
    , m_cors(cors)
    , m_log(log)
{}

QByteArray ApiExchange::newRequestId()
{
    return "req_" + RandomId::hex(12);
}

ApiExchange::~ApiExchange()
{
    if (!m_responder.hasResponded())
        finishLog(499, 0, QStringLiteral("no answer"));
}

QByteArray ApiExchange::header(const QByteArray &name) const
{
    for (const auto &[key, value] : m_headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QString ApiExchange::source() const
{
    QHostAddress address = m_remote;
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    if (isV4)
        address = QHostAddress(v4);
    return address.toString();
}

QString ApiExchange::baseUrl() const
{
    QByteArray host = header("Host");
    if (host.isEmpty() && m_responder.connection())
        host = m_responder.connection()->localAddress().toString().toLatin1() + ':' +
               QByteArray::number(m_responder.connection()->localPort());
    return QLatin1String("http://") + QString::fromLatin1(host);
}

void ApiExchange::startLog(bool logged)
{
    if (!logged || !m_log)
        return;
    RequestLogEntry entry;
    entry.requestId = QString::fromLatin1(m_requestId);
    entry.source = source();
    entry.method = m_method;
    entry.path = m_path;
    m_logSerial = m_log->begin(entry);
}

void ApiExchange::setLoggedModel(const QString &model)
{
    if (m_log && m_logSerial)
        m_log->setModel(m_logSerial, model);
}

void ApiExchange::onDisconnected(QObject *context, std::function<void()> handler)
{
    HttpConnection *connection = m_responder.connection();
    if (!connection)
        return;
    QObject::connect(connection, &HttpConnection::disconnected, context, [handler] { handler(); });
}

HttpHeaders ApiExchange::commonHeaders() const
{
    HttpHeaders h = m_cors->headers(header("Origin"));
    h.append(HttpHeader("x-request-id", m_requestId));
    return h;
}

void ApiExchange::replyBytes(int status, const QByteArray &contentType, const QByteArray &body,
                             HttpHeaders extra)
{
    replyParts(status, contentType, {body}, std::move(extra));
}

void ApiExchange::replyParts(int status, const QByteArray &contentType,
                             const QList<QByteArray> &body, HttpHeaders extra)
{
    if (m_responder.hasResponded())
        return;
    HttpHeaders headers = commonHeaders();
    headers.append(extra);
    qsizetype size = 0;
    for (const QByteArray &part : body)
        size += part.size();
    m_responder.sendParts(status, contentType, body, headers);
    finishLog(status, size);
}

void ApiExchange::replyJson(int status, const QByteArray &json, HttpHeaders extra)
{
    replyBytes(status, QByteArrayLiteral("application/json"), json, std::move(extra));
}

void ApiExchange::replyJsonParts(int status, const QList<QByteArray> &json)
{
    replyParts(status, QByteArrayLiteral("application/json"), json, {});
}

void ApiExchange::replyEmpty(int status, HttpHeaders extra)
{
    replyBytes(status, QByteArrayLiteral("application/json"), QByteArray(), std::move(extra));
}

HttpResponse ApiExchange::errorResponse(const ApiError &error, const CorsPolicy &cors,
                                        const QByteArray &origin, const QByteArray &requestId)
{
    HttpResponse response{error.status, QByteArrayLiteral("application/json"), error.body(),
                          cors.headers(origin)};
    response.headers.append(HttpHeader("x-request-id", requestId));
    if (error.retryAfterSeconds >= 0)
        response.headers.append(
            HttpHeader("Retry-After", QByteArray::number(error.retryAfterSeconds)));
    // After our own retries a resubmit by the SDK would only repeat the failure.
    response.headers.append(HttpHeader("x-should-retry", error.retryable ? "true" : "false"));
    return response;
}

void ApiExchange::replyError(const ApiError &error)
{
    if (m_responder.hasResponded())
        return;
    const HttpResponse response = errorResponse(error, *m_cors, header("Origin"), m_requestId);
    m_responder.send(response.status, response.contentType, response.body, response.headers);
    finishLog(error.status, response.body.size(), error.message);
}

void ApiExchange::beginEventStream()
{
    HttpHeaders headers = commonHeaders();
    headers.append(HttpHeader("Cache-Control", "no-cache"));
    headers.append(HttpHeader("X-Accel-Buffering", "no"));
    m_responder.beginStream(200, QByteArrayLiteral("text/event-stream; charset=utf-8"), headers);
    // A first comment pushes the headers out at once.
    sendEvent(QByteArrayLiteral(": open\n\n"));
}

void ApiExchange::sendEvent(const QByteArray &framedEvent)
{
    m_streamedBytes += framedEvent.size();
    m_responder.writeStreamData(framedEvent);
}

void ApiExchange::endEventStream()
{
    m_responder.endStream();
    finishLog(200, m_streamedBytes);
}

void ApiExchange::failEventStream(const ApiError &error)
{
    sendEvent(Sse::event(error.streamBody()));
    m_responder.endStream();
    finishLog(error.status, m_streamedBytes, error.message);
}

void ApiExchange::finishLog(int status, qint64 bytes, const QString &error)
{
    if (m_log && m_logSerial)
        m_log->finish(m_logSerial, status, bytes, error);
}
