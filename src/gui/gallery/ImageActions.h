#pragma once

#include "store/ImageStore.h"

#include <QObject>

class GalleryCuration;
class QWidget;

// What a person can do with a stored image, the same from the gallery's context menu and
// the detail view. Errors are shown to the person, never silently dropped.
class ImageActions : public QObject
{
    Q_OBJECT
public:
    ImageActions(ImageStore *store, GalleryCuration *curation, QWidget *dialogParent,
                 QObject *parent = nullptr);

    ImageStore *store() const { return m_store; }

    void saveAs(const ImageRecord &record);
    void copyImage(const ImageRecord &record);
    void copyPrompt(const ImageRecord &record);
    void showInFolder(const ImageRecord &record);
    // Moves the image to the trash (undoable); returns true when it went.
    bool remove(const ImageRecord &record);
    void reuse(const ImageRecord &record) { emit reuseRequested(record.prompt, record.modelId); }

    // Skips the confirmations of what cannot be undone (tests).

signals:
    void reuseRequested(const QString &prompt, const QString &modelId);
    void message(const QString &text);

private:
    ImageStore *m_store;
    GalleryCuration *m_curation;
    QWidget *m_dialogParent;
};
