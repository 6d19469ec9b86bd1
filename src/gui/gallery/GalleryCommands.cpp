#include "gallery/GalleryCommands.h"

#include "store/ImageCollections.h"
#include "store/ImageStore.h"

#include <QCoreApplication>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(GalleryCommands)
};
} // namespace

StarCommand::StarCommand(ImageStore *store, const QStringList &ids, bool starred)
    : m_store(store)
    , m_ids(ids)
    , m_starred(starred)
{
    for (const QString &id : ids) {
        if (const auto r = store->find(id); r && r->starred)
            m_wereStarred.append(id);
    }
    setText(starred ? Tr::tr("Star %n image(s)", nullptr, int(ids.size()))
                    : Tr::tr("Unstar %n image(s)", nullptr, int(ids.size())));
}

void StarCommand::redo()
{
    m_store->setStarred(m_ids, m_starred);
}

void StarCommand::undo()
{
    QStringList wereNot = m_ids;
    for (const QString &id : std::as_const(m_wereStarred))
        wereNot.removeAll(id);
    if (!m_wereStarred.isEmpty())
        m_store->setStarred(m_wereStarred, true);
    if (!wereNot.isEmpty())
        m_store->setStarred(wereNot, false);
}

TrashCommand::TrashCommand(ImageStore *store, const QStringList &ids, bool restoring)
    : m_store(store)
    , m_ids(ids)
    , m_restoring(restoring)
{
    setText(restoring ? Tr::tr("Restore %n image(s)", nullptr, int(ids.size()))
                      : Tr::tr("Move %n image(s) to the trash", nullptr, int(ids.size())));
}

void TrashCommand::redo()
{
    m_restoring ? m_store->restore(m_ids) : m_store->trash(m_ids);
}

void TrashCommand::undo()
{
    m_restoring ? m_store->trash(m_ids) : m_store->restore(m_ids);
}

CollectionMembershipCommand::CollectionMembershipCommand(ImageCollections *collections,
                                                         qint64 collectionId,
                                                         const QStringList &ids, bool adding)
    : m_collections(collections)
    , m_collectionId(collectionId)
    , m_adding(adding)
{
    for (const QString &id : ids) {
        const bool member = collections->containing(id).contains(collectionId);
        if (member != adding)
            m_changed.append(id);
    }
    setText(adding ? Tr::tr("Add %n image(s) to the collection", nullptr, int(ids.size()))
                   : Tr::tr("Remove %n image(s) from the collection", nullptr, int(ids.size())));
}

void CollectionMembershipCommand::redo()
{
    if (!m_changed.isEmpty())
        m_adding ? m_collections->add(m_collectionId, m_changed)
                 : m_collections->take(m_collectionId, m_changed);
}

void CollectionMembershipCommand::undo()
{
    if (!m_changed.isEmpty())
        m_adding ? m_collections->take(m_collectionId, m_changed)
                 : m_collections->add(m_collectionId, m_changed);
}
