#include "GenerationJob.h"

#include "Base64.h"
#include "ImageStore.h"
#include "Logging.h"
#include "RequestLog.h"
#include "UpstreamClient.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QtConcurrent>

namespace {
struct Transcoded
{
    QByteArray base64;
    qint64 byteSize = 0;
    QSize pixelSize;
    QString error;
};

Transcoded transcode(const QByteArray &base64, ImageType target, int quality)
{
    Transcoded out;
    const QByteArray bytes =
        ImageFormat::transcode(Base64::decode(base64), target, quality, &out.error);
    if (bytes.isEmpty())
        return out;
    out.byteSize = bytes.size();
    out.pixelSize = ImageFormat::pixelSize(bytes.left(64 * 1024));
    out.base64 = bytes.toBase64();
    return out;
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
    m_cancelled = true;
    for (UpstreamCall *call : std::as_const(m_calls)) {
        if (call)
            call->disconnect(this);
    }
}

void GenerationJob::setLog(RequestLog *log, quint64 serial)
{
    m_log = log;
    m_serial = serial;
    if (m_log)
        m_log->setPrompt(serial, m_request.prompt, m_request.n);
}

void GenerationJob::start()
{
    m_clock.start();
    const UpstreamRequest upstream{m_request.prompt, m_request.model.provider,
                                   m_request.model.upstreamModelId};
    for (int i = 0; i < m_request.n; ++i) {
        UpstreamCall *call = m_client->generate(upstream, this);
        m_calls.append(call);
        connect(call, &UpstreamCall::attemptStarted, this, [this, i](int attempt, int max) {
            if (m_log)
                m_log->addAttempt(m_serial, i);
            if (attempt > 1)
                logEvent(tr("image %1: attempt %2 of %3").arg(i + 1).arg(attempt).arg(max));
            emit attemptStarted(i, attempt, max);
        });
        connect(call, &UpstreamCall::attemptFailed, this,
                [this, i](int attempt, const UpstreamError &error, int retryInMs, qint64 ms) {
                    logEvent(tr("image %1: attempt %2 failed after %3 ms: %4")
                                 .arg(i + 1)
                                 .arg(attempt)
                                 .arg(ms)
                                 .arg(error.message));
                    if (retryInMs >= 0) {
                        logEvent(tr("image %1: retrying in %2 ms").arg(i + 1).arg(retryInMs));
                        emit retryScheduled(i, attempt + 1, retryInMs, error);
                    }
                });
        connect(call, &UpstreamCall::finished, this, [this, i, call] { onCallFinished(i, call); });
    }
    for (UpstreamCall *call : std::as_const(m_calls))
        call->start();
}

void GenerationJob::cancel()
{
    if (m_cancelled || isFinished())
        return;
    m_cancelled = true;
    logEvent(tr("cancelled"));
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
    if (m_log)
        m_log->setUpstreamLatency(m_serial, result.lastAttemptMs);
    if (!result.ok()) {
        fail(index, result.error);
        return;
    }
    if (m_cancelled) {
        fail(index, {UpstreamError::Kind::Cancelled, 0, tr("Cancelled.")});
        return;
    }

    GeneratedImage image;
    image.index = index;
    image.originalType = result.type;
    image.type = result.type;
    image.base64 = result.base64;
    image.byteSize = result.byteSize;
    image.elapsedMs = result.elapsedMs;
    image.attempts = result.attempts;
    image.pixelSize = ImageFormat::pixelSize(Base64::decodePrefix(result.base64, 48 * 1024));

    if (m_store) {
        ImageRecord record;
        record.prompt = m_request.prompt;
        record.modelId = m_request.model.id;
        record.provider = m_request.model.provider;
        record.elapsedMs = result.elapsedMs;
        record.byteSize = result.byteSize;
        record.pixelSize = image.pixelSize;
        record.type = result.type;
        record.source = m_request.source;
        image.imageId = m_store->add(record, result.base64);
    }
    call->deleteLater();
    m_calls[index] = nullptr;

    const ImageType target = m_request.outputType;
    if (target == ImageType::Unknown || target == result.type) {
        deliver(std::move(image));
        return;
    }
    auto *watcher = new QFutureWatcher<Transcoded>(this);
    connect(watcher, &QFutureWatcher<Transcoded>::finished, this,
            [this, watcher, image, target]() mutable {
                watcher->deleteLater();
                const Transcoded t = watcher->result();
                if (m_cancelled) {
                    fail(image.index, {UpstreamError::Kind::Cancelled, 0, tr("Cancelled.")});
                    return;
                }
                if (t.base64.isEmpty()) {
                    fail(image.index, {UpstreamError::Kind::InvalidResponse, 200, t.error});
                    return;
                }
                image.type = target;
                image.base64 = t.base64;
                image.byteSize = t.byteSize;
                image.pixelSize = t.pixelSize;
                deliver(std::move(image));
            });
    watcher->setFuture(
        QtConcurrent::run(&transcode, image.base64, target, m_request.outputQuality));
}

void GenerationJob::deliver(GeneratedImage image)
{
    logEvent(tr("image %1: %2 %3x%4, %5 bytes after %6 ms")
                 .arg(image.index + 1)
                 .arg(ImageFormat::extension(image.type))
                 .arg(image.pixelSize.width())
                 .arg(image.pixelSize.height())
                 .arg(image.byteSize)
                 .arg(image.elapsedMs));
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
    emit progress(m_settled, m_request.n);
    if (m_settled == m_request.n) {
        qCDebug(lcJob) << "job finished:" << m_images.size() << "of" << m_request.n << "images in"
                       << m_clock.elapsed() << "ms";
        emit finished();
    }
}

void GenerationJob::logEvent(const QString &event)
{
    if (m_log)
        m_log->addEvent(m_serial, event);
}
