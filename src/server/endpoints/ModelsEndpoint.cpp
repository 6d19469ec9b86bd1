#include "endpoints/ModelsEndpoint.h"

#include "ApiExchange.h"
#include "generation/ModelCatalog.h"
#include "upstream/UpstreamClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
// A fixed date (the catalog's), so the list does not change between calls.
constexpr qint64 catalogCreated = 1730419200;

QJsonObject modelObject(const ModelInfo &m)
{
    return QJsonObject{
        {QLatin1String("id"), m.id},
        {QLatin1String("object"), QLatin1String("model")},
        {QLatin1String("created"), catalogCreated},
        {QLatin1String("owned_by"), m.provider},
        {QLatin1String("name"), m.name},
        // Cherry Studio reads this to offer the model on its painting page.
        {QLatin1String("supported_endpoint_types"), QJsonArray{QLatin1String("image-generation")}},
    };
}
} // namespace

void ModelsEndpoint::list(const std::shared_ptr<ApiExchange> &exchange) const
{
    // The models whose provider has a source that may be called now: not one that refused
    // lately or waits for its quota to reset; for a direct-only model, a direct one.
    QStringList usable;
    for (const QString &provider : SourcePlan::providers()) {
        if (!m_services.upstream || m_services.upstream->hasUsableSource(provider))
            usable.append(provider);
        if (!m_services.upstream || m_services.upstream->hasUsableSource(provider, true))
            usable.append(provider + QLatin1String("+direct"));
    }
    if (m_listJson.isEmpty() || usable != m_listProviders) {
        QJsonArray data;
        for (const ModelInfo &m : m_services.catalog->models()) {
            const QString way = m.directOnly ? m.provider + QLatin1String("+direct") : m.provider;
            if (usable.contains(way) || !SourcePlan::providers().contains(m.provider))
                data.append(modelObject(m));
        }
        m_listProviders = usable;
        const QJsonObject body{{QLatin1String("object"), QLatin1String("list")},
                               {QLatin1String("data"), data}};
        m_listJson = QJsonDocument(body).toJson(QJsonDocument::Compact);
    }
    exchange->replyJson(200, m_listJson);
}

void ModelsEndpoint::get(const std::shared_ptr<ApiExchange> &exchange, const QString &id) const
{
    QString error;
    const auto model = m_services.catalog->resolve(id, &error);
    if (!model || id.trimmed().isEmpty()) {
        exchange->replyError(ApiError::modelNotFound(
            error.isEmpty() ? QStringLiteral("The model '' does not exist.") : error));
        return;
    }
    QJsonObject object = modelObject(*model);
    object.insert(QLatin1String("id"), id); // as asked, so aliases answer under their own name
    exchange->replyJson(200, QJsonDocument(object).toJson(QJsonDocument::Compact));
}
