#include "upstream/SourceStatus.h"

#include "upstream/QuotaWindows.h"

SourceStatus SourceStatus::of(const UpstreamSource &source, const QuotaWindows *quotas,
                              const SourceHealth *health, const QDateTime &now)
{
    SourceStatus status;
    if (quotas) {
        const QString key = source.identity().toString();
        status.quotaResetsAt = quotas->blockedUntil(key, now);
        status.postsInWindow = quotas->postsInWindow(key, now);
    }
    if (health) {
        status.refusal = health->refusal(source.identity(), now);
        status.health = health->state(source.identity());
    }
    return status;
}
