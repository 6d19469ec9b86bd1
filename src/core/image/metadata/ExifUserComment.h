#pragma once

#include <QByteArray>
#include <QString>

// A minimal EXIF (TIFF) block carrying Software and UserComment, the field where
// Automatic1111 and the readers that follow it keep the generation parameters of JPEG and
// WebP files. UserComment is written as "UNICODE\0" + UTF-16 in the block's byte order
// (big-endian), as piexif does and exiftool expects.
namespace ExifUserComment {

// The TIFF block (without the "Exif\0\0" prefix JPEG puts before it).
QByteArray build(const QString &comment, const QString &software);

// UserComment from a TIFF block of either byte order; empty when there is none.
QString read(const QByteArray &tiff);

} // namespace ExifUserComment
