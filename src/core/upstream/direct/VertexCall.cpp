#include "upstream/direct/VertexCall.h"

#include "upstream/direct/DirectEndpoints.h"
#include "upstream/direct/GoogleTokens.h"
#include "upstream/direct/ImageShape.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

VertexCall::VertexCall(const Setup &setup, const Job &job, QObject *parent)
    : ProviderCall(setup, job, parent)
    , m_account(setup.keys->google().value_or(GoogleServiceAccount{}))
{}

const QStringList &VertexCall::aspectRatios()
{
    static const QStringList ratios{QStringLiteral("1:1"), QStringLiteral("3:4"),
                                    QStringLiteral("4:3"), QStringLiteral("9:16"),
                                    QStringLiteral("16:9")};
    return ratios;
}

void VertexCall::begin()
{
    if (const auto token = m_setup.tokens->token(m_account, m_setup.clock->now()))
        predict(*token);
    else
        requestToken();
}

void VertexCall::requestToken()
{
    const QUrl tokenUrl = DirectEndpoints::googleTokenUrl(m_account);
    QString error;
    const auto body = GoogleTokens::requestBody(m_account, tokenUrl, m_setup.clock->now(), &error);
    if (!body) {
        fail({UpstreamError::Kind::KeyRejected, 0,
              tr("The key in GOOGLE_PRIVATE_KEY cannot sign: %1").arg(error)});
        return;
    }
    const Headers headers{{QByteArrayLiteral("Content-Type"),
                           QByteArrayLiteral("application/x-www-form-urlencoded")}};
    send("POST", tokenUrl, headers, *body,
         [this](int status, const QByteArray &answer, QNetworkReply *) {
             const QJsonObject o = QJsonDocument::fromJson(answer).object();
             const QByteArray token = o.value(QLatin1String("access_token")).toString().toLatin1();
             if (status == 200 && !token.isEmpty()) {
                 const int lifetime = o.value(QLatin1String("expires_in")).toInt(3600);
                 m_setup.tokens->store(m_account, token, m_setup.clock->now().addSecs(lifetime));
                 predict(token);
                 return;
             }
             if (status == 400 || status == 401 || status == 403) {
                 // invalid_grant: a revoked or wrong key, or an account that does not exist.
                 const QString said = o.value(QLatin1String("error_description")).toString();
                 fail({UpstreamError::Kind::KeyRejected, status,
                       tr("Google refused the service account %1 (HTTP %2: %3). Check "
                          "GOOGLE_CLIENT_EMAIL and GOOGLE_PRIVATE_KEY.")
                           .arg(m_account.clientEmail)
                           .arg(status)
                           .arg(said.isEmpty() ? o.value(QLatin1String("error")).toString()
                                               : said)});
                 return;
             }
             fail(classify(status, answer, QStringLiteral("GOOGLE_PRIVATE_KEY")));
         });
}

void VertexCall::predict(const QByteArray &token)
{
    const QUrl base = DirectEndpoints::vertexBaseUrl(m_setup.baseUrl, m_account.location);
    QUrl url = base;
    QString root = base.path();
    while (root.endsWith(QLatin1Char('/')))
        root.chop(1);
    url.setPath(root +
                QStringLiteral("/projects/%1/locations/%2/publishers/google/models/%3:predict")
                    .arg(m_account.project, m_account.location, m_job.modelId));
    const QJsonObject parameters{
        {QLatin1String("sampleCount"), 1},
        {QLatin1String("aspectRatio"),
         ImageShape::nearest(m_job.shape, aspectRatios(), QStringLiteral("1:1"))},
        {QLatin1String("seed"), qint64(randomSeed())},
        {QLatin1String("addWatermark"), false}};
    const QJsonObject body{{QLatin1String("instances"),
                            QJsonArray{QJsonObject{{QLatin1String("prompt"), m_job.prompt}}}},
                           {QLatin1String("parameters"), parameters}};
    send(
        "POST", url, {{QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + token}},
        QJsonDocument(body).toJson(QJsonDocument::Compact),
        [this](int status, const QByteArray &answer, QNetworkReply *) {
            onPrediction(status, answer);
        },
        true);
}

void VertexCall::onPrediction(int status, const QByteArray &body)
{
    if (status == 401 && !m_tokenRenewed) {
        // The cached token was revoked or expired early: one new token, one more try.
        m_tokenRenewed = true;
        m_setup.tokens->forget(m_account);
        requestToken();
        return;
    }
    if (status == 200) {
        const QJsonArray predictions =
            QJsonDocument::fromJson(body).object().value(QLatin1String("predictions")).toArray();
        const QString image =
            predictions.at(0).toObject().value(QLatin1String("bytesBase64Encoded")).toString();
        if (image.isEmpty()) {
            fail({UpstreamError::Kind::ContentPolicy, 400,
                  tr("Google's Responsible AI filter held back every image. Change the prompt.")});
            return;
        }
        succeedWithBase64(image.toLatin1());
        return;
    }
    const QString message = messageOf(body);
    if (status == 400 && (message.contains(QLatin1String("Responsible AI"), Qt::CaseInsensitive) ||
                          message.contains(QLatin1String("safety"), Qt::CaseInsensitive))) {
        fail({UpstreamError::Kind::ContentPolicy, 400,
              tr("Google's Responsible AI filter refused the prompt. Change the prompt.")});
        return;
    }
    fail(classify(status, body, QStringLiteral("GOOGLE_PRIVATE_KEY")));
}
