#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

// Where images come from: an endpoint that speaks the template's contract (POST {prompt,
// provider, modelId}, answer {provider, image}), that is the public site or the person's own
// deployment of the template (on Vercel, `npx next dev` on their machine, a team server);
// or one provider's own API called directly with the person's own key.
struct UpstreamSource
{
    Q_DECLARE_TR_FUNCTIONS(UpstreamSource)

public:
    enum class Kind { Public, Deployment, Direct };

    Kind kind = Kind::Deployment;
    // The route itself (https://host/api/generate-images), or a direct provider's API root.
    QUrl url;
    // Extra request headers, e.g. Vercel's x-vercel-protection-bypass for a deployment
    // behind Vercel Authentication. Their values are secrets: never logged or shown.
    QList<QPair<QByteArray, QByteArray>> headers;
    QString provider; // Direct: whose API it is

    static QUrl publicUrl(); // the public site's route
    static UpstreamSource publicSite();
    static UpstreamSource deployment(const QUrl &url);
    // The source a URL stands for: the public site's own route is the public site.
    static UpstreamSource forUrl(const QUrl &url);
    // `provider`'s own API at `baseUrl` (empty: its root, or the environment's replacement).
    static UpstreamSource direct(const QString &provider, const QUrl &baseUrl = {});

    // "public", "deployment:URL" (without headers), "direct" or "direct:URL" for `provider`;
    // nullopt and *error otherwise.
    static std::optional<UpstreamSource> parse(const QString &spec, const QString &provider,
                                               QString *error);
    QString spec() const;
    // The same without a user name, password or query in the URL: what the gallery, the
    // image's metadata and the request log record of the source.
    QString recordName() const;
    // For people: "public site", the deployment's host and port, or "OpenAI API (own key)".
    QString displayName() const;
    // What the run's health and quota records know the source by (a direct source's root
    // may serve several providers in tests; its provider tells them apart).
    QUrl identity() const;
    bool isDirect() const { return kind == Kind::Direct; }
    bool operator==(const UpstreamSource &other) const
    {
        return kind == other.kind && url == other.url && provider == other.provider;
    }
};

// Which sources serve each of the template's providers, in failover order.
class SourcePlan
{
    Q_DECLARE_TR_FUNCTIONS(SourcePlan)

public:
    static const QStringList &providers();                // replicate, vertex, openai, fireworks
    static QString providerName(const QString &provider); // "OpenAI"

    // Every provider served by `source` alone (--upstream URL, the settings' URL).
    static SourcePlan everyProvider(const UpstreamSource &source);
    // "PROVIDER=KIND[:URL]" entries in failover order (--source, IMAGEBRIDGE_SOURCES,
    // the settings); "*" as the provider means every provider. A provider named by no
    // entry is served by `fallback`. nullopt and *error for a malformed entry.
    static std::optional<SourcePlan> parse(const QStringList &specs, const UpstreamSource &fallback,
                                           QString *error);

    QList<UpstreamSource> sources(const QString &provider) const;
    void setSources(const QString &provider, const QList<UpstreamSource> &sources);
    // The entries that parse() reads back, "*=" folded where every provider is the same.
    QStringList specs() const;
    // Each distinct source once, in the order first met.
    QList<UpstreamSource> allSources() const;
    // Header values for every source with this URL (they stay out of specs()).
    void setHeaders(const QUrl &url, const QList<QPair<QByteArray, QByteArray>> &headers);

private:
    QHash<QString, QList<UpstreamSource>> m_sources;
};
