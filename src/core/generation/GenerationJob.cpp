#include "generation/GenerationJob.h"

#include "common/Logging.h"
#include "image/Base64.h"
#include "image/ImageMetadata.h"
#include "store/ImageStore.h"
#include "upstream/UpstreamClient.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QtConcurrent>

namespace {
// An upstream image made ready off the calling thread: the file to keep (the upstream's
// bytes with the metadata written in) and what the requester gets (the same file, or a
// transcoded one with the same metadata).
struct PreparedImage
{
    QByteArray file;
    QByteArray deliveredBase64;
    qint64 deliveredSize = 0;
    QSize deliveredPixelSize;
    QSize originalPixelSize;
    QString error;
    bool fileIsDelivered = false; // the file is deliveredBase64 decoded; `file` is empty
};

PreparedImage prepare(QByteArray base64, ImageMetadata metadata, ImageType target, int quality)
{
    PreparedImage out;
    if (target == ImageType::Unknown || target == ImageType::Png) {
        // Most answers: a PNG passed through, the metadata spliced into its base64 in place,
        // without decoding, encoding or copying megabytes; the store decodes it on its writer
        // thread.
        const QSize pixelSize = ImageFormat::pixelSize(Base64::decodePrefix(base64, 24));
        metadata.pixelSize = pixelSize;
        if (metadata.embedIntoBase64(base64)) {
            out.originalPixelSize = pixelSize;
            out.deliveredPixelSize = pixelSize;
            out.deliveredSize = Base64::decodedSize(base64);
            out.deliveredBase64 = std::move(base64);
            out.fileIsDelivered = true;
            return out;
        }
    }
    const QByteArray decoded = Base64::decode(base64);
    out.originalPixelSize = ImageFormat::pixelSize(decoded);
    metadata.pixelSize = out.originalPixelSize; // read once, for every copy below
    out.file = metadata.embedInto(decoded);
    QByteArray delivered = out.file;
    if (target != ImageType::Unknown && target != ImageFormat::sniff(decoded)) {
        delivered = ImageFormat::transcode(decoded, target, quality, &out.error);
        if (delivered.isEmpty())
            return out;
        delivered = metadata.embedInto(delivered);
    }
    out.deliveredSize = delivered.size();
    out.deliveredPixelSize = ImageFormat::pixelSize(delivered);
    // Passed through: the metadata went in near the start, so most of the upstream's base64
    // is reused as it is.
    out.deliveredBase64 = delivered.isSharedWith(out.file)
                              ? Base64::encodeEdited(delivered, decoded, base64)
                              : delivered.toBase64();
    return out;
}

// Hands the file to the store; returns the image's id.
QString keepInStore(ImageStore *store, const GenerationRequest &request,
                    const GeneratedImage &image, const ImageMetadata &metadata,
                    PreparedImage &prepared)
{
    ImageRecord record;
    record.prompt = metadata.prompt;
    record.modelId = metadata.modelId;
    record.provider = metadata.provider;
    record.created = metadata.created;
    record.elapsedMs = image.elapsedMs;
    record.pixelSize = prepared.originalPixelSize;
    record.type = image.originalType;
    record.source = request.source;
    record.upstream = image.source.recordName();
    return prepared.fileIsDelivered ? store->addBase64(record, prepared.deliveredBase64)
                                    : store->add(record, std::move(prepared.file));
}
} // namespace

