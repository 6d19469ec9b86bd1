#include "image/metadata/WebpChunks.h"

#include "image/ImageFormat.h"
#include "image/metadata/ByteOrder.h"
#include "image/metadata/ExifUserComment.h"

#include <QList>
#include <QtEndian>

namespace {
constexpr quint8 flagXmp = 0x04;
constexpr quint8 flagExif = 0x08;
constexpr quint8 flagAlpha = 0x10;

struct Chunk
{
    QByteArray fourcc;
    QByteArray data;
};

bool parse(const QByteArray &webp, QList<Chunk> *chunks)
{
    if (webp.size() < 20 || !webp.startsWith("RIFF") || webp.mid(8, 4) != "WEBP")
        return false;
    const quint32 riffSize = ByteOrder::le32(webp, 4);
    const qsizetype end = std::min<qsizetype>(webp.size(), qsizetype(riffSize) + 8);
    qsizetype at = 12;
    while (at + 8 <= end) {
        const quint32 size = ByteOrder::le32(webp, at + 4);
        if (size > quint32(end - at - 8))
            return false;
        chunks->append({webp.mid(at, 4), webp.mid(at + 8, size)});
        at += 8 + size + (size % 2);
    }
    return !chunks->isEmpty();
}

QByteArray serialised(const Chunk &c)
{
    QByteArray size(4, Qt::Uninitialized);
    qToLittleEndian(quint32(c.data.size()), size.data());
    QByteArray out = c.fourcc + size + c.data;
    if (c.data.size() % 2)
        out += '\0';
    return out;
}
} // namespace

QByteArray WebpChunks::withMetadata(const QByteArray &webp, const QByteArray &exif,
                                    const QByteArray &xmp)
{
    QList<Chunk> chunks;
    if (!parse(webp, &chunks))
        return {};
    chunks.removeIf([](const Chunk &c) { return c.fourcc == "EXIF" || c.fourcc == "XMP "; });
    if (chunks.isEmpty())
        return {};
    if (chunks.first().fourcc != "VP8X") {
        const QSize size = ImageFormat::pixelSize(webp);
        if (!size.isValid())
            return {};
        QByteArray vp8x(10, '\0');
        // A lossless image may carry alpha; announcing it is harmless when it has none.
        vp8x[0] = char(chunks.first().fourcc == "VP8L" ? flagAlpha : 0);
        qToLittleEndian(quint32(size.width() - 1), vp8x.data() + 4); // 24-bit fields
        qToLittleEndian(quint32(size.height() - 1), vp8x.data() + 7);
        chunks.prepend({QByteArrayLiteral("VP8X"), vp8x});
    }
    QByteArray &flags = chunks.first().data;
    if (flags.size() < 10)
        return {};
    flags[0] = char(quint8(flags[0]) | flagXmp | flagExif);
    chunks.append({QByteArrayLiteral("EXIF"), exif});
    chunks.append({QByteArrayLiteral("XMP "), xmp});

    QByteArray out = QByteArrayLiteral("RIFF") + QByteArray(4, '\0') + "WEBP";
    for (const Chunk &c : std::as_const(chunks))
        out += serialised(c);
    qToLittleEndian(quint32(out.size() - 8), out.data() + 4);
    return out;
}

MetadataFields WebpChunks::read(const QByteArray &webp)
{
    MetadataFields fields;
    QList<Chunk> chunks;
    parse(webp, &chunks); // chunks before a broken one are still read
    for (const Chunk &c : std::as_const(chunks)) {
        if (c.data.size() > maxMetadataText)
            continue;
        if (c.fourcc == "EXIF") {
            // Some writers keep JPEG's "Exif\0\0" in front of the TIFF block.
            const QByteArray tiff =
                c.data.startsWith(QByteArray("Exif\0\0", 6)) ? c.data.mid(6) : c.data;
            fields.parameters = ExifUserComment::read(tiff);
        } else if (c.fourcc == "XMP ") {
            fields.xmp = c.data;
        }
    }
    return fields;
}
