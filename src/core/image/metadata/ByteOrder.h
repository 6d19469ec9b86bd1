#pragma once

#include <QByteArray>

// Integers read from file bytes at an offset the caller has checked against size().
// Byte by byte rather than qFromBigEndian(constData() + at): GCC's array-bounds analysis
// (14, and 12 under the sanitizers) cannot tell that such a pointer is not QByteArray's
// one-byte empty buffer and fails the -Werror build.
namespace ByteOrder {

inline quint32 byteAt(const QByteArray &bytes, qsizetype at)
{
    return quint8(bytes.at(at));
}
inline quint16 be16(const QByteArray &b, qsizetype at)
{
    return quint16(byteAt(b, at) << 8 | byteAt(b, at + 1));
}
inline quint32 be32(const QByteArray &b, qsizetype at)
{
    return quint32(be16(b, at)) << 16 | be16(b, at + 2);
}
inline quint16 le16(const QByteArray &b, qsizetype at)
{
    return quint16(byteAt(b, at) | byteAt(b, at + 1) << 8);
}
inline quint32 le32(const QByteArray &b, qsizetype at)
{
    return le16(b, at) | quint32(le16(b, at + 2)) << 16;
}

} // namespace ByteOrder
