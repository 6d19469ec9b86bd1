#include "http/HttpRequestParser.h"

#include <QUrl>

#include <optional>

namespace {
constexpr qsizetype maxChunkSizeLine = 1024;
constexpr qint64 maxDeclaredLength = std::numeric_limits<qint64>::max();

// RFC 9110 5.6.2: the characters of a method or a field name.
bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    switch (c) {
    case '!':
    case '#':
    case '$':
    case '%':
    case '&':
    case '\'':
    case '*':
    case '+':
    case '-':
    case '.':
    case '^':
    case '_':
    case '`':
    case '|':
    case '~':
        return true;
    default:
        return false;
    }
}

bool isToken(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (const char c : text) {
        if (!isTokenChar(c))
            return false;
    }
    return true;
}

bool isDigits(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

// A field value may hold visible bytes, spaces, tabs and obs-text, no other control byte.
bool isFieldValue(QByteArrayView value)
{
    for (const char c : value) {
        const auto u = static_cast<unsigned char>(c);
        if ((u < 0x20 && c != '\t') || u == 0x7f)
            return false;
    }
    return true;
}

QByteArrayView trimmedOws(QByteArrayView text)
{
    while (!text.isEmpty() && (text.front() == ' ' || text.front() == '\t'))
        text = text.sliced(1);
    while (!text.isEmpty() && (text.back() == ' ' || text.back() == '\t'))
        text.chop(1);
    return text;
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}
} // namespace

HttpRequestParser::HttpRequestParser(const HttpLimits &limits)
    : m_limits(limits)
{}

void HttpRequestParser::append(QByteArrayView bytes)
{
    if (m_pos == m_buffer.size()) { // all consumed: start the buffer afresh, no copying
        m_buffer.clear();
        m_scan -= m_pos;
        m_pos = 0;
    } else if (m_pos > 64 * 1024 && m_pos > m_buffer.size() / 2) {
        m_buffer.remove(0, m_pos);
        m_scan -= m_pos;
        m_pos = 0;
    }
    m_scan = std::max<qsizetype>(m_scan, 0);
    m_buffer.append(bytes.data(), bytes.size());
}

void HttpRequestParser::discardBody(qint64 maxBytes)
{
    m_maxBodyBytes = maxBytes;
    m_discarding = true;
    m_request.bodySkipped = true;
}

bool HttpRequestParser::isReadingBody() const
{
    switch (m_phase) {
    case Phase::HeadDone:
    case Phase::Body:
    case Phase::ChunkSize:
    case Phase::ChunkData:
    case Phase::ChunkDataEnd:
    case Phase::Trailer:
        return true;
    default:
        return false;
    }
}

HttpRequestParser::Status HttpRequestParser::fail(int status, const char *message)
{
    m_phase = Phase::Error;
    m_errorStatus = status;
    m_errorMessage = message;
    return Status::Failed;
}

HttpRequestParser::Status HttpRequestParser::next()
{
    for (;;) {
        const Phase phase = m_phase;
        const qsizetype pos = m_pos;
        Status status = Status::NeedMore;
        switch (m_phase) {
        case Phase::Start:
            status = parseStart();
            break;
        case Phase::Head:
            status = parseHead();
            break;
        case Phase::HeadDone:
            status = startBody();
            break;
        case Phase::Body:
            status = parseBody();
            break;
        case Phase::ChunkSize:
            status = parseChunkSize();
            break;
        case Phase::ChunkData:
            status = parseChunkData();
            break;
        case Phase::ChunkDataEnd:
            status = parseChunkDataEnd();
            break;
        case Phase::Trailer:
            status = parseTrailer();
            break;
        case Phase::Done:
            return Status::Complete;
        case Phase::Error:
            return Status::Failed;
        }
        // A step that neither finished nor moved on needs more bytes.
        if (status != Status::NeedMore || (m_phase == phase && m_pos == pos))
            return status;
    }
}

