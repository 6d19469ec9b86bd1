#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>

using HttpHeader = QPair<QByteArray, QByteArray>;
using HttpHeaders = QList<HttpHeader>;

// One request as HttpRequestParser read it off a connection.
struct HttpRequest
{
    QByteArray method;        // as sent: "GET", "POST", ...
    QByteArray target;        // the request-target as sent
    QString path;             // the target's path, percent-decoded
    int minorVersion = 1;     // HTTP/1.<minor>
    HttpHeaders headers;      // original case and order, duplicates kept
    QByteArray body;          // de-chunked
    qint64 bodyLength = 0;    // declared (Content-Length) or read so far (chunked)
    bool chunked = false;     // Transfer-Encoding: chunked
    bool bodySkipped = false; // refused from its head: `body` was never read
    QHostAddress peerAddress;
    quint16 peerPort = 0;

    // The first value of `name` (case-insensitive); empty when absent.
    QByteArray header(QByteArrayView name) const;
    bool hasBody() const { return chunked || bodyLength > 0; }
    bool expectsContinue() const;
    // Whether the connection stays open after the answer (HTTP/1.1 default, or 1.0 with
    // "Connection: keep-alive").
    bool keepsAlive() const;
};

// A complete answer with Content-Length.
struct HttpResponse
{
    int status = 200;
    QByteArray contentType;
    QByteArray body;
    HttpHeaders headers;
};

namespace HttpStatus {
// "Not Found" for 404; empty for codes without a phrase here (allowed, RFC 9112 4).
QByteArray reasonPhrase(int status);
} // namespace HttpStatus

namespace HttpWire {
// A status line and header block up to and including the blank line. `framing` holds
// the lines this layer adds (Content-Length or Transfer-Encoding, Connection), each
// ending in CRLF.
QByteArray responseHead(int status, const QByteArray &contentType, const HttpHeaders &headers,
                        const QByteArray &framing);
// The head of a whole answer after which the connection closes (refusals).
QByteArray closingHead(const HttpResponse &response);
} // namespace HttpWire
