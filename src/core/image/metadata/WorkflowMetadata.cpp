#include "image/metadata/WorkflowMetadata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
QJsonObject objectOf(const QString &json)
{
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

// The text of a CLIPTextEncode-like node, following a link ([node id, output]) if the
// text comes from another node.
QString textOf(const QJsonObject &graph, const QJsonValue &link, int depth = 0)
{
    if (depth > 8 || !link.isArray())
        return {};
    const QJsonObject node = graph.value(link.toArray().at(0).toVariant().toString()).toObject();
    const QJsonObject inputs = node.value(QLatin1String("inputs")).toObject();
    for (const char *key : {"text", "text_g", "prompt", "string"}) {
        const QJsonValue v = inputs.value(QLatin1String(key));
        if (v.isString())
            return v.toString();
        if (v.isArray())
            return textOf(graph, v, depth + 1);
    }
    return {};
}
} // namespace

std::optional<ImageMetadata> WorkflowMetadata::fromComfyUi(const QString &promptGraph)
{
    const QJsonObject graph = objectOf(promptGraph);
    if (graph.isEmpty())
        return std::nullopt;
    ImageMetadata m;
    m.generator = QStringLiteral("ComfyUI");
    QString firstText;
    for (auto it = graph.constBegin(); it != graph.constEnd(); ++it) {
        const QJsonObject node = it.value().toObject();
        const QString type = node.value(QLatin1String("class_type")).toString();
        const QJsonObject inputs = node.value(QLatin1String("inputs")).toObject();
        if (m.prompt.isEmpty() && inputs.contains(QLatin1String("positive")))
            m.prompt = textOf(graph, inputs.value(QLatin1String("positive")));
        if (m.modelId.isEmpty() && inputs.value(QLatin1String("ckpt_name")).isString())
            m.modelId = inputs.value(QLatin1String("ckpt_name")).toString();
        if (firstText.isEmpty() && type.startsWith(QLatin1String("CLIPTextEncode")))
            firstText = inputs.value(QLatin1String("text")).toString();
    }
    if (m.prompt.isEmpty())
        m.prompt = firstText;
    if (m.prompt.isEmpty() && m.modelId.isEmpty())
        return std::nullopt;
    return m;
}

std::optional<ImageMetadata> WorkflowMetadata::fromInvokeAi(const QString &json)
{
    const QJsonObject o = objectOf(json);
    const QString prompt = o.value(QLatin1String("positive_prompt")).toString();
    if (prompt.isEmpty())
        return std::nullopt;
    ImageMetadata m;
    m.prompt = prompt;
    m.generator = QStringLiteral("InvokeAI");
    const QJsonValue model = o.value(QLatin1String("model"));
    m.modelId = model.isObject() ? model.toObject().value(QLatin1String("name")).toString()
                                 : model.toString();
    if (m.modelId.isEmpty() && model.isObject())
        m.modelId = model.toObject().value(QLatin1String("model_name")).toString();
    const int width = o.value(QLatin1String("width")).toInt();
    const int height = o.value(QLatin1String("height")).toInt();
    if (width > 0 && height > 0)
        m.pixelSize = QSize(width, height);
    return m;
}
