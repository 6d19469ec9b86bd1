#include "upstream/direct/ReplicateCall.h"

#include "image/ImageFormat.h"
#include "upstream/direct/ImageShape.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {
bool isSafetyRefusal(const QString &text)
{
    for (const char *word : {"nsfw", "safety", "sensitive", "flagged", "content policy"}) {
        if (text.contains(QLatin1String(word), Qt::CaseInsensitive))
            return true;
    }
    return false;
}
} // namespace

ReplicateCall::ReplicateCall(const Setup &setup, const Job &job, QObject *parent)
    : ProviderCall(setup, job, parent)
{}

const QStringList &ReplicateCall::aspectRatios()
{
    static const QStringList ratios{
        QStringLiteral("1:1"),  QStringLiteral("16:9"), QStringLiteral("21:9"),
        QStringLiteral("3:2"),  QStringLiteral("2:3"),  QStringLiteral("4:5"),
        QStringLiteral("5:4"),  QStringLiteral("3:4"),  QStringLiteral("4:3"),
        QStringLiteral("9:16"), QStringLiteral("9:21")};
    return ratios;
}

void ReplicateCall::begin()
{
    QJsonObject input{{QLatin1String("prompt"), m_job.prompt},
                      {QLatin1String("seed"), qint64(randomSeed())},
                      {QLatin1String("num_outputs"), 1}};
    // The template asks for size 1024x1024; a chosen shape goes as the aspect ratio that
    // Replicate's image models take.
    if (ImageShape::parse(m_job.shape))
        input.insert(QLatin1String("aspect_ratio"),
                     ImageShape::nearest(m_job.shape, aspectRatios(), QStringLiteral("1:1")));
    else
        input.insert(QLatin1String("size"), QStringLiteral("1024x1024"));
    const qsizetype colon = m_job.modelId.indexOf(QLatin1Char(':'));
    QJsonObject body{{QLatin1String("input"), input}};
    QString path = QStringLiteral("/models/%1/predictions").arg(m_job.modelId);
    if (colon > 0) {
        body.insert(QLatin1String("version"), m_job.modelId.mid(colon + 1));
        path = QStringLiteral("/predictions");
    }
    Headers headers = bearerHeaders(m_setup.keys->bearer(QStringLiteral("replicate")));
    headers.append({QByteArrayLiteral("Prefer"), QByteArrayLiteral("wait")});
    send(
        "POST", endpoint(path), headers, QJsonDocument(body).toJson(QJsonDocument::Compact),
        [this](int status, const QByteArray &answer, QNetworkReply *) {
            onPrediction(status, answer);
        },
        true);
}

void ReplicateCall::onPrediction(int status, const QByteArray &body)
{
    using Kind = UpstreamError::Kind;
    if (status != 200 && status != 201) {
        const QString message = messageOf(body);
        if (status == 422 && isSafetyRefusal(message))
            fail({Kind::ContentPolicy, 400,
                  tr("Replicate's safety checker refused the prompt. Change the prompt.")});
        else
            fail(classify(status, body, QStringLiteral("REPLICATE_API_TOKEN")));
        return;
    }
    const QJsonObject prediction = QJsonDocument::fromJson(body).object();
    const QJsonObject urls = prediction.value(QLatin1String("urls")).toObject();
    // The key goes with a poll or a cancel only to the API's own origin.
    const QUrl get(urls.value(QLatin1String("get")).toString());
    const QUrl cancel(urls.value(QLatin1String("cancel")).toString());
    if (isApiOrigin(get))
        m_getUrl = get;
    if (isApiOrigin(cancel))
        m_cancelUrl = cancel;
    const QString state = prediction.value(QLatin1String("status")).toString();
    if (state == QLatin1String("starting") || state == QLatin1String("processing")) {
        if (!m_getUrl.isValid()) {
            fail({Kind::InvalidResponse, status, tr("Replicate's prediction has no urls.get.")});
            return;
        }
        m_pollAlarm = m_setup.clock->schedule(pollIntervalMs, [this] { poll(); });
        return;
    }
    m_settled = true;
    if (state == QLatin1String("failed") || state == QLatin1String("canceled")) {
        const QString error = prediction.value(QLatin1String("error")).toString();
        if (isSafetyRefusal(error))
            fail({Kind::ContentPolicy, 400,
                  tr("Replicate's safety checker refused the prompt. Change the prompt.")});
        else
            fail({Kind::GenerationFailed, status,
                  tr("Replicate's prediction %1: %2").arg(state, error.left(300))});
        return;
    }
    const QJsonValue output = prediction.value(QLatin1String("output"));
    const QString first = output.isArray() ? output.toArray().at(0).toString() : output.toString();
    const QUrl url(first);
    if (state != QLatin1String("succeeded") || !url.isValid() ||
        (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
        fail({Kind::InvalidResponse, status,
              tr("Replicate's prediction ended '%1' without an output URL.").arg(state)});
        return;
    }
    download(url);
}

void ReplicateCall::poll()
{
    send("GET", m_getUrl, bearerHeaders(m_setup.keys->bearer(QStringLiteral("replicate"))), {},
         [this](int status, const QByteArray &answer, QNetworkReply *) {
             onPrediction(status, answer);
         });
}

void ReplicateCall::download(const QUrl &output)
{
    send("GET", output, {}, {}, [this](int status, const QByteArray &body, QNetworkReply *) {
        if (status != 200) {
            fail(classify(status, body, QStringLiteral("REPLICATE_API_TOKEN")));
            return;
        }
        if (ImageFormat::sniff(body.left(16)) == ImageType::Unknown) {
            fail({UpstreamError::Kind::InvalidResponse, status,
                  tr("Replicate's output is not an image.")});
            return;
        }
        succeedWithBytes(body);
    });
}

void ReplicateCall::onAbort()
{
    m_pollAlarm.reset();
    if (!m_settled && m_cancelUrl.isValid())
        sendDetached("POST", m_cancelUrl,
                     bearerHeaders(m_setup.keys->bearer(QStringLiteral("replicate"))));
}
