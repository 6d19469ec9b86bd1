#include "TestImages.h"

#include <QBuffer>
#include <QColor>
#include <QImage>
#include <QImageWriter>
#include <QPainter>
#include <QRandomGenerator>

QByteArray makeTestImage(int side, const char *format, quint32 seed)
{
    return makeTestImage(side, side, format, seed);
}

QByteArray makeTestImage(int width, int height, const char *format, quint32 seed)
{
    QImage image(width, height, QImage::Format_RGB32);
    QRandomGenerator rng(seed);
    // Gradients with noise: compresses like a photo, not like a flat test card.
    for (int y = 0; y < height; ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < width; ++x) {
            const int noise = int(rng.bounded(48u));
            line[x] = qRgb((x * 255 / width + noise) & 0xff, (y * 255 / height + noise) & 0xff,
                           ((x + y) * 127 / std::max(width, height) + noise) & 0xff);
        }
    }
    QPainter painter(&image);
    painter.setBrush(QColor::fromHsv(int(seed % 360), 200, 230));
    painter.setPen(Qt::NoPen);
    const int radius = std::min(width, height) / 4;
    painter.drawEllipse(QPoint(width / 2, height / 2), radius, radius);
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
