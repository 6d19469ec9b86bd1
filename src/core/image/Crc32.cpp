#include "image/Crc32.h"

#include <array>

quint32 Crc32::of(QByteArrayView data, quint32 crc)
{
    static const auto table = [] {
        std::array<quint32, 256> t{};
        for (quint32 n = 0; n < 256; ++n) {
            quint32 c = n;
            for (int k = 0; k < 8; ++k)
                c = (c & 1u) ? 0xedb88320u ^ (c >> 1) : c >> 1;
            t[n] = c;
        }
        return t;
    }();
    crc = ~crc;
    for (const char c : data)
        crc = table[(crc ^ quint8(c)) & 0xffu] ^ (crc >> 8);
    return ~crc;
}
