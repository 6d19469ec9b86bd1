#include "http/HttpResponder.h"

#include "http/HttpConnection.h"

HttpResponder::HttpResponder(HttpConnection *connection, quint64 serial)
    : m_connection(connection)
    , m_serial(serial)
{}

HttpResponder::HttpResponder(HttpResponder &&other) noexcept
    : m_connection(std::move(other.m_connection))
    , m_serial(other.m_serial)
    , m_state(other.m_state)
{
    other.m_connection = nullptr;
    other.m_state = State::Done;
}

HttpResponder &HttpResponder::operator=(HttpResponder &&other) noexcept
{
    if (this != &other) {
        release();
        m_connection = std::move(other.m_connection);
        m_serial = other.m_serial;
        m_state = other.m_state;
        other.m_connection = nullptr;
        other.m_state = State::Done;
    }
    return *this;
}

HttpResponder::~HttpResponder()
{
    release();
}

void HttpResponder::release()
{
    if (!m_connection)
        return;
    if (m_state == State::Idle)
        m_connection->abandon(m_serial);
    else if (m_state == State::Streaming)
        m_connection->endStream(m_serial);
    m_state = State::Done;
    m_connection = nullptr;
}

bool HttpResponder::isConnected() const
{
    return m_connection && m_connection->isConnected();
}

void HttpResponder::send(int status, const QByteArray &contentType, const QByteArray &body,
                         const HttpHeaders &headers)
{
    sendParts(status, contentType, {body}, headers);
}

void HttpResponder::sendParts(int status, const QByteArray &contentType,
                              const QList<QByteArray> &body, const HttpHeaders &headers)
{
    if (m_state != State::Idle)
        return;
    m_state = State::Done;
    if (m_connection)
        m_connection->sendParts(m_serial, status, contentType, body, headers);
}

void HttpResponder::beginStream(int status, const QByteArray &contentType,
                                const HttpHeaders &headers)
{
    if (m_state != State::Idle)
        return;
    m_state = State::Streaming;
    if (m_connection)
        m_connection->beginStream(m_serial, status, contentType, headers);
}

void HttpResponder::writeStreamData(const QByteArray &data)
{
    if (m_state == State::Streaming && m_connection)
        m_connection->writeStreamData(m_serial, data);
}

void HttpResponder::endStream()
{
    if (m_state != State::Streaming)
        return;
    m_state = State::Done;
    if (m_connection)
        m_connection->endStream(m_serial);
}

void HttpResponder::abort()
{
    if (m_connection)
        m_connection->abandon(m_serial);
    m_state = State::Done;
}
