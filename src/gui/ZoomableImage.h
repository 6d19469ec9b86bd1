#pragma once

#include <QImage>
#include <QWidget>

// One image with zoom and pan: fit to the widget (the default), 100 %, or anything between
// 5 % and 1600 % with the wheel (around the pointer), the keyboard or a pinch; dragging pans.
// Ctrl+wheel asks for the previous or next image instead.
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

signals:
    void zoomChanged(qreal zoom, bool fit);
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

    QImage m_image;
    QString m_problem;
    bool m_fit = true;
    qreal m_zoom = 1.0;
    QPointF m_offset; // of the image centre from the widget centre, in device-independent px
    QPointF m_dragFrom;
    bool m_dragging = false;
};
