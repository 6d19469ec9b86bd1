#include "image/metadata/ExifUserComment.h"

#include "image/metadata/ByteOrder.h"
#include "image/metadata/MetadataFields.h"

#include <QtEndian>

namespace {
constexpr quint16 tagSoftware = 0x0131;
constexpr quint16 tagExifIfd = 0x8769;
constexpr quint16 tagUserComment = 0x9286;
constexpr quint16 typeAscii = 2;
constexpr quint16 typeLong = 4;
constexpr quint16 typeUndefined = 7;
constexpr qsizetype entrySize = 12;

const QByteArray unicodePrefix = QByteArrayLiteral("UNICODE\0");
const QByteArray asciiPrefix = QByteArrayLiteral("ASCII\0\0\0");

void put16(QByteArray *out, quint16 v)
{
    const char bytes[2] = {char(v >> 8), char(v)};
    out->append(bytes, 2);
}

void put32(QByteArray *out, quint32 v)
{
    const char bytes[4] = {char(v >> 24), char(v >> 16), char(v >> 8), char(v)};
    out->append(bytes, 4);
}

void putEntry(QByteArray *out, quint16 tag, quint16 type, quint32 count, quint32 value)
{
    put16(out, tag);
    put16(out, type);
    put32(out, count);
    put32(out, value);
}

class TiffReader
{
public:
    explicit TiffReader(const QByteArray &tiff)
        : m_tiff(tiff)
        , m_little(tiff.startsWith("II"))
    {}

    bool valid() const
    {
        return m_tiff.size() >= 8 && (m_tiff.startsWith("II") || m_tiff.startsWith("MM")) &&
               u16(2) == 42;
    }
    quint16 u16(qsizetype at) const
    {
        if (at < 0 || at + 2 > m_tiff.size())
            return 0;
        return m_little ? ByteOrder::le16(m_tiff, at) : ByteOrder::be16(m_tiff, at);
    }
    quint32 u32(qsizetype at) const
    {
        if (at < 0 || at + 4 > m_tiff.size())
            return 0;
        return m_little ? ByteOrder::le32(m_tiff, at) : ByteOrder::be32(m_tiff, at);
    }
    bool littleEndian() const { return m_little; }

    // The offset of the entry with `tag` in the IFD at `ifd`, or -1.
    qsizetype findEntry(qsizetype ifd, quint16 tag) const
    {
        const quint16 count = u16(ifd);
        for (quint16 i = 0; i < count; ++i) {
            const qsizetype entry = ifd + 2 + i * entrySize;
            if (entry + entrySize > m_tiff.size())
                return -1;
            if (u16(entry) == tag)
                return entry;
        }
        return -1;
    }
    QByteArray valueBytes(qsizetype entry) const
    {
        const quint32 count = u32(entry + 4);
        if (count > quint32(maxMetadataText))
            return {};
        if (count <= 4)
            return m_tiff.mid(entry + 8, count);
        const quint32 offset = u32(entry + 8);
        if (offset >= quint32(m_tiff.size()) || count > quint32(m_tiff.size()) - offset)
            return {};
        return m_tiff.mid(offset, count);
    }

private:
    const QByteArray &m_tiff;
    bool m_little;
};
} // namespace

QByteArray ExifUserComment::build(const QString &comment, const QString &software)
{
    QByteArray softwareBytes = software.toLatin1() + '\0';
    if (softwareBytes.size() % 2)
        softwareBytes += '\0';
    QByteArray commentBytes = unicodePrefix;
    for (const QChar c : comment)
        put16(&commentBytes, c.unicode());

    constexpr quint32 ifd0 = 8;
    constexpr quint32 ifd0Size = 2 + 2 * entrySize + 4;
    const quint32 softwareAt = ifd0 + ifd0Size;
    const quint32 exifIfd = softwareAt + quint32(softwareBytes.size());
    constexpr quint32 exifIfdSize = 2 + entrySize + 4;
    const quint32 commentAt = exifIfd + exifIfdSize;

    QByteArray out("MM\0\x2a", 4);
    put32(&out, ifd0);
    put16(&out, 2); // entries, in ascending tag order
    putEntry(&out, tagSoftware, typeAscii, quint32(softwareBytes.size()), softwareAt);
    putEntry(&out, tagExifIfd, typeLong, 1, exifIfd);
    put32(&out, 0); // no next IFD
    out += softwareBytes;
    put16(&out, 1);
    putEntry(&out, tagUserComment, typeUndefined, quint32(commentBytes.size()), commentAt);
    put32(&out, 0);
    out += commentBytes;
    return out;
}

QString ExifUserComment::read(const QByteArray &tiff)
{
    const TiffReader reader(tiff);
    if (!reader.valid())
        return {};
    const qsizetype pointer = reader.findEntry(reader.u32(4), tagExifIfd);
    if (pointer < 0)
        return {};
    const qsizetype comment = reader.findEntry(reader.u32(pointer + 8), tagUserComment);
    if (comment < 0)
        return {};
    const QByteArray value = reader.valueBytes(comment);
    const QByteArray text = value.mid(8);
    if (value.startsWith(unicodePrefix)) {
        QString decoded;
        decoded.reserve(text.size() / 2);
        for (qsizetype i = 0; i + 1 < text.size(); i += 2) {
            const quint16 unit =
                reader.littleEndian() ? ByteOrder::le16(text, i) : ByteOrder::be16(text, i);
            decoded.append(QChar(unit));
        }
        return decoded;
    }
    if (value.startsWith(asciiPrefix) || value.startsWith(QByteArray(8, '\0')))
        return QString::fromUtf8(text).remove(QChar(0));
    return {};
}
