#include "generation/ModelCatalog.h"

#include "common/Logging.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

ModelCatalog::ModelCatalog()
{
    QString error;
    if (!loadFile(QString::fromLatin1(builtinPath), &error))
        qCCritical(lcCatalog) << "built-in catalog is invalid:" << error;
}

bool ModelCatalog::loadFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read the model catalog %1: %2").arg(path, file.errorString());
        return false;
    }
    constexpr qint64 maxCatalogBytes = 4 * 1024 * 1024;
    if (file.size() > maxCatalogBytes) {
        if (error)
            *error = tr("The model catalog %1 is larger than 4 MiB.").arg(path);
        return false;
    }
    if (!loadJson(file.readAll(), error)) {
        if (error)
            *error = path + QLatin1String(": ") + *error;
        return false;
    }
    return true;
}

bool ModelCatalog::loadJson(const QByteArray &json, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject())
        return fail(tr("not a JSON object (%1)").arg(parseError.errorString()));
    const QJsonObject root = doc.object();

    QList<ProviderInfo> providers;
    for (const QJsonValue &value : root.value(QLatin1String("providers")).toArray()) {
        const QJsonObject o = value.toObject();
        ProviderInfo p{o.value(QLatin1String("id")).toString(),
                       o.value(QLatin1String("name")).toString(),
                       o.value(QLatin1String("sizing")).toString() != QLatin1String("size")};
        if (p.id.isEmpty() || p.id.contains(QLatin1Char('/')))
            return fail(tr("a provider has no valid \"id\""));
        if (p.name.isEmpty())
            p.name = p.id;
        providers.append(p);
    }
    if (providers.isEmpty())
        return fail(tr("no providers"));
    auto knownProvider = [&providers](const QString &id) {
        return std::any_of(providers.cbegin(), providers.cend(),
                           [&id](const ProviderInfo &p) { return p.id == id; });
    };

    QList<ModelInfo> models;
    QHash<QString, int> indexById;
    for (const QJsonValue &value : root.value(QLatin1String("models")).toArray()) {
        const QJsonObject o = value.toObject();
        ModelInfo m;
        m.id = o.value(QLatin1String("id")).toString();
        m.provider = o.value(QLatin1String("provider")).toString();
        m.upstreamModelId = o.value(QLatin1String("upstreamModelId")).toString();
        m.name = o.value(QLatin1String("name")).toString(m.id);
        m.directOnly = o.value(QLatin1String("directOnly")).toBool();
        if (m.id.isEmpty() || m.upstreamModelId.isEmpty())
            return fail(tr("a model has no \"id\" or \"upstreamModelId\""));
        if (!knownProvider(m.provider))
            return fail(tr("model %1 names an unknown provider \"%2\"").arg(m.id, m.provider));
        if (indexById.contains(m.id))
            return fail(tr("model %1 is listed twice").arg(m.id));
        indexById.insert(m.id, int(models.size()));
        models.append(m);
    }
    if (models.isEmpty())
        return fail(tr("no models"));

    QHash<QString, QString> aliases;
    const QJsonObject aliasObject = root.value(QLatin1String("aliases")).toObject();
    for (auto it = aliasObject.begin(); it != aliasObject.end(); ++it) {
        const QString target = it.value().toString();
        if (!indexById.contains(target))
            return fail(tr("alias %1 points to unknown model %2").arg(it.key(), target));
        aliases.insert(it.key(), target);
    }

    QList<ModelPreset> presets;
    for (const QJsonValue &value : root.value(QLatin1String("presets")).toArray()) {
        const QJsonObject o = value.toObject();
        ModelPreset preset{
            o.value(QLatin1String("id")).toString(), o.value(QLatin1String("name")).toString(), {}};
        for (const QJsonValue &id : o.value(QLatin1String("models")).toArray()) {
            if (!indexById.contains(id.toString()))
                return fail(tr("preset %1 names unknown model %2").arg(preset.id, id.toString()));
            preset.modelIds.append(id.toString());
        }
        presets.append(preset);
    }

    QString defaultModel = root.value(QLatin1String("defaultModel")).toString();
    if (defaultModel.isEmpty())
        defaultModel = models.first().id;
    if (!indexById.contains(defaultModel))
        return fail(tr("the default model %1 is not in the catalog").arg(defaultModel));

    m_providers = providers;
    m_models = models;
    m_indexById = indexById;
    m_aliases = aliases;
    m_presets = presets;
    m_defaultModelId = defaultModel;
    return true;
}

std::optional<ProviderInfo> ModelCatalog::provider(const QString &providerId) const
{
    for (const ProviderInfo &p : m_providers) {
        if (p.id == providerId)
            return p;
    }
    return std::nullopt;
}

QString ModelCatalog::effectiveDefaultId(const QString &saved) const
{
    const auto model = resolve(saved);
    return model ? model->id : m_defaultModelId;
}

std::optional<ModelInfo> ModelCatalog::resolve(const QString &requestedId, QString *error) const
{
    const QString id = requestedId.trimmed();
    if (id.isEmpty())
        return m_models.at(m_indexById.value(m_defaultModelId));
    if (const auto it = m_indexById.constFind(id); it != m_indexById.cend())
        return m_models.at(*it);
    if (const auto alias = m_aliases.constFind(id); alias != m_aliases.cend())
        return m_models.at(m_indexById.value(*alias));

    // "provider/<upstream model id>": lets a model the upstream adds later work at once.
    const int slash = id.indexOf(QLatin1Char('/'));
    if (slash > 0 && slash < id.size() - 1) {
        const QString providerId = id.left(slash);
        const QString upstreamId = id.mid(slash + 1);
        if (provider(providerId)) {
            for (const ModelInfo &m : m_models) {
                if (m.provider == providerId && m.upstreamModelId == upstreamId)
                    return m;
            }
            constexpr int maxUpstreamIdLength = 200;
            const bool plausible =
                upstreamId.size() <= maxUpstreamIdLength &&
                std::all_of(upstreamId.cbegin(), upstreamId.cend(), [](QChar c) {
                    return c.isLetterOrNumber() || QStringLiteral("-_./:").contains(c);
                });
            if (plausible)
                return ModelInfo{id, providerId, upstreamId, upstreamId, false, false};
        }
    }
    if (error)
        *error = tr("The model '%1' does not exist.").arg(id);
    return std::nullopt;
}
