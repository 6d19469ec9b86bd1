#pragma once

#include "generation/ModelCatalog.h"
#include "image/ImageFormat.h"
#include "upstream/UpstreamError.h"
#include "upstream/UpstreamSource.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSize>

class ImageStore;
class UpstreamCall;
class UpstreamClient;

struct GenerationRequest
{
    static constexpr int maxImages = 10;
    static constexpr int maxPromptLength = 32000;

    QString prompt;
    ModelInfo model;
    int n = 1;
    QString source;    // ImageRecord::sourceStudio, sourceCli, ... or the API client's address
    QString requestId; // the API request's x-request-id
    ImageType outputType = ImageType::Unknown; // Unknown: deliver what the upstream gave
    int outputQuality = 100;
    // "1536x1024" or "16:9"; empty for the provider's default. Only a direct source can
    // honour it (the template's route makes 1024x1024 or 1:1 whatever is asked).
    QString shape;
};

struct GeneratedImage
{
    int index = 0;
    QString imageId; // in the ImageStore (the upstream's original bytes)
    ImageType originalType = ImageType::Unknown;
    ImageType type = ImageType::Unknown; // of `base64`
    QByteArray base64;
    qint64 byteSize = 0; // of the delivered image
    QSize pixelSize;
    qint64 elapsedMs = 0;
    int attempts = 0;
    UpstreamSource source; // the upstream source that made it
};

// One user request fanned out into `n` parallel upstream calls. Each image that arrives is
// saved to the store (the original bytes) and, if another output type was asked, transcoded
// off the calling thread.
//
// Partial success: the job succeeds when at least one image arrived; images() holds those
// (fewer than n) and errors() the failures. With no image, error() is the most telling
// failure (one that is not a cancellation, the first such).
class GenerationJob : public QObject
{
    Q_OBJECT
public:
    enum class State {
        Ready,      // made, not started
        Running,    // calls in flight, images arriving
        Cancelling, // cancel() asked; what is still in flight settles as cancelled
        Finished,   // every image arrived or failed; finished() was emitted
    };

    GenerationJob(UpstreamClient *client, ImageStore *store, const GenerationRequest &request,
                  QObject *parent = nullptr);
    ~GenerationJob() override;

    void start();
    void cancel();

    const GenerationRequest &request() const { return m_request; }
    const QList<GeneratedImage> &images() const { return m_images; }
    const QList<UpstreamError> &errors() const { return m_errors; }
    State state() const { return m_state; }
    bool isFinished() const { return m_state == State::Finished; }
    bool succeeded() const { return !m_images.isEmpty(); }
    UpstreamError error() const;
    int settledCount() const { return m_settled; }
    qint64 elapsedMs() const { return m_clock.elapsed(); }

signals:
    void attemptStarted(int index, int attempt, int maxAttempts);
    // retryInMs < 0: image `index` gets no further attempt.
    void attemptFailed(int index, int attempt, const UpstreamError &error, int retryInMs,
                       qint64 attemptMs);
    void retryScheduled(int index, int nextAttempt, int delayMs, const UpstreamError &error);
    // Image `index`'s upstream call ended (answer, failure or cancel) after its last attempt
    // took `latencyMs`.
    void upstreamAnswered(int index, qint64 latencyMs);
    // With a store, the image is kept by now: its file synced and renamed into place, its
    // row committed. A failure to keep it comes as imageFailed (Kind::Storage).
    void imageReady(const GeneratedImage &image);
    void imageFailed(int index, const UpstreamError &error);
    // Image `index`'s call moved on to the next source after `error` from the previous.
    void sourceChanged(int index, const UpstreamSource &next, const UpstreamError &error);
    void progress(int settled, int total);
    void cancelRequested();
    void finished();

private:
    void onCallFinished(int index, UpstreamCall *call);
    void deliverOnceKept(GeneratedImage image);
    void deliver(GeneratedImage image);
    void fail(int index, const UpstreamError &error);
    void settle();

    UpstreamClient *m_client;
    QPointer<ImageStore> m_store;
    GenerationRequest m_request;
    QList<UpstreamCall *> m_calls;
    QList<GeneratedImage> m_images;
    QList<UpstreamError> m_errors;
    QElapsedTimer m_clock;
    int m_settled = 0;
    State m_state = State::Ready;
};
