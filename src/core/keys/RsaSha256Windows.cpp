#include "keys/RsaSha256.h"

#include <QCryptographicHash>

// windows.h first: the others need its types.
#include <windows.h>

#include <bcrypt.h>
#include <wincrypt.h>

#include <memory>

namespace {
struct LocalDeleter
{
    void operator()(void *p) const { LocalFree(p); }
};
using LocalBuffer = std::unique_ptr<BYTE, LocalDeleter>;

// CryptDecodeObjectEx into a LocalAlloc'ed buffer.
LocalBuffer decode(LPCSTR type, const BYTE *data, DWORD size, DWORD *outSize)
{
    BYTE *out = nullptr;
    if (!CryptDecodeObjectEx(X509_ASN_ENCODING | PKCS_7_ASN_ENCODING, type, data, size,
                             CRYPT_DECODE_ALLOC_FLAG, nullptr, &out, outSize))
        return nullptr;
    return LocalBuffer(out);
}

// CryptoAPI's private-key blob (little-endian numbers) as CNG's BCRYPT_RSAPRIVATE_BLOB (big-
// endian: exponent, modulus, the two primes), which every bcrypt imports; Wine 8's has no
// LEGACY_RSAPRIVATE_BLOB. Only the layout changes. Empty when the blob is not one.
QByteArray cngPrivateBlob(const BYTE *capi, DWORD size)
{
    const DWORD head = sizeof(BLOBHEADER) + sizeof(RSAPUBKEY);
    if (size < head)
        return {};
    const auto *pub = reinterpret_cast<const RSAPUBKEY *>(capi + sizeof(BLOBHEADER));
    const DWORD bytes = pub->bitlen / 8;
    const DWORD half = (pub->bitlen + 15) / 16;
    if (bytes == 0 || size < head + bytes + 2 * half)
        return {};
    QByteArray exponent;
    for (int shift = 24; shift >= 0; shift -= 8) {
        const char byte = char((pub->pubexp >> shift) & 0xff);
        if (!exponent.isEmpty() || byte != 0)
            exponent.append(byte);
    }
    const auto bigEndian = [](const BYTE *little, DWORD count) {
        QByteArray out(qsizetype(count), Qt::Uninitialized);
        for (DWORD i = 0; i < count; ++i)
            out[qsizetype(i)] = char(little[count - 1 - i]);
        return out;
    };
    BCRYPT_RSAKEY_BLOB header{};
    header.Magic = BCRYPT_RSAPRIVATE_MAGIC;
    header.BitLength = pub->bitlen;
    header.cbPublicExp = ULONG(exponent.size());
    header.cbModulus = bytes;
    header.cbPrime1 = half;
    header.cbPrime2 = half;
    const BYTE *modulus = capi + head;
    return QByteArray(reinterpret_cast<const char *>(&header), sizeof(header)) + exponent +
           bigEndian(modulus, bytes) + bigEndian(modulus + bytes, half) +
           bigEndian(modulus + bytes + half, half);
}
} // namespace

std::optional<QByteArray> RsaSha256::sign(const QByteArray &pemKey, const QByteArray &data,
                                          QString *error)
{
    // PEM to DER, then (PKCS #8) the PrivateKeyInfo's inner RSAPrivateKey, then CAPI's
    // private-key blob, then CNG's. The PKCS #8 wrapper (version, algorithm, OCTET STRING key)
    // is read as a sequence and an octet string: Wine's crypt32 has no PKCS_PRIVATE_KEY_INFO
    // decoder, and Windows reads both ways.
    DWORD derSize = 0;
    if (!CryptStringToBinaryA(pemKey.constData(), DWORD(pemKey.size()), CRYPT_STRING_BASE64HEADER,
                              nullptr, &derSize, nullptr, nullptr)) {
        *error = tr("The private key is not in PEM form.");
        return std::nullopt;
    }
    QByteArray der(qsizetype(derSize), Qt::Uninitialized);
    CryptStringToBinaryA(pemKey.constData(), DWORD(pemKey.size()), CRYPT_STRING_BASE64HEADER,
                         reinterpret_cast<BYTE *>(der.data()), &derSize, nullptr, nullptr);
    const BYTE *rsaDer = reinterpret_cast<const BYTE *>(der.constData());
    DWORD rsaDerSize = derSize;
    LocalBuffer sequence;
    LocalBuffer octets;
    if (!pemKey.contains("BEGIN RSA PRIVATE KEY")) {
        DWORD size = 0;
        sequence = decode(X509_SEQUENCE_OF_ANY, rsaDer, rsaDerSize, &size);
        const auto *parts = reinterpret_cast<const CRYPT_SEQUENCE_OF_ANY *>(sequence.get());
        if (parts && parts->cValue == 3)
            octets = decode(X509_OCTET_STRING, parts->rgValue[2].pbData, parts->rgValue[2].cbData,
                            &size);
        if (!octets) {
            *error = tr("The private key is not a PKCS #8 key.");
            return std::nullopt;
        }
        const auto *key = reinterpret_cast<const CRYPT_DATA_BLOB *>(octets.get());
        rsaDer = key->pbData;
        rsaDerSize = key->cbData;
    }
    DWORD blobSize = 0;
    const LocalBuffer blob = decode(PKCS_RSA_PRIVATE_KEY, rsaDer, rsaDerSize, &blobSize);
    const QByteArray cngBlob = blob ? cngPrivateBlob(blob.get(), blobSize) : QByteArray();
    if (cngBlob.isEmpty()) {
        *error = tr("The private key is not an RSA key.");
        return std::nullopt;
    }

    BCRYPT_ALG_HANDLE algorithm = nullptr;
    BCRYPT_KEY_HANDLE key = nullptr;
    if (BCryptOpenAlgorithmProvider(&algorithm, BCRYPT_RSA_ALGORITHM, nullptr, 0) != 0) {
        *error = tr("Windows CNG has no RSA provider.");
        return std::nullopt;
    }
    std::optional<QByteArray> result;
    if (BCryptImportKeyPair(algorithm, nullptr, BCRYPT_RSAPRIVATE_BLOB, &key,
                            reinterpret_cast<PUCHAR>(const_cast<char *>(cngBlob.constData())),
                            ULONG(cngBlob.size()), 0) == 0) {
        QByteArray hash = QCryptographicHash::hash(data, QCryptographicHash::Sha256);
        BCRYPT_PKCS1_PADDING_INFO padding{BCRYPT_SHA256_ALGORITHM};
        ULONG length = 0;
        auto *hashBytes = reinterpret_cast<PUCHAR>(hash.data());
        if (BCryptSignHash(key, &padding, hashBytes, ULONG(hash.size()), nullptr, 0, &length,
                           BCRYPT_PAD_PKCS1) == 0) {
            QByteArray signature(qsizetype(length), Qt::Uninitialized);
            if (BCryptSignHash(key, &padding, hashBytes, ULONG(hash.size()),
                               reinterpret_cast<PUCHAR>(signature.data()), length, &length,
                               BCRYPT_PAD_PKCS1) == 0)
                result = signature.left(qsizetype(length));
        }
        BCryptDestroyKey(key);
    }
    BCryptCloseAlgorithmProvider(algorithm, 0);
    if (!result)
        *error = tr("Windows CNG could not sign with the private key.");
    return result;
}

QString RsaSha256::backendName()
{
    return QStringLiteral("Windows CNG");
}
