// The HTTP/1.1 request parser of the server's connection layer. Besides crashes it checks
// that the bytes give the same requests and the same verdict whether they arrive at once
// or in small pieces (the first byte sets the piece size).
#include "FuzzInput.h"
#include "http/HttpRequestParser.h"

namespace {
QByteArray outcome(const QByteArray &bytes, qsizetype piece)
{
    HttpLimits limits;
    limits.maxRequestLineBytes = 256;
    limits.maxHeaderBytes = 1024;
    limits.maxHeaderCount = 16;
    HttpRequestParser parser(limits);
    QByteArray log;
    qsizetype at = 0;
    for (int steps = 0; steps < 100000; ++steps) {
        const HttpRequestParser::Status status = parser.next();
        if (status == HttpRequestParser::Status::NeedMore) {
            if (at >= bytes.size())
                break;
            parser.append(QByteArrayView(bytes).sliced(at, std::min(piece, bytes.size() - at)));
            at += piece;
        } else if (status == HttpRequestParser::Status::HeadComplete) {
            parser.setMaxBodyBytes(4096);
        } else if (status == HttpRequestParser::Status::Complete) {
            const HttpRequest request = parser.takeRequest();
            if (request.body.size() != request.bodyLength)
                __builtin_trap();
            log += request.method + ' ' + request.target + ' ' + request.path.toUtf8() + ' ' +
                   QByteArray::number(request.headers.size()) + ' ' + request.body + '\n';
        } else {
            log += "failed " + QByteArray::number(parser.errorStatus()) + '\n';
            break;
        }
    }
    return log;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const QByteArray bytes = fuzzInput(data + 1, size - 1);
    const qsizetype piece = 1 + data[0] % 7;
    if (outcome(bytes, bytes.size() + 1) != outcome(bytes, piece))
        __builtin_trap();
    return 0;
}
