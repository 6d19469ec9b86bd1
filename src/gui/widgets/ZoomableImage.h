#pragma once

#include <QImage>
#include <QWidget>

// One image with zoom and pan: fit to the widget (the default), 100 %, or anything between
// 5 % and 1600 % with the wheel (around the pointer), the keyboard or a pinch; dragging pans.
// Ctrl+wheel asks for the previous or next image instead.
//
// Images sit on a dark backdrop, as in photo viewers, whatever the theme.
// With an overlay image it becomes a before/after slider: the image left of a divider,
// the overlay right of it, both in the same place; dragging the divider moves it.
class ZoomableImage : public QWidget
{
    Q_OBJECT
public:
    explicit ZoomableImage(QWidget *parent = nullptr);

    void setImage(const QImage &image, const QString &problem = {});
    const QImage &image() const { return m_image; }
    bool isFit() const { return m_fit; }
    qreal zoom() const; // 1.0 is 100 %

    void fit();
    void actualSize();
    void zoomBy(qreal factor, const QPointF &anchor = {-1, -1});

    // Zoom and pan, to keep two images in step.
    struct View
    {
        bool fit = true;
        qreal zoom = 1.0;
        QPointF offset;
    };
    View view() const { return {m_fit, m_zoom, m_offset}; }
    void setView(const View &view);

    void setOverlay(const QImage &overlay);
    // Names painted in the slider's top corners, over each side.
    void setOverlayLabels(const QString &left, const QString &right);
    qreal split() const { return m_split; }
    void setSplit(qreal split); // 0..1 of the image's width

signals:
    void zoomChanged(qreal zoom, bool fit);
    void viewChanged(); // by the person (wheel, drag, pinch, fit, 100 %), not by setView()
    void stepRequested(int step); // -1 previous, +1 next

protected:
    void paintEvent(QPaintEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;

private:
    qreal fitZoom() const;
    QRectF imageRect() const;
    void clampOffset();

    bool nearDivider(const QPointF &pos) const;

    QImage m_image;
    QImage m_overlay;
    QString m_leftLabel;
    QString m_rightLabel;
    qreal m_split = 0.5;
    bool m_draggingSplit = false;
    QString m_problem;
    bool m_fit = true;
    qreal m_zoom = 1.0;
    QPointF m_offset; // of the image centre from the widget centre, in device-independent px
    QPointF m_dragFrom;
    bool m_dragging = false;
};
