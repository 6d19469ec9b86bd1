#include "AppSettings.h"

#include "common/RandomId.h"
#include "store/ImageStore.h"
#include "upstream/UpstreamClient.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace {}

AppSettings::AppSettings()
    : AppSettings(QString())
{}

AppSettings::AppSettings(const QString &iniFile)
    : m_settings(iniFile.isEmpty() ? std::make_unique<QSettings>()
                                   : std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{}

AppSettings::~AppSettings() = default;

QUrl AppSettings::upstreamUrl() const
{
    return QUrl(m_settings
                    ->value(QStringLiteral("upstream/url"),
                            QString::fromLatin1(UpstreamClient::defaultEndpoint))
                    .toString());
}

void AppSettings::setUpstreamUrl(const QUrl &url)
{
    m_settings->setValue(QStringLiteral("upstream/url"), url.toString());
}

RetryPolicy AppSettings::retryPolicy() const
{
    RetryPolicy p;
    p.transferTimeoutMs =
        m_settings->value(QStringLiteral("upstream/timeoutMs"), p.transferTimeoutMs).toInt();
    p.maxAttempts = m_settings->value(QStringLiteral("upstream/attempts"), p.maxAttempts).toInt();
    p.initialBackoffMs =
        m_settings->value(QStringLiteral("upstream/initialBackoffMs"), p.initialBackoffMs).toInt();
    p.deadlineMs = m_settings->value(QStringLiteral("upstream/deadlineMs"), p.deadlineMs).toInt();
    return p.sanitized();
}

void AppSettings::setRetryPolicy(const RetryPolicy &policy)
{
    const RetryPolicy p = policy.sanitized();
    m_settings->setValue(QStringLiteral("upstream/timeoutMs"), p.transferTimeoutMs);
    m_settings->setValue(QStringLiteral("upstream/attempts"), p.maxAttempts);
    m_settings->setValue(QStringLiteral("upstream/initialBackoffMs"), p.initialBackoffMs);
    m_settings->setValue(QStringLiteral("upstream/deadlineMs"), p.deadlineMs);
}

QString AppSettings::defaultModel() const
{
    return m_settings->value(QStringLiteral("models/default")).toString();
}

void AppSettings::setDefaultModel(const QString &id)
{
    m_settings->setValue(QStringLiteral("models/default"), id);
}

QString AppSettings::catalogFile() const
{
    return m_settings->value(QStringLiteral("models/catalogFile")).toString();
}

void AppSettings::setCatalogFile(const QString &path)
{
    m_settings->setValue(QStringLiteral("models/catalogFile"), path);
}

QString AppSettings::host() const
{
    return m_settings->value(QStringLiteral("server/host"), QStringLiteral("127.0.0.1")).toString();
}

void AppSettings::setHost(const QString &host)
{
    m_settings->setValue(QStringLiteral("server/host"), host);
}

quint16 AppSettings::port() const
{
    const int port = m_settings->value(QStringLiteral("server/port"), defaultPort).toInt();
    return port >= 0 && port <= 65535 ? quint16(port) : defaultPort;
}

void AppSettings::setPort(quint16 port)
{
    m_settings->setValue(QStringLiteral("server/port"), port);
}

QString AppSettings::apiKey()
{
    const QString key = m_settings->value(QStringLiteral("server/apiKey")).toString();
    return key.isEmpty() ? regenerateApiKey() : key;
}

QString AppSettings::regenerateApiKey()
{
    const QString key = QLatin1String("ib-") + QString::fromLatin1(RandomId::base64Url(24));
    setApiKey(key);
    return key;
}

void AppSettings::setApiKey(const QString &key)
{
    m_settings->setValue(QStringLiteral("server/apiKey"), key);
    m_settings->sync();
}

QStringList AppSettings::allowedOrigins() const
{
    return m_settings->value(QStringLiteral("server/allowedOrigins")).toStringList();
}

void AppSettings::setAllowedOrigins(const QStringList &origins)
{
    m_settings->setValue(QStringLiteral("server/allowedOrigins"), origins);
}

QStringList AppSettings::allowedHosts() const
{
    return m_settings->value(QStringLiteral("server/allowedHosts")).toStringList();
}

void AppSettings::setAllowedHosts(const QStringList &hosts)
{
    m_settings->setValue(QStringLiteral("server/allowedHosts"), hosts);
}

AppSettings::ChatImageMode AppSettings::chatImageMode() const
{
    return m_settings->value(QStringLiteral("chat/imageMode")).toString() == QLatin1String("link")
               ? ChatImageMode::LinkOnly
               : ChatImageMode::Inline;
}

void AppSettings::setChatImageMode(ChatImageMode mode)
{
    m_settings->setValue(QStringLiteral("chat/imageMode"), mode == ChatImageMode::LinkOnly
                                                               ? QStringLiteral("link")
                                                               : QStringLiteral("inline"));
}

QString AppSettings::imageFolder() const
{
    const QString folder = m_settings->value(QStringLiteral("storage/imageFolder")).toString();
    return folder.isEmpty() ? ImageStore::defaultFolder() : folder;
}

int AppSettings::trashDays() const
{
    return std::clamp(m_settings->value(QStringLiteral("storage/trashDays"), 30).toInt(), 1, 3650);
}

int AppSettings::gridConcurrency() const
{
    return std::clamp(m_settings->value(QStringLiteral("grid/concurrency"), 4).toInt(), 1, 16);
}

void AppSettings::setGridConcurrency(int concurrency)
{
    m_settings->setValue(QStringLiteral("grid/concurrency"), std::clamp(concurrency, 1, 16));
}

int AppSettings::galleryTileSide() const
{
    return std::clamp(m_settings->value(QStringLiteral("ui/galleryTileSide"), 0).toInt(), 0, 512);
}

void AppSettings::setGalleryTileSide(int side)
{
    m_settings->setValue(QStringLiteral("ui/galleryTileSide"), std::clamp(side, 0, 512));
}

void AppSettings::setTrashDays(int days)
{
    m_settings->setValue(QStringLiteral("storage/trashDays"), std::clamp(days, 1, 3650));
}

void AppSettings::setImageFolder(const QString &folder)
{
    m_settings->setValue(QStringLiteral("storage/imageFolder"), folder);
}

AppSettings::Theme AppSettings::theme() const
{
    const QString name = m_settings->value(QStringLiteral("ui/theme")).toString();
    if (name == QLatin1String("light"))
        return Theme::Light;
    if (name == QLatin1String("dark"))
        return Theme::Dark;
    return Theme::System;
}

void AppSettings::setTheme(Theme theme)
{
    const char *names[] = {"system", "light", "dark"};
    m_settings->setValue(QStringLiteral("ui/theme"), QLatin1String(names[int(theme)]));
}

QString AppSettings::language() const
{
    return m_settings->value(QStringLiteral("ui/language")).toString();
}

void AppSettings::setLanguage(const QString &language)
{
    m_settings->setValue(QStringLiteral("ui/language"), language);
}

bool AppSettings::startServerWithApp() const
{
    return m_settings->value(QStringLiteral("server/startWithApp"), true).toBool();
}

void AppSettings::setStartServerWithApp(bool on)
{
    m_settings->setValue(QStringLiteral("server/startWithApp"), on);
}

bool AppSettings::keepRunningInTray() const
{
    return m_settings->value(QStringLiteral("ui/keepRunningInTray"), false).toBool();
}

void AppSettings::setKeepRunningInTray(bool on)
{
    m_settings->setValue(QStringLiteral("ui/keepRunningInTray"), on);
}

QStringList AppSettings::promptHistory() const
{
    return m_settings->value(QStringLiteral("ui/promptHistory")).toStringList();
}

void AppSettings::setPromptHistory(const QStringList &prompts)
{
    m_settings->setValue(QStringLiteral("ui/promptHistory"), prompts);
}

QString AppSettings::imageShape() const
{
    return m_settings->value(QStringLiteral("ui/imageShape"), QStringLiteral("1:1")).toString();
}

void AppSettings::setImageShape(const QString &shape)
{
    m_settings->setValue(QStringLiteral("ui/imageShape"), shape);
}

QStringList AppSettings::selectedModels() const
{
    return m_settings->value(QStringLiteral("ui/selectedModels")).toStringList();
}

void AppSettings::setSelectedModels(const QStringList &ids)
{
    m_settings->setValue(QStringLiteral("ui/selectedModels"), ids);
}

QByteArray AppSettings::windowGeometry() const
{
    return m_settings->value(QStringLiteral("ui/geometry")).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings->setValue(QStringLiteral("ui/geometry"), geometry);
}

QByteArray AppSettings::windowState() const
{
    return m_settings->value(QStringLiteral("ui/windowState")).toByteArray();
}

void AppSettings::setWindowState(const QByteArray &state)
{
    m_settings->setValue(QStringLiteral("ui/windowState"), state);
}

bool AppSettings::requestLogVisible() const
{
    return m_settings->value(QStringLiteral("ui/requestLogVisible")).toByteArray() == "1";
}

void AppSettings::setRequestLogVisible(bool visible)
{
    // Written as "1"/"0" bytes, as earlier releases did.
    m_settings->setValue(QStringLiteral("ui/requestLogVisible"),
                         visible ? QByteArrayLiteral("1") : QByteArrayLiteral("0"));
}

QStringList AppSettings::sourceSpecs() const
{
    return m_settings->value(QStringLiteral("upstream/sources")).toStringList();
}

void AppSettings::setSourceSpecs(const QStringList &specs)
{
    m_settings->setValue(QStringLiteral("upstream/sources"), specs);
}

QStringList AppSettings::headerSources() const
{
    return m_settings->value(QStringLiteral("upstream/headerSources")).toStringList();
}

void AppSettings::setHeaderSources(const QStringList &urls)
{
    m_settings->setValue(QStringLiteral("upstream/headerSources"), urls);
}

QString AppSettings::legacySecretsFile() const
{
    if (m_settings->format() == QSettings::IniFormat) { // a settings file given by name
        const QFileInfo settings(m_settings->fileName());
        return settings.dir().filePath(settings.completeBaseName() +
                                       QLatin1String("-secrets.json"));
    }
    // The platform's store (the registry on Windows): a file in the app's config folder.
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation))
        .filePath(QStringLiteral("secrets.json"));
}
