#include "widgets/ZoomableImage.h"

#include <QGestureEvent>
#include <QMouseEvent>
#include <QNativeGestureEvent>
#include <QPainter>
#include <QPinchGesture>
#include <QWheelEvent>

#include <cmath>

namespace {
constexpr qreal minZoom = 0.05;
constexpr qreal maxZoom = 16.0;
} // namespace

ZoomableImage::ZoomableImage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("viewerImage"));
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(200, 200);
    grabGesture(Qt::PinchGesture);
    setMouseTracking(true); // the cursor shows where the slider's divider can be dragged
    setCursor(Qt::OpenHandCursor);
}

void ZoomableImage::setImage(const QImage &image, const QString &problem)
{
    m_image = image;
    m_problem = problem;
    fit();
}

qreal ZoomableImage::fitZoom() const
{
    if (m_image.isNull())
        return 1.0;
    const QSizeF logical = QSizeF(m_image.size()) / devicePixelRatioF();
    // Fit shrinks large images but never blows small ones up past 100 %.
    return std::min({1.0, width() / logical.width(), height() / logical.height()});
}

qreal ZoomableImage::zoom() const
{
    return m_fit ? fitZoom() : m_zoom;
}

void ZoomableImage::fit()
{
    m_fit = true;
    m_offset = {};
    update();
    emit zoomChanged(zoom(), true);
    emit viewChanged();
}

void ZoomableImage::actualSize()
{
    m_fit = false;
    m_zoom = 1.0;
    clampOffset();
    update();
    emit zoomChanged(m_zoom, false);
    emit viewChanged();
}

void ZoomableImage::setView(const View &view)
{
    m_fit = view.fit;
    m_zoom = std::clamp(view.zoom, minZoom, maxZoom);
    m_offset = view.offset;
    clampOffset();
    update();
    emit zoomChanged(zoom(), m_fit);
}

void ZoomableImage::setOverlay(const QImage &overlay)
{
    m_overlay = overlay;
    update();
}

void ZoomableImage::setOverlayLabels(const QString &left, const QString &right)
{
    m_leftLabel = left;
    m_rightLabel = right;
    update();
}

void ZoomableImage::setSplit(qreal split)
{
    m_split = std::clamp(split, 0.0, 1.0);
    update();
}

bool ZoomableImage::nearDivider(const QPointF &pos) const
{
    if (m_overlay.isNull())
        return false;
    const QRectF r = imageRect();
    return std::abs(pos.x() - (r.left() + r.width() * m_split)) <= 8;
}

void ZoomableImage::zoomBy(qreal factor, const QPointF &anchor)
{
    if (m_image.isNull())
        return;
    const qreal before = zoom();
    const qreal after = std::clamp(before * factor, minZoom, maxZoom);
    // Keep the image point under the anchor (the pointer) where it is.
    const QPointF centre = QPointF(width(), height()) / 2;
    const QPointF at = anchor.x() < 0 ? centre : anchor;
    const QPointF fromImageCentre = at - centre - m_offset;
    m_offset += fromImageCentre - fromImageCentre * (after / before);
    m_fit = false;
    m_zoom = after;
    clampOffset();
    update();
    emit zoomChanged(m_zoom, false);
    emit viewChanged();
}

QRectF ZoomableImage::imageRect() const
{
    const QSizeF size = QSizeF(m_image.size()) / devicePixelRatioF() * zoom();
    const QPointF centre = QPointF(width(), height()) / 2 + m_offset;
    return {centre - QPointF(size.width(), size.height()) / 2, size};
}

// The image may not be dragged out of sight: at most half of the view beyond its edges.
void ZoomableImage::clampOffset()
{
    const QSizeF size = QSizeF(m_image.size()) / devicePixelRatioF() * zoom();
    const qreal maxX = std::max(0.0, (size.width() - width()) / 2 + width() / 2.0);
    const qreal maxY = std::max(0.0, (size.height() - height()) / 2 + height() / 2.0);
    m_offset.setX(std::clamp(m_offset.x(), -maxX, maxX));
    m_offset.setY(std::clamp(m_offset.y(), -maxY, maxY));
}

