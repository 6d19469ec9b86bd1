#pragma once

#include "common/Clock.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QString>

#include <map>
#include <memory>

// The user's own history per model: how often it succeeded, how long it typically takes,
// and whether it failed several times in a row (cooling down). Kept in a small SQLite table
// beside the image index so it survives restarts. A cool-down ends by itself: changed() is
// emitted for the model when it does, so views showing "cooling down" update on their own.
class ModelStats : public QObject
{
    Q_OBJECT
public:
    static constexpr int coolDownAfterFailures = 3;
    static constexpr qint64 coolDownMs = 10 * 60 * 1000;

    struct Summary
    {
        int successes = 0;
        int failures = 0;
        int consecutiveFailures = 0;
        qint64 typicalMs = -1; // median of recent successes
        QDateTime lastFailure;

        int attempts() const { return successes + failures; }
        double successRate() const { return attempts() > 0 ? double(successes) / attempts() : 0.0; }
        bool isCoolingDown(const QDateTime &now) const;
        // When the cool-down ends; invalid when the model is not cooling down at `now`.
        QDateTime coolDownEnds(const QDateTime &now) const;
    };

    // `clock` stamps the outcomes and times the cool-downs (the system's if null).
    explicit ModelStats(const QString &folder, Clock *clock = nullptr, QObject *parent = nullptr);
    ~ModelStats() override;

    bool open(QString *error);
    void record(const QString &modelId, bool ok, qint64 elapsedMs);
    Summary summary(const QString &modelId) const { return m_summaries.value(modelId); }
    bool isCoolingDown(const QString &modelId) const;
    QDateTime now() const { return m_clock->now(); } // the time the summaries are read at

signals:
    void changed(const QString &modelId);

private:
    void load();
    void recompute(const QString &modelId);
    void scheduleCoolDownEnd(const QString &modelId);

    QString m_folder;
    Clock *m_clock;
    QString m_connection;
    QHash<QString, Summary> m_summaries;
    std::map<QString, std::unique_ptr<Clock::Alarm>> m_coolDownEnds;
};
