#pragma once

#include "upstream/SourceHealth.h"
#include "upstream/UpstreamError.h"
#include "upstream/UpstreamSource.h"

#include <QDateTime>

#include <optional>

class QuotaWindows;

// What the run knows of one source at a moment: whether a quota or a refusal keeps it from
// being called, and its history. One reading for the calls that skip a source, /v1/models,
// the Sources page and `imagebridge sources`.
struct SourceStatus
{
    // The public site's middleware: POSTs per address per 24 h.
    static constexpr int publicDailyLimit = 20;

    std::optional<QDateTime> quotaResetsAt; // its quota is used up: not called until then
    std::optional<UpstreamError> refusal;   // cooling down from this permanent refusal
    int postsInWindow = 0;                  // the POSTs of its current quota window
    SourceHealth::State health;

    bool isUsable() const { return !quotaResetsAt && !refusal; }

    // Either may be null (a client without them): nothing is known from it.
    static SourceStatus of(const UpstreamSource &source, const QuotaWindows *quotas,
                           const SourceHealth *health, const QDateTime &now);
};
