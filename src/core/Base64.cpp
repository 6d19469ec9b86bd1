#include "Base64.h"

#include <array>

namespace Base64 {
namespace {
constexpr std::array<bool, 256> makeAlphabet()
{
    std::array<bool, 256> table{};
    for (char c = 'A'; c <= 'Z'; ++c)
        table[static_cast<unsigned char>(c)] = true;
    for (char c = 'a'; c <= 'z'; ++c)
        table[static_cast<unsigned char>(c)] = true;
    for (char c = '0'; c <= '9'; ++c)
        table[static_cast<unsigned char>(c)] = true;
    table['+'] = true;
    table['/'] = true;
    return table;
}
constexpr std::array<bool, 256> alphabet = makeAlphabet();
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
    const auto *data = reinterpret_cast<const unsigned char *>(text.data());
    for (qsizetype i = 0; i < end; ++i) {
        if (!alphabet[data[i]])
            return false;
    }
    return true;
}

QByteArray decodePrefix(QByteArrayView text, int bytes)
{
    const qsizetype chars = std::min<qsizetype>(text.size(), ((bytes + 2) / 3) * 4);
    return QByteArray::fromBase64(text.first(chars).toByteArray());
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

} // namespace Base64
