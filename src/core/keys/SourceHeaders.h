#pragma once

#include "keys/Keychain.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

#include <memory>

class AppSettings;
#include <optional>

// The headers a deployment source carries (Vercel's protection bypass): secrets, kept in the
// OS keychain as one entry, read once when a deployment first needs them, never logged.
// VERCEL_AUTOMATION_BYPASS_SECRET in the environment gives every deployment without headers
// of its own the bypass header, for runs with no keychain service. A secrets file an earlier
// version kept beside the settings moves into the keychain, and is removed, at first use.
class SourceHeaders
{
    Q_DECLARE_TR_FUNCTIONS(SourceHeaders)

public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;
    // The environment variable Vercel names for automation bypass secrets.
    static constexpr const char *bypassVariable = "VERCEL_AUTOMATION_BYPASS_SECRET";
    static constexpr const char *bypassHeader = "x-vercel-protection-bypass";
    // Windows Credential Manager keeps at most 2,560 bytes per entry.
    static constexpr int maxStoredBytes = 2048;

    // `settings` lists which sources have headers; `settings.legacySecretsFile()` is where
    // an earlier version kept them.
    SourceHeaders(std::shared_ptr<Keychain> keychain, AppSettings &settings);

    // What a request to `source` carries: its stored headers, else the environment's bypass.
    Headers headers(const QUrl &source);
    // Its stored headers alone (what Settings shows and edits).
    Headers stored(const QUrl &source);
    // Empty headers remove the entry. False and *error when the keychain cannot keep them.
    bool setHeaders(const QUrl &source, const Headers &headers, QString *error);
    // Forgets the entries of every source not in `sources` (removed or renamed ones).
    bool keepOnly(const QList<QUrl> &sources, QString *error);
    // Why the keychain could not be read, when it could not.
    QString problem() const { return m_problem; }

private:
    const QJsonObject &all();
    // Nothing kept anywhere, so nothing to read (the keychain is not asked).
    bool keepsNone() const;
    bool store(const QJsonObject &all, QString *error);
    void moveLegacyFile();

    std::shared_ptr<Keychain> m_keychain;
    AppSettings &m_settings;
    QString m_legacyFile;
    std::optional<QJsonObject> m_all; // read on first use
    QString m_problem;
};
