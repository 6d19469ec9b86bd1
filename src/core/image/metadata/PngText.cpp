#include "image/metadata/PngText.h"

#include "image/Base64.h"
#include "image/Crc32.h"
#include "image/metadata/ByteOrder.h"

#include <QSet>
#include <QtEndian>

#include <algorithm>

namespace {
constexpr qsizetype signatureLength = 8;

QByteArray chunk(const QByteArray &type, const QByteArray &data)
{
    QByteArray out(4, Qt::Uninitialized);
    qToBigEndian(quint32(data.size()), out.data());
    out += type + data;
    QByteArray crc(4, Qt::Uninitialized);
    qToBigEndian(Crc32::of(data, Crc32::of(type)), crc.data());
    return out + crc;
}

bool isLatin1(const QString &text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x100; });
}

QByteArray textChunk(const PngText::Entry &entry)
{
    if (isLatin1(entry.second))
        return chunk("tEXt", entry.first + '\0' + entry.second.toLatin1());
    // iTXt: keyword, NUL, no compression (0, 0), empty language and translated keyword.
    return chunk("iTXt", entry.first + QByteArray("\0\0\0\0\0", 5) + entry.second.toUtf8());
}

// Compressed text (zTXt, Qt's writer uses it for long texts) is inflated only from a small
// input, so a crafted file cannot make a huge allocation.
constexpr qsizetype maxCompressedText = 64 * 1024;

bool inflate(const QByteArray &zlib, QByteArray *out)
{
    if (zlib.size() > maxCompressedText)
        return false;
    QByteArray input(4, Qt::Uninitialized); // qUncompress wants the size up front (a hint)
    qToBigEndian(quint32(zlib.size() * 4), input.data());
    *out = qUncompress(input + zlib);
    return !out->isEmpty() && out->size() <= maxMetadataText;
}

// Keyword and text of a tEXt, zTXt or iTXt chunk's data; false for anything else.
bool parseText(const QByteArray &type, const QByteArray &data, QByteArray *keyword, QString *text)
{
    const qsizetype nul = data.indexOf('\0');
    if (nul < 1 || nul > 79)
        return false;
    *keyword = data.left(nul);
    if (type == "tEXt") {
        *text = QString::fromLatin1(data.mid(nul + 1));
        return true;
    }
    QByteArray inflated;
    if (type == "zTXt") {
        if (data.size() < nul + 2 || data[nul + 1] != '\0' ||
            !inflate(data.mid(nul + 2), &inflated))
            return false;
        *text = QString::fromLatin1(inflated);
        return true;
    }
    if (type != "iTXt" || data.size() < nul + 3)
        return false;
    const bool compressed = data[nul + 1] != '\0';
    const qsizetype language = data.indexOf('\0', nul + 3);
    const qsizetype translated = language < 0 ? -1 : data.indexOf('\0', language + 1);
    if (translated < 0)
        return false;
    if (!compressed) {
        *text = QString::fromUtf8(data.mid(translated + 1));
        return true;
    }
    if (data[nul + 2] != '\0' || !inflate(data.mid(translated + 1), &inflated))
        return false;
    *text = QString::fromUtf8(inflated);
    return true;
}

bool isText(const QByteArray &type)
{
    return type == "tEXt" || type == "zTXt" || type == "iTXt";
}

struct Chunk
{
    qsizetype at;
    qsizetype length; // of the whole chunk
    QByteArray type;
};

// Chunks in file order; empty when the structure does not hold.
QList<Chunk> chunks(const QByteArray &png)
{
    QList<Chunk> list;
    qsizetype at = signatureLength;
    while (at + 12 <= png.size()) {
        const quint32 length = ByteOrder::be32(png, at);
        if (length > quint32(png.size()) || at + 12 + qsizetype(length) > png.size())
            break;
        list.append({at, 12 + qsizetype(length), png.mid(at + 4, 4)});
        if (list.last().type == "IEND")
            break;
        at += 12 + length;
    }
    return list;
}
} // namespace

