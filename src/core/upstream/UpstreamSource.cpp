#include "upstream/UpstreamSource.h"

#include "upstream/UpstreamClient.h"

QUrl UpstreamSource::publicUrl()
{
    return QUrl(QString::fromLatin1(UpstreamClient::defaultEndpoint));
}

UpstreamSource UpstreamSource::publicSite()
{
    return {Kind::Public, publicUrl(), {}};
}

UpstreamSource UpstreamSource::deployment(const QUrl &url)
{
    return {Kind::Deployment, url, {}};
}

UpstreamSource UpstreamSource::forUrl(const QUrl &url)
{
    return url == publicUrl() ? publicSite() : deployment(url);
}

std::optional<UpstreamSource> UpstreamSource::parse(const QString &spec, QString *error)
{
    const QString text = spec.trimmed();
    if (text == QLatin1String("public"))
        return publicSite();
    const QString prefix = QStringLiteral("deployment:");
    if (text.startsWith(prefix)) {
        if (const auto url = UpstreamClient::parseEndpoint(text.mid(prefix.size())))
            return forUrl(*url);
        *error = tr("'%1' is not an http(s) URL").arg(text.mid(prefix.size()));
        return std::nullopt;
    }
    *error = tr("'%1' is not a source: use public or deployment:URL").arg(text);
    return std::nullopt;
}

QString UpstreamSource::spec() const
{
    return kind == Kind::Public ? QStringLiteral("public")
                                : QStringLiteral("deployment:") + url.toString();
}

QString UpstreamSource::recordName() const
{
    return kind == Kind::Public
               ? spec()
               : QStringLiteral("deployment:") +
                     url.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
}

QString UpstreamSource::displayName() const
{
    if (kind == Kind::Public)
        return tr("public site");
    return url.host() + (url.port() > 0 ? QStringLiteral(":%1").arg(url.port()) : QString());
}

const QStringList &SourcePlan::providers()
{
    static const QStringList all{QStringLiteral("replicate"), QStringLiteral("vertex"),
                                 QStringLiteral("openai"), QStringLiteral("fireworks")};
    return all;
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
        const auto source = UpstreamSource::parse(entry.mid(equals + 1), error);
        if (!source)
            return std::nullopt;
        for (const QString &p :
             provider == QLatin1String("*") ? providers() : QStringList{provider}) {
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
    const bool same = std::all_of(providers().cbegin(), providers().cend(),
                                  [&](const QString &p) { return m_sources.value(p) == first; });
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
