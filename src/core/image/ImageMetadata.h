#pragma once

#include "image/ImageFormat.h"

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
    QString upstream; // the source that made it: "public" or "deployment:URL"
    QDateTime created;
    QSize pixelSize;   // when embedding, taken from the image itself if not set
    QString generator; // read back: the tool that wrote it ("ImageBridge 0.1.0", "ComfyUI")

    // The bytes with the metadata added, replacing metadata written earlier; unchanged
    // when the type is not supported (GIF) or the file is malformed.
    QByteArray embedInto(const QByteArray &bytes) const;
    // The same for a PNG given as standard base64 (Base64::isValid), edited in place: a new
    // head, then the input's own text for the image data, which is not decoded, and not
    // moved or copied either when the buffer is not shared and has room before its start
    // (base64Buffer()). False, with `base64` untouched, when that does not work out (not a
    // PNG, malformed, an old record after the image data); then decode and use embedInto().
    bool embedIntoBase64(QByteArray &base64) const;
    // An empty buffer with room for `capacity` bytes of base64 and, before its start, for
    // the head that embedIntoBase64() writes with a prompt of a few thousand characters.
    static QByteArray base64Buffer(qsizetype capacity);
    static constexpr qsizetype base64HeadRoom = 64 * 1024;
    // The best description the file carries: ImageBridge's own record first, then the
    // Automatic1111 parameters, InvokeAI, ComfyUI, and last a plain XMP description.
    static std::optional<ImageMetadata> readFrom(const QByteArray &bytes);

    static QString software(); // "ImageBridge <version>"
};
