#pragma once

#include "store/GalleryImport.h"

#include <QObject>
#include <QPointer>

class ImageStore;
class QProgressDialog;
class QWidget;

// Import a folder into the gallery and export images as a .zip, each off the UI thread
// with a progress dialog that can cancel, and a one-line summary at the end.
class GalleryTransfers : public QObject
{
    Q_OBJECT
public:
    GalleryTransfers(ImageStore *store, QWidget *dialogParent, QObject *parent = nullptr);

    // Asks for a folder when `folder` is empty.
    void importFolder(QString folder = {});
    // Asks where to save; `name` suggests the file name.
    void exportImages(const QList<ImageRecord> &records, const QString &name);
    void exportTo(const QList<ImageRecord> &records, const QString &zipPath);
    bool isBusy() const { return m_busy; }
    // Tests run without the dialogs.
    void setInteractive(bool on) { m_showProgress = on; }

signals:
    void finished(const QString &summary);

private:
    QProgressDialog *progressDialog(const QString &title, const QString &label);
    void onImportEvent(const GalleryImport::Event &event);

    ImageStore *m_store;
    QWidget *m_dialogParent;
    GalleryImport::Summary m_importSummary;
    bool m_busy = false;
    bool m_showProgress = true;
};
