#include "endpoints/ChatEndpoint.h"

#include "ApiExchange.h"
#include "ApiGeneration.h"
#include "common/RandomId.h"
#include "endpoints/FilesEndpoint.h"
#include "generation/GenerationJob.h"
#include "requests/ChatRequest.h"
#include "requests/RequestFields.h"
#include "requests/RequestParsing.h"
#include "wire/JsonText.h"
#include "wire/Sse.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

// Builds the chat answer in either shape; the markdown content is spliced in as a JSON
// string so a large inline image is not parsed and re-serialised.
class ChatEndpoint::Reply
{
public:
    Reply(std::shared_ptr<ApiExchange> exchange, const ChatRequest &request)
        : m_exchange(std::move(exchange))
        , m_model(request.requestedModel)
        , m_stream(request.stream)
        , m_includeUsage(request.includeUsage)
        , m_promptTokens(estimateTokens(request.prompt))
    {
        m_id = "chatcmpl-" + RandomId::hex(12);
        m_created = QDateTime::currentSecsSinceEpoch();
    }

    void begin()
    {
        if (!m_stream)
            return;
        m_exchange->beginEventStream();
        sendChunk(R"({"role":"assistant","content":""})", "null");
    }

    void finish(const QString &content)
    {
        const QByteArray text = JsonText::string(content);
        const qint64 completionTokens = estimateTokens(content.left(2000));
        if (!m_stream) {
            QByteArray json =
                head("chat.completion") +
                R"(,"choices":[{"index":0,"message":{"role":"assistant","content":)" + text +
                R"(,"refusal":null},"logprobs":null,"finish_reason":"stop"}],"usage":)" +
                usage(completionTokens) + '}';
            m_exchange->replyJson(200, json);
            return;
        }
        sendChunk(R"({"content":)" + text + '}', "null");
        sendChunk("{}", R"("stop")");
        if (m_includeUsage)
            m_exchange->sendEvent(Sse::event(head("chat.completion.chunk") +
                                             R"(,"choices":[],"usage":)" + usage(completionTokens) +
                                             '}'));
        m_exchange->sendEvent(Sse::done());
        m_exchange->endEventStream();
    }

private:
    static qint64 estimateTokens(const QString &text) { return (text.size() + 3) / 4; }

    QByteArray head(const char *object) const
    {
        return R"({"id":")" + m_id + R"(","object":")" + object + R"(","created":)" +
               QByteArray::number(m_created) + R"(,"model":)" + JsonText::string(m_model) +
               R"(,"system_fingerprint":null)";
    }

    QByteArray usage(qint64 completionTokens) const
    {
        return R"({"prompt_tokens":)" + QByteArray::number(m_promptTokens) +
               R"(,"completion_tokens":)" + QByteArray::number(completionTokens) +
               R"(,"total_tokens":)" + QByteArray::number(m_promptTokens + completionTokens) + '}';
    }

    void sendChunk(const QByteArray &delta, const QByteArray &finishReason)
    {
        m_exchange->sendEvent(
            Sse::event(head("chat.completion.chunk") + R"(,"choices":[{"index":0,"delta":)" +
                       delta + R"(,"logprobs":null,"finish_reason":)" + finishReason + "}]}"));
    }

    std::shared_ptr<ApiExchange> m_exchange;
    QByteArray m_id;
    qint64 m_created = 0;
    QString m_model;
    bool m_stream;
    bool m_includeUsage;
    qint64 m_promptTokens;
};

ChatEndpoint::ChatEndpoint(const ApiServices &services, QObject *parent)
    : QObject(parent)
    , m_services(services)
{}

void ChatEndpoint::complete(const std::shared_ptr<ApiExchange> &exchange)
{
    const auto parsed = parseRequest<ChatRequest>(m_services, exchange);
    if (!parsed)
        return;
    const ChatRequest &request = *parsed;

    auto reply = std::make_shared<Reply>(exchange, request);
    if (request.purpose != ChatRequest::Purpose::Image) {
        reply->begin();
        reply->finish(request.housekeepingAnswer());
        return;
    }

    GenerationRequest generation;
    generation.prompt = request.prompt;
    generation.model = request.model;
    generation.n = 1;
    if (m_services.config->chatInlineImages) {
        // Compact inline images keep chat histories small; the link has the original.
        generation.outputType = ImageType::Jpeg;
        generation.outputQuality = m_services.config->chatInlineQuality;
    }
    ApiGeneration *apiGeneration = ApiGeneration::create(m_services, exchange, generation, this);
    if (!apiGeneration)
        return;
    GenerationJob *job = apiGeneration->job();
    reply->begin();
    if (request.stream)
        apiGeneration->keepStreamAlive(m_services.config->keepAliveIntervalMs);
    connect(job, &GenerationJob::finished, job, [this, exchange, reply, request, job] {
        if (!job->succeeded()) {
            const ApiError failure = ApiError::fromUpstream(job->error());
            if (request.stream)
                exchange->failEventStream(failure);
            else
                exchange->replyError(failure);
            return;
        }
        reply->finish(imageMarkdown(exchange, request, job));
    });
    apiGeneration->run();
}

QString ChatEndpoint::imageMarkdown(const std::shared_ptr<ApiExchange> &exchange,
                                    const ChatRequest &request, const GenerationJob *job) const
{
    const GeneratedImage &image = job->images().first();
    QString alt = request.prompt.simplified();
    alt.remove(QLatin1Char('['))
        .remove(QLatin1Char(']'))
        .remove(QLatin1Char('('))
        .remove(QLatin1Char(')'));
    if (alt.size() > 80)
        alt = alt.left(77) + QLatin1String("...");
    const QString original = FilesEndpoint::urlFor(exchange->baseUrl(), image.imageId,
                                                   ImageFormat::extension(image.originalType));
    if (!m_services.config->chatInlineImages)
        return QStringLiteral("![%1](%2)").arg(alt, original);
    return QStringLiteral("![%1](data:%2;base64,%3)\n\n[%4](%5)")
        .arg(alt, QString::fromLatin1(ImageFormat::mimeType(image.type)),
             QString::fromLatin1(image.base64), tr("Full-size image"), original);
}
