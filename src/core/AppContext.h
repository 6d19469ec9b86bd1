#pragma once

#include "AppSettings.h"
#include "generation/ModelCatalog.h"
#include "generation/ModelStats.h"
#include "generation/RequestLog.h"
#include "keys/ProviderKeyring.h"
#include "keys/SourceHeaders.h"
#include "store/ImageStore.h"
#include "upstream/QuotaWindows.h"
#include "upstream/RetryPolicy.h"
#include "upstream/SourceHealth.h"
#include "upstream/UpstreamClient.h"

#include <QCoreApplication>
#include <QUrl>

#include <memory>
#include <optional>

// What a run is started with. Every value that is set wins over the saved setting for the
// whole run, also after the person applies other settings; none of them is saved.
struct AppOptions
{
    QString settingsFile; // an INI file instead of the platform's store; empty: the native one
    std::optional<QString> catalogFile;
    std::optional<QString> dataFolder;
    std::optional<QUrl> upstream;
    // "PROVIDER=KIND[:URL]" entries in failover order (--source, IMAGEBRIDGE_SOURCES);
    // they win over --upstream and the settings.
    std::optional<QStringList> sources;
    std::optional<QString> host;
    std::optional<quint16> port;
    std::optional<QString> apiKey;
    // Tests and benchmarks only: timings the settings cannot express (milliseconds).
    std::optional<RetryPolicy> retryPolicy;
    // Tests only: the clock of retries, deadlines and cool-downs (the system's if null).
    Clock *clock = nullptr;
    // Tests only: the source of retry jitter (QRandomGenerator::global() if null).
    QRandomGenerator *random = nullptr;
    // Provider keys read from --env-file; the environment's own win over them.
    ProviderKeys envFileKeys;
    // Tests only: a keychain in place of the OS one (shared with the test, which looks in).
    std::shared_ptr<Keychain> keychain;
};

// The composition root: the one place that builds and owns the core objects of a run
// (settings, catalog, upstream client, image store, model statistics, request log) and
// decides what each setting is once the options are applied. The studio, `--serve`,
// `generate`, `grid` and the test fixtures all start from one.
class AppContext
{
    Q_DECLARE_TR_FUNCTIONS(AppContext)

public:
    // On failure returns nullptr and *error holds one line for the user.
    static std::unique_ptr<AppContext> create(const AppOptions &options, QString *error);
    ~AppContext();

    AppContext(const AppContext &) = delete;
    AppContext &operator=(const AppContext &) = delete;

    const AppOptions &options() const { return m_options; }
    AppSettings &settings() { return m_settings; }
    const AppSettings &settings() const { return m_settings; }
    const ModelCatalog &catalog() const { return m_catalog; }
    UpstreamClient &upstream() { return m_upstream; }
    ImageStore &store() { return *m_store; }
    RequestLog &log() { return m_log; }
    ModelStats &stats() { return *m_stats; }

    QUrl upstreamUrl() const;
    RetryPolicy retryPolicy() const;
    // What every upstream client of the run is made with (UpstreamClient::create).
    UpstreamSetup upstreamSetup() const;
    // Which sources serve each provider: --source entries, else --upstream for all, else
    // the saved sources, else the saved URL for all.
    SourcePlan sourcePlan() const;
    const SourceHealth &sourceHealth() const { return m_health; }
    const QuotaWindows &quotaWindows() const { return *m_quotas; }
    // The deployments' secret headers (the OS keychain).
    SourceHeaders &sourceHeaders() { return m_sourceHeaders; }
    // The provider keys of direct sources (environment first, then the OS keychain).
    ProviderKeyring &keyring() { return m_keyring; }
    // Saves `provider`'s keys in the keychain and puts them to use at once (a source that
    // was skipped for a wrong key is tried again).
    bool saveProviderKeys(const QString &provider, const ProviderKeys &keys, QString *error);
    // The model used when a request names none: the saved choice while the catalog knows
    // it, otherwise empty (the catalog's own default).
    QString defaultModel() const;
    // The catalog id to show as the default (picker, --list-models): never empty.
    QString defaultModelId() const;

    // The API server's address and key, the options winning.
    QString host() const;
    quint16 port() const;
    QString apiKey(); // creates and saves one the first time
    // The person chose a new address (or key) in the studio: saved, and from now on it
    // wins over the option it replaces.
    void setEndpoint(const QString &host, quint16 port);
    QString regenerateApiKey();

    // The studio's start: the trash empties itself of what waited there longer than the
    // settings allow, and files deleted by hand since the last start are marked (off the
    // calling thread; ImageStore::imagesChanged reports them).
    void tidyGallery();

    // Brings the running objects in line with the saved settings after they were edited
    // (the upstream URL and retry timings; the options still win).
    void applySettings();

private:
    explicit AppContext(const AppOptions &options);
    bool open(QString *error);

    AppOptions m_options;
    AppSettings m_settings;
    std::shared_ptr<Keychain> m_keychain; // the OS one, or the test's
    mutable SourceHeaders m_sourceHeaders;
    ModelCatalog m_catalog;
    UpstreamClient m_upstream;
    RequestLog m_log;
    std::unique_ptr<QuotaWindows> m_quotas;
    mutable SourceHealth m_health; // shared with the clients, which record into it
    mutable ProviderKeyring m_keyring;
    mutable GoogleTokens m_googleTokens; // shared with the clients
    std::unique_ptr<ImageStore> m_store;
    std::unique_ptr<ModelStats> m_stats;
};
