#include "UpstreamError.h"

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
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}
