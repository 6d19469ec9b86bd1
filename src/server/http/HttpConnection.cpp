#include "http/HttpConnection.h"

#include "common/Logging.h"
#include "http/HttpResponder.h"

#include <QTcpSocket>

namespace {
// How long a closing connection may take to hand its last bytes to a client that does
// not read them.
constexpr int closingTimeoutMs = 5000;
} // namespace

HttpConnection::HttpConnection(QTcpSocket *socket, const HttpLimits &limits,
                               const HttpHandlers *handlers, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_limits(limits)
    , m_handlers(handlers)
    , m_parser(limits)
{
    m_socket->setParent(this);
    m_socket->setReadBufferSize(m_limits.readBufferBytes);
    // An answer goes out in several writes (head, text, megabytes of base64, text). With
    // Nagle's algorithm the last small one waits for the client's delayed ACK: 40 ms.
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &HttpConnection::onTimeout);
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::process);
    connect(m_socket, &QTcpSocket::disconnected, this, [this] {
        m_timer.stop();
        m_state = State::Closing;
        emit disconnected();
        deleteLater();
    });
    m_timer.start(m_limits.idleTimeoutMs);
    if (m_socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &HttpConnection::process, Qt::QueuedConnection);
}

HttpConnection::~HttpConnection() = default;

bool HttpConnection::isConnected() const
{
    return m_state != State::Closing && m_socket->state() == QAbstractSocket::ConnectedState;
}

QHostAddress HttpConnection::localAddress() const
{
    return m_socket->localAddress();
}

quint16 HttpConnection::localPort() const
{
    return m_socket->localPort();
}

bool HttpConnection::isAnswering(quint64 serial) const
{
    return m_state == State::Answering && serial == m_serial;
}

void HttpConnection::process()
{
    m_processQueued = false;
    if (m_processing || m_state == State::Answering || m_state == State::Closing)
        return;
    m_processing = true;
    while (m_state != State::Answering && m_state != State::Closing) {
        if (m_socket->bytesAvailable() > 0)
            m_parser.append(m_socket->readAll());
        const HttpRequestParser::Status status = m_parser.next();
        if (status == HttpRequestParser::Status::NeedMore) {
            followParser();
            break;
        }
        if (status == HttpRequestParser::Status::HeadComplete)
            readHeadVerdict();
        else if (status == HttpRequestParser::Status::Complete)
            dispatch(m_parser.takeRequest());
        else
            failRequest(m_parser.errorStatus(), m_parser.errorMessage());
    }
    m_processing = false;
}

// A timer per phase, started when the phase begins: a client sending one byte a second
// still runs out of time (slowloris).
void HttpConnection::followParser()
{
    const State state = m_parser.isReadingBody()     ? State::ReadingBody
                        : m_parser.isInsideRequest() ? State::ReadingHead
                                                     : State::Idle;
    if (state == m_state && m_timer.isActive())
        return;
    m_state = state;
    m_timer.start(state == State::ReadingBody   ? m_limits.bodyTimeoutMs
                  : state == State::ReadingHead ? m_limits.headerTimeoutMs
                                                : m_limits.idleTimeoutMs);
}

void HttpConnection::readHeadVerdict()
{
    const HttpRequest &head = m_parser.request();
    const qint64 limit = m_handlers->bodyLimit ? m_handlers->bodyLimit(head) : 0;
    if (limit < 0 || (!head.chunked && head.bodyLength > limit)) {
        if (!head.expectsContinue() && head.bodyLength <= m_limits.maxDiscardBytes) {
            // The client sends the body anyway: read it into nothing, then answer.
            m_parser.discardBody(m_limits.maxDiscardBytes);
            m_state = State::ReadingBody;
            m_timer.start(m_limits.bodyTimeoutMs);
            return;
        }
        // Answered from the head alone: the body is never read, so the connection cannot
        // go on after the answer.
        HttpRequest request = head;
        request.bodySkipped = true;
        m_closeAfterAnswer = true;
        dispatch(std::move(request));
        return;
    }
    m_parser.setMaxBodyBytes(limit);
    if (head.expectsContinue() && head.hasBody())
        m_socket->write(QByteArrayLiteral("HTTP/1.1 100 Continue\r\n\r\n"));
    m_state = State::ReadingBody;
    m_timer.start(m_limits.bodyTimeoutMs);
}

