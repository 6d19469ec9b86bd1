#include "image/ImageFormat.h"

#include "image/metadata/ByteOrder.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImage>
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

// Read from the headers by hand: asking QImageReader makes libpng read every chunk before
// the image data, and a crafted text chunk claiming 2 GB made it allocate that much
// (found by fuzz_image_metadata).
QSize pixelSize(const QByteArray &bytes)
{
    using namespace ByteOrder;
    const auto le24 = [&bytes](qsizetype at) {
        return le16(bytes, at) | byteAt(bytes, at + 2) << 16;
    };
    const auto valid = [](quint32 w, quint32 h) {
        return w > 0 && h > 0 && w <= 1u << 20 && h <= 1u << 20 ? QSize(int(w), int(h)) : QSize();
    };
    switch (sniff(bytes)) {
    case ImageType::Png:
        if (bytes.size() >= 24 && bytes.mid(12, 4) == "IHDR")
            return valid(be32(bytes, 16), be32(bytes, 20));
        break;
    case ImageType::Gif:
        if (bytes.size() >= 10)
            return valid(le16(bytes, 6), le16(bytes, 8));
        break;
    case ImageType::Webp:
        if (bytes.size() >= 30 && bytes.mid(12, 4) == "VP8X")
            return valid(le24(24) + 1, le24(27) + 1);
        if (bytes.size() >= 30 && bytes.mid(12, 4) == "VP8 ")
            return valid(le16(bytes, 26) & 0x3fffu, le16(bytes, 28) & 0x3fffu);
        if (bytes.size() >= 25 && bytes.mid(12, 4) == "VP8L") {
            const quint32 bits = le32(bytes, 21);
            return valid((bits & 0x3fff) + 1, ((bits >> 14) & 0x3fff) + 1);
        }
        break;
    case ImageType::Jpeg: {
        // The frame header (SOFn, not DHT/JPG/DAC) holds the size.
        qsizetype at = 2;
        while (at + 9 <= bytes.size() && quint8(bytes[at]) == 0xff) {
            const quint8 marker = quint8(bytes[at + 1]);
            if (marker == 0xff) { // fill byte
                ++at;
                continue;
            }
            const bool frame = marker >= 0xc0 && marker <= 0xcf && marker != 0xc4 &&
                               marker != 0xc8 && marker != 0xcc;
            if (frame)
                return valid(be16(bytes, at + 7), be16(bytes, at + 5));
            if (marker == 0xd9 || marker == 0xda)
                break;
            at += 2 + be16(bytes, at + 2);
        }
        break;
    }
    case ImageType::Unknown:
        break;
    }
    return {};
}

bool mayHaveAlpha(const QByteArray &bytes)
{
    switch (sniff(bytes)) {
    case ImageType::Png: {
        if (bytes.size() < 26 || bytes.mid(12, 4) != "IHDR")
            return true; // unreadable: say nothing definite
        const quint8 colourType = quint8(bytes[25]);
        return colourType == 4 || colourType == 6 || bytes.mid(37, 4) == "tRNS";
    }
    case ImageType::Webp:
        if (bytes.size() >= 21 && bytes.mid(12, 4) == "VP8X")
            return quint8(bytes[20]) & 0x10;
        return bytes.mid(12, 4) != "VP8 "; // lossless (VP8L) may carry alpha
    case ImageType::Jpeg:
        return false;
    case ImageType::Gif:
    case ImageType::Unknown:
        break;
    }
    return true;
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
