#include "upstream/RetryPolicy.h"

#include <QLocale>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

bool RetryPolicy::isRetryableStatus(int httpStatus)
{
    switch (httpStatus) {
    case 408:
    case 425:
    case 429:
    case 500:
    case 502:
    case 503:
    case 504:
        return true;
    default:
        return false;
    }
}

int RetryPolicy::backoffMs(int nextAttempt, double jitter) const
{
    const int exponent = std::clamp(nextAttempt - 2, 0, 30);
    const double raw =
        std::min<double>(double(initialBackoffMs) * std::pow(2.0, exponent), double(maxBackoffMs));
    const double jittered = raw * (1.0 - 0.25 * std::clamp(jitter, 0.0, 1.0));
    return std::max(0, int(std::lround(jittered)));
}

std::optional<qint64> RetryPolicy::parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool ok = false;
    const double seconds = trimmed.toDouble(&ok);
    if (ok) {
        if (!std::isfinite(seconds) || seconds < 0)
            return std::nullopt;
        return qint64(std::min(seconds, 1.0e7) * 1000.0);
    }
    // IMF-fixdate, e.g. "Wed, 21 Oct 2015 07:28:00 GMT".
    QDateTime date = QLocale::c().toDateTime(QString::fromLatin1(trimmed),
                                             QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!date.isValid())
        return std::nullopt;
    date.setTimeZone(QTimeZone::utc());
    return std::max<qint64>(0, now.msecsTo(date));
}

int RetryPolicy::delayBeforeAttempt(int nextAttempt, std::optional<qint64> retryAfterMs,
                                    double jitter) const
{
    if (retryAfterMs)
        return int(std::clamp<qint64>(*retryAfterMs, 0, maxRetryAfterMs));
    return backoffMs(nextAttempt, jitter);
}

RetryPolicy RetryPolicy::sanitized() const
{
    RetryPolicy p = *this;
    p.maxAttempts = std::clamp(p.maxAttempts, 1, 10);
    p.initialBackoffMs = std::clamp(p.initialBackoffMs, 0, 60000);
    p.maxBackoffMs = std::clamp(p.maxBackoffMs, p.initialBackoffMs, 120000);
    p.maxRetryAfterMs = std::clamp(p.maxRetryAfterMs, 0, 120000);
    p.transferTimeoutMs = std::clamp(p.transferTimeoutMs, 100, 600000);
    p.deadlineMs = std::clamp(p.deadlineMs, 100, 3600000);
    return p;
}
