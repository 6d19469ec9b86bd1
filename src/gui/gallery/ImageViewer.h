#pragma once

#include "store/ImageStore.h"
#include "widgets/KeyBindings.h"

#include <QDialog>
#include <QPointer>

class GalleryCuration;
class GalleryModel;
class ImageActions;
class QLabel;
class QPushButton;
class QToolButton;
class ZoomableImage;

// Looks at gallery images full window or full screen, with what made each one beside it:
// the images of the gallery as it is filtered, one after another (keyBindings(); also
// Ctrl+wheel), zoomed by the wheel or a pinch and panned by dragging.
// The prompt panel is only changed on request ("Use prompt and model").
class ImageViewer : public QDialog
{
    Q_OBJECT
public:
    // Its keys, for the shortcuts dialog.
    static QList<KeyBinding> keyBindings();
    ImageViewer(GalleryModel *model, const ImageRecord &start, ImageActions *actions,
                GalleryCuration *curation, QWidget *parent = nullptr);

    const ImageRecord &record() const { return m_record; }
    ZoomableImage *imageView() const { return m_image; }
    void step(int by);

protected:
    void changeEvent(QEvent *event) override;

private:
    void connectKeys();
    void configureWidgets();
    void connectSignals();
    void followModel(GalleryModel *model);
    void buildLayout();
    void showRecord(const ImageRecord &record);
    void load();
    void updateDetails();
    void updateZoomLabel();
    void onRowsRemoved(const QModelIndex &parent, int first, int last);
    int currentRow() const;
    void updateWindowTitle();
    void retranslate();

    QPointer<GalleryModel> m_model;
    ImageActions *m_actions;
    GalleryCuration *m_curation;
    ImageRecord m_record;
    ZoomableImage *m_image;
    QLabel *m_position;
    QLabel *m_zoom;
    QLabel *m_details;
    QToolButton *m_previous;
    QToolButton *m_next;
    QToolButton *m_fit;
    QToolButton *m_actual;
    QPushButton *m_star;
    QPushButton *m_reuse;
    QPushButton *m_saveAs;
    QPushButton *m_copyPrompt;
    QPushButton *m_trash;
    quint64 m_loadSerial = 0;
};