void ZoomableImage::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), QColor(28, 28, 30));
    if (m_image.isNull()) {
        painter.setPen(QColor(200, 200, 200));
        painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, m_problem);
        return;
    }
    painter.setRenderHint(QPainter::SmoothPixmapTransform, zoom() < 2.0);
    const QRectF target = imageRect();
    if (m_overlay.isNull()) {
        painter.drawImage(target, m_image);
        return;
    }
    // Before/after: both images fill the same rectangle, split by the divider.
    const qreal x = target.left() + target.width() * m_split;
    painter.save();
    painter.setClipRect(QRectF(target.topLeft(), QPointF(x, target.bottom())));
    painter.drawImage(target, m_image);
    painter.setClipRect(QRectF(QPointF(x, target.top()), target.bottomRight()));
    painter.drawImage(target, m_overlay);
    painter.restore();
    painter.setPen(QPen(Qt::white, 2));
    painter.drawLine(QPointF(x, target.top()), QPointF(x, target.bottom()));
    const QPointF knob(x, target.center().y());
    painter.setBrush(palette().highlight());
    painter.drawEllipse(knob, 9, 9);
    // Which image is which, in pills at the top corners of the view.
    const QFontMetrics metrics(font());
    auto pill = [&](const QString &text, bool left) {
        if (text.isEmpty())
            return;
        const QString shown = metrics.elidedText(text, Qt::ElideRight, width() / 2 - 24);
        const QRect box(0, 0, metrics.horizontalAdvance(shown) + 16, metrics.height() + 8);
        const QRect placed = box.translated(left ? 8 : width() - box.width() - 8, 8);
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(0, 0, 0, 170));
        painter.drawRoundedRect(placed, 6, 6);
        painter.setPen(Qt::white);
        painter.drawText(placed, Qt::AlignCenter, shown);
    };
    pill(m_leftLabel, true);
    pill(m_rightLabel, false);
}

void ZoomableImage::wheelEvent(QWheelEvent *event)
{
    const int delta = event->angleDelta().y();
    if (delta == 0)
        return;
    if (event->modifiers() & Qt::ControlModifier) {
        emit stepRequested(delta > 0 ? -1 : 1);
    } else {
        zoomBy(std::pow(1.25, delta / 120.0), event->position());
    }
    event->accept();
}

void ZoomableImage::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && nearDivider(event->position())) {
        m_draggingSplit = true;
        return;
    }
    if (event->button() == Qt::LeftButton) {
        m_dragging = true;
        m_dragFrom = event->position();
        setCursor(Qt::ClosedHandCursor);
    }
}

void ZoomableImage::mouseMoveEvent(QMouseEvent *event)
{
    if (m_draggingSplit) {
        const QRectF r = imageRect();
        setSplit(r.width() > 0 ? (event->position().x() - r.left()) / r.width() : 0.5);
        return;
    }
    if (!m_dragging) {
        setCursor(nearDivider(event->position()) ? Qt::SplitHCursor : Qt::OpenHandCursor);
        return;
    }
    m_offset += event->position() - m_dragFrom;
    m_dragFrom = event->position();
    clampOffset();
    update();
    emit viewChanged();
}

void ZoomableImage::mouseReleaseEvent(QMouseEvent *)
{
    m_dragging = false;
    m_draggingSplit = false;
    setCursor(Qt::OpenHandCursor);
}

void ZoomableImage::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (m_fit)
        zoomBy(1.0 / fitZoom(), event->position()); // to 100 % around the click
    else
        fit();
}

bool ZoomableImage::event(QEvent *event)
{
    if (event->type() == QEvent::Gesture) {
        auto *gesture = static_cast<QGestureEvent *>(event);
        if (auto *pinch = static_cast<QPinchGesture *>(gesture->gesture(Qt::PinchGesture))) {
            if (pinch->changeFlags() & QPinchGesture::ScaleFactorChanged)
                zoomBy(pinch->scaleFactor(), mapFromGlobal(pinch->centerPoint()));
            return true;
        }
    }
    if (event->type() == QEvent::NativeGesture) { // trackpads (macOS, libinput)
        auto *native = static_cast<QNativeGestureEvent *>(event);
        if (native->gestureType() == Qt::ZoomNativeGesture) {
            zoomBy(1.0 + native->value(), native->position());
            return true;
        }
    }
    if (event->type() == QEvent::Resize && m_fit)
        emit zoomChanged(zoom(), true);
    return QWidget::event(event);
}
