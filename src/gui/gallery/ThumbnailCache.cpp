#include "gallery/ThumbnailCache.h"

#include "store/ImageStore.h"

#include <QDir>
#include <QFile>
#include <QFutureWatcher>
#include <QImageReader>
#include <QImageWriter>
#include <QtConcurrent>

namespace {
QImage loadThumbnail(const QString &cachePath, const QString &imagePath)
{
    QImage cached(cachePath);
    if (!cached.isNull())
        return cached;
    QImageReader reader(imagePath);
    const QSize size = reader.size();
    if (size.isValid())
        reader.setScaledSize(
            size.scaled(ThumbnailCache::side, ThumbnailCache::side, Qt::KeepAspectRatio));
    QImage image = reader.read();
    if (image.isNull())
        return image;
    QDir().mkpath(QFileInfo(cachePath).absolutePath());
    QImageWriter writer(cachePath, "jpeg");
    writer.setQuality(85);
    writer.write(image.hasAlphaChannel() ? image.convertToFormat(QImage::Format_RGB32) : image);
    return image;
}
} // namespace

ThumbnailCache::ThumbnailCache(ImageStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_folder(store->folder())
    , m_memory(600)
{
    m_pool.setMaxThreadCount(maxRunning);
    // A file that came back (or was fixed) is worth another read.
    connect(store, &ImageStore::imagesChanged, this, [this](const QStringList &ids) {
        for (const QString &id : ids)
            m_failed.remove(id);
    });
}

ThumbnailCache::~ThumbnailCache()
{
    m_pool.clear();
    m_pool.waitForDone();
}

QImage ThumbnailCache::get(const QString &id, const QString &imagePath)
{
    if (const QImage *image = m_memory.object(id))
        return *image;
    if (m_loading.contains(id) || m_failed.contains(id))
        return {};
    m_loading.insert(id);
    // A new image's file may still be on its way to disk: read it once it is there.
    if (m_store->isPending(id))
        m_store->whenSettled(id, this,
                             [this, id, imagePath](const QString &) { enqueue(id, imagePath); });
    else
        enqueue(id, imagePath);
    return {};
}

void ThumbnailCache::enqueue(const QString &id, const QString &imagePath)
{
    m_waiting.append({id, imagePath});
    if (m_waiting.size() > maxWaiting)
        m_loading.remove(m_waiting.takeFirst().id);
    startNext();
}

void ThumbnailCache::startNext()
{
    while (m_running < maxRunning && !m_waiting.isEmpty()) {
        const Request request = m_waiting.takeLast(); // the newest: what is on screen now
        ++m_running;
        auto *watcher = new QFutureWatcher<QImage>(this);
        connect(watcher, &QFutureWatcher<QImage>::finished, this, [this, watcher, id = request.id] {
            --m_running;
            m_loading.remove(id);
            const QImage image = watcher->result();
            if (image.isNull())
                m_failed.insert(id);
            else
                m_memory.insert(id, new QImage(image));
            delete watcher; // at once: its result is a decoded image
            emit ready(id);
            startNext();
        });
        const QString cachePath = QStringLiteral("%1/thumbnails/%2.jpg").arg(m_folder, request.id);
        watcher->setFuture(
            QtConcurrent::run(&m_pool, &loadThumbnail, cachePath, request.imagePath));
    }
}

void ThumbnailCache::forget(const QString &id)
{
    m_memory.remove(id);
    m_failed.remove(id);
    QFile::remove(QStringLiteral("%1/thumbnails/%2.jpg").arg(m_folder, id));
}
