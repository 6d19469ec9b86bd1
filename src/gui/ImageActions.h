#pragma once

#include "ImageStore.h"

#include <QObject>

class QWidget;

// What a person can do with a stored image, the same from the gallery's context menu and
// the detail view. Errors are shown to the person, never silently dropped.
class ImageActions : public QObject
{
    Q_OBJECT
public:
    ImageActions(ImageStore *store, QWidget *dialogParent, QObject *parent = nullptr);

    void saveAs(const ImageRecord &record);
    void copyImage(const ImageRecord &record);
    void copyPrompt(const ImageRecord &record);
    void showInFolder(const ImageRecord &record);
    // Asks first; returns true when the image was deleted.
    bool remove(const ImageRecord &record);
    void reuse(const ImageRecord &record) { emit reuseRequested(record.prompt, record.modelId); }

    // Skips the confirmation (tests).
    void setConfirmDeletes(bool confirm) { m_confirmDeletes = confirm; }

signals:
    void reuseRequested(const QString &prompt, const QString &modelId);
    void message(const QString &text);

private:
    ImageStore *m_store;
    QWidget *m_dialogParent;
    bool m_confirmDeletes = true;
};
