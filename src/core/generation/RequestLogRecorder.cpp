#include "generation/RequestLogRecorder.h"

#include "generation/GenerationJob.h"
#include "generation/RequestLog.h"

#include <QPointer>

void RequestLogRecorder::follow(RequestLog *log, quint64 serial, GenerationJob *job)
{
    if (!log || serial == 0)
        return;
    const QPointer<RequestLog> to(log);
    auto event = [to, serial](const QString &text) {
        if (to)
            to->addEvent(serial, text);
    };
    log->setPrompt(serial, job->request().prompt, job->request().n);
    QObject::connect(
        job, &GenerationJob::attemptStarted, job,
        [to, serial, event](int index, int attempt, int maxAttempts) {
            if (to)
                to->addAttempt(serial, index);
            if (attempt > 1)
                event(
                    tr("image %1: attempt %2 of %3").arg(index + 1).arg(attempt).arg(maxAttempts));
        });
    QObject::connect(job, &GenerationJob::attemptFailed, job,
                     [event](int index, int attempt, const UpstreamError &error, int retryInMs,
                             qint64 attemptMs) {
                         event(tr("image %1: attempt %2 failed after %3 ms: %4")
                                   .arg(index + 1)
                                   .arg(attempt)
                                   .arg(attemptMs)
                                   .arg(error.message));
                         if (retryInMs >= 0)
                             event(tr("image %1: retrying in %2 ms").arg(index + 1).arg(retryInMs));
                     });
    QObject::connect(job, &GenerationJob::upstreamAnswered, job,
                     [to, serial](int, qint64 latencyMs) {
                         if (to)
                             to->setUpstreamLatency(serial, latencyMs);
                     });
    QObject::connect(job, &GenerationJob::sourceChanged, job,
                     [event](int index, const UpstreamSource &next, const UpstreamError &why) {
                         event(tr("image %1: moving on to %2 after: %3")
                                   .arg(index + 1)
                                   .arg(next.displayName(), why.message));
                     });
    QObject::connect(job, &GenerationJob::imageReady, job, [event](const GeneratedImage &image) {
        event(tr("image %1: made by %2").arg(image.index + 1).arg(image.source.displayName()));
        event(tr("image %1: %2 %3x%4, %5 bytes after %6 ms")
                  .arg(image.index + 1)
                  .arg(ImageFormat::extension(image.type))
                  .arg(image.pixelSize.width())
                  .arg(image.pixelSize.height())
                  .arg(image.byteSize)
                  .arg(image.elapsedMs));
    });
    QObject::connect(job, &GenerationJob::cancelRequested, job,
                     [event] { event(tr("cancelled")); });
}

quint64 RequestLogRecorder::record(RequestLog *log, GenerationJob *job, const QString &path)
{
    if (!log)
        return 0;
    RequestLogEntry entry;
    entry.requestId = job->request().requestId;
    entry.source = job->request().source;
    entry.path = path;
    entry.model = job->request().model.id;
    const quint64 serial = log->begin(entry);
    follow(log, serial, job);
    const QPointer<RequestLog> to(log);
    QObject::connect(job, &GenerationJob::finished, job, [to, serial, job] {
        if (!to)
            return;
        qint64 bytes = 0;
        for (const GeneratedImage &image : job->images())
            bytes += image.byteSize;
        const UpstreamError error = job->error();
        to->finish(serial, job->succeeded() ? 200 : error.answerStatus(), bytes, error.message);
    });
    return serial;
}