GenerationJob::GenerationJob(UpstreamClient *client, ImageStore *store,
                             const GenerationRequest &request, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
    , m_request(request)
{
    m_request.n = std::clamp(m_request.n, 1, GenerationRequest::maxImages);
}

GenerationJob::~GenerationJob()
{
    for (UpstreamCall *call : std::as_const(m_calls)) {
        if (call)
            call->disconnect(this);
    }
}

void GenerationJob::start()
{
    if (m_clock.isValid())
        return; // started already
    if (m_state == State::Ready)
        m_state = State::Running; // a job cancelled before it started settles as cancelled
    m_clock.start();
    UpstreamRequest upstream{
        m_request.prompt, m_request.model.provider,  m_request.model.upstreamModelId, {},
        m_request.shape,  m_request.model.directOnly};
    const QString asker = m_request.requestId.isEmpty() ? m_request.source : m_request.requestId;
    for (int i = 0; i < m_request.n; ++i) {
        upstream.logTag = QStringLiteral("%1 #%2").arg(asker).arg(i + 1);
        UpstreamCall *call = m_client->generate(upstream, this);
        m_calls.append(call);
        connect(call, &UpstreamCall::attemptStarted, this,
                [this, i](int attempt, int max) { emit attemptStarted(i, attempt, max); });
        connect(call, &UpstreamCall::attemptFailed, this,
                [this, i](int attempt, const UpstreamError &error, int retryInMs, qint64 ms) {
                    emit attemptFailed(i, attempt, error, retryInMs, ms);
                    if (retryInMs >= 0)
                        emit retryScheduled(i, attempt + 1, retryInMs, error);
                });
        connect(call, &UpstreamCall::sourceChanged, this,
                [this, i](const UpstreamSource &next, const UpstreamError &error) {
                    emit sourceChanged(i, next, error);
                });
        connect(call, &UpstreamCall::finished, this, [this, i, call] { onCallFinished(i, call); });
    }
    for (UpstreamCall *call : std::as_const(m_calls))
        call->start();
}

void GenerationJob::cancel()
{
    if (m_state == State::Cancelling || m_state == State::Finished)
        return;
    m_state = State::Cancelling;
    emit cancelRequested();
    // Each cancel() finishes its call synchronously, which settles it here.
    const QList<UpstreamCall *> calls = m_calls;
    for (UpstreamCall *call : calls) {
        if (call && !call->isFinished())
            call->cancel();
    }
}

UpstreamError GenerationJob::error() const
{
    if (succeeded())
        return {};
    for (const UpstreamError &e : m_errors) {
        if (e.kind != UpstreamError::Kind::Cancelled)
            return e;
    }
    return m_errors.isEmpty() ? UpstreamError{UpstreamError::Kind::Cancelled, 0, tr("Cancelled.")}
                              : m_errors.first();
}

void GenerationJob::onCallFinished(int index, UpstreamCall *call)
{
    const UpstreamResult &result = call->result();
    // A call cancelled before any attempt ended had no answer to time.
    if (result.error.kind != UpstreamError::Kind::Cancelled || result.lastAttemptMs > 0)
        emit upstreamAnswered(index, result.lastAttemptMs);
    if (!result.ok()) {
        fail(index, result.error);
        return;
    }
    if (m_state == State::Cancelling) {
        fail(index, {UpstreamError::Kind::Cancelled, 0, tr("Cancelled.")});
        return;
    }

    GeneratedImage image;
    image.index = index;
    image.originalType = result.type;
    image.type = m_request.outputType == ImageType::Unknown ? result.type : m_request.outputType;
    image.elapsedMs = result.elapsedMs;
    image.attempts = result.attempts;
    image.source = result.source;
    call->deleteLater();
    m_calls[index] = nullptr;

    ImageMetadata metadata;
    metadata.prompt = m_request.prompt;
    metadata.modelId = m_request.model.id;
    metadata.provider = m_request.model.provider;
    metadata.upstream = result.source.recordName();
    metadata.created = QDateTime::currentDateTimeUtc();
    auto *watcher = new QFutureWatcher<PreparedImage>(this);
    // The answer's memory grant travels with the image until the store has it: while the
    // store is behind, further answers wait in the network instead of in memory.
    connect(watcher, &QFutureWatcher<PreparedImage>::finished, this,
            [this, watcher, image, metadata, grant = result.memoryGrant]() mutable {
                watcher->deleteLater();
                PreparedImage prepared = watcher->result();
                if (m_state == State::Cancelling) {
                    fail(image.index, {UpstreamError::Kind::Cancelled, 0, tr("Cancelled.")});
                    return;
                }
                if (prepared.deliveredBase64.isEmpty()) {
                    fail(image.index, {UpstreamError::Kind::InvalidResponse, 200, prepared.error});
                    return;
                }
                // Handed to the store once it can take it (under overload the answer waits
                // for the disk instead of the images piling up in memory), and delivered
                // once it is kept: an answered image survives a crash right after.
                auto keep = [this, image, metadata, prepared = std::move(prepared),
                             grant = std::move(grant)]() mutable {
                    if (m_state == State::Cancelling) {
                        fail(image.index, {UpstreamError::Kind::Cancelled, 0, tr("Cancelled.")});
                        return;
                    }
                    if (m_store)
                        image.imageId = keepInStore(m_store, m_request, image, metadata, prepared);
                    grant.reset(); // counted by the store's backlog from here
                    image.base64 = std::move(prepared.deliveredBase64);
                    image.byteSize = prepared.deliveredSize;
                    image.pixelSize = prepared.deliveredPixelSize;
                    if (m_store)
                        deliverOnceKept(std::move(image));
                    else
                        deliver(std::move(image));
                };
                if (m_store)
                    m_store->whenRoomToWrite(this, std::move(keep));
                else
                    keep();
            });
    // The base64 is moved, not shared: prepare() edits it in place, which a second owner
    // would turn into a copy of megabytes.
    watcher->setFuture(
        QtConcurrent::run([base64 = call->takeImage(), metadata, target = m_request.outputType,
                           quality = m_request.outputQuality]() mutable {
            return prepare(std::move(base64), metadata, target, quality);
        }));
}

void GenerationJob::deliverOnceKept(GeneratedImage image)
{
    const QString id = image.imageId;
    const int index = image.index;
    // A cancel from here on does not drop the image: it is in the gallery either way.
    m_store->whenSettled(id, this, [this, index, image = std::move(image)](const QString &error) {
        if (error.isEmpty())
            deliver(image);
        else
            fail(index, {UpstreamError::Kind::Storage, 0, error});
    });
}

void GenerationJob::deliver(GeneratedImage image)
{
    m_images.append(image);
    emit imageReady(m_images.last());
    settle();
}

void GenerationJob::fail(int index, const UpstreamError &error)
{
    if (index >= 0 && index < m_calls.size() && m_calls[index]) {
        m_calls[index]->deleteLater();
        m_calls[index] = nullptr;
    }
    m_errors.append(error);
    emit imageFailed(index, error);
    settle();
}

void GenerationJob::settle()
{
    ++m_settled;
    if (m_settled == m_request.n)
        m_state = State::Finished;
    emit progress(m_settled, m_request.n);
    if (m_state == State::Finished) {
        qCDebug(lcJob) << "job finished:" << m_images.size() << "of" << m_request.n << "images in"
                       << m_clock.elapsed() << "ms";
        emit finished();
    }
}
