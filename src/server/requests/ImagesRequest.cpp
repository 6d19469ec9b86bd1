#include "requests/ImagesRequest.h"

#include "generation/GenerationJob.h"
#include "requests/RequestFields.h"

#include <QCoreApplication>

namespace {
// The pixel bounds of "WxH", which a pattern cannot say.
bool isWithinBounds(const QString &size)
{
    if (size == QLatin1String("auto") || size.isEmpty())
        return true;
    const int x = size.indexOf(QLatin1Char('x'));
    const int w = size.left(x).toInt();
    const int h = size.mid(x + 1).toInt();
    return w >= 64 && h >= 64 && w <= 8192 && h <= 8192;
}
} // namespace

const QList<FieldRule> &ImagesRequest::rules()
{
    using Type = FieldRule::Type;
    static const QList<FieldRule> rules{
        {QStringLiteral("prompt"),
         Type::String,
         QStringLiteral("What to draw."),
         true,
         0,
         GenerationRequest::maxPromptLength,
         {},
         {},
         {}},
        {QStringLiteral("model"),
         Type::NonEmptyString,
         QStringLiteral("A catalog id (GET /v1/models), an alias such as dall-e-3 or "
                        "gpt-image-1, or provider/model; the default model when left out."),
         false,
         0,
         0,
         {},
         {},
         {}},
        {QStringLiteral("n"),
         Type::Integer,
         QStringLiteral("How many images, 1 by default."),
         false,
         1,
         GenerationRequest::maxImages,
         {},
         {},
         {}},
        {QStringLiteral("size"),
         Type::String,
         QStringLiteral("auto or WIDTHxHEIGHT, each side 64 to 8192. Made through your own keys "
                        "(the nearest size or aspect ratio the provider has); the public site "
                        "and deployments always make 1024x1024."),
         false,
         0,
         0,
         {},
         QStringLiteral("(auto|\\d{2,4}x\\d{2,4})?"),
         QStringLiteral("Use 'auto' or WIDTHxHEIGHT such as 1024x1024.")},
        {QStringLiteral("response_format"),
         Type::OneOf,
         QStringLiteral("b64_json (the default) or url, an address on this server."),
         false,
         0,
         0,
         {QStringLiteral("b64_json"), QStringLiteral("url")},
         {},
         {}},
        {QStringLiteral("output_format"),
         Type::OneOf,
         QStringLiteral("The image's format; as the provider made it when left out."),
         false,
         0,
         0,
         {QStringLiteral("png"), QStringLiteral("jpeg"), QStringLiteral("webp")},
         {},
         {}},
        {QStringLiteral("output_compression"),
         Type::Integer,
         QStringLiteral("Quality of a jpeg or webp output_format, 100 by default."),
         false,
         0,
         100,
         {},
         {},
         {}},
        {QStringLiteral("stream"),
         Type::Boolean,
         QStringLiteral("Server-sent events: one image_generation.completed per image."),
         false,
         0,
         0,
         {},
         {},
         {}},
        {QStringLiteral("partial_images"),
         Type::Integer,
         QStringLiteral("Only 0: the providers send finished images only."),
         false,
         0,
         3,
         {},
         {},
         {}},
        {QStringLiteral("quality"),
         Type::String,
         QStringLiteral("Accepted and not honoured: the providers' calls take none."),
         false,
         0,
         0,
         {},
         {},
         {}},
        {QStringLiteral("background"),
         Type::String,
         QStringLiteral("Accepted and not honoured: the providers' calls take none."),
         false,
         0,
         0,
         {},
         {},
         {}},
    };
    return rules;
}

std::variant<ImagesRequest, ApiError> ImagesRequest::parse(const QJsonObject &body,
                                                           const ModelCatalog &catalog,
                                                           const QString &defaultModel)
{
    const RequestFields fields(body, rules());
    if (!fields.ok())
        return fields.error();
    ImagesRequest r;
    const auto prompt = fields.text(QStringLiteral("prompt"));
    const auto model = fields.text(QStringLiteral("model"));
    const auto size = fields.text(QStringLiteral("size"));
    const auto outputFormat = fields.text(QStringLiteral("output_format"));
    const auto stream = fields.boolean(QStringLiteral("stream"));
    // No client in use sends it by default; a stream of partial images cannot be made from
    // an upstream that answers with the finished image only.
    if (fields.integer(QStringLiteral("partial_images")).value_or(0) > 0 && stream.value_or(false))
        return ApiError::badRequest(tr("'partial_images' is not supported: the upstream sends the "
                                       "finished image only. Leave it out or set it to 0."),
                                    QStringLiteral("partial_images"),
                                    QStringLiteral("unsupported_parameter"));
    if (prompt->trimmed().isEmpty())
        return ApiError::badRequest(tr("Missing required parameter: 'prompt'."),
                                    QStringLiteral("prompt"),
                                    QStringLiteral("missing_required_parameter"));
    if (size && !isWithinBounds(*size))
        return ApiError::badRequest(tr("Invalid value for 'size': '%1'. Use 'auto' or WIDTHxHEIGHT "
                                       "such as 1024x1024.")
                                        .arg(size->left(50)),
                                    QStringLiteral("size"), QStringLiteral("invalid_value"));

    QString resolveError;
    const auto resolved = catalog.resolve(model.value_or(defaultModel), &resolveError);
    if (!resolved)
        return ApiError::modelNotFound(resolveError);

    r.prompt = *prompt;
    r.model = *resolved;
    r.n = int(fields.integer(QStringLiteral("n")).value_or(1));
    r.size = size.value_or(QString());
    r.wantsUrl = fields.text(QStringLiteral("response_format")) == QLatin1String("url");
    r.outputFormatGiven = outputFormat.has_value();
    // Without output_format the image goes out as the upstream made it (PNG, JPEG or
    // WebP); output_format in the answer says which.
    r.outputType = outputFormat ? ImageFormat::fromName(*outputFormat) : ImageType::Unknown;
    r.outputCompression = int(fields.integer(QStringLiteral("output_compression")).value_or(100));
    r.stream = stream.value_or(false);
    return r;
}
