#include "upstream/UpstreamClient.h"

#include "BuildInfo.h"
#include "common/Logging.h"
#include "image/ImageMetadata.h"
#include "upstream/NetworkPool.h"
#include "upstream/QuotaWindows.h"
#include "upstream/SourceHealth.h"
#include "upstream/SourceStatus.h"
#include "upstream/UpstreamAnswer.h"
#include "upstream/direct/GoogleTokens.h"
#include "upstream/direct/ProviderCall.h"

#include <algorithm>

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QtConcurrent>

UpstreamCall::UpstreamCall(const Services &services, const QList<UpstreamSource> &sources,
                           const UpstreamRequest &request, QObject *parent)
    : QObject(parent)
    , m_pool(services.pool)
    , m_budget(services.budget)
    , m_clock(services.clock)
    , m_random(services.random)
    , m_quotas(services.quotas)
    , m_health(services.health)
    , m_keys(services.keys)
    , m_tokens(services.tokens)
    , m_sources(sources)
    , m_request(request)
    , m_policy(services.policy)
    , m_maxImageBytes(services.maxImageBytes)
{
    useSource(0);
    QJsonObject body{{QLatin1String("prompt"), request.prompt},
                     {QLatin1String("provider"), request.provider},
                     {QLatin1String("modelId"), request.modelId}};
    m_body = QJsonDocument(body).toJson(QJsonDocument::Compact);
}

UpstreamCall::~UpstreamCall()
{
    m_abortReason = AbortReason::Cancelled;
    dropReply();
}

void UpstreamCall::start()
{
    if (m_startedAtMs >= 0 || m_state == State::Finished) // started, or cancelled before
        return;
    m_startedAtMs = m_clock->monotonicMs();
    m_deadlineAlarm = m_clock->schedule(m_policy.deadlineMs, [this] { onDeadline(); });
    UpstreamError why;
    if (m_sources.isEmpty()) { // a direct-only model, and no direct source for it
        why = {UpstreamError::Kind::KeyRejected, 0,
               tr("%1 is made only with your own %2 key: add one in Settings > Sources > Use "
                  "my own keys, or run with --source %3=direct and %4.")
                   .arg(m_request.modelId, SourcePlan::providerName(m_request.provider),
                        m_request.provider,
                        ProviderKeys::variablesOf(m_request.provider).value(0))};
    }
    if (const auto first = usableSource(0, &why)) {
        useSource(*first);
        startAttempt();
        return;
    }
    // Every source refused lately or waits for its quota: answered without a call.
    QMetaObject::invokeMethod(
        this, [this, why] { finish(why); }, Qt::QueuedConnection);
}

std::optional<int> UpstreamCall::usableSource(int index, UpstreamError *why) const
{
    const QDateTime now = m_clock->now();
    for (int i = index; i < m_sources.size(); ++i) {
        const UpstreamSource &source = m_sources.at(i);
        if (source.isDirect()) {
            const QStringList missing = m_keys ? m_keys->missing(source.provider)
                                               : ProviderKeys::variablesOf(source.provider);
            if (!missing.isEmpty()) { // nothing to call it with: skipped, not marked
                *why = {UpstreamError::Kind::KeyRejected, 0,
                        tr("No key for the %1 API: set %2 in Settings > Sources, in the "
                           "environment or with --env-file.")
                            .arg(SourcePlan::providerName(source.provider),
                                 missing.join(QLatin1String(", ")))};
                continue;
            }
        }
        const SourceStatus status = SourceStatus::of(source, m_quotas, m_health, now);
        if (status.isUsable())
            return i;
        *why = status.refusal ? *status.refusal : quotaError(*status.quotaResetsAt);
    }
    return std::nullopt;
}

void UpstreamCall::useSource(int index)
{
    m_sourceIndex = index;
    m_sourceAttempt = 0;
    m_result.source = m_sources.value(index);
    m_endpoint = m_result.source.identity();
}

