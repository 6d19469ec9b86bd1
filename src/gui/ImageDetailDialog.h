#pragma once

#include "ImageStore.h"

#include <QDialog>

class ImageActions;
class QLabel;
class QScrollArea;
class QToolButton;

// One image at full size (fit to the window or 100 %) with everything known about it and
// the actions on it.
class ImageDetailDialog : public QDialog
{
    Q_OBJECT
public:
    ImageDetailDialog(const ImageRecord &record, ImageActions *actions, QWidget *parent = nullptr);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void setFit(bool fit);
    void updateImage();

    ImageRecord m_record;
    QPixmap m_pixmap;
    bool m_fit = true;
    QScrollArea *m_scroll;
    QLabel *m_image;
    QToolButton *m_fitButton;
};
