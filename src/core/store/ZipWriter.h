#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

class QIODevice;

// Writes a ZIP archive to a device, one entry after another, without compression: the
// images are compressed already, and stored entries open in every unzip tool. Qt has no
// public ZIP API. Zip64 records are added only when an archive grows past 4 GiB or
// 65,535 entries, so small archives stay in the most widely read form.
class ZipWriter
{
public:
    explicit ZipWriter(QIODevice *device);

    // `name` uses '/' between folders; it is stored as UTF-8.
    bool add(const QString &name, const QByteArray &data, const QDateTime &modified);
    // Writes the central directory; the device is left open.
    bool finish();
    QString errorString() const { return m_error; }

private:
    struct Entry
    {
        QByteArray name;
        quint32 crc;
        quint64 size;
        quint64 offset;
        quint16 dosTime;
        quint16 dosDate;
    };
    bool write(const QByteArray &bytes);

    QIODevice *m_device;
    QList<Entry> m_entries;
    quint64 m_offset = 0;
    QString m_error;
};
