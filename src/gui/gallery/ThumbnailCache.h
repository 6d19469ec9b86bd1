#pragma once

#include <QCache>
#include <QImage>
#include <QObject>
#include <QSet>
#include <QThreadPool>

class ImageStore;

// Small previews of gallery images, made off the UI thread and kept on disk
// (<folder>/thumbnails/<id>.jpg) so a restart does not decode every image again.
// The newest requests go first and only the latest few hundred wait: when someone flicks
// through 50,000 images, the tiles on screen now load at once instead of after every tile
// that flew past (those are asked for again if they come back into view).
// An image is read only once the store has written it, and one that cannot be read is not
// read again until forget(): asking for it again gives a null image.
class ThumbnailCache : public QObject
{
    Q_OBJECT
public:
    static constexpr int side = 256;
    static constexpr int maxWaiting = 300;
    static constexpr int maxRunning = 2;

    explicit ThumbnailCache(ImageStore *store, QObject *parent = nullptr);
    ~ThumbnailCache() override;

    // The thumbnail if it is in memory; otherwise a null image, and ready(id) follows.
    QImage get(const QString &id, const QString &imagePath);
    bool hasFailed(const QString &id) const { return m_failed.contains(id); }
    void forget(const QString &id);

signals:
    void ready(const QString &id);

private:
    void enqueue(const QString &id, const QString &imagePath);
    void startNext();

    struct Request
    {
        QString id;
        QString imagePath;
    };
    ImageStore *m_store;
    QString m_folder;
    QCache<QString, QImage> m_memory;
    QSet<QString> m_loading;  // being written, waiting or running
    QSet<QString> m_failed;   // could not be read
    QList<Request> m_waiting; // oldest first
    int m_running = 0;
    QThreadPool m_pool;
};
