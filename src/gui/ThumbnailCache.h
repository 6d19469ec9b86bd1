#pragma once

#include <QCache>
#include <QImage>
#include <QObject>
#include <QSet>
#include <QThreadPool>

// Small previews of gallery images, made off the UI thread and kept on disk
// (<folder>/thumbnails/<id>.jpg) so a restart does not decode every image again.
class ThumbnailCache : public QObject
{
    Q_OBJECT
public:
    static constexpr int side = 256;

    explicit ThumbnailCache(const QString &folder, QObject *parent = nullptr);
    ~ThumbnailCache() override;

    // The thumbnail if it is in memory; otherwise a null image, and ready(id) follows.
    QImage get(const QString &id, const QString &imagePath);
    void forget(const QString &id);

signals:
    void ready(const QString &id);

private:
    QString m_folder;
    QCache<QString, QImage> m_memory;
    QSet<QString> m_loading;
    QThreadPool m_pool;
};