bool UpstreamCall::movesOn(const UpstreamError &error)
{
    using Kind = UpstreamError::Kind;
    switch (error.kind) {
    case Kind::AccessDenied:
    case Kind::KeyRejected:
    case Kind::QuotaExceeded:
    case Kind::Network:
    case Kind::Timeout:
    case Kind::UpstreamFailure:
    case Kind::RateLimited:
    case Kind::InvalidResponse:
        return true;
    case Kind::Rejected: // a deployment that is gone, protected or not ours
        return error.httpStatus == 401 || error.httpStatus == 403 || error.httpStatus == 404;
    case Kind::None:
    case Kind::Deadline:
    case Kind::GenerationFailed: // another source would pay the provider three times more
    case Kind::ContentPolicy:
    case Kind::TooLarge:
    case Kind::Cancelled:
    case Kind::Storage:
        break;
    }
    return false;
}

void UpstreamCall::endOfSource(const UpstreamError &error)
{
    if (m_state == State::Finished) // cancelled or past the deadline while this was queued
        return;
    const bool permanent = error.kind == UpstreamError::Kind::AccessDenied ||
                           error.kind == UpstreamError::Kind::KeyRejected ||
                           (error.kind == UpstreamError::Kind::Rejected && movesOn(error));
    if (m_health)
        m_health->recordFailure(m_endpoint, m_clock->now(), error, permanent);
    UpstreamError why;
    const auto next = movesOn(error) ? usableSource(m_sourceIndex + 1, &why) : std::nullopt;
    if (!next) {
        finish(error);
        return;
    }
    qCInfo(lcUpstream).noquote() << m_request.logTag << "moving on to"
                                 << m_sources.at(*next).displayName() << "after"
                                 << UpstreamError::kindName(error.kind);
    useSource(*next);
    emit sourceChanged(m_result.source, error);
    startAttempt();
}

void UpstreamCall::startAttempt()
{
    m_retryAlarm.reset();
    ++m_attempt;
    ++m_sourceAttempt;
    m_result.attempts = m_attempt;
    m_abortReason = AbortReason::None;
    m_received = QByteArray();
    m_grant.reset();
    m_roomAsked = false;
    m_finishedWhileWaiting = false;
    m_state = State::Requesting;
    if (m_result.source.isDirect()) {
        startDirectAttempt();
        return;
    }
    if (m_quotas) {
        const QString endpoint = m_endpoint.toString();
        if (const auto until = m_quotas->blockedUntil(endpoint, m_clock->now())) {
            // Another call met the quota meanwhile: this one makes no call either.
            --m_sourceAttempt;
            m_result.attempts = --m_attempt;
            QMetaObject::invokeMethod(
                this, [this, until = *until] { endOfSource(quotaError(until)); },
                Qt::QueuedConnection);
            return;
        }
        m_quotas->recordPost(endpoint, m_clock->now());
    }

    QNetworkRequest request(m_endpoint);
    // The source's own headers (a deployment's protection bypass): secrets, never logged.
    for (const auto &[name, value] : std::as_const(m_result.source.headers))
        request.setRawHeader(name, value);
    // Qt copies raw headers into a redirected request: a secret goes to no other origin.
    if (!m_result.source.headers.isEmpty())
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::SameOriginRedirectPolicy);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    // Kept by Qt's own timer, not m_clock: it is reset by every byte that arrives.
    request.setTransferTimeout(m_policy.transferTimeoutMs);
    // ImageBridge says what it is: it does not dress its calls as the site's own page (the
    // public site answers only that page; its operator decides who may call it).
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("User-Agent", QByteArrayLiteral("ImageBridge/") + BuildInfo::version);

    NetworkPool::prepare(request);
    m_manager = m_pool->acquire();
    m_attemptStartedAtMs = m_clock->monotonicMs();
    m_reply = m_manager->post(request, m_body);
    limitReadBuffer(m_reply);
    connect(m_reply, &QNetworkReply::finished, this, &UpstreamCall::onReplyFinished);
    connect(m_reply, &QNetworkReply::readyRead, this, &UpstreamCall::onReplyData);
    qCDebug(lcUpstream).noquote() << m_request.logTag << "attempt" << m_attempt << "of"
                                  << m_policy.maxAttempts << m_request.provider
                                  << m_request.modelId;
    emit attemptStarted(m_attempt, m_policy.maxAttempts);
}

