#pragma once

#include "image/metadata/MetadataFields.h"

// JPEG header segments: EXIF and XMP in APP1, the comment (COM) older ImageBridge wrote.
namespace JpegSegments {

constexpr qsizetype maxPayload = 0xffff - 2; // a segment's length field counts itself

// The JPEG with the given APP1 payloads (each with its identifier prefix) right after SOI
// (and after a JFIF APP0), replacing earlier EXIF and XMP segments. Payloads too large
// for one segment are left out. Returns an empty array when the JPEG is malformed.
QByteArray withApp1(const QByteArray &jpeg, const QList<QByteArray> &payloads);

MetadataFields read(const QByteArray &jpeg);

inline const QByteArray exifPrefix = QByteArrayLiteral("Exif\0\0");
inline const QByteArray xmpPrefix = QByteArrayLiteral("http://ns.adobe.com/xap/1.0/\0");

} // namespace JpegSegments
