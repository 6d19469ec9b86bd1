#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

struct ProviderInfo
{
    QString id;
    QString name;
    bool usesAspectRatio = true; // false: the provider takes pixel sizes (1024x1024)
};

struct ModelInfo
{
    QString id;              // OpenAI-facing id, "provider/short-name"
    QString provider;        // upstream "provider" field
    QString upstreamModelId; // upstream "modelId" field
    QString name;            // human-readable name
    bool listed = true;      // false for pass-through ids resolved on the fly
    // Made only through a direct source (the provider's own API with the user's key): the
    // template has no such model ("directOnly" in the catalog file).
    bool directOnly = false;
};

struct ModelPreset
{
    QString id;
    QString name;
    QStringList modelIds;
};

// The upstream's models: a JSON resource, optionally replaced by a user file. Resolves the
// ids clients send (catalog ids, aliases, "provider/<upstream id>" pass-through).
class ModelCatalog
{
    Q_DECLARE_TR_FUNCTIONS(ModelCatalog)
public:
    static constexpr const char *builtinPath = ":/catalog/models.json";

    // Loads the built-in catalog; never fails for the shipped resource.
    ModelCatalog();

    // Replaces the catalog by a user file. On failure the current catalog stays and
    // *error says why.
    bool loadFile(const QString &path, QString *error);
    bool loadJson(const QByteArray &json, QString *error);

    const QList<ModelInfo> &models() const { return m_models; }
    const QList<ProviderInfo> &providers() const { return m_providers; }
    const QList<ModelPreset> &presets() const { return m_presets; }
    // Names clients hard-code (dall-e-3, gpt-image-1, ...) and the catalog id each stands
    // for; set in the catalog file, so a person can point each at the model they prefer.
    const QHash<QString, QString> &aliases() const { return m_aliases; }
    QString defaultModelId() const { return m_defaultModelId; }
    // The catalog id that `saved` (a user's choice: an id, an alias or "provider/x")
    // stands for, or the catalog's default when it names nothing known.
    QString effectiveDefaultId(const QString &saved) const;
    std::optional<ProviderInfo> provider(const QString &providerId) const;

    // Resolves a client-sent id; an empty id means the default model. On failure returns
    // nullopt and *error names the id.
    std::optional<ModelInfo> resolve(const QString &requestedId, QString *error = nullptr) const;

private:
    QList<ModelInfo> m_models;
    QList<ProviderInfo> m_providers;
    QList<ModelPreset> m_presets;
    QHash<QString, int> m_indexById;
    QHash<QString, QString> m_aliases;
    QString m_defaultModelId;
};
