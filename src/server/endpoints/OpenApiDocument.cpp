#include "endpoints/OpenApiDocument.h"

#include <QJsonArray>

namespace {
QJsonObject ref(const char *component)
{
    return {{QLatin1String("$ref"),
             QString(QStringLiteral("#/components/schemas/") + QLatin1String(component))}};
}

QJsonObject jsonContent(const QJsonObject &schema)
{
    return {{QLatin1String("application/json"), QJsonObject{{QLatin1String("schema"), schema}}}};
}

QJsonObject answer(const QString &description, const QJsonObject &content = {})
{
    QJsonObject out{{QLatin1String("description"), description}};
    if (!content.isEmpty())
        out.insert(QLatin1String("content"), content);
    return out;
}

QJsonObject error(const QString &description)
{
    return answer(description, jsonContent(ref("Error")));
}

QJsonObject type(const char *name, const QString &description = {})
{
    QJsonObject out{{QLatin1String("type"), QLatin1String(name)}};
    if (!description.isEmpty())
        out.insert(QLatin1String("description"), description);
    return out;
}

QJsonObject object(const QJsonObject &properties, const QStringList &required)
{
    return {{QLatin1String("type"), QLatin1String("object")},
            {QLatin1String("properties"), properties},
            {QLatin1String("required"), QJsonArray::fromStringList(required)}};
}

QJsonObject arrayOf(const QJsonObject &items)
{
    return {{QLatin1String("type"), QLatin1String("array")}, {QLatin1String("items"), items}};
}

QJsonObject nullable(const char *name)
{
    return {{QLatin1String("type"), QJsonArray{QLatin1String(name), QLatin1String("null")}}};
}

// The answers' shapes, as the endpoints build them.
QJsonObject schemas()
{
    const QJsonObject error = object(
        {{QLatin1String("error"), object({{QLatin1String("message"), type("string")},
                                          {QLatin1String("type"), type("string")},
                                          {QLatin1String("param"), nullable("string")},
                                          {QLatin1String("code"), nullable("string")}},
                                         {QStringLiteral("message"), QStringLiteral("type")})}},
        {QStringLiteral("error")});
    const QJsonObject image =
        object({{QLatin1String("b64_json"),
                 type("string", QStringLiteral("With response_format b64_json."))},
                {QLatin1String("url"), type("string", QStringLiteral("With response_format url."))},
                {QLatin1String("revised_prompt"), type("string")}},
               {QStringLiteral("revised_prompt")});
    const QJsonObject images = object(
        {{QLatin1String("created"), type("integer")},
         {QLatin1String("data"), arrayOf(image)},
         {QLatin1String("size"), type("string", QStringLiteral("The size made, WIDTHxHEIGHT."))},
         {QLatin1String("output_format"), type("string")},
         {QLatin1String("model"), type("string")}},
        {QStringLiteral("created"), QStringLiteral("data")});
    const QJsonObject model =
        object({{QLatin1String("id"), type("string")},
                {QLatin1String("object"), type("string")},
                {QLatin1String("created"), type("integer")},
                {QLatin1String("owned_by"), type("string")},
                {QLatin1String("name"), type("string")},
                {QLatin1String("supported_endpoint_types"), arrayOf(type("string"))}},
               {QStringLiteral("id"), QStringLiteral("object"), QStringLiteral("owned_by")});
    const QJsonObject models = object(
        {{QLatin1String("object"), type("string")}, {QLatin1String("data"), arrayOf(ref("Model"))}},
        {QStringLiteral("object"), QStringLiteral("data")});
    const QJsonObject message = object(
        {{QLatin1String("role"), type("string")},
         {QLatin1String("content"), type("string", QStringLiteral("Markdown with the image."))},
         {QLatin1String("refusal"), nullable("string")}},
        {QStringLiteral("role"), QStringLiteral("content")});
    const QJsonObject choice = object({{QLatin1String("index"), type("integer")},
                                       {QLatin1String("message"), message},
                                       {QLatin1String("finish_reason"), type("string")},
                                       {QLatin1String("logprobs"), nullable("object")}},
                                      {QStringLiteral("index"), QStringLiteral("message")});
    const QJsonObject chat =
        object({{QLatin1String("id"), type("string")},
                {QLatin1String("object"), type("string")},
                {QLatin1String("created"), type("integer")},
                {QLatin1String("model"), type("string")},
                {QLatin1String("system_fingerprint"), nullable("string")},
                {QLatin1String("choices"), arrayOf(choice)},
                {QLatin1String("usage"), type("object")}},
               {QStringLiteral("id"), QStringLiteral("object"), QStringLiteral("choices")});
    const QJsonObject health = object({{QLatin1String("status"), type("string")},
                                       {QLatin1String("name"), type("string")},
                                       {QLatin1String("version"), type("string")},
                                       {QLatin1String("models"), type("integer")},
                                       {QLatin1String("activeImages"), type("integer")}},
                                      {QStringLiteral("status")});
    return {{QLatin1String("Error"), error},         {QLatin1String("ImagesResponse"), images},
            {QLatin1String("Model"), model},         {QLatin1String("ModelList"), models},
            {QLatin1String("ChatCompletion"), chat}, {QLatin1String("Health"), health}};
}

QJsonObject success(ApiOperation::Answer kind)
{
    using Answer = ApiOperation::Answer;
    const QJsonObject events{{QLatin1String("text/event-stream"),
                              QJsonObject{{QLatin1String("schema"), type("string")}}}};
    switch (kind) {
    case Answer::Health:
        return answer(QStringLiteral("The server runs."), jsonContent(ref("Health")));
    case Answer::ImageFile: {
        QJsonObject files;
        for (const char *format : {"image/png", "image/jpeg", "image/webp"})
            files.insert(QLatin1String(format),
                         QJsonObject{{QLatin1String("schema"),
                                      QJsonObject{{QLatin1String("type"), QLatin1String("string")},
                                                  {QLatin1String("contentMediaType"),
                                                   QLatin1String(format)}}}});
        return answer(QStringLiteral("The image."), files);
    }
    case Answer::ModelList:
        return answer(QStringLiteral("The catalog's models."), jsonContent(ref("ModelList")));
    case Answer::Model:
        return answer(QStringLiteral("The model, under the id asked for."),
                      jsonContent(ref("Model")));
    case Answer::Images: {
        QJsonObject content = jsonContent(ref("ImagesResponse"));
        content.insert(QLatin1String("text/event-stream"),
                       events.value(QLatin1String("text/event-stream")));
        return answer(QStringLiteral("The images (server-sent events with stream)."), content);
    }
    case Answer::Chat: {
        QJsonObject content = jsonContent(ref("ChatCompletion"));
        content.insert(QLatin1String("text/event-stream"),
                       events.value(QLatin1String("text/event-stream")));
        return answer(QStringLiteral("The image as a chat answer (chunks with stream)."), content);
    }
    case Answer::Document:
        return answer(QStringLiteral("This document."),
                      jsonContent(QJsonObject{{QLatin1String("type"), QLatin1String("object")}}));
    case Answer::Refusal:
        break;
    }
    return {};
}

QJsonObject responses(const ApiOperation &op)
{
    using Answer = ApiOperation::Answer;
    QJsonObject out;
    if (op.answer == Answer::Refusal) {
        out.insert(QLatin1String("400"),
                   error(QStringLiteral("unsupported_operation: only generations are made; "
                                        "decided from the request's head, whatever its body.")));
    } else {
        out.insert(QLatin1String("200"), success(op.answer));
    }
    if (op.body)
        out.insert(QLatin1String("400"), error(QStringLiteral("A field is missing or invalid: "
                                                              "error.param names it.")));
    if (op.needsKey)
        out.insert(QLatin1String("401"), error(QStringLiteral("No API key, or a wrong one.")));
    if (op.answer == Answer::Model || op.answer == Answer::Images || op.answer == Answer::Chat ||
        op.answer == Answer::ImageFile)
        out.insert(QLatin1String("404"),
                   error(op.answer == Answer::ImageFile ? QStringLiteral("No such image.")
                                                        : QStringLiteral("model_not_found.")));
    if (op.body)
        out.insert(QLatin1String("413"),
                   error(QStringLiteral("The body is over %1 bytes.").arg(op.maxBodyBytes)));
    if (op.answer == Answer::Images || op.answer == Answer::Chat) {
        out.insert(QLatin1String("403"), error(QStringLiteral("The upstream refused the call.")));
        out.insert(QLatin1String("429"),
                   error(QStringLiteral("Too many images at once, or the upstream's limit; "
                                        "Retry-After says when.")));
        out.insert(QLatin1String("500"), error(QStringLiteral("The upstream failed.")));
        out.insert(QLatin1String("502"), error(QStringLiteral("The upstream's answer was unusable, "
                                                              "or a provider key was refused.")));
        out.insert(QLatin1String("503"), error(QStringLiteral("The upstream is unavailable.")));
        out.insert(QLatin1String("504"), error(QStringLiteral("The upstream took too long.")));
    }
    return out;
}
} // namespace

