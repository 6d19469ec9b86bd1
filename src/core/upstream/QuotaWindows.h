#pragma once

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QMutex>
#include <QString>

#include <optional>

// What ImageBridge knows of upstreams' daily quotas, such as the public site's middleware
// (20 POSTs per address per 24 h from the first POST of the window, each POST counted,
// failed ones too; then 429 without Retry-After): the POSTs it made in each endpoint's
// current window, and after a quota answer, until when the endpoint is not called at all,
// so that retries by ImageBridge or its clients spend nothing. Shared by a run's upstream
// clients (the studio's and the API engine's threads) and kept in a file across runs.
class QuotaWindows
{
public:
    static constexpr qint64 windowMs = 24LL * 3600 * 1000;
    // After a quota answer with no POST of ours on record: the window started before this
    // run knew of it, so it is retried after an hour.
    static constexpr qint64 unknownWindowMs = 3600LL * 1000;

    // `file` keeps the windows across runs (empty: this run only).
    explicit QuotaWindows(const QString &file = {});
    ~QuotaWindows(); // keeps the last counts

    void recordPost(const QString &endpoint, const QDateTime &at);
    // The endpoint said its quota is used up: returns when its window can have reset.
    QDateTime recordQuotaExceeded(const QString &endpoint, const QDateTime &at);
    // When the endpoint may be called again; nullopt when it may be now.
    std::optional<QDateTime> blockedUntil(const QString &endpoint, const QDateTime &now) const;
    // The POSTs made in the endpoint's current window (0 when it has none).
    int postsInWindow(const QString &endpoint, const QDateTime &now) const;

private:
    struct Window
    {
        QDateTime start; // the first POST of the window
        int posts = 0;
        QDateTime blockedUntil;
    };
    void load();
    void save(); // with m_mutex held
    // A count alone is kept at most every few seconds: every upstream call passes here, and
    // a synced write each would cost more than the call's own work. A new window or a quota
    // answer is kept at once.
    void saveSoon();

    QString m_file;
    mutable QMutex m_mutex;
    QHash<QString, Window> m_windows;
    QElapsedTimer m_sinceSave;
    bool m_unsaved = false;
};
