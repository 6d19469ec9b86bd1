#pragma once

#include "upstream/UpstreamError.h"

#include <QDateTime>
#include <QHash>
#include <QMutex>
#include <QUrl>

// How each source has fared in this run: its last success, its last failure and why, and
// after a permanent refusal (the public site's bot check, a deployment's 401, 403 or 404)
// a cool-down during which the source is skipped, so requests go to the next source at
// once. Shared by the run's upstream clients (the studio's and the API engine's threads).
class SourceHealth
{
public:
    static constexpr qint64 refusalCoolDownMs = 10 * 60 * 1000;

    struct State
    {
        QDateTime lastSuccess;
        QDateTime lastFailure;
        UpstreamError lastError; // why it last failed
        UpstreamError refusal;   // the permanent refusal it is cooling down from
        QDateTime coolingUntil;  // set after a permanent refusal
    };

    void recordSuccess(const QUrl &source, const QDateTime &at);
    void recordFailure(const QUrl &source, const QDateTime &at, const UpstreamError &error,
                       bool permanent);
    State state(const QUrl &source) const;
    // What is known of `source` is dropped (its key or address changed).
    void forget(const QUrl &source);
    // The refusal it is cooling down from, if it is at `now`.
    std::optional<UpstreamError> refusal(const QUrl &source, const QDateTime &now) const;

private:
    mutable QMutex m_mutex;
    QHash<QUrl, State> m_states;
};
