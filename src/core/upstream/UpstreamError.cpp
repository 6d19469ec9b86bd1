#include "upstream/UpstreamError.h"

#include "upstream/RetryPolicy.h"

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
    case Kind::GenerationFailed:
    case Kind::AccessDenied:
    case Kind::QuotaExceeded:
    case Kind::ContentPolicy:
    case Kind::KeyRejected:
    case Kind::Rejected:
    case Kind::TooLarge:
    case Kind::Cancelled:
    case Kind::Storage:
        break;
    }
    return false;
}

int UpstreamError::answerStatus() const
{
    switch (kind) {
    case Kind::RateLimited:
    case Kind::QuotaExceeded:
        return 429;
    case Kind::AccessDenied:
        return 403; // a 4xx that SDKs do not retry, and not 401 (no wrong ImageBridge key)
    case Kind::ContentPolicy:
        return 400; // as OpenAI answers a refused prompt
    case Kind::GenerationFailed:
        return 502;
    case Kind::Network:
        return 503;
    case Kind::Timeout:
    case Kind::Deadline:
        return 504;
    case Kind::InvalidResponse:
    case Kind::Rejected:
    case Kind::TooLarge:
    case Kind::KeyRejected: // ImageBridge's own key for the provider: a gateway's failure
        return 502;
    case Kind::UpstreamFailure:
        return httpStatus == 503 ? 503 : 502;
    case Kind::Cancelled:
        return 499; // the client closed the request (nginx's convention)
    case Kind::Storage:
    case Kind::None:
        break;
    }
    return 500;
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
    case Kind::GenerationFailed:
        return QStringLiteral("generation_failed");
    case Kind::AccessDenied:
        return QStringLiteral("access_denied");
    case Kind::QuotaExceeded:
        return QStringLiteral("quota_exceeded");
    case Kind::ContentPolicy:
        return QStringLiteral("content_policy");
    case Kind::KeyRejected:
        return QStringLiteral("key_rejected");
    case Kind::Rejected:
        return QStringLiteral("rejected");
    case Kind::InvalidResponse:
        return QStringLiteral("invalid_response");
    case Kind::TooLarge:
        return QStringLiteral("too_large");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    case Kind::Storage:
        return QStringLiteral("storage");
    }
    return {};
}
