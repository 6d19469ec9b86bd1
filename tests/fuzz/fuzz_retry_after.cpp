// The upstream's Retry-After header: seconds or an HTTP date.
#include "FuzzInput.h"
#include "upstream/RetryPolicy.h"

#include <QDateTime>
#include <QTimeZone>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QDateTime now(QDate(2026, 12, 1), QTime(12, 0), QTimeZone::utc());
    const auto delay = RetryPolicy::parseRetryAfter(fuzzInput(data, size), now);
    if (delay && *delay < 0)
        __builtin_trap();
    return 0;
}
