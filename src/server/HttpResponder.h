#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QPointer>
#include <QTcpSocket>

#include <functional>
#include <memory>

class ConnectionRegistry;
class QHttpServerRequest;
class QHttpServerResponder;

using HttpHeader = QPair<QByteArray, QByteArray>;
using HttpHeaders = QList<HttpHeader>;

// The one place that knows how QHttpServer's responder API differs between Qt versions
// (6.4: raw status line/headers/body, 6.8: QHttpHeaders and chunked writes). It can be
// answered later than the handler returns, and guards against the client having gone:
// Qt 6.4's responder keeps a raw socket pointer, so writing after a disconnect crashes.
class HttpResponder
{
public:
    HttpResponder(QHttpServerResponder &&responder, const QHttpServerRequest &request,
                  const ConnectionRegistry *registry);
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

    std::unique_ptr<QHttpServerResponder> m_responder;
    QPointer<QTcpSocket> m_socket;
    State m_state = State::Idle;
};
