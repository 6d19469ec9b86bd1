#include "FakeProviders.h"

#include "TestImages.h"
#include "http/HttpResponder.h"
#include "http/HttpServer.h"
#include "upstream/UpstreamSource.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrlQuery>

namespace {
const QByteArray json = "application/json";

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

bool unsafe(const QString &prompt)
{
    return prompt.contains(QLatin1String("[provider-unsafe]"));
}

// Pixels for a ratio "a:b" (the longer side 256) or a size "WxH" (as it is).
QPair<int, int> pixelsFor(const QString &shape)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d+)([x:])(\\d+)$"));
    const auto match = pattern.match(shape);
    if (!match.hasMatch())
        return {256, 256};
    const int a = match.captured(1).toInt();
    const int b = match.captured(3).toInt();
    if (match.captured(2) == QLatin1String("x"))
        return {a, b};
    return a >= b ? QPair<int, int>{256, 256 * b / a} : QPair<int, int>{256 * a / b, 256};
}

QByteArray image(const QString &shape, const char *format)
{
    static QHash<QString, QByteArray> cache;
    const QString key = shape + QLatin1Char('/') + QLatin1String(format);
    if (!cache.contains(key)) {
        const auto [w, h] = pixelsFor(shape);
        cache.insert(key, makeTestImage(w, h, format, quint32(qHash(key))));
    }
    return cache.value(key);
}
} // namespace

FakeProviders::FakeProviders(QObject *parent)
    : QObject(parent)
{
    HttpHandlers handlers;
    handlers.bodyLimit = [](const HttpRequest &) { return qint64(1024) * 1024; };
    handlers.request = [this](HttpRequest request, HttpResponder responder) {
        handle(request, std::make_shared<HttpResponder>(std::move(responder)));
    };
    m_server = new HttpServer(HttpLimits{}, std::move(handlers), this);
    m_nowSeconds = [] { return QDateTime::currentSecsSinceEpoch(); };
}

FakeProviders::~FakeProviders() = default;

bool FakeProviders::listen()
{
    return m_server->listen(QHostAddress::LocalHost, 0);
}

QUrl FakeProviders::baseUrl(const QString &provider) const
{
    const QString root = QStringLiteral("http://127.0.0.1:%1/").arg(m_server->serverPort());
    if (provider == QLatin1String("fireworks"))
        return QUrl(root + QStringLiteral("fireworks/inference/v1"));
    return QUrl(root + provider + QStringLiteral("/v1"));
}

QUrl FakeProviders::tokenUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/google/token").arg(m_server->serverPort()));
}

