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

// An endpoint that speaks the template's contract (POST {prompt, provider, modelId}, answer
// {provider, image}): the public site, or the person's own deployment of the template (on
// Vercel, `npx next dev` on their machine, a team server).
struct UpstreamSource
{
    Q_DECLARE_TR_FUNCTIONS(UpstreamSource)

public:
    enum class Kind { Public, Deployment };

    Kind kind = Kind::Deployment;
    QUrl url; // the route itself: https://host/api/generate-images
    // Extra request headers, e.g. Vercel's x-vercel-protection-bypass for a deployment
    // behind Vercel Authentication. Their values are secrets: never logged or shown.
    QList<QPair<QByteArray, QByteArray>> headers;

    static QUrl publicUrl(); // the public site's route
    static UpstreamSource publicSite();
    static UpstreamSource deployment(const QUrl &url);
    // The source a URL stands for: the public site's own route is the public site.
    static UpstreamSource forUrl(const QUrl &url);

    // "public" or "deployment:URL" (without headers); nullopt and *error otherwise.
    static std::optional<UpstreamSource> parse(const QString &spec, QString *error);
    QString spec() const;
    // The same without a user name, password or query in the URL: what the gallery, the
    // image's metadata and the request log record of the source.
    QString recordName() const;
    // For people: "public site" or the deployment's host and path.
    QString displayName() const;
    bool operator==(const UpstreamSource &other) const
    {
        return kind == other.kind && url == other.url;
    }
};

// Which sources serve each of the template's providers, in failover order.
class SourcePlan
{
    Q_DECLARE_TR_FUNCTIONS(SourcePlan)

public:
    static const QStringList &providers(); // replicate, vertex, openai, fireworks

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
