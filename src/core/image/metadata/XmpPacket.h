#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

// An XMP packet with what photo managers and platforms read: the prompt as
// dc:description, xmp:CreatorTool, and the IPTC digital source type that marks the image
// as made by a trained algorithm; ImageBridge's own record rides along as ib:record.
namespace XmpPacket {

inline constexpr char aiGeneratedSourceType[] =
    "http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia";

struct Contents
{
    QString description;
    QString creatorTool;
    QString digitalSourceType;
    QByteArray record; // ImageBridge's JSON, if present
};

// `record` may be empty to keep the packet small (JPEG segments hold 64 KiB).
QByteArray build(const QString &description, const QString &creatorTool, const QDateTime &created,
                 const QByteArray &record);

Contents parse(const QByteArray &packet);

} // namespace XmpPacket
