#pragma once

#include "image/metadata/MetadataFields.h"

// WebP's RIFF container: the extended header (VP8X) flags and the EXIF and XMP chunks.
namespace WebpChunks {

// The WebP with `exif` (a TIFF block) and `xmp` as its EXIF and XMP chunks, replacing any
// earlier ones, and VP8X added or updated to announce them. Empty when malformed.
QByteArray withMetadata(const QByteArray &webp, const QByteArray &exif, const QByteArray &xmp);

MetadataFields read(const QByteArray &webp);

} // namespace WebpChunks
