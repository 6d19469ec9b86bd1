#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

class ImageStore;

struct ImageCollection
{
    qint64 id = 0;
    QString name;
    int count = 0; // images in it that are not in the trash
};

// Named sets of gallery images (an image may be in several), kept in the image index so
// they share its transactions; deleting an image for good takes it out of them.
class ImageCollections : public QObject
{
    Q_OBJECT
public:
    explicit ImageCollections(ImageStore *store, QObject *parent = nullptr);

    static constexpr int maxNameLength = 100;

    QList<ImageCollection> all() const; // by name
    // The new collection's id, or 0 with *error (empty, too long or taken name).
    qint64 create(const QString &name, QString *error);
    bool rename(qint64 id, const QString &name, QString *error);
    bool remove(qint64 id); // the images stay in the gallery
    bool add(qint64 id, const QStringList &imageIds);
    bool take(qint64 id, const QStringList &imageIds);
    QList<qint64> containing(const QString &imageId) const;
    // The image ids in a collection (for undo and export).
    QStringList members(qint64 id) const;

signals:
    void changed(); // names, counts or membership

private:
    bool validName(const QString &name, qint64 exceptId, QString *error) const;
    // Runs `sql` (collection id, image id[, time]) for each image in one transaction.
    bool forEachImage(const QString &sql, qint64 id, const QStringList &imageIds, bool stamped);

    ImageStore *m_store;
};
