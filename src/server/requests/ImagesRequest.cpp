#include "requests/ImagesRequest.h"

#include "generation/GenerationJob.h"
#include "requests/RequestFields.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {
bool isValidSize(const QString &size)
{
    if (size == QLatin1String("auto"))
        return true;
    static const QRegularExpression pattern(QStringLiteral("^(\\d{2,5})x(\\d{2,5})$"));
    const auto match = pattern.match(size);
    if (!match.hasMatch())
        return false;
    const int w = match.captured(1).toInt();
    const int h = match.captured(2).toInt();
    return w >= 64 && h >= 64 && w <= 8192 && h <= 8192;
}
} // namespace

std::variant<ImagesRequest, ApiError> ImagesRequest::parse(const QJsonObject &body,
                                                           const ModelCatalog &catalog,
                                                           const QString &defaultModel)
{
    RequestFields fields(body);
    ImagesRequest r;

    const auto prompt = fields.string(QStringLiteral("prompt"));
    const auto model = fields.nonEmptyString(QStringLiteral("model"));
    const auto n = fields.integer(QStringLiteral("n"), 1, GenerationRequest::maxImages);
    const auto size = fields.string(QStringLiteral("size"));
    const auto responseFormat = fields.oneOf(QStringLiteral("response_format"),
                                             {QStringLiteral("b64_json"), QStringLiteral("url")});
    const auto outputFormat =
        fields.oneOf(QStringLiteral("output_format"),
                     {QStringLiteral("png"), QStringLiteral("jpeg"), QStringLiteral("webp")});
    const auto compression = fields.integer(QStringLiteral("output_compression"), 0, 100);
    const auto stream = fields.boolean(QStringLiteral("stream"));
    const auto quality = fields.string(QStringLiteral("quality"));
    const auto background = fields.string(QStringLiteral("background"));
    const auto partialImages = fields.integer(QStringLiteral("partial_images"), 0, 3);
    if (!fields.ok())
        return fields.error();
    // No client in use sends it by default; a stream of partial images cannot be made from
    // an upstream that answers with the finished image only.
    if (partialImages.value_or(0) > 0 && stream.value_or(false))
        return ApiError::badRequest(tr("'partial_images' is not supported: the upstream sends the "
                                       "finished image only. Leave it out or set it to 0."),
                                    QStringLiteral("partial_images"),
                                    QStringLiteral("unsupported_parameter"));

    if (!prompt || prompt->trimmed().isEmpty())
        return ApiError::badRequest(tr("Missing required parameter: 'prompt'."),
                                    QStringLiteral("prompt"),
                                    QStringLiteral("missing_required_parameter"));
    if (prompt->size() > GenerationRequest::maxPromptLength)
        return ApiError::badRequest(tr("'prompt' is too long: %1 characters, at most %2.")
                                        .arg(prompt->size())
                                        .arg(GenerationRequest::maxPromptLength),
                                    QStringLiteral("prompt"),
                                    QStringLiteral("string_above_max_length"));
    if (size && !size->isEmpty() && !isValidSize(*size))
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
    r.n = int(n.value_or(1));
    r.size = size.value_or(QString());
    r.wantsUrl = responseFormat.value_or(QString()) == QLatin1String("url");
    r.outputFormatGiven = outputFormat.has_value();
    // Without output_format the image goes out as the upstream made it (PNG, JPEG or
    // WebP); output_format in the answer says which.
    r.outputType = outputFormat ? ImageFormat::fromName(*outputFormat) : ImageType::Unknown;
    r.outputCompression = int(compression.value_or(100));
    r.stream = stream.value_or(false);
    r.quality = quality.value_or(QString());
    r.background = background.value_or(QString());
    return r;
}