QHash<QString, QString> FakeProviders::acceptTestKeys()
{
    QFile file(QStringLiteral(":/test/test-service-account.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QJsonObject account = QJsonDocument::fromJson(file.readAll()).object();
    const QString email = account.value(QLatin1String("client_email")).toString();
    setKey(QStringLiteral("openai"), "sk-test-openai-0123456789");
    setKey(QStringLiteral("replicate"), "r8_test_replicate_0123456789");
    setKey(QStringLiteral("fireworks"), "fw_test_fireworks_0123456789");
    setKey(QStringLiteral("vertex"), email.toUtf8());
    return {{QStringLiteral("OPENAI_API_KEY"),
             QString::fromLatin1(m_keys.value(QStringLiteral("openai")))},
            {QStringLiteral("REPLICATE_API_TOKEN"),
             QString::fromLatin1(m_keys.value(QStringLiteral("replicate")))},
            {QStringLiteral("FIREWORKS_API_KEY"),
             QString::fromLatin1(m_keys.value(QStringLiteral("fireworks")))},
            {QStringLiteral("GOOGLE_CLIENT_EMAIL"), email},
            {QStringLiteral("GOOGLE_PRIVATE_KEY"),
             account.value(QLatin1String("private_key")).toString()},
            {QStringLiteral("GOOGLE_PRIVATE_KEY_ID"),
             account.value(QLatin1String("private_key_id")).toString()},
            {QStringLiteral("GOOGLE_VERTEX_PROJECT"),
             account.value(QLatin1String("project_id")).toString()}};
}

QStringList FakeProviders::directSources() const
{
    QStringList sources;
    for (const QString &provider : SourcePlan::providers())
        sources.append(provider + QStringLiteral("=direct:") + baseUrl(provider).toString());
    return sources;
}

void FakeProviders::queueFailure(const QString &provider, int status, int count)
{
    for (int i = 0; i < count; ++i)
        m_failures[provider].append(status);
}

void FakeProviders::resetCounts()
{
    m_counts = {};
    m_byProvider.clear();
    m_authorizations.clear();
}

void FakeProviders::handle(const HttpRequest &request, const Responder &responder)
{
    m_authorizations.append({request.path, request.header("Authorization")});
    const QString &path = request.path;
    static const QRegularExpression replicateModel(
        QStringLiteral("^/replicate/v1/models/[^/]+/[^/]+/predictions$"));
    static const QRegularExpression replicatePrediction(
        QStringLiteral("^/replicate/v1/predictions/([^/]+)(/cancel)?$"));
    static const QRegularExpression fireworksPath(QStringLiteral(
        "^/fireworks/inference/v1/(workflows/.+/text_to_image|image_generation/.+)$"));
    static const QRegularExpression vertexPath(QStringLiteral(
        "^/vertex/v1/projects/[^/]+/locations/[^/]+/publishers/google/models/[^/:]+:predict$"));
    if (request.method == "POST" && path == QLatin1String("/openai/v1/images/generations"))
        return openAi(request, responder);
    if (request.method == "POST" && replicateModel.match(path).hasMatch())
        return replicateCreate(request, responder);
    if (const auto m = replicatePrediction.match(path); m.hasMatch()) {
        if (!checkKey(QStringLiteral("replicate"), request, responder))
            return;
        if (!m.captured(2).isEmpty()) {
            ++m_counts.cancels;
            m_predictions[m.captured(1)].cancelled = true;
            responder->send(200, json, prediction(m.captured(1), QStringLiteral("canceled")), {});
            return;
        }
        ++m_counts.polls;
        return replicateGet(m.captured(1), responder, false);
    }
    if (request.method == "GET" && path.startsWith(QLatin1String("/delivery/"))) {
        ++m_counts.downloads;
        const QString id = path.mid(10).section(QLatin1Char('.'), 0, 0);
        responder->send(200, "image/webp", image(m_predictions.value(id).aspect, "webp"), {});
        return;
    }
    if (request.method == "POST" && fireworksPath.match(path).hasMatch())
        return fireworks(request, responder);
    if (request.method == "POST" && vertexPath.match(path).hasMatch())
        return vertex(request, responder);
    if (request.method == "POST" && path == QLatin1String("/google/token"))
        return token(request, responder);
    responder->send(404, "text/plain", "no fake for " + path.toUtf8(), {});
}

bool FakeProviders::checkKey(const QString &provider, const HttpRequest &request,
                             const Responder &responder)
{
    if (request.header("Authorization") == "Bearer " + m_keys.value(provider))
        return true;
    ++m_counts.refusedKeys;
    if (provider == QLatin1String("openai"))
        responder->send(
            401, json,
            R"({"error":{"message":"Incorrect API key provided: sk-wr***ng.","type":"invalid_request_error","param":null,"code":"invalid_api_key"}})",
            {});
    else if (provider == QLatin1String("replicate"))
        responder->send(
            401, "application/problem+json",
            R"({"title":"Unauthenticated","detail":"You did not pass a valid authentication token","status":401})",
            {});
    else if (provider == QLatin1String("fireworks"))
        responder->send(
            401, json,
            R"({"error":{"object":"error","type":"unauthorized","message":"The API key you provided is invalid."}})",
            {});
    else
        responder->send(
            401, json,
            R"({"error":{"code":401,"message":"Request had invalid authentication credentials.","status":"UNAUTHENTICATED"}})",
            {});
    return false;
}

bool FakeProviders::beginGeneration(const QString &provider, const HttpRequest &request,
                                    const Responder &responder)
{
    if (!checkKey(provider, request, responder))
        return false;
    ++m_counts.generations;
    ++m_byProvider[provider];
    m_lastBody.insert(provider, request.body);
    return !failure(provider, responder);
}

bool FakeProviders::failure(const QString &provider, const Responder &responder)
{
    QList<int> &queue = m_failures[provider];
    if (queue.isEmpty())
        return false;
    const int status = queue.takeFirst();
    HttpHeaders headers;
    if (status == 429)
        headers.append({"Retry-After", m_retryAfter});
    responder->send(
        status, json,
        status == 429 ? R"({"error":{"message":"Rate limit reached","type":"requests"}})"
                      : R"({"error":{"message":"The server had an error.","type":"server_error"}})",
        headers);
    return true;
}

void FakeProviders::openAi(const HttpRequest &request, const Responder &responder)
{
    if (!beginGeneration(QStringLiteral("openai"), request, responder))
        return;
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    if (unsafe(body.value(QLatin1String("prompt")).toString())) {
        responder->send(
            400, json,
            R"({"error":{"message":"Your request was rejected as a result of our safety system.","type":"invalid_request_error","param":null,"code":"content_policy_violation"}})",
            {});
        return;
    }
    const QString size = body.value(QLatin1String("size")).toString(QStringLiteral("1024x1024"));
    const QJsonObject answer{
        {QLatin1String("created"), QDateTime::currentSecsSinceEpoch()},
        {QLatin1String("data"),
         QJsonArray{QJsonObject{
             {QLatin1String("b64_json"), QString::fromLatin1(image(size, "png").toBase64())}}}}};
    responder->send(200, json, compact(answer), {});
}

QByteArray FakeProviders::prediction(const QString &id, const QString &status) const
{
    const QString root = QStringLiteral("http://127.0.0.1:%1").arg(m_server->serverPort());
    const QString get = root + QStringLiteral("/replicate/v1/predictions/") + id;
    const QString cancel = get + QStringLiteral("/cancel");
    const QString output = root + QStringLiteral("/delivery/") + id + QStringLiteral(".webp");
    QJsonObject o{{QLatin1String("id"), id},
                  {QLatin1String("status"), status},
                  {QLatin1String("error"), QJsonValue::Null},
                  {QLatin1String("urls"),
                   QJsonObject{{QLatin1String("get"), get}, {QLatin1String("cancel"), cancel}}}};
    if (status == QLatin1String("succeeded"))
        o.insert(QLatin1String("output"), QJsonArray{output});
    else
        o.insert(QLatin1String("output"), QJsonValue::Null);
    return compact(o);
}

void FakeProviders::replicateCreate(const HttpRequest &request, const Responder &responder)
{
    if (!beginGeneration(QStringLiteral("replicate"), request, responder))
        return;
    const QJsonObject input =
        QJsonDocument::fromJson(request.body).object().value(QLatin1String("input")).toObject();
    if (unsafe(input.value(QLatin1String("prompt")).toString())) {
        // Replicate runs the model and fails the prediction when its checker flags it.
        const QString id = QStringLiteral("p%1").arg(++m_nextId);
        QJsonObject failed =
            QJsonDocument::fromJson(prediction(id, QStringLiteral("failed"))).object();
        failed.insert(QLatin1String("error"),
                      QStringLiteral("NSFW content detected. Try running it again, or try a "
                                     "different prompt."));
        responder->send(201, json, compact(failed), {});
        return;
    }
    const QString id = QStringLiteral("p%1").arg(++m_nextId);
    m_predictions.insert(
        id, {m_replicatePolls, false,
             input.value(QLatin1String("aspect_ratio")).toString(QStringLiteral("1:1"))});
    replicateGet(id, responder, true);
}

void FakeProviders::replicateGet(const QString &id, const Responder &responder, bool created)
{
    if (!m_predictions.contains(id)) {
        responder->send(404, json, R"({"detail":"Not found."})", {});
        return;
    }
    Prediction &p = m_predictions[id];
    QString status = QStringLiteral("succeeded");
    if (p.cancelled)
        status = QStringLiteral("canceled");
    else if (m_replicateForever || p.pollsLeft > 0)
        status = created ? QStringLiteral("starting") : QStringLiteral("processing");
    if (!created && p.pollsLeft > 0)
        --p.pollsLeft;
    responder->send(created ? 201 : 200, json, prediction(id, status), {});
}

void FakeProviders::fireworks(const HttpRequest &request, const Responder &responder)
{
    if (!beginGeneration(QStringLiteral("fireworks"), request, responder))
        return;
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    if (unsafe(body.value(QLatin1String("prompt")).toString())) {
        responder->send(
            400, json,
            R"({"error":{"object":"error","type":"invalid_request_error","message":"The prompt was flagged by the content filter."}})",
            {});
        return;
    }
    const QString aspect =
        body.value(QLatin1String("aspect_ratio")).toString(QStringLiteral("1:1"));
    responder->send(200, "image/jpeg", image(aspect, "jpeg"), {{"Finish-Reason", "SUCCESS"}});
}

void FakeProviders::vertex(const HttpRequest &request, const Responder &responder)
{
    const QString provider = QStringLiteral("vertex");
    const QByteArray bearer = request.header("Authorization").mid(7);
    if (!request.header("Authorization").startsWith("Bearer ") || !m_tokenExpiry.contains(bearer) ||
        m_tokenExpiry.value(bearer) <= m_nowSeconds()) {
        ++m_counts.refusedKeys;
        responder->send(
            401, json,
            R"({"error":{"code":401,"message":"Request had invalid authentication credentials.","status":"UNAUTHENTICATED"}})",
            {});
        return;
    }
    ++m_counts.generations;
    ++m_byProvider[provider];
    m_lastBody.insert(provider, request.body);
    if (failure(provider, responder))
        return;
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    const QString prompt = body.value(QLatin1String("instances"))
                               .toArray()
                               .at(0)
                               .toObject()
                               .value(QLatin1String("prompt"))
                               .toString();
    if (unsafe(prompt)) {
        responder->send(200, json, "{}", {}); // Responsible AI filtered every image
        return;
    }
    const QString aspect = body.value(QLatin1String("parameters"))
                               .toObject()
                               .value(QLatin1String("aspectRatio"))
                               .toString(QStringLiteral("1:1"));
    const QJsonObject answer{
        {QLatin1String("predictions"),
         QJsonArray{QJsonObject{{QLatin1String("mimeType"), QStringLiteral("image/png")},
                                {QLatin1String("bytesBase64Encoded"),
                                 QString::fromLatin1(image(aspect, "png").toBase64())}}}}};
    responder->send(200, json, compact(answer), {});
}

void FakeProviders::token(const HttpRequest &request, const Responder &responder)
{
    ++m_counts.tokens;
    const QUrlQuery form(QString::fromUtf8(request.body));
    const QByteArray assertion = form.queryItemValue(QStringLiteral("assertion")).toLatin1();
    m_lastAssertion = assertion;
    const QList<QByteArray> parts = assertion.split('.');
    const QJsonObject claims =
        parts.size() == 3 ? QJsonDocument::fromJson(
                                QByteArray::fromBase64(parts.at(1), QByteArray::Base64UrlEncoding))
                                .object()
                          : QJsonObject();
    const QString email = claims.value(QLatin1String("iss")).toString();
    // A key the fake was told is the account's (its e-mail as the "key").
    const bool known = !email.isEmpty() && email.toUtf8() == m_keys.value(QStringLiteral("vertex"));
    if (form.queryItemValue(QStringLiteral("grant_type")) !=
            QLatin1String("urn:ietf:params:oauth:grant-type:jwt-bearer") ||
        parts.size() != 3 || parts.at(2).size() < 300 || !known) {
        ++m_counts.refusedKeys;
        responder->send(400, json,
                        R"({"error":"invalid_grant","error_description":"Invalid JWT Signature."})",
                        {});
        return;
    }
    const QByteArray access = "ya29.fake-" + QByteArray::number(m_counts.tokens);
    m_tokenExpiry.insert(access, m_nowSeconds() + m_tokenLifetime);
    const QJsonObject answer{{QLatin1String("access_token"), QString::fromLatin1(access)},
                             {QLatin1String("expires_in"), m_tokenLifetime},
                             {QLatin1String("token_type"), QStringLiteral("Bearer")}};
    responder->send(200, json, compact(answer), {});
}
