#pragma once

#include "keys/ProviderKeys.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QMutex>
#include <QString>
#include <QUrl>

#include <optional>

// Google OAuth access tokens for service accounts, kept until shortly before they expire and
// shared by the run's clients (the studio's and the API engine's threads). Also makes the
// token request: an RS256-signed JWT (RsaSha256) for the jwt-bearer grant.
class GoogleTokens
{
    Q_DECLARE_TR_FUNCTIONS(GoogleTokens)

public:
    static constexpr const char *scope = "https://www.googleapis.com/auth/cloud-platform";
    static constexpr qint64 refreshMarginSeconds = 300; // a token this close to expiry is renewed

    // The cached token of `account` if it is still good at `now`.
    std::optional<QByteArray> token(const GoogleServiceAccount &account,
                                    const QDateTime &now) const;
    void store(const GoogleServiceAccount &account, const QByteArray &token,
               const QDateTime &expires);
    // Forgets the token (the API refused it).
    void forget(const GoogleServiceAccount &account);

    // The form body of the token request (grant_type and the signed assertion) for
    // `tokenUrl` at `now`; nullopt and *error when the key cannot sign.
    static std::optional<QByteArray> requestBody(const GoogleServiceAccount &account,
                                                 const QUrl &tokenUrl, const QDateTime &now,
                                                 QString *error);
    // The signed JWT itself.
    static std::optional<QByteArray> assertion(const GoogleServiceAccount &account,
                                               const QUrl &tokenUrl, const QDateTime &now,
                                               QString *error);

private:
    struct Entry
    {
        QByteArray token;
        QDateTime expires;
    };
    mutable QMutex m_mutex;
    QHash<QString, Entry> m_tokens; // by client e-mail and key id
};
