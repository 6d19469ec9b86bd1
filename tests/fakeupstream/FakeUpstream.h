#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QUrl>

#include <memory>

class HttpResponder;
class HttpServer;
struct HttpRequest;

// A stand-in for the AI SDK Image Generator's POST /api/generate-images, faithful to the
// template's route (../shared/docs/upstream-reality.md): real decodable images (PNG, JPEG or
// WebP by provider), the same 400/500 bodies, the public site's answers (the BotID 403, the
// middleware's daily quota, the live branch's safety refusal), and injectable platform
// faults. Counts requests in flight so tests can prove concurrency without timing anything.
class FakeUpstream : public QObject
{
    Q_OBJECT
public:
    enum class Fault {
        None,
        RateLimited,    // 429 with Retry-After (seconds, see retryAfter)
        ServerError,    // 500 {"error":"Failed to generate image..."}
        BadGateway,     // 502 text
        Unavailable,    // 503 text
        GatewayTimeout, // 504 HTML page
        BadRequest,     // 400 {"error":"Invalid request parameters"}
        Hang,           // never answers
        Reset,          // drops the connection
        TruncatedJson,  // 200 with a cut-off body
        NonJson,        // 200 with an HTML body
        MissingImage,   // 200 {"provider":...} without "image"
        InvalidBase64,  // 200 with "image" not base64
        NotAnImage,     // 200 with base64 of text
        // The public site (the template's `live` branch):
        AccessDenied,  // 403 {"error":"Access denied"}: Vercel BotID refused the caller
        QuotaExceeded, // 429 text/plain "Too many requests (rate limit)", no Retry-After
        UnsafeContent, // 500 {"error":"Prompt contains unsafe content"}
        // The route's own 500 after its AI SDK retried a failing provider twice: answered
        // after providerRetryMs (about 6 s in the real route).
        ProviderFailure,
    };
    Q_ENUM(Fault)

    struct Received
    {
        QString prompt;
        QString provider;
        QString modelId;
        QByteArray origin;
        QByteArray referer;
        QByteArray contentType;
        QByteArray bypass; // x-vercel-protection-bypass, as a protected deployment wants it
    };

    explicit FakeUpstream(QObject *parent = nullptr);
    ~FakeUpstream() override;

    bool listen(quint16 port = 0);
    QUrl endpoint() const; // http://127.0.0.1:<port>/api/generate-images

    // Faults are used by the next requests in order; afterwards requests succeed.
    void queueFault(Fault fault, int count = 1);
    void clearFaults() { m_faults.clear(); }
    void setRetryAfter(const QByteArray &value) { m_retryAfter = value; }
    void setDelayMs(int ms) { m_delayMs = ms; }
    void setImageSide(int pixels);
    // The public site's guards: every POST refused by the bot check, and a per-client
    // (per address) limit of POSTs, each counted, failed ones too (0: none).
    void setBotCheck(bool on) { m_botCheck = on; }
    void setDailyLimit(int posts) { m_dailyLimit = posts; }
    void setProviderRetryMs(int ms) { m_providerRetryMs = ms; }
    // Answers every success with these bytes (any type), e.g. a large image for benchmarks.
    void setImageOverride(const QByteArray &bytes);

    const QList<Received> &received() const { return m_received; }
    int requestCount() const { return int(m_received.size()); }
    int inFlight() const { return m_inFlight; }
    int peakInFlight() const { return m_peakInFlight; }
    void resetCounters();

    static Fault faultFromName(const QString &name);

signals:
    void requestReceived();

private:
    void handle(const HttpRequest &request, const std::shared_ptr<HttpResponder> &responder);
    QByteArray imageFor(const QString &provider);
    void answer(const std::shared_ptr<HttpResponder> &responder, Fault fault,
                const QString &provider);

    HttpServer *m_server = nullptr;
    QList<Fault> m_faults;
    QByteArray m_retryAfter = "1";
    int m_delayMs = 0;
    int m_imageSide = 256;
    QByteArray m_override;
    QHash<QString, QByteArray> m_imageBase64; // by format
    QList<Received> m_received;
    QList<std::shared_ptr<HttpResponder>> m_hanging;
    bool m_botCheck = false;
    int m_dailyLimit = 0;
    int m_providerRetryMs = 6000;
    QHash<QString, int> m_postsByClient;
    int m_inFlight = 0;
    int m_peakInFlight = 0;
};
