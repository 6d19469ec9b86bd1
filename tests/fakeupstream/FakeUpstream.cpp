#include "FakeUpstream.h"

#include "TestImages.h"
#include "http/HttpConnection.h"
#include "http/HttpResponder.h"
#include "http/HttpServer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaEnum>
#include <QTimer>

FakeUpstream::FakeUpstream(QObject *parent)
    : QObject(parent)
{
    HttpHandlers handlers;
    // Large enough for any request the tests send; the real upstream has its own limit.
    handlers.bodyLimit = [](const HttpRequest &) { return qint64(64) * 1024 * 1024; };
    handlers.request = [this](HttpRequest request, HttpResponder responder) {
        handle(request, std::make_shared<HttpResponder>(std::move(responder)));
    };
    HttpLimits limits;
    limits.maxConnections = 4096; // the physical limit in benchmarks: no cap of its own
    m_server = new HttpServer(limits, std::move(handlers), this);
}

FakeUpstream::~FakeUpstream()
{
    m_hanging.clear();
}

bool FakeUpstream::listen(quint16 port)
{
    return m_server->listen(QHostAddress::LocalHost, port);
}

QUrl FakeUpstream::endpoint() const
{
    return QUrl(
        QStringLiteral("http://127.0.0.1:%1/api/generate-images").arg(m_server->serverPort()));
}

void FakeUpstream::queueFault(Fault fault, int count)
{
    for (int i = 0; i < count; ++i)
        m_faults.append(fault);
}

void FakeUpstream::setImageSide(int pixels)
{
    m_imageSide = pixels;
    m_imageBase64.clear();
}

void FakeUpstream::setImageOverride(const QByteArray &bytes)
{
    m_override = bytes.toBase64();
}

void FakeUpstream::resetCounters()
{
    m_received.clear();
    m_peakInFlight = m_inFlight;
}

FakeUpstream::Fault FakeUpstream::faultFromName(const QString &name)
{
    const QMetaEnum meta = QMetaEnum::fromType<Fault>();
    for (int i = 0; i < meta.keyCount(); ++i) {
        if (name.compare(QLatin1String(meta.key(i)), Qt::CaseInsensitive) == 0)
            return Fault(meta.value(i));
    }
    return Fault::None;
}

QByteArray FakeUpstream::imageFor(const QString &provider)
{
    if (!m_override.isEmpty())
        return m_override;
    // What the real providers tend to return.
    const char *format = provider == QLatin1String("fireworks")   ? "jpeg"
                         : provider == QLatin1String("replicate") ? "webp"
                                                                  : "png";
    QByteArray &cached = m_imageBase64[QString::fromLatin1(format)];
    if (cached.isEmpty())
        cached = makeTestImage(m_imageSide, format, quint32(qHash(provider))).toBase64();
    return cached;
}

void FakeUpstream::handle(const HttpRequest &request,
                          const std::shared_ptr<HttpResponder> &responder)
{
    if (request.method != "POST" || request.path != QLatin1String("/api/generate-images")) {
        responder->send(404, "text/plain", QByteArrayLiteral("Not Found"), {});
        return;
    }
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    Received r{body.value(QLatin1String("prompt")).toString(),
               body.value(QLatin1String("provider")).toString(),
               body.value(QLatin1String("modelId")).toString(),
               request.header("Origin"),
               request.header("Referer"),
               request.header("Content-Type"),
               request.header("x-vercel-protection-bypass")};
    m_received.append(r);
    ++m_inFlight;
    m_peakInFlight = std::max(m_peakInFlight, m_inFlight);
    emit requestReceived();

    Fault fault = m_faults.isEmpty() ? Fault::None : m_faults.takeFirst();
    // The middleware counts every POST of a client, then the route's bot check runs.
    const int posts = ++m_postsByClient[request.peerAddress.toString()];
    if (m_dailyLimit > 0 && posts > m_dailyLimit)
        fault = Fault::QuotaExceeded;
    else if (m_botCheck)
        fault = Fault::AccessDenied;
    // "[fault:name]" in a prompt injects a fault, for trying the app by hand.
    const qsizetype tag = r.prompt.indexOf(QLatin1String("[fault:"));
    if (tag >= 0)
        fault = faultFromName(r.prompt.mid(tag + 7).section(QLatin1Char(']'), 0, 0));
    static const QStringList providers{QStringLiteral("replicate"), QStringLiteral("vertex"),
                                       QStringLiteral("openai"), QStringLiteral("fireworks")};
    if (r.prompt.isEmpty() || r.modelId.isEmpty() || !providers.contains(r.provider))
        fault = Fault::BadRequest;

    const QString provider = r.provider;
    const int delay = fault == Fault::ProviderFailure ? m_providerRetryMs : m_delayMs;
    const bool answersAtOnce = fault == Fault::Hang || fault == Fault::BadRequest ||
                               fault == Fault::AccessDenied || fault == Fault::QuotaExceeded;
    if (delay > 0 && !answersAtOnce) {
        QTimer::singleShot(delay, this, [this, responder, fault, provider] {
            answer(responder, fault, provider);
        });
    } else {
        answer(responder, fault, provider);
    }
}

