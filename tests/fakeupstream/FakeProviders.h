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

// The four providers' own APIs on 127.0.0.1, answering as the real ones do for the calls the
// AI SDK packages (and ImageBridge's direct sources) make: each under its own path prefix,
// so one server stands for all (baseUrl("openai") and the others).
//
//   OpenAI     POST /openai/v1/images/generations           {data:[{b64_json}]} of the size asked
//   Replicate  POST /replicate/v1/models/O/N/predictions     prediction, polled at urls.get,
//              GET  /replicate/v1/predictions/ID  POST .../cancel; output at /delivery/ID.webp
//   Fireworks  POST /fireworks/inference/v1/workflows/M/text_to_image, .../image_generation/M
//              answering the JPEG bytes
//   Vertex     POST /vertex/v1/projects/P/locations/L/publishers/google/models/M:predict
//   Google     POST /google/token (jwt-bearer grant; tokens expire after tokenLifetime)
//
// Keys are checked (a wrong one gets the provider's 401); "[provider-unsafe]" in a prompt
// gets the provider's safety refusal; queueFailure() gives the next calls a 500 (or 429).
class FakeProviders : public QObject
{
    Q_OBJECT
public:
    struct Counts
    {
        int generations = 0; // billed image requests (all providers)
        int polls = 0;
        int downloads = 0;
        int tokens = 0;
        int cancels = 0;
        int refusedKeys = 0;
    };

    explicit FakeProviders(QObject *parent = nullptr);
    ~FakeProviders() override;

    bool listen();
    QUrl baseUrl(const QString &provider) const;
    QUrl tokenUrl() const;

    void setKey(const QString &provider, const QByteArray &key) { m_keys.insert(provider, key); }
    // Accepts a test key for every provider (for Vertex, the throwaway service account of
    // the "testkeys" resource, which the test must link) and returns them under the
    // template's variable names, as a user's .env.local holds them. Empty if the resource
    // is missing.
    QHash<QString, QString> acceptTestKeys();
    // --source entries that send every provider here directly, in catalog order.
    QStringList directSources() const;
    // The next `count` generation requests of `provider` fail with `status` (500, 503, 429).
    void queueFailure(const QString &provider, int status, int count = 1);
    void setRetryAfter(const QByteArray &value) { m_retryAfter = value; }
    // Replicate predictions stay "processing" for this many polls (0: done at once).
    void setReplicatePolls(int polls) { m_replicatePolls = polls; }
    // Replicate predictions never finish (for the cancel at the deadline).
    void setReplicateForever(bool on) { m_replicateForever = on; }
    void setTokenLifetimeSeconds(int seconds) { m_tokenLifetime = seconds; }
    // The Google token's issue time comes from the test's clock.
    void setTokenClock(std::function<qint64()> nowSeconds) { m_nowSeconds = std::move(nowSeconds); }

    const Counts &counts() const { return m_counts; }
    int generations(const QString &provider) const { return m_byProvider.value(provider); }
    void resetCounts();
    // Every request's Authorization header, by path (to prove where keys went).
    const QList<QPair<QString, QByteArray>> &authorizations() const { return m_authorizations; }
    // The last generation request body of each provider.
    QByteArray lastBody(const QString &provider) const { return m_lastBody.value(provider); }
    // The last JWT assertion the token endpoint received.
    QByteArray lastAssertion() const { return m_lastAssertion; }

private:
    using Responder = std::shared_ptr<HttpResponder>;
    void handle(const HttpRequest &request, const Responder &responder);
    bool checkKey(const QString &provider, const HttpRequest &request, const Responder &responder);
    bool failure(const QString &provider, const Responder &responder);
    // The key checked, the call counted and a queued failure answered: false when answered.
    bool beginGeneration(const QString &provider, const HttpRequest &request,
                         const Responder &responder);
    void openAi(const HttpRequest &request, const Responder &responder);
    void replicateCreate(const HttpRequest &request, const Responder &responder);
    void replicateGet(const QString &id, const Responder &responder, bool billed);
    void fireworks(const HttpRequest &request, const Responder &responder);
    void vertex(const HttpRequest &request, const Responder &responder);
    void token(const HttpRequest &request, const Responder &responder);
    QByteArray prediction(const QString &id, const QString &status) const;

    HttpServer *m_server = nullptr;
    QHash<QString, QByteArray> m_keys;
    QHash<QString, QList<int>> m_failures;
    QByteArray m_retryAfter = "1";
    int m_replicatePolls = 0;
    bool m_replicateForever = false;
    int m_tokenLifetime = 3599;
    std::function<qint64()> m_nowSeconds;
    struct Prediction
    {
        int pollsLeft = 0;
        bool cancelled = false;
        QString aspect;
    };
    QHash<QString, Prediction> m_predictions;
    QHash<QByteArray, qint64> m_tokenExpiry; // access token -> expiry (seconds)
    int m_nextId = 0;
    Counts m_counts;
    QHash<QString, int> m_byProvider;
    QHash<QString, QByteArray> m_lastBody;
    QByteArray m_lastAssertion;
    QList<QPair<QString, QByteArray>> m_authorizations;
};
