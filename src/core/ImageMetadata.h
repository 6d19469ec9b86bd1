#pragma once

#include "ImageFormat.h"

#include <QDateTime>
#include <QSize>
#include <QString>

#include <optional>

// What made an image, written into the file itself in the conventions other tools read,
// so an image stays self-describing outside the app:
//   PNG   "parameters" text (Automatic1111), XMP, and ImageBridge's JSON record (iTXt);
//   JPEG  EXIF UserComment with the same parameters text, XMP with the record;
//   WebP  EXIF and XMP chunks, as JPEG.
// The XMP carries dc:description, xmp:CreatorTool and the IPTC digital source type for
// AI-generated media. Reading back also understands ComfyUI and InvokeAI files.
struct ImageMetadata
{
    QString prompt;
    QString modelId;
    QString provider;
    QDateTime created;
    QSize pixelSize;   // when embedding, taken from the image itself if not set
    QString generator; // read back: the tool that wrote it ("ImageBridge 0.1.0", "ComfyUI")

    // The bytes with the metadata added, replacing metadata written earlier; unchanged
    // when the type is not supported (GIF) or the file is malformed.
    QByteArray embedInto(const QByteArray &bytes) const;
    // The same for a PNG given as standard base64 (Base64::isValid), as base64: a new head
    // followed by the input's own text for the image data, which is not decoded. Empty
    // when that does not work out (not a PNG, malformed, an old record after the image
    // data); then decode and use embedInto().
    QByteArray embedIntoBase64(QByteArrayView base64) const;
    // The best description the file carries: ImageBridge's own record first, then the
    // Automatic1111 parameters, InvokeAI, ComfyUI, and last a plain XMP description.
    static std::optional<ImageMetadata> readFrom(const QByteArray &bytes);

    static QString software(); // "ImageBridge <version>"
};