void UpstreamCall::startDirectAttempt()
{
    ProviderCall::Setup setup;
    m_manager = m_pool->acquire();
    setup.manager = m_manager;
    setup.keys = m_keys;
    setup.tokens = m_tokens;
    setup.clock = m_clock;
    setup.random = m_random;
    setup.baseUrl = m_result.source.url;
    setup.transferTimeoutMs = m_policy.transferTimeoutMs;
    setup.maxImageBytes = m_maxImageBytes;
    setup.logTag = m_request.logTag;
    const ProviderCall::Job job{m_request.provider, m_request.modelId, m_request.prompt,
                                m_request.shape};
    m_direct = ProviderCall::create(setup, job, this);
    m_attemptStartedAtMs = m_clock->monotonicMs();
    qCDebug(lcUpstream).noquote() << m_request.logTag << "attempt" << m_attempt << "of"
                                  << m_policy.maxAttempts << "direct" << m_request.provider
                                  << m_request.modelId;
    emit attemptStarted(m_attempt, m_policy.maxAttempts);
    if (!m_direct) {
        const UpstreamError error{UpstreamError::Kind::Rejected, 0,
                                  tr("%1 has no direct API.").arg(m_request.provider)};
        QMetaObject::invokeMethod(
            this, [this, error] { settleAttempt(error, 0, 0, {}); }, Qt::QueuedConnection);
        return;
    }
    connect(m_direct, &ProviderCall::finished, this, &UpstreamCall::onDirectFinished);
    m_direct->start();
}

void UpstreamCall::onDirectFinished()
{
    ProviderCall *call = m_direct;
    if (!call || call != sender())
        return;
    m_direct = nullptr;
    call->deleteLater();
    if (m_manager) {
        m_pool->release(m_manager);
        m_manager = nullptr;
    }
    const qint64 attemptMs = m_clock->monotonicMs() - m_attemptStartedAtMs;
    m_result.bytesReceived += call->bytesReceived();
    m_result.lastAttemptMs = attemptMs;
    m_result.providerCalls += call->providerCalls();
    if (call->ok())
        checkInBackground(call->takeBase64(), attemptMs, call->status());
    else
        settleAttempt(call->error(), attemptMs, call->status(), call->retryAfter());
}

void UpstreamCall::limitReadBuffer(QNetworkReply *reply)
{
    // Qt's HTTP thread reads a whole answer unless the reply's read buffer is limited, and it
    // only takes the limit once it has started the request: a limit set right after post()
    // is dropped. Set one event later, it reaches the HTTP thread after the start and before
    // the answer. Until there is room (waitForRoom) it stays small, so a waiting answer stays
    // in the network; after, it lets the answer flow while keeping Qt's copy bounded.
    QPointer<QNetworkReply> guarded(reply);
    QMetaObject::invokeMethod(
        this,
        [this, guarded] {
            if (guarded && guarded == m_reply)
                guarded->setReadBufferSize(m_state == State::Requesting && m_roomAsked
                                               ? flowingReadBufferBytes
                                               : waitingReadBufferBytes);
        },
        Qt::QueuedConnection);
}

bool UpstreamCall::waitForRoom(QNetworkReply *reply)
{
    if (m_state == State::WaitingRoom)
        return true;
    if (m_roomAsked)
        return false;
    m_roomAsked = true;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status != 200 || !m_budget) { // failures are small, and read at once
        reply->setReadBufferSize(flowingReadBufferBytes);
        return false;
    }
    const qint64 announced = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
    m_state = State::WaitingRoom;
    m_budget->request(announced > 0 ? announced : unannouncedAnswerBytes, this,
                      [this, attempt = m_attempt](AnswerBudget::Grant grant) {
                          onRoom(attempt, std::move(grant));
                      });
    return m_state == State::WaitingRoom;
}

