#include "upstream/direct/ProviderCall.h"

#include "BuildInfo.h"
#include "common/Logging.h"
#include "upstream/NetworkPool.h"
#include "upstream/RetryPolicy.h"
#include "upstream/direct/FireworksCall.h"
#include "upstream/direct/OpenAiCall.h"
#include "upstream/direct/ReplicateCall.h"
#include "upstream/direct/VertexCall.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>

ProviderCall *ProviderCall::create(const Setup &setup, const Job &job, QObject *parent)
{
    if (job.provider == QLatin1String("openai"))
        return new OpenAiCall(setup, job, parent);
    if (job.provider == QLatin1String("replicate"))
        return new ReplicateCall(setup, job, parent);
    if (job.provider == QLatin1String("fireworks"))
        return new FireworksCall(setup, job, parent);
    if (job.provider == QLatin1String("vertex"))
        return new VertexCall(setup, job, parent);
    return nullptr;
}

ProviderCall::ProviderCall(const Setup &setup, const Job &job, QObject *parent)
    : QObject(parent)
    , m_setup(setup)
    , m_job(job)
{}

ProviderCall::~ProviderCall()
{
    m_finished = true;
    if (QNetworkReply *reply = m_reply) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void ProviderCall::start()
{
    begin();
}

void ProviderCall::abort()
{
    if (m_finished)
        return;
    onAbort();
    m_finished = true;
    if (QNetworkReply *reply = m_reply) {
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void ProviderCall::send(const QByteArray &verb, const QUrl &url, const Headers &headers,
                        const QByteArray &body, Handler handler, bool billed)
{
    QNetworkRequest request(url);
    bool typed = false;
    for (const auto &[name, value] : headers) {
        request.setRawHeader(name, value);
        typed = typed || name.compare("Content-Type", Qt::CaseInsensitive) == 0;
    }
    if (!typed && !body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
    // The key goes to the provider's own origin and nowhere else.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::SameOriginRedirectPolicy);
    request.setTransferTimeout(m_setup.transferTimeoutMs);
    request.setRawHeader("User-Agent", QByteArrayLiteral("ImageBridge/") + BuildInfo::version);
    NetworkPool::prepare(request);
    if (billed)
        ++m_providerCalls;
    QNetworkReply *reply = m_setup.manager->sendCustomRequest(request, verb, body);
    m_reply = reply;
    // base64 is 4/3 of the bytes; a JSON envelope around it is small.
    const qint64 limit = m_setup.maxImageBytes / 3 * 4 + 64 * 1024;
    connect(reply, &QNetworkReply::readyRead, this, [this, reply, limit] {
        const qint64 announced = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        if (announced > limit || reply->bytesAvailable() > limit) {
            m_reply = nullptr;
            reply->disconnect(this);
            reply->abort();
            reply->deleteLater();
            fail({UpstreamError::Kind::TooLarge, 200,
                  tr("%1 sent an answer larger than %2 MiB.")
                      .arg(providerName())
                      .arg(m_setup.maxImageBytes / (1024 * 1024))});
        }
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, handler = std::move(handler)] {
        reply->deleteLater();
        if (m_reply == reply)
            m_reply = nullptr;
        if (m_finished)
            return;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray answer = reply->readAll();
        m_bytesReceived += answer.size();
        m_status = status;
        if (status == 0) {
            const auto code = reply->error();
            if (code == QNetworkReply::OperationCanceledError ||
                code == QNetworkReply::TimeoutError)
                fail({UpstreamError::Kind::Timeout, 0,
                      tr("%1 sent nothing for %2 s.")
                          .arg(providerName())
                          .arg(m_setup.transferTimeoutMs / 1000.0, 0, 'f', 1)});
            else
                fail({UpstreamError::Kind::Network, 0,
                      tr("Could not reach %1: %2").arg(providerName(), reply->errorString())});
            return;
        }
        if (status >= 400)
            m_retryAfter = reply->rawHeader("Retry-After");
        handler(status, answer, reply);
    });
}

void ProviderCall::sendDetached(const QByteArray &verb, const QUrl &url, const Headers &headers)
{
    QNetworkRequest request(url);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::SameOriginRedirectPolicy);
    request.setTransferTimeout(m_setup.transferTimeoutMs);
    request.setRawHeader("User-Agent", QByteArrayLiteral("ImageBridge/") + BuildInfo::version);
    QNetworkReply *reply = m_setup.manager->sendCustomRequest(request, verb, QByteArray());
    connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
}

ProviderCall::Headers ProviderCall::bearerHeaders(const QString &key) const
{
    return {{QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + key.toUtf8()}};
}

QUrl ProviderCall::endpoint(const QString &path) const
{
    QUrl url = m_setup.baseUrl;
    QString base = url.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + path);
    url.setFragment(QString());
    return url;
}

bool ProviderCall::isApiOrigin(const QUrl &url) const
{
    return url.isValid() && url.scheme() == m_setup.baseUrl.scheme() &&
           url.host() == m_setup.baseUrl.host() &&
           url.port(url.scheme() == QLatin1String("https") ? 443 : 80) ==
               m_setup.baseUrl.port(m_setup.baseUrl.scheme() == QLatin1String("https") ? 443 : 80);
}

quint32 ProviderCall::randomSeed() const
{
    // As the template's route: a random seed below a million.
    QRandomGenerator *random = m_setup.random ? m_setup.random : QRandomGenerator::global();
    return random->bounded(1000000u);
}

void ProviderCall::succeedWithBytes(const QByteArray &bytes)
{
    succeedWithBase64(bytes.toBase64());
}

void ProviderCall::succeedWithBase64(QByteArray base64)
{
    if (m_finished)
        return;
    m_base64 = std::move(base64);
    m_error = {};
    finish();
}

void ProviderCall::fail(const UpstreamError &error)
{
    if (m_finished)
        return;
    m_error = error;
    finish();
}

void ProviderCall::finish()
{
    m_finished = true;
    emit finished();
}

QString ProviderCall::messageOf(const QByteArray &body)
{
    if (body.size() > 64 * 1024)
        return {};
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    const QJsonValue error = o.value(QLatin1String("error"));
    QString text = error.isObject() ? error.toObject().value(QLatin1String("message")).toString()
                                    : error.toString();
    if (text.isEmpty())
        text = o.value(QLatin1String("detail")).toString();
    if (text.isEmpty())
        text = o.value(QLatin1String("message")).toString();
    if (text.isEmpty() && !body.trimmed().startsWith('{') && !body.contains('<'))
        text = QString::fromUtf8(body.left(300)).trimmed();
    return text.left(500);
}

UpstreamError ProviderCall::classify(int status, const QByteArray &body,
                                     const QString &keyName) const
{
    using Kind = UpstreamError::Kind;
    const QString detail = messageOf(body);
    const QString said = detail.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(detail);
    if (status == 401 || status == 403)
        return {Kind::KeyRejected, status,
                tr("%1 refused the key in %2 (HTTP %3)%4. Check it in Settings > Sources, or "
                   "in the environment.")
                    .arg(providerName(), keyName)
                    .arg(status)
                    .arg(said)};
    if (status == 429)
        return {Kind::RateLimited, status,
                tr("%1 is rate limiting (HTTP 429)").arg(providerName()) + said};
    if (status == 408 || status == 504)
        return {Kind::Timeout, status,
                tr("%1 timed out (HTTP %2)").arg(providerName()).arg(status) + said};
    if (status >= 500 || RetryPolicy::isRetryableStatus(status))
        return {Kind::UpstreamFailure, status,
                tr("%1 failed (HTTP %2)").arg(providerName()).arg(status) + said};
    if (status == 404)
        return {Kind::Rejected, status,
                tr("%1 does not know the model %2 (HTTP 404)").arg(providerName(), m_job.modelId) +
                    said};
    return {Kind::Rejected, status,
            tr("%1 rejected the request (HTTP %2)").arg(providerName()).arg(status) + said};
}
