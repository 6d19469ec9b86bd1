#pragma once

#include "http/HttpLimits.h"
#include "http/HttpMessage.h"

#include <optional>

// Reads HTTP/1.1 requests (RFC 9112) from the bytes of one connection, strictly: a line
// must end in CRLF, a field must be a token, a colon and a value without control bytes;
// obsolete line folding, Content-Length with Transfer-Encoding, differing Content-Lengths,
// a missing or repeated Host, and anything that is not HTTP/1.x at all are errors with
// the status to answer. Every size is bounded by HttpLimits. Sees raw bytes from clients:
// fuzzed (tests/fuzz).
class HttpRequestParser
{
public:
    enum class Status {
        NeedMore,     // the bytes so far are a valid beginning
        HeadComplete, // request() has the head; call setMaxBodyBytes(), then next()
        Complete,     // takeRequest() has the whole request
        Failed,       // errorStatus() and errorMessage() say why; the connection must close
    };

    explicit HttpRequestParser(const HttpLimits &limits = {});

    void append(QByteArrayView bytes);
    Status next();

    const HttpRequest &request() const { return m_request; }
    void setMaxBodyBytes(qint64 bytes) { m_maxBodyBytes = bytes; }
    // After HeadComplete: read the body up to `maxBytes` but keep none of it (a refused
    // request whose client sends the body anyway); the request comes with bodySkipped.
    void discardBody(qint64 maxBytes);
    // The finished request; the parser goes on with the bytes after it (pipelining).
    HttpRequest takeRequest();

    int errorStatus() const { return m_errorStatus; }
    const QByteArray &errorMessage() const { return m_errorMessage; }

    // Whether part of a request (beyond blank lines) has been received.
    bool isInsideRequest() const { return m_phase != Phase::Start || m_pos < m_buffer.size(); }
    bool isReadingBody() const;
    qsizetype bufferedBytes() const { return m_buffer.size() - m_pos; }

private:
    enum class Phase {
        Start,
        Head,
        HeadDone,
        Body,
        ChunkSize,
        ChunkData,
        ChunkDataEnd,
        Trailer,
        Done,
        Error
    };

    Status parseStart();
    Status parseHead();
    Status parseHeadBlock(QByteArrayView block);
    Status parseRequestLine(QByteArrayView line);
    Status parseFraming();
    Status startBody();
    Status parseBody();
    Status parseChunkSize();
    Status parseChunkData();
    Status parseChunkDataEnd();
    Status parseTrailer();
    Status fail(int status, const char *message);
    // The next CRLF-terminated line from m_pos (without the CRLF), or nullopt for more.
    std::optional<QByteArrayView> nextLine(qsizetype maxBytes, Status *failure);

    HttpLimits m_limits;
    QByteArray m_buffer;
    qsizetype m_pos = 0;  // first unconsumed byte
    qsizetype m_scan = 0; // head: how far the line-ending check has looked
    bool m_requestLineEnded = false;
    int m_blankLines = 0; // before the current request
    Phase m_phase = Phase::Start;
    HttpRequest m_request;
    qint64 m_maxBodyBytes = 0;
    bool m_discarding = false;
    qint64 m_bodyRead = 0; // of a Content-Length body
    qint64 m_chunkLeft = 0;
    qsizetype m_trailerBytes = 0;
    int m_errorStatus = 0;
    QByteArray m_errorMessage;
};