HttpRequestParser::Status HttpRequestParser::parseStart()
{
    // RFC 9112 2.2: blank lines before a request line are ignored (a few: counted across
    // reads, so that the verdict does not depend on how the bytes were split).
    while (m_pos < m_buffer.size()) {
        const char c = m_buffer.at(m_pos);
        if (c == '\r') {
            if (m_pos + 1 >= m_buffer.size())
                return Status::NeedMore;
            if (m_buffer.at(m_pos + 1) != '\n')
                return fail(400, "a line ends in a bare CR");
            m_pos += 2;
            if (++m_blankLines > 8)
                return fail(400, "too many blank lines before the request");
            continue;
        }
        // A request starts with a method: anything else (a TLS ClientHello on the plain
        // port, binary junk) is not HTTP, refused at its first byte.
        if (!isTokenChar(c))
            return fail(400, "the request does not start with an HTTP method");
        m_phase = Phase::Head;
        m_blankLines = 0;
        m_scan = m_pos;
        m_requestLineEnded = false;
        m_request = HttpRequest();
        return parseHead();
    }
    return Status::NeedMore;
}

HttpRequestParser::Status HttpRequestParser::parseHead()
{
    const char *data = m_buffer.constData();
    const qsizetype size = m_buffer.size();
    for (; m_scan < size; ++m_scan) {
        const char c = data[m_scan];
        const qsizetype offset = m_scan - m_pos;
        if (m_scan > m_pos && data[m_scan - 1] == '\r' && c != '\n')
            return fail(400, "a line ends in a bare CR");
        if (c == '\0')
            return fail(400, "the head contains a NUL byte");
        if (c != '\n') {
            // Checked byte by byte, so that the verdict does not depend on how the bytes
            // were split into reads.
            if (!m_requestLineEnded && offset > m_limits.maxRequestLineBytes)
                return fail(414, "the request line is too long");
            if (offset >= m_limits.maxHeaderBytes)
                return fail(431, "the request head is too large");
            continue;
        }
        if (offset == 0 || data[m_scan - 1] != '\r')
            return fail(400, "a line ends in a bare LF");
        m_requestLineEnded = true;
        if (offset >= 3 && data[m_scan - 2] == '\n' && data[m_scan - 3] == '\r') {
            const QByteArrayView block(data + m_pos, offset - 3); // without the last CRLF CRLF
            m_pos = m_scan + 1;
            m_scan = m_pos;
            return parseHeadBlock(block);
        }
    }
    return Status::NeedMore;
}

HttpRequestParser::Status HttpRequestParser::parseHeadBlock(QByteArrayView block)
{
    qsizetype lineEnd = block.indexOf("\r\n");
    const QByteArrayView requestLine = lineEnd < 0 ? block : block.first(lineEnd);
    if (requestLine.size() > m_limits.maxRequestLineBytes)
        return fail(414, "the request line is too long");
    if (const Status status = parseRequestLine(requestLine); status == Status::Failed)
        return status;

    int count = 0;
    qsizetype at = lineEnd < 0 ? block.size() : lineEnd + 2;
    while (at < block.size()) {
        lineEnd = block.indexOf("\r\n", at);
        const QByteArrayView line = block.sliced(at, (lineEnd < 0 ? block.size() : lineEnd) - at);
        at = lineEnd < 0 ? block.size() : lineEnd + 2;
        if (++count > m_limits.maxHeaderCount)
            return fail(431, "the request has too many header fields");
        if (line.front() == ' ' || line.front() == '\t')
            return fail(400, "obsolete line folding is not accepted");
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isToken(line.first(colon)))
            return fail(400, "a header field name is not a token");
        const QByteArrayView value = trimmedOws(line.sliced(colon + 1));
        if (!isFieldValue(value))
            return fail(400, "a header field value contains a control byte");
        m_request.headers.append(HttpHeader(line.first(colon).toByteArray(), value.toByteArray()));
    }
    return parseFraming();
}

