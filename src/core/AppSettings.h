#pragma once

#include "upstream/RetryPolicy.h"

#include <QSettings>
#include <QStringList>
#include <QUrl>

#include <memory>

// Typed access to the persisted settings (QSettings, the platform's native store).
// Command-line options and environment variables override these at start-up; they are
// applied by the caller, not written back.
class AppSettings
{
public:
    static constexpr quint16 defaultPort = 8787; // the API server's
    enum class ChatImageMode { Inline, LinkOnly };

    AppSettings(); // the platform's native store (the registry on Windows)
    // An INI file instead (--settings, tests, portable use); empty: the native store.
    explicit AppSettings(const QString &iniFile);
    ~AppSettings();

    QUrl upstreamUrl() const;
    // The saved sources, "PROVIDER=KIND[:URL]" in failover order (empty: the URL above
    // serves every provider).
    QStringList sourceSpecs() const;
    void setSourceSpecs(const QStringList &specs);
    void setUpstreamUrl(const QUrl &url);
    RetryPolicy retryPolicy() const;
    void setRetryPolicy(const RetryPolicy &policy);

    QString defaultModel() const; // empty: the catalog's default
    void setDefaultModel(const QString &id);
    QString catalogFile() const; // empty: the built-in catalog
    void setCatalogFile(const QString &path);

    QString host() const;
    void setHost(const QString &host);
    quint16 port() const;
    void setPort(quint16 port);
    // The key clients must send. Generated (random, 192 bits) and saved on first use.
    QString apiKey();
    QString regenerateApiKey();
    void setApiKey(const QString &key);
    QStringList allowedOrigins() const; // empty: any origin
    void setAllowedOrigins(const QStringList &origins);
    QStringList allowedHosts() const; // Host names accepted besides loopback
    void setAllowedHosts(const QStringList &hosts);
    ChatImageMode chatImageMode() const;
    void setChatImageMode(ChatImageMode mode);

    QString imageFolder() const; // the ImageStore folder
    void setImageFolder(const QString &folder);
    int trashDays() const; // images in the trash longer than this are deleted for good
    void setTrashDays(int days);
    int gridConcurrency() const; // images a grid run generates at once
    void setGridConcurrency(int concurrency);
    int galleryTileSide() const; // the gallery's thumbnail size slider, in pixels; 0: unset
    void setGalleryTileSide(int side);

    // Desktop studio
    enum class Theme { System, Light, Dark };
    Theme theme() const;
    void setTheme(Theme theme);
    QString language() const; // empty: follow the system; else "en", "zh_CN"
    void setLanguage(const QString &language);
    bool startServerWithApp() const;
    void setStartServerWithApp(bool on);
    bool keepRunningInTray() const;
    void setKeepRunningInTray(bool on);
    QStringList promptHistory() const; // newest first
    void setPromptHistory(const QStringList &prompts);
    QStringList selectedModels() const;
    void setSelectedModels(const QStringList &ids);
    // The studio's image shape, a ratio such as "16:9"; only direct sources honour it.
    QString imageShape() const;
    void setImageShape(const QString &shape);

    // The studio window's geometry and dock layout, opaque to everyone but the window.
    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    bool requestLogVisible() const; // collapsed until the person opens it
    void setRequestLogVisible(bool visible);

    void sync() { m_settings->sync(); }
    // Where an earlier version kept the deployment headers (beside this file, owner-only);
    // SourceHeaders moves them into the keychain.
    QString legacySecretsFile() const;
    // The deployment URLs whose headers the keychain keeps: names only, so that a run whose
    // deployments have none never asks the keychain.
    QStringList headerSources() const;
    void setHeaderSources(const QStringList &urls);
    QString fileName() const { return m_settings->fileName(); }

private:
    std::unique_ptr<QSettings> m_settings;
};