void UpstreamCall::onRoom(int attempt, AnswerBudget::Grant grant)
{
    if (attempt != m_attempt || m_state != State::WaitingRoom || !m_reply)
        return; // a later attempt, or no longer waiting: the grant goes back at once
    qCDebug(lcUpstream).noquote() << m_request.logTag << "answer has room";
    m_grant = std::move(grant);
    m_state = State::Requesting;
    m_reply->setReadBufferSize(flowingReadBufferBytes);
    onReplyData();
    if (m_finishedWhileWaiting && m_reply)
        settleReply(m_reply);
}

void UpstreamCall::onReplyData()
{
    // base64 is 4/3 of the bytes; the JSON around it is small.
    const qint64 limit = m_maxImageBytes / 3 * 4 + 64 * 1024;
    const qint64 announced = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
    if (announced > limit || m_received.size() + m_reply->bytesAvailable() > limit) {
        m_abortReason = AbortReason::TooLarge;
        m_received = QByteArray();
        m_reply->abort();
        return;
    }
    if (waitForRoom(m_reply))
        return; // taken once there is room (onRoom)
    // Taken as it arrives: left in the reply, the answer would wait in pieces to be joined
    // at the end, with both copies of the megabytes alive at once. The buffer has room in
    // front, so the metadata later goes into the image without moving it.
    if (m_received.isEmpty() && announced > 0)
        m_received = ImageMetadata::base64Buffer(announced);
    takeAvailable(m_reply);
}

void UpstreamCall::takeAvailable(QNetworkReply *reply)
{
    // Read straight into the answer: readAll() would copy every piece once more into a
    // temporary, the largest cost of the engine thread under load.
    const qint64 available = reply->bytesAvailable();
    if (available <= 0)
        return;
    const qsizetype had = m_received.size();
    m_received.resize(had + available);
    const qint64 got = reply->read(m_received.data() + had, available);
    m_received.resize(had + std::max<qint64>(got, 0));
}

void UpstreamCall::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply || reply != sender())
        return;
    if (m_state == State::WaitingRoom) {
        // An answer small enough to be all in the read buffer can end while it waits; one
        // that broke off (or timed out waiting) needs no room to be reported.
        if (reply->error() == QNetworkReply::NoError) {
            m_finishedWhileWaiting = true;
            return;
        }
        m_state = State::Requesting; // the room, when it comes, goes back at once
    }
    settleReply(reply);
}

void UpstreamCall::settleReply(QNetworkReply *reply)
{
    const qint64 attemptMs = m_clock->monotonicMs() - m_attemptStartedAtMs;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray retryAfter = reply->rawHeader("Retry-After");
    const AbortReason abortReason = m_abortReason;
    QByteArray body;
    if (abortReason == AbortReason::None && reply->isOpen()) {
        takeAvailable(reply);
        body = std::exchange(m_received, QByteArray());
    }
    m_result.bytesReceived += body.size();
    m_result.lastAttemptMs = attemptMs;

    UpstreamError error;
    if (abortReason == AbortReason::TooLarge) {
        error = {UpstreamError::Kind::TooLarge, status,
                 tr("The upstream sent an image larger than %1 MiB.")
                     .arg(m_maxImageBytes / (1024 * 1024))};
    } else if (reply->error() == QNetworkReply::NoError && status == 200) {
        dropReply();
        parseInBackground(std::move(body), attemptMs, status);
        return;
    } else {
        error = classifyFailure(reply, status, body);
    }
    dropReply();
    if (abortReason == AbortReason::Cancelled || abortReason == AbortReason::Deadline)
        return; // finish() was called by cancel()/onDeadline()
    settleAttempt(error, attemptMs, status, retryAfter);
}

