#pragma once

#include "http/HttpConnection.h"
#include "http/HttpMessage.h"

#include <QPointer>

// The way to answer one request, now or later: a handle on its connection that is safe to
// use after the client has gone (it then does nothing). Destroyed without an answer, it
// closes the connection, so a client never waits for an answer that will not come.
class HttpResponder
{
public:
    HttpResponder() = default;
    HttpResponder(HttpConnection *connection, quint64 serial);
    HttpResponder(HttpResponder &&other) noexcept;
    HttpResponder &operator=(HttpResponder &&other) noexcept;
    HttpResponder(const HttpResponder &) = delete;
    HttpResponder &operator=(const HttpResponder &) = delete;
    ~HttpResponder();

    bool isConnected() const;
    bool hasResponded() const { return m_state != State::Idle; }
    // The connection, for its disconnected() signal and local address; may be null.
    HttpConnection *connection() const { return m_connection; }

    // A complete answer with Content-Length.
    void send(int status, const QByteArray &contentType, const QByteArray &body,
              const HttpHeaders &headers);
    // The same with the body in parts, sent one after the other.
    void sendParts(int status, const QByteArray &contentType, const QList<QByteArray> &body,
                   const HttpHeaders &headers);

    // A chunked answer whose headers go out at once (Server-Sent Events).
    void beginStream(int status, const QByteArray &contentType, const HttpHeaders &headers);
    void writeStreamData(const QByteArray &data);
    void endStream();
    // Drops the connection without an answer (what a crashed server would do).
    void abort();

private:
    enum class State { Idle, Streaming, Done };

    void release();

    QPointer<HttpConnection> m_connection;
    quint64 m_serial = 0;
    State m_state = State::Idle;
};
