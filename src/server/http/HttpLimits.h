#pragma once

#include <QtGlobal>

// Every bound of the HTTP/1.1 connection layer, in one place. A request over a size limit
// gets the status named here and its connection is closed; a client that is too slow gets
// 408; an idle keep-alive connection is closed without a word. Body sizes are per route
// (ServerConfig) and answered 413.
struct HttpLimits
{
    qsizetype maxRequestLineBytes = 8 * 1024; // method, target and version; longer: 414
    qsizetype maxHeaderBytes = 32 * 1024;     // the whole head; larger: 431
    int maxHeaderCount = 100;                 // more fields: 431
    int headerTimeoutMs = 10'000;         // from a request's first byte to the end of its head: 408
    int bodyTimeoutMs = 60'000;           // from the end of the head to the end of the body: 408
    int idleTimeoutMs = 60'000;           // a kept-alive connection without a new request: closed
    int maxConnections = 1024;            // open at once; the next one gets 503 and is closed
    qint64 readBufferBytes = 1024 * 1024; // read ahead per connection while an answer is due
    // A body refused from its head (wrong key, too large) that the client sends anyway is
    // read and dropped up to this size, so the client gets the answer: closing a socket
    // with unread data resets the connection. Larger ones are answered at once and the
    // connection closed; so is every refusal of a client that waits (Expect: 100-continue).
    qint64 maxDiscardBytes = 64 * 1024 * 1024;
};
