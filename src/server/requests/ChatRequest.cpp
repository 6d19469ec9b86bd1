#include "requests/ChatRequest.h"

#include "generation/GenerationJob.h"
#include "requests/RequestFields.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

namespace {
// Markers of NextChat's built-in prompts (app/locales: en and zh_CN), matched loosely so
// small wording changes still hit.
bool isTitleRequest(const QString &text)
{
    return text.contains(QLatin1String("four to five word title"), Qt::CaseInsensitive) ||
           text.contains(QStringLiteral("四到五个字"));
}

bool isSummaryRequest(const QString &text)
{
    return text.contains(QLatin1String("Summarize the discussion briefly"), Qt::CaseInsensitive) ||
           text.contains(QStringLiteral("简要总结一下对话内容"));
}

// Removes inline data: images a user may paste; the upstream takes text only.
QString withoutDataImages(const QString &text)
{
    static const QRegularExpression dataImage(QStringLiteral("!\\[[^\\]]*\\]\\(data:[^)]*\\)"));
    QString cleaned = text;
    cleaned.remove(dataImage);
    return cleaned.trimmed();
}
} // namespace

QString ChatRequest::contentText(const QJsonValue &content)
{
    if (content.isString())
        return content.toString();
    QStringList parts;
    for (const QJsonValue &part : content.toArray()) {
        const QJsonObject o = part.toObject();
        const QString type = o.value(QLatin1String("type")).toString();
        if (type == QLatin1String("text") || type == QLatin1String("input_text"))
            parts.append(o.value(QLatin1String("text")).toString());
    }
    return parts.join(QLatin1Char('\n'));
}

const QList<FieldRule> &ChatRequest::rules()
{
    using Type = FieldRule::Type;
    static const QList<FieldRule> rules{
        {QStringLiteral("model"),
         Type::NonEmptyString,
         QStringLiteral("The image model to draw with, as for /v1/images/generations."),
         false,
         0,
         0,
         {},
         {},
         {}},
        {QStringLiteral("messages"),
         Type::Array,
         QStringLiteral("The conversation; the last user message is the prompt. A chat app's "
                        "request for a title or a summary gets a short text answer."),
         true,
         1,
         0,
         {},
         {},
         {}},
        {QStringLiteral("stream"),
         Type::Boolean,
         QStringLiteral("Server-sent chat.completion.chunk events."),
         false,
         0,
         0,
         {},
         {},
         {}},
        {QStringLiteral("stream_options"),
         Type::Object,
         QStringLiteral("include_usage: a last chunk with usage."),
         false,
         0,
         0,
         {},
         {},
         {}},
    };
    return rules;
}

std::variant<ChatRequest, ApiError> ChatRequest::parse(const QJsonObject &body,
                                                       const ModelCatalog &catalog,
                                                       const QString &defaultModel)
{
    const RequestFields fields(body, rules());
    if (!fields.ok())
        return fields.error();
    const auto model = fields.text(QStringLiteral("model"));
    const auto stream = fields.boolean(QStringLiteral("stream"));
    const QJsonArray messages = body.value(QLatin1String("messages")).toArray();

    ChatRequest r;
    r.stream = stream.value_or(false);
    r.includeUsage = body.value(QLatin1String("stream_options"))
                         .toObject()
                         .value(QLatin1String("include_usage"))
                         .toBool();
    r.requestedModel = model.value_or(QString());

    int lastUser = -1;
    for (int i = 0; i < messages.size(); ++i) {
        const QJsonObject message = messages.at(i).toObject();
        if (!messages.at(i).isObject() || !message.value(QLatin1String("role")).isString())
            return ApiError::badRequest(tr("Each message must be an object with a 'role'."),
                                        QStringLiteral("messages[%1]").arg(i),
                                        QStringLiteral("invalid_value"));
        if (message.value(QLatin1String("role")).toString() == QLatin1String("user"))
            lastUser = i;
    }

    const QJsonObject last = messages.last().toObject();
    const QString lastText = contentText(last.value(QLatin1String("content")));
    if (last.value(QLatin1String("role")).toString() == QLatin1String("system") &&
        isSummaryRequest(lastText))
        r.purpose = Purpose::Summary;
    else if (isTitleRequest(lastText))
        r.purpose = Purpose::Title;

    const int promptEnd = r.purpose == Purpose::Image ? lastUser : messages.size();
    for (int i = 0; i < promptEnd && i < messages.size(); ++i) {
        const QJsonObject message = messages.at(i).toObject();
        if (message.value(QLatin1String("role")).toString() != QLatin1String("user"))
            continue;
        const QString text =
            withoutDataImages(contentText(message.value(QLatin1String("content"))));
        if (!text.isEmpty() && !isTitleRequest(text))
            r.earlierPrompts.append(text.left(500));
    }

    if (r.purpose == Purpose::Image) {
        if (lastUser < 0)
            return ApiError::badRequest(tr("There is no user message to take the prompt from."),
                                        QStringLiteral("messages"),
                                        QStringLiteral("invalid_value"));
        r.prompt = withoutDataImages(
            contentText(messages.at(lastUser).toObject().value(QLatin1String("content"))));
        if (r.prompt.isEmpty())
            return ApiError::badRequest(
                tr("The last user message has no text to use as the prompt."),
                QStringLiteral("messages"), QStringLiteral("invalid_value"));
        if (r.prompt.size() > GenerationRequest::maxPromptLength)
            return ApiError::badRequest(tr("The prompt is too long: %1 characters, at most %2.")
                                            .arg(r.prompt.size())
                                            .arg(GenerationRequest::maxPromptLength),
                                        QStringLiteral("messages"),
                                        QStringLiteral("string_above_max_length"));
    }

    QString resolveError;
    const auto resolved = catalog.resolve(model.value_or(defaultModel), &resolveError);
    if (!resolved) {
        // Housekeeping may name a model we do not have (NextChat's gpt-4o-mini): answer anyway.
        if (r.purpose == Purpose::Image)
            return ApiError::modelNotFound(resolveError);
        r.model = *catalog.resolve(defaultModel);
    } else {
        r.model = *resolved;
    }
    if (r.requestedModel.isEmpty())
        r.requestedModel = r.model.id;
    return r;
}

QString ChatRequest::housekeepingAnswer() const
{
    if (purpose == Purpose::Title) {
        const QString source =
            earlierPrompts.isEmpty() ? tr("Image generation") : earlierPrompts.first();
        QStringList words = source.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (words.size() > 5)
            words = words.mid(0, 5);
        return words.join(QLatin1Char(' ')).left(60);
    }
    if (earlierPrompts.isEmpty())
        return tr("No images were generated yet.");
    QString summary = tr("Images were generated for these prompts: ");
    summary += earlierPrompts.mid(std::max<qsizetype>(0, earlierPrompts.size() - 10))
                   .join(QLatin1String("; "));
    return summary.left(1200);
}