void UpstreamCall::parseInBackground(QByteArray body, qint64 attemptMs, int status)
{
    // Megabytes of base64 are checked off this thread: no work for the studio's event loop,
    // nor for the API engine's, which serves every client.
    m_state = State::Checking;
    auto *watcher = new QFutureWatcher<UpstreamAnswer>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, attemptMs, status] {
        watcher->deleteLater();
        if (m_state == State::Finished)
            return; // cancelled, or past the deadline, meanwhile
        // Taken, not copied: a copy would share the buffer with the future's result, and
        // the metadata written into it later would copy all of it.
        UpstreamAnswer answer = watcher->future().takeResult();
        const UpstreamError error = answer.error;
        takeAnswer(std::move(answer));
        settleAttempt(error, attemptMs, status, {});
    });
    // Moved into parse(): handed the stored copy, parse() would share the buffer and copy
    // all of it when it cuts the image out in place.
    watcher->setFuture(QtConcurrent::run([body = std::move(body), max = m_maxImageBytes]() mutable {
        return UpstreamAnswer::parse(std::move(body), max);
    }));
}

void UpstreamCall::checkInBackground(QByteArray base64, qint64 attemptMs, int status)
{
    m_state = State::Checking;
    auto *watcher = new QFutureWatcher<UpstreamAnswer>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, attemptMs, status] {
        watcher->deleteLater();
        if (m_state == State::Finished)
            return;
        UpstreamAnswer answer = watcher->future().takeResult();
        const UpstreamError error = answer.error;
        takeAnswer(std::move(answer));
        settleAttempt(error, attemptMs, status, {});
    });
    watcher->setFuture(
        QtConcurrent::run([base64 = std::move(base64), max = m_maxImageBytes]() mutable {
            return UpstreamAnswer::check(std::move(base64), max);
        }));
}

void UpstreamCall::takeAnswer(UpstreamAnswer answer)
{
    m_result.base64 = std::move(answer.base64);
    m_result.type = answer.type;
    m_result.byteSize = answer.byteSize;
    if (answer.error.isError())
        m_grant.reset(); // nothing to keep: another attempt may follow
    else
        m_result.memoryGrant = std::exchange(m_grant, {});
}

void UpstreamCall::settleAttempt(const UpstreamError &error, qint64 attemptMs, int status,
                                 const QByteArray &retryAfter)
{
    if (!error.isError()) {
        qCDebug(lcUpstream).noquote()
            << m_request.logTag << "attempt" << m_attempt << "succeeded in" << attemptMs << "ms";
        if (m_health)
            m_health->recordSuccess(m_endpoint, m_clock->now());
        finish(error);
        return;
    }

    if (error.kind == UpstreamError::Kind::QuotaExceeded && m_quotas && !error.retryAt.isValid()) {
        const QDateTime until =
            m_quotas->recordQuotaExceeded(m_endpoint.toString(), m_clock->now());
        settleAttempt(quotaError(until), attemptMs, status, retryAfter);
        return;
    }
    int delay = -1;
    if (error.isRetryable() && m_sourceAttempt < m_policy.maxAttempts) {
        const auto retryAfterMs = RetryPolicy::parseRetryAfter(retryAfter, m_clock->now());
        delay = m_policy.delayBeforeAttempt(m_sourceAttempt + 1, retryAfterMs,
                                            m_random->generateDouble());
        if (elapsedMs() + delay >= m_policy.deadlineMs)
            delay = -1; // the wait alone would pass the deadline
    }
    qCInfo(lcUpstream).noquote() << m_request.logTag << "attempt" << m_attempt << "failed after"
                                 << attemptMs << "ms:" << UpstreamError::kindName(error.kind)
                                 << status
                                 << (delay >= 0 ? QStringLiteral("retrying in %1 ms").arg(delay)
                                                : QStringLiteral("giving up"));
    emit attemptFailed(m_attempt, error, delay, attemptMs);
    if (delay >= 0) {
        m_state = State::WaitingRetry;
        m_retryAlarm = m_clock->schedule(delay, [this] { startAttempt(); });
    } else {
        endOfSource(error);
    }
}

