#include "TestImages.h"

#include <QBuffer>
#include <QColor>
#include <QImage>
#include <QImageWriter>
#include <QPainter>
#include <QRandomGenerator>

QByteArray makeTestImage(int side, const char *format, quint32 seed)
{
    QImage image(side, side, QImage::Format_RGB32);
    QRandomGenerator rng(seed);
    // Gradients with noise: compresses like a photo, not like a flat test card.
    for (int y = 0; y < side; ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < side; ++x) {
            const int noise = int(rng.bounded(48u));
            line[x] = qRgb((x * 255 / side + noise) & 0xff, (y * 255 / side + noise) & 0xff,
                           ((x + y) * 127 / side + noise) & 0xff);
        }
    }
    QPainter painter(&image);
    painter.setBrush(QColor::fromHsv(int(seed % 360), 200, 230));
    painter.setPen(Qt::NoPen);
    painter.drawEllipse(QPoint(side / 2, side / 2), side / 4, side / 4);
    painter.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, format);
    if (qstrcmp(format, "png") == 0)
        writer.setCompression(1);
    writer.write(image);
    return bytes;
}
