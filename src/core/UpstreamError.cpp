#include "UpstreamError.h"

#include "RetryPolicy.h"

bool UpstreamError::isRetryable() const
{
    switch (kind) {
    case Kind::Network:
    case Kind::Timeout:
    case Kind::InvalidResponse:
        return true;
    case Kind::RateLimited:
    case Kind::UpstreamFailure:
        return httpStatus != 0 && RetryPolicy::isRetryableStatus(httpStatus);
    case Kind::None:
    case Kind::Deadline:
    case Kind::Rejected:
    case Kind::TooLarge:
    case Kind::Cancelled:
        break;
    }
    return false;
}

QString UpstreamError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("ok");
    case Kind::Network:
        return QStringLiteral("network");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::Deadline:
        return QStringLiteral("deadline");
    case Kind::RateLimited:
        return QStringLiteral("rate_limited");
    case Kind::UpstreamFailure:
        return QStringLiteral("upstream_failure");
    case Kind::Rejected:
        return QStringLiteral("rejected");
    case Kind::InvalidResponse:
        return QStringLiteral("invalid_response");
    case Kind::TooLarge:
        return QStringLiteral("too_large");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}
