#pragma once

#include <QByteArray>
#include <QSize>
#include <QString>

// The image types the upstream can answer with, recognised by their magic bytes
// (the upstream's answer carries no type).
enum class ImageType { Unknown, Png, Jpeg, Webp, Gif };

namespace ImageFormat {

ImageType sniff(const QByteArray &bytes);
QByteArray mimeType(ImageType type);
QString extension(ImageType type); // "png", "jpeg", "webp", "gif"
// Accepts "png", "jpeg", "jpg", "webp" (case-insensitive); Unknown otherwise.
ImageType fromName(const QString &name);
// Pixel size read from the header only; invalid if unreadable.
QSize pixelSize(const QByteArray &bytes);
// Whether the header declares an alpha channel (a PNG with alpha or a transparency chunk
// right after IHDR, a WebP with its alpha flag or lossless); JPEG never. Read from the
// first bytes only, so an image whose alpha is all opaque still counts.
bool mayHaveAlpha(const QByteArray &bytes);

// Re-encodes an image. quality 0..100 (for PNG it selects zlib effort: lower is faster).
// Returns an empty array and sets *error when the bytes cannot be decoded or encoded.
QByteArray transcode(const QByteArray &bytes, ImageType target, int quality, QString *error);

} // namespace ImageFormat
