#pragma once

#include <QCoreApplication>
#include <QString>

class GenerationJob;
class RequestLog;

// Feeds the request log from what a generation job reports: its prompt, every upstream
// attempt, the waits between them, each image's outcome and the upstream's latency. The job
// itself knows nothing of the log, so studio, API, command line, arena and grid jobs are
// recorded the same way. The job may live in another thread than the log (the API engine's):
// RequestLog queues such calls in order.
class RequestLogRecorder
{
    Q_DECLARE_TR_FUNCTIONS(RequestLogRecorder)
public:
    // Records `job` into entry `serial`, which its owner began and finishes (an API exchange
    // answers with its own status and size).
    static void follow(RequestLog *log, quint64 serial, GenerationJob *job);
    // Begins an entry for `job` under the endpoint name `path`, follows it and finishes the
    // entry with the job's outcome; returns its serial. Connect to the job's finished() after
    // this to see the entry finished.
    static quint64 record(RequestLog *log, GenerationJob *job, const QString &path);
};
