#pragma once

#include "generation/GenerationJob.h"

#include <QList>
#include <QObject>
#include <QPointer>

class ImageStore;
class ModelStats;
class RequestLog;
class UpstreamClient;

// The desktop's generations: one job per selected model for a prompt (compare mode is
// just several models), each reported in the request log as a GUI request and counted in
// the per-model history.
class StudioSession : public QObject
{
    Q_OBJECT
public:
    StudioSession(UpstreamClient *upstream, ImageStore *store, RequestLog *log, ModelStats *stats,
                  QObject *parent = nullptr);

    // Starts at once; the jobs belong to the session and are deleted when they finish.
    QList<GenerationJob *> generate(const QString &prompt, const QList<ModelInfo> &models, int n,
                                    const QString &shape);
    void cancelAll();
    bool isBusy() const { return !m_active.isEmpty(); }

signals:
    // Emitted before the jobs start, so listeners miss none of their signals.
    void started(const QList<GenerationJob *> &jobs);
    void busyChanged(bool busy);
    void jobFinished(GenerationJob *job);

private:
    UpstreamClient *m_upstream;
    ImageStore *m_store;
    RequestLog *m_log;
    ModelStats *m_stats;
    QList<QPointer<GenerationJob>> m_active;
};
