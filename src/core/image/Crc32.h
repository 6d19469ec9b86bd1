#pragma once

#include <QByteArrayView>

// CRC-32 as PNG chunks and ZIP entries use it (polynomial 0xEDB88320). `crc` continues an
// earlier value, so large data can be fed in pieces.
namespace Crc32 {
quint32 of(QByteArrayView data, quint32 crc = 0);
}
