#pragma once

#include <QByteArray>
#include <QDateTime>

#include <optional>

// Timing rules for upstream calls. Pure: no timers, no network, so it is unit-tested alone.
struct RetryPolicy
{
    int maxAttempts = 3;
    int initialBackoffMs = 200;
    int maxBackoffMs = 8000;
    int maxRetryAfterMs = 30000;   // a longer Retry-After is capped to this
    int transferTimeoutMs = 60000; // per attempt, inactivity (the upstream gives up at 55 s)
    int deadlineMs = 90000;        // the whole generation, all attempts and waits

    static bool isRetryableStatus(int httpStatus);

    // Backoff before attempt `nextAttempt` (2 = first retry): initial * 2^(n-2), capped,
    // with up to 25 % jitter taken off. `jitter` is in [0, 1).
    int backoffMs(int nextAttempt, double jitter) const;

    // Retry-After as seconds or HTTP date, in ms from `now`; nullopt if absent or unreadable.
    static std::optional<qint64> parseRetryAfter(const QByteArray &value, const QDateTime &now);

    // The wait before the next attempt: Retry-After (capped) when given, else the backoff.
    int delayBeforeAttempt(int nextAttempt, std::optional<qint64> retryAfterMs,
                           double jitter) const;

    // Keeps values in sane ranges (settings and command line can hold anything).
    RetryPolicy sanitized() const;
};
