#include "store/ImageCollections.h"

#include "common/Logging.h"
#include "store/ImageStore.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

ImageCollections::ImageCollections(ImageStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    // Trash, restore and deleting for good change the counts.
    connect(store, &ImageStore::imagesTrashed, this, &ImageCollections::changed);
    connect(store, &ImageStore::imagesRestored, this, &ImageCollections::changed);
    connect(store, &ImageStore::imageRemoved, this, &ImageCollections::changed);
}

QList<ImageCollection> ImageCollections::all() const
{
    QList<ImageCollection> list;
    QSqlQuery q(m_store->database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT c.id, c.name, COUNT(i.id) FROM collections c "
                               "LEFT JOIN collection_images ci ON ci.collection_id = c.id "
                               "LEFT JOIN images i ON i.id = ci.image_id AND i.trashed_at IS NULL "
                               "GROUP BY c.id ORDER BY c.name COLLATE NOCASE"))) {
        qCWarning(lcStore) << "cannot list collections:" << q.lastError().text();
        return list;
    }
    while (q.next())
        list.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toInt()});
    return list;
}

bool ImageCollections::validName(const QString &name, qint64 exceptId, QString *error) const
{
    if (name.trimmed().isEmpty()) {
        *error = tr("A collection needs a name.");
        return false;
    }
    if (name.size() > maxNameLength) {
        *error = tr("A collection's name can have at most %1 characters.").arg(maxNameLength);
        return false;
    }
    for (const ImageCollection &c : all()) {
        if (c.id != exceptId && c.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0) {
            *error = tr("There is already a collection called \"%1\".").arg(c.name);
            return false;
        }
    }
    return true;
}

qint64 ImageCollections::create(const QString &name, QString *error)
{
    if (!validName(name, 0, error))
        return 0;
    QSqlQuery q(m_store->database());
    q.prepare(QStringLiteral("INSERT INTO collections (name, created) VALUES (?, ?)"));
    q.addBindValue(name.trimmed());
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (!q.exec()) {
        *error = tr("Cannot create the collection: %1").arg(q.lastError().text());
        return 0;
    }
    emit changed();
    return q.lastInsertId().toLongLong();
}

bool ImageCollections::rename(qint64 id, const QString &name, QString *error)
{
    if (!validName(name, id, error))
        return false;
    QSqlQuery q(m_store->database());
    q.prepare(QStringLiteral("UPDATE collections SET name = ? WHERE id = ?"));
    q.addBindValue(name.trimmed());
    q.addBindValue(id);
    if (!q.exec() || q.numRowsAffected() != 1) {
        *error = tr("Cannot rename the collection: %1").arg(q.lastError().text());
        return false;
    }
    emit changed();
    return true;
}

bool ImageCollections::remove(qint64 id)
{
    QSqlQuery q(m_store->database());
    q.prepare(QStringLiteral("DELETE FROM collections WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || q.numRowsAffected() != 1)
        return false;
    emit changed();
    return true;
}

bool ImageCollections::forEachImage(const QString &sql, qint64 id, const QStringList &imageIds,
                                    bool stamped)
{
    QSqlDatabase db = m_store->database();
    if (imageIds.isEmpty() || !db.transaction())
        return false;
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QString &imageId : imageIds) {
        q.bindValue(0, id);
        q.bindValue(1, imageId);
        if (stamped)
            q.bindValue(2, QDateTime::currentMSecsSinceEpoch());
        if (!q.exec()) {
            qCWarning(lcStore) << "collection update failed:" << q.lastError().text();
            db.rollback();
            return false;
        }
    }
    if (!db.commit())
        return false;
    emit changed();
    return true;
}

bool ImageCollections::add(qint64 id, const QStringList &imageIds)
{
    return forEachImage(QStringLiteral("INSERT OR IGNORE INTO collection_images "
                                       "(collection_id, image_id, added) VALUES (?, ?, ?)"),
                        id, imageIds, true);
}

bool ImageCollections::take(qint64 id, const QStringList &imageIds)
{
    return forEachImage(
        QStringLiteral("DELETE FROM collection_images WHERE collection_id = ? AND image_id = ?"),
        id, imageIds, false);
}

QList<qint64> ImageCollections::containing(const QString &imageId) const
{
    QList<qint64> ids;
    QSqlQuery q(m_store->database());
    q.prepare(QStringLiteral("SELECT collection_id FROM collection_images WHERE image_id = ?"));
    q.addBindValue(imageId);
    if (q.exec()) {
        while (q.next())
            ids.append(q.value(0).toLongLong());
    }
    return ids;
}

QStringList ImageCollections::members(qint64 id) const
{
    QStringList ids;
    QSqlQuery q(m_store->database());
    q.prepare(QStringLiteral("SELECT image_id FROM collection_images WHERE collection_id = ? "
                             "ORDER BY added"));
    q.addBindValue(id);
    if (q.exec()) {
        while (q.next())
            ids.append(q.value(0).toString());
    }
    return ids;
}
