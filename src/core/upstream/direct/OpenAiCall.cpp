#include "upstream/direct/OpenAiCall.h"

#include "upstream/direct/ImageShape.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

OpenAiCall::OpenAiCall(const Setup &setup, const Job &job, QObject *parent)
    : ProviderCall(setup, job, parent)
{}

QStringList OpenAiCall::sizesOf(const QString &model)
{
    if (model == QLatin1String("dall-e-2"))
        return {QStringLiteral("256x256"), QStringLiteral("512x512"), QStringLiteral("1024x1024")};
    if (model == QLatin1String("dall-e-3"))
        return {QStringLiteral("1024x1024"), QStringLiteral("1792x1024"),
                QStringLiteral("1024x1792")};
    return {QStringLiteral("1024x1024"), QStringLiteral("1536x1024"), QStringLiteral("1024x1536")};
}

void OpenAiCall::begin()
{
    const QString size =
        ImageShape::nearest(m_job.shape, sizesOf(m_job.modelId), QStringLiteral("1024x1024"));
    QJsonObject body{{QLatin1String("model"), m_job.modelId},
                     {QLatin1String("prompt"), m_job.prompt},
                     {QLatin1String("n"), 1},
                     {QLatin1String("size"), size}};
    if (m_job.modelId.startsWith(QLatin1String("dall-e")))
        body.insert(QLatin1String("response_format"), QStringLiteral("b64_json"));
    send(
        "POST", endpoint(QStringLiteral("/images/generations")),
        bearerHeaders(m_setup.keys->bearer(QStringLiteral("openai"))),
        QJsonDocument(body).toJson(QJsonDocument::Compact),
        [this](int status, const QByteArray &answer, QNetworkReply *) { onAnswer(status, answer); },
        true);
}

void OpenAiCall::onAnswer(int status, const QByteArray &body)
{
    if (status == 200) {
        const QJsonArray data =
            QJsonDocument::fromJson(body).object().value(QLatin1String("data")).toArray();
        const QString image = data.at(0).toObject().value(QLatin1String("b64_json")).toString();
        if (image.isEmpty()) {
            fail({UpstreamError::Kind::InvalidResponse, status,
                  tr("OpenAI answered without an image.")});
            return;
        }
        succeedWithBase64(image.toLatin1());
        return;
    }
    const QJsonObject error =
        QJsonDocument::fromJson(body).object().value(QLatin1String("error")).toObject();
    if (error.value(QLatin1String("code")).toString() ==
            QLatin1String("content_policy_violation") ||
        error.value(QLatin1String("message")).toString().contains(QLatin1String("safety system"))) {
        fail({UpstreamError::Kind::ContentPolicy, status,
              tr("OpenAI's safety system refused the prompt. Change the prompt.")});
        return;
    }
    fail(classify(status, body, QStringLiteral("OPENAI_API_KEY")));
}
