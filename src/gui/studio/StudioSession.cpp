#include "studio/StudioSession.h"

#include "generation/ModelStats.h"
#include "generation/RequestLogRecorder.h"
#include "store/ImageStore.h"

StudioSession::StudioSession(UpstreamClient *upstream, ImageStore *store, RequestLog *log,
                             ModelStats *stats, QObject *parent)
    : QObject(parent)
    , m_upstream(upstream)
    , m_store(store)
    , m_log(log)
    , m_stats(stats)
{}

QList<GenerationJob *> StudioSession::generate(const QString &prompt,
                                               const QList<ModelInfo> &models, int n,
                                               const QString &shape)
{
    const bool wasBusy = isBusy();
    QList<GenerationJob *> jobs;
    for (const ModelInfo &model : models) {
        GenerationRequest request;
        request.prompt = prompt;
        request.model = model;
        request.n = n;
        request.shape = shape;
        request.source = QLatin1String(ImageRecord::sourceStudio);
        auto *job = new GenerationJob(m_upstream, m_store, request, this);
        RequestLogRecorder::record(m_log, job, tr("generate"));

        const QString modelId = model.id;
        connect(job, &GenerationJob::imageReady, this,
                [this, modelId](const GeneratedImage &image) {
                    m_stats->record(modelId, true, image.elapsedMs);
                });
        connect(job, &GenerationJob::imageFailed, this,
                [this, modelId, job](int, const UpstreamError &error) {
                    if (error.countsAgainstModel())
                        m_stats->record(modelId, false, job->elapsedMs());
                });
        connect(job, &GenerationJob::finished, this, [this, job] {
            m_active.removeAll(job);
            emit jobFinished(job);
            job->deleteLater();
            if (!isBusy())
                emit busyChanged(false);
        });
        m_active.append(job);
        jobs.append(job);
    }
    emit started(jobs);
    for (GenerationJob *job : std::as_const(jobs))
        job->start();
    if (!wasBusy && isBusy())
        emit busyChanged(true);
    return jobs;
}

void StudioSession::cancelAll()
{
    const auto jobs = m_active;
    for (const QPointer<GenerationJob> &job : jobs) {
        if (job)
            job->cancel();
    }
}
