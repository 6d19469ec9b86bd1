#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

// RS256 (RSASSA-PKCS1-v1_5 with SHA-256), as a Google service account signs its token
// request. Done by the platform's own library, never by code of ours: OpenSSL's libcrypto,
// or Windows CNG on the Windows build (RsaSha256OpenSsl.cpp, RsaSha256Windows.cpp).
struct RsaSha256
{
    Q_DECLARE_TR_FUNCTIONS(RsaSha256)

public:
    // `pemKey`: "-----BEGIN PRIVATE KEY-----" (PKCS #8, as Google gives it) or
    // "-----BEGIN RSA PRIVATE KEY-----" (PKCS #1). nullopt and *error when it is unusable.
    static std::optional<QByteArray> sign(const QByteArray &pemKey, const QByteArray &data,
                                          QString *error);
    // Which library signs, for --version and the notes.
    static QString backendName();
};
