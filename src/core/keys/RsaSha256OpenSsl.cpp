#include "keys/RsaSha256.h"

#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/opensslv.h>
#include <openssl/pem.h>

#include <memory>

namespace {
QString lastOpenSslError()
{
    char text[256] = {};
    ERR_error_string_n(ERR_get_error(), text, sizeof text);
    return QString::fromLatin1(text);
}
} // namespace

std::optional<QByteArray> RsaSha256::sign(const QByteArray &pemKey, const QByteArray &data,
                                          QString *error)
{
    std::unique_ptr<BIO, decltype(&BIO_free)> bio(
        BIO_new_mem_buf(pemKey.constData(), int(pemKey.size())), &BIO_free);
    std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> key(
        bio ? PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr) : nullptr,
        &EVP_PKEY_free);
    if (!key || EVP_PKEY_base_id(key.get()) != EVP_PKEY_RSA) {
        *error = tr("The private key is not an RSA key in PEM form (%1).").arg(lastOpenSslError());
        return std::nullopt;
    }
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> context(EVP_MD_CTX_new(),
                                                                    &EVP_MD_CTX_free);
    size_t length = 0;
    const auto *in = reinterpret_cast<const unsigned char *>(data.constData());
    if (!context ||
        EVP_DigestSignInit(context.get(), nullptr, EVP_sha256(), nullptr, key.get()) != 1 ||
        EVP_DigestSign(context.get(), nullptr, &length, in, size_t(data.size())) != 1) {
        *error = tr("Signing failed: %1").arg(lastOpenSslError());
        return std::nullopt;
    }
    QByteArray signature(qsizetype(length), Qt::Uninitialized);
    if (EVP_DigestSign(context.get(), reinterpret_cast<unsigned char *>(signature.data()), &length,
                       in, size_t(data.size())) != 1) {
        *error = tr("Signing failed: %1").arg(lastOpenSslError());
        return std::nullopt;
    }
    signature.truncate(qsizetype(length));
    return signature;
}

QString RsaSha256::backendName()
{
    return QString::fromLatin1(OPENSSL_VERSION_TEXT);
}
