#pragma once

#include "store/ImageStore.h"
#include "widgets/KeyBindings.h"

#include <QDialog>

class QLabel;
class QStackedWidget;
class QToolButton;
class ZoomableImage;

// Two images compared: side by side with zoom and pan kept in step, or as a before/after
// slider over the same spot. Its keys: keyBindings().
class CompareDialog : public QDialog
{
    Q_OBJECT
public:
    // Its keys, for the shortcuts dialog.
    static QList<KeyBinding> keyBindings();
    enum class Mode { SideBySide, Slider };

    // `leftName` and `rightName` name the models that made them.
    CompareDialog(const ImageRecord &left, const ImageRecord &right, const QString &leftName,
                  const QString &rightName, QWidget *parent = nullptr);

    Mode mode() const { return m_mode; }
    void setMode(Mode mode);
    void swap();
    ZoomableImage *leftView() const { return m_left; }
    ZoomableImage *rightView() const { return m_right; }
    ZoomableImage *sliderView() const { return m_slider; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void connectKeys();
    void configureWidgets();
    void connectSignals();
    void buildPages();
    void buildLayout();
    void load();
    void follow(ZoomableImage *leader);
    void retranslate();
    QString caption(int side) const; // 0 left, 1 right

    ImageRecord m_records[2];
    QString m_names[2];
    QImage m_images[2];
    Mode m_mode = Mode::SideBySide;
    ZoomableImage *m_left;
    ZoomableImage *m_right;
    ZoomableImage *m_slider;
    QLabel *m_leftCaption;
    QLabel *m_rightCaption;
    QLabel *m_sliderCaption;
    QStackedWidget *m_stack;
    QToolButton *m_sideBySide;
    QToolButton *m_sliderMode;
    QToolButton *m_swap;
    QToolButton *m_fit;
    QToolButton *m_actual;
    bool m_following = false;
};