void FakeUpstream::answer(const std::shared_ptr<HttpResponder> &responder, Fault fault,
                          const QString &provider)
{
    if (fault == Fault::Hang) {
        m_hanging.append(responder);
        if (HttpConnection *connection = responder->connection())
            connect(connection, &HttpConnection::disconnected, this, [this] { --m_inFlight; });
        return;
    }
    --m_inFlight;
    if (!responder->isConnected())
        return;
    const QByteArray json = "application/json";
    const QByteArray providerJson = "{\"provider\":\"" + provider.toLatin1() + '"';
    switch (fault) {
    case Fault::None:
        responder->send(200, json, providerJson + ",\"image\":\"" + imageFor(provider) + "\"}", {});
        return;
    case Fault::RateLimited:
        responder->send(429, json, QByteArrayLiteral("{\"error\":\"Too many requests\"}"),
                        {{"Retry-After", m_retryAfter}});
        return;
    case Fault::AccessDenied:
        responder->send(403, json, QByteArrayLiteral(R"({"error":"Access denied"})"), {});
        return;
    case Fault::QuotaExceeded:
        responder->send(429, "text/plain", QByteArrayLiteral("Too many requests (rate limit)"), {});
        return;
    case Fault::UnsafeContent:
        responder->send(500, json,
                        QByteArrayLiteral(R"({"error":"Prompt contains unsafe content"})"), {});
        return;
    case Fault::ProviderFailure:
    case Fault::ServerError:
        responder->send(
            500, json,
            QByteArrayLiteral(R"({"error":"Failed to generate image. Please try again later."})"),
            {});
        return;
    case Fault::BadGateway:
        responder->send(502, "text/plain", QByteArrayLiteral("Bad Gateway"), {});
        return;
    case Fault::Unavailable:
        responder->send(503, "text/plain", QByteArrayLiteral("Service Unavailable"), {});
        return;
    case Fault::GatewayTimeout:
        responder->send(504, "text/html",
                        QByteArrayLiteral("<!DOCTYPE html><html><body><h1>504: GATEWAY_TIMEOUT</h1>"
                                          "<p>FUNCTION_INVOCATION_TIMEOUT</p></body></html>"),
                        {});
        return;
    case Fault::BadRequest:
        responder->send(400, json, QByteArrayLiteral(R"({"error":"Invalid request parameters"})"),
                        {});
        return;
    case Fault::Reset:
        responder->abort();
        return;
    case Fault::TruncatedJson:
        responder->send(200, json, providerJson + ",\"image\":\"" + imageFor(provider).left(100),
                        {});
        return;
    case Fault::NonJson:
        responder->send(200, "text/html", QByteArrayLiteral("<html><body>Hello</body></html>"), {});
        return;
    case Fault::MissingImage:
        responder->send(200, json, providerJson + '}', {});
        return;
    case Fault::InvalidBase64:
        responder->send(200, json, providerJson + ",\"image\":\"@@not*base64@@\"}", {});
        return;
    case Fault::NotAnImage:
        responder->send(200, json,
                        providerJson + ",\"image\":\"" +
                            QByteArray("just some text, no image").toBase64() + "\"}",
                        {});
        return;
    case Fault::Hang:
        break;
    }
}