HttpRequestParser::Status HttpRequestParser::parseRequestLine(QByteArrayView line)
{
    const qsizetype firstSpace = line.indexOf(' ');
    const qsizetype lastSpace = line.lastIndexOf(' ');
    if (firstSpace <= 0 || lastSpace <= firstSpace + 1)
        return fail(400, "the request line is not 'method target version'");
    const QByteArrayView method = line.first(firstSpace);
    const QByteArrayView target = line.sliced(firstSpace + 1, lastSpace - firstSpace - 1);
    const QByteArrayView version = line.sliced(lastSpace + 1);
    if (!isToken(method))
        return fail(400, "the method is not a token");
    if (!version.startsWith("HTTP/"))
        return fail(400, "the request line does not end in an HTTP version");
    if (version.size() != 8 || !isDigits(version.sliced(5, 1)) || version.at(6) != '.' ||
        !isDigits(version.sliced(7, 1)))
        return fail(400, "the HTTP version is malformed");
    if (version.at(5) != '1')
        return fail(505, "only HTTP/1.0 and HTTP/1.1 are supported");
    for (const char c : target) {
        const auto u = static_cast<unsigned char>(c);
        if (u <= 0x20 || u >= 0x7f)
            return fail(400, "the request target contains a space, control or non-ASCII byte");
    }

    m_request.method = method.toByteArray();
    m_request.target = target.toByteArray();
    m_request.minorVersion = version.at(7) - '0';
    QUrl url;
    if (target.startsWith('/'))
        url =
            QUrl::fromEncoded(QByteArray("http://localhost" + m_request.target), QUrl::StrictMode);
    else if (target.startsWith("http://") || target.startsWith("https://"))
        url = QUrl::fromEncoded(m_request.target, QUrl::StrictMode);
    else if (target == "*" && method == "OPTIONS")
        url = QUrl(QStringLiteral("http://localhost*"));
    if (!url.isValid())
        return fail(400, "the request target is not a valid path or URL");
    m_request.path = target == "*" ? QStringLiteral("*") : url.path();
    return Status::NeedMore;
}

HttpRequestParser::Status HttpRequestParser::parseFraming()
{
    int hosts = 0;
    std::optional<QByteArray> length; // a copy: the split-up items below are temporaries
    QByteArray transferEncoding;
    for (const auto &[name, value] : std::as_const(m_request.headers)) {
        if (name.compare("Host", Qt::CaseInsensitive) == 0) {
            ++hosts;
        } else if (name.compare("Content-Length", Qt::CaseInsensitive) == 0) {
            // "5" twice, or "5, 5", is one length (RFC 9110 8.6); anything else is not.
            for (const QByteArray &item : value.split(',')) {
                const QByteArrayView digits = trimmedOws(item);
                if (!isDigits(digits) || (length && *length != digits))
                    return fail(400, "Content-Length is invalid or given twice differently");
                length = digits.toByteArray();
            }
        } else if (name.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0) {
            transferEncoding += (transferEncoding.isEmpty() ? "" : ",") + value;
        } else if (name.compare("Expect", Qt::CaseInsensitive) == 0) {
            if (value.compare("100-continue", Qt::CaseInsensitive) != 0)
                return fail(417, "the only expectation supported is 100-continue");
        }
    }
    if (hosts > 1 || (hosts == 0 && m_request.minorVersion >= 1))
        return fail(400, "an HTTP/1.1 request needs exactly one Host field");
    if (!transferEncoding.isEmpty()) {
        if (length)
            return fail(400, "Content-Length together with Transfer-Encoding is ambiguous");
        if (m_request.minorVersion == 0)
            return fail(400, "Transfer-Encoding is not valid in HTTP/1.0");
        if (trimmedOws(transferEncoding).compare("chunked", Qt::CaseInsensitive) != 0)
            return fail(501, "the only transfer coding supported is chunked");
        m_request.chunked = true;
    } else if (length) {
        bool ok = false;
        const qint64 value = length->toLongLong(&ok);
        m_request.bodyLength = ok ? value : maxDeclaredLength; // 19+ digits: too large anyway
    }
    m_phase = Phase::HeadDone;
    return Status::HeadComplete;
}

HttpRequestParser::Status HttpRequestParser::startBody()
{
    if (m_request.chunked) {
        m_request.bodyLength = 0;
        m_phase = Phase::ChunkSize;
        return Status::NeedMore;
    }
    if (m_request.bodyLength > m_maxBodyBytes)
        return fail(413, "the body is larger than this route accepts");
    if (m_request.bodyLength == 0) {
        m_phase = Phase::Done;
        return Status::Complete;
    }
    if (!m_discarding)
        m_request.body.reserve(m_request.bodyLength);
    m_phase = Phase::Body;
    return parseBody();
}

