#include "upstream/direct/GoogleTokens.h"

#include "keys/RsaSha256.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace {
QString keyOf(const GoogleServiceAccount &account)
{
    return account.clientEmail + QLatin1Char('/') + account.privateKeyId;
}

QByteArray base64Url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}
} // namespace

std::optional<QByteArray> GoogleTokens::token(const GoogleServiceAccount &account,
                                              const QDateTime &now) const
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_tokens.constFind(keyOf(account));
    if (it == m_tokens.constEnd() || now.secsTo(it->expires) <= refreshMarginSeconds)
        return std::nullopt;
    return it->token;
}

void GoogleTokens::store(const GoogleServiceAccount &account, const QByteArray &token,
                         const QDateTime &expires)
{
    QMutexLocker lock(&m_mutex);
    m_tokens.insert(keyOf(account), {token, expires});
}

void GoogleTokens::forget(const GoogleServiceAccount &account)
{
    QMutexLocker lock(&m_mutex);
    m_tokens.remove(keyOf(account));
}

std::optional<QByteArray> GoogleTokens::assertion(const GoogleServiceAccount &account,
                                                  const QUrl &tokenUrl, const QDateTime &now,
                                                  QString *error)
{
    QJsonObject header{{QLatin1String("alg"), QStringLiteral("RS256")},
                       {QLatin1String("typ"), QStringLiteral("JWT")}};
    if (!account.privateKeyId.isEmpty())
        header.insert(QLatin1String("kid"), account.privateKeyId);
    const qint64 issued = now.toSecsSinceEpoch();
    const QJsonObject claims{{QLatin1String("iss"), account.clientEmail},
                             {QLatin1String("scope"), QString::fromLatin1(scope)},
                             {QLatin1String("aud"), tokenUrl.toString()},
                             {QLatin1String("iat"), issued},
                             {QLatin1String("exp"), issued + 3600}};
    const QByteArray signingInput =
        base64Url(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.' +
        base64Url(QJsonDocument(claims).toJson(QJsonDocument::Compact));
    const auto signature = RsaSha256::sign(account.privateKey.toUtf8(), signingInput, error);
    if (!signature)
        return std::nullopt;
    return signingInput + '.' + base64Url(*signature);
}

std::optional<QByteArray> GoogleTokens::requestBody(const GoogleServiceAccount &account,
                                                    const QUrl &tokenUrl, const QDateTime &now,
                                                    QString *error)
{
    const auto jwt = assertion(account, tokenUrl, now, error);
    if (!jwt)
        return std::nullopt;
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"),
                      QStringLiteral("urn:ietf:params:oauth:grant-type:jwt-bearer"));
    form.addQueryItem(QStringLiteral("assertion"), QString::fromLatin1(*jwt));
    return form.toString(QUrl::FullyEncoded).toLatin1();
}
