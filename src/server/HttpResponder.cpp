#include "HttpResponder.h"

#include "ConnectionRegistry.h"
#include "ResponseOrder.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>

#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
#include <QHttpHeaders>
#endif

namespace {
using StatusCode = QHttpServerResponder::StatusCode;

#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
QHttpHeaders toHttpHeaders(const HttpHeaders &headers, const QByteArray &contentType)
{
    QHttpHeaders result;
    result.append(QHttpHeaders::WellKnownHeader::ContentType, contentType);
    for (const auto &[name, value] : headers)
        result.append(name, value);
    return result;
}
#else
QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return QByteArrayLiteral("OK");
    case 204:
        return QByteArrayLiteral("No Content");
    case 400:
        return QByteArrayLiteral("Bad Request");
    case 401:
        return QByteArrayLiteral("Unauthorized");
    case 403:
        return QByteArrayLiteral("Forbidden");
    case 404:
        return QByteArrayLiteral("Not Found");
    case 405:
        return QByteArrayLiteral("Method Not Allowed");
    case 413:
        return QByteArrayLiteral("Payload Too Large");
    case 429:
        return QByteArrayLiteral("Too Many Requests");
    case 500:
        return QByteArrayLiteral("Internal Server Error");
    case 502:
        return QByteArrayLiteral("Bad Gateway");
    case 503:
        return QByteArrayLiteral("Service Unavailable");
    case 504:
        return QByteArrayLiteral("Gateway Timeout");
    default:
        return {}; // the reason phrase may be empty (RFC 9112, 4)
    }
}

// Status line and headers, up to and including the blank line; Qt 6.4's responder would
// write each piece to the socket on its own.
QByteArray head(int status, const QByteArray &contentType, const HttpHeaders &headers,
                const QByteArray &framing)
{
    QByteArray bytes = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) +
                       "\r\nContent-Type: " + contentType + "\r\n";
    for (const auto &[name, value] : headers)
        bytes += name + ": " + value + "\r\n";
    return bytes + framing + "\r\n\r\n";
}
#endif
} // namespace

HttpResponder::HttpResponder(QHttpServerResponder &&responder, const QHttpServerRequest &request,
                             ConnectionRegistry *registry)
    : m_responder(std::make_unique<QHttpServerResponder>(std::move(responder)))
{
#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
    Q_UNUSED(request)
    m_socket = m_responder->socket();
#else
    if (registry)
        m_socket = registry->socketForPeer(request.remoteAddress(), request.remotePort());
#endif
#if QT_VERSION < QT_VERSION_CHECK(6, 8, 0)
    if (registry && m_socket) {
        m_order = registry->responseOrder();
        m_ticket = m_order->enqueue(m_socket);
    }
#endif
}

HttpResponder::~HttpResponder()
{
    // A responder destroyed without an answer leaves the client hanging: close instead.
    if (m_state == State::Idle && isConnected())
        m_socket->disconnectFromHost();
    if (m_state == State::Streaming)
        endStream();
    completed();
}

void HttpResponder::writeRaw(const QByteArray &bytes)
{
    if (!isConnected())
        return;
    if (m_order)
        m_order->write(m_socket, m_ticket, bytes);
    else
        m_socket->write(bytes);
}

void HttpResponder::completed()
{
    if (m_order && m_socket)
        m_order->complete(m_socket, m_ticket);
    m_order = nullptr;
}

bool HttpResponder::isConnected() const
{
    return m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
}

void HttpResponder::send(int status, const QByteArray &contentType, const QByteArray &body,
                         const HttpHeaders &headers)
{
    if (m_state != State::Idle)
        return;
    m_state = State::Done;
    if (!isConnected())
        return;
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    m_responder->write(body, toHttpHeaders(headers, contentType), StatusCode(status));
#else
    writeRaw(
        head(status, contentType, headers, "Content-Length: " + QByteArray::number(body.size())));
    writeRaw(body); // not appended to the head: no copy of megabytes
    completed();
#endif
}

void HttpResponder::beginStream(int status, const QByteArray &contentType,
                                const HttpHeaders &headers)
{
    if (m_state != State::Idle)
        return;
    m_state = State::Streaming;
    if (!isConnected())
        return;
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    m_responder->writeBeginChunked(toHttpHeaders(headers, contentType), StatusCode(status));
#else
    writeRaw(head(status, contentType, headers, "Transfer-Encoding: chunked"));
#endif
}

void HttpResponder::writeStreamData(const QByteArray &data)
{
    if (m_state != State::Streaming || data.isEmpty() || !isConnected())
        return;
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    m_responder->writeChunk(data);
#else
    // Qt 6.4 has no chunked writer: frame each piece by hand.
    writeRaw(QByteArray::number(data.size(), 16) + "\r\n" + data + "\r\n");
#endif
}

void HttpResponder::endStream()
{
    if (m_state != State::Streaming)
        return;
    m_state = State::Done;
    if (!isConnected())
        return;
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    m_responder->writeEndChunked(QByteArray());
#else
    writeRaw(QByteArrayLiteral("0\r\n\r\n"));
    completed();
#endif
}
