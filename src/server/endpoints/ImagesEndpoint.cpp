#include "endpoints/ImagesEndpoint.h"

#include "ApiExchange.h"
#include "ApiGeneration.h"
#include "endpoints/FilesEndpoint.h"
#include "image/Base64.h"
#include "requests/ImagesRequest.h"
#include "requests/RequestParsing.h"
#include "wire/JsonText.h"
#include "wire/Sse.h"

#include <QDateTime>
#include <QJsonObject>

namespace {
QString sizeText(const QSize &size)
{
    return size.isValid() ? QStringLiteral("%1x%2").arg(size.width()).arg(size.height())
                          : QStringLiteral("1024x1024");
}

QString deliveredFormat(const ImagesRequest &request, const GeneratedImage &image)
{
    if (request.wantsUrl)
        return ImageFormat::extension(request.outputFormatGiven ? request.outputType
                                                                : image.originalType);
    return ImageFormat::extension(image.type);
}
} // namespace

ImagesEndpoint::ImagesEndpoint(const ApiServices &services, QObject *parent)
    : QObject(parent)
    , m_services(services)
{}

void ImagesEndpoint::unsupported(const std::shared_ptr<ApiExchange> &exchange) const
{
    exchange->replyError(ApiError::badRequest(
        tr("The upstream (AI SDK Image Generator) can only create images from a text prompt; it "
           "cannot edit images or make variations. Use /v1/images/generations."),
        QStringLiteral("image"), QStringLiteral("unsupported_operation")));
}

void ImagesEndpoint::generate(const std::shared_ptr<ApiExchange> &exchange)
{
    const auto parsed = parseRequest<ImagesRequest>(m_services, exchange);
    if (!parsed)
        return;
    const ImagesRequest &request = *parsed;

    GenerationRequest generation;
    generation.prompt = request.prompt;
    generation.model = request.model;
    generation.n = request.n;
    // URL answers serve the stored original; the file route converts on request. Stream
    // events carry base64 only.
    generation.outputType =
        request.wantsUrl && !request.stream ? ImageType::Unknown : request.outputType;
    generation.outputQuality = request.outputCompression;
    if (request.size != QLatin1String("auto"))
        generation.shape = request.size;
    ApiGeneration *apiGeneration = ApiGeneration::create(m_services, exchange, generation, this);
    if (!apiGeneration)
        return;
    GenerationJob *job = apiGeneration->job();

    if (request.stream) {
        exchange->beginEventStream();
        apiGeneration->keepStreamAlive(m_services.config->keepAliveIntervalMs);
        connect(job, &GenerationJob::imageReady, job,
                [this, exchange, request](const GeneratedImage &image) {
                    exchange->sendEvent(Sse::event(
                        streamEvent(image), QByteArrayLiteral("image_generation.completed")));
                });
    }
    connect(job, &GenerationJob::finished, job,
            [this, exchange, request, job] { answer(exchange, request, job); });
    apiGeneration->run();
}

void ImagesEndpoint::answer(const std::shared_ptr<ApiExchange> &exchange,
                            const ImagesRequest &request, const GenerationJob *job) const
{
    if (request.stream) {
        if (!job->succeeded())
            exchange->failEventStream(ApiError::fromUpstream(job->error()));
        else
            exchange->endEventStream();
        return;
    }
    if (!job->succeeded()) {
        exchange->replyError(ApiError::fromUpstream(job->error()));
        return;
    }
    // Built by hand around the base64, which is passed through without re-serialising and
    // sent as parts of its own, not copied into one array.
    const QList<GeneratedImage> &images = job->images();
    QList<QByteArray> parts;
    QByteArray text =
        "{\"created\":" + QByteArray::number(QDateTime::currentSecsSinceEpoch()) + ",\"data\":[";
    for (qsizetype i = 0; i < images.size(); ++i) {
        if (i > 0)
            text += ',';
        appendImageItem(parts, text, exchange, request, images.at(i));
    }
    const GeneratedImage &first = images.first();
    // What was made, nothing echoed: quality and background are left out (optional in the
    // SDKs' types), since the upstream takes neither.
    const QJsonObject tail{{QLatin1String("size"), sizeText(first.pixelSize)},
                           {QLatin1String("output_format"), deliveredFormat(request, first)},
                           {QLatin1String("model"), request.model.id}};
    text += "]," + JsonText::members(tail) + '}';
    parts.append(text);
    exchange->replyJsonParts(200, parts);
}

// Appends one item of "data" to `text`; a base64 image goes into `parts` as it is, after
// the text so far.
void ImagesEndpoint::appendImageItem(QList<QByteArray> &parts, QByteArray &text,
                                     const std::shared_ptr<ApiExchange> &exchange,
                                     const ImagesRequest &request,
                                     const GeneratedImage &image) const
{
    if (request.wantsUrl) {
        const QString url = FilesEndpoint::urlFor(exchange->baseUrl(), image.imageId,
                                                  deliveredFormat(request, image));
        text += "{\"url\":" + JsonText::string(url);
    } else {
        text += "{\"b64_json\":\"";
        parts.append(std::exchange(text, QByteArray()));
        parts.append(image.base64);
        text += '"';
    }
    text += ",\"revised_prompt\":" + JsonText::string(request.prompt) + '}';
}

QByteArray ImagesEndpoint::streamEvent(const GeneratedImage &image) const
{
    const QJsonObject usage{
        {QLatin1String("input_tokens"), 0},
        {QLatin1String("output_tokens"), 0},
        {QLatin1String("total_tokens"), 0},
        {QLatin1String("input_tokens_details"),
         QJsonObject{{QLatin1String("image_tokens"), 0}, {QLatin1String("text_tokens"), 0}}}};
    // The event's fields are all required by the SDKs' types: background as the image is
    // made (opaque without an alpha channel, "auto" when it has one), quality "auto" (the
    // upstream decides), usage in zeros (the upstream reports none).
    const QJsonObject members{{QLatin1String("type"), QLatin1String("image_generation.completed")},
                              {QLatin1String("created_at"), QDateTime::currentSecsSinceEpoch()},
                              {QLatin1String("background"),
                               ImageFormat::mayHaveAlpha(Base64::decodePrefix(image.base64, 64))
                                   ? QStringLiteral("auto")
                                   : QStringLiteral("opaque")},
                              {QLatin1String("output_format"), ImageFormat::extension(image.type)},
                              {QLatin1String("quality"), QStringLiteral("auto")},
                              {QLatin1String("size"), sizeText(image.pixelSize)},
                              {QLatin1String("usage"), usage}};
    return "{\"b64_json\":\"" + image.base64 + "\"," + JsonText::members(members) + '}';
}
