#pragma once

#include <QByteArray>
#include <QByteArrayView>

// Fast checks on base64 text, so that the request path can pass an upstream image through
// without a full decode (Qt's decoder costs ~15 ms for 2 MB).
namespace Base64 {

// Standard alphabet, '=' padding only at the end, length a multiple of 4.
bool isValid(QByteArrayView text);
// Decodes just enough leading characters to yield at least `bytes` bytes.
QByteArray decodePrefix(QByteArrayView text, int bytes);
// Exact decoded size of valid text.
qint64 decodedSize(QByteArrayView text);
// Decodes text that isValid() accepted; several times faster than QByteArray::fromBase64
// in Qt 6.4, which matters for multi-megabyte images.
QByteArray decode(QByteArrayView text);

} // namespace Base64
