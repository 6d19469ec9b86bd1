#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QPointer>
#include <QTcpSocket>

#include <functional>
#include <memory>

class ConnectionRegistry;
class ResponseOrder;
class QHttpServerRequest;
class QHttpServerResponder;

using HttpHeader = QPair<QByteArray, QByteArray>;
using HttpHeaders = QList<HttpHeader>;

// The one place that knows how QHttpServer's responder API differs between Qt versions
// (6.4: the answer written as raw bytes, framed by hand and kept in request order by
// ResponseOrder; 6.8: QHttpHeaders and chunked writes). It can be answered later than the
// handler returns, and guards against the client having gone: Qt 6.4's responder keeps a
// raw socket pointer, so writing after a disconnect crashes.
class HttpResponder
{
public:
    HttpResponder(QHttpServerResponder &&responder, const QHttpServerRequest &request,
                  ConnectionRegistry *registry);
    ~HttpResponder();
    HttpResponder(const HttpResponder &) = delete;
    HttpResponder &operator=(const HttpResponder &) = delete;

    bool isConnected() const;
    bool hasResponded() const { return m_state != State::Idle; }
    // The socket, for its disconnected() signal; may be null.
    QTcpSocket *socket() const { return m_socket; }

    // A complete answer with Content-Length.
    void send(int status, const QByteArray &contentType, const QByteArray &body,
              const HttpHeaders &headers);

    // A chunked answer whose headers go out at once (Server-Sent Events).
    void beginStream(int status, const QByteArray &contentType, const HttpHeaders &headers);
    void writeStreamData(const QByteArray &data);
    void endStream();

private:
    enum class State { Idle, Streaming, Done };

    // Qt 6.4: bytes to the socket, in the order of the connection's requests.
    void writeRaw(const QByteArray &bytes);
    // The answer is whole (or will never be): answers queued behind it may go out.
    void completed();

    std::unique_ptr<QHttpServerResponder> m_responder;
    QPointer<QTcpSocket> m_socket;
    State m_state = State::Idle;
    ResponseOrder *m_order = nullptr; // Qt 6.4 only; see ResponseOrder
    quint64 m_ticket = 0;
};
