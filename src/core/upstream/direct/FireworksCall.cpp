#include "upstream/direct/FireworksCall.h"

#include "image/ImageFormat.h"
#include "upstream/direct/ImageShape.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>

FireworksCall::FireworksCall(const Setup &setup, const Job &job, QObject *parent)
    : ProviderCall(setup, job, parent)
{}

const QStringList &FireworksCall::aspectRatios()
{
    static const QStringList ratios{
        QStringLiteral("1:1"), QStringLiteral("21:9"), QStringLiteral("16:9"),
        QStringLiteral("3:2"), QStringLiteral("5:4"),  QStringLiteral("4:5"),
        QStringLiteral("2:3"), QStringLiteral("9:16"), QStringLiteral("9:21")};
    return ratios;
}

bool FireworksCall::isWorkflowModel(const QString &model)
{
    return model.contains(QLatin1String("flux-1-dev-fp8")) ||
           model.contains(QLatin1String("flux-1-schnell-fp8"));
}

void FireworksCall::begin()
{
    const QString path = isWorkflowModel(m_job.modelId)
                             ? QStringLiteral("/workflows/%1/text_to_image").arg(m_job.modelId)
                             : QStringLiteral("/image_generation/%1").arg(m_job.modelId);
    const QJsonObject body{
        {QLatin1String("prompt"), m_job.prompt},
        {QLatin1String("aspect_ratio"),
         ImageShape::nearest(m_job.shape, aspectRatios(), QStringLiteral("1:1"))},
        {QLatin1String("seed"), qint64(randomSeed())},
        {QLatin1String("samples"), 1}};
    Headers headers = bearerHeaders(m_setup.keys->bearer(QStringLiteral("fireworks")));
    headers.append({QByteArrayLiteral("Accept"), QByteArrayLiteral("image/jpeg")});
    send(
        "POST", endpoint(path), headers, QJsonDocument(body).toJson(QJsonDocument::Compact),
        [this](int status, const QByteArray &answer, QNetworkReply *reply) {
            onAnswer(status, answer, reply);
        },
        true);
}

void FireworksCall::onAnswer(int status, const QByteArray &body, QNetworkReply *reply)
{
    const QByteArray finishReason = reply->rawHeader("Finish-Reason").toUpper();
    const QString message = messageOf(body);
    const bool filtered =
        finishReason.contains("CONTENT_FILTERED") ||
        (status == 400 && (message.contains(QLatin1String("content filter"), Qt::CaseInsensitive) ||
                           message.contains(QLatin1String("NSFW"), Qt::CaseInsensitive)));
    if (filtered) {
        fail({UpstreamError::Kind::ContentPolicy, 400,
              tr("Fireworks' content filter refused the prompt. Change the prompt.")});
        return;
    }
    if (status == 200) {
        if (ImageFormat::sniff(body.left(16)) == ImageType::Unknown) {
            fail({UpstreamError::Kind::InvalidResponse, status,
                  tr("Fireworks answered something that is not an image.")});
            return;
        }
        succeedWithBytes(body);
        return;
    }
    fail(classify(status, body, QStringLiteral("FIREWORKS_API_KEY")));
}
