#include "HttpResponder.h"

#include "ConnectionRegistry.h"

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
void writeHead(QHttpServerResponder &responder, int status, const QByteArray &contentType,
               const HttpHeaders &headers)
{
    responder.writeStatusLine(StatusCode(status));
    responder.writeHeader("Content-Type", contentType);
    for (const auto &[name, value] : headers)
        responder.writeHeader(name, value);
}
#endif
} // namespace

HttpResponder::HttpResponder(QHttpServerResponder &&responder, const QHttpServerRequest &request,
                             const ConnectionRegistry *registry)
    : m_responder(std::make_unique<QHttpServerResponder>(std::move(responder)))
{
#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
    Q_UNUSED(request)
    Q_UNUSED(registry)
    m_socket = m_responder->socket();
#else
    if (registry)
        m_socket = registry->socketForPeer(request.remoteAddress(), request.remotePort());
#endif
}

HttpResponder::~HttpResponder()
{
    // A responder destroyed without an answer leaves the client hanging: close instead.
    if (m_state == State::Idle && isConnected())
        m_socket->disconnectFromHost();
    if (m_state == State::Streaming)
        endStream();
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
    writeHead(*m_responder, status, contentType, headers);
    m_responder->writeHeader("Content-Length", QByteArray::number(body.size()));
    m_responder->writeBody(body);
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
    writeHead(*m_responder, status, contentType, headers);
    m_responder->writeHeader("Transfer-Encoding", "chunked");
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
    m_responder->writeBody(QByteArray::number(data.size(), 16) + "\r\n" + data + "\r\n");
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
    m_responder->writeBody(QByteArrayLiteral("0\r\n\r\n"));
#endif
}
