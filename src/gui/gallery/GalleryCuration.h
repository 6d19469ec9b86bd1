#pragma once

#include <QObject>
#include <QStringList>

class ImageCollections;
class ImageStore;
class QUndoStack;
class QWidget;

// The gallery changes a person makes (star, trash, restore, collections), each one an
// undoable command on one stack, so Ctrl+Z and the message bar's Undo take back the last
// one. Deleting for good asks first and cannot be undone.
class GalleryCuration : public QObject
{
    Q_OBJECT
public:
    GalleryCuration(ImageStore *store, ImageCollections *collections, QWidget *dialogParent,
                    QObject *parent = nullptr);

    QUndoStack *undoStack() const { return m_undo; }
    ImageCollections *collections() const { return m_collections; }

    void setStarred(const QStringList &ids, bool starred);
    void trash(const QStringList &ids);
    void restore(const QStringList &ids);
    void addToCollection(qint64 collectionId, const QStringList &ids);
    void takeFromCollection(qint64 collectionId, const QStringList &ids);
    // Ask first (unless confirmations are off), then delete rows and files.
    void deleteForGood(const QStringList &ids);
    void emptyTrash();
    // Asks for a name; returns the new collection's id or 0.
    qint64 newCollection();
    void renameCollection(qint64 id);
    void deleteCollection(qint64 id);

    // Skips the questions (tests).

signals:
    // What happened, for the message bar; `undoable` offers its Undo button.
    void done(const QString &text, bool undoable);

private:
    bool confirm(const QString &title, const QString &question, const QString &action);

    ImageStore *m_store;
    ImageCollections *m_collections;
    QWidget *m_dialogParent;
    QUndoStack *m_undo;
};
