#include "store/ZipWriter.h"

#include "image/Crc32.h"

#include <QIODevice>

namespace {
constexpr quint32 localSignature = 0x04034b50;
constexpr quint32 centralSignature = 0x02014b50;
constexpr quint32 endSignature = 0x06054b50;
constexpr quint32 zip64EndSignature = 0x06064b50;
constexpr quint32 zip64LocatorSignature = 0x07064b50;
constexpr quint16 utf8Names = 1u << 11;
constexpr quint16 versionStored = 10;
constexpr quint16 versionZip64 = 45;
constexpr quint32 max32 = 0xffffffffu;
constexpr quint16 max16 = 0xffffu;

void put16(QByteArray *out, quint16 v)
{
    const char b[2] = {char(v), char(v >> 8)};
    out->append(b, 2);
}

void put32(QByteArray *out, quint32 v)
{
    const char b[4] = {char(v), char(v >> 8), char(v >> 16), char(v >> 24)};
    out->append(b, 4);
}

void put64(QByteArray *out, quint64 v)
{
    put32(out, quint32(v));
    put32(out, quint32(v >> 32));
}

// MS-DOS date and time, which ZIP entries carry (local time, 2-second steps, from 1980).
std::pair<quint16, quint16> dosDateTime(const QDateTime &when)
{
    const QDateTime local = when.isValid() ? when.toLocalTime() : QDateTime::currentDateTime();
    const QDate d = local.date();
    const QTime t = local.time();
    if (d.year() < 1980)
        return {0, quint16((0 << 9) | (1 << 5) | 1)};
    return {quint16((t.hour() << 11) | (t.minute() << 5) | (t.second() / 2)),
            quint16(((d.year() - 1980) << 9) | (d.month() << 5) | d.day())};
}
} // namespace

ZipWriter::ZipWriter(QIODevice *device)
    : m_device(device)
{}

bool ZipWriter::write(const QByteArray &bytes)
{
    if (m_device->write(bytes) != bytes.size()) {
        m_error = m_device->errorString();
        return false;
    }
    m_offset += quint64(bytes.size());
    return true;
}

bool ZipWriter::add(const QString &name, const QByteArray &data, const QDateTime &modified)
{
    Entry e;
    e.name = name.toUtf8();
    e.crc = Crc32::of(data);
    e.size = quint64(data.size());
    e.offset = m_offset;
    std::tie(e.dosTime, e.dosDate) = dosDateTime(modified);
    const bool zip64 = e.size >= max32;

    QByteArray header;
    put32(&header, localSignature);
    put16(&header, zip64 ? versionZip64 : versionStored);
    put16(&header, utf8Names);
    put16(&header, 0); // stored
    put16(&header, e.dosTime);
    put16(&header, e.dosDate);
    put32(&header, e.crc);
    put32(&header, zip64 ? max32 : quint32(e.size));
    put32(&header, zip64 ? max32 : quint32(e.size));
    put16(&header, quint16(e.name.size()));
    put16(&header, zip64 ? 20 : 0);
    header += e.name;
    if (zip64) {
        put16(&header, 0x0001); // Zip64 extended information
        put16(&header, 16);
        put64(&header, e.size);
        put64(&header, e.size);
    }
    if (!write(header) || !write(data))
        return false;
    m_entries.append(e);
    return true;
}

bool ZipWriter::finish()
{
    const quint64 directoryStart = m_offset;
    QByteArray directory;
    for (const Entry &e : std::as_const(m_entries)) {
        QByteArray extra;
        if (e.size >= max32) {
            put64(&extra, e.size);
            put64(&extra, e.size);
        }
        if (e.offset >= max32)
            put64(&extra, e.offset);
        const bool zip64 = !extra.isEmpty();
        put32(&directory, centralSignature);
        // Made by Unix: unzip tools then take the names as UTF-8 (not an MS-DOS code page)
        // and the files as readable, rw-r--r--.
        put16(&directory, quint16((3u << 8) | (zip64 ? versionZip64 : versionStored)));
        put16(&directory, zip64 ? versionZip64 : versionStored);
        put16(&directory, utf8Names);
        put16(&directory, 0);
        put16(&directory, e.dosTime);
        put16(&directory, e.dosDate);
        put32(&directory, e.crc);
        put32(&directory, e.size >= max32 ? max32 : quint32(e.size));
        put32(&directory, e.size >= max32 ? max32 : quint32(e.size));
        put16(&directory, quint16(e.name.size()));
        put16(&directory, zip64 ? quint16(extra.size() + 4) : 0);
        put16(&directory, 0);              // comment
        put16(&directory, 0);              // disk
        put16(&directory, 0);              // internal attributes
        put32(&directory, 0100644u << 16); // external attributes: a regular file
        put32(&directory, e.offset >= max32 ? max32 : quint32(e.offset));
        directory += e.name;
        if (zip64) {
            put16(&directory, 0x0001);
            put16(&directory, quint16(extra.size()));
            directory += extra;
        }
        if (directory.size() > 1024 * 1024) { // keep the buffer small for 50,000 entries
            if (!write(directory))
                return false;
            directory.clear();
        }
    }
    if (!write(directory))
        return false;
    const quint64 directorySize = m_offset - directoryStart;
    const quint64 count = quint64(m_entries.size());
    const bool zip64 = count >= max16 || directoryStart >= max32 || directorySize >= max32;

    QByteArray end;
    if (zip64) {
        const quint64 zip64End = m_offset;
        put32(&end, zip64EndSignature);
        put64(&end, 44); // size of the rest of this record
        put16(&end, versionZip64);
        put16(&end, versionZip64);
        put32(&end, 0);
        put32(&end, 0);
        put64(&end, count);
        put64(&end, count);
        put64(&end, directorySize);
        put64(&end, directoryStart);
        put32(&end, zip64LocatorSignature);
        put32(&end, 0);
        put64(&end, zip64End);
        put32(&end, 1);
    }
    put32(&end, endSignature);
    put16(&end, 0);
    put16(&end, 0);
    put16(&end, zip64 ? max16 : quint16(count));
    put16(&end, zip64 ? max16 : quint16(count));
    put32(&end, directorySize >= max32 ? max32 : quint32(directorySize));
    put32(&end, directoryStart >= max32 ? max32 : quint32(directoryStart));
    put16(&end, 0);
    return write(end);
}
