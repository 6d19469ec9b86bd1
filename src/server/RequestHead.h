#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

// The start of an HTTP/1.1 request as the connection layer reads it before QHttpServer
// does: the method and the declared body length, from the bytes received so far. Sees raw
// bytes from clients: fuzzed (tests/fuzz).
struct RequestHead
{
    static constexpr qsizetype maxHeadBytes = 16 * 1024;

    enum class State {
        Incomplete, // no blank line yet within maxHeadBytes
        Complete,
    };
    State state = State::Incomplete;
    QByteArray method;
    std::optional<qint64> contentLength; // a valid, non-negative Content-Length, if any

    bool hasBody() const { return method == "POST" || method == "PUT" || method == "PATCH"; }

    static RequestHead scan(QByteArrayView bytes);
};
