#include "http/HttpMessage.h"

namespace {
// Whether a comma-separated header value lists `token` (case-insensitive).
bool listsToken(const QByteArray &value, QByteArrayView token)
{
    for (const QByteArray &item : value.split(',')) {
        if (item.trimmed().compare(token, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}
} // namespace

QByteArray HttpRequest::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool HttpRequest::expectsContinue() const
{
    return minorVersion >= 1 && header("Expect").compare("100-continue", Qt::CaseInsensitive) == 0;
}

bool HttpRequest::keepsAlive() const
{
    const QByteArray connection = header("Connection");
    if (listsToken(connection, "close"))
        return false;
    return minorVersion >= 1 || listsToken(connection, "keep-alive");
}

namespace HttpStatus {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return QByteArrayLiteral("Continue");
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
    case 408:
        return QByteArrayLiteral("Request Timeout");
    case 413:
        return QByteArrayLiteral("Content Too Large");
    case 414:
        return QByteArrayLiteral("URI Too Long");
    case 417:
        return QByteArrayLiteral("Expectation Failed");
    case 429:
        return QByteArrayLiteral("Too Many Requests");
    case 431:
        return QByteArrayLiteral("Request Header Fields Too Large");
    case 500:
        return QByteArrayLiteral("Internal Server Error");
    case 501:
        return QByteArrayLiteral("Not Implemented");
    case 502:
        return QByteArrayLiteral("Bad Gateway");
    case 503:
        return QByteArrayLiteral("Service Unavailable");
    case 504:
        return QByteArrayLiteral("Gateway Timeout");
    case 505:
        return QByteArrayLiteral("HTTP Version Not Supported");
    default:
        return {};
    }
}

} // namespace HttpStatus

namespace HttpWire {

QByteArray responseHead(int status, const QByteArray &contentType, const HttpHeaders &headers,
                        const QByteArray &framing)
{
    QByteArray bytes;
    bytes.reserve(256);
    bytes +=
        "HTTP/1.1 " + QByteArray::number(status) + ' ' + HttpStatus::reasonPhrase(status) + "\r\n";
    if (!contentType.isEmpty())
        bytes += "Content-Type: " + contentType + "\r\n";
    for (const auto &[name, value] : headers)
        bytes += name + ": " + value + "\r\n";
    return bytes + framing + "\r\n";
}

QByteArray closingHead(const HttpResponse &response)
{
    return responseHead(response.status, response.contentType, response.headers,
                        "Content-Length: " + QByteArray::number(response.body.size()) +
                            "\r\nConnection: close\r\n");
}

} // namespace HttpWire
