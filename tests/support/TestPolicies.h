#pragma once

#include "upstream/RetryPolicy.h"

// Retry timings for tests: the same rules as in production, in milliseconds rather than
// seconds, so the suites stay fast.
inline RetryPolicy fastRetryPolicy(int maxRetryAfterMs = 3000)
{
    RetryPolicy policy;
    policy.initialBackoffMs = 10;
    policy.maxBackoffMs = 50;
    policy.maxRetryAfterMs = maxRetryAfterMs;
    policy.transferTimeoutMs = 3000;
    policy.deadlineMs = 20000;
    return policy;
}
