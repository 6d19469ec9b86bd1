#include "image/metadata/JpegSegments.h"

#include "image/metadata/ByteOrder.h"
#include "image/metadata/ExifUserComment.h"

#include <QList>
#include <QtEndian>

namespace {
struct Segment
{
    qsizetype at;     // of the 0xff marker byte
    qsizetype length; // whole segment, marker included
    quint8 marker;
};

// The header segments up to the start of scan; `*headerEnd` is where the rest begins.
// False when the structure does not hold.
bool segments(const QByteArray &jpeg, QList<Segment> *list, qsizetype *headerEnd)
{
    if (!jpeg.startsWith("\xff\xd8"))
        return false;
    qsizetype at = 2;
    while (at + 4 <= jpeg.size()) {
        if (quint8(jpeg[at]) != 0xff)
            return false;
        const quint8 marker = quint8(jpeg[at + 1]);
        if (marker == 0xda || marker == 0xd9) { // start of scan or end: headers are over
            *headerEnd = at;
            return true;
        }
        const quint16 length = ByteOrder::be16(jpeg, at + 2);
        if (length < 2 || at + 2 + length > jpeg.size())
            return false;
        list->append({at, 2 + qsizetype(length), marker});
        at += 2 + length;
    }
    return false;
}

QByteArray payloadOf(const QByteArray &jpeg, const Segment &s)
{
    return jpeg.mid(s.at + 4, s.length - 4);
}

bool isOurs(const QByteArray &jpeg, const Segment &s)
{
    if (s.marker == 0xfe) // earlier ImageBridge releases wrote their record as a comment
        return payloadOf(jpeg, s).startsWith("imagebridge ");
    if (s.marker != 0xe1)
        return false;
    const QByteArray payload = payloadOf(jpeg, s);
    return payload.startsWith(JpegSegments::exifPrefix) ||
           payload.startsWith(JpegSegments::xmpPrefix);
}
} // namespace

QByteArray JpegSegments::withApp1(const QByteArray &jpeg, const QList<QByteArray> &payloads)
{
    QList<Segment> list;
    qsizetype headerEnd = 0;
    if (!segments(jpeg, &list, &headerEnd))
        return {};
    QByteArray ours;
    for (const QByteArray &payload : payloads) {
        if (payload.size() > maxPayload)
            continue;
        QByteArray length(2, Qt::Uninitialized);
        qToBigEndian(quint16(payload.size() + 2), length.data());
        ours += QByteArray("\xff\xe1", 2) + length + payload;
    }
    QByteArray out = jpeg.left(2);
    bool placed = false;
    for (const Segment &s : std::as_const(list)) {
        const bool jfif = s.marker == 0xe0 && payloadOf(jpeg, s).startsWith("JFIF");
        if (!placed && !jfif) {
            out += ours;
            placed = true;
        }
        if (!isOurs(jpeg, s))
            out += jpeg.mid(s.at, s.length);
    }
    if (!placed)
        out += ours;
    out += jpeg.mid(headerEnd);
    return out;
}

MetadataFields JpegSegments::read(const QByteArray &jpeg)
{
    MetadataFields fields;
    QList<Segment> list;
    qsizetype headerEnd = 0;
    segments(jpeg, &list, &headerEnd); // a broken tail still leaves the segments before it
    for (const Segment &s : std::as_const(list)) {
        const QByteArray payload = payloadOf(jpeg, s);
        if (s.marker == 0xe1 && payload.startsWith(exifPrefix) && fields.parameters.isEmpty())
            fields.parameters = ExifUserComment::read(payload.mid(exifPrefix.size()));
        else if (s.marker == 0xe1 && payload.startsWith(xmpPrefix) && fields.xmp.isEmpty())
            fields.xmp = payload.mid(xmpPrefix.size());
        else if (s.marker == 0xfe && payload.startsWith("imagebridge "))
            fields.imageBridgeJson = payload.mid(12);
    }
    return fields;
}