UpstreamError UpstreamCall::classifyFailure(QNetworkReply *reply, int status,
                                            const QByteArray &body) const
{
    using Kind = UpstreamError::Kind;
    if (status == 0) {
        const auto code = reply->error();
        // An expired transfer timeout surfaces as OperationCanceledError in Qt 6.4.
        if (code == QNetworkReply::OperationCanceledError || code == QNetworkReply::TimeoutError)
            return {Kind::Timeout, 0,
                    tr("The upstream sent nothing for %1 s.")
                        .arg(m_policy.transferTimeoutMs / 1000.0, 0, 'f', 1)};
        return {Kind::Network, 0, tr("Could not reach the upstream: %1").arg(reply->errorString())};
    }
    if (status == 200) // a connection dropped in the middle of the body
        return {Kind::Network, status,
                tr("The upstream connection broke off: %1").arg(reply->errorString())};

    return classifyAnswer(status, reply->header(QNetworkRequest::ContentTypeHeader).toByteArray(),
                          reply->hasRawHeader("Retry-After"), body);
}

UpstreamError UpstreamCall::classifyAnswer(int status, const QByteArray &contentType,
                                           bool hasRetryAfter, const QByteArray &body)
{
    using Kind = UpstreamError::Kind;
    const QString detail = UpstreamAnswer::errorText(body);
    const QString said = detail.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(detail);
    const bool json = contentType.startsWith("application/json");
    // The public site's guards (the template's live branch), told by status, type and body.
    if (status == 403 && json &&
        detail.compare(QLatin1String("Access denied"), Qt::CaseInsensitive) == 0)
        return {Kind::AccessDenied, status,
                tr("The public AI SDK Image Generator answers only its own web page (Vercel "
                   "BotID), not applications. Use your own deployment of the template: add it "
                   "in Settings > Sources, or start with --source or --upstream URL.")};
    if (status == 429 && !hasRetryAfter && contentType.startsWith("text/plain") &&
        body.contains("rate limit"))
        return {Kind::QuotaExceeded, status,
                tr("The upstream's daily quota is used up (the public site allows 20 "
                   "generations per address per day, shared with everyone on your network). "
                   "Use your own deployment of the template, or wait until the quota resets.")};
    if (json && detail.contains(QLatin1String("unsafe content"), Qt::CaseInsensitive))
        return {Kind::ContentPolicy, status,
                tr("The upstream refused the prompt as unsafe. Change the prompt.")};
    if (status == 429)
        return {Kind::RateLimited, status, tr("The upstream is busy (rate limited).") + said};
    if (status == 504 || status == 408)
        return {Kind::Timeout, status, tr("The upstream timed out (HTTP %1).").arg(status) + said};
    // The route's own error: it answers JSON {"error": ...}; the platform's pages do not.
    if (status == 500 && json && !detail.isEmpty())
        return {Kind::GenerationFailed, status,
                tr("The upstream could not generate the image (HTTP %1)%2; its provider was "
                   "already retried there.")
                    .arg(status)
                    .arg(said)};
    if (status >= 500 || RetryPolicy::isRetryableStatus(status))
        return {Kind::UpstreamFailure, status,
                tr("The upstream failed to generate the image (HTTP %1).").arg(status) + said};
    return {Kind::Rejected, status,
            tr("The upstream rejected the request (HTTP %1).").arg(status) + said};
}

UpstreamError UpstreamCall::quotaError(const QDateTime &until) const
{
    return {UpstreamError::Kind::QuotaExceeded, 429,
            tr("The upstream's daily quota is used up (the public site allows 20 generations "
               "per address per day, shared with everyone on your network). It resets by %1; "
               "until then ImageBridge does not call it. Use your own deployment of the "
               "template meanwhile.")
                .arg(QLocale().toString(until.toLocalTime(), QLocale::ShortFormat)),
            until};
}

void UpstreamCall::onDeadline()
{
    if (m_state == State::Finished)
        return;
    m_abortReason = AbortReason::Deadline;
    dropReply();
    finish({UpstreamError::Kind::Deadline, 0,
            tr("No image after %1 s (%n attempt(s)).", nullptr, m_attempt)
                .arg(m_policy.deadlineMs / 1000.0, 0, 'f', 1)});
}

void UpstreamCall::cancel()
{
    if (m_state == State::Finished)
        return;
    m_abortReason = AbortReason::Cancelled;
    dropReply();
    finish({UpstreamError::Kind::Cancelled, 0, tr("Cancelled.")});
}