void HttpConnection::dispatch(HttpRequest request)
{
    m_timer.stop();
    m_state = State::Answering;
    ++m_serial;
    m_answeringHead = request.method == "HEAD";
    m_minorVersion = request.minorVersion;
    m_streamChunked = false;
    if (!request.keepsAlive())
        m_closeAfterAnswer = true;
    request.peerAddress = m_socket->peerAddress();
    request.peerPort = m_socket->peerPort();
    if (m_handlers->request)
        m_handlers->request(std::move(request), HttpResponder(this, m_serial));
    else
        abandon(m_serial);
}

void HttpConnection::failRequest(int status, const QByteArray &reason)
{
    qCInfo(lcServer).noquote() << "refused a request from" << m_socket->peerAddress().toString()
                               << "with" << status << QString::fromLatin1(reason);
    HttpResponse response = m_handlers->error ? m_handlers->error(status, reason)
                                              : HttpResponse{status, "text/plain", reason, {}};
    m_socket->write(HttpWire::closingHead(response));
    m_socket->write(response.body);
    closeAfterWriting();
}

QByteArray HttpConnection::connectionLine() const
{
    if (m_closeAfterAnswer)
        return QByteArrayLiteral("Connection: close\r\n");
    return m_minorVersion == 0 ? QByteArrayLiteral("Connection: keep-alive\r\n") : QByteArray();
}

void HttpConnection::sendParts(quint64 serial, int status, const QByteArray &contentType,
                               const QList<QByteArray> &body, const HttpHeaders &headers)
{
    if (!isAnswering(serial))
        return;
    qsizetype length = 0;
    for (const QByteArray &part : body)
        length += part.size();
    m_socket->write(HttpWire::responseHead(status, contentType, headers,
                                           "Content-Length: " + QByteArray::number(length) +
                                               "\r\n" + connectionLine()));
    if (!m_answeringHead) {
        // Not appended to the head or to each other: QIODevice queues a large QByteArray
        // as it is, without a copy of megabytes.
        for (const QByteArray &part : body)
            m_socket->write(part);
    }
    finishAnswer();
}

void HttpConnection::beginStream(quint64 serial, int status, const QByteArray &contentType,
                                 const HttpHeaders &headers)
{
    if (!isAnswering(serial))
        return;
    // HTTP/1.0 has no chunked coding: the end of the stream is the end of the connection.
    m_streamChunked = m_minorVersion >= 1;
    if (!m_streamChunked)
        m_closeAfterAnswer = true;
    m_socket->write(HttpWire::responseHead(
        status, contentType, headers,
        (m_streamChunked ? QByteArrayLiteral("Transfer-Encoding: chunked\r\n") : QByteArray()) +
            connectionLine()));
}

void HttpConnection::writeStreamData(quint64 serial, const QByteArray &data)
{
    if (!isAnswering(serial) || data.isEmpty() || m_answeringHead)
        return;
    if (m_streamChunked) {
        m_socket->write(QByteArray::number(data.size(), 16) + "\r\n");
        m_socket->write(data);
        m_socket->write("\r\n", 2);
    } else {
        m_socket->write(data);
    }
}

void HttpConnection::endStream(quint64 serial)
{
    if (!isAnswering(serial))
        return;
    if (m_streamChunked && !m_answeringHead)
        m_socket->write(QByteArrayLiteral("0\r\n\r\n"));
    finishAnswer();
}

void HttpConnection::abandon(quint64 serial)
{
    if (!isAnswering(serial))
        return;
    m_socket->abort();
}

void HttpConnection::finishAnswer()
{
    if (m_closeAfterAnswer) {
        closeAfterWriting();
        return;
    }
    m_state = State::Idle;
    m_timer.start(m_limits.idleTimeoutMs);
    // The next request may already be buffered (pipelining); read it after this call
    // returns, not inside the handler that answered.
    if (!m_processQueued) {
        m_processQueued = true;
        QMetaObject::invokeMethod(this, &HttpConnection::process, Qt::QueuedConnection);
    }
}

void HttpConnection::closeAfterWriting()
{
    m_state = State::Closing;
    m_timer.start(closingTimeoutMs);
    m_socket->disconnectFromHost();
}

void HttpConnection::onTimeout()
{
    switch (m_state) {
    case State::Idle:
        m_state = State::Closing;
        m_socket->disconnectFromHost();
        m_timer.start(closingTimeoutMs);
        break;
    case State::ReadingHead:
        failRequest(408, "the request head did not arrive in time");
        break;
    case State::ReadingBody:
        failRequest(408, "the request body did not arrive in time");
        break;
    case State::Closing:
        m_socket->abort();
        break;
    case State::Answering:
        break;
    }
}
