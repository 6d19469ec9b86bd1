#include "image/Base64.h"

#include <QtAlgorithms>

#include <algorithm>
#include <array>
#include <cstring>

#if defined(__SSE2__) || defined(_M_X64)
#include <emmintrin.h>
#define IMAGEBRIDGE_BASE64_SSE2
#endif
// SSSE3 (every x86-64 CPU since 2006, but not the x86-64 baseline): chosen at run time.
#if (defined(__GNUC__) || defined(__clang__)) && (defined(__x86_64__) || defined(__i386__))
#include <tmmintrin.h>
#define IMAGEBRIDGE_BASE64_SSSE3
#endif

namespace Base64 {
namespace {
// Branch-free, so the compiler can vectorise the scan over megabytes.
inline unsigned isAlphabetChar(unsigned char c)
{
    return unsigned(static_cast<unsigned char>(c - 'A') < 26) |
           unsigned(static_cast<unsigned char>(c - 'a') < 26) |
           unsigned(static_cast<unsigned char>(c - '0') < 10) | unsigned(c == '+') |
           unsigned(c == '/');
}

constexpr std::array<quint8, 256> makeValues()
{
    std::array<quint8, 256> table{};
    for (int i = 0; i < 26; ++i) {
        table[size_t('A' + i)] = quint8(i);
        table[size_t('a' + i)] = quint8(26 + i);
    }
    for (int i = 0; i < 10; ++i)
        table[size_t('0' + i)] = quint8(52 + i);
    table['+'] = 62;
    table['/'] = 63;
    return table;
}
constexpr std::array<quint8, 256> values = makeValues();

#ifdef IMAGEBRIDGE_BASE64_SSSE3
// 16 valid characters to 12 bytes per step (the method of Muła and Lemire, "Faster Base64
// Encoding and Decoding using AVX2 Instructions", 2018): the high nibble picks the offset
// from ASCII to the 6-bit value, two multiply-adds join the bits, a shuffle orders the
// bytes. Each store writes 16 bytes, so it stops 4 bytes before the end of `dst`.
// Returns how many 4-character groups it decoded.
__attribute__((target("ssse3"))) qsizetype decodeSsse3(const unsigned char *in, unsigned char *dst,
                                                       qsizetype groups)
{
    const __m128i offsets = _mm_setr_epi8(0, 0, 19, 4, -65, -65, -71, -71, 0, 0, 0, 0, 0, 0, 0, 0);
    const __m128i order = _mm_setr_epi8(2, 1, 0, 6, 5, 4, 10, 9, 8, 14, 13, 12, -1, -1, -1, -1);
    qsizetype done = 0;
    for (; done + 4 + 2 <= groups; done += 4) { // 16 bytes written, 12 of them output
        const __m128i text = _mm_loadu_si128(reinterpret_cast<const __m128i *>(in + done * 4));
        const __m128i nibble = _mm_and_si128(_mm_srli_epi32(text, 4), _mm_set1_epi8(0x0f));
        __m128i offset = _mm_shuffle_epi8(offsets, nibble);
        // '/' shares its high nibble with '+' and is 3 further from its value.
        offset = _mm_add_epi8(
            offset, _mm_and_si128(_mm_cmpeq_epi8(text, _mm_set1_epi8('/')), _mm_set1_epi8(-3)));
        const __m128i sextets = _mm_add_epi8(text, offset);
        const __m128i pairs = _mm_maddubs_epi16(sextets, _mm_set1_epi32(0x01400140));
        const __m128i triples = _mm_madd_epi16(pairs, _mm_set1_epi32(0x00011000));
        _mm_storeu_si128(reinterpret_cast<__m128i *>(dst + done * 3),
                         _mm_shuffle_epi8(triples, order));
    }
    return done;
}

bool hasSsse3()
{
    static const bool has = __builtin_cpu_supports("ssse3");
    return has;
}
#endif
} // namespace

bool isValid(QByteArrayView text)
{
    const qsizetype n = text.size();
    if (n == 0 || n % 4 != 0)
        return false;
    qsizetype end = n;
    if (text[end - 1] == '=')
        --end;
    if (text[end - 1] == '=')
        --end;
    return alphabetRun(text.first(end)) == end;
}

qsizetype alphabetRun(QByteArrayView text)
{
    const qsizetype n = text.size();
    const auto *data = reinterpret_cast<const unsigned char *>(text.data());
    qsizetype i = 0;
#ifdef IMAGEBRIDGE_BASE64_SSE2
    // 16 characters per vector: a scalar loop costs ~15 ms on a 4 MB image.
    auto inRange = [](__m128i v, char lo, char hi) {
        return _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8(char(lo - 1))),
                             _mm_cmplt_epi8(v, _mm_set1_epi8(char(hi + 1))));
    };
    auto alphabet = [&](qsizetype at) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(data + at));
        return _mm_or_si128(_mm_or_si128(inRange(v, 'A', 'Z'), inRange(v, 'a', 'z')),
                            _mm_or_si128(inRange(v, '0', '9'),
                                         _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('+')),
                                                      _mm_cmpeq_epi8(v, _mm_set1_epi8('/')))));
    };
    // Four vectors per test and branch; the vector that ends the run is found after.
    for (; i + 64 <= n; i += 64) {
        const __m128i all = _mm_and_si128(_mm_and_si128(alphabet(i), alphabet(i + 16)),
                                          _mm_and_si128(alphabet(i + 32), alphabet(i + 48)));
        if (_mm_movemask_epi8(all) != 0xffff)
            break;
    }
    for (; i + 16 <= n; i += 16) {
        const unsigned mask = unsigned(_mm_movemask_epi8(alphabet(i)));
        if (mask != 0xffff) // the first character outside the alphabet is in this vector
            return i + qsizetype(qCountTrailingZeroBits(quint32(~mask)));
    }