HttpRequestParser::Status HttpRequestParser::parseBody()
{
    const qint64 wanted = m_request.bodyLength - m_bodyRead;
    const qint64 take = std::min<qint64>(wanted, m_buffer.size() - m_pos);
    if (!m_discarding)
        m_request.body.append(m_buffer.constData() + m_pos, take);
    m_pos += take;
    m_bodyRead += take;
    if (m_bodyRead < m_request.bodyLength)
        return Status::NeedMore;
    m_phase = Phase::Done;
    return Status::Complete;
}

std::optional<QByteArrayView> HttpRequestParser::nextLine(qsizetype maxBytes, Status *failure)
{
    const QByteArrayView rest(m_buffer.constData() + m_pos, m_buffer.size() - m_pos);
    const qsizetype end = rest.first(std::min(rest.size(), maxBytes + 2)).indexOf("\r\n");
    if (end < 0) {
        if (rest.size() > maxBytes + 1)
            *failure = m_phase == Phase::Trailer ? fail(431, "the trailer fields are too large")
                                                 : fail(400, "a chunk size line is too long");
        return std::nullopt;
    }
    const QByteArrayView line = rest.first(end);
    if (line.contains('\n') || line.contains('\r') || line.contains('\0')) {
        *failure = fail(400, "a chunk line contains a bare CR, LF or NUL");
        return std::nullopt;
    }
    m_pos += end + 2;
    return line;
}

HttpRequestParser::Status HttpRequestParser::parseChunkSize()
{
    Status failure = Status::NeedMore;
    const auto line = nextLine(maxChunkSizeLine, &failure);
    if (!line)
        return failure;
    qsizetype digits = 0;
    qint64 size = 0;
    while (digits < line->size() && hexValue(line->at(digits)) >= 0) {
        if (digits >= 15)
            return fail(413, "a chunk is larger than this route accepts");
        size = size * 16 + hexValue(line->at(digits));
        ++digits;
    }
    const QByteArrayView rest = trimmedOws(line->sliced(digits));
    if (digits == 0 || (!rest.isEmpty() && !rest.startsWith(';')) || !isFieldValue(rest))
        return fail(400, "a chunk size is malformed");
    if (size == 0) {
        m_phase = Phase::Trailer;
        m_trailerBytes = 0;
        return Status::NeedMore;
    }
    if (m_request.bodyLength + size > m_maxBodyBytes)
        return fail(413, "the body is larger than this route accepts");
    m_request.bodyLength += size;
    m_chunkLeft = size;
    m_phase = Phase::ChunkData;
    return Status::NeedMore;
}

HttpRequestParser::Status HttpRequestParser::parseChunkData()
{
    const qint64 take = std::min<qint64>(m_chunkLeft, m_buffer.size() - m_pos);
    if (!m_discarding)
        m_request.body.append(m_buffer.constData() + m_pos, take);
    m_pos += take;
    m_chunkLeft -= take;
    if (m_chunkLeft == 0)
        m_phase = Phase::ChunkDataEnd;
    return Status::NeedMore;
}

HttpRequestParser::Status HttpRequestParser::parseChunkDataEnd()
{
    if (m_buffer.size() - m_pos < 2)
        return Status::NeedMore;
    if (m_buffer.at(m_pos) != '\r' || m_buffer.at(m_pos + 1) != '\n')
        return fail(400, "a chunk does not end in CRLF");
    m_pos += 2;
    m_phase = Phase::ChunkSize;
    return Status::NeedMore;
}

HttpRequestParser::Status HttpRequestParser::parseTrailer()
{
    // Trailer fields are read and dropped: nothing here depends on them.
    for (;;) {
        Status failure = Status::NeedMore;
        const auto line = nextLine(m_limits.maxHeaderBytes - m_trailerBytes, &failure);
        if (!line)
            return failure;
        if (line->isEmpty()) {
            m_phase = Phase::Done;
            return Status::Complete;
        }
        m_trailerBytes += line->size() + 2;
        if (line->front() == ' ' || line->front() == '\t' || !line->contains(':'))
            return fail(400, "a trailer field is malformed");
    }
}

HttpRequest HttpRequestParser::takeRequest()
{
    HttpRequest request = std::move(m_request);
    m_request = HttpRequest();
    m_phase = Phase::Start;
    m_maxBodyBytes = 0;
    m_bodyRead = 0;
    m_discarding = false;
    m_scan = m_pos;
    return request;
}
