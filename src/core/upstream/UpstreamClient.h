#pragma once

#include "common/Clock.h"
#include "image/ImageFormat.h"
#include "upstream/AnswerBudget.h"
#include "upstream/RetryPolicy.h"
#include "upstream/UpstreamAnswer.h"
#include "upstream/UpstreamError.h"
#include "upstream/UpstreamSource.h"
#include "upstream/direct/GoogleTokens.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <memory>
#include <utility>

class GoogleTokens;
class NetworkPool;
class ProviderCall;
class ProviderKeys;
class QNetworkAccessManager;
class QNetworkReply;
class QRandomGenerator;
class QuotaWindows;
class SourceHealth;

// Everything a client is configured with. AppContext makes it once, so that every client
// of a run (the studio's, the API engine's in its own thread) uses the same sources, keeps
// time on the injected clock, draws its retry jitter from the injected source and shares
// what the run learnt of quotas and refusals.
struct UpstreamSetup
{
    SourcePlan sources;
    RetryPolicy retry;
    Clock *clock = nullptr;             // the system's if null
    QRandomGenerator *random = nullptr; // QRandomGenerator::global() if null
    QuotaWindows *quotas = nullptr;     // the run's knowledge of daily quotas (none if null)
    SourceHealth *health = nullptr;     // the run's sources' health (none if null)
    // The user's provider keys, for direct sources (none if null), and the Google tokens
    // made from them (shared by the run's clients).
    std::shared_ptr<const ProviderKeys> keys;
    GoogleTokens *tokens = nullptr;
};

struct UpstreamRequest
{
    QString prompt;
    QString provider;
    QString modelId; // the upstream's model id
    QString logTag;  // who asked, for the log lines: an API request id and image number
    // The shape asked ("1536x1024", "16:9"): a direct source sends the nearest its provider
    // makes; the template's route always makes its own default.
    QString shape;
    // Made only by the provider's own API (the template has no such model): only direct
    // sources are tried, and without one the call fails at once, saying which key it needs.
    bool directOnly = false;
};

struct UpstreamResult
{
    QByteArray base64; // the image as the upstream sent it: validated, not decoded
    ImageType type = ImageType::Unknown;
    qint64 byteSize = 0;
    int attempts = 0;
    // Image requests a direct provider billed or refused (not polls, downloads, tokens).
    int providerCalls = 0;
    qint64 elapsedMs = 0;     // from start to finish, waits included
    qint64 lastAttemptMs = 0; // the latency of the last attempt alone
    qint64 bytesReceived = 0;
    UpstreamSource source; // the one that answered last (made the image, on success)
    UpstreamError error;
    // The answer's share of the client's AnswerBudget: keep it while the image is in memory
    // on its way to the store, let go once the store has it.
    AnswerBudget::Grant memoryGrant;

    bool ok() const { return !error.isError(); }
};

// One generation against the upstream: attempts, backoff waits, timeouts, and failover
// from one source to the next. Reports every step as a signal and ends with exactly one
// finished(). Owned by whoever started it.
class UpstreamCall : public QObject
{
    Q_OBJECT
public:
    enum class State {
        Ready,        // made, not started
        Requesting,   // an attempt's request is out, its answer arriving
        WaitingRoom,  // a 200 answer waits in the network for room in the AnswerBudget
        Checking,     // an image answer is being checked on a worker thread
        WaitingRetry, // backing off before the next attempt
        Finished,     // finished() was emitted; result() holds the outcome
    };

    ~UpstreamCall() override;

    const UpstreamRequest &request() const { return m_request; }
    const UpstreamResult &result() const { return m_result; }
    // The image's base64, handed over: result().base64 is empty afterwards. The one owner
    // of the buffer can edit it in place (ImageMetadata::embedIntoBase64) without a copy.
    QByteArray takeImage() { return std::exchange(m_result.base64, QByteArray()); }
    State state() const { return m_state; }
    bool isFinished() const { return m_state == State::Finished; }
    int attempt() const { return m_attempt; }

