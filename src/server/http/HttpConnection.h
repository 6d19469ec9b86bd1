#pragma once

#include "http/HttpLimits.h"
#include "http/HttpMessage.h"
#include "http/HttpRequestParser.h"

#include <QObject>
#include <QTimer>

#include <functional>

class HttpResponder;
class QTcpSocket;

// What a server built on this layer decides; shared by all its connections.
struct HttpHandlers
{
    // The largest body the request with this head may send; below 0: refused from its
    // head (e.g. a wrong key), so the request is handed on without a body (bodySkipped)
    // to be answered, and the connection closes after the answer.
    std::function<qint64(const HttpRequest &head)> bodyLimit;
    // A whole request; the responder may be kept and answered later.
    std::function<void(HttpRequest request, HttpResponder responder)> request;
    // The answer to a request that is not valid HTTP, too large or too slow (status 400,
    // 408, 413, 414, 417, 431, 501, 503, 505); the connection closes after it.
    std::function<HttpResponse(int status, const QByteArray &reason)> error;
};

// One client connection: reads requests with HttpRequestParser, answers "100 Continue"
// when a body will be accepted, hands each request on, and writes the answers. Requests
// are answered one after the other, so pipelined requests get their answers in order;
// what a client sends meanwhile waits in a bounded read buffer. Timers bound the wait for
// a head, for a body, and for a new request on an idle connection (HttpLimits).
class HttpConnection : public QObject
{
    Q_OBJECT
public:
    HttpConnection(QTcpSocket *socket, const HttpLimits &limits, const HttpHandlers *handlers,
                   QObject *parent = nullptr);
    ~HttpConnection() override;

    bool isConnected() const;
    QHostAddress localAddress() const;
    quint16 localPort() const;

    // For HttpResponder: `serial` names the request being answered.
    bool isAnswering(quint64 serial) const;
    // The body in parts, written one after the other (megabytes of base64 are not copied
    // into one array first).
    void sendParts(quint64 serial, int status, const QByteArray &contentType,
                   const QList<QByteArray> &body, const HttpHeaders &headers);
    void beginStream(quint64 serial, int status, const QByteArray &contentType,
                     const HttpHeaders &headers);
    void writeStreamData(quint64 serial, const QByteArray &data);
    void endStream(quint64 serial);
    void abandon(quint64 serial); // no answer will come: close

signals:
    void disconnected();

private:
    enum class State { Idle, ReadingHead, ReadingBody, Answering, Closing };

    void process();
    void readHeadVerdict();
    void dispatch(HttpRequest request);
    void failRequest(int status, const QByteArray &reason);
    void finishAnswer();
    void closeAfterWriting();
    void followParser();
    void onTimeout();
    QByteArray connectionLine() const;

    QTcpSocket *m_socket;
    HttpLimits m_limits;
    const HttpHandlers *m_handlers;
    HttpRequestParser m_parser;
    QTimer m_timer;
    State m_state = State::Idle;
    quint64 m_serial = 0;
    bool m_closeAfterAnswer = false;
    bool m_answeringHead = false; // the request is HEAD: no body bytes
    bool m_streamChunked = false;
    bool m_processing = false;
    bool m_processQueued = false;
    int m_minorVersion = 1;
};
