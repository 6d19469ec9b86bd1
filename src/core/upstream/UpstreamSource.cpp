#include "upstream/UpstreamSource.h"

#include "upstream/UpstreamClient.h"
#include "upstream/direct/DirectEndpoints.h"

QUrl UpstreamSource::publicUrl()
{
    return QUrl(QString::fromLatin1(UpstreamClient::defaultEndpoint));
}

UpstreamSource UpstreamSource::publicSite()
{
    return {Kind::Public, publicUrl(), {}, {}};
}

UpstreamSource UpstreamSource::deployment(const QUrl &url)
{
    return {Kind::Deployment, url, {}, {}};
}

UpstreamSource UpstreamSource::forUrl(const QUrl &url)
{
    return url == publicUrl() ? publicSite() : deployment(url);
}

UpstreamSource UpstreamSource::direct(const QString &provider, const QUrl &baseUrl)
{
    UpstreamSource source;
    source.kind = Kind::Direct;
    source.provider = provider;
    source.url = baseUrl.isEmpty() ? DirectEndpoints::baseUrl(provider) : baseUrl;
    return source;
}

std::optional<UpstreamSource> UpstreamSource::parse(const QString &spec, const QString &provider,
                                                    QString *error)
{
    const QString text = spec.trimmed();
    if (text == QLatin1String("public"))
        return publicSite();
    if (text == QLatin1String("direct"))
        return direct(provider);
    const QString directPrefix = QStringLiteral("direct:");
    if (text.startsWith(directPrefix)) {
        if (const auto url = UpstreamClient::parseEndpoint(text.mid(directPrefix.size())))
            return direct(provider, *url);
        *error = tr("'%1' is not an http(s) URL").arg(text.mid(directPrefix.size()));
        return std::nullopt;
    }
    const QString prefix = QStringLiteral("deployment:");
    if (text.startsWith(prefix)) {
        if (const auto url = UpstreamClient::parseEndpoint(text.mid(prefix.size())))
            return forUrl(*url);
        *error = tr("'%1' is not an http(s) URL").arg(text.mid(prefix.size()));
        return std::nullopt;
    }
    *error = tr("'%1' is not a source: use public, deployment:URL or direct").arg(text);
    return std::nullopt;
}

QString UpstreamSource::spec() const
{
    switch (kind) {
    case Kind::Public:
        return QStringLiteral("public");
    case Kind::Direct:
        // The environment's replacement is the run's, not a choice to save.
        return url == DirectEndpoints::baseUrl(provider)
                   ? QStringLiteral("direct")
                   : QStringLiteral("direct:") + url.toString();
    case Kind::Deployment:
        break;
    }
    return QStringLiteral("deployment:") + url.toString();
}

QString UpstreamSource::recordName() const
{
    switch (kind) {
    case Kind::Public:
        return spec();
    case Kind::Direct:
        return QStringLiteral("direct:") + provider;
    case Kind::Deployment:
        break;
    }
    return QStringLiteral("deployment:") +
           url.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
}

QString UpstreamSource::displayName() const
{
    if (kind == Kind::Public)
        return tr("public site");
    if (kind == Kind::Direct)
        return tr("%1 API (own key)").arg(SourcePlan::providerName(provider));
    return url.host() + (url.port() > 0 ? QStringLiteral(":%1").arg(url.port()) : QString());
}

QUrl UpstreamSource::identity() const
{
    if (kind != Kind::Direct)
        return url;
    QUrl key = url;
    key.setFragment(provider);
    return key;
}

const QStringList &SourcePlan::providers()
{
    static const QStringList all{QStringLiteral("replicate"), QStringLiteral("vertex"),
                                 QStringLiteral("openai"), QStringLiteral("fireworks")};
    return all;
}

QString SourcePlan::providerName(const QString &provider)
{
    if (provider == QLatin1String("openai"))
        return QStringLiteral("OpenAI");
    if (provider == QLatin1String("replicate"))
        return QStringLiteral("Replicate");
    if (provider == QLatin1String("fireworks"))
        return QStringLiteral("Fireworks");
    if (provider == QLatin1String("vertex"))
        return QStringLiteral("Google Vertex AI");
    return provider;
}

SourcePlan SourcePlan::everyProvider(const UpstreamSource &source)
{
    SourcePlan plan;
    for (const QString &provider : providers())
        plan.m_sources.insert(provider, {source});
    return plan;
}

std::optional<SourcePlan> SourcePlan::parse(const QStringList &specs,
                                            const UpstreamSource &fallback, QString *error)
{
    SourcePlan plan;
    for (const QString &entry : specs) {
        const qsizetype equals = entry.indexOf(QLatin1Char('='));
        const QString provider = entry.left(equals).trimmed();
        if (equals <= 0 || (provider != QLatin1String("*") && !providers().contains(provider))) {
            *error = tr("'%1' is not PROVIDER=KIND[:URL] with a provider of %2")
                         .arg(entry, providers().join(QLatin1String(", ")));
            return std::nullopt;
        }
        for (const QString &p :
             provider == QLatin1String("*") ? providers() : QStringList{provider}) {
            const auto source = UpstreamSource::parse(entry.mid(equals + 1), p, error);
            if (!source)
                return std::nullopt;
            QList<UpstreamSource> &list = plan.m_sources[p];
            if (!list.contains(*source))
                list.append(*source);
        }
    }
    for (const QString &provider : providers()) {
        if (plan.m_sources.value(provider).isEmpty())
            plan.m_sources.insert(provider, {fallback});
    }
    return plan;
}

QList<UpstreamSource> SourcePlan::sources(const QString &provider) const
{
    return m_sources.value(provider);
}

void SourcePlan::setSources(const QString &provider, const QList<UpstreamSource> &sources)
{
    m_sources.insert(provider, sources);
}

QStringList SourcePlan::specs() const
{
    QStringList out;
    const QList<UpstreamSource> first = m_sources.value(providers().first());
    // "*=direct" stands for each provider's own direct source.
    const auto sameSpecs = [&](const QString &p) {
        const QList<UpstreamSource> list = m_sources.value(p);
        if (list.size() != first.size())
            return false;
        for (qsizetype i = 0; i < list.size(); ++i) {
            if (list.at(i).spec() != first.at(i).spec() || list.at(i).kind != first.at(i).kind)
                return false;
        }
        return true;
    };
    const bool same = std::all_of(providers().cbegin(), providers().cend(), sameSpecs);
    if (same) {
        for (const UpstreamSource &s : first)
            out.append(QStringLiteral("*=") + s.spec());
        return out;
    }
    for (const QString &provider : providers()) {
        for (const UpstreamSource &s : m_sources.value(provider))
            out.append(provider + QLatin1Char('=') + s.spec());
    }
    return out;
}

QList<UpstreamSource> SourcePlan::allSources() const
{
    QList<UpstreamSource> out;
    for (const QString &provider : providers()) {
        for (const UpstreamSource &s : m_sources.value(provider)) {
            if (!out.contains(s))
                out.append(s);
        }
    }
    return out;
}

void SourcePlan::setHeaders(const QUrl &url, const QList<QPair<QByteArray, QByteArray>> &headers)
{
    for (auto it = m_sources.begin(); it != m_sources.end(); ++it) {
        for (UpstreamSource &s : *it) {
            if (s.url == url)
                s.headers = headers;
        }
    }
}
