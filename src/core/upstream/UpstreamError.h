#pragma once

#include <QDateTime>
#include <QString>

#include <utility>

// What went wrong with an upstream generation, as a value. `message` is for people;
// answerStatus() is the HTTP status it is reported with.
struct UpstreamError
{
    enum class Kind {
        None,
        Network,         // connection refused, reset, DNS...
        Timeout,         // one attempt saw no data for the transfer timeout
        Deadline,        // the overall deadline passed
        RateLimited,     // upstream 429 that may pass soon (Retry-After, or not the quota's)
        UpstreamFailure, // a platform 5xx (Vercel's 502/503/504 pages): retried
        // The route answered its own JSON error (500): its AI SDK already retried the
        // provider, or the failure is deterministic (unknown model). Not retried.
        GenerationFailed,
        Rejected, // upstream 4xx other than 408/425/429 (bad request, not retried)
        // The public site's guards and refusals (the template's live branch), not retried:
        AccessDenied,  // 403 {"error":"Access denied"}: Vercel BotID answers only its page
        QuotaExceeded, // 429 text "Too many requests (rate limit)": the daily quota is used
        ContentPolicy, // the prompt was refused as unsafe
        // A direct provider refused the user's key (401/403), or there is none: the source
        // is skipped until the key changes.
        KeyRejected,
        InvalidResponse, // 200 but not a usable image (retried: a broken answer is transient)
        TooLarge,        // 200 with an image over the size limit (not retried)
        Cancelled,
        Storage, // the image came but could not be kept (disk full, index locked)
    };

    UpstreamError() = default;
    UpstreamError(Kind kind_, int httpStatus_, QString message_, QDateTime retryAt_ = {})
        : kind(kind_)
        , httpStatus(httpStatus_)
        , message(std::move(message_))
        , retryAt(std::move(retryAt_))
    {}

    Kind kind = Kind::None;
    int httpStatus = 0; // the upstream's status, 0 when none was received
    QString message;
    QDateTime retryAt; // QuotaExceeded: when the upstream's window can have reset, if known

    bool isError() const { return kind != Kind::None; }
    // Whether another attempt may succeed: network trouble, timeouts, broken 200 answers and
    // the statuses RetryPolicy::isRetryableStatus names (408, 425, 429, 500, 502-504).
    bool isRetryable() const;
    // The HTTP status ImageBridge reports for this failure (API answers, request log).
    int answerStatus() const;
    // Whether the failure says something about the model (its statistics, cool-down):
    // not when it was cancelled or could not be kept here.
    bool countsAgainstModel() const { return kind != Kind::Cancelled && kind != Kind::Storage; }
    static QString kindName(Kind kind);
};