    // Sends the first attempt; connect to the signals before.
    void start();
    // Aborts the reply in flight and any pending retry at once; emits finished(Cancelled).
    void cancel();

signals:
    void attemptStarted(int attempt, int maxAttempts);
    // retryInMs < 0: no further attempt follows.
    void attemptFailed(int attempt, const UpstreamError &error, int retryInMs, qint64 attemptMs);
    // The call moved on to the next source after `error` from the previous one.
    void sourceChanged(const UpstreamSource &source, const UpstreamError &error);
    void finished();

private:
    friend class UpstreamClient;
    struct Services
    {
        NetworkPool *pool;
        AnswerBudget *budget;
        Clock *clock;
        QRandomGenerator *random;
        QuotaWindows *quotas;
        SourceHealth *health;
        RetryPolicy policy;
        qint64 maxImageBytes;
        std::shared_ptr<const ProviderKeys> keys;
        GoogleTokens *tokens;
    };
    UpstreamCall(const Services &services, const QList<UpstreamSource> &sources,
                 const UpstreamRequest &request, QObject *parent);

    // Held by Qt of an answer waiting for room; the rest stays in the network.
    static constexpr qint64 waitingReadBufferBytes = 64 * 1024;
    // Held by Qt of an answer being received (it is taken as it arrives).
    static constexpr qint64 flowingReadBufferBytes = 1024 * 1024;
    // The share asked for an answer that announces no length.
    static constexpr qint64 unannouncedAnswerBytes = 4 * 1024 * 1024;

public:
    // What a failed answer (not 200) means, from its status, content type, Retry-After and
    // body: the public site's refusals, the route's own error, a platform page.
    static UpstreamError classifyAnswer(int status, const QByteArray &contentType,
                                        bool hasRetryAfter, const QByteArray &body);

private:
    enum class AbortReason { None, TooLarge, Deadline, Cancelled };

    void startAttempt();
    // An attempt at a provider's own API (a Direct source).
    void startDirectAttempt();
    void onDirectFinished();
    void onReplyFinished();
    void settleReply(QNetworkReply *reply);
    void limitReadBuffer(QNetworkReply *reply);
    // True when the answer must wait for room before it is taken; asks for it.
    bool waitForRoom(QNetworkReply *reply);
    void onRoom(int attempt, AnswerBudget::Grant grant);
    void parseInBackground(QByteArray body, qint64 attemptMs, int status);
    // The same for a direct provider's image, already out of its envelope.
    void checkInBackground(QByteArray base64, qint64 attemptMs, int status);
    void takeAnswer(UpstreamAnswer answer);
    // What follows an attempt's answer: success, a retry or the end.
    void settleAttempt(const UpstreamError &error, qint64 attemptMs, int status,
                       const QByteArray &retryAfter);
    void onReplyData();
    void takeAvailable(QNetworkReply *reply);
    void onDeadline();
    UpstreamError classifyFailure(QNetworkReply *reply, int status, const QByteArray &body) const;
    UpstreamError quotaError(const QDateTime &until) const;
    void dropReply();
    void finish(const UpstreamError &error);
    // Whether `error` from the current source sends the request to the next one.
    static bool movesOn(const UpstreamError &error);
    // The first source from `index` on that may be called now; why none may, otherwise.
    std::optional<int> usableSource(int index, UpstreamError *why) const;
    void useSource(int index);
    // The current source is done with (its last error): the next one, or the end.
    void endOfSource(const UpstreamError &error);
    // Since start(), on m_clock; 0 before.
    qint64 elapsedMs() const;

    NetworkPool *m_pool;
    AnswerBudget *m_budget;
    Clock *m_clock;
    QRandomGenerator *m_random;
    QuotaWindows *m_quotas;
    SourceHealth *m_health;
    std::shared_ptr<const ProviderKeys> m_keys;
    GoogleTokens *m_tokens;
    QList<UpstreamSource> m_sources; // in failover order
    int m_sourceIndex = 0;
    int m_sourceAttempt = 0; // attempts on the current source
    QUrl m_endpoint;         // the current source's
    UpstreamRequest m_request;
    RetryPolicy m_policy;
    qint64 m_maxImageBytes;
    QByteArray m_body;
    QByteArray m_received; // of the current attempt's answer