QByteArray PngText::withEntries(const QByteArray &png, QList<Entry> entries, Growth growth)
{
    const QList<Chunk> list = chunks(png);
    // IHDR is 13 bytes in every valid PNG (a longer one was found by fuzz_image_metadata).
    if (list.isEmpty() || list.first().type != "IHDR" || list.first().length != 25)
        return {};
    QSet<QByteArray> replaced;
    for (const Entry &e : entries)
        replaced.insert(e.first);

    QList<bool> kept(list.size(), true);
    qsizetype dropped = 0;
    for (qsizetype i = 1; i < list.size(); ++i) {
        const Chunk &c = list[i];
        QByteArray keyword;
        QString text;
        if (isText(c.type) &&
            parseText(c.type, png.mid(c.at + 8, c.length - 12), &keyword, &text) &&
            replaced.contains(keyword)) {
            kept[i] = false;
            dropped += c.length;
        }
    }
    auto textChunks = [&entries] {
        QByteArray text;
        for (const Entry &e : std::as_const(entries))
            text += textChunk(e);
        return text;
    };
    QByteArray text = textChunks();
    const qsizetype remainder = ((text.size() - dropped) % 3 + 3) % 3;
    if (growth == Growth::MultipleOfThree && remainder != 0 && !entries.isEmpty()) {
        entries.last().second += QString(3 - remainder, QLatin1Char(' ')); // one byte each
        text = textChunks();
    }

    QByteArray out;
    out.reserve(png.size() + text.size());
    out += png.left(signatureLength + 25);
    out += text;
    qsizetype end = signatureLength + 25;
    for (qsizetype i = 1; i < list.size(); ++i) {
        const Chunk &c = list[i];
        if (kept[i])
            out += QByteArrayView(png).sliced(c.at, c.length);
        end = c.at + c.length;
    }
    out += QByteArrayView(png).sliced(end); // whatever follows IEND stays as it was
    return out;
}

qsizetype PngText::base64MetadataPrefix(QByteArrayView base64, const QList<QByteArray> &keywords)
{
    const qint64 size = Base64::decodedSize(base64);
    constexpr int keywordBytes = 80; // the longest keyword, 79 bytes, and its NUL
    qsizetype imageData = -1;
    qint64 at = signatureLength;
    while (at + 12 <= size) {
        const QByteArray head = Base64::decodeAt(base64, at, 8);
        const quint32 length = ByteOrder::be32(head, 0);
        const QByteArray type = head.mid(4, 4);
        if (length > quint32(size) || at + 12 + qint64(length) > size)
            return -1;
        if (imageData < 0 && (type == "IDAT" || type == "IEND"))
            imageData = at;
        if (imageData >= 0 && isText(type)) {
            const QByteArray data =
                Base64::decodeAt(base64, at + 8, int(std::min<quint32>(length, keywordBytes)));
            const qsizetype nul = data.indexOf('\0');
            if (nul < 0 || keywords.contains(data.left(nul)))
                return -1;
        }
        if (type == "IEND")
            return (imageData + 2) / 3 * 3;
        at += 12 + qint64(length);
    }
    return -1;
}

MetadataFields PngText::read(const QByteArray &png)
{
    MetadataFields fields;
    for (const Chunk &c : chunks(png)) {
        if (c.type == "IDAT")
            break; // writers put text before the image data
        if (!isText(c.type) || c.length - 12 > maxMetadataText)
            continue;
        QByteArray keyword;
        QString text;
        if (!parseText(c.type, png.mid(c.at + 8, c.length - 12), &keyword, &text))
            continue;
        if (keyword == "imagebridge")
            fields.imageBridgeJson = text.toUtf8();
        else if (keyword == "parameters")
            fields.parameters = text;
        else if (keyword == "prompt")
            fields.comfyPrompt = text;
        else if (keyword == "invokeai_metadata")
            fields.invokeAiMetadata = text;
        else if (keyword == "XML:com.adobe.xmp")
            fields.xmp = text.toUtf8();
    }
    return fields;
}
