#pragma once

#include <QString>

// What went wrong with an upstream generation, as a value. `message` is for people;
// answerStatus() is the HTTP status it is reported with.
struct UpstreamError
{
    enum class Kind {
        None,
        Network,         // connection refused, reset, DNS...
        Timeout,         // one attempt saw no data for the transfer timeout
        Deadline,        // the overall deadline passed
        RateLimited,     // upstream 429
        UpstreamFailure, // upstream 5xx
        Rejected,        // upstream 4xx other than 408/425/429 (bad request, not retried)
        InvalidResponse, // 200 but not a usable image (retried: a broken answer is transient)
        TooLarge,        // 200 with an image over the size limit (not retried)
        Cancelled,
        Storage, // the image came but could not be kept (disk full, index locked)
    };

    Kind kind = Kind::None;
    int httpStatus = 0; // the upstream's status, 0 when none was received
    QString message;

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