#endif
    while (i < n && isAlphabetChar(data[i]))
        ++i;
    return i;
}

QByteArray decodePrefix(QByteArrayView text, int bytes)
{
    const qsizetype chars = std::min<qsizetype>(text.size(), ((bytes + 2) / 3) * 4);
    return decode(text.first(chars));
}

QByteArray decodeAt(QByteArrayView text, qint64 offset, int count)
{
    const qint64 firstQuantum = offset / 3;
    const qint64 lastQuantum = (offset + count + 2) / 3;
    const qint64 from = firstQuantum * 4;
    if (offset < 0 || count < 0 || from >= text.size())
        return {};
    const qint64 chars = std::min<qint64>(text.size() - from, (lastQuantum - firstQuantum) * 4);
    return decode(text.sliced(from, chars)).mid(offset - firstQuantum * 3, count);
}

qint64 decodedSize(QByteArrayView text)
{
    if (text.isEmpty())
        return 0;
    qint64 padding = 0;
    if (text.endsWith('='))
        ++padding;
    if (text.size() > 1 && text[text.size() - 2] == '=')
        ++padding;
    return text.size() / 4 * 3 - padding;
}

QByteArray decode(QByteArrayView text)
{
    QByteArray out(qsizetype(decodedSize(text)), Qt::Uninitialized);
    const auto *in = reinterpret_cast<const unsigned char *>(text.data());
    auto *dst = reinterpret_cast<unsigned char *>(out.data());
    const qsizetype full = out.size() / 3;
    qsizetype i = 0;
#ifdef IMAGEBRIDGE_BASE64_SSSE3
    if (hasSsse3()) { // about four times the scalar loop's speed
        i = decodeSsse3(in, dst, full);
        in += i * 4;
        dst += i * 3;
    }
#endif
    for (; i < full; ++i, in += 4, dst += 3) {
        const quint32 v = quint32(values[in[0]]) << 18 | quint32(values[in[1]]) << 12 |
                          quint32(values[in[2]]) << 6 | quint32(values[in[3]]);
        dst[0] = quint8(v >> 16);
        dst[1] = quint8(v >> 8);
        dst[2] = quint8(v);
    }
    const qsizetype rest = out.size() % 3;
    if (rest > 0) {
        const quint32 v = quint32(values[in[0]]) << 18 | quint32(values[in[1]]) << 12 |
                          (rest == 2 ? quint32(values[in[2]]) << 6 : 0);
        dst[0] = quint8(v >> 16);
        if (rest == 2)
            dst[1] = quint8(v >> 8);
    }
    return out;
}

QByteArray encodeEdited(const QByteArray &edited, const QByteArray &original,
                        QByteArrayView originalBase64)
{
    const qsizetype shift = edited.size() - original.size();
    const bool canonical = originalBase64.size() == (original.size() + 2) / 3 * 4;
    if (shift < 0 || shift % 3 != 0 || !canonical)
        return edited.toBase64();
    // The first byte the edit touched, rounded up to a base64 quantum of the original.
    const qsizetype same =
        std::mismatch(original.cbegin(), original.cend(), edited.cbegin()).first -
        original.cbegin();
    const qsizetype from = (same + 2) / 3 * 3;
    const qsizetype tail = original.size() - from;
    if (tail <= 0 || std::memcmp(original.constData() + from, edited.constData() + from + shift,
                                 size_t(tail)) != 0)
        return edited.toBase64();
    const QByteArray head = edited.first(from + shift).toBase64();
    const QByteArrayView rest = originalBase64.sliced(from / 3 * 4);
    QByteArray out(head.size() + rest.size(), Qt::Uninitialized);
    std::memcpy(out.data(), head.constData(), size_t(head.size()));
    std::memcpy(out.data() + head.size(), rest.data(), size_t(rest.size()));
    return out;
}

} // namespace Base64
