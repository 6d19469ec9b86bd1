#include "RequestHead.h"

RequestHead RequestHead::scan(QByteArrayView bytes)
{
    RequestHead head;
    bytes = bytes.first(std::min(bytes.size(), maxHeadBytes));
    const qsizetype end = bytes.indexOf("\r\n\r\n");
    if (end < 0)
        return head;
    head.state = State::Complete;
    const QByteArrayView block = bytes.first(end);
    const qsizetype space = block.indexOf(' ');
    head.method = block.first(space < 0 ? block.size() : space).toByteArray();

    const QByteArray lower = block.toByteArray().toLower();
    const QByteArrayView name = "\r\ncontent-length:";
    const qsizetype at = lower.indexOf(name);
    if (at < 0)
        return head;
    const qsizetype valueStart = at + name.size();
    const qsizetype lineEnd = lower.indexOf("\r\n", valueStart);
    bool ok = false;
    const qint64 length =
        lower.mid(valueStart, lineEnd < 0 ? -1 : lineEnd - valueStart).trimmed().toLongLong(&ok);
    if (ok && length >= 0)
        head.contentLength = length;
    return head;
}
