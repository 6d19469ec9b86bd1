#include "ImageMetadata.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtEndian>

namespace {
constexpr char pngKeyword[] = "imagebridge";
constexpr char jpegMarker[] = "imagebridge ";
constexpr char xmpAttribute[] = "ib:metadata=\"";

QByteArray toJson(const ImageMetadata &m)
{
    const QJsonObject o{{QLatin1String("prompt"), m.prompt},
                        {QLatin1String("model"), m.modelId},
                        {QLatin1String("provider"), m.provider},
                        {QLatin1String("created"), m.created.toUTC().toString(Qt::ISODate)},
                        {QLatin1String("software"), QLatin1String("ImageBridge")}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

std::optional<ImageMetadata> fromJson(const QByteArray &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    if (!o.contains(QLatin1String("prompt")))
        return std::nullopt;
    return ImageMetadata{
        o.value(QLatin1String("prompt")).toString(), o.value(QLatin1String("model")).toString(),
        o.value(QLatin1String("provider")).toString(),
        QDateTime::fromString(o.value(QLatin1String("created")).toString(), Qt::ISODate)};
}

quint32 crc32(const QByteArray &data)
{
    quint32 crc = 0xffffffffu;
    for (const char c : data) {
        crc ^= quint8(c);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

QByteArray pngChunk(const QByteArray &type, const QByteArray &data)
{
    QByteArray chunk(4, Qt::Uninitialized);
    qToBigEndian(quint32(data.size()), chunk.data());
    chunk += type + data;
    QByteArray crc(4, Qt::Uninitialized);
    qToBigEndian(crc32(type + data), crc.data());
    return chunk + crc;
}

QByteArray embedPng(const QByteArray &bytes, const ImageMetadata &m)
{
    constexpr int signature = 8;
    constexpr quint32 headerLength = 13; // IHDR is 13 bytes in every valid PNG
    if (bytes.size() < signature + 25 || bytes.mid(signature + 4, 4) != "IHDR" ||
        qFromBigEndian<quint32>(bytes.constData() + signature) != headerLength)
        return bytes; // malformed: leave it as it is (found by fuzz_image_metadata)
    const qsizetype afterHeader = signature + 8 + headerLength + 4;
    // iTXt: keyword, NUL, no compression (0, 0), empty language and translated keyword.
    auto itxt = [](const QByteArray &keyword, const QByteArray &text) {
        return pngChunk("iTXt", keyword + QByteArray("\0\0\0\0\0", 5) + text);
    };
    const QByteArray chunks = itxt("Description", m.prompt.toUtf8()) + itxt(pngKeyword, toJson(m));
    return bytes.left(afterHeader) + chunks + bytes.mid(afterHeader);
}

std::optional<ImageMetadata> readPng(const QByteArray &bytes)
{
    qsizetype at = 8;
    while (at + 12 <= bytes.size()) {
        const quint32 length = qFromBigEndian<quint32>(bytes.constData() + at);
        const QByteArray type = bytes.mid(at + 4, 4);
        if (at + 12 + qsizetype(length) > bytes.size() || type == "IDAT")
            break;
        if (type == "iTXt") {
            const QByteArray data = bytes.mid(at + 8, length);
            const QByteArray prefix = QByteArray(pngKeyword) + QByteArray("\0\0\0\0\0", 5);
            if (data.startsWith(prefix))
                return fromJson(data.mid(prefix.size()));
        }
        at += 12 + length;
    }
    return std::nullopt;
}

QByteArray embedJpeg(const QByteArray &bytes, const ImageMetadata &m)
{
    const QByteArray payload = QByteArray(jpegMarker) + toJson(m);
    if (payload.size() + 2 > 0xffff || !bytes.startsWith("\xff\xd8"))
        return bytes;
    QByteArray segment("\xff\xfe", 2);
    QByteArray length(2, Qt::Uninitialized);
    qToBigEndian(quint16(payload.size() + 2), length.data());
    return bytes.left(2) + segment + length + payload + bytes.mid(2);
}

std::optional<ImageMetadata> readJpeg(const QByteArray &bytes)
{
    qsizetype at = 2;
    while (at + 4 <= bytes.size() && quint8(bytes[at]) == 0xff) {
        const quint8 marker = quint8(bytes[at + 1]);
        if (marker == 0xda) // start of scan: no more headers
            break;
        const quint16 length = qFromBigEndian<quint16>(bytes.constData() + at + 2);
        if (marker == 0xfe) {
            const QByteArray data = bytes.mid(at + 4, length - 2);
            if (data.startsWith(jpegMarker))
                return fromJson(data.mid(int(sizeof(jpegMarker)) - 1));
        }
        at += 2 + length;
    }
    return std::nullopt;
}

QByteArray riffChunk(const QByteArray &fourcc, const QByteArray &data)
{
    QByteArray size(4, Qt::Uninitialized);
    qToLittleEndian(quint32(data.size()), size.data());
    QByteArray chunk = fourcc + size + data;
    if (data.size() % 2)
        chunk += '\0';
    return chunk;
}

QByteArray xmlEscaped(const QByteArray &text)
{
    QByteArray out = text;
    out.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;");
    return out;
}

QByteArray embedWebp(const QByteArray &bytes, const ImageMetadata &m)
{
    if (bytes.size() < 30 || !bytes.startsWith("RIFF") || bytes.mid(8, 4) != "WEBP")
        return bytes;
    const QByteArray xmp = "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF "
                           "xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
                           "<rdf:Description xmlns:ib=\"https://imagebridge.app/ns/1.0/\" " +
                           QByteArray(xmpAttribute) + xmlEscaped(toJson(m)) +
                           "\"/></rdf:RDF></x:xmpmeta>";
    QByteArray body = bytes.mid(12);
    if (body.startsWith("VP8X")) {
        body[8] = char(quint8(body[8]) | 0x04); // XMP present
    } else {
        const QSize size = ImageFormat::pixelSize(bytes);
        if (!size.isValid())
            return bytes;
        QByteArray vp8x(10, '\0');
        vp8x[0] = char(0x04 | (body.startsWith("VP8L") ? 0x10 : 0)); // XMP (+ alpha for lossless)
        qToLittleEndian(quint32(size.width() - 1), vp8x.data() + 4);
        qToLittleEndian(quint32(size.height() - 1), vp8x.data() + 7);
        body = riffChunk("VP8X", vp8x) + body;
    }
    body += riffChunk("XMP ", xmp);
    QByteArray out = "RIFF" + QByteArray(4, '\0') + "WEBP" + body;
    qToLittleEndian(quint32(out.size() - 8), out.data() + 4);
    return out;
}

std::optional<ImageMetadata> readWebp(const QByteArray &bytes)
{
    const qsizetype at = bytes.lastIndexOf("XMP ");
    if (at < 12)
        return std::nullopt;
    const qsizetype start = bytes.indexOf(xmpAttribute, at);
    if (start < 0)
        return std::nullopt;
    const qsizetype valueStart = start + qsizetype(sizeof(xmpAttribute)) - 1;
    const qsizetype end = bytes.indexOf('"', valueStart);
    if (end < 0)
        return std::nullopt;
    QByteArray json = bytes.mid(valueStart, end - valueStart);
    json.replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    return fromJson(json);
}
} // namespace

QByteArray ImageMetadata::embedInto(const QByteArray &bytes) const
{
    switch (ImageFormat::sniff(bytes)) {
    case ImageType::Png:
        return embedPng(bytes, *this);
    case ImageType::Jpeg:
        return embedJpeg(bytes, *this);
    case ImageType::Webp:
        return embedWebp(bytes, *this);
    case ImageType::Gif:
    case ImageType::Unknown:
        break;
    }
    return bytes;
}

std::optional<ImageMetadata> ImageMetadata::readFrom(const QByteArray &bytes)
{
    switch (ImageFormat::sniff(bytes)) {
    case ImageType::Png:
        return readPng(bytes);
    case ImageType::Jpeg:
        return readJpeg(bytes);
    case ImageType::Webp:
        return readWebp(bytes);
    case ImageType::Gif:
    case ImageType::Unknown:
        break;
    }
    return std::nullopt;
}