void UpstreamCall::dropReply()
{
    if (ProviderCall *call = m_direct) {
        m_direct = nullptr;
        call->abort(); // a prediction still running is cancelled at the provider
        call->deleteLater();
    }
    if (m_manager) {
        m_pool->release(m_manager);
        m_manager = nullptr;
    }
    if (QNetworkReply *reply = m_reply) {
        m_reply = nullptr;
        reply->disconnect(this);
        if (reply->isRunning())
            reply->abort();
        reply->deleteLater();
    }
}

void UpstreamCall::finish(const UpstreamError &error)
{
    if (m_state == State::Finished)
        return;
    m_state = State::Finished;
    m_deadlineAlarm.reset();
    m_retryAlarm.reset();
    m_result.error = error;
    m_grant.reset();
    if (error.isError())
        m_result.memoryGrant.reset();
    m_result.elapsedMs = elapsedMs();
    emit finished();
}

qint64 UpstreamCall::elapsedMs() const
{
    return m_startedAtMs >= 0 ? m_clock->monotonicMs() - m_startedAtMs : 0;
}

std::optional<QUrl> UpstreamClient::parseEndpoint(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
        return std::nullopt;
    return url;
}

UpstreamClient::UpstreamClient(QObject *parent)
    : QObject(parent)
    , m_pool(new NetworkPool(this))
    , m_random(QRandomGenerator::global())
    , m_plan(SourcePlan::everyProvider(UpstreamSource::publicSite()))
{}

void UpstreamClient::setEndpoint(const QUrl &endpoint)
{
    m_plan = SourcePlan::everyProvider(UpstreamSource::forUrl(endpoint));
}

QUrl UpstreamClient::endpoint() const
{
    return m_plan.sources(SourcePlan::providers().first()).value(0).url;
}

bool UpstreamClient::hasUsableSource(const QString &provider, bool directOnly) const
{
    const QDateTime now = m_clock->now();
    const QList<UpstreamSource> sources = m_plan.sources(provider);
    return std::any_of(sources.cbegin(), sources.cend(), [&](const UpstreamSource &s) {
        if (directOnly && !s.isDirect())
            return false;
        if (s.isDirect() && (!m_keys || !m_keys->has(s.provider)))
            return false;
        return SourceStatus::of(s, m_quotas, m_health, now).isUsable();
    });
}

std::unique_ptr<UpstreamClient> UpstreamClient::create(const UpstreamSetup &setup)
{
    auto client = std::make_unique<UpstreamClient>();
    client->configure(setup);
    return client;
}

void UpstreamClient::configure(const UpstreamSetup &setup)
{
    setSources(setup.sources);
    setRetryPolicy(setup.retry);
    setClock(setup.clock);
    setRandom(setup.random);
    setQuotaWindows(setup.quotas);
    setSourceHealth(setup.health);
    setProviderKeys(setup.keys, setup.tokens);
}

void UpstreamClient::setProviderKeys(std::shared_ptr<const ProviderKeys> keys, GoogleTokens *tokens)
{
    m_keys = std::move(keys);
    m_tokens = tokens ? tokens : &m_ownTokens;
}

void UpstreamClient::setRandom(QRandomGenerator *random)
{
    m_random = random ? random : QRandomGenerator::global();
}

UpstreamCall *UpstreamClient::generate(const UpstreamRequest &request, QObject *parent)
{
    QList<UpstreamSource> sources = m_plan.sources(request.provider);
    if (sources.isEmpty()) // a provider the plan does not know: the first provider's way
        sources = m_plan.sources(SourcePlan::providers().first());
    if (request.directOnly)
        sources.erase(std::remove_if(sources.begin(), sources.end(),
                                     [](const UpstreamSource &s) { return !s.isDirect(); }),
                      sources.end());
    const UpstreamCall::Services services{
        m_pool,   &m_answerBudget, m_clock,         m_random, m_quotas,
        m_health, m_policy,        m_maxImageBytes, m_keys,   m_tokens ? m_tokens : &m_ownTokens};
    return new UpstreamCall(services, sources, request, parent);
}

int UpstreamClient::inFlight() const
{
    return m_pool->inFlight();
}
