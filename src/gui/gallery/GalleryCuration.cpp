#include "gallery/GalleryCuration.h"

#include "gallery/GalleryCommands.h"
#include "store/ImageCollections.h"
#include "store/ImageStore.h"
#include "widgets/Dialogs.h"

#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QUndoStack>

GalleryCuration::GalleryCuration(ImageStore *store, ImageCollections *collections,
                                 QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_collections(collections)
    , m_dialogParent(dialogParent)
    , m_undo(new QUndoStack(this))
{
    m_undo->setUndoLimit(100);
}

void GalleryCuration::setStarred(const QStringList &ids, bool starred)
{
    if (ids.isEmpty())
        return;
    m_undo->push(new StarCommand(m_store, ids, starred));
    emit done(starred ? tr("Starred %n image(s)", nullptr, int(ids.size()))
                      : tr("Unstarred %n image(s)", nullptr, int(ids.size())),
              false);
}

void GalleryCuration::trash(const QStringList &ids)
{
    if (ids.isEmpty())
        return;
    m_undo->push(new TrashCommand(m_store, ids, false));
    emit done(tr("Moved %n image(s) to the trash", nullptr, int(ids.size())), true);
}

void GalleryCuration::restore(const QStringList &ids)
{
    if (ids.isEmpty())
        return;
    m_undo->push(new TrashCommand(m_store, ids, true));
    emit done(tr("Restored %n image(s)", nullptr, int(ids.size())), true);
}

void GalleryCuration::addToCollection(qint64 collectionId, const QStringList &ids)
{
    if (ids.isEmpty() || collectionId <= 0)
        return;
    m_undo->push(new CollectionMembershipCommand(m_collections, collectionId, ids, true));
    emit done(tr("Added %n image(s) to the collection", nullptr, int(ids.size())), true);
}

void GalleryCuration::takeFromCollection(qint64 collectionId, const QStringList &ids)
{
    if (ids.isEmpty() || collectionId <= 0)
        return;
    m_undo->push(new CollectionMembershipCommand(m_collections, collectionId, ids, false));
    emit done(tr("Removed %n image(s) from the collection", nullptr, int(ids.size())), true);
}

bool GalleryCuration::confirm(const QString &title, const QString &question, const QString &action)
{
    return Dialogs::confirm(m_dialogParent, title, question, action);
}

void GalleryCuration::deleteForGood(const QStringList &ids)
{
    if (ids.isEmpty() ||
        !confirm(tr("Delete for good"),
                 tr("Delete %n image(s) and their files for good? This cannot be undone.", nullptr,
                    int(ids.size())),
                 tr("Delete")))
        return;
    int deleted = 0;
    QString error;
    for (const QString &id : ids)
        deleted += m_store->remove(id, &error) ? 1 : 0;
    m_undo->clear(); // earlier commands may refer to the deleted images
    emit done(deleted == ids.size()
                  ? tr("Deleted %n image(s) for good", nullptr, deleted)
                  : tr("Deleted %1 of %2 images: %3").arg(deleted).arg(ids.size()).arg(error),
              false);
}

void GalleryCuration::emptyTrash()
{
    ImageQuery trash;
    trash.trashed = true;
    const int count = m_store->count(trash);
    if (count == 0 || !confirm(tr("Empty the trash"),
                               tr("Delete the %n image(s) in the trash and their files for good?",
                                  nullptr, count),
                               tr("Empty trash")))
        return;
    const int deleted = m_store->emptyTrash();
    m_undo->clear();
    emit done(tr("Deleted %n image(s) for good", nullptr, deleted), false);
}

qint64 GalleryCuration::newCollection()
{
    QString name = tr("New collection");
    while (true) {
        const auto chosen = Dialogs::text(m_dialogParent, tr("New collection"), tr("Name:"), name);
        if (!chosen)
            return 0;
        name = *chosen;
        QString error;
        if (const qint64 id = m_collections->create(name, &error))
            return id;
        Dialogs::warning(m_dialogParent, tr("New collection"), error);
    }
}

void GalleryCuration::renameCollection(qint64 id)
{
    QString name;
    for (const ImageCollection &c : m_collections->all()) {
        if (c.id == id)
            name = c.name;
    }
    const auto chosen = Dialogs::text(m_dialogParent, tr("Rename collection"), tr("Name:"), name);
    QString error;
    if (chosen && !m_collections->rename(id, *chosen, &error))
        Dialogs::warning(m_dialogParent, tr("Rename collection"), error);
}

void GalleryCuration::deleteCollection(qint64 id)
{
    if (!confirm(tr("Delete collection"),
                 tr("Delete this collection? Its images stay in the gallery."), tr("Delete")))
        return;
    if (m_collections->remove(id)) {
        m_undo->clear(); // membership commands may refer to it
        emit done(tr("Collection deleted"), false);
    }
}