QJsonObject OpenApiDocument::build(const QList<ApiOperation> &operations, const QUrl &serverUrl,
                                   const QString &version)
{
    QJsonObject paths;
    for (const ApiOperation &op : operations) {
        QString path = op.path;
        QJsonObject operation{{QLatin1String("summary"), op.summary},
                              {QLatin1String("responses"), responses(op)}};
        if (!op.parameter.isEmpty()) {
            path += QLatin1Char('{') + op.parameter + QLatin1Char('}');
            operation.insert(QLatin1String("parameters"),
                             QJsonArray{QJsonObject{{QLatin1String("name"), op.parameter},
                                                    {QLatin1String("in"), QLatin1String("path")},
                                                    {QLatin1String("required"), true},
                                                    {QLatin1String("schema"), type("string")}}});
        }
        if (op.body)
            operation.insert(QLatin1String("requestBody"),
                             QJsonObject{{QLatin1String("required"), true},
                                         {QLatin1String("content"),
                                          jsonContent(RequestFields::schema(*op.body))}});
        else if (op.answer == ApiOperation::Answer::Refusal)
            operation.insert(
                QLatin1String("requestBody"),
                QJsonObject{
                    {QLatin1String("required"), false},
                    {QLatin1String("content"),
                     QJsonObject{{QLatin1String("multipart/form-data"),
                                  QJsonObject{{QLatin1String("schema"), type("object")}}}}}});
        operation.insert(QLatin1String("security"),
                         op.needsKey
                             ? QJsonArray{QJsonObject{{QLatin1String("apiKey"), QJsonArray()}}}
                             : QJsonArray());
        QJsonObject item = paths.value(path).toObject();
        item.insert(QString::fromLatin1(op.method).toLower(), operation);
        paths.insert(path, item);
    }
    const QJsonObject security{
        {QLatin1String("apiKey"), QJsonObject{{QLatin1String("type"), QLatin1String("http")},
                                              {QLatin1String("scheme"), QLatin1String("bearer")}}}};
    return {
        {QLatin1String("openapi"), QLatin1String("3.1.0")},
        {QLatin1String("info"),
         QJsonObject{{QLatin1String("title"), QLatin1String("ImageBridge")},
                     {QLatin1String("version"), version},
                     {QLatin1String("description"),
                      QLatin1String("OpenAI-compatible image generation, served locally.")}}},
        {QLatin1String("servers"),
         QJsonArray{QJsonObject{{QLatin1String("url"), serverUrl.toString()}}}},
        {QLatin1String("paths"), paths},
        {QLatin1String("components"), QJsonObject{{QLatin1String("schemas"), schemas()},
                                                  {QLatin1String("securitySchemes"), security}}}};
}
