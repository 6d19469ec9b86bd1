#pragma once

#include <QHash>
#include <QStringList>
#include <QUndoCommand>

class ImageCollections;
class ImageStore;

// Undoable gallery changes for GalleryCuration's stack. Each one remembers exactly what it
// changed, so undo puts back the state before it and nothing else.

class StarCommand : public QUndoCommand
{
public:
    StarCommand(ImageStore *store, const QStringList &ids, bool starred);
    void redo() override;
    void undo() override;

private:
    ImageStore *m_store;
    QStringList m_ids;
    QStringList m_wereStarred;
    bool m_starred;
};

class TrashCommand : public QUndoCommand
{
public:
    TrashCommand(ImageStore *store, const QStringList &ids, bool restoring);
    void redo() override;
    void undo() override;

private:
    ImageStore *m_store;
    QStringList m_ids;
    bool m_restoring;
};

class CollectionMembershipCommand : public QUndoCommand
{
public:
    CollectionMembershipCommand(ImageCollections *collections, qint64 collectionId,
                                const QStringList &ids, bool adding);
    void redo() override;
    void undo() override;

private:
    ImageCollections *m_collections;
    qint64 m_collectionId;
    QStringList m_changed; // only the images whose membership this command changed
    bool m_adding;
};
