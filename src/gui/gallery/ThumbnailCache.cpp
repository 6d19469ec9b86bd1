#include "gallery/ThumbnailCache.h"

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

ThumbnailCache::ThumbnailCache(const QString &folder, QObject *parent)
    : QObject(parent)
    , m_folder(folder)
    , m_memory(600)
{
    m_pool.setMaxThreadCount(maxRunning);
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
    if (m_loading.contains(id))
        return {};
    m_loading.insert(id);
    m_waiting.append({id, imagePath});
    if (m_waiting.size() > maxWaiting)
        m_loading.remove(m_waiting.takeFirst().id);
    startNext();
    return {};
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
            m_memory.insert(id, new QImage(watcher->result()));
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
    QFile::remove(QStringLiteral("%1/thumbnails/%2.jpg").arg(m_folder, id));
}
