#include "upstream/direct/DirectEndpoints.h"

#include "keys/ProviderKeys.h"

namespace {
const QString vertexGlobalHost = QStringLiteral("aiplatform.googleapis.com");

QUrl fromEnvironment(const char *name)
{
    const QUrl url(qEnvironmentVariable(name).trimmed(), QUrl::StrictMode);
    const bool web =
        url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https");
    return url.isValid() && web && !url.host().isEmpty() ? url : QUrl();
}
} // namespace

QUrl DirectEndpoints::defaultBaseUrl(const QString &provider)
{
    if (provider == QLatin1String("openai"))
        return QUrl(QStringLiteral("https://api.openai.com/v1"));
    if (provider == QLatin1String("replicate"))
        return QUrl(QStringLiteral("https://api.replicate.com/v1"));
    if (provider == QLatin1String("fireworks"))
        return QUrl(QStringLiteral("https://api.fireworks.ai/inference/v1"));
    if (provider == QLatin1String("vertex"))
        return QUrl(QStringLiteral("https://") + vertexGlobalHost + QStringLiteral("/v1"));
    return {};
}

QString DirectEndpoints::environmentVariable(const QString &provider)
{
    return QStringLiteral("IMAGEBRIDGE_%1_BASE_URL").arg(provider.toUpper());
}

QUrl DirectEndpoints::baseUrl(const QString &provider)
{
    const QUrl replaced = fromEnvironment(environmentVariable(provider).toLatin1().constData());
    return replaced.isValid() ? replaced : defaultBaseUrl(provider);
}

QUrl DirectEndpoints::vertexBaseUrl(const QUrl &base, const QString &location)
{
    if (base.host() != vertexGlobalHost || location.isEmpty() ||
        location == QLatin1String("global"))
        return base;
    QUrl regional = base;
    regional.setHost(location + QLatin1Char('-') + vertexGlobalHost);
    return regional;
}

QUrl DirectEndpoints::googleTokenUrl(const GoogleServiceAccount &account)
{
    const QUrl replaced = fromEnvironment("IMAGEBRIDGE_GOOGLE_TOKEN_URL");
    if (replaced.isValid())
        return replaced;
    const QUrl fromKey(account.tokenUrl);
    if (fromKey.isValid() && fromKey.scheme() == QLatin1String("https"))
        return fromKey;
    return QUrl(QString::fromLatin1(GoogleServiceAccount::defaultTokenUrl));
}
