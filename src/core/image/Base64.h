#pragma once

#include <QByteArray>
#include <QByteArrayView>

// Fast checks on base64 text, so that the request path can pass an upstream image through
// without a full decode (Qt's decoder costs ~15 ms for 2 MB).
namespace Base64 {

// Standard alphabet, '=' padding only at the end, length a multiple of 4.
bool isValid(QByteArrayView text);
// How many characters at the start of `text` are of the standard alphabet (padding not
// included): where base64 embedded in other text ends, found and checked in one pass.
qsizetype alphabetRun(QByteArrayView text);
// Decodes just enough leading characters to yield at least `bytes` bytes.
QByteArray decodePrefix(QByteArrayView text, int bytes);
// Decodes `count` bytes starting at byte `offset` of the data, without decoding what comes
// before; fewer where the data ends earlier.
QByteArray decodeAt(QByteArrayView text, qint64 offset, int count);
// Exact decoded size of valid text.
qint64 decodedSize(QByteArrayView text);
// Decodes text that isValid() accepted; several times faster than QByteArray::fromBase64
// in Qt 6.4, which matters for multi-megabyte images.
QByteArray decode(QByteArrayView text);

// The base64 of `edited`, a copy of `original` with bytes inserted or replaced near its
// start (metadata written into an image). When the edit moved the rest of the file by a
// multiple of three bytes, that rest is taken from `originalBase64` (the original's
// standard base64) instead of being encoded again; otherwise it encodes all of `edited`.
QByteArray encodeEdited(const QByteArray &edited, const QByteArray &original,
                        QByteArrayView originalBase64);

} // namespace Base64
