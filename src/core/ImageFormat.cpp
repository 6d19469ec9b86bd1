#include "ImageFormat.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>

namespace ImageFormat {

ImageType sniff(const QByteArray &bytes)
{
    if (bytes.startsWith("\x89PNG\r\n\x1a\n"))
        return ImageType::Png;
    if (bytes.startsWith("\xff\xd8\xff"))
        return ImageType::Jpeg;
    if (bytes.size() >= 12 && bytes.startsWith("RIFF") && bytes.mid(8, 4) == "WEBP")
        return ImageType::Webp;
    if (bytes.startsWith("GIF87a") || bytes.startsWith("GIF89a"))
        return ImageType::Gif;
    return ImageType::Unknown;
}

QByteArray mimeType(ImageType type)
{
    switch (type) {
    case ImageType::Png:
        return QByteArrayLiteral("image/png");
    case ImageType::Jpeg:
        return QByteArrayLiteral("image/jpeg");
    case ImageType::Webp:
        return QByteArrayLiteral("image/webp");
    case ImageType::Gif:
        return QByteArrayLiteral("image/gif");
    case ImageType::Unknown:
        break;
    }
    return QByteArrayLiteral("application/octet-stream");
}

QString extension(ImageType type)
{
    switch (type) {
    case ImageType::Png:
        return QStringLiteral("png");
    case ImageType::Jpeg:
        return QStringLiteral("jpeg");
    case ImageType::Webp:
        return QStringLiteral("webp");
    case ImageType::Gif:
        return QStringLiteral("gif");
    case ImageType::Unknown:
        break;
    }
    return QStringLiteral("bin");
}

ImageType fromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("png"))
        return ImageType::Png;
    if (n == QLatin1String("jpeg") || n == QLatin1String("jpg"))
        return ImageType::Jpeg;
    if (n == QLatin1String("webp"))
        return ImageType::Webp;
    if (n == QLatin1String("gif"))
        return ImageType::Gif;
    return ImageType::Unknown;
}

QSize pixelSize(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    return reader.size();
}

QByteArray transcode(const QByteArray &bytes, ImageType target, int quality, QString *error)
{
    QImage image;
    if (!image.loadFromData(bytes)) {
        if (error)
            *error = QCoreApplication::translate("ImageFormat", "The image could not be decoded.");
        return {};
    }
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, extension(target).toLatin1());
    const int q = std::clamp(quality, 0, 100);
    if (target == ImageType::Png) {
        // zlib level 1 is ~10x faster than the default at a modest size cost.
        writer.setCompression(q >= 100 ? 1 : std::clamp(9 - q / 11, 1, 9));
    } else {
        writer.setQuality(q);
        if (target == ImageType::Jpeg && image.hasAlphaChannel())
            image = image.convertToFormat(QImage::Format_RGB32);
    }
    if (!writer.write(image)) {
        if (error)
            *error = QCoreApplication::translate("ImageFormat", "The image could not be encoded "
                                                                "as %1: %2")
                         .arg(extension(target), writer.errorString());
        return {};
    }
    return out;
}

} // namespace ImageFormat
