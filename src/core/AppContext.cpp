#include "AppContext.h"

#include "store/StoreRecovery.h"

#include <QProcessEnvironment>

namespace {
ProviderKeys givenKeys(const AppOptions &options)
{
    ProviderKeys keys = ProviderKeys::fromEnvironment(QProcessEnvironment::systemEnvironment());
    keys.fillFrom(options.envFileKeys);
    return keys;
}
} // namespace

AppContext::AppContext(const AppOptions &options)
    : m_options(options)
    , m_settings(options.settingsFile)
    , m_keychain(options.keychain ? options.keychain : Keychain::system())
    , m_sourceHeaders(m_keychain, m_settings)
    , m_keyring(m_keychain, givenKeys(options))
{}

AppContext::~AppContext() = default;

std::unique_ptr<AppContext> AppContext::create(const AppOptions &options, QString *error)
{
    std::unique_ptr<AppContext> context(new AppContext(options));
    if (!context->open(error))
        return nullptr;
    return context;
}

bool AppContext::open(QString *error)
{
    const QString catalogFile = m_options.catalogFile.value_or(m_settings.catalogFile());
    if (!catalogFile.isEmpty() && !m_catalog.loadFile(catalogFile, error))
        return false;
    const QString dataFolder = m_options.dataFolder.value_or(m_settings.imageFolder());
    m_quotas = std::make_unique<QuotaWindows>(dataFolder + QLatin1String("/upstream-quotas.json"));
    applySettings();
    m_store = std::make_unique<ImageStore>(dataFolder);
    if (!m_store->open(error))
        return false;
    // Once per run, before anything reads the gallery: what a crash left half done.
    StoreRecovery::run(*m_store);
    m_stats = std::make_unique<ModelStats>(m_store->folder(), m_options.clock);
    return m_stats->open(error);
}

QUrl AppContext::upstreamUrl() const
{
    return m_options.upstream.value_or(m_settings.upstreamUrl());
}

RetryPolicy AppContext::retryPolicy() const
{
    return m_options.retryPolicy.value_or(m_settings.retryPolicy());
}

UpstreamSetup AppContext::upstreamSetup() const
{
    UpstreamSetup setup;
    setup.sources = sourcePlan();
    setup.retry = retryPolicy();
    setup.clock = m_options.clock;
    setup.random = m_options.random;
    setup.quotas = m_quotas.get();
    setup.health = &m_health;
    QStringList direct;
    for (const UpstreamSource &source : setup.sources.allSources()) {
        if (source.isDirect())
            direct.append(source.provider);
    }
    setup.keys = m_keyring.keys(direct);
    setup.tokens = &m_googleTokens;
    return setup;
}

bool AppContext::saveProviderKeys(const QString &provider, const ProviderKeys &keys, QString *error)
{
    if (!m_keyring.save(provider, keys, error))
        return false;
    for (const UpstreamSource &source : sourcePlan().allSources()) {
        if (source.isDirect() && source.provider == provider)
            m_health.forget(source.identity());
    }
    applySettings();
    return true;
}

SourcePlan AppContext::sourcePlan() const
{
    const UpstreamSource fallback = UpstreamSource::forUrl(upstreamUrl());
    QString error;
    std::optional<SourcePlan> plan;
    if (m_options.sources)
        plan = SourcePlan::parse(*m_options.sources, fallback, &error);
    if (!plan && !m_options.upstream && !m_settings.sourceSpecs().isEmpty())
        plan = SourcePlan::parse(m_settings.sourceSpecs(), fallback, &error);
    if (!plan)
        plan = SourcePlan::everyProvider(fallback);
    for (const UpstreamSource &source : plan->allSources()) {
        if (source.kind == UpstreamSource::Kind::Deployment) // only they read the keychain
            plan->setHeaders(source.url, m_sourceHeaders.headers(source.url));
    }
    return *plan;
}

QString AppContext::defaultModel() const
{
    const QString saved = m_settings.defaultModel();
    return !saved.isEmpty() && m_catalog.resolve(saved) ? saved : QString();
}

QString AppContext::defaultModelId() const
{
    return m_catalog.effectiveDefaultId(m_settings.defaultModel());
}

QString AppContext::host() const
{
    return m_options.host.value_or(m_settings.host());
}

quint16 AppContext::port() const
{
    return m_options.port.value_or(m_settings.port());
}

QString AppContext::apiKey()
{
    return m_options.apiKey ? m_options.apiKey->trimmed() : m_settings.apiKey();
}

void AppContext::setEndpoint(const QString &host, quint16 port)
{
    m_options.host.reset();
    m_options.port.reset();
    m_settings.setHost(host);
    m_settings.setPort(port);
}

QString AppContext::regenerateApiKey()
{
    m_options.apiKey.reset();
    return m_settings.regenerateApiKey();
}

void AppContext::tidyGallery()
{
    m_store->purgeTrashedBefore(QDateTime::currentDateTimeUtc().addDays(-m_settings.trashDays()));
    m_store->checkFiles();
}

void AppContext::applySettings()
{
    m_upstream.configure(upstreamSetup());
}