    QNetworkAccessManager *m_manager = nullptr;
    QPointer<QNetworkReply> m_reply;
    QPointer<ProviderCall> m_direct; // the current attempt's, at a Direct source
    std::unique_ptr<Clock::Alarm> m_retryAlarm;
    std::unique_ptr<Clock::Alarm> m_deadlineAlarm;
    qint64 m_startedAtMs = -1; // m_clock's monotonicMs()
    qint64 m_attemptStartedAtMs = 0;
    AbortReason m_abortReason = AbortReason::None;
    AnswerBudget::Grant m_grant; // of the current attempt's answer
    bool m_roomAsked = false;    // for the current attempt
    bool m_finishedWhileWaiting = false;
    int m_attempt = 0;
    State m_state = State::Ready;
    UpstreamResult m_result;
};

// Talks to the upstream's /api/generate-images endpoint.
class UpstreamClient : public QObject
{
    Q_OBJECT
public:
    static constexpr const char *defaultEndpoint =
        "https://ai-sdk-image-generator.vercel.app/api/generate-images";
    static constexpr qint64 defaultMaxImageBytes = 32 * 1024 * 1024;
    // A typed endpoint (option, environment, settings): an http(s) URL with a host, or
    // nullopt.
    static std::optional<QUrl> parseEndpoint(const QString &text);

    explicit UpstreamClient(QObject *parent = nullptr);
    // The one way a client is made outside core: configured from `setup`.
    static std::unique_ptr<UpstreamClient> create(const UpstreamSetup &setup);
    // Applies `setup` to the calls made from now on.
    void configure(const UpstreamSetup &setup);

    // Every provider served by this one endpoint (as --upstream URL does).
    void setEndpoint(const QUrl &endpoint);
    // The first source of the first provider: the endpoint when one serves all.
    QUrl endpoint() const;
    void setSources(const SourcePlan &plan) { m_plan = plan; }
    const SourcePlan &sources() const { return m_plan; }
    // Whether some source of `provider` may be called now (not cooling down after a
    // refusal, not waiting for a quota to reset).
    // `directOnly`: counting only direct sources (what a direct-only model can use).
    bool hasUsableSource(const QString &provider, bool directOnly = false) const;
    void setRetryPolicy(const RetryPolicy &policy) { m_policy = policy.sanitized(); }
    RetryPolicy retryPolicy() const { return m_policy; }
    void setMaxImageBytes(qint64 bytes) { m_maxImageBytes = bytes; }
    // What the calls' retry waits, Retry-After dates and deadlines run on (the system's
    // unless set; tests set their own). For calls made from now on.
    void setClock(Clock *clock) { m_clock = clock ? clock : Clock::system(); }
    void setRandom(QRandomGenerator *random);
    void setQuotaWindows(QuotaWindows *quotas) { m_quotas = quotas; }
    void setSourceHealth(SourceHealth *health) { m_health = health; }
    void setProviderKeys(std::shared_ptr<const ProviderKeys> keys, GoogleTokens *tokens);

    // A new call, not yet started; the caller owns it (parented to `parent`).
    UpstreamCall *generate(const UpstreamRequest &request, QObject *parent);

    int inFlight() const;
    AnswerBudget &answerBudget() { return m_answerBudget; }

private:
    NetworkPool *m_pool;
    AnswerBudget m_answerBudget;
    Clock *m_clock = Clock::system();
    QRandomGenerator *m_random;
    QuotaWindows *m_quotas = nullptr;
    SourceHealth *m_health = nullptr;
    std::shared_ptr<const ProviderKeys> m_keys;
    GoogleTokens *m_tokens = nullptr;
    GoogleTokens m_ownTokens; // when the setup shares none
    SourcePlan m_plan;
    RetryPolicy m_policy;
    qint64 m_maxImageBytes = defaultMaxImageBytes;
};
