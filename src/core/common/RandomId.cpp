#include "common/RandomId.h"

#include <QList>
#include <QRandomGenerator>

#include <cstring>

namespace {
QByteArray randomBytes(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    // fillRange() takes whole 32-bit words: fill a little more, then cut.
    QList<quint32> words((bytes + 3) / 4);
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    std::memcpy(raw.data(), words.constData(), size_t(bytes));
    return raw;
}
} // namespace

namespace RandomId {

QByteArray hex(int bytes)
{
    return randomBytes(bytes).toHex();
}

QByteArray base64Url(int bytes)
{
    return randomBytes(bytes).toBase64(QByteArray::Base64UrlEncoding |
                                       QByteArray::OmitTrailingEquals);
}

} // namespace RandomId
